"""arnews: typed numbers, dates, quotes and sources from Arabic news text.

>>> import arnews
>>> doc = arnews.parse("قال المرصد إن 15 شخصا قتلوا أمس", published="2016-08-28")
>>> [(n.text, n.value) for n in doc.numbers]
[('15', 15)]
>>> [(d.text, d.iso) for d in doc.dates]
[('أمس', '2016-08-27')]
"""

from arnews.amounts import find_amounts
from arnews.attribution import find_attributions
from arnews.dates import find_dates, format_date, parse_date
from arnews.document import Document, parse, parse_many
from arnews.durations import find_durations
from arnews.entities import Entity
from arnews.errors import ParseError
from arnews.mentions import (
    AmountMention,
    Attribution,
    Dateline,
    DateMention,
    DurationMention,
    NumberMention,
    Quote,
)
from arnews.numerals import find_numbers, parse_number, spell_number
from arnews.quotes import find_quotes
from arnews.text import normalize

__version__ = "0.1.0"

__all__ = [
    "AmountMention",
    "Attribution",
    "DateMention",
    "Dateline",
    "Document",
    "DurationMention",
    "Entity",
    "NumberMention",
    "ParseError",
    "Quote",
    "__version__",
    "find_amounts",
    "find_attributions",
    "find_dates",
    "find_durations",
    "find_numbers",
    "find_quotes",
    "format_date",
    "normalize",
    "parse",
    "parse_date",
    "parse_many",
    "parse_number",
    "spell_number",
]
