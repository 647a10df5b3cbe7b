"""Hijri (Umm al-Qura) to Gregorian conversion and back.

Inside 1343-1500 AH (1 August 1924 - 16 November 2077) the official Saudi Umm al-Qura
calendar is used, from the generated month-length table :mod:`arnews.lexicon.ummalqura`.
Outside that range the arithmetic (tabular, civil epoch) Islamic calendar is used, with its
month lengths, shifted by a day where needed so that it joins the table without a gap or an
overlap: every Gregorian day from 1 Muharram 1 AH (18 July 622, proleptic) to 31 December 9999 has
exactly one Hijri date, and the two conversions are inverses. Outside the table the result
can differ from an observed (moon-sighted) calendar by a day or two.

>>> hijri_to_gregorian(1437, 9, 1)
datetime.date(2016, 6, 6)
>>> gregorian_to_hijri(datetime.date(2016, 10, 2))
(1438, 1, 1)
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from itertools import accumulate

from arnews.lexicon.ummalqura import FIRST_JDN, FIRST_YEAR, LAST_YEAR, MONTH_LENGTHS

__all__ = ["gregorian_to_hijri", "hijri_month_length", "hijri_to_gregorian"]

_ORDINAL_TO_JDN = 1721425  # jdn = date.toordinal() + _ORDINAL_TO_JDN
_TABULAR_EPOCH = 1948439  # JDN of the day before 1 Muharram 1 AH (civil epoch)


_DIGIT_TO_LENGTH = {"8": 28, "9": 29, "0": 30, "1": 31}
# Length of every tabulated month, in order from 1 Muharram FIRST_YEAR.
_LENGTHS: tuple[int, ...] = tuple(_DIGIT_TO_LENGTH[c] for year in MONTH_LENGTHS for c in year)
# JDN of the first day of every tabulated month, and of the month after the last.
_MONTH_STARTS: tuple[int, ...] = tuple(accumulate(_LENGTHS, initial=FIRST_JDN))


def hijri_month_length(year: int, month: int) -> int:
    """Days in a Hijri month (29 or 30; a few early Umm al-Qura months differ).

    >>> hijri_month_length(1437, 9)
    30
    """
    if not 1 <= month <= 12:
        raise ValueError(f"Hijri month must be 1..12, not {month}")
    if FIRST_YEAR <= year <= LAST_YEAR:
        return _LENGTHS[12 * (year - FIRST_YEAR) + month - 1]
    if month % 2 == 1:
        return 30
    if month == 12 and (14 + 11 * year) % 30 < 11:
        return 30
    return 29


def _tabular_jdn(year: int, month: int, day: int) -> int:
    return (
        day
        + (59 * (month - 1) + 1) // 2
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + (_TABULAR_EPOCH)
    )


# Shifts that join the tabular calendar to the table: the day before 1 Muharram FIRST_YEAR
# is the last day of FIRST_YEAR - 1, and 1 Muharram LAST_YEAR + 1 follows the table's end.
_SHIFT_BEFORE = _MONTH_STARTS[0] - _tabular_jdn(FIRST_YEAR, 1, 1)
_SHIFT_AFTER = _MONTH_STARTS[-1] - _tabular_jdn(LAST_YEAR + 1, 1, 1)
_MAX_ORDINAL = datetime.date.max.toordinal()


def _outside_jdn(year: int, month: int, day: int) -> int:
    """JDN of a Hijri date outside the table: tabular, joined to the table at both ends."""
    if year < FIRST_YEAR:
        return _tabular_jdn(year, month, day) + _SHIFT_BEFORE
    return _tabular_jdn(year, month, day) + _SHIFT_AFTER


def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Hijri date.

    Raises ValueError for an impossible Hijri date (year below 1, month outside 1..12,
    day outside the month's length) or one after 31 December 9999.

    >>> hijri_to_gregorian(1437, 12, 10)
    datetime.date(2016, 9, 11)
    """
    if year < 1:
        raise ValueError(f"Hijri year must be positive, not {year}")
    if not 1 <= day <= hijri_month_length(year, month):
        raise ValueError(f"no day {day} in Hijri month {month} of {year}")
    if FIRST_YEAR <= year <= LAST_YEAR:
        jdn = _MONTH_STARTS[12 * (year - FIRST_YEAR) + month - 1] + day - 1
    else:
        jdn = _outside_jdn(year, month, day)
    ordinal = jdn - _ORDINAL_TO_JDN
    if ordinal > _MAX_ORDINAL:
        raise ValueError(f"Hijri date {year}-{month}-{day} is after 9999-12-31")
    return datetime.date.fromordinal(ordinal)


def gregorian_to_hijri(date: datetime.date) -> tuple[int, int, int]:
    """The Hijri ``(year, month, day)`` of a Gregorian date.

    Raises ValueError for a date before 1 Muharram 1 AH (18 July 622).

    >>> gregorian_to_hijri(datetime.date(2016, 6, 6))
    (1437, 9, 1)
    """
    jdn = date.toordinal() + _ORDINAL_TO_JDN
    if _MONTH_STARTS[0] <= jdn < _MONTH_STARTS[-1]:
        index = bisect_right(_MONTH_STARTS, jdn) - 1
        year, month0 = divmod(index, 12)
        return FIRST_YEAR + year, month0 + 1, jdn - _MONTH_STARTS[index] + 1
    if jdn < _outside_jdn(1, 1, 1):
        raise ValueError(f"{date.isoformat()} is before the Hijri epoch (622-07-18)")
    year = (30 * (jdn - _TABULAR_EPOCH) + 10646) // 10631
    year = min(max(year, 1), FIRST_YEAR - 1) if jdn < _MONTH_STARTS[0] else max(year, LAST_YEAR + 1)
    while year + 1 != FIRST_YEAR and _outside_jdn(year + 1, 1, 1) <= jdn:
        year += 1
    while year > 1 and year - 1 != LAST_YEAR and _outside_jdn(year, 1, 1) > jdn:
        year -= 1
    month = 1
    while month < 12 and _outside_jdn(year, month + 1, 1) <= jdn:
        month += 1
    return year, month, jdn - _outside_jdn(year, month, 1) + 1
