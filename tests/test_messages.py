"""What a user sees at the edges: TypeErrors that say what to pass, a short repr,
``format_date`` on ISO strings, and what zero-width characters between words mean."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

import arnews
from arnews.speakers import find_speaker

# Every public function that takes text, the words its message must use, and its example.
TEXT_FUNCTIONS: list[tuple[str, Callable[[Any], Any], str, str]] = [
    ("parse", arnews.parse, "the article text", "arnews.parse('"),
    ("find_numbers", arnews.find_numbers, "the article text", "find_numbers('"),
    ("find_dates", arnews.find_dates, "the article text", "find_dates('"),
    ("find_durations", arnews.find_durations, "the article text", "find_durations('"),
    ("find_quotes", arnews.find_quotes, "the article text", "find_quotes('"),
    ("find_attributions", arnews.find_attributions, "the article text", "find_attributions('"),
    ("find_speaker", find_speaker, "the text naming the speaker", "find_speaker('"),
    ("normalize", arnews.normalize, "a text", "normalize('"),
    ("parse_number", arnews.parse_number, "one number phrase", "parse_number('"),
    ("parse_date", arnews.parse_date, "one date phrase", "parse_date('"),
    ("parse_many", lambda x: list(arnews.parse_many([x])), "each text", "arnews.parse_many(["),
]


@pytest.mark.parametrize("bad", [42, 3.5, None, {"text": "خبر"}, object()])
@pytest.mark.parametrize(("name", "function", "what", "example"), TEXT_FUNCTIONS)
def test_type_error_names_the_input_and_an_example(
    name: str, function: Callable[[Any], Any], what: str, example: str, bad: object
) -> None:
    with pytest.raises(TypeError) as info:
        function(bad)
    message = str(info.value)
    assert what in message and example in message, message
    assert ("None" if bad is None else type(bad).__name__) in message


@pytest.mark.parametrize(("name", "function", "what", "example"), TEXT_FUNCTIONS)
def test_bytes_are_told_to_be_decoded_with_an_example(
    name: str, function: Callable[[Any], Any], what: str, example: str
) -> None:
    with pytest.raises(TypeError, match=r"decode bytes first: data\.decode\('utf-8'\)") as info:
        function("خبر".encode())
    assert example in str(info.value)


def test_parse_date_of_an_int_names_parse_dates_own_input() -> None:
    with pytest.raises(TypeError) as info:
        arnews.parse_date(20160910)  # type: ignore[arg-type]
    message = str(info.value)
    assert "one date phrase" in message and "parse_date('10 سبتمبر 2016')" in message
    assert "format_date" in message
    assert "spell_number" not in message and "ثلاثة آلاف" not in message


def test_parse_number_of_an_int_points_to_spell_number() -> None:
    with pytest.raises(TypeError, match=r"parse_number\('ثلاثة آلاف'\).*spell_number"):
        arnews.parse_number(3500)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["3500", 3.5, None, True])
def test_spell_number_says_what_to_pass(bad: object) -> None:
    with pytest.raises(TypeError, match=r"n must be int, e\.g\. spell_number\(3500\)") as info:
        arnews.spell_number(bad)  # type: ignore[arg-type]
    if isinstance(bad, str):
        assert "parse_number" in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-09-10", "10 سبتمبر 2016"),
        (" 2016-09-10 ", "10 سبتمبر 2016"),
        ("2016-09-10T08:30:00", "10 سبتمبر 2016"),
        (datetime.date(2016, 9, 10), "10 سبتمبر 2016"),
        (datetime.datetime(2016, 9, 10, 8, 30), "10 سبتمبر 2016"),
    ],
)
def test_format_date_accepts_iso_strings(value: Any, expected: str) -> None:
    assert arnews.format_date(value) == expected
    assert arnews.format_date(value, style="maghrebi") == "10 شتنبر 2016"


@pytest.mark.parametrize("bad", [20160910, None, 2016.9, (2016, 9, 10)])
def test_format_date_type_error_says_what_to_pass(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        arnews.format_date(bad)  # type: ignore[arg-type]
    message = str(info.value)
    assert "format_date(datetime.date(2016, 9, 10))" in message
    assert "format_date('2016-09-10')" in message
    assert type(bad).__name__ in message


def test_format_date_of_arabic_text_points_to_parse_date() -> None:
    with pytest.raises(ValueError, match="parse_date"):
        arnews.format_date("10 سبتمبر 2016")


def test_document_repr_is_short() -> None:
    text = "القاهرة - قال المتحدث إن 700 شخص شاركوا أمس. " * 200
    doc = arnews.parse(text, published="2016-09-10")
    shown = repr(doc)
    assert len(shown) < 250 and "\n" not in shown
    assert shown.startswith("Document(text='القاهرة")
    assert f"numbers={len(doc.numbers)}" in shown and "published=2016-09-10" in shown
    assert str(doc) == shown
    assert repr(arnews.parse("")) == (
        "Document(text='', published=None, numbers=0, dates=0, durations=0, quotes=0, "
        "attributions=0, dateline=no, amounts=0, entities=0)"
    )


# Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) are invisible formatting:
# arnews ignores them, so they never separate words; only a space or punctuation does.
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("zw", ZERO_WIDTH)
@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("ثلاثة{z}آلاف", []),  # two words glued: one unknown word, as the reader sees it
        ("أل{z}ف شخص", [1000]),  # inside a word: ignored
        ("ثلاثة {z}آلاف", [3000]),  # beside a space: ignored
        ("ثلاثة{z} آلاف", [3000]),
        ("قتل 15{z} شخصا", [15]),
        ("وصل خمسة{z}وعشرون", []),
    ],
)
def test_zero_width_characters_do_not_separate_words(
    zw: str, template: str, expected: list[int]
) -> None:
    text = template.format(z=zw)
    numbers = arnews.find_numbers(text)
    assert [n.value for n in numbers] == expected
    for n in numbers:
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize("zw", ZERO_WIDTH)
def test_zero_width_characters_in_dates(zw: str) -> None:
    text = f"وصل الوفد يوم 12{zw} سبتمبر 2016"
    [date] = arnews.find_dates(text)
    assert date.iso == "2016-09-12" and text[date.start : date.end] == date.text
