"""Cross-cutting properties of ``parse()`` over any ``str``."""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.document import Document

KIND_FIELDS = ("numbers", "dates", "durations", "quotes", "attributions")

# Pieces of news prose, so that random texts reach the parsers' interesting paths.
PIECES = [
    "قال",
    "وقال",
    "وأضاف",
    "أكد",
    "إن",
    "أن",
    "«",
    "»",
    '"',
    ":",
    "،",
    ".",
    " ",
    "\n",
    "700",
    "١٥",
    "٢٫٥٪",
    "ثلاثة",
    "آلاف",
    "أكثر من",
    "نحو",
    "يوم",
    "الجمعة",
    "9",
    "أيلول",
    "سبتمبر",
    "2016",
    "أمس",
    "الماضي",
    "ساعة",
    "أيام",
    "وفق",
    "رويترز",
    "المرصد",
    "مصدر",
    "بيروت",
    "(",
    ")",
    "-",
    "&",
    "\u00a0",
    "\u200f",
    "ً",
    "ـ",
    "هـ",
    "م",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like, st.text(alphabet="«»\"':قال 0123456789"))


def check_document(text: str, doc: Document) -> None:
    assert doc.text == text
    for field in KIND_FIELDS:
        mentions = getattr(doc, field)
        assert isinstance(mentions, tuple)
        keys = [(m.start, m.end) for m in mentions]
        assert [k[0] for k in keys] == sorted(k[0] for k in keys)
        for m in mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text
    for q in doc.quotes:
        assert 0 <= q.content_start <= q.content_end <= len(text)
        assert text[q.content_start : q.content_end] == q.content
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
    if doc.dateline is not None:
        d = doc.dateline
        assert text[d.start : d.end] == d.text
        if d.date is not None:
            assert text[d.date.start : d.date.end] == d.date.text


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_parse_never_raises_and_offsets_are_exact(text: str) -> None:
    check_document(text, arnews.parse(text, published="2016-09-10"))


@given(news_like)
@settings(max_examples=100, deadline=None)
def test_no_reference_date_is_fine(text: str) -> None:
    check_document(text, arnews.parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ud800 قال \udfff",  # lone surrogates
        "\x00\x01\x1b[31m قال «",  # control characters, an unbalanced guillemet
        "«" * 5000,
        "قال " * 20000,
        "7" * 50000,
        "ثلاثة آلاف " * 5000,
        '"' + "قال إن " * 3000,
        "&nbsp;" * 1000,
    ],
    ids=[
        "empty",
        "surrogates",
        "controls",
        "guillemets",
        "qal",
        "digits",
        "spelled",
        "open",
        "nbsp",
    ],
)
def test_hostile_inputs_return_a_document(text: str) -> None:
    check_document(text, arnews.parse(text, published="2016-09-10"))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"\xd8\xae\xd8\xa8\xd8\xb1", "decode bytes first"),
        (bytearray(b"abc"), "decode bytes first"),
        (None, "must be str"),
        (42, "must be str"),
        (["خبر"], "must be str"),
    ],
)
def test_non_text_is_a_helpful_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        arnews.parse(value)  # type: ignore[arg-type]


def test_public_names() -> None:
    for name in ("parse", "parse_many", "Document", "ParseError"):
        assert name in arnews.__all__
    assert issubclass(arnews.ParseError, ValueError)


# --- The "Public API" block of DESIGN.md, call by call ---------------------------------

DESIGN_TEXT = (
    "دعت واشنطن وموسكو الجمعة 9 أيلول 2016 إلى وقف إطلاق النار. وقال جون كيري إن "
    "«الهدنة ستستمر سبعة أيام»، وأضاف أن 700 مقاتل انسحبوا، بحسب وكالة رويترز."
)

MENTION_FIELDS = {
    arnews.NumberMention: {"value", "kind", "qualifier", "unit"},
    arnews.DateMention: {
        "iso",
        "kind",
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "weekday",
        "calendar",
        "relative",
    },
    arnews.DurationMention: {"value", "unit", "qualifier"},
    arnews.Quote: {
        "speaker",
        "speaker_start",
        "speaker_end",
        "cue",
        "content",
        "content_start",
        "content_end",
        "kind",
    },
    arnews.Attribution: {"source", "cue", "kind", "anonymous"},
}


def test_design_parse_document_fields() -> None:
    doc = arnews.parse(DESIGN_TEXT, published=datetime.date(2016, 9, 10))
    assert isinstance(doc, arnews.Document)
    assert doc.text == DESIGN_TEXT
    check_document(DESIGN_TEXT, doc)
    assert [n.value for n in doc.numbers] == [700]
    assert "2016-09-09" in [d.iso for d in doc.dates]
    assert [(u.value, u.unit) for u in doc.durations] == [(7, "day")]
    assert any(q.content == "الهدنة ستستمر سبعة أيام" for q in doc.quotes)
    assert any("رويترز" in a.source for a in doc.attributions)
    assert doc.dateline is None or isinstance(doc.dateline, arnews.Dateline)
    data = doc.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["published"] == "2016-09-10"


@pytest.mark.parametrize(
    "published",
    [datetime.date(2016, 9, 10), datetime.datetime(2016, 9, 10, 8, 30), "2016-09-10", None],
)
def test_design_published_accepts_date_datetime_none(published: object) -> None:
    doc = arnews.parse("وصل الوفد أمس", published=published)  # type: ignore[arg-type]
    expected = None if published is None else "2016-09-09"
    assert [d.iso for d in doc.dates] == [expected]


def test_design_find_functions_match_parse() -> None:
    published = datetime.date(2016, 9, 10)
    doc = arnews.parse(DESIGN_TEXT, published=published)
    assert arnews.find_dates(DESIGN_TEXT, published=published) == doc.dates
    assert arnews.find_durations(DESIGN_TEXT) == doc.durations
    assert arnews.find_quotes(DESIGN_TEXT) == doc.quotes
    assert arnews.find_attributions(DESIGN_TEXT) == doc.attributions
    # find_numbers keeps the numbers inside dates and durations; parse() gives them away.
    found = arnews.find_numbers(DESIGN_TEXT)
    assert set(doc.numbers) <= set(found)
    for result in (found, arnews.find_dates(DESIGN_TEXT), arnews.find_quotes(DESIGN_TEXT)):
        assert isinstance(result, tuple)
        assert [m.start for m in result] == sorted(m.start for m in result)


def test_design_parse_number() -> None:
    assert arnews.parse_number("ثلاثة آلاف وخمسمائة") == 3500


def test_design_spell_number() -> None:
    assert arnews.spell_number(3500) == "ثلاثة آلاف وخمسمائة"


def test_design_parse_date() -> None:
    date = arnews.parse_date("الجمعة 9 أيلول 2016")
    assert isinstance(date, arnews.DateMention)
    assert (date.iso, date.weekday, date.calendar) == ("2016-09-09", 5, "gregorian")
    assert date.text == "الجمعة 9 أيلول 2016"


def test_design_format_date() -> None:
    formatted = arnews.format_date(datetime.date(2016, 9, 12), style="levantine", digits="eastern")
    assert formatted == "١٢ أيلول ٢٠١٦"


def test_design_normalize() -> None:
    assert arnews.normalize("إلى ٢٠١٦ مدينةٌ") == "الي 2016 مدينه"


@pytest.mark.parametrize(
    ("function", "phrase"),
    [(arnews.parse_number, "ليس رقما"), (arnews.parse_date, "لا تاريخ هنا")],
)
def test_design_parse_error_names_the_input(function: Any, phrase: str) -> None:
    with pytest.raises(arnews.ParseError, match=phrase):
        function(phrase)
    with pytest.raises(ValueError):
        function(phrase)


@pytest.mark.parametrize("cls", list(MENTION_FIELDS))
def test_design_mention_classes(cls: type) -> None:
    fields = {field.name for field in attrs.fields(cls)}
    assert {"start", "end", "text"} | MENTION_FIELDS[cls] <= fields
    assert "__slots__" in cls.__dict__
    instance = _mentions_of(cls)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.start = 0  # type: ignore[misc]


def _mentions_of(cls: type) -> tuple[Any, ...]:
    doc = arnews.parse(DESIGN_TEXT, published="2016-09-10")
    for mentions in (doc.numbers, doc.dates, doc.durations, doc.quotes, doc.attributions):
        if mentions and isinstance(mentions[0], cls):
            return mentions
    raise AssertionError(f"no {cls.__name__} in the design text")
