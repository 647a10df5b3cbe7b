"""HTML view: right to left, self-contained, every mention highlighted, text intact."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.document import Document
from arnews.mentions import Attribution, DateMention, NumberMention, Quote
from arnews.render import KINDS, highlights, render_document, render_html
from tests.conftest import Seed


class PageReader(HTMLParser):
    """Collects the article's text, the marks and checks that tags are balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_article = 0
        self.article: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.rtl_html = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.rtl_html = attributes.get("dir") == "rtl"
        if tag in ("meta", "br", "link"):
            return
        self.stack.append(tag)
        if tag == "div" and attributes.get("class") == "article":
            self.in_article = len(self.stack)
        if tag == "mark":
            self.marks.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack[-3:], tag)
        if self.in_article == len(self.stack):
            self.in_article = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.article.append(data)


def read(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    assert reader.stack == []
    return reader


TEXT = "بيروت - قال الوزير «لن نتراجع عن 3 قرارات» يوم 9 أيلول، وفق رويترز <b>&"


def crafted() -> Document:
    """A document with nested and crossing mentions, independent of the parsers."""
    quote_start = TEXT.index("قال")
    content_start = TEXT.index("لن")
    content_end = TEXT.index("»")
    date_start = TEXT.index("يوم")
    date_end = TEXT.index("،")
    return Document(
        text=TEXT,
        numbers=(NumberMention(TEXT.index("3"), TEXT.index("3") + 1, "3", 3, unit="قرارات"),),
        dates=(DateMention(date_start, date_end, TEXT[date_start:date_end], "2016-09-09", day=9),),
        quotes=(
            Quote(
                quote_start,
                content_end + 1,
                TEXT[quote_start : content_end + 1],
                "الوزير",
                TEXT.index("الوزير"),
                TEXT.index("الوزير") + 6,
                "قال",
                TEXT[content_start:content_end],
                content_start,
                content_end,
                "direct",
            ),
        ),
        # Crosses the end of the quote on purpose.
        attributions=(
            Attribution(
                content_end - 3, len(TEXT) - 6, TEXT[content_end - 3 : -6], "رويترز", "وفق", "media"
            ),
        ),
    )


def test_crafted_page_structure() -> None:
    doc = crafted()
    page = render_document(doc, title="تجربة <1>")
    reader = read(page)
    assert reader.rtl_html
    assert "".join(reader.article) == TEXT
    assert "<b>" not in page.split('class="article"')[1]  # the article's markup is escaped
    ids = {m["data-id"] for m in reader.marks}
    # number, date, quote + its cue, content and speaker, attribution
    assert len(ids) == len(highlights(doc)) == 7
    kinds = {m["data-kind"] for m in reader.marks}
    assert kinds == {"number", "date", "quote", "cue", "content", "speaker", "attribution"}
    titles = " ".join(str(m["title"]) for m in reader.marks)
    for value in ("2016-09-09", "speaker: الوزير", "attribution: رويترز", "3 · cardinal"):
        assert value in titles
    assert "تجربة &lt;1&gt;" in page
    for tag in ("script", "link", "img", "iframe"):
        assert tag not in reader.tags  # self-contained: nothing to fetch, nothing to run
    assert "http" not in page


def test_legend_lists_every_kind_with_counts() -> None:
    page = render_document(crafted())
    for kind in KINDS:
        assert f'data-legend="{kind}"' in page
    legend = html.unescape(page.split('class="legend"')[1].split("</ul>")[0])
    for kind in ("number", "date", "quote", "cue", "content", "speaker", "attribution"):
        assert f"{kind} (1)" in legend
    assert "source" not in legend  # one name everywhere: attributions
    assert "duration (0)" in legend


def test_seed_page(seed: Seed) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    reader = read(render_html(seed.text, published=seed.published, title=seed.name))
    assert "".join(reader.article) == seed.text
    assert len({m["data-id"] for m in reader.marks}) == len(highlights(doc))
    expected = len(doc.numbers) + len(doc.dates) + len(doc.durations) + len(doc.attributions)
    speakers = {(q.speaker_start, q.speaker_end) for q in doc.quotes}
    expected += len(doc.quotes) + len(speakers - {(None, None)})
    expected += sum(1 for q in doc.quotes if q.cue and q.cue in q.text)
    expected += sum(1 for q in doc.quotes if q.content_start < q.content_end)
    expected += doc.dateline is not None
    expected += len(doc.amounts)
    assert len(highlights(doc)) == expected


def test_each_speaker_entity_has_one_colour_across_its_quotes() -> None:
    from arnews.render import entity_colour

    text = 'قال وزير الخارجية جون كيري إن الحل ممكن. وأضاف كيري "سنواصل". وقال لافروف إن الأمر صعب.'
    page = render_html(text)
    reader = read(page)
    by_entity: dict[str, set[str]] = {}
    for mark in reader.marks:
        if mark.get("data-entity"):
            by_entity.setdefault(str(mark["data-entity"]), set()).add(str(mark["style"]))
    assert set(by_entity) == {"e1", "e2"}
    for entity, styles in by_entity.items():
        assert styles == {f"--ent:{entity_colour(entity)}"}
    assert entity_colour("e1") != entity_colour("e2")


def test_tips_show_on_focus_as_well_as_hover() -> None:
    """A tap focuses a mark (tabindex) and the tip is drawn for :focus, not only :hover."""
    page = render_html('قال الوزير "لن نتراجع".')
    reader = read(page)
    assert reader.marks and all(m.get("tabindex") == "0" for m in reader.marks)
    assert all(m.get("data-tip") == m.get("title") for m in reader.marks)
    assert "mark:focus::after" in page and "attr(data-tip)" in page
    cue = [m for m in reader.marks if m["data-kind"] == "cue"]
    assert cue and "cue: قال" in str(cue[0]["title"])


@pytest.mark.parametrize("text", ["", "<script>alert(1)</script>", "a & b", '"«»"', "\n\n"])
def test_plain_texts_are_escaped_and_kept(text: str) -> None:
    reader = read(render_html(text))
    assert "".join(reader.article) == text
    assert "script" not in reader.tags


@given(st.text(max_size=200))
@settings(max_examples=100, deadline=None)
def test_any_text_round_trips_through_the_page(text: str) -> None:
    reader = read(render_html(text.replace("\r", "\n")))
    assert "".join(reader.article) == text.replace("\r", "\n")


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(1, 20), st.sampled_from(["number", "quote"])),
        max_size=12,
    )
)
@settings(max_examples=200, deadline=None)
def test_any_overlap_gives_balanced_marks(spans: list[tuple[int, int, str]]) -> None:
    text = "ابجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ 1234567890"
    numbers = tuple(
        NumberMention(s, min(s + n, len(text)), text[s : min(s + n, len(text))], 1)
        for s, n, kind in spans
        if kind == "number"
    )
    dates = tuple(
        DateMention(s, min(s + n, len(text)), text[s : min(s + n, len(text))], None)
        for s, n, kind in spans
        if kind == "quote"
    )
    doc = Document(text=text, numbers=numbers, dates=dates)
    reader = read(render_document(doc))
    assert "".join(reader.article) == text
    assert len({m["data-id"] for m in reader.marks}) == len(highlights(doc))
