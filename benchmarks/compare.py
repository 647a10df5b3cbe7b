"""``parse()`` speed of this tree next to another commit's, in the same run.

Timings on a shared machine move by 10 to 30 % from one run to the next, so "as fast as
before" is only worth saying when both trees are timed side by side. This script exports
the other commit with ``git archive`` into a temporary folder, then alternates the two
trees: each round times one pass of ``parse()`` over the same real articles in a fresh
interpreter per tree (after a warm-up pass over the same articles, CPU time of that
process).
It prints the median characters per second of each tree and their ratio.

Usage (from the project root; the articles come from ``../shared/corpus``)::

    python benchmarks/compare.py ac4c6db              # this tree against commit ac4c6db
    python benchmarks/compare.py v0.1.0 --rounds 5 --chars 2000000
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Run in a child interpreter with the tree to time first on sys.path: one pass of parse()
# over the articles (given as a JSON file), after a warm-up pass over all of them, so that
# patterns compiled on first use are compiled before the clock starts (steady state; the
# first call is measured by benchmarks/run.py).
_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import arnews
assert arnews.__file__.startswith(sys.argv[1]), arnews.__file__
texts = json.load(open(sys.argv[2], encoding="utf-8"))
for text in texts:
    arnews.parse(text)
start = time.process_time()
for text in texts:
    arnews.parse(text)
print(sum(map(len, texts)) / (time.process_time() - start))
"""


def export_tree(ref: str, folder: Path) -> Path:
    """Write the files of commit ``ref`` into ``folder``; return the folder."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],
        capture_output=True,
        check=True,
    ).stdout
    tar_path = folder / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(folder / "tree", filter="data")
    return folder / "tree"


def time_tree(tree: Path, texts_file: Path) -> float:
    """Characters per second of one ``parse()`` pass with ``tree``'s arnews."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(texts_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="the commit to compare with (anything git names)")
    parser.add_argument("--rounds", type=int, default=3, help="passes per tree (median)")
    parser.add_argument("--chars", type=int, default=1_000_000, help="corpus size to parse")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.chars < 1:
        parser.error("--rounds and --chars must be positive")
    texts = corpus.real_articles(args.chars)
    if not texts:
        print(f"no articles in {corpus.REAL_CORPUS_DIR} (the shared corpus)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        trees = {"this tree": ROOT, args.ref: export_tree(args.ref, folder)}
        rates: dict[str, list[float]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                rates[name].append(time_tree(tree, texts_file))
    chars = sum(map(len, texts))
    print(f"parse() on {len(texts)} real articles, {chars:,} characters, {args.rounds} rounds")
    medians = {name: statistics.median(values) for name, values in rates.items()}
    for name, value in medians.items():
        spread = ", ".join(f"{v / 1e6:.2f}" for v in rates[name])
        print(f"  {name:>12}: {value / 1e6:.2f} M chars/s  (rounds: {spread})")
    print(f"  ratio this tree / {args.ref}: {medians['this tree'] / medians[args.ref]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
