"""Umm al-Qura conversion: anchors, month lengths, round trips, the seams with the
tabular calendar, out-of-range input and (when installed) a cross-check with hijridate."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.hijri import gregorian_to_hijri, hijri_month_length, hijri_to_gregorian
from arnews.lexicon.ummalqura import FIRST_YEAR, LAST_YEAR

TABLE_START = datetime.date(1924, 8, 1)  # 1 Muharram 1343
TABLE_END = datetime.date(2077, 11, 16)  # last day of 1500

# Umm al-Qura dates announced by the Saudi authorities and printed by the press.
ANCHORS = [
    ((1343, 1, 1), datetime.date(1924, 8, 1)),
    ((1437, 9, 1), datetime.date(2016, 6, 6)),  # Ramadan 1437
    ((1437, 10, 1), datetime.date(2016, 7, 6)),  # Eid al-Fitr 1437
    ((1437, 12, 9), datetime.date(2016, 9, 10)),  # Arafat day 1437
    ((1437, 12, 10), datetime.date(2016, 9, 11)),  # Eid al-Adha 1437
    ((1438, 1, 1), datetime.date(2016, 10, 2)),
    ((1441, 10, 1), datetime.date(2020, 5, 24)),
    ((1445, 1, 1), datetime.date(2023, 7, 19)),
    ((1445, 9, 1), datetime.date(2024, 3, 11)),
    ((1446, 9, 1), datetime.date(2025, 3, 1)),
]


@pytest.mark.parametrize(("hijri", "gregorian"), ANCHORS)
def test_anchors(hijri: tuple[int, int, int], gregorian: datetime.date) -> None:
    assert hijri_to_gregorian(*hijri) == gregorian
    assert gregorian_to_hijri(gregorian) == hijri


def test_month_lengths_are_29_or_30_in_modern_years() -> None:
    # The first years of the published table have a handful of 28- and 31-day months.
    for year in range(1365, LAST_YEAR + 1):
        for month in range(1, 13):
            assert hijri_month_length(year, month) in (29, 30), (year, month)
        days = sum(hijri_month_length(year, m) for m in range(1, 13))
        assert 353 <= days <= 355, year  # observed years are not always 354 or 355
    for year in range(FIRST_YEAR, 1365):
        assert all(28 <= hijri_month_length(year, m) <= 31 for m in range(1, 13))


def test_month_length_matches_the_conversion() -> None:
    for year in (1343, 1400, 1437, 1500, 1200, 1600):
        for month in range(1, 13):
            length = hijri_month_length(year, month)
            last = hijri_to_gregorian(year, month, length)
            following = (year, month + 1) if month < 12 else (year + 1, 1)
            assert hijri_to_gregorian(*following, 1) == last + datetime.timedelta(days=1)


@settings(max_examples=500, deadline=None)
@given(st.dates(TABLE_START, TABLE_END))
def test_gregorian_hijri_gregorian_in_table(day: datetime.date) -> None:
    year, month, d = gregorian_to_hijri(day)
    assert FIRST_YEAR <= year <= LAST_YEAR
    assert hijri_to_gregorian(year, month, d) == day


@st.composite
def hijri_dates(draw: st.DrawFn, first: int, last: int) -> tuple[int, int, int]:
    year = draw(st.integers(first, last))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, hijri_month_length(year, month)))
    return year, month, day


@settings(max_examples=500, deadline=None)
@given(hijri_dates(FIRST_YEAR, LAST_YEAR))
def test_hijri_gregorian_hijri_in_table(h: tuple[int, int, int]) -> None:
    assert gregorian_to_hijri(hijri_to_gregorian(*h)) == h


@settings(max_examples=300, deadline=None)
@given(hijri_dates(1, 9665))
def test_round_trip_everywhere(h: tuple[int, int, int]) -> None:
    assert gregorian_to_hijri(hijri_to_gregorian(*h)) == h


@settings(max_examples=300, deadline=None)
@given(st.dates(datetime.date(622, 7, 18), datetime.date.max))
def test_every_gregorian_day_has_one_hijri_date(day: datetime.date) -> None:
    assert hijri_to_gregorian(*gregorian_to_hijri(day)) == day


def test_seams_join_without_gap_or_overlap() -> None:
    one = datetime.timedelta(days=1)
    before = hijri_to_gregorian(FIRST_YEAR - 1, 12, hijri_month_length(FIRST_YEAR - 1, 12))
    assert before + one == hijri_to_gregorian(FIRST_YEAR, 1, 1) == TABLE_START
    assert gregorian_to_hijri(TABLE_START - one)[0] == FIRST_YEAR - 1
    last = hijri_to_gregorian(LAST_YEAR, 12, hijri_month_length(LAST_YEAR, 12))
    assert last == TABLE_END
    assert hijri_to_gregorian(LAST_YEAR + 1, 1, 1) == TABLE_END + one
    assert gregorian_to_hijri(TABLE_END + one) == (LAST_YEAR + 1, 1, 1)


def test_tabular_fallback_outside_the_table() -> None:
    # 1 Muharram 1300 (tabular) fell in November 1882.
    start_1300 = hijri_to_gregorian(1300, 1, 1)
    assert start_1300.year == 1882
    assert start_1300.month == 11
    assert gregorian_to_hijri(datetime.date(1882, 11, 20))[0] in (1299, 1300)
    assert hijri_to_gregorian(1, 1, 1) == datetime.date(622, 7, 18)
    assert hijri_month_length(1200, 1) == 30
    assert hijri_month_length(1200, 2) == 29


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(1437, 13, 1), (1437, 0, 1), (1437, 9, 31), (1437, 9, 0), (1437, 8, 30), (0, 1, 1)],
)
def test_impossible_hijri_dates_raise(year: int, month: int, day: int) -> None:
    # Sha'ban 1437 had 29 days.
    with pytest.raises(ValueError):
        hijri_to_gregorian(year, month, day)


def test_out_of_range_dates_raise() -> None:
    with pytest.raises(ValueError, match="Hijri epoch"):
        gregorian_to_hijri(datetime.date(600, 1, 1))
    with pytest.raises(ValueError, match="9999"):
        hijri_to_gregorian(9700, 1, 1)


def test_cross_check_with_hijridate() -> None:
    hijridate = pytest.importorskip("hijridate")
    rng = __import__("random").Random(1437)
    span = (TABLE_END - TABLE_START).days
    for _ in range(3000):
        day = TABLE_START + datetime.timedelta(days=rng.randrange(span + 1))
        h = hijridate.Gregorian(day.year, day.month, day.day).to_hijri()
        assert gregorian_to_hijri(day) == (h.year, h.month, h.day), day
        g = hijridate.Hijri(h.year, h.month, h.day).to_gregorian()
        assert hijri_to_gregorian(h.year, h.month, h.day) == datetime.date(g.year, g.month, g.day)
        assert hijri_month_length(h.year, h.month) == h.month_length()
