"""The input contract: what every public entry point accepts, refuses and guarantees.

- A non-``str`` (bytes, bytearray, memoryview, None, int, float, list, ...) raises
  ``TypeError`` whose message names the argument and says what to pass.
- Every ``str`` is accepted: empty, lone surrogates, control characters, NUL bytes, BOM,
  private-use and non-characters, text from other scripts.
- ``parse()`` gives the same results from 8 threads at once as from serial calls.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from conftest import SEED_LIST
from test_fuzz import check_document, values

import arnews
from arnews.errors import check_text, check_texts

PUBLISHED = datetime.date(2016, 9, 10)


def _list_of(parse_many: Callable[..., Any]) -> Callable[[Any], Any]:
    return lambda texts: list(parse_many([texts]))


TEXT_FUNCTIONS: dict[str, Callable[[Any], Any]] = {
    "parse": arnews.parse,
    "find_numbers": arnews.find_numbers,
    "find_dates": arnews.find_dates,
    "find_durations": arnews.find_durations,
    "find_quotes": arnews.find_quotes,
    "find_attributions": arnews.find_attributions,
    "parse_number": arnews.parse_number,
    "parse_date": arnews.parse_date,
    "normalize": arnews.normalize,
    "parse_many item": _list_of(arnews.parse_many),
}

BYTES_LIKE = [
    pytest.param("خبر".encode(), id="bytes"),
    pytest.param(bytearray("خبر".encode()), id="bytearray"),
    pytest.param(memoryview(b"abc"), id="memoryview"),
]
OTHER_NON_STR = [
    pytest.param(None, id="None"),
    pytest.param(42, id="int"),
    pytest.param(3.5, id="float"),
    pytest.param(True, id="bool"),
    pytest.param(["خبر"], id="list"),
    pytest.param(("خبر",), id="tuple"),
    pytest.param({"text": "خبر"}, id="dict"),
    pytest.param(object(), id="object"),
]


@pytest.mark.parametrize("bad", BYTES_LIKE)
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_bytes_raise_type_error_saying_decode(name: str, bad: object) -> None:
    with pytest.raises(TypeError, match=r"decode bytes first: data\.decode\('utf-8'\)"):
        TEXT_FUNCTIONS[name](bad)


@pytest.mark.parametrize("bad", OTHER_NON_STR)
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_non_str_raises_type_error_naming_the_type(name: str, bad: object) -> None:
    with pytest.raises(TypeError, match=r"must be str") as info:
        TEXT_FUNCTIONS[name](bad)
    assert ("None" if bad is None else type(bad).__name__) in str(info.value)


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        (None, "pass '' for no text"),
        (["خبر"], "arnews.parse_many"),
        (("خبر", "خبر"), "arnews.parse_many"),
    ],
)
def test_parse_type_error_says_what_to_pass(bad: object, hint: str) -> None:
    with pytest.raises(TypeError, match=hint):
        arnews.parse(bad)  # type: ignore[arg-type]


def test_parse_number_of_an_int_points_to_spell_number() -> None:
    with pytest.raises(TypeError, match="spell_number"):
        arnews.parse_number(3500)  # type: ignore[arg-type]


def test_phrase_error_does_not_call_the_phrase_an_article() -> None:
    with pytest.raises(TypeError) as info:
        arnews.parse_date(None)  # type: ignore[arg-type]
    assert "phrase" in str(info.value)
    assert "article" not in str(info.value)


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        ("خبر", "not one str"),
        (b"abc", "decode bytes first"),
        (None, "iterable of str"),
        (42, "iterable of str"),
    ],
)
def test_check_texts_refuses_what_is_not_many_texts(bad: object, hint: str) -> None:
    with pytest.raises(TypeError, match=hint):
        check_texts(bad)


@pytest.mark.parametrize(
    ("bad", "hint"),
    [("خبر واحد", "not one str"), (b"abc", "decode bytes first"), (None, "iterable of str")],
)
def test_parse_many_refuses_a_single_text_at_once(bad: object, hint: str) -> None:
    """B6: a str given to parse_many was parsed one character at a time; refuse it at once."""
    with pytest.raises(TypeError, match=hint):
        arnews.parse_many(bad)  # type: ignore[arg-type]


def test_check_text_accepts_str_subclasses() -> None:
    class Article(str):
        pass

    text = Article("قتل ١٥ شخصا")
    assert check_text(text) is text
    assert [m.value for m in arnews.parse(text).numbers] == [15]


STRANGE_STRINGS = {
    "empty": "",
    "nul bytes": "قال\x00 المرصد\x00 إن ١٥\x00 شخصا قتلوا",
    "control characters": "".join(map(chr, range(32))) + "وقتل 15 شخصا\x7f\x85",
    "lone high surrogate": "قتل \ud800 15 شخصا",
    "lone low surrogate": "\udfff قال كيري «نعم» \udc00",
    "surrogate pair written as two code points": "\ud83d\ude00 ١٥ شخصا",
    "bom": "\ufeffقال المرصد إن 15 شخصا قتلوا",
    "non-characters": "\ufffe\uffff ٣ أيام \U0010ffff",
    "private use": "\ue000 أمس \uf8ff",
    "replacement characters": "\ufffd\ufffd 15 شخصا \ufffd",
    "only punctuation": "،؛؟.!:«»\"'()[]",
    "unbalanced quotes": "قال «لا» « « « \" \" “ „",
    "other scripts": "北京 15 人 — Москва 3 дня — 15 people said «no»",
    "line separators": "قتل 15\u2028شخصا\u2029أمس\x0b\x0c",
    "emoji": "🔴 عاجل: قتل ١٥ شخصا 😢",
}


@pytest.mark.parametrize("text", STRANGE_STRINGS.values(), ids=STRANGE_STRINGS.keys())
def test_every_str_is_accepted_by_every_entry_point(text: str) -> None:
    doc = arnews.parse(text, published=PUBLISHED)
    check_document(text, doc)
    for name, function in TEXT_FUNCTIONS.items():
        if name in ("parse_number", "parse_date"):
            try:
                function(text)
            except arnews.ParseError as exc:
                assert str(exc), "a ParseError has a message"
        else:
            function(text)
    assert doc.to_dict()["text"] == text
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_nul_and_controls_do_not_hide_mentions() -> None:
    """A NUL or control character next to a number does not stop it from being found."""
    doc = arnews.parse("قتل\x00 ١٥ شخصا\x01 أمس", published=PUBLISHED)
    assert [m.value for m in doc.numbers] == [15]
    assert [m.iso for m in doc.dates] == ["2016-09-09"]


def test_lone_surrogate_beside_a_number_keeps_offsets() -> None:
    text = "\ud800١٥\udfff شخصا"
    doc = arnews.parse(text)
    assert [(m.text, m.value) for m in doc.numbers] == [("١٥", 15)]


# B8: before year 1000 the week iso was not zero-padded ('999-W17').
EDGE_DATES = [
    pytest.param(datetime.date.min, id="0001-01-01"),
    pytest.param(datetime.date(1, 12, 31), id="0001-12-31"),
    pytest.param(datetime.date(622, 7, 18), id="0622-07-18"),
    pytest.param(datetime.date(9999, 1, 1), id="9999-01-01"),
    pytest.param(datetime.date.max, id="9999-12-31"),
]
RELATIVE = ["أمس", "أول أمس", "غدا", "بعد غد", "اليوم", "الخميس الماضي", "الخميس المقبل",
            "الأسبوع الماضي", "الأسبوع المقبل", "الشهر الماضي", "الشهر المقبل", "العام الماضي",
            "العام المقبل", "رمضان الماضي", "رمضان المقبل", "9 أيلول", "محرم"]


@pytest.mark.parametrize("published", EDGE_DATES)
def test_relative_dates_at_the_ends_of_the_calendar_do_not_raise(
    published: datetime.date,
) -> None:
    """B7: a valid ``published`` made parse() raise OverflowError; unresolvable is None."""
    for text in RELATIVE:
        doc = arnews.parse(text, published=published)
        check_document(text, doc)  # includes a valid iso (no year 0 or 10000)


def _thread_corpus() -> list[str]:
    texts = [seed.text for seed in SEED_LIST]
    texts += [
        "بيروت (رويترز) - قال مسؤول إن ١٥ شخصا قتلوا أمس في ٩ أيلول ٢٠١٦.",
        "وأضاف كيري: «لا نريد اتفاقا من أجل الاتفاق»، وفق ما أفادت وكالة الأنباء الفرنسية.",
        "استمرت المحادثات أكثر من ١٣ ساعة، وقال لافروف إنها كانت صعبة.",
        "الرباط - أفادت مصادر مطلعة أن ٣٥٠٠ شخص غادروا المدينة منذ فاتح يناير.",
    ]
    return texts


def test_parse_from_eight_threads_equals_serial() -> None:
    texts = _thread_corpus() * 4
    serial = [arnews.parse(text, published=PUBLISHED) for text in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: arnews.parse(t, published=PUBLISHED), texts))
    assert threaded == serial
    assert [values(d) for d in threaded] == [values(d) for d in serial]


def test_find_functions_from_eight_threads_equal_serial() -> None:
    texts = _thread_corpus() * 2
    functions: list[Callable[[str], Any]] = [
        arnews.find_numbers,
        lambda t: arnews.find_dates(t, published=PUBLISHED),
        arnews.find_durations,
        arnews.find_quotes,
        arnews.find_attributions,
        arnews.normalize,
    ]
    jobs = [(f, t) for f in functions for t in texts]
    serial = [f(t) for f, t in jobs]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda job: job[0](job[1]), jobs))
    assert threaded == serial


@pytest.mark.parametrize(
    "text",
    ["0\U00016d70", "\U00016d70\U00016d71 يوما", "١\U00016d70 ساعة", "قتل 1\U00016d70 شخصا"],
)
def test_digits_newer_than_python_unicode_do_not_raise(text: str) -> None:
    """Q-N1: ``\\d`` knew digits (U+16D70, Kirat Rai) that ``int()`` does not: ValueError."""
    check_document(text, arnews.parse(text, published=PUBLISHED))
    for function in (arnews.find_numbers, arnews.find_durations):
        function(text)
