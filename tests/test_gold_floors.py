"""Accuracy ratchet: strict F1 on the shared gold sets never falls below the floors in the repo.

The figures are those of ``../shared/dev/score.py`` (run as a subprocess on this checkout, with
``--json``), so they are the same numbers the closing notes report. The floors live in
``tests/gold_floors.json``; the test is skipped when ``../shared`` is absent (a checkout without
the shared data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "dev" / "score.py"
FLOORS: dict[str, dict[str, float]] = {
    name: figures
    for name, figures in json.loads(
        (ROOT / "tests" / "gold_floors.json").read_text("utf-8")
    ).items()
    if not name.startswith("_")
}
GOLD_DIRS = {"dev": SHARED / "dev", "seeds": SHARED / "seeds"}


def _score(folder: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    run = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=600,
        check=False,
    )
    assert "raised" not in run.stdout, run.stdout
    first = run.stdout.splitlines()[0] if run.stdout else ""
    assert first.startswith("{"), f"score.py printed no JSON line:\n{run.stdout}\n{run.stderr}"
    result: dict[str, Any] = json.loads(first)
    return result


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared (the gold sets and score.py) is absent")
@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_strict_f1_at_or_above_floor(gold_set: str) -> None:
    figures = _score(GOLD_DIRS[gold_set])
    below = []
    for kind, floor in FLOORS[gold_set].items():
        got = figures.get(kind, {}).get("strict_f1", 0.0)
        if got + 1e-9 < floor:
            below.append(f"{kind}: strict F1 {got:.3f} < floor {floor:.3f}")
    assert not below, f"{gold_set}: " + "; ".join(below)


def test_floors_cover_every_scored_type() -> None:
    assert set(FLOORS) == set(GOLD_DIRS)
    for figures in FLOORS.values():
        assert all(0.0 <= v <= 1.0 for v in figures.values())
    assert {"numbers", "dates", "durations", "quotes", "attributions", "amounts"} <= set(
        FLOORS["dev"]
    )
