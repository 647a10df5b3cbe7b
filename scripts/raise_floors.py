"""Print strict F1 against the floors in tests/gold_floors.json; with --write, raise passed floors.

Usage (from the project root)::

    python scripts/raise_floors.py          # measured vs floor, per gold set and type
    python scripts/raise_floors.py --write  # raise each floor to the measured figure (never lowers)

Floors are truncated to three decimals so that a re-run of the same code always passes.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS_FILE = ROOT / "tests" / "gold_floors.json"
GOLD_DIRS = {"dev": SHARED / "dev", "seeds": SHARED / "seeds"}


def measure(folder: Path) -> dict[str, float]:
    """Strict F1 per type as score.py prints it with --json."""
    out = subprocess.run(
        [sys.executable, str(SHARED / "dev" / "score.py"), str(folder), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=str(ROOT),
    ).stdout
    figures = json.loads(out.splitlines()[0])
    return {kind: row["strict_f1"] for kind, row in figures.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="raise passed floors in the file")
    args = ap.parse_args()
    data = json.loads(FLOORS_FILE.read_text("utf-8"))
    failed = False
    for name, folder in GOLD_DIRS.items():
        got = measure(folder)
        for kind, floor in data[name].items():
            value = got.get(kind, 0.0)
            mark = "ok" if value + 1e-9 >= floor else "BELOW"
            failed |= mark == "BELOW"
            print(f"{name:6} {kind:13} floor {floor:.3f}  measured {value:.3f}  {mark}")
            if args.write and value > floor:
                data[name][kind] = math.floor(value * 1000) / 1000
    if args.write:
        FLOORS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
