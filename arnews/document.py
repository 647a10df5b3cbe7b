"""``parse()``: every extractor over one normalised text, assembled into a ``Document``."""

from __future__ import annotations

import datetime
import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Any, Literal, overload

import attr
import attrs

from arnews.amounts import extract_amounts
from arnews.attribution import extract_attributions
from arnews.dateline import extract_dateline
from arnews.dates import Published, coerce_published, extract_dates
from arnews.durations import extract_durations
from arnews.entities import Entity, link_entities
from arnews.errors import check_text, check_texts
from arnews.mentions import (
    AmountMention,
    Attribution,
    Dateline,
    DateMention,
    DurationMention,
    NumberMention,
    Quote,
)
from arnews.numerals import read_numbers
from arnews.quotes import extract_quotes
from arnews.spans import outside
from arnews.text import normalize_with_offsets

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "ParseFailure",
    "Published",
    "coerce_published",
    "json_schema",
    "parse",
    "parse_many",
    "parse_pairs",
]

#: Version of the JSON layout written by :meth:`Document.to_dict` (see docs/schema.md).
SCHEMA_VERSION = "1.0"

def json_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Document.to_dict` output (and of ``arnews`` CLI output).

    Generated from the result classes (see :mod:`arnews._schema`); the same schema ships
    as ``arnews/schema/document.schema.json``.

    >>> json_schema()["$defs"]["document"]["properties"]["schema_version"]["const"]
    '1.0'
    """
    from arnews._schema import build_schema

    return build_schema()




def _finite(value: Any) -> Any:
    """``value``, or None for a float that JSON cannot hold (an overflow to inf, or nan)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _mention_dict(mention: Any) -> dict[str, Any]:
    # Tuples inside a result (an entity's titles and mentions) become JSON lists.
    result: dict[str, Any] = attr.asdict(mention, recurse=True, retain_collection_types=False)
    if "value" in result:
        result["value"] = _finite(result["value"])
    return result


def _json_value(value: Any) -> Any:
    """A ``Document`` field as JSON: mentions as dicts, dates as ISO strings."""
    if isinstance(value, tuple):
        return [_mention_dict(m) for m in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if attrs.has(type(value)):
        return _mention_dict(value)
    return value


@attrs.frozen
class Document:
    """Everything arnews found in one text.

    >>> import arnews
    >>> doc = arnews.parse("قتل 15 شخصا على الأقل أمس", published="2016-08-28")
    >>> doc.published
    datetime.date(2016, 8, 28)
    >>> all(doc.text[m.start:m.end] == m.text for m in doc.numbers + doc.dates)
    True

    Attributes:
        text: the input, unchanged.
        published: the reference date used to resolve relative dates, or None.
        numbers: numbers that are not part of a date or duration, sorted by start.
        dates: dates, times, weeks, months and years, sorted by start.
        durations: lengths of time, sorted by start.
        quotes: reported speech, sorted by start.
        attributions: sources, sorted by start.
        dateline: the dateline, or None.
        amounts: money and measured quantities, sorted by start (their numbers stay in
            ``numbers`` too).
        entities: the speakers and sources grouped into entities (see
            :func:`arnews.entities.link_entities`), in order of first mention.
    """

    text: str
    published: datetime.date | None = None
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    durations: tuple[DurationMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    dateline: Dateline | None = None
    amounts: tuple[AmountMention, ...] = ()
    entities: tuple[Entity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict following the documented schema (docs/schema.md).

        >>> import arnews
        >>> d = arnews.parse("وصل 700 مقاتل", published="2016-09-10").to_dict()
        >>> d["schema_version"], d["published"], sorted(d)[:3]
        ('1.0', '2016-09-10', ['amounts', 'attributions', 'dateline'])
        """
        result: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for field in attrs.fields(Document):
            result[field.name] = _json_value(getattr(self, field.name))
        return result

    def __repr__(self) -> str:
        """A one-line summary: the start of the text and the count of each kind.

        >>> import arnews
        >>> arnews.parse("وصل 700 مقاتل أمس", published="2016-09-10")
        Document(text='وصل 700 مقاتل أمس', published=2016-09-10, numbers=1, dates=1, ...)
        """
        text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        counts = []
        for field in attrs.fields(Document)[2:]:
            value = getattr(self, field.name)
            if isinstance(value, tuple):
                counts.append(f"{field.name}={len(value)}")
            else:
                counts.append(f"{field.name}={'yes' if value is not None else 'no'}")
        published = self.published.isoformat() if self.published else None
        return f"Document(text={text!r}, published={published}, {', '.join(counts)})"


def parse(text: str, published: Published = None) -> Document:
    """Find every kind of mention in ``text``.

    Args:
        text: the article (any ``str``; never raises on content).
        published: publication date used to resolve relative dates (أمس، الخميس الماضي).

    Returns:
        A :class:`Document`; numbers inside a date or duration are left to that date or
        duration.

    Raises:
        TypeError: when ``text`` is not a ``str`` (bytes: decode them first).

    >>> import arnews
    >>> doc = arnews.parse("وقال كيري إن فريقين سيلتقيان الخميس المقبل", published="2016-08-28")
    >>> doc.text == "وقال كيري إن فريقين سيلتقيان الخميس المقبل"
    True
    """
    check_text(text)
    reference = coerce_published(published)
    nt = normalize_with_offsets(text)
    numbers_read = read_numbers(nt)
    all_numbers = numbers_read[0]
    dates = extract_dates(nt, reference)
    durations = extract_durations(nt, numbers=all_numbers, dates=dates)
    numbers = outside(all_numbers, dates, durations)
    # The dateline first: its agency is its source, not another attribution.
    dateline = extract_dateline(nt, dates=dates, published=reference)
    entities, quotes, attributions = link_entities(
        text, extract_quotes(nt), extract_attributions(nt, dateline=dateline), dateline
    )
    return Document(
        text=text,
        published=reference,
        numbers=numbers,
        dates=dates,
        durations=durations,
        quotes=quotes,
        attributions=attributions,
        dateline=dateline,
        amounts=outside(extract_amounts(nt, numbers_read), dates, durations),
        entities=entities,
    )


class ParseFailure(Exception):
    """An unexpected error raised while parsing one text (a bug: please report it).

    :func:`parse_pairs` with ``keep_going=True`` yields one in place of the text's
    ``Document`` instead of stopping, so that ``arnews batch`` can report the line and
    carry on.

    >>> str(ParseFailure("ValueError: boom"))
    'ValueError: boom'
    """


def _parse_chunk(chunk: list[tuple[str, Published]], keep_going: bool) -> list[Any]:
    if not keep_going:
        return [parse(text, published) for text, published in chunk]
    results: list[Any] = []
    for text, published in chunk:
        try:
            results.append(parse(text, published))
        except Exception as error:  # any bug in one text must not cost the others
            results.append(ParseFailure(f"{type(error).__name__}: {error}"))
    return results


@overload
def parse_pairs(
    pairs: Iterable[tuple[str, Published]],
    workers: int = ...,
    chunksize: int = ...,
    keep_going: Literal[False] = ...,
) -> Iterator[Document]: ...


@overload
def parse_pairs(
    pairs: Iterable[tuple[str, Published]],
    workers: int = ...,
    chunksize: int = ...,
    *,
    keep_going: bool,
) -> Iterator[Document | ParseFailure]: ...


def parse_pairs(
    pairs: Iterable[tuple[str, Published]],
    workers: int = 1,
    chunksize: int = 64,
    keep_going: bool = False,
) -> Iterator[Any]:
    """Parse ``(text, published)`` pairs, in order, optionally in worker processes.

    The engine behind :func:`parse_many` and ``arnews batch``: pairs are read lazily, sent
    to the workers in chunks of ``chunksize``, and at most ``workers * 4`` chunks are in
    flight, so memory stays flat however many pairs there are.

    Args:
        pairs: ``(text, published)`` pairs; ``published`` as for :func:`parse`.
        workers: number of worker processes; 1 parses in this process.
        chunksize: pairs sent to a worker at a time.
        keep_going: yield a :class:`ParseFailure` for a text whose parsing raised an
            unexpected error, instead of raising it (a text that is not a ``str`` still
            raises ``TypeError``).

    Returns:
        An iterator of :class:`Document` (or :class:`ParseFailure`), in input order.

    >>> [d.published.isoformat() for d in parse_pairs([("أمس", "2016-08-28")])]
    ['2016-08-28']
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    return _iter_pairs(pairs, workers, chunksize, keep_going)


def _iter_pairs(
    pairs: Iterable[tuple[str, Published]], workers: int, chunksize: int, keep_going: bool
) -> Iterator[Any]:
    checked = ((check_text(text), published) for text, published in pairs)
    if workers == 1:
        for pair in checked:
            yield from _parse_chunk([pair], keep_going)
        return
    import concurrent.futures
    from collections import deque

    from arnews._workers import process_pool  # workers that die with this process

    chunks = iter(lambda: list(itertools.islice(checked, chunksize)), [])
    with process_pool(workers) as pool:
        pending: deque[concurrent.futures.Future[list[Any]]] = deque()
        for chunk in itertools.islice(chunks, workers * 4):
            pending.append(pool.submit(_parse_chunk, chunk, keep_going))
        while pending:
            done = pending.popleft().result()
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                pending.append(pool.submit(_parse_chunk, next_chunk, keep_going))
            yield from done


def parse_many(
    texts: Iterable[str],
    published: Published = None,
    workers: int = 1,
    chunksize: int = 64,
) -> Iterator[Document]:
    """Parse many texts, in order, optionally in worker processes.

    Results come back in input order, lazily; at most ``workers * chunksize * 4`` texts
    are in flight at once, so memory stays bounded for any number of texts.

    Args:
        texts: any iterable of ``str`` (a generator is read lazily).
        published: reference date for every text (see :func:`parse`).
        workers: number of worker processes; 1 parses in this process.
        chunksize: texts sent to a worker at a time.

    Raises:
        TypeError: at once when ``texts`` is one ``str`` (wrap it in a list), ``bytes``,
            None or not iterable; when read, for an item that is not a ``str``.
        ValueError: when ``workers`` or ``chunksize`` is below 1.

    >>> import arnews
    >>> docs = list(arnews.parse_many(["وصل 700 مقاتل", "لا شيء"]))
    >>> [d.text for d in docs]
    ['وصل 700 مقاتل', 'لا شيء']
    """
    check_texts(texts)
    reference = coerce_published(published)
    return parse_pairs(((text, reference) for text in texts), workers, chunksize)
