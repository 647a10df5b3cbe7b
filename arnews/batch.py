"""Batch mode: JSON Lines (or text files) in, JSON Lines out, any size, flat memory.

Each input line is a JSON object holding the article in a text field (``text`` by default)
and optionally its publication date (``published`` by default). A ``.txt`` input is one
record: the whole file is the text. Every non-blank input line gives exactly one output
line, in input order:

* a **result** (``batch_record`` in the schema): the input's fields under their own keys
  (all but the text by default; see ``keep`` and ``keep_text``), ``"file"`` (for file
  inputs), ``"line"`` (the input line number, from 1) and the
  :meth:`~arnews.Document.to_dict` fields without ``"text"``;
* an **error record** (``batch_error``): ``"line"``, ``"error"`` (the reason) and the
  input's fields when the line was a JSON object, for a malformed line (bad encoding, bad
  JSON, not an object, no text, bad date) or a text on which arnews itself failed (a bug
  to report). The reason is also written as ``line N: reason`` on the ``errors`` stream.

So no line disappears: written + error records == non-blank input lines, and a run can be
resumed after the last whole output line (``start_after``). An input key that is also an
output key (``line``, ``numbers``, ...) is kept as ``input_<key>`` when its value differs.
Lone surrogates are written as JSON escapes; numbers too large for a float are null
(see docs/cli.md).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import attrs

from arnews._jsonio import write_line
from arnews.document import ParseFailure, Published, coerce_published, parse_pairs

__all__ = [
    "BatchInput",
    "BatchInterrupted",
    "BatchStats",
    "decode_hint",
    "interrupt_handler",
    "iter_records",
    "run_batch",
]

#: Output keys of a result line: an input field under one of these keys is renamed.
_OUTPUT_KEYS = frozenset(
    [
        "schema_version", "text", "published", "numbers", "dates", "durations", "quotes",
        "attributions", "dateline", "amounts", "entities", "file", "line", "error", "record",
    ]
)


class BatchInterrupted(KeyboardInterrupt):
    """A batch run stopped by a signal; ``signum`` says which, ``stats`` the counts so far.

    >>> BatchInterrupted(15).signum
    15
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.stats: BatchStats | None = None


class _Guard:
    """Defers a signal that arrives while a line is being written (so lines stay whole)."""

    depth = 0
    pending: int | None = None
    stopping = False


_GUARD = _Guard()


def interrupt_handler(signum: int, frame: object) -> None:
    """A signal handler for SIGINT/SIGTERM that stops :func:`run_batch` cleanly.

    It raises :class:`BatchInterrupted`, except while a line is being written (then the
    line is finished first) or while the run is already stopping (then it is ignored).
    """
    if _GUARD.stopping:
        return
    if _GUARD.depth:
        _GUARD.pending = signum
        return
    _GUARD.stopping = True
    raise BatchInterrupted(signum)


def _write(sink: IO[str], data: dict[str, Any]) -> None:
    _GUARD.depth += 1
    try:
        write_line(sink, data)
    finally:
        _GUARD.depth -= 1
    if _GUARD.pending is not None and not _GUARD.depth and not _GUARD.stopping:
        signum, _GUARD.pending = _GUARD.pending, None
        _GUARD.stopping = True
        raise BatchInterrupted(signum)


@attrs.define
class BatchStats:
    """Counts from one batch run.

    ``skipped`` counts malformed lines and ``failed`` texts on which arnews raised (each
    has its error record); ``interrupted_at`` is ``(file, line)`` of the first input line
    not accounted for when the run was stopped, else None.

    >>> BatchStats().written
    0
    """

    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    interrupted_at: tuple[str, int] | None = None
    last: tuple[str, int] | None = None


@attrs.frozen
class BatchInput:
    """One input of a batch run: a name, how to open it, and its kind.

    Attributes:
        name: the path as given (``-`` for stdin); written as ``"file"`` unless ``-``.
        open: returns a fresh binary stream of the raw bytes.
        kind: ``jsonl`` (one JSON object a line, ``.jsonl.gz`` decompressed) or ``txt``
            (the whole file is one text).
        gzipped: whether the bytes are gzip-compressed.
    """

    name: str
    open: Callable[[], IO[bytes]]
    kind: str = "jsonl"
    gzipped: bool = False


def decode_hint(data: bytes, encoding: str) -> str:
    """The advice added to a decoding error: which ``--encoding`` to try.

    >>> decode_hint("خبر".encode("utf-16"), "utf-8")
    'it starts with a UTF-16 byte order mark: pass --encoding utf-16'
    >>> print(decode_hint("خبر".encode("cp1256"), "utf-8"))
    if it is not UTF-8, pass its encoding, e.g. --encoding cp1256 (Arabic Windows) or ...
    """
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "it starts with a UTF-16 byte order mark: pass --encoding utf-16"
    if len(data) > 3 and (data[1:4:2] == b"\x00\x00" or data[0:3:2] == b"\x00\x00"):
        return "it looks like UTF-16 (NUL bytes between letters): pass --encoding utf-16"
    name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
    return (
        f"if it is not {name}, pass its encoding, "
        "e.g. --encoding cp1256 (Arabic Windows) or --encoding utf-16"
    )


def _decode_error(data: bytes, error: UnicodeDecodeError, encoding: str) -> str:
    name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
    return (
        f"not {name} text ({error.reason} at byte {error.start}); "
        f"{decode_hint(data, encoding)}"
    )


@attrs.frozen
class _Good:
    file: str
    line: int
    text: str
    published: Published
    fields: dict[str, Any]


@attrs.frozen
class _Bad:
    file: str
    line: int
    reason: str
    fields: dict[str, Any]


def _record(
    file: str,
    line: int,
    raw: str,
    text_field: str,
    published_field: str | None,
    default_published: Published,
) -> _Good | _Bad:
    """One decoded JSON line as a good record or an error."""
    if line == 1 and raw.startswith("\ufeff"):  # a byte order mark (Windows tools)
        raw = raw[1:]
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        reason = f"invalid JSON: {error.msg} (column {error.colno})"
        if "\x00" in raw:
            reason += "; it looks like UTF-16 (NUL bytes between letters): pass --encoding utf-16"
        return _Bad(file, line, reason, {})
    except RecursionError:
        return _Bad(file, line, "invalid JSON: nested too deeply", {})
    if not isinstance(record, dict):
        return _Bad(file, line, f"expected a JSON object, got {type(record).__name__}", {})
    text = record.get(text_field)
    if not isinstance(text, str):
        found = "missing" if text is None else type(text).__name__
        fields = ", ".join(map(str, list(record)[:8]))
        return _Bad(
            file,
            line,
            f"field {text_field!r} must be a string ({found}; the line has: {fields})",
            record,
        )
    published: Published = default_published
    if published_field and record.get(published_field) is not None:
        value = record[published_field]
        if not isinstance(value, str):
            return _Bad(file, line, f"field {published_field!r} must be an ISO date string", record)
        try:
            published = coerce_published(value)
        except ValueError as error:
            return _Bad(file, line, f"field {published_field!r}: {error}", record)
    return _Good(file, line, text, published, record)


def _jsonl_lines(
    stream: IO[bytes], encoding: str
) -> Iterator[tuple[int, str | None, str | None, bytes]]:
    """``(line number, text or None, error or None, raw bytes)`` for each non-blank line."""
    if "\n".encode(encoding) == b"\n" and codecs.lookup(encoding).name not in (
        "utf-16", "utf-32",
    ):
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                yield number, raw.rstrip(b"\r\n").decode(encoding), None, raw
            except UnicodeDecodeError as error:
                yield number, None, _decode_error(raw, error, encoding), raw
        return
    # UTF-16/32: lines are only found after decoding, so the stream is decoded as a whole.
    wrapper = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline=None)
    number = 0
    try:
        for number, line in enumerate(wrapper, start=1):
            if line.strip():
                yield number, line.rstrip("\r\n"), None, b""
    except UnicodeDecodeError as error:
        reason = f"not {encoding} text ({error.reason}); the rest of the file is skipped"
        yield number + 1, None, reason, b""
    finally:
        wrapper.detach()


def _items(
    inputs: Sequence[BatchInput],
    text_field: str,
    published_field: str | None,
    default: Published,
    encoding: str,
    start_after: tuple[str, int] | None,
) -> Iterator[_Good | _Bad]:
    """Every record of every input, in order, skipping up to ``start_after``."""
    skipping = start_after is not None
    for source in inputs:
        if skipping and start_after is not None and source.name != start_after[0]:
            continue
        first = start_after[1] if skipping and start_after is not None else 0
        skipping = False
        try:
            stream = source.open()
        except OSError as error:
            yield _Bad(source.name, 1, f"cannot read ({error.strerror or error})", {})
            continue
        try:
            if source.gzipped:
                stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
            if source.kind == "txt":
                if first >= 1:
                    continue
                data = stream.read()
                try:
                    text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
                except UnicodeDecodeError as error:
                    yield _Bad(source.name, 1, _decode_error(data, error, encoding), {})
                    continue
                yield _Good(source.name, 1, text, default, {})
                continue
            for number, line, problem, _ in _jsonl_lines(stream, encoding):
                if number <= first:
                    continue
                if line is None:
                    yield _Bad(source.name, number, problem or "cannot decode", {})
                else:
                    yield _record(source.name, number, line, text_field, published_field, default)
        except (OSError, EOFError) as error:  # a truncated or corrupt .gz, a read error
            yield _Bad(source.name, 0, f"cannot read the rest of the file ({error})", {})
        finally:
            if source.name != "-":
                stream.close()


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
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        stats.read += 1
        item: _Good | _Bad
        if isinstance(raw, bytes):
            try:
                decoded = raw.rstrip(b"\r\n").decode("utf-8")
            except UnicodeDecodeError as error:
                item = _Bad("-", number, _decode_error(raw, error, "utf-8"), {})
            else:
                item = _record("-", number, decoded, text_field, published_field, default_published)
        else:
            item = _record("-", number, raw.rstrip("\r\n"), text_field, published_field,
                           default_published)
        if isinstance(item, _Bad):
            stats.skipped += 1
            if errors is not None:
                errors.write(f"line {number}: {item.reason}\n")
                errors.flush()
            continue
        yield item.line, item.text, item.published


class _Progress:
    """A one-line count of the lines done, on a stream, redrawn at most ten times a second."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.started = self.last = time.monotonic()
        self.drawn = False

    def update(self, lines: int, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        rate = lines / max(now - self.started, 1e-9)
        self.stream.write(f"\r{lines} lines ({rate:.0f}/s)")
        self.drawn = True
        if final:
            self.stream.write("\n")
            self.drawn = False
        self.stream.flush()

    def end_line(self) -> None:
        """Leave the bar's line (before a message), if one is drawn."""
        if self.drawn:
            self.stream.write("\n")
            self.drawn = False


def _merge(
    fields: dict[str, Any],
    keep: Sequence[str] | None,
    drop: str,
    out: dict[str, Any],
    reserved: frozenset[str] = _OUTPUT_KEYS,
) -> None:
    """Copy the kept input fields into ``out`` (a reserved key as ``input_<key>``)."""
    names: Iterable[str] = fields if keep is None else keep
    for name in names:
        if keep is None and name == drop:
            continue
        value = fields.get(name)
        if name in reserved:
            out[f"input_{name}"] = value
        else:
            out[name] = value


_ERROR_KEYS = frozenset(["file", "line", "error"])


def _fix_clashes(kept: dict[str, Any], result: dict[str, Any]) -> None:
    """Drop ``input_<key>`` when the input's value is the output's own (a ``published``)."""
    for key in [k for k in kept if k.startswith("input_")]:
        if result.get(key[6:], kept) == kept[key]:
            del kept[key]


def run_batch(
    source: IO[bytes] | Sequence[BatchInput],
    sink: IO[str],
    text_field: str = "text",
    published_field: str | None = "published",
    published: Published = None,
    workers: int = 1,
    errors: IO[str] | None = None,
    progress: bool | None = None,
    keep: Sequence[str] | None = None,
    keep_text: bool = False,
    error_sink: IO[str] | None = None,
    encoding: str = "utf-8",
    start_after: tuple[str, int] | None = None,
) -> BatchStats:
    """Parse every record of ``source`` and write one JSON line per input line to ``sink``.

    Args:
        source: a binary stream of JSON Lines, or a list of :class:`BatchInput`.
        sink: text stream the results are written to, in input order.
        text_field: the field holding the article.
        published_field: the field holding its ISO publication date, when a line has it.
        published: the date used when a line has none.
        workers: worker processes (see :func:`arnews.parse_many`).
        errors: where each bad line is also reported, as ``line N: reason``.
        progress: draw a progress bar on ``errors``; None means only when it is a terminal.
        keep: the input fields to copy into each output line; None means all but the text.
        keep_text: also copy the text, under ``text_field``.
        error_sink: where error records go (default: ``sink``, in line order).
        encoding: the encoding of the input bytes (UTF-8 by default).
        start_after: ``(file, line)``: skip the input up to and including that line
            (to resume a run; ``file`` is ``"-"`` for a stream).

    Returns:
        The counts of lines read, written, skipped (malformed) and failed (a text on
        which arnews raised an unexpected error); both kinds of bad line have an error
        record, never stopping the run. A :class:`BatchInterrupted` (from a signal
        handler) stops the run cleanly: every line written is whole, the workers are
        stopped, and ``interrupted_at`` says where to resume.

    >>> import io
    >>> out = io.StringIO()
    >>> data = io.BytesIO('{"id": "a1", "text": "وصل 700 مقاتل"}\\nnot json\\n'.encode())
    >>> stats = run_batch(data, out, errors=io.StringIO())
    >>> first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    >>> (stats.written, stats.skipped, first["id"], first["line"], second["error"][:12])
    (1, 1, 'a1', 1, 'invalid JSON')
    """
    if isinstance(source, Sequence):
        inputs = list(source)
    else:
        stream = source
        inputs = [BatchInput("-", lambda: stream)]
    codecs.lookup(encoding)  # LookupError now rather than per line
    stats = BatchStats()
    default = coerce_published(published)
    if progress is None:
        progress = errors is not None and errors.isatty()
    bar = _Progress(errors) if progress and errors is not None else None
    pending: deque[tuple[_Good, list[_Bad]]] = deque()
    before: list[_Bad] = []
    in_hand: deque[_Good | _Bad] = deque()  # taken from ``pending``, not yet written
    failures = error_sink if error_sink is not None else sink
    items = _items(inputs, text_field, published_field, default, encoding, start_after)

    def pairs() -> Iterator[tuple[str, Published]]:
        for item in items:
            stats.read += 1
            if isinstance(item, _Bad):
                before.append(item)
                continue
            pending.append((item, before.copy()))
            before.clear()
            yield item.text, item.published

    def write_bad(bad: _Bad, failed: bool = False) -> None:
        out: dict[str, Any] = {}
        _merge(bad.fields, keep, "" if keep_text else text_field, out, _ERROR_KEYS)
        if bad.file != "-":
            out["file"] = bad.file
        out["line"] = bad.line
        out["error"] = bad.reason
        _write(failures, out)
        if failed:
            stats.failed += 1
        else:
            stats.skipped += 1
        stats.last = (bad.file, bad.line)
        if errors is not None:
            if bar is not None:
                bar.end_line()
            where = f"{bad.file}: " if bad.file != "-" and len(inputs) > 1 else ""
            errors.write(f"{where}line {bad.line}: {bad.reason}\n")
            errors.flush()

    results = parse_pairs(pairs(), workers=workers, keep_going=True)
    try:
        for doc in results:
            good, bads = pending.popleft()
            in_hand.extend(bads)
            in_hand.append(good)
            for bad in bads:
                write_bad(bad)
                in_hand.popleft()
            if isinstance(doc, ParseFailure):  # a bug, not bad input: reported, run goes on
                write_bad(
                    _Bad(good.file, good.line, f"arnews failed on this text ({doc})", good.fields),
                    failed=True,
                )
                in_hand.popleft()
                continue
            out: dict[str, Any] = {}
            _merge(good.fields, keep, text_field, out)
            if good.file != "-":
                out["file"] = good.file
            out["line"] = good.line
            result = doc.to_dict()
            del result["text"]
            if keep_text:
                result[text_field] = good.text
            _fix_clashes(out, result)
            out.update(result)
            _write(sink, out)
            in_hand.popleft()
            stats.written += 1
            stats.last = (good.file, good.line)
            if bar is not None:
                bar.update(stats.written + stats.skipped + stats.failed)
        while before:
            write_bad(before[0])
            del before[0]
    except KeyboardInterrupt as error:
        _GUARD.stopping = True  # a second signal must not interrupt the cleanup
        try:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # a generator: closing it stops the workers
            first: _Good | _Bad | None = None
            if in_hand:
                first = in_hand[0]
            elif pending:
                first = pending[0][1][0] if pending[0][1] else pending[0][0]
            elif before:
                first = before[0]
            if first is not None:
                stats.interrupted_at = (first.file, first.line)
            elif stats.last is not None:
                stats.interrupted_at = (stats.last[0], stats.last[1] + 1)
            else:
                stats.interrupted_at = (inputs[0].name if inputs else "-", 1)
            sink.flush()
            if failures is not sink:
                failures.flush()
            if bar is not None:
                bar.end_line()
        finally:
            _GUARD.stopping = False
            _GUARD.pending = None
        stopped = error if isinstance(error, BatchInterrupted) else BatchInterrupted(2)
        stopped.stats = stats
        raise stopped from None
    sink.flush()
    if failures is not sink:
        failures.flush()
    if bar is not None:
        bar.update(stats.written + stats.skipped + stats.failed, final=True)
    return stats
