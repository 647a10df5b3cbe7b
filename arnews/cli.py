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
from collections.abc import Sequence
from importlib import resources
from typing import IO, Any, NoReturn

from arnews.document import Document, coerce_published, parse

__all__ = ["KIND_FIELDS", "main", "sample_article", "summary"]

SAMPLE_PUBLISHED = datetime.date(2016, 9, 10)

#: Names accepted by ``--only``: the kind fields of ``Document.to_dict()``.
KIND_FIELDS = ("numbers", "dates", "durations", "quotes", "attributions", "dateline", "amounts")

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
        rows.append((a.start, f"source    {a.source!r} [{a.cue}] {a.kind}{anonymous}"))
    if not rows:
        return "(no mentions found)"
    rows.sort(key=lambda row: row[0])
    counts = (
        f"{len(doc.numbers)} numbers, {len(doc.dates)} dates, {len(doc.durations)} durations, "
        f"{len(doc.quotes)} quotes, {len(doc.attributions)} sources"
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
    names = tuple(name.strip() for name in value.split(",") if name.strip())
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


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="arnews",
        description="Typed numbers, dates, quotes and sources from Arabic news text.",
    )
    from arnews import __version__

    parser.add_argument("--version", action="version", version=f"arnews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="parse the sample article shipped in the package")
    demo.add_argument("--json", action="store_true", help="print the JSON document instead")

    parse_cmd = sub.add_parser(
        "parse",
        help="parse text files to JSON on stdout",
        description="One JSON object for one file, a JSON array for several files.",
    )
    parse_cmd.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text file, or - for stdin"
    )
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
        help=f"comma-separated kinds to output: {','.join(KIND_FIELDS)}",
    )
    parse_cmd.add_argument("--pretty", action="store_true", help="indent the JSON")

    render = sub.add_parser("render", help="write a right-to-left HTML page with highlights")
    render.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    render.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PAGE.html",
        help="where to write the page (default: stdout)",
    )
    render.add_argument("--published", type=_published_arg, metavar="YYYY-MM-DD")
    render.add_argument("--title", default=None, help="page title (default: the file name)")

    batch = sub.add_parser(
        "batch",
        help="parse a JSON Lines file, one result line per input line",
        description="Streams any size with flat memory; malformed lines are reported on "
        "stderr as 'line N: reason' and skipped; output order matches input order.",
    )
    batch.add_argument("input", metavar="IN.jsonl", help="JSON Lines file, or - for stdin")
    batch.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUT.jsonl",
        help="where to write results (default: stdout)",
    )
    batch.add_argument(
        "--text-field", default="text", help="field holding the text (default: text)"
    )
    batch.add_argument(
        "--published-field", default=None, help="field holding the ISO publication date"
    )
    batch.add_argument(
        "--published",
        type=_published_arg,
        metavar="YYYY-MM-DD",
        help="date used when a line has none",
    )
    batch.add_argument(
        "--workers", type=_workers_arg, default=1, metavar="N", help="worker processes (default: 1)"
    )
    return parser


def _read_text(path: str, stdin: IO[bytes]) -> str:
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
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            f"arnews: {path}: not UTF-8 text "
            f"(byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def _open_output(path: str, stdout: IO[str]) -> IO[str]:
    if path == "-":
        return stdout
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
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


def _cmd_parse(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str]) -> int:
    outputs = [
        _document_json(parse(_read_text(path, stdin), args.published), path, args.only)
        for path in args.files
    ]
    payload: Any = outputs[0] if len(outputs) == 1 else outputs
    stdout.write(json.dumps(payload, ensure_ascii=False, indent=2 if args.pretty else None))
    stdout.write("\n")
    return 0


def _cmd_render(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str]) -> int:
    from arnews.render import render_html

    if _same_file(args.file, args.output):
        raise UserError(
            f"arnews render: {args.output}: the output would overwrite the input", EXIT_USAGE
        )
    text = _read_text(args.file, stdin)
    title = args.title or ("arnews" if args.file == "-" else args.file)
    page = render_html(text, published=args.published, title=title)
    sink = _open_output(args.output, stdout)
    try:
        sink.write(page)
    finally:
        if sink is not stdout:
            sink.close()
    return 0


def _cmd_batch(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]) -> int:
    from arnews.batch import run_batch

    if args.input == "-":
        source: IO[bytes] = stdin
    else:
        try:
            source = open(args.input, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise UserError(f"arnews: {args.input}: no such file") from None
        except OSError as error:
            raise UserError(f"arnews: {args.input}: cannot read ({error.strerror})") from None
    try:
        if _same_file(args.input, args.output):
            raise UserError(
                f"arnews batch: {args.output}: the output would overwrite the input", EXIT_USAGE
            )
        sink = _open_output(args.output, stdout)
        try:
            stats = run_batch(
                source,
                sink,
                text_field=args.text_field,
                published_field=args.published_field,
                published=args.published,
                workers=args.workers,
                errors=stderr,
            )
        finally:
            if sink is not stdout:
                sink.close()
    finally:
        if source is not stdin:
            source.close()
    if stats.skipped or stats.failed:
        failed = f", {stats.failed} failed (please report)" if stats.failed else ""
        stderr.write(
            f"arnews: wrote {stats.written} lines, skipped {stats.skipped} malformed{failed}\n"
        )
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
        args = _build_parser().parse_args(argv)
        if args.command in (None, "demo"):
            doc = parse(sample_article(), published=SAMPLE_PUBLISHED)
            if args.command == "demo" and args.json:
                stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                stdout.write(summary(doc) + "\n")
            return 0
        if args.command == "parse":
            return _cmd_parse(args, stdin, stdout)
        if args.command == "render":
            return _cmd_render(args, stdin, stdout)
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
