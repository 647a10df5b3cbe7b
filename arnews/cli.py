"""Command line: ``arnews demo | parse | render | batch`` (also ``python -m arnews``).

A user error (missing file, bad encoding, bad option) prints one line on stderr and exits
with status 1 (input/output) or 2 (usage), never a traceback. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import IO, TYPE_CHECKING, Any, NoReturn

from arnews.document import Document, coerce_published, parse

if TYPE_CHECKING:
    from arnews.batch import BatchInput

__all__ = ["KIND_FIELDS", "main", "sample_article", "summary"]

SAMPLE_PUBLISHED = datetime.date(2016, 9, 10)

#: Names accepted by ``--only``: the kind fields of ``Document.to_dict()``.
KIND_FIELDS = (
    "numbers",
    "dates",
    "durations",
    "quotes",
    "attributions",
    "dateline",
    "amounts",
    "entities",
)

#: Other names accepted for a kind (the naming is "attributions"; "sources" is an alias).
KIND_ALIASES = {"sources": "attributions", "source": "attributions", "attribution": "attributions"}

EXIT_IO = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A problem with the user's input or files: one line on stderr and an exit status."""

    def __init__(self, message: str, status: int = EXIT_IO) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (and status 2)."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{self.prog}: {message} (see '{self.prog} --help')", EXIT_USAGE)


def sample_article() -> str:
    """The sample article shipped inside the package.

    >>> sample_article().startswith("دعت واشنطن")
    True
    """
    return resources.files("arnews").joinpath("data/sample_article.txt").read_text(encoding="utf-8")


def summary(doc: Document) -> str:
    """A readable summary of every mention in ``doc``, one line each, in text order.

    >>> print(summary(parse("")))
    (no mentions found)
    """
    rows: list[tuple[int, str]] = []
    if doc.dateline:
        d = doc.dateline
        rows.append((d.start, f"dateline  {d.text!r}: place={d.place} source={d.source}"))
    for n in doc.numbers:
        extra = "".join(f" {x}" for x in (n.qualifier, n.unit and f"unit={n.unit}") if x)
        rows.append((n.start, f"number    {n.text!r} = {n.value} ({n.kind}){extra}"))
    for m in doc.amounts:
        rows.append((m.start, f"amount    {m.text!r} = {m.value} {m.currency or m.unit}"))
    for t in doc.dates:
        rows.append((t.start, f"date      {t.text!r} = {t.iso} ({t.kind}, {t.calendar})"))
    for u in doc.durations:
        extra = f" {u.qualifier}" if u.qualifier else ""
        rows.append((u.start, f"duration  {u.text!r} = {u.value} {u.unit}{extra}"))
    for q in doc.quotes:
        content = q.content if len(q.content) <= 70 else q.content[:67] + "..."
        rows.append((q.start, f"quote     {q.speaker or '?'} [{q.cue}] {q.kind}: {content!r}"))
    for a in doc.attributions:
        anonymous = " anonymous" if a.anonymous else ""
        rows.append((a.start, f"attribution {a.source!r} [{a.cue}] {a.kind}{anonymous}"))
    if not rows:
        return "(no mentions found)"
    rows.sort(key=lambda row: row[0])
    counts = (
        f"{len(doc.numbers)} numbers, {len(doc.dates)} dates, {len(doc.durations)} durations, "
        f"{len(doc.quotes)} quotes, {len(doc.attributions)} attributions"
    )
    return "\n".join([row for _, row in rows] + [counts])


def _published_arg(value: str) -> datetime.date:
    try:
        result = coerce_published(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, not {value!r}") from None
    assert result is not None
    return result


def _only_arg(value: str) -> tuple[str, ...]:
    names = tuple(
        KIND_ALIASES.get(name.strip(), name.strip()) for name in value.split(",") if name.strip()
    )
    unknown = [name for name in names if name not in KIND_FIELDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown kind {','.join(unknown) or value!r}; choose from {','.join(KIND_FIELDS)}"
        )
    return names


def _workers_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def _encoding_arg(value: str) -> str:
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {value!r} (e.g. utf-8, cp1256, utf-16)"
        ) from None
    return value


def _keep_arg(value: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in value.split(",") if name.strip())


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="arnews",
        description="Typed numbers, dates, quotes and attributions from Arabic news text.",
        epilog="Run 'arnews COMMAND --help' for a command's options; see docs/cli.md.",
    )
    from arnews import __version__

    parser.add_argument("--version", action="version", version=f"arnews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="parse the sample article shipped in the package")
    demo.add_argument("--json", action="store_true", help="print the JSON document instead")

    encoding_help = "encoding of the input files (default: utf-8; e.g. cp1256, utf-16)"
    parse_cmd = sub.add_parser(
        "parse",
        help="parse text files to JSON on stdout",
        description="One JSON object for one file, a JSON array for several files. A file "
        "that cannot be read is reported on stderr at the end and the others are still "
        "parsed (exit status 1 when any failed).",
    )
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    parse_cmd.add_argument(
        "--published",
        type=_published_arg,
        metavar="YYYY-MM-DD",
        help="publication date used to resolve relative dates",
    )
    parse_cmd.add_argument(
        "--only",
        type=_only_arg,
        metavar="KINDS",
        help=f"comma-separated kinds to output: {','.join(KIND_FIELDS)} "
        "('sources' is accepted for attributions)",
    )
    parse_cmd.add_argument("--pretty", action="store_true", help="indent the JSON")
    parse_cmd.add_argument(
        "--encoding", type=_encoding_arg, default="utf-8", metavar="NAME", help=encoding_help
    )

    render = sub.add_parser("render", help="write a right-to-left HTML page with highlights")
    render.add_argument("file", metavar="FILE", help="text file, or - for stdin")
    render.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PAGE.html",
        help="where to write the page (default: stdout)",
    )
    render.add_argument("--published", type=_published_arg, metavar="YYYY-MM-DD")
    render.add_argument("--title", default=None, help="page title (default: the file name)")
    render.add_argument(
        "--encoding", type=_encoding_arg, default="utf-8", metavar="NAME", help=encoding_help
    )

    report = sub.add_parser(
        "report",
        help="one HTML page (or JSON) of who is quoted and which sources are cited in a corpus",
    )
    report.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".jsonl, .jsonl.gz or .txt files, folders or globs (records: text, outlet, published)",
    )
    report.add_argument(
        "-o", "--output", default="-", metavar="PAGE", help="where to write (default: stdout)"
    )
    report.add_argument("--json", action="store_true", help="write the summary as JSON")
    report.add_argument("--top", type=int, default=50, help="rows per table (default 50)")
    report.add_argument("--title", default="arnews report", help="page title")
    report.add_argument(
        "--encoding", type=_encoding_arg, default="utf-8", metavar="NAME", help=encoding_help
    )
    report.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a count of articles on stderr (default: when stderr is a terminal)",
    )

    batch = sub.add_parser(
        "batch",
        help="parse JSON Lines files or folders, one result line per input line",
        description="Streams any size with flat memory, in input order. Every non-blank "
        "input line gives one output line: a result, or an error record "
        '{"line": N, "error": "..."} (also reported on stderr). Exit status: 0; 1 with '
        "--strict when any line is bad, or when no line succeeded; 130/143 when "
        "interrupted (SIGINT/SIGTERM), after a last line 'wrote N, skipped M, "
        "interrupted at line K'.",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .jsonl or .jsonl.gz file (one JSON object a line), a .txt file (one "
        "article), a folder of those (searched recursively), a glob, or - for stdin",
    )
    batch.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUT.jsonl",
        help="where to write results (default: stdout); an existing non-empty file needs "
        "--resume or --overwrite",
    )
    batch.add_argument(
        "--text-field", default="text", help="field holding the text (default: text)"
    )
    batch.add_argument(
        "--published-field",
        default="published",
        metavar="FIELD",
        help="field holding the ISO publication date, used when a line has it "
        "(default: published; '' for none)",
    )
    batch.add_argument(
        "--published",
        type=_published_arg,
        metavar="YYYY-MM-DD",
        help="date used when a line has none",
    )
    batch.add_argument(
        "--keep",
        type=_keep_arg,
        default=None,
        metavar="FIELD[,FIELD]",
        help="input fields copied into each output line (default: all but the text; '' for none)",
    )
    batch.add_argument(
        "--keep-text", action="store_true", help="also copy the text into each output line"
    )
    batch.add_argument(
        "--errors",
        default=None,
        metavar="ERRORS.jsonl",
        help="write the error records to this file instead of the output",
    )
    batch.add_argument(
        "--strict", action="store_true", help="exit with status 1 if any line is bad"
    )
    batch.add_argument(
        "--encoding", type=_encoding_arg, default="utf-8", metavar="NAME", help=encoding_help
    )
    batch.add_argument(
        "--workers", type=_workers_arg, default=1, metavar="N", help="worker processes (default: 1)"
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a line count on stderr (default: only when stderr is a terminal)",
    )
    resume = batch.add_mutually_exclusive_group()
    resume.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: keep OUT.jsonl up to its last whole line and "
        "parse the input after that line",
    )
    resume.add_argument("--overwrite", action="store_true", help="replace a non-empty OUT.jsonl")
    return parser


def _read_text(path: str, stdin: IO[bytes], encoding: str = "utf-8") -> str:
    import codecs

    from arnews.batch import decode_hint

    try:
        if path == "-":
            data = stdin.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise UserError(f"arnews: {path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"arnews: {path}: is a directory") from None
    except OSError as error:
        raise UserError(f"arnews: {path}: cannot read ({error.strerror})") from None
    is_utf8 = codecs.lookup(encoding).name == "utf-8"
    try:
        return data.decode("utf-8-sig" if is_utf8 else encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if is_utf8 else encoding
        raise UserError(
            f"arnews: {path}: not {name} text "
            f"(byte 0x{data[error.start]:02x} at offset {error.start}); "
            f"{decode_hint(data, encoding)}"
        ) from None


def _open_output(path: str, stdout: IO[str], mode: str = "w") -> IO[str]:
    if path == "-":
        return stdout
    try:
        return open(path, mode, encoding="utf-8", newline="\n")
    except OSError as error:
        raise UserError(f"arnews: {path}: cannot write ({error.strerror})") from None


def _same_file(first: str, second: str) -> bool:
    """Whether two paths (not ``-``) name one existing file."""
    import os

    if "-" in (first, second):
        return False
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _document_json(doc: Document, path: str, only: Sequence[str] | None) -> dict[str, Any]:
    result = doc.to_dict()
    if only is not None:
        for field in KIND_FIELDS:
            if field not in only:
                del result[field]
    result["file"] = path
    return result


def _cmd_parse(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]) -> int:
    from arnews._jsonio import dumps

    outputs = []
    failures: list[str] = []
    for path in args.files:
        try:
            text = _read_text(path, stdin, args.encoding)
        except UserError as error:
            if len(args.files) == 1:
                raise
            failures.append(str(error))
            continue
        outputs.append(_document_json(parse(text, args.published), path, args.only))
    payload: Any = outputs[0] if len(args.files) == 1 else outputs
    stdout.write(dumps(payload, indent=2 if args.pretty else None))
    stdout.write("\n")
    if failures:
        stdout.flush()
        stderr.write(f"arnews: {len(failures)} of {len(args.files)} files failed:\n")
        for message in failures:
            stderr.write(f"  {message}\n")
        return EXIT_IO
    return 0


def _cmd_render(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str]) -> int:
    from arnews.render import render_html

    if _same_file(args.file, args.output):
        raise UserError(
            f"arnews render: {args.output}: the output would overwrite the input", EXIT_USAGE
        )
    text = _read_text(args.file, stdin, args.encoding)
    title = args.title or ("arnews" if args.file == "-" else args.file)
    page = render_html(text, published=args.published, title=title)
    sink = _open_output(args.output, stdout)
    try:
        sink.write(page)
    finally:
        if sink is not stdout:
            sink.close()
    return 0


def _cmd_report(
    args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]
) -> int:
    """``arnews report``: parse every record, summarise, write one page or the JSON."""
    from arnews._jsonio import dumps
    from arnews.batch import _Good, _items
    from arnews.report import render_report, summarize, summary_dict

    inputs = _expand_inputs(args.inputs, stdin)
    progress = args.progress if args.progress is not None else stderr.isatty()

    def documents() -> Iterator[tuple[Document, str | None]]:
        count = 0
        for item in _items(inputs, "text", "published", None, args.encoding, None):
            if not isinstance(item, _Good):
                stderr.write(f"arnews report: {item.file}: line {item.line}: {item.reason}\n")
                continue
            outlet = item.fields.get("outlet")
            yield (
                parse(item.text, published=item.published),
                (str(outlet) if outlet is not None else None),
            )
            count += 1
            if progress and count % 100 == 0:
                stderr.write(f"\rarnews report: {count:,} articles")
        if progress:
            stderr.write(f"\rarnews report: {count:,} articles\n")

    result = summarize(documents(), top=args.top)
    if result.articles == 0:
        raise UserError("arnews report: no article could be read", EXIT_IO)
    if args.json:
        out = dumps(summary_dict(result), indent=2) + "\n"
    else:
        out = render_report(result, title=args.title, top=args.top)
    sink = _open_output(args.output, stdout)
    try:
        sink.write(out)
    finally:
        if sink is not stdout:
            sink.close()
    return 0


#: The file names a folder or a glob contributes to ``arnews batch``.
BATCH_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".txt")


def _batch_input(path: str, stdin: IO[bytes]) -> BatchInput:
    from arnews.batch import BatchInput

    if path == "-":
        return BatchInput("-", lambda: stdin)
    lower = path.lower()
    return BatchInput(
        path,
        lambda: open(path, "rb"),
        kind="txt" if lower.endswith(".txt") else "jsonl",
        gzipped=lower.endswith(".gz"),
    )


def _expand_inputs(names: Sequence[str], stdin: IO[bytes]) -> list[BatchInput]:
    """Files, folders (searched recursively) and globs, each expanded in sorted order."""
    import glob
    import os

    paths: list[str] = []
    for name in names:
        if name == "-" or os.path.isfile(name):
            paths.append(name)
            continue
        if os.path.isdir(name):
            found = [
                os.path.join(root, file)
                for root, _, files in os.walk(name)
                for file in files
                if file.lower().endswith(BATCH_SUFFIXES)
            ]
            what = "in this folder"
        elif glob.has_magic(name):
            found = [p for p in glob.glob(name, recursive=True) if os.path.isfile(p)]
            what = "matches"
        else:
            raise UserError(f"arnews: {name}: no such file")
        if not found:
            raise UserError(f"arnews: {name}: no .txt, .jsonl or .jsonl.gz file {what}")
        paths.extend(sorted(found))
    for path in paths:
        if path != "-" and not os.access(path, os.R_OK):
            raise UserError(f"arnews: {path}: cannot read (permission denied)")
    return [_batch_input(path, stdin) for path in paths]


def _resume_point(path: str) -> tuple[str, int] | None:
    """``(file, line)`` of the last whole line of ``path``, after cutting off a partial one.

    Returns None when the file is missing or holds no whole line (a fresh start).
    """
    import os

    try:
        size = os.path.getsize(path)
    except OSError:
        return None
    with open(path, "rb+") as handle:
        tail, start = b"", size
        while start > 0 and tail.count(b"\n") < 2:  # read back to the last whole line's start
            step = min(start, 1 << 16)
            start -= step
            handle.seek(start)
            tail = handle.read(step) + tail
        last = tail.rfind(b"\n")
        whole_end = start + last + 1
        if whole_end < size:  # a line cut short by a killed run: drop it
            handle.truncate(whole_end)
        if last < 0:
            return None
        raw = tail[tail.rfind(b"\n", 0, last) + 1 : last]
    try:
        data = json.loads(raw)
        line, file = data["line"], data.get("file", "-")
        if not isinstance(line, int) or not isinstance(file, str):
            raise TypeError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UserError(
            f"arnews batch: {path}: its last line is not an arnews batch line; "
            "cannot resume from it",
            EXIT_USAGE,
        ) from None
    return file, line


def _check_output(args: argparse.Namespace, inputs: Sequence[BatchInput]) -> Any:
    """Refuse to clobber an input or a non-empty output; the resume point, if any."""
    import os

    for item in inputs:
        for other in (args.output, args.errors):
            if other is not None and _same_file(item.name, other):
                raise UserError(
                    f"arnews batch: {other}: the output would overwrite the input", EXIT_USAGE
                )
    if args.output == "-":
        if args.resume:
            raise UserError(
                "arnews batch: --resume needs an output file (-o OUT.jsonl)", EXIT_USAGE
            )
        return None
    if args.resume:
        point = _resume_point(args.output)
        if point is not None and point[0] not in [item.name for item in inputs]:
            raise UserError(
                f"arnews batch: {args.output} ends at {point[0]} line {point[1]}, which is "
                "not one of the inputs; cannot resume",
                EXIT_USAGE,
            )
        return point
    for path in (args.output, args.errors):
        if path and not args.overwrite and os.path.exists(path) and os.path.getsize(path):
            raise UserError(
                f"arnews batch: {path} is not empty: pass --resume to continue after its "
                "last whole line, or --overwrite to replace it",
                EXIT_USAGE,
            )
    return None


def _cmd_batch(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]) -> int:
    import signal

    from arnews.batch import BatchInterrupted, BatchStats, interrupt_handler, run_batch

    inputs = _expand_inputs(args.inputs, stdin)
    start_after = _check_output(args, inputs)
    mode = "a" if args.resume else "w"
    sink = _open_output(args.output, stdout, mode)
    error_sink = _open_output(args.errors, stdout, mode) if args.errors else None
    previous: dict[signal.Signals, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            previous[signum] = signal.signal(signum, interrupt_handler)
    stats = BatchStats()
    interrupted: BatchInterrupted | None = None
    try:
        stats = run_batch(
            inputs,
            sink,
            text_field=args.text_field,
            published_field=args.published_field or None,
            published=args.published,
            workers=args.workers,
            errors=stderr,
            progress=args.progress,
            keep=args.keep,
            keep_text=args.keep_text,
            error_sink=error_sink,
            encoding=args.encoding,
            start_after=start_after,
        )
    except BatchInterrupted as error:
        interrupted = error
        stats = error.stats or stats
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for stream in (sink, error_sink):
            if stream is not None and stream is not stdout:
                stream.close()
    bad = stats.skipped + stats.failed
    failed = f" ({stats.failed} arnews failures: please report)" if stats.failed else ""
    counts = f"arnews: wrote {stats.written}, skipped {bad}{failed}"
    if interrupted is not None:
        file, line = stats.interrupted_at or ("-", 1)
        where = f" of {file}" if len(inputs) > 1 else ""
        resume = " (--resume continues there)" if args.output != "-" else ""
        stderr.write(f"{counts}, interrupted at line {line}{where}{resume}\n")
        return 128 + interrupted.signum
    if bad:
        records = args.errors or ("the output" if args.output == "-" else args.output)
        stderr.write(f"{counts} (error records in {records})\n")
    elif args.progress:
        stderr.write(f"{counts}\n")
    if stats.read and not stats.written:
        stderr.write("arnews: no line succeeded (see the reasons above)\n")
        return EXIT_IO
    if args.strict and bad:
        return EXIT_IO
    return 0


def _utf8(stream: Any) -> Any:
    """``stream`` set to write UTF-8 when it is a console stream with another encoding."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = str(getattr(stream, "encoding", "utf-8") or "utf-8").lower()
    if reconfigure is not None and encoding.replace("-", "") != "utf8":
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")
    return stream


def _silence_stdout() -> None:
    """After a closed pipe (``arnews parse ... | head``), avoid a second error at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    >>> main(["parse", "--only", "years"])
    2
    """
    stdout = _utf8(sys.stdout)
    stderr = _utf8(sys.stderr)
    stdin: IO[bytes] = sys.stdin.buffer
    try:
        parser = _build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            stderr.write(parser.format_help())
            return EXIT_USAGE
        if args.command == "demo":
            doc = parse(sample_article(), published=SAMPLE_PUBLISHED)
            if args.json:
                from arnews._jsonio import dumps

                stdout.write(dumps(doc.to_dict(), indent=2) + "\n")
            else:
                stdout.write(summary(doc) + "\n")
            return 0
        if args.command == "parse":
            return _cmd_parse(args, stdin, stdout, stderr)
        if args.command == "render":
            return _cmd_render(args, stdin, stdout)
        if args.command == "report":
            return _cmd_report(args, stdin, stdout, stderr)
        return _cmd_batch(args, stdin, stdout, stderr)
    except UserError as error:
        stderr.write(f"{error}\n")
        return error.status
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_IO
    except KeyboardInterrupt:
        stderr.write("arnews: interrupted\n")
        return 130
