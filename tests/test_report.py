"""The corpus report: summarize() rows, the JSON form and the HTML page."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

import arnews
from arnews.report import (
    OutletRow,
    SpeakerRow,
    Summary,
    render_report,
    summarize,
    summary_dict,
)

ARTICLES = [
    (
        "قال وزير الخارجية الأميركي جون كيري إن الاتفاق ممكن. وأضاف كيري أن المحادثات مستمرة.",
        "وكالة أ",
    ),
    ("أكد كيري أن واشنطن تدعم الحل السياسي، بحسب ما ذكرت وكالة رويترز.", "صحيفة ب"),
    ("ذكرت وكالة رويترز أن الأسعار ارتفعت في 12 مارس 2018.", "صحيفة ب"),
    ("خبر بلا متحدث ولا مصدر.", None),
]


@pytest.fixture(scope="module")
def summary() -> Summary:
    return summarize(
        (arnews.parse(text, published="2018-03-20"), outlet) for text, outlet in ARTICLES
    )


def test_a_speaker_is_counted_across_articles_by_key(summary: Summary) -> None:
    top = summary.speakers[0]
    assert isinstance(top, SpeakerRow)
    assert (top.name, top.kind, top.quotes, top.articles) == ("جون كيري", "person", 3, 2)
    assert set(top.outlets) == {"وكالة أ", "صحيفة ب"}
    assert {q.content for q in top.examples} >= {"الاتفاق ممكن"}


def test_an_agency_is_counted_once_per_citation(summary: Summary) -> None:
    reuters = [row for row in summary.sources if "رويترز" in row.name]
    assert len(reuters) == 1
    assert reuters[0].attributions == 2


def test_outlets_articles_and_timeline(summary: Summary) -> None:
    assert summary.articles == 4
    assert summary.outlets[0] == OutletRow("صحيفة ب", 2, *summary.outlets[0][2:])
    assert ("2018-03", 1) in [tuple(row) for row in summary.timeline]


def test_rows_are_plain_named_tuples_for_dataframes(summary: Summary) -> None:
    row = summary.speakers[0]
    assert row._fields[:4] == ("key", "name", "kind", "quotes")
    data = summary_dict(summary)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["speakers"][0]["examples"][0]["speaker"] == "جون كيري"


def test_top_keeps_the_most_frequent() -> None:
    docs = [arnews.parse(text) for text, _ in ARTICLES]
    assert len(summarize(docs, top=1).speakers) == 1
    assert summarize([]).speakers == ()


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts = 0
        self.remote = 0

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.scripts += tag == "script"
        self.remote += any(
            name in ("src", "href") and (value or "").startswith(("http:", "https:", "//"))
            for name, value in attributes
        )


def test_page_is_self_contained_rtl_and_escaped(summary: Summary) -> None:
    page = render_report(summary, title="<تقرير>")
    checker = _Checker()
    checker.feed(page)
    assert checker.scripts == 0 and checker.remote == 0
    assert 'dir="rtl"' in page and 'name="viewport"' in page
    assert "&lt;تقرير&gt;" in page and "<تقرير>" not in page
    assert "details" in checker.tags and "svg" in checker.tags
    assert "جون كيري" in page and "الاتفاق ممكن" in page


def test_cli_report_writes_a_page_and_json(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from arnews.cli import main

    folder = Path(str(tmp_path))
    corpus = folder / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": str(i), "outlet": outlet, "text": text}, ensure_ascii=False)
            for i, (text, outlet) in enumerate(ARTICLES)
        )
        + "\n{oops\n",
        "utf-8",
    )
    page = folder / "report.html"
    assert main(["report", str(corpus), "-o", str(page), "--no-progress"]) == 0
    assert "جون كيري" in page.read_text("utf-8")
    data_path = folder / "report.json"
    assert main(["report", str(corpus), "--json", "-o", str(data_path)]) == 0
    data = json.loads(data_path.read_text("utf-8"))
    assert data["articles"] == 4 and data["speakers"][0]["name"] == "جون كيري"
    texts = folder / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(ARTICLES[0][0], "utf-8")
    assert main(["report", str(texts), "--json", "-o", str(data_path)]) == 0
    assert json.loads(data_path.read_text("utf-8"))["articles"] == 1
    (folder / "empty.jsonl").write_text("{oops\n", "utf-8")
    assert main(["report", str(folder / "empty.jsonl"), "-o", str(page)]) == 1
