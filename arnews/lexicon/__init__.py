"""Language data as plain Python tuples and dicts, one module per domain.

Words are written in ordinary Arabic spelling; the extractors pass them through
:func:`arnews.text.normalize` when they compile their patterns, so the data stays
readable and the patterns match the normalised text.
"""
