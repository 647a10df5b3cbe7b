"""The rendered page as a real browser lays it out (headless Chromium; skipped without it).

The page itself has no script. The test loads a copy of it with a small probe script
appended, which records what the browser computed (text direction, the highlights and
their colours, where the first line starts) in an attribute that ``--dump-dom`` prints.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import arnews
from arnews.render import KINDS, highlights, render_html
from tests.conftest import Seed

BROWSER = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium binary on PATH")

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-extensions",
    "--window-size=1200,1600",
]

PROBE = """
<script>
(function () {
  const article = document.querySelector(".article");
  const marks = Array.from(document.querySelectorAll("mark"));
  const box = article.getBoundingClientRect();
  const range = document.createRange();
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let first = walker.nextNode();
  while (first && !first.data.trim()) {
    first = walker.nextNode();
  }
  range.setStart(first, 0);
  range.setEnd(first, 1);
  const start = range.getBoundingClientRect();
  const meta = document.createRange();
  meta.selectNodeContents(document.querySelector(".meta"));
  const metaBox = meta.getBoundingClientRect();
  const colours = {};
  for (const m of marks) {
    colours[m.dataset.kind] = getComputedStyle(m).backgroundColor;
  }
  const result = {
    htmlDir: getComputedStyle(document.documentElement).direction,
    articleDir: getComputedStyle(article).direction,
    marks: marks.length,
    visible: marks.filter((m) => m.getClientRects().length > 0).length,
    ids: new Set(marks.map((m) => m.dataset.id)).size,
    kinds: Array.from(new Set(marks.map((m) => m.dataset.kind))).sort(),
    colours: colours,
    articleLeft: box.left,
    articleRight: box.right,
    firstCharLeft: start.left,
    firstCharRight: start.right,
    shortLineLeft: metaBox.left,
    shortLineRight: metaBox.right,
    text: article.textContent,
  };
  document.body.setAttribute("data-probe", JSON.stringify(result));
})();
</script>
"""


def run_browser(*args: str) -> str:
    assert BROWSER is not None
    try:
        done = subprocess.run(
            [BROWSER, *BROWSER_FLAGS, *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("chromium did not finish in 120 s")
    if done.returncode != 0 and not done.stdout:
        pytest.skip(f"chromium failed to start: {done.stderr.strip()[-300:]}")
    return done.stdout


def probe(page: str, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "probe.html"
    path.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = run_browser("--dump-dom", path.as_uri())
    marker = 'data-probe="'
    assert marker in dom, dom[:500]
    raw = dom.split(marker, 1)[1].split('"', 1)[0]
    result: dict[str, Any] = json.loads(html.unescape(raw))
    return result


def test_seed_page_in_chromium(seed: Seed, tmp_path: Path) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    page = render_html(seed.text, published=seed.published, title=seed.name)
    found = probe(page, tmp_path)
    assert found["htmlDir"] == "rtl"
    assert found["articleDir"] == "rtl"
    # Every highlight is in the laid-out page, and the text is the article, unchanged.
    expected = highlights(doc)
    assert found["ids"] == len(expected) > 0
    assert found["visible"] == found["marks"]
    assert sorted({h.kind for h in expected}) == found["kinds"]
    assert found["text"] == seed.text
    # Each kind is painted with its own legend colour (a quote is underlined instead).
    for kind, colour in found["colours"].items():
        # a quote is underlined; a speaker, its cue's text and its content take the
        # colour of the speaker's entity (or the legend colour when it has none)
        if kind not in ("quote", "speaker", "content"):
            red, green, blue = (int(KINDS[kind][1][i : i + 2], 16) for i in (1, 3, 5))
            assert colour == f"rgb({red}, {green}, {blue})", kind
    # Right to left: the article's first character sits at the right edge of the column,
    # and a short line (the "published" line) hugs the right edge, not the left one.
    assert found["firstCharRight"] > found["firstCharLeft"]
    assert found["articleRight"] - found["firstCharRight"] < 40
    assert found["firstCharLeft"] - found["articleLeft"] > 200
    assert found["articleRight"] - found["shortLineRight"] < 40
    assert found["shortLineLeft"] - found["articleLeft"] > 200


def test_screenshot(seed: Seed, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(render_html(seed.text, published=seed.published, title=seed.name), "utf-8")
    shot = tmp_path / "page.png"
    run_browser(f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a page of highlighted text, not a blank image


SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_report_in_chromium(tmp_path: Path) -> None:
    """The corpus report, built from real articles, loads with no console error."""
    import gzip

    from arnews.report import render_report, summarize

    pairs = []
    with gzip.open(SHARED_CORPUS / "ant.jsonl.gz", "rt", encoding="utf-8") as lines:
        for _, line in zip(range(300), lines, strict=False):
            record = json.loads(line)
            pairs.append(
                (arnews.parse(record["text"], published=record["published"]), record["outlet"])
            )
    summary = summarize(pairs)
    assert summary.speakers and summary.sources and summary.outlets
    page = tmp_path / "report.html"
    page.write_text(render_report(summary, title="arnews: corpus report"), "utf-8")
    assert BROWSER is not None
    done = subprocess.run(
        [BROWSER, *BROWSER_FLAGS, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0 and not done.stdout:
        pytest.skip(f"chromium failed to start: {done.stderr.strip()[-300:]}")
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console[:5]
    assert 'dir="rtl"' in done.stdout
    assert summary.speakers[0].name in html.unescape(done.stdout)
    shot = tmp_path / "report.png"
    run_browser(f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
