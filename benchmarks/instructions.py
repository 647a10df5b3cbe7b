"""Instructions per article of ``parse()`` and of each of its steps, counted by valgrind.

Timings on a shared machine move by 10 to 30 % from one run to the next, which hides
the effect of most single changes. The number of instructions the interpreter executes
does not depend on the load: for the same code and input it repeats to a few parts in
ten thousand (hash randomisation is switched off for the count). So this script is the
gauge for a change, and ``benchmarks/run.py`` the measure of speed. It needs valgrind
(``apt install valgrind``) and takes about a minute per step.

Usage::

    python benchmarks/instructions.py                     # every step, 100 articles
    python benchmarks/instructions.py --steps parse,quotes --articles 200

Each step runs under ``valgrind --tool=callgrind`` in a fresh interpreter that imports
arnews, warms up on other articles, prepares the input the step gets inside ``parse()``
(the text normalised, its word index built, numbers and dates read), and then runs the
step over N corpus articles. The same run without the step (``none``) is subtracted,
and the difference divided by N. Instruction counts leave out what the processor's
caches do, so they show the work done, not all of the time it takes.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STEPS = ("normalize", "numbers", "dates", "durations", "quotes", "attributions", "parse")
PUBLISHED = datetime.date(2016, 9, 10)
_COLLECTED = re.compile(r"Collected : (\d+)")


def run_step(step: str, articles: int, size: int = corpus.DEFAULT_SIZE) -> None:
    """Prepare the input of ``step`` for ``articles`` articles of the corpus (of ``size``
    characters) and run it once."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from arnews.attribution import extract_attributions
    from arnews.dates import extract_dates, extract_durations
    from arnews.document import parse
    from arnews.numerals import extract_numbers
    from arnews.quotes import extract_quotes
    from arnews.text import normalize_with_offsets

    texts = corpus.corpus_articles(size)
    for text in texts[-30:]:  # compile what is compiled on first use, on other articles
        parse(text, published=PUBLISHED)
    chosen = texts[:articles]
    nts = [normalize_with_offsets(text) for text in chosen]
    for nt in nts:
        _ = nt.words
    numbers = [extract_numbers(nt) for nt in nts]
    dates = [extract_dates(nt, PUBLISHED) for nt in nts]
    if step == "normalize":
        for text in chosen:
            _ = normalize_with_offsets(text).words
    elif step == "numbers":
        for nt in nts:
            extract_numbers(nt)
    elif step == "dates":
        for nt in nts:
            extract_dates(nt, PUBLISHED)
    elif step == "durations":
        for nt, found, when in zip(nts, numbers, dates, strict=True):
            extract_durations(nt, numbers=found, dates=when)
    elif step == "quotes":
        for nt in nts:
            extract_quotes(nt)
    elif step == "attributions":
        for nt in nts:
            extract_attributions(nt)
    elif step == "parse":
        for text in chosen:
            parse(text, published=PUBLISHED)
    elif step != "none":
        raise SystemExit(f"unknown step {step!r}; one of: none, {', '.join(STEPS)}")


def count(step: str, articles: int) -> int:
    """Instructions executed by a fresh interpreter running ``step`` (valgrind callgrind)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            step,
            "--articles",
            str(articles),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    found = _COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed on step {step!r}:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    """Print millions of instructions per article for each step asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", default=",".join(STEPS), help="comma-separated steps")
    parser.add_argument("--articles", type=int, default=100, help="corpus articles per step")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        run_step(args.child, args.articles)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    steps = [s for s in args.steps.split(",") if s]
    baseline = count("none", args.articles)
    print(f"{'step':14s} M instructions/article ({args.articles} corpus articles)")
    for step in steps:
        per_article = (count(step, args.articles) - baseline) / args.articles
        print(f"{step:14s} {per_article / 1e6:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
