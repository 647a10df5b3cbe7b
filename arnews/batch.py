"""Batch mode: JSON Lines in, JSON Lines out, any size, flat memory, input order kept.

Each input line is a JSON object holding the article in a text field (``text`` by default)
and optionally its publication date in another field. Each good line gives one output line:
the :meth:`~arnews.Document.to_dict` layout plus ``"line"``, the input line number. A
malformed line (bad UTF-8, bad JSON, not an object, no text, bad date) is reported on the
error stream as ``line N: reason`` and skipped; the lines around it are unaffected. So is a
text on which arnews itself fails with an unexpected error (a bug to report).
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from arnews.document import ParseFailure, Published, coerce_published, parse_pairs

__all__ = ["BatchStats", "iter_records", "run_batch"]


@attrs.define
class BatchStats:
    """Counts from one batch run.

    >>> BatchStats().written
    0
    """

    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0


@attrs.frozen
class _Record:
    line: int
    text: str
    published: Published


def _decode(
    line_number: int,
    raw: bytes | str,
    text_field: str,
    published_field: str | None,
    default_published: Published,
) -> _Record:
    """One input line as a record; raises ValueError with a short reason."""
    if isinstance(raw, bytes):
        try:
            raw = raw.rstrip(b"\r\n").decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError(f"not UTF-8 ({error.reason} at byte {error.start})") from None
    if line_number == 1 and raw.startswith("\ufeff"):  # a byte order mark (Windows tools)
        raw = raw[1:]
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get(text_field)
    if not isinstance(text, str):
        found = "missing" if text is None else type(text).__name__
        raise ValueError(f"field {text_field!r} must be a string ({found})")
    published: Published = default_published
    if published_field is not None and record.get(published_field) is not None:
        value = record[published_field]
        if not isinstance(value, str):
            raise ValueError(f"field {published_field!r} must be an ISO date string")
        published = coerce_published(value)
    return _Record(line_number, text, published)


def iter_records(
    lines: Iterable[bytes | str],
    text_field: str = "text",
    published_field: str | None = None,
    default_published: Published = None,
    errors: IO[str] | None = None,
    stats: BatchStats | None = None,
) -> Iterator[tuple[int, str, Published]]:
    """``(line number, text, published)`` for every good line; bad lines go to ``errors``.

    Blank lines are skipped silently.

    >>> import io
    >>> err = io.StringIO()
    >>> list(iter_records(['{"text": "خبر"}', "{oops", '{"text": "نبأ"}'], errors=err))
    [(1, 'خبر', None), (3, 'نبأ', None)]
    >>> print(err.getvalue(), end="")
    line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)
    """
    stats = stats if stats is not None else BatchStats()
    for line_number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        stats.read += 1
        try:
            record = _decode(line_number, raw, text_field, published_field, default_published)
        except ValueError as error:
            stats.skipped += 1
            if errors is not None:
                errors.write(f"line {line_number}: {error}\n")
                errors.flush()
            continue
        yield record.line, record.text, record.published


class _Progress:
    """A one-line progress bar on a terminal stream, redrawn at most ten times a second."""

    def __init__(self, stream: IO[str], total_bytes: int | None) -> None:
        self.stream = stream
        self.total = total_bytes
        self.last = 0.0

    def update(self, done_bytes: int | None, lines: int, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        if self.total and done_bytes is not None:
            fraction = min(done_bytes / self.total, 1.0)
            bar = "#" * int(fraction * 30)
            self.stream.write(f"\r[{bar:<30}] {fraction:4.0%}  {lines} lines")
        else:
            self.stream.write(f"\r{lines} lines")
        if final:
            self.stream.write("\n")
        self.stream.flush()


def _total_size(stream: IO[bytes]) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size or None
    except (OSError, ValueError, AttributeError):
        return None


def run_batch(
    source: IO[bytes],
    sink: IO[str],
    text_field: str = "text",
    published_field: str | None = None,
    published: Published = None,
    workers: int = 1,
    errors: IO[str] | None = None,
    progress: bool | None = None,
) -> BatchStats:
    """Parse every JSON line of ``source`` and write one JSON line per good input to ``sink``.

    Args:
        source: binary stream of JSON Lines (read lazily, line by line).
        sink: text stream the results are written to, in input order.
        text_field: the field holding the article.
        published_field: the field holding its ISO publication date, if any.
        published: the date used when a line has none.
        workers: worker processes (see :func:`arnews.parse_many`).
        errors: where malformed lines are reported (``line N: reason``).
        progress: draw a progress bar on ``errors``; None means only when it is a terminal.

    Returns:
        The counts of lines read, written, skipped (malformed) and failed (a text on
        which arnews raised an unexpected error: reported as ``line N: arnews failed on
        this text (...)`` and skipped, never stopping the run).

    >>> import io
    >>> out = io.StringIO()
    >>> data = io.BytesIO('{"text": "وصل 700 مقاتل"}\\nnot json\\n'.encode())
    >>> stats = run_batch(data, out, errors=io.StringIO())
    >>> (stats.written, stats.skipped, json.loads(out.getvalue())["line"])
    (1, 1, 1)
    """
    stats = BatchStats()
    default = coerce_published(published)
    if progress is None:
        progress = errors is not None and errors.isatty()
    bar = _Progress(errors, _total_size(source)) if progress and errors is not None else None
    line_numbers: deque[int] = deque()

    def pairs() -> Iterator[tuple[str, Published]]:
        records = iter_records(source, text_field, published_field, default, errors, stats)
        for line_number, text, record_published in records:
            line_numbers.append(line_number)
            yield text, record_published

    for doc in parse_pairs(pairs(), workers=workers, keep_going=True):
        line_number = line_numbers.popleft()
        if isinstance(doc, ParseFailure):  # a bug, not bad input: report it and go on
            stats.failed += 1
            if errors is not None:
                errors.write(f"line {line_number}: arnews failed on this text ({doc})\n")
                errors.flush()
            continue
        result: dict[str, Any] = doc.to_dict()
        result["line"] = line_number
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        stats.written += 1
        if bar is not None:
            bar.update(_tell(source), stats.read)
    sink.flush()
    if bar is not None:
        bar.update(_tell(source), stats.read, final=True)
    return stats


def _tell(stream: IO[bytes]) -> int | None:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return None
