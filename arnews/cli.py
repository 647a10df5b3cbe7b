"""Command line: ``arnews demo`` (more commands are being added)."""

from __future__ import annotations

import argparse
import datetime
import sys
from importlib import resources

from arnews.document import Document, parse

__all__ = ["main", "sample_article"]

SAMPLE_PUBLISHED = datetime.date(2016, 9, 10)


def sample_article() -> str:
    """The sample article shipped inside the package."""
    return resources.files("arnews").joinpath("data/sample_article.txt").read_text(encoding="utf-8")


def summary(doc: Document) -> str:
    """A readable summary of every mention in ``doc``."""
    lines = []
    for n in doc.numbers:
        lines.append(f"number   {n.text!r} = {n.value} ({n.kind})")
    for d in doc.dates:
        lines.append(f"date     {d.text!r} = {d.iso} ({d.kind})")
    for u in doc.durations:
        lines.append(f"duration {u.text!r} = {u.value} {u.unit}")
    for q in doc.quotes:
        lines.append(f"quote    {q.speaker} [{q.cue}] {q.kind}: {q.content[:60]!r}")
    for a in doc.attributions:
        lines.append(f"source   {a.source} [{a.cue}] {a.kind}")
    if doc.dateline:
        lines.append(f"dateline {doc.dateline.place} / {doc.dateline.source}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="arnews", description="Parse Arabic news text.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("demo", help="parse the sample article shipped in the package")
    args = parser.parse_args(argv)
    if args.command in (None, "demo"):
        print(summary(parse(sample_article(), published=SAMPLE_PUBLISHED)))
        return 0
    parser.print_usage(sys.stderr)
    return 2
