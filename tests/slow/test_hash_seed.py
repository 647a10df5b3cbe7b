"""Outputs do not depend on the hash seed: one fresh interpreter per seed (slow by nature)."""

from __future__ import annotations

from pathlib import Path


def test_entity_mentions_do_not_depend_on_the_hash_seed() -> None:
    """One span named as a speaker and as a source: its two mentions keep one order."""
    import os
    import subprocess
    import sys

    code = (
        "import arnews;"
        "d = arnews.parse('وقال مسؤول أميركي إن الهجوم وشيك، وفق ما أفاد مسؤول أميركي.');"
        "print([(m.start, m.role) for e in d.entities for m in e.mentions])"
    )
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1
