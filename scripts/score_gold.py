"""Score ``arnews.parse`` against the gold annotations of the seed articles.

Usage: ``python scripts/score_gold.py [-v]``. Prints, per kind, how many required gold
items were found with the right values, how many found mentions are spurious (overlap
no gold item, optional or not), and with ``-v`` every miss and every spurious mention.
Matching follows GOLD_SCHEMA.md: a gold span is the N-th occurrence of its text, and a
mention matches when the spans overlap and the values agree.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import arnews
from arnews.text import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"


def locate(text: str, item: dict[str, Any]) -> tuple[int, int]:
    pos = -1
    for _ in range(item.get("occurrence", 1)):
        pos = text.find(item["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"gold text not found: {item['text']!r}")
    return pos, pos + len(item["text"])


def same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalize(a) == normalize(b)


def agrees(kind: str, gold: dict[str, Any], found: Any) -> bool:
    if kind == "numbers":
        return bool(found.value == gold["value"] and found.kind == gold["kind"])
    if kind == "dates":
        return bool(found.iso == gold["iso"])
    if kind == "durations":
        return bool(found.value == gold["value"] and found.unit == gold["unit"])
    if kind == "quotes":
        speakers = gold["speaker"]
        speaker_ok = (not speakers and found.speaker is None) or any(
            same(found.speaker, s) for s in speakers
        )
        return bool(speaker_ok and same(found.cue, gold["cue"]) and found.kind == gold["kind"])
    if kind == "attributions":
        return bool(
            any(same(found.source, s) for s in gold["source"])
            and found.kind == gold["kind"]
            and found.anonymous == gold["anonymous"]
        )
    raise ValueError(kind)


def describe(found: Any) -> tuple[str, Any]:
    for field in ("speaker", "source", "iso", "value"):
        if hasattr(found, field):
            return found.text[:40], getattr(found, field)
    return found.text[:40], None


def span_of(kind: str, found: Any) -> tuple[int, int]:
    if kind == "quotes":
        return found.content_start, found.content_end
    return found.start, found.end


def main() -> int:
    verbose = "-v" in sys.argv
    totals: dict[str, list[int]] = {}
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (SEEDS / gold["article"]).read_text(encoding="utf-8")
        doc = arnews.parse(text, published=datetime.date.fromisoformat(gold["published"]))
        for kind in ("numbers", "dates", "durations", "quotes", "attributions"):
            found = list(getattr(doc, kind))
            required = found_ok = spurious = 0
            spans = [(locate(text, g), g) for g in gold[kind]]
            for (gs, ge), g in spans:
                hits = [m for m in found if span_of(kind, m)[0] < ge and gs < span_of(kind, m)[1]]
                ok = any(agrees(kind, g, m) for m in hits)
                if not g.get("optional"):
                    required += 1
                    found_ok += ok
                    if not ok and verbose:
                        got = [describe(m) for m in hits]
                        print(f"MISS {gold['article'][:3]} {kind}: {g['text'][:50]!r} {got}")
            for m in found:
                s, e = span_of(kind, m)
                if not any(gs < e and s < ge for (gs, ge), _ in spans):
                    spurious += 1
                    if verbose:
                        print(f"SPUR {gold['article'][:3]} {kind}: {m.text[:60]!r}")
            row = totals.setdefault(kind, [0, 0, 0])
            row[0] += found_ok
            row[1] += required
            row[2] += spurious
        dl = gold.get("dateline")
        row = totals.setdefault("dateline", [0, 0, 0])
        if dl:
            row[1] += 1
            got = doc.dateline
            if got and same(got.source, dl["source"]) and same(got.place, dl["place"]):
                row[0] += 1
            elif verbose:
                print(f"MISS {gold['article'][:3]} dateline: {dl['text']!r} got {got}")
        elif doc.dateline is not None:
            row[2] += 1
            if verbose:
                print(f"SPUR {gold['article'][:3]} dateline: {doc.dateline.text!r}")
    print(f"{'kind':<14}{'found':>8}{'required':>10}{'spurious':>10}")
    for kind, (ok, req, spur) in totals.items():
        print(f"{kind:<14}{ok:>8}{req:>10}{spur:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
