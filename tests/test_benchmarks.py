"""Smoke test of the benchmark suite: every section runs on a tiny corpus.

No timing is asserted (the benchmark reports speed; tests check behaviour). The point
is that ``python benchmarks/run.py`` cannot rot while nobody runs it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench  # noqa: E402
import corpus  # noqa: E402
import instructions  # noqa: E402
import run  # noqa: E402


def test_corpus_is_deterministic_and_large_enough() -> None:
    first = corpus.build_articles(30_000)
    again = corpus.build_articles(30_000)
    assert first == again
    joined = corpus.ARTICLE_SEPARATOR.join(first)
    assert len(joined) >= 30_000
    assert corpus.build_articles(30_000, seed=1) != first


def test_corpus_paragraphs_come_from_the_seeds() -> None:
    paragraphs = corpus.load_paragraphs()
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in corpus.SEEDS_DIR.glob("*.txt"))
    assert paragraphs.leads and paragraphs.body
    # A long one-line article is cut at sentence ends; every piece is still seed text.
    for paragraph in paragraphs.body[:20]:
        assert paragraph.split(". ")[0] in seeds


@pytest.mark.parametrize("size", [0, 1, 999, 12_345])
def test_text_of_size_is_exact(size: int) -> None:
    articles = corpus.build_articles(5_000)
    assert len(corpus.text_of_size(articles, size)) == size


def test_time_passes_counts_characters_and_runs() -> None:
    calls: list[str] = []
    timing = bench.time_passes("f", calls.append, ["ab", "cde"], runs=2, min_run_seconds=0.0)
    assert timing.chars == 5
    assert len(timing.runs) == 2
    assert len(calls) >= 2 * len(timing.runs)  # every run passes over both texts
    assert timing.chars_per_second > 0


@pytest.mark.parametrize(
    ("text", "found", "spans"),
    [
        ("قتل 5 ثم 5", ["5", "5"], [(4, 5), (9, 10)]),
        ("abc", ["zz"], []),
    ],
)
def test_locate_strings(text: str, found: list[str], spans: list[tuple[int, int]]) -> None:
    assert bench.locate_strings(text, found) == spans


def test_gold_hits_ignores_optional_items() -> None:
    gold = [(0, 3, False), (5, 8, True), (10, 12, False)]
    assert bench.gold_hits([(1, 2), (6, 7)], gold) == 1


@pytest.mark.parametrize(
    ("rate", "shown"), [(1_234_567.0, "1.23 M"), (4_560.0, "4.56 k"), (12.0, "12")]
)
def test_si(rate: float, shown: str) -> None:
    assert bench.si(rate) == shown


def test_table_markdown() -> None:
    assert bench.table(["a", "b"], [[1, 2]], markdown=True) == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_profile_prints_hot_spots(capsys: Any) -> None:
    run.profile(corpus.build_articles(3_000), 3_000, top=5)
    out = capsys.readouterr().out
    assert "cProfile of parse()" in out
    assert "arnews/" in out


def test_peers_section_without_the_peers_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """`pip install arnews[test]` has no dateparser or pyarabic: the section says so."""
    monkeypatch.setattr(bench, "dateparser_search", lambda: None)
    monkeypatch.setattr(bench, "pyarabic_numbers", lambda: None)
    suite = run.Suite(run.Report(markdown=False), run.Plan.tiny())
    suite.peers_section()
    out = capsys.readouterr().out
    assert "not installed" in out
    assert "arnews.find_dates" in out


@pytest.mark.parametrize("step", ["none", *instructions.STEPS])
def test_instruction_count_steps_run(step: str) -> None:
    # what runs under valgrind: each step on a few articles of a small corpus
    instructions.run_step(step, 3, size=20_000)


def test_instruction_count_rejects_an_unknown_step() -> None:
    with pytest.raises(SystemExit, match="unknown step"):
        instructions.run_step("everything", 1, size=20_000)


def test_instruction_count_without_valgrind(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)
    assert instructions.main([]) == 2
    assert "valgrind is not installed" in capsys.readouterr().err
