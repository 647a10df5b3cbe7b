"""``parse()``, ``Document`` and ``parse_many``: assembly, published dates, order, bounds."""

from __future__ import annotations

import datetime
import itertools
import json
from collections.abc import Iterator

import pytest

import arnews
from arnews.document import Document, coerce_published, parse_pairs
from tests.conftest import Seed

KIND_FIELDS = ("numbers", "dates", "durations", "quotes", "attributions")


def all_mentions(doc: Document) -> list[object]:
    found: list[object] = []
    for field in KIND_FIELDS:
        found.extend(getattr(doc, field))
    if doc.dateline is not None:
        found.append(doc.dateline)
    return found


# Published dates in the forms callers pass them (dates from news feeds: Al Jazeera,
# Hespress and Al-Ahram give ISO strings, some with a time and zone).
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, None),
        (datetime.date(2016, 9, 10), datetime.date(2016, 9, 10)),
        (datetime.datetime(2016, 9, 10, 23, 59), datetime.date(2016, 9, 10)),
        ("2016-09-10", datetime.date(2016, 9, 10)),
        ("2024-02-29T08:15:00+03:00", datetime.date(2024, 2, 29)),
        (" 2023-12-31 ", datetime.date(2023, 12, 31)),
    ],
)
def test_published_forms(published: object, expected: datetime.date | None) -> None:
    assert coerce_published(published) == expected  # type: ignore[arg-type]
    assert arnews.parse("خبر عاجل", published=published).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["10/09/2016", "أمس", "2016-02-30", ""])
def test_bad_published_string_is_a_value_error(published: str) -> None:
    with pytest.raises(ValueError, match="published"):
        arnews.parse("خبر", published=published)


@pytest.mark.parametrize("published", [20160910, 3.5, ["2016-09-10"]])
def test_bad_published_type_is_a_type_error(published: object) -> None:
    with pytest.raises(TypeError, match="published"):
        arnews.parse("خبر", published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "لا شيء هنا",
        "وصل 700 مقاتل إلى حلب يوم 12 سبتمبر 2016",
        "قال المتحدث «لن نتراجع» أمس، وفق وكالة الأنباء الكويتية",
        "القاهرة - أعلنت وزارة الصحة المصرية تسجيل ١٥٠ إصابة جديدة خلال ٢٤ ساعة",
        "الرباط: أفادت هسبريس بأن 3 آلاف شخص شاركوا في المسيرة يوم الأحد 5 مارس",
    ],
)
def test_document_is_consistent(text: str) -> None:
    doc = arnews.parse(text, published="2016-09-10")
    assert doc.text is text
    for field in KIND_FIELDS:
        mentions = getattr(doc, field)
        assert isinstance(mentions, tuple)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in all_mentions(doc):
        assert text[mention.start : mention.end] == mention.text  # type: ignore[attr-defined]
    json.dumps(doc.to_dict(), ensure_ascii=False)


def test_numbers_inside_dates_and_durations_are_left_to_them(seed: Seed) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    taken = [(m.start, m.end) for m in doc.dates + doc.durations]
    for number in doc.numbers:
        assert not any(s < number.end and number.start < e for s, e in taken), number


def test_parse_matches_the_find_functions(seed: Seed) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    assert doc.dates == arnews.find_dates(seed.text, published=seed.published)
    assert doc.durations == arnews.find_durations(seed.text)
    assert doc.quotes == arnews.find_quotes(seed.text)
    assert doc.attributions == arnews.find_attributions(seed.text)
    assert set(doc.numbers) <= set(arnews.find_numbers(seed.text))


def test_to_dict_layout() -> None:
    data = arnews.parse("خبر", published=datetime.date(2020, 1, 2)).to_dict()
    assert data == {
        "schema_version": "1.0",
        "text": "خبر",
        "published": "2020-01-02",
        "numbers": [],
        "dates": [],
        "durations": [],
        "quotes": [],
        "attributions": [],
        "dateline": None,
        "amounts": [],
        "entities": [],
    }


def test_to_dict_of_a_seed_mirrors_the_document(seed: Seed) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    data = doc.to_dict()
    for field in KIND_FIELDS:
        assert [(d["start"], d["end"], d["text"]) for d in data[field]] == [
            (m.start, m.end, m.text) for m in getattr(doc, field)
        ]
    assert (data["dateline"] is None) == (doc.dateline is None)


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_keeps_order(workers: int) -> None:
    texts = [f"وصل {n} مقاتل" if n % 3 else "لا شيء" for n in range(200)]
    docs = list(arnews.parse_many(texts, published="2016-09-10", workers=workers, chunksize=7))
    assert [d.text for d in docs] == texts
    assert docs == [arnews.parse(t, published="2016-09-10") for t in texts]


def test_parse_many_is_lazy_and_bounded() -> None:
    consumed = itertools.count()

    def endless() -> Iterator[str]:
        while True:
            next(consumed)
            yield "وصل 700 مقاتل"

    docs = arnews.parse_many(endless(), workers=2, chunksize=4)
    first = list(itertools.islice(docs, 10))
    docs.close()  # type: ignore[attr-defined]
    assert len(first) == 10
    # At most workers * 4 chunks of chunksize texts were read ahead, plus one chunk.
    assert next(consumed) <= 10 + 2 * 4 * 4 + 4


def test_parse_pairs_uses_each_published_date() -> None:
    docs = list(parse_pairs([("أمس", "2016-08-28"), ("أمس", None)], workers=1))
    assert [d.published for d in docs] == [datetime.date(2016, 8, 28), None]


@pytest.mark.parametrize(("workers", "chunksize"), [(0, 4), (-1, 4), (1, 0)])
def test_parse_many_rejects_bad_settings_at_once(workers: int, chunksize: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        arnews.parse_many(["خبر"], workers=workers, chunksize=chunksize)


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_rejects_non_text(workers: int) -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        list(arnews.parse_many(["خبر", b"\xd8\xae"], workers=workers))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("bad", "hint"),
    [("وصل 700 مقاتل", "not one str"), (b"abc", "decode bytes first"), (None, "iterable")],
)
def test_parse_many_refuses_one_text_at_once(bad: object, hint: str) -> None:
    # Not when the results are read: at the call, before any parsing.
    with pytest.raises(TypeError, match=hint):
        arnews.parse_many(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("دمشق، 12 أيلول (سانا) - قتل 15 شخصا", "2016-09-12"),
        ("أبوظبي في 5 مارس / وام / أعلنت الوزارة", "2016-03-05"),
        ("القاهرة في ٣ مارس ٢٠٢١ (أ ش أ) - أعلن المتحدث", "2021-03-03"),
    ],
)
def test_dateline_date_is_the_documents_date(text: str, iso: str) -> None:
    doc = arnews.parse(text, published="2016-09-10")
    assert doc.dateline is not None and doc.dateline.date is not None
    assert doc.dateline.date.iso == iso  # resolved against published, like doc.dates
    assert doc.dateline.date in doc.dates
