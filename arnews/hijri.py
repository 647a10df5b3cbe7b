"""Hijri (Umm al-Qura) to Gregorian conversion and back.

Inside 1343-1500 AH (1924-2077 CE) the official Saudi Umm al-Qura calendar is used, from
the generated month-length table :mod:`arnews.lexicon.ummalqura`. Outside that range the
arithmetic (tabular, civil epoch) Islamic calendar is used, which agrees with observed
calendars to within a day or two (so 29 Dhu al-Hijjah 1342, tabular, and 1 Muharram
1343, Umm al-Qura, fall on the same day at the seam).

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


def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Hijri date.

    Raises ValueError for an impossible Hijri date (month outside 1..12, day outside the
    month's length).

    >>> hijri_to_gregorian(1437, 12, 10)
    datetime.date(2016, 9, 11)
    """
    if not 1 <= day <= hijri_month_length(year, month):
        raise ValueError(f"no day {day} in Hijri month {month} of {year}")
    if year < 1:
        raise ValueError(f"Hijri year must be positive, not {year}")
    if FIRST_YEAR <= year <= LAST_YEAR:
        jdn = _MONTH_STARTS[12 * (year - FIRST_YEAR) + month - 1] + day - 1
    else:
        jdn = _tabular_jdn(year, month, day)
    return datetime.date.fromordinal(jdn - _ORDINAL_TO_JDN)


def gregorian_to_hijri(date: datetime.date) -> tuple[int, int, int]:
    """The Hijri ``(year, month, day)`` of a Gregorian date.

    >>> gregorian_to_hijri(datetime.date(2016, 6, 6))
    (1437, 9, 1)
    """
    jdn = date.toordinal() + _ORDINAL_TO_JDN
    if _MONTH_STARTS[0] <= jdn < _MONTH_STARTS[-1]:
        index = bisect_right(_MONTH_STARTS, jdn) - 1
        year, month0 = divmod(index, 12)
        return FIRST_YEAR + year, month0 + 1, jdn - _MONTH_STARTS[index] + 1
    year = (30 * (jdn - _TABULAR_EPOCH) + 10646) // 10631
    year = max(year, 1)
    while _tabular_jdn(year + 1, 1, 1) <= jdn:
        year += 1
    while year > 1 and _tabular_jdn(year, 1, 1) > jdn:
        year -= 1
    month = 1
    while month < 12 and _tabular_jdn(year, month + 1, 1) <= jdn:
        month += 1
    return year, month, jdn - _tabular_jdn(year, month, 1) + 1
