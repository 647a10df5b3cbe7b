"""The whole arnews benchmark: one command, one table per question, targets checked.

Usage::

    python benchmarks/run.py             # full run (a few minutes)
    python benchmarks/run.py --quick     # smaller inputs, fewer runs (under a minute)
    python benchmarks/run.py --markdown  # the same, as Markdown (for docs/performance.md)
    python benchmarks/run.py --profile   # cProfile of parse() over 1 MB of the corpus

Sections, all measured on one core (the process pins itself to one CPU; no worker
processes in any throughput figure), each figure the median of several runs, timed in
CPU time of the measuring process so that other load on a shared machine does not count:

1. ``import arnews`` time in fresh interpreters (wall and CPU time minus
   ``python -c pass``, and ``-X importtime``'s cumulative figure);
2. characters per second of each extractor and of ``parse()`` over the corpus built by
   ``benchmarks/corpus.py`` from the seed articles (>= 5 MB, no downloads), one call per
   article;
   then ``arnews batch`` (JSON Lines in and out, ids kept, one worker) next to
   ``parse()`` alone on the same articles, with its overhead;
3. the same over the seed articles joined and repeated 20 times (one text), the measure
   the extractor owners use;
4. per-character cost of ``parse()`` on one text of 10 KB, 1 MB and 10 MB;
5. peak memory of ``parse()`` on a 1 MB text (tracemalloc; VmHWM) and resident
   memory while ``arnews.parse_many`` works through N and 5N texts in batch mode (fresh
   child processes);
6. dateparser's ``search_dates(text, languages=['ar'])`` and pyarabic's
   ``extract_number_phrases`` side by side with arnews on the same articles (a subset
   sized to a time budget, since the peers are slow): mentions found, chars/s, time
   ratio, and gold spans hit on the seeds;
7. the seed gold score (``scripts/score_gold.py``), so speed is never bought with accuracy;
8. the targets, each with a PASS or FAIL line.

Nothing here asserts: the benchmark reports, the test suite checks behaviour.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bench
import corpus

ROOT = Path(__file__).resolve().parent.parent

IMPORT_TARGET_MS = 150.0
SCALING_TARGET = 1.5
#: "Memory flat in batch mode": resident memory may grow by at most this much after the
#: first tenth of the corpus has been parsed.
BATCH_GROWTH_TARGET_MB = 10.0
#: ``arnews batch`` (JSON in and out, one worker) may cost at most this much more CPU
#: time than ``parse()`` alone on the same articles.
BATCH_OVERHEAD_TARGET = 0.20


class Report:
    """Collects output (text or Markdown) and the target verdicts."""

    def __init__(self, markdown: bool) -> None:
        """Start empty."""
        self.markdown = markdown
        self.targets: list[list[str]] = []

    def heading(self, title: str) -> None:
        """Print a section heading."""
        print()
        print(f"### {title}" if self.markdown else f"== {title} ==")
        print()
        sys.stdout.flush()

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Print a table."""
        print(bench.table(header, rows, self.markdown))
        sys.stdout.flush()

    def line(self, text: str = "") -> None:
        """Print a line of prose."""
        print(text)
        sys.stdout.flush()

    def target(self, name: str, value: str, target: str, met: bool) -> None:
        """Record one target and whether it was met."""
        self.targets.append([name, value, target, "PASS" if met else "FAIL"])


# --------------------------------------------------------------------------- environment


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return "RAM unknown"


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "?"
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f} (1, 5, 15 min) at the start"


def _git(*args: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return "?"
    return result.stdout.strip()


def environment(core: str) -> list[list[str]]:
    """Rows describing the machine and the software measured."""
    try:
        version = bench.import_arnews().__version__
    except Exception as exc:  # a module mid-edit: still describe the machine
        version = f"(import failed: {exc!r})"
    dirty = _git("status", "--porcelain", "--", "arnews")
    commit = _git("rev-parse", "--short", "HEAD") + (" (+ uncommitted changes)" if dirty else "")
    return [
        ["date (UTC)", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")],
        [
            "machine",
            f"{_cpu_model()}, {os.cpu_count()} CPUs, {_memory()}, {platform.system()}",
        ],
        ["measured on", core],
        ["clock", bench.CLOCK_NAME],
        ["load average", _load()],
        ["python", f"{platform.python_implementation()} {platform.python_version()}"],
        ["arnews", f"{version} at commit {commit}"],
        [
            "libraries",
            ", ".join(
                f"{d} {bench.peer_version(d)}" for d in ("regex", "attrs", "dateparser", "pyarabic")
            ),
        ],
        ["command", "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])],
    ]


# --------------------------------------------------------------------------- import time


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _bytecode_env(cache: str) -> dict[str, str]:
    """A child environment that keeps compiled bytecode, as an installed package has.

    ``pip install`` compiles every module; a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` would compile them on every import instead. The cache
    goes to ``cache`` (a temporary directory), never into the working tree.
    """
    env = _child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def import_time(runs: int) -> tuple[float, float, float]:
    """``import arnews`` in fresh interpreters, medians of ``runs``, in ms.

    Returns (wall time, CPU time (user + system), ``-X importtime`` cumulative), the
    first two as the interpreter running ``import arnews`` minus one running ``pass``.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="arnews-pycache-") as cache:
        return _import_time(runs, _bytecode_env(cache))


def _import_time(runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    def child(code: str) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu

    def importtime() -> float:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import arnews"],
            check=True,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        for line in result.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "arnews":
                return int(parts[1]) / 1e6
        return float("nan")

    child("import arnews")  # warm the filesystem cache, write the bytecode cache
    base = [child("pass") for _ in range(runs)]
    full = [child("import arnews") for _ in range(runs)]
    cumulative = [importtime() for _ in range(runs)]

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1e3

    return (
        median_ms([w for w, _ in full]) - median_ms([w for w, _ in base]),
        median_ms([c for _, c in full]) - median_ms([c for _, c in base]),
        median_ms(cumulative),
    )


# --------------------------------------------------------------------------- memory


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return _peak_rss_mb()


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: Linux keeps ``ru_maxrss``
    across ``fork`` and ``exec``, so a child started by a big parent would report the
    parent's peak. Elsewhere ``ru_maxrss``.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Linux/macOS
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _corpus(corpus_size: int) -> list[str]:
    """The corpus of ``corpus_size`` characters (cached on disk only at full size).

    The real articles of ``../shared/corpus`` when they are there, else the synthetic
    corpus built from the seeds.
    """
    real = corpus.real_articles(corpus_size)
    if real:
        return real
    return _synthetic_corpus(corpus_size)


def _synthetic_corpus(corpus_size: int) -> list[str]:
    """The corpus built from the seed articles by ``benchmarks/corpus.py``."""
    cache = corpus.CORPUS_DIR if corpus_size >= corpus.DEFAULT_SIZE else None
    return corpus.corpus_articles(corpus_size, cache_dir=cache)


def child_batch(size: int, corpus_size: int) -> None:
    """(Child process) parse_many over ``size`` characters of the corpus; print RSS samples."""
    arnews = bench.import_arnews()
    articles = _corpus(corpus_size)
    chars_total = 0
    wanted: list[str] = []
    while chars_total < size and articles:
        for article in articles:
            wanted.append(article)
            chars_total += len(article)
            if chars_total >= size:
                break
    marks = {max(1, len(wanted) * k // 10): k * 10 for k in range(1, 11)}
    samples: dict[str, float] = {"0": _rss_mb()}
    mentions = 0
    for n, doc in enumerate(arnews.parse_many(iter(wanted), published=bench.DEFAULT_PUBLISHED), 1):
        mentions += len(doc.numbers) + len(doc.dates) + len(doc.quotes) + len(doc.attributions)
        if n in marks:
            samples[str(marks[n])] = _rss_mb()
    for k in range(1, 11):  # fewer than ten texts: repeat the last sample
        samples.setdefault(str(k * 10), samples[str((k - 1) * 10)])
    print(
        json.dumps(
            {
                "texts": len(wanted),
                "chars": chars_total,
                "mentions": mentions,
                "peak": _peak_rss_mb(),
                **samples,
            }
        )
    )


def batch_memory(size: int, corpus_size: int) -> dict[str, float]:
    """Run :func:`child_batch` in a fresh interpreter and return its samples."""
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child-batch",
            str(size),
            "--child-corpus",
            str(corpus_size),
        ],
        check=True,
        env=_child_env(),
        capture_output=True,
        text=True,
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def peak_memory(text: str) -> float:
    """Peak bytes allocated (tracemalloc) while ``parse()`` works on ``text``."""
    arnews = bench.import_arnews()
    tracemalloc.start()
    try:
        arnews.parse(text, published=bench.DEFAULT_PUBLISHED)
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


# --------------------------------------------------------------------------- profile


def profile(articles: Sequence[str], size: int, top: int) -> None:
    """cProfile ``parse()`` over ``size`` characters of articles; print hot spots."""
    arnews = bench.import_arnews()
    texts: list[str] = []
    total = 0
    for article in articles:
        if total >= size:
            break
        texts.append(article)
        total += len(article)
    # Warm up first: patterns that are compiled on first use would otherwise dominate.
    for text in articles[-20:]:
        arnews.parse(text, published=bench.DEFAULT_PUBLISHED)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        arnews.parse(text, published=bench.DEFAULT_PUBLISHED)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total_time = sum(v[2] for v in raw.values()) or 1.0
    print(f"cProfile of parse() over {len(texts)} articles, {total:,} chars (after a warm-up)")
    print(f"total own time {total_time:.2f} s (profiler overhead included)")
    by_module: dict[str, float] = {}
    rows = []
    for (filename, lineno, func), (_cc, ncalls, tottime, cumtime, _callers) in raw.items():
        short = _short(filename)
        by_module[short] = by_module.get(short, 0.0) + tottime
        rows.append((tottime, cumtime, ncalls, f"{short}:{lineno}:{func}"))
    rows.sort(reverse=True)
    print()
    print(
        bench.table(
            ["function (own time)", "own s", "share", "cum s", "calls"],
            [
                [name, f"{own:.3f}", f"{own / total_time:.1%}", f"{cum:.3f}", calls]
                for own, cum, calls, name in rows[:top]
            ],
        )
    )
    print()
    print(
        bench.table(
            ["module", "own s", "share"],
            [
                [mod, f"{own:.3f}", f"{own / total_time:.1%}"]
                for mod, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]
            ],
        )
    )


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return filename if filename.startswith("~") else path.name


# --------------------------------------------------------------------------- main


class Plan:
    """Sizes, run counts and time budgets of one benchmark run."""

    __slots__ = (
        "batch_chars",
        "big_runs",
        "corpus_chars",
        "import_runs",
        "measure_chars",
        "peer_seconds",
        "runs",
        "scaling_sizes",
        "seed_repeats",
    )

    def __init__(self, quick: bool, runs: int | None) -> None:
        """The full plan, or the ``--quick`` one."""
        self.runs = runs or (3 if quick else 5)
        self.big_runs = runs or (1 if quick else 3)
        self.import_runs = 5 if quick else 11
        self.corpus_chars = corpus.DEFAULT_SIZE
        self.measure_chars = 1_000_000 if quick else corpus.DEFAULT_SIZE
        self.seed_repeats = 20
        self.scaling_sizes = [10_000, 1_000_000] + ([] if quick else [10_000_000])
        self.batch_chars = 1_000_000 if quick else corpus.DEFAULT_SIZE
        self.peer_seconds = 10.0 if quick else 60.0

    @classmethod
    def tiny(cls) -> Plan:
        """A plan that runs every section in seconds (the smoke test uses it)."""
        plan = cls(quick=True, runs=1)
        plan.import_runs = 1
        plan.corpus_chars = 20_000
        plan.measure_chars = 5_000
        plan.seed_repeats = 1
        plan.scaling_sizes = [1_000, 4_000]
        plan.batch_chars = 5_000
        plan.peer_seconds = 0.5
        return plan


class Suite:
    """The sections of the benchmark, sharing the corpus and the timings."""

    def __init__(self, report: Report, plan: Plan) -> None:
        """Load the corpus and the seeds."""
        self.report = report
        self.plan = plan
        self.runs = plan.runs
        self.big_runs = plan.big_runs
        self.all_articles = _corpus(plan.corpus_chars)
        self.real_corpus = bool(corpus.real_articles(1))
        self.corpus_chars = sum(map(len, self.all_articles))
        self.seeds = bench.load_seed_articles()
        self.seed_texts = [s.text for s in self.seeds]
        self.seed_timings: dict[str, bench.Timing] = {}

    def sections(self) -> list[Any]:
        """Every section, in the order they are printed."""
        return [
            self.import_section,
            self.corpus_section,
            self.batch_section,
            self.seeds_section,
            self.scaling_section,
            self.memory_section,
            self.peers_section,
            self.accuracy_section,
        ]

    def import_section(self) -> None:
        """``import arnews`` time in fresh interpreters."""
        runs = self.plan.import_runs
        self.report.heading(f"import arnews (fresh interpreters, median of {runs})")
        self.report.line(
            "Bytecode cached (as after pip install), in a temporary PYTHONPYCACHEPREFIX; "
            "each figure is the interpreter running `import arnews` minus one running `pass`."
        )
        self.report.line()
        wall_ms, cpu_ms, cumulative_ms = import_time(runs)
        self.report.table(
            ["measure", "ms"],
            [
                [
                    "wall time of `python -c 'import arnews'` minus `python -c pass`",
                    f"{wall_ms:.1f}",
                ],
                ["CPU time (user + system) of the same, minus `python -c pass`", f"{cpu_ms:.1f}"],
                ["`python -X importtime`, cumulative for arnews", f"{cumulative_ms:.1f}"],
            ],
        )
        import_ms = cpu_ms
        self.report.target(
            "import arnews (CPU time)",
            f"{import_ms:.0f} ms",
            f"< {IMPORT_TARGET_MS:.0f} ms",
            import_ms < IMPORT_TARGET_MS,
        )

    def corpus_section(self) -> None:
        """Characters per second of each extractor over the corpus."""
        articles = _take(self.all_articles, self.plan.measure_chars)
        chars = sum(map(len, articles))
        n_seeds = len(list(corpus.SEEDS_DIR.glob("*.txt")))
        self.report.heading("Throughput on the corpus (one core, median of runs)")
        origin = (
            f"real news articles of {corpus.REAL_CORPUS_DIR.name}/*.jsonl.gz (../shared)"
            if self.real_corpus
            else f"synthetic articles built by benchmarks/corpus.py from {n_seeds} seed articles"
        )
        self.report.line(
            f"corpus: {len(self.all_articles):,} {origin}, "
            f"{self.corpus_chars:,} characters; measured on {len(articles):,} articles, {chars:,} "
            f"characters, one call per article; {self.big_runs} run(s) per figure; dates "
            f"and parse() with published={bench.DEFAULT_PUBLISHED}. Each find_* function "
            f"normalises the text itself; us/1k chars is the CPU time per 1,000 characters."
        )
        self.report.line()
        timings = {
            name: bench.time_passes(name, func, articles, runs=self.big_runs, min_run_seconds=0.5)
            for name, func in bench.extractors().items()
        }
        self.report.table(bench.THROUGHPUT_HEADER, bench.throughput_rows(list(timings.values())))
        rate = timings["parse"].chars_per_second
        target = bench.TARGETS["parse"]
        self.report.target(
            "parse() chars/s on the corpus",
            bench.si(rate),
            f">= {bench.si(target)}",
            rate >= target,
        )
        self.stages_table(articles, chars, timings["parse"])
        if self.real_corpus:
            self.synthetic_figure()

    def synthetic_figure(self) -> None:
        """The second figure: parse() over the synthetic corpus built from the seeds."""
        articles = _take(_synthetic_corpus(self.plan.corpus_chars), self.plan.measure_chars)
        timing = bench.time_passes(
            "parse", bench.extractors()["parse"], articles, runs=self.big_runs, min_run_seconds=0.5
        )
        self.report.line()
        self.report.line(
            f"Second figure, parse() over the synthetic corpus built from the seed articles "
            f"({sum(map(len, articles)):,} characters): "
            f"{bench.si(timing.chars_per_second)} chars/s."
        )

    def batch_section(self) -> None:
        """``arnews batch`` throughput next to ``parse()`` alone, on the same articles."""
        import io

        import arnews
        from arnews.batch import run_batch

        articles = _take(self.all_articles, self.plan.measure_chars)
        chars = sum(map(len, articles))
        published = str(bench.DEFAULT_PUBLISHED)
        lines = "".join(
            json.dumps(
                {"id": f"a{n}", "outlet": "bench", "published": published, "text": text},
                ensure_ascii=False,
            )
            + "\n"
            for n, text in enumerate(articles)
        ).encode("utf-8")

        class Discard(io.StringIO):
            def write(self, s: str) -> int:
                return len(s)

        def parse_all(_: Any) -> None:
            for text in articles:
                arnews.parse(text, published=published)

        def batch_all(_: Any) -> None:
            run_batch(io.BytesIO(lines), Discard(), workers=1)

        timings = [
            bench.time_passes(
                name, func, [None], runs=self.big_runs, min_run_seconds=0.5, chars=chars
            )
            for name, func in (("parse() alone", parse_all), ("arnews batch", batch_all))
        ]
        self.report.heading("arnews batch next to parse() (one core, median of runs)")
        self.report.line(
            f"{len(articles):,} articles, {chars:,} characters, as JSON Lines with id, outlet "
            "and published; batch reads, parses, keeps the fields and writes one JSON line per "
            "article (run_batch, one worker, output discarded)."
        )
        self.report.line()
        self.report.table(bench.THROUGHPUT_HEADER, bench.throughput_rows(timings))
        overhead = timings[1].seconds / timings[0].seconds - 1
        self.report.target(
            "arnews batch overhead over parse()",
            f"{overhead:.0%}",
            f"< {BATCH_OVERHEAD_TARGET:.0%}",
            overhead < BATCH_OVERHEAD_TARGET,
        )

    def stages_table(self, articles: list[str], chars: int, parse: bench.Timing) -> None:
        """Where ``parse()``'s time goes: each step it runs, timed alone on the same articles."""
        stages, count = bench.parse_stages(articles)
        self.report.line()
        self.report.line(
            "parse() step by step: each step timed alone over the same articles, on the "
            "input parse() gives it (the text normalised once, its word index built once, "
            "durations given the numbers and dates). The 1.5 M chars/s target is 667 us "
            "per 1,000 characters in all."
        )
        self.report.line()
        rows = []
        total = 0.0
        for name, func in stages.items():
            timing = bench.time_passes(
                name, func, range(count), runs=self.big_runs, min_run_seconds=0.5, chars=chars
            )
            cost = 1e9 / timing.chars_per_second
            total += cost
            rows.append([name, f"{cost:.0f}", f"{cost / (1e9 / parse.chars_per_second):.0%}"])
        parse_cost = 1e9 / parse.chars_per_second
        rows.append(["sum of the steps", f"{total:.0f}", f"{total / parse_cost:.0%}"])
        rows.append(["parse() (from the table above)", f"{parse_cost:.0f}", "100%"])
        self.report.table(["step", "us/1k chars", "share of parse()"], rows)

    def seeds_section(self) -> None:
        """Characters per second over the seed articles joined and repeated (one text)."""
        repeats = self.plan.seed_repeats
        text = "\n\n".join(self.seed_texts) * repeats
        self.report.heading(f"Throughput on the seed articles x{repeats} (one text)")
        self.report.line(
            f'"\\n\\n".join({len(self.seeds)} seed articles) * {repeats}: one text of '
            f"{len(text):,} characters; median of {self.runs} runs. This is the measure "
            f"each extractor's owner uses."
        )
        self.report.line()
        timings = [
            bench.time_passes(name, func, [text], runs=self.runs)
            for name, func in bench.extractors().items()
        ]
        self.report.table(bench.THROUGHPUT_HEADER, bench.throughput_rows(timings))

    def scaling_section(self) -> None:
        """Per-character cost of parse() on one text of each size."""
        self.report.heading("Scaling: parse() on one text of each size")
        sizes = self.plan.scaling_sizes
        rows = []
        costs: list[float] = []
        parse = bench.extractors()["parse"]
        for size in sizes:
            text = corpus.text_of_size(self.all_articles, size)
            timing = bench.time_passes(
                f"parse {size}",
                parse,
                [text],
                runs=self.runs if size < 1_000_000 else self.big_runs,
                min_run_seconds=0.3,
            )
            cost = timing.seconds / size * 1e9
            costs.append(cost)
            rows.append(
                [
                    f"{size:,}",
                    f"{cost:.0f}",
                    bench.si(timing.chars_per_second),
                    f"{cost / costs[0]:.2f}x",
                    len(timing.runs),
                ]
            )
        self.report.table(["chars", "ns/char", "chars/s", "vs smallest", "runs"], rows)
        worst = max(costs) / min(costs)
        self.report.target(
            f"per-char cost {sizes[0]:,} .. {sizes[-1]:,} chars",
            f"{worst:.2f}x",
            f"<= {SCALING_TARGET}x",
            worst <= SCALING_TARGET,
        )

    def memory_section(self) -> None:
        """Peak memory of one parse() and RSS over a batch of N and 5N texts."""
        self.report.heading("Memory")
        one_mb = corpus.text_of_size(self.all_articles, min(1_000_000, self.plan.measure_chars))
        peak = peak_memory(one_mb)
        text_bytes = sys.getsizeof(one_mb)
        self.report.line(
            f"peak allocated by parse() on a {len(one_mb):,}-char text (tracemalloc): "
            f"{peak / 2**20:.1f} MB ({peak / text_bytes:.1f}x the {text_bytes / 2**20:.1f} MB "
            f"input string); peak RSS of this benchmark process so far: "
            f"{_peak_rss_mb():.0f} MB"
        )
        self.report.line()
        big = self.plan.batch_chars
        small = batch_memory(big // 5, self.plan.corpus_chars)
        large = batch_memory(big, self.plan.corpus_chars)
        self.report.line(
            "batch mode: arnews.parse_many (workers=1) over N and 5N texts of the corpus, "
            "each in a fresh process; resident memory (MB) before, after each tenth of the "
            "texts, and the process peak (VmHWM):"
        )
        self.report.line()
        marks = ["0"] + [str(k * 10) for k in range(1, 11)]
        self.report.table(
            ["texts", "chars", *[f"{m}%" for m in marks], "peak"],
            [
                [
                    f"{int(s['texts']):,}",
                    f"{int(s['chars']):,}",
                    *[f"{s[m]:.1f}" for m in marks],
                    f"{s['peak']:.1f}",
                ]
                for s in (small, large)
            ],
        )
        growth = large["100"] - large["10"]
        self.report.target(
            "batch RSS growth after the first 10% (5N texts)",
            f"{growth:+.1f} MB",
            f"<= {BATCH_GROWTH_TARGET_MB:.0f} MB",
            growth <= BATCH_GROWTH_TARGET_MB,
        )
        peak_growth = large["peak"] - small["peak"]
        self.report.target(
            "batch peak RSS, 5N texts minus N texts",
            f"{peak_growth:+.1f} MB",
            f"<= {BATCH_GROWTH_TARGET_MB:.0f} MB",
            peak_growth <= BATCH_GROWTH_TARGET_MB,
        )

    def peers_section(self) -> None:
        """dateparser and pyarabic next to arnews on the same articles."""
        self.report.heading("Peers on the same texts")
        runs = min(self.runs, 3)
        sample = self._peer_sample(runs)
        self.report.line(
            f"Peers are slow, so this section uses a subset: {len(sample)} articles "
            f"({len(self.seeds)} seeds + the first corpus articles), "
            f"{sum(map(len, sample)):,} characters, sized so that the slowest peer "
            f"takes about {self.plan.peer_seconds:.0f} s; each tool called once per "
            f"article, in this process, medians of {runs} runs."
        )
        self.report.line()
        self.report.table(
            ["tool", "mentions found", "chars/s", "time / arnews same kind", "time / parse()"],
            _peer_rows(sample, runs),
        )
        self.report.line()
        self.report.line(
            "On the seed articles, against the gold (required gold spans overlapped, "
            "values not compared):"
        )
        self.report.line()
        if not self.seed_timings:
            self.seed_timings = {
                name: bench.time_passes(name, func, self.seed_texts, runs=self.runs)
                for name, func in bench.extractors().items()
                if name in ("find_dates", "find_numbers")
            }
        self.report.line(
            bench.peers_on_seeds(self.seeds, self.seed_timings, runs, 0, self.report.markdown)
        )

    def _peer_sample(self, runs: int) -> list[str]:
        """Seeds plus corpus articles, as many as the slowest peer handles in the budget."""
        slowest = 0.0
        for peer in (bench.dateparser_search(), bench.pyarabic_numbers()):
            if peer is None:
                continue
            start = bench.CLOCK()
            for text in self.seed_texts:
                peer(text)
            slowest = max(slowest, bench.CLOCK() - start)
        seed_chars = sum(map(len, self.seed_texts))
        if slowest <= 0:
            extra = seed_chars
        else:
            rate = seed_chars / slowest
            # The budget covers the warm-up pass and ``runs`` timed passes.
            extra = int(rate * self.plan.peer_seconds / (runs + 1)) - seed_chars
        return self.seed_texts + _take(self.all_articles, max(0, extra))

    def accuracy_section(self) -> None:
        """The seed gold score, from scripts/score_gold.py."""
        self.report.heading("Seed gold score (scripts/score_gold.py)")
        score = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "score_gold.py")],
            env=_child_env(),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        fence = "```" if self.report.markdown else ""
        output = (score.stdout if score.returncode == 0 else score.stderr).rstrip()
        self.report.line("\n".join(filter(None, [fence, output, fence])))


def run_suite(report: Report, plan: Plan, pin: bool = True) -> int:
    """Print the environment, every section and the targets; return the failed sections.

    ``pin`` pins this process to one CPU first (the smoke test leaves it unpinned).
    """
    core = bench.pin_to_one_core() if pin else f"not pinned ({os.cpu_count()} CPUs)"
    report.heading("Environment")
    report.table(["item", "value"], environment(core))
    suite = Suite(report, plan)
    failed = 0
    for section in suite.sections():
        try:
            section()
        except Exception as exc:  # a parser mid-edit must not hide the other figures
            failed += 1
            detail = getattr(exc, "stderr", None) or ""
            last = detail.strip().splitlines()[-1] if detail.strip() else ""
            report.line(f"SECTION FAILED ({section.__name__}): {exc!r} {last}")
            report.targets.append([section.__name__, "error", "", "FAIL"])
    report.heading("Targets")
    report.table(["target", "measured", "goal", "result"], report.targets)
    print()
    for name, value, goal, verdict in report.targets:
        print(f"{verdict}: {name}: {value} (goal {goal})")
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="the arnews benchmark suite")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer runs")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (median)")
    parser.add_argument(
        "--profile", type=float, default=None, metavar="CHARS", help="only profile parse()"
    )
    parser.add_argument("--child-batch", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--child-corpus", type=int, default=corpus.DEFAULT_SIZE, help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.child_batch is not None:
        child_batch(args.child_batch, args.child_corpus)
        return 0

    if args.profile:
        bench.pin_to_one_core()
        profile(corpus.corpus_articles(), int(args.profile), 30)
        return 0

    failed = run_suite(Report(args.markdown), Plan(args.quick, args.runs))
    return 1 if failed else 0


def _take(articles: Sequence[str], size: int) -> list[str]:
    taken: list[str] = []
    total = 0
    for article in articles:
        if total >= size:
            break
        taken.append(article)
        total += len(article)
    return taken


def _peer_rows(texts: Sequence[str], runs: int) -> list[list[str]]:
    arnews = bench.import_arnews()
    funcs = bench.extractors()
    ours = {
        name: bench.time_passes(name, funcs[name], texts, runs=runs, min_run_seconds=0.3)
        for name in ("find_dates", "find_numbers", "parse")
    }
    found = {
        "find_dates": sum(
            len(arnews.find_dates(t, published=bench.DEFAULT_PUBLISHED)) for t in texts
        ),
        "find_numbers": sum(len(arnews.find_numbers(t)) for t in texts),
    }
    docs = [arnews.parse(t, published=bench.DEFAULT_PUBLISHED) for t in texts]
    all_kinds = sum(
        len(d.numbers) + len(d.dates) + len(d.durations) + len(d.quotes) + len(d.attributions)
        for d in docs
    )
    rows = [
        [
            f"arnews.{name}",
            str(found[name]),
            bench.si(ours[name].chars_per_second),
            "1.0x",
            f"{ours[name].seconds / ours['parse'].seconds:.2f}x",
        ]
        for name in ("find_dates", "find_numbers")
    ]
    rows.append(
        [
            "arnews.parse (all kinds)",
            str(all_kinds),
            bench.si(ours["parse"].chars_per_second),
            "",
            "1.0x",
        ]
    )
    peers = [
        (
            "dateparser search_dates(text, languages=['ar'])",
            bench.dateparser_search(),
            "find_dates",
        ),
        ("pyarabic extract_number_phrases(text)", bench.pyarabic_numbers(), "find_numbers"),
    ]
    for label, peer, kind in peers:
        if peer is None:
            rows.append([label, "not installed", "", "", ""])
            continue
        counted: list[int] = []

        def counting(text: str, peer: Any = peer, counted: list[int] = counted) -> None:
            counted.append(len(peer(text)))

        timing = bench.time_passes(label, counting, texts, runs=runs, min_run_seconds=0.3)
        count = sum(counted[: len(texts)])
        rows.append(
            [
                label,
                str(count),
                bench.si(timing.chars_per_second),
                f"{timing.seconds / ours[kind].seconds:.1f}x",
                f"{timing.seconds / ours['parse'].seconds:.1f}x",
            ]
        )
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
