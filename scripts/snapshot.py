"""Outputs snapshot: every output of ``parse()`` over real text, and its diff against another.

The safety net behind a refactor or a speed change: write a snapshot before, change the code,
write one after, and diff. A commit then says "snapshot unchanged" or lists what moved.

Usage (from the project root; the texts come from ``../shared``)::

    python scripts/snapshot.py write before.jsonl.gz            # seeds, dev texts and corpus
    python scripts/snapshot.py write after.jsonl.gz --limit 500  # the first 500 corpus articles
    python scripts/snapshot.py diff before.jsonl.gz after.jsonl.gz [--show 20] [--types quotes]

Each line of a snapshot is ``{"key", "published", "doc"}`` where ``doc`` is ``Document.to_dict()``
without the text. Every article is parsed with its publication date (so relative dates resolve).
``diff`` prints, per mention type, how many documents changed and how many mentions were
added and removed, then the first ``--show`` changed mentions; it exits 1 when anything moved.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import arnews  # noqa: E402

MENTION_KEYS = (
    "numbers",
    "amounts",
    "dates",
    "durations",
    "quotes",
    "attributions",
    "dateline",
    "entities",
)


def texts(limit: int | None) -> Iterator[tuple[str, str, str | None]]:
    """(key, text, published) for the seeds, the dev texts and the corpus articles."""
    for folder in (SHARED / "seeds", SHARED / "dev"):
        for gold_path in sorted(folder.rglob("*.gold.json")):
            gold = json.loads(gold_path.read_text("utf-8"))
            text_dir = gold_path.parent
            if text_dir.name == "gold":
                text_dir = text_dir.parent / "texts"
            text = (text_dir / gold["article"]).read_text("utf-8")
            yield f"{folder.name}/{gold['article']}", text, gold.get("published")
    count = 0
    for path in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if limit is not None and count >= limit:
                    return
                record = json.loads(line)
                count += 1
                yield f"corpus/{record['id']}", record["text"], record.get("published")


def write(path: Path, limit: int | None) -> int:
    """Parse every text and write one line per document; returns the count."""
    n = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for key, text, published in texts(limit):
            day = datetime.date.fromisoformat(published[:10]) if published else None
            doc = arnews.parse(text, published=day).to_dict()
            doc.pop("text", None)
            out.write(
                json.dumps({"key": key, "published": published, "doc": doc}, ensure_ascii=False)
            )
            out.write("\n")
            n += 1
    return n


def _read(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return {row["key"]: row["doc"] for row in map(json.loads, lines)}


def _items(doc: dict[str, Any], key: str) -> list[str]:
    value = doc.get(key)
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    return sorted(json.dumps(m, ensure_ascii=False, sort_keys=True) for m in value)


def diff(before: Path, after: Path, show: int, types: list[str]) -> int:
    """Print what moved between two snapshots; 1 when anything did."""
    old, new = _read(before), _read(after)
    keys = sorted(set(old) & set(new))
    if set(old) ^ set(new):
        print(f"documents only in one snapshot: {len(set(old) ^ set(new))}")
    changed_docs: Counter[str] = Counter()
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    examples: list[str] = []
    for key in keys:
        for kind in types:
            a, b = _items(old[key], kind), _items(new[key], kind)
            if a == b:
                continue
            changed_docs[kind] += 1
            gone = sorted((Counter(a) - Counter(b)).elements())
            came = sorted((Counter(b) - Counter(a)).elements())
            removed[kind] += len(gone)
            added[kind] += len(came)
            for item in gone:
                examples.append(f"{key} {kind} - {item}")
            for item in came:
                examples.append(f"{key} {kind} + {item}")
    print(f"{len(keys)} documents compared")
    for kind in types:
        print(
            f"{kind:13} documents changed {changed_docs[kind]:5d}  "
            f"mentions removed {removed[kind]:6d}  added {added[kind]:6d}"
        )
    for line in examples[:show]:
        print("  ", line[:400])
    return 1 if changed_docs or set(old) ^ set(new) else 0


def main() -> int:
    ap = argparse.ArgumentParser(description="outputs snapshot of parse() over real text")
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write a snapshot")
    w.add_argument("path", type=Path)
    w.add_argument("--limit", type=int, default=None, help="corpus articles to include")
    d = sub.add_parser("diff", help="compare two snapshots")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=20)
    d.add_argument("--types", default=",".join(MENTION_KEYS))
    args = ap.parse_args()
    if args.command == "write":
        if not SHARED.is_dir():
            print(f"{SHARED} is absent: nothing to snapshot", file=sys.stderr)
            return 2
        print(f"wrote {write(args.path, args.limit)} documents to {args.path}")
        return 0
    return diff(args.before, args.after, args.show, [t for t in args.types.split(",") if t])


if __name__ == "__main__":
    sys.exit(main())
