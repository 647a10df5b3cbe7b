"""Throughput of each arnews extractor over the seed articles, next to dateparser and pyarabic.

Usage::

    python benchmarks/bench.py            # medians of 5 runs
    python benchmarks/bench.py --runs 9 --show 0

Prints characters per second for ``find_numbers``, ``find_dates``, ``find_durations``,
``find_quotes``, ``find_attributions`` and ``parse()`` over the seed articles (one core,
this process only), then runs ``dateparser.search.search_dates(text, languages=['ar'])``
and pyarabic's ``extract_number_phrases(text)`` on the same articles, printing what
each found and its time relative to arnews. The helpers here are shared with ``run.py``.
Nothing here asserts a time: the benchmark reports, the test suite checks behaviour.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
FIXTURES_DIR = ROOT / "tests" / "fixtures"

#: The clock of every throughput figure: CPU time of this process. The benchmark is
#: single-threaded, so on an idle machine this equals wall time; on a shared machine it
#: leaves out the time other processes held the core.
CLOCK = time.process_time
CLOCK_NAME = "CPU time of the measuring process (time.process_time)"

#: Reference date passed to ``parse()``/``find_dates`` when an article has none.
DEFAULT_PUBLISHED = datetime.date(2016, 9, 10)

#: Throughput targets in characters per second (issue 7). Only ``parse()`` has one: the
#: extractors are reported with their cost per 1,000 characters, which for ``parse()`` to
#: reach 1 M chars/s must add up (with normalisation) to under 1,000 us.
TARGETS: dict[str, float] = {
    "parse": 1.5e6,
}


def import_arnews() -> Any:
    """Import arnews, from this checkout when it is not installed."""
    try:
        import arnews
    except ImportError:
        sys.path.insert(0, str(ROOT))
        import arnews
    return arnews


def pin_to_one_core() -> str:
    """Pin this process to one CPU (Linux) so figures are for one core; describe it."""
    if hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        if cpus:
            os.sched_setaffinity(0, {cpus[0]})
            return f"pinned to CPU {cpus[0]} of {os.cpu_count()}"
    return f"not pinned ({os.cpu_count()} CPUs); single-threaded"


def parse_stages(
    texts: Sequence[str], published: datetime.date | None = DEFAULT_PUBLISHED
) -> tuple[dict[str, Callable[[int], Any]], int]:
    """The steps ``parse()`` runs, each as a function of an article's index.

    The texts are normalised (and their word index built) once here, so that each stage
    after the first is timed alone, on the input ``parse()`` gives it: durations get the
    numbers and dates already found, as in ``parse()``. Returns the stages and the number
    of texts, to time with :func:`time_passes` over ``range(count)``.
    """
    import_arnews()
    from arnews.attribution import extract_attributions, extract_dateline
    from arnews.dates import extract_dates, extract_durations
    from arnews.numerals import extract_numbers
    from arnews.quotes import extract_quotes
    from arnews.text import normalize_with_offsets

    prepared = [normalize_with_offsets(text) for text in texts]
    for nt in prepared:
        nt.words  # noqa: B018 - built once, shared by the stages as in parse()
    numbers = [extract_numbers(nt) for nt in prepared]
    dates = [extract_dates(nt, published) for nt in prepared]
    stages: dict[str, Callable[[int], Any]] = {
        "normalise + word index": lambda i: normalize_with_offsets(texts[i]).words,
        "numbers": lambda i: extract_numbers(prepared[i]),
        "dates": lambda i: extract_dates(prepared[i], published),
        "durations (given numbers, dates)": lambda i: extract_durations(
            prepared[i], numbers=numbers[i], dates=dates[i]
        ),
        "quotes": lambda i: extract_quotes(prepared[i]),
        "attributions": lambda i: extract_attributions(prepared[i]),
        "dateline": lambda i: extract_dateline(prepared[i], dates=dates[i], published=published),
    }
    return stages, len(prepared)


def extractors(
    published: datetime.date | None = DEFAULT_PUBLISHED,
) -> dict[str, Callable[[str], Any]]:
    """The public functions to time, each taking one text."""
    arnews = import_arnews()
    from arnews.text import normalize_with_offsets

    return {
        "normalize_with_offsets": normalize_with_offsets,
        "find_numbers": arnews.find_numbers,
        "find_dates": lambda text: arnews.find_dates(text, published=published),
        "find_durations": arnews.find_durations,
        "find_quotes": arnews.find_quotes,
        "find_attributions": arnews.find_attributions,
        "parse": lambda text: arnews.parse(text, published=published),
    }


class Timing:
    """Median wall time of one pass of a function over a list of texts."""

    __slots__ = ("chars", "name", "passes", "runs")

    def __init__(self, name: str, chars: int, runs: list[float], passes: int) -> None:
        """Keep per-run seconds (each run is ``passes`` passes over the texts)."""
        self.name = name
        self.chars = chars
        self.runs = runs
        self.passes = passes

    @property
    def seconds(self) -> float:
        """Median seconds for one pass over all texts."""
        return statistics.median(self.runs) / self.passes

    @property
    def chars_per_second(self) -> float:
        """Characters per second of one pass (median)."""
        return self.chars / self.seconds if self.seconds > 0 else math.inf

    @property
    def spread(self) -> float:
        """(max - min) / median of the runs, a rough noise figure."""
        median = statistics.median(self.runs)
        return (max(self.runs) - min(self.runs)) / median if median > 0 else 0.0


def time_passes(
    name: str,
    func: Callable[[Any], Any],
    texts: Sequence[Any],
    runs: int = 5,
    min_run_seconds: float = 0.2,
    chars: int | None = None,
) -> Timing:
    """Time ``func`` over every text: ``runs`` runs, each long enough to measure.

    A first pass warms caches and sets how many passes make one run (at least
    ``min_run_seconds``); a first pass that already takes that long counts as the
    first run. The figure is the median of the runs. ``chars`` is the size of the
    input when ``texts`` are not the strings themselves (article indices).
    """
    start = CLOCK()
    for text in texts:
        func(text)
    first = CLOCK() - start
    samples: list[float] = []
    if first >= min_run_seconds:
        # A long first pass is a run of its own: large inputs are not timed twice.
        passes = 1
        samples.append(first)
    else:
        passes = max(1, math.ceil(min_run_seconds / first)) if first > 0 else 1000
    while len(samples) < runs:
        start = CLOCK()
        for _ in range(passes):
            for text in texts:
                func(text)
        samples.append(CLOCK() - start)
    size = sum(map(len, texts)) if chars is None else chars
    return Timing(name, size, samples, passes)


# --------------------------------------------------------------------------- peers


def dateparser_search() -> Callable[[str], list[str]] | None:
    """``dateparser.search.search_dates(text, languages=['ar'])`` as a list of found strings."""
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str) -> list[str]:
        found = search_dates(text, languages=["ar"])
        return [s for s, _ in found] if found else []

    return run


def pyarabic_numbers() -> Callable[[str], list[str]] | None:
    """pyarabic's number-phrase extraction (``pyarabic.number.extract_number_phrases``)."""
    try:
        from pyarabic.number import extract_number_phrases  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str) -> list[str]:
        return [str(p) for p in extract_number_phrases(text)]

    return run


def peer_version(dist: str) -> str:
    """Installed version of a distribution, or 'not installed'."""
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


# --------------------------------------------------------------------------- seeds


class SeedArticle:
    """A seed article, its publication date and its gold annotation (if any)."""

    __slots__ = ("gold", "name", "published", "text")

    def __init__(self, name: str, text: str, published: datetime.date, gold: dict[str, Any]):
        """Keep the fields."""
        self.name = name
        self.text = text
        self.published = published
        self.gold = gold

    def gold_spans(self, kind: str) -> list[tuple[int, int, bool]]:
        """(start, end, optional) of the gold items of ``kind``, located as the scorer does."""
        spans = []
        for item in self.gold.get(kind, []):
            pos = -1
            for _ in range(item.get("occurrence", 1)):
                pos = self.text.find(item["text"], pos + 1)
            if pos >= 0:
                spans.append((pos, pos + len(item["text"]), bool(item.get("optional"))))
        return spans


def load_seed_articles() -> list[SeedArticle]:
    """The seed articles, with gold from ``tests/fixtures`` when present."""
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted(FIXTURES_DIR.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["article"]] = gold
    articles = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        gold = golds.get(path.name, {})
        published = gold.get("published")
        articles.append(
            SeedArticle(
                path.name,
                path.read_text(encoding="utf-8"),
                datetime.date.fromisoformat(published) if published else DEFAULT_PUBLISHED,
                gold,
            )
        )
    return articles


def locate_strings(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of strings a peer returned without offsets: each searched after the last."""
    spans = []
    pos = 0
    for s in found:
        at = text.find(s, pos)
        if at < 0:
            at = text.find(s)
        if at >= 0:
            spans.append((at, at + len(s)))
            pos = at + 1
    return spans


def gold_hits(spans: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int, bool]]) -> int:
    """How many required gold spans some found span overlaps (no value check)."""
    return sum(
        1 for gs, ge, optional in gold if not optional and any(s < ge and gs < e for s, e in spans)
    )


# --------------------------------------------------------------------------- output


def si(x: float) -> str:
    """A rate in human units: 1.23 M, 456 k."""
    if math.isinf(x):
        return "inf"
    for factor, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if abs(x) >= factor:
            return f"{x / factor:.2f}{suffix}"
    return f"{x:.0f}"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], markdown: bool = False) -> str:
    """Render rows as an aligned text table, or as a Markdown table."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    out = []
    for n, row in enumerate(cells):
        out.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    """'PASS' or 'FAIL' against a target."""
    met = value >= target if higher_is_better else value <= target
    return "PASS" if met else "FAIL"


def throughput_rows(timings: Sequence[Timing]) -> list[list[str]]:
    """Table rows: name, chars/s, us per 1,000 chars, ms per pass, spread, target, verdict."""
    rows = []
    for t in timings:
        target = TARGETS.get(t.name)
        rows.append(
            [
                t.name,
                si(t.chars_per_second),
                f"{1e9 / t.chars_per_second:.0f}" if t.chars_per_second else "",
                f"{t.seconds * 1e3:.2f}",
                f"{t.spread:.0%}",
                si(target) if target else "",
                verdict(t.chars_per_second, target) if target else "",
            ]
        )
    return rows


THROUGHPUT_HEADER = ["function", "chars/s", "us/1k chars", "ms/pass", "spread", "target", "met"]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="arnews throughput on the seed articles")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument(
        "--show", type=int, default=12, help="found strings to print per article (0: none)"
    )
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    args = parser.parse_args(argv)

    core = pin_to_one_core()
    seeds = load_seed_articles()
    texts = [s.text for s in seeds]
    chars = sum(map(len, texts))
    print(f"seed articles: {len(texts)} texts, {chars:,} characters; {core}")
    print()
    funcs = extractors()
    timings = [time_passes(name, f, texts, runs=args.runs) for name, f in funcs.items()]
    print(table(THROUGHPUT_HEADER, throughput_rows(timings), args.markdown))
    by_name = {t.name: t for t in timings}
    print()
    print(peers_on_seeds(seeds, by_name, args.runs, args.show, args.markdown))
    return 0


def peers_on_seeds(
    seeds: Sequence[SeedArticle],
    arnews_timings: dict[str, Timing],
    runs: int,
    show: int,
    markdown: bool,
) -> str:
    """What dateparser, pyarabic and arnews found in each seed article, and the time ratios."""
    arnews = import_arnews()
    texts = [s.text for s in seeds]
    out: list[str] = []
    search = dateparser_search()
    numbers = pyarabic_numbers()
    rows: list[list[str]] = []
    peers: list[tuple[str, Callable[[str], list[str]] | None, str, str]] = [
        (f"dateparser {peer_version('dateparser')} search_dates", search, "find_dates", "dates"),
        (
            f"pyarabic {peer_version('pyarabic')} extract_number_phrases",
            numbers,
            "find_numbers",
            "numbers",
        ),
    ]
    for label, peer, ours, kind in peers:
        if peer is None:
            out.append(f"{label}: not installed (pip install 'arnews[bench]')")
            continue
        peer_timing = time_passes(
            label, peer, texts, runs=max(1, min(runs, 3)), min_run_seconds=0.05
        )
        our_timing = arnews_timings[ours]
        peer_found = peer_hits = our_found = our_hits = required = 0
        details: list[str] = []
        for seed in seeds:
            got = peer(seed.text)
            if ours == "find_dates":
                mentions = arnews.find_dates(seed.text, published=seed.published)
            else:
                mentions = arnews.find_numbers(seed.text)
            gold = seed.gold_spans(kind)
            required += sum(1 for *_, optional in gold if not optional)
            peer_found += len(got)
            our_found += len(mentions)
            peer_hits += gold_hits(locate_strings(seed.text, got), gold)
            our_hits += gold_hits([(m.start, m.end) for m in mentions], gold)
            if show:
                details.append(
                    f"  {seed.name[:3]} {label.split()[0]} ({len(got)}): " + " | ".join(got[:show])
                )
                details.append(
                    f"  {seed.name[:3]} arnews.{ours} ({len(mentions)}): "
                    + " | ".join(m.text for m in mentions[:show])
                )
        rows.append(
            [
                label,
                str(peer_found),
                f"{peer_hits}/{required}",
                si(peer_timing.chars_per_second),
                f"arnews.{ours}",
                str(our_found),
                f"{our_hits}/{required}",
                si(our_timing.chars_per_second),
                f"{peer_timing.seconds / our_timing.seconds:.1f}x",
            ]
        )
        out.extend(details)
    header = [
        "peer",
        "found",
        "gold hit",
        "chars/s",
        "arnews",
        "found",
        "gold hit",
        "chars/s",
        "peer time / arnews",
    ]
    out.insert(0, table(header, rows, markdown) + "\n")
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
