"""Every result pickles and survives the round trip (results travel to and from workers)."""

from __future__ import annotations

import datetime
import pickle

import pytest

import arnews
from arnews.mentions import (
    Attribution,
    Dateline,
    DateMention,
    DurationMention,
    NumberMention,
    Quote,
)
from tests.conftest import Seed

DATE = DateMention(0, 3, "أمس", "2016-08-27", "date", day=27, month=8, year=2016, relative=True)

EXAMPLES = [
    NumberMention(4, 7, "700", 700, "cardinal", None, "مقاتل"),
    NumberMention(0, 6, "نحو 2.5", 2.5, "cardinal", "approx"),
    DATE,
    DateMention(0, 14, "15 رمضان 1445", "2024-03-25", calendar="hijri", year=1445),
    DurationMention(0, 9, "سبعة أيام", 7, "day"),
    DurationMention(0, 15, "أكثر من 13 ساعة", 13, "hour", "more_than"),
    Quote(0, 20, "قال كيري «لا نريد»", "كيري", 4, 8, "قال", "لا نريد", 10, 17, "direct"),
    Quote(0, 10, "وأضاف أن ...", None, None, None, "أضاف", "...", 9, 12, "indirect"),
    Attribution(0, 10, "وفق رويترز", "رويترز", "وفق", "media"),
    Attribution(0, 12, "مصدر في الوفد", "مصدر في الوفد", "", "unnamed", anonymous=True),
    Dateline(0, 14, "إيلاف من جنيف:", "إيلاف", "جنيف", DATE),
    Dateline(0, 6, "بيروت:", None, "بيروت"),
]


@pytest.mark.parametrize("mention", EXAMPLES, ids=lambda m: type(m).__name__)
@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_mention_round_trip(mention: object, protocol: int) -> None:
    assert pickle.loads(pickle.dumps(mention, protocol=protocol)) == mention


def test_document_round_trip(seed: Seed) -> None:
    doc = arnews.parse(seed.text, published=seed.published)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.to_dict() == doc.to_dict()


def test_document_without_published_round_trip() -> None:
    doc = arnews.parse("قال المتحدث إن 3 آلاف شخص وصلوا أمس")
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert doc.published is None


def test_document_with_datetime_published_keeps_the_date() -> None:
    doc = arnews.parse("خبر", published=datetime.datetime(2020, 5, 1, 12, 0))
    assert pickle.loads(pickle.dumps(doc)).published == datetime.date(2020, 5, 1)


def test_functions_pickle_for_worker_pools() -> None:
    for function in (arnews.parse, arnews.find_numbers, arnews.find_quotes, arnews.parse_many):
        assert pickle.loads(pickle.dumps(function)) is function
