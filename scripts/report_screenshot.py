"""Rebuild ``docs/report.png``: the corpus report over ../shared/corpus, in headless Chromium.

Usage (from the project root, with Debian's ``chromium`` installed)::

    python scripts/report_screenshot.py [--articles N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import arnews  # noqa: E402
from arnews.report import render_report, summarize  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=None, help="first N articles only")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    args = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium on PATH", file=sys.stderr)
        return 2
    pairs = []
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if args.articles is not None and len(pairs) >= args.articles:
                    break
                record = json.loads(line)
                doc = arnews.parse(record["text"], published=record.get("published"))
                pairs.append((doc, record.get("outlet")))
    page = render_report(summarize(pairs, top=15), title="arnews: تقرير المدونة · corpus report")
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "report.html"
        html_path.write_text(page, "utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1000,1400",
                f"--screenshot={args.out}",
                html_path.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"wrote {args.out} from {len(pairs)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
