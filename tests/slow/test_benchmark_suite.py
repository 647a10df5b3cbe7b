"""The whole benchmark suite on a tiny plan (about 20 s): run by CI, not by default ``pytest``.

Tests here are slow by nature (fresh interpreters, child processes, whole-suite runs). The
default ``pytest`` skips this folder (``--ignore=tests/slow`` in pyproject); CI runs it with
``python -m pytest tests/slow -o addopts=""``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import run  # noqa: E402


def test_whole_suite_runs_on_a_tiny_plan(capsys: Any) -> None:
    failed = run.run_suite(run.Report(markdown=True), run.Plan.tiny(), pin=False)
    out = capsys.readouterr().out
    assert "SECTION FAILED" not in out
    assert failed == 0
    for heading in (
        "Environment",
        "import arnews",
        "Throughput on the corpus",
        "arnews batch next to parse()",
        "Throughput on the seed articles",
        "Scaling",
        "Memory",
        "Peers on the same texts",
        "Seed gold score",
        "Targets",
    ):
        assert f"### {heading}" in out
    verdicts = [line for line in out.splitlines() if line.startswith(("PASS: ", "FAIL: "))]
    names = " ".join(verdicts)
    for target in (
        "import arnews",
        "parse() chars/s",
        "arnews batch overhead",
        "per-char cost",
        "batch RSS growth",
    ):
        assert target in names
