"""spaCy pipeline component ``arnews`` (install the extra: ``pip install "arnews[spacy]"``).

The factory is registered through the ``spacy_factories`` entry point, so once arnews is
installed any pipeline can add it, including ``spacy.blank("ar")`` with no model download::

    nlp = spacy.blank("ar")
    nlp.add_pipe("arnews")
    doc = nlp(text)
    for span in doc.spans["arnews"]:
        print(span.label_, span.text, span._.arnews)

Each mention becomes a span in ``doc.spans["arnews"]`` labelled NUMBER, DATE, DURATION,
QUOTE, ATTRIBUTION, DATELINE or AMOUNT; ``span._.arnews`` gives the mention as a plain dict (the
fields of ``Document.to_dict()``). The labels follow the JSON field names (attributions,
not "sources", as everywhere in arnews); ``LABEL_ALIASES`` maps the old SOURCE label to
ATTRIBUTION for code that filters on it. The dicts live in ``doc.user_data`` keyed by
label and character range, so ``DocBin(store_user_data=True)`` serialises them and two
mentions of different kinds over the same tokens keep their own values. spaCy's Arabic
tokenizer keeps punctuation and suffixes such as ``نتراجع».`` or ``٢٠٢٤م`` in one token,
so spans are aligned with ``alignment_mode="expand"``: a span covers every token the
mention touches, and the exact mention offsets stay in the dict (``start``/``end``).

spaCy is imported only when this module is imported, never by ``import arnews``; without
spaCy installed this module still imports (and registers nothing). A process that only
reads a ``DocBin`` written by the component imports this module to get ``span._.arnews``.
"""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

from arnews.document import Published, coerce_published, parse

__all__ = [
    "LABELS",
    "LABEL_ALIASES",
    "SPAN_KEY",
    "ArnewsComponent",
    "label_of",
    "make_arnews_component",
    "mention_spans",
    "span_value",
]

#: Key of the span group written into ``doc.spans``.
SPAN_KEY = "arnews"

#: First item of the ``doc.user_data`` keys that hold the mention dicts.
_USER_DATA_TAG = "arnews.mention"

#: Span label for each ``Document`` field.
LABELS = {
    "numbers": "NUMBER",
    "dates": "DATE",
    "durations": "DURATION",
    "quotes": "QUOTE",
    "attributions": "ATTRIBUTION",
    "dateline": "DATELINE",
    "amounts": "AMOUNT",
}

#: Other label names accepted by :func:`label_of` (arnews says "attributions" everywhere).
LABEL_ALIASES = {"SOURCE": "ATTRIBUTION", "SOURCES": "ATTRIBUTION", "ATTRIBUTIONS": "ATTRIBUTION"}


def label_of(name: str) -> str:
    """The span label for a kind name, a JSON field name or an alias (any case).

    >>> label_of("sources"), label_of("attributions"), label_of("DATELINE")
    ('ATTRIBUTION', 'ATTRIBUTION', 'DATELINE')
    """
    upper = name.upper()
    if name in LABELS:
        return LABELS[name]
    if name.lower() + "s" in LABELS:
        return LABELS[name.lower() + "s"]
    return LABEL_ALIASES.get(upper, upper)


def mention_spans(
    text: str, published: Published = None
) -> list[tuple[int, int, str, dict[str, Any]]]:
    """``(start, end, label, value dict)`` for every mention in ``text``, sorted by start.

    This is the framework-free part of the component.

    >>> mention_spans("")
    []
    """
    data = parse(text, published=published).to_dict()
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    for field, label in LABELS.items():
        items = data[field]
        for item in items if isinstance(items, list) else [items] if items else []:
            spans.append((item["start"], item["end"], label, item))
    spans.sort(key=lambda span: (span[0], -span[1]))
    return spans


class ArnewsComponent:
    """Writes arnews mentions into ``doc.spans[SPAN_KEY]``.

    Args:
        published: the reference date for relative dates, for every doc; a doc can
            override it with ``doc._.published`` (an ISO string or a date) when set.
        span_key: the span group to write.

    >>> ArnewsComponent(published="2016-09-10").published
    datetime.date(2016, 9, 10)
    """

    def __init__(self, published: Published = None, span_key: str = SPAN_KEY) -> None:
        self.published = coerce_published(published)
        self.span_key = span_key

    def __call__(self, doc: Any) -> Any:
        """Add the mentions of ``doc.text`` to ``doc`` and return ``doc``."""
        published: Published = self.published
        underscore = getattr(doc, "_", None)
        if underscore is not None and underscore.has("published") and underscore.published:
            published = underscore.published
        spans = []
        user_data = doc.user_data
        written: set[tuple[str, str, int, int]] = set()
        for start, end, label, value in mention_spans(doc.text, published):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            key = (_USER_DATA_TAG, label, span.start_char, span.end_char)
            if key not in written:  # same kind over the same tokens: the first one wins
                written.add(key)
                user_data[key] = value
            spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


def span_value(span: Any) -> dict[str, Any] | None:
    """The mention dict of an ``arnews`` span (the getter behind ``span._.arnews``).

    Returns None for a span the component did not write.

    >>> class FakeDoc:
    ...     user_data = {("arnews.mention", "NUMBER", 4, 7): {"value": 700}}
    >>> class FakeSpan:
    ...     doc, label_, start_char, end_char = FakeDoc(), "NUMBER", 4, 7
    >>> span_value(FakeSpan())
    {'value': 700}
    """
    key = (_USER_DATA_TAG, span.label_, span.start_char, span.end_char)
    value: dict[str, Any] | None = span.doc.user_data.get(key)
    return value


def _register_extensions() -> None:
    tokens = importlib.import_module("spacy.tokens")
    if not tokens.Span.has_extension("arnews"):
        tokens.Span.set_extension("arnews", getter=span_value)
    if not tokens.Doc.has_extension("published"):
        tokens.Doc.set_extension("published", default=None)


def make_arnews_component(
    nlp: Any, name: str, published: str | None = None, span_key: str = SPAN_KEY
) -> ArnewsComponent:
    """The ``arnews`` factory: build the component (spaCy calls this for ``add_pipe``).

    Args:
        nlp: the pipeline.
        name: the component name.
        published: ISO reference date for relative dates (config value), or None.
        span_key: the span group to write (default ``"arnews"``).

    >>> make_arnews_component(None, "arnews").span_key
    'arnews'
    """
    del nlp, name
    with contextlib.suppress(ImportError):  # no spaCy: no Doc can reach the component
        _register_extensions()
    return ArnewsComponent(published=published, span_key=span_key)


def _register_factory() -> None:
    """Register the ``arnews`` factory and extensions with spaCy when spaCy is installed.

    The extensions are registered here too, so that a process which only reads a
    ``DocBin`` (and never builds the component) gets ``span._.arnews`` by importing this
    module.
    """
    try:
        language = importlib.import_module("spacy.language")
    except ImportError:
        return
    _register_extensions()
    if not language.Language.has_factory("arnews"):
        language.Language.factory(
            "arnews",
            default_config={"published": None, "span_key": SPAN_KEY},
        )(make_arnews_component)


_register_factory()
