"""``parse()``: every extractor over one normalised text, assembled into a ``Document``."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from arnews.attribution import extract_attributions, extract_dateline
from arnews.dates import extract_dates, extract_durations
from arnews.errors import check_text
from arnews.mentions import (
    Attribution,
    DateMention,
    Dateline,
    DurationMention,
    NumberMention,
    Quote,
)
from arnews.numerals import extract_numbers
from arnews.quotes import extract_quotes
from arnews.text import normalize_with_offsets

__all__ = ["SCHEMA_VERSION", "Document", "coerce_published", "parse", "parse_many"]

#: Version of the JSON layout written by :meth:`Document.to_dict` (see docs/schema.md).
SCHEMA_VERSION = "1.0"

Published = datetime.date | datetime.datetime | str | None


def coerce_published(published: Published) -> datetime.date | None:
    """Turn a ``published`` argument into a ``date`` (or None).

    Accepts a ``date``, a ``datetime`` (its date is used) or an ISO ``YYYY-MM-DD`` string.

    >>> coerce_published("2016-09-10")
    datetime.date(2016, 9, 10)
    """
    if published is None:
        return None
    if isinstance(published, datetime.datetime):
        return published.date()
    if isinstance(published, datetime.date):
        return published
    if isinstance(published, str):
        try:
            return datetime.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(
                f"published must be a date or an ISO date string like '2016-09-10', not {published!r}"
            ) from None
    raise TypeError(
        "published must be a datetime.date, a datetime.datetime, an ISO date string or None, "
        f"not {type(published).__name__}"
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _mention_dict(mention: Any) -> dict[str, Any]:
    result: dict[str, Any] = attrs.asdict(mention, recurse=True)
    return result


@attrs.frozen
class Document:
    """Everything arnews found in one text.

    >>> import arnews
    >>> doc = arnews.parse("قتل 15 شخصا على الأقل أمس", published="2016-08-28")
    >>> doc.numbers[0].value, doc.dates[0].iso
    (15, '2016-08-27')

    Attributes:
        text: the input, unchanged.
        published: the reference date used to resolve relative dates, or None.
        numbers: numbers that are not part of a date or duration, sorted by start.
        dates: dates, times, weeks, months and years, sorted by start.
        durations: lengths of time, sorted by start.
        quotes: reported speech, sorted by start.
        attributions: sources, sorted by start.
        dateline: the dateline, or None.
    """

    text: str
    published: datetime.date | None = None
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    durations: tuple[DurationMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    dateline: Dateline | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict following the documented schema (docs/schema.md).

        >>> import arnews
        >>> d = arnews.parse("وصل 700 مقاتل").to_dict()
        >>> d["schema_version"], d["numbers"][0]["value"]
        ('1.0', 700)
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "numbers": [_mention_dict(m) for m in self.numbers],
            "dates": [_mention_dict(m) for m in self.dates],
            "durations": [_mention_dict(m) for m in self.durations],
            "quotes": [_mention_dict(m) for m in self.quotes],
            "attributions": [_mention_dict(m) for m in self.attributions],
            "dateline": _mention_dict(self.dateline) if self.dateline else None,
        }


def parse(text: str, published: Published = None) -> Document:
    """Find every kind of mention in ``text``.

    Args:
        text: the article (any ``str``; never raises on content).
        published: publication date used to resolve relative dates (أمس، الخميس الماضي).

    >>> import arnews
    >>> doc = arnews.parse("وقال كيري إن فريقين سيلتقيان الخميس المقبل", published="2016-08-28")
    >>> doc.dates[0].iso
    '2016-09-01'
    """
    check_text(text)
    reference = coerce_published(published)
    nt = normalize_with_offsets(text)
    dates = extract_dates(nt, reference)
    durations = extract_durations(nt)
    taken = [(m.start, m.end) for m in dates] + [(m.start, m.end) for m in durations]
    numbers = tuple(m for m in extract_numbers(nt) if not _overlaps(m.start, m.end, taken))
    return Document(
        text=text,
        published=reference,
        numbers=numbers,
        dates=dates,
        durations=durations,
        quotes=extract_quotes(nt),
        attributions=extract_attributions(nt),
        dateline=extract_dateline(nt),
    )


def _parse_one(item: tuple[str, Published]) -> Document:
    return parse(item[0], item[1])


def parse_many(
    texts: Iterable[str],
    published: Published = None,
    workers: int = 1,
    chunksize: int = 16,
) -> Iterator[Document]:
    """Parse many texts, in order, optionally in worker processes.

    Results come back in input order; at most ``workers * chunksize * 4`` texts are in
    flight at once, so memory stays bounded for any number of texts.

    >>> import arnews
    >>> [len(d.numbers) for d in arnews.parse_many(["وصل 700 مقاتل", "لا شيء"])]
    [1, 0]
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    items = ((check_text(t), published) for t in texts)
    if workers == 1:
        yield from map(_parse_one, items)
        return
    import concurrent.futures
    import itertools
    from collections import deque

    window = workers * chunksize * 4
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[concurrent.futures.Future[Document]] = deque()
        for item in itertools.islice(items, window):
            pending.append(pool.submit(_parse_one, item))
        for item in items:
            yield pending.popleft().result()
            pending.append(pool.submit(_parse_one, item))
        while pending:
            yield pending.popleft().result()
