"""Cross-cutting properties of ``parse()`` over any ``str``."""

from __future__ import annotations

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
