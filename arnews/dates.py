"""Dates and durations (work in progress: being written now)."""

from __future__ import annotations

import datetime

from arnews.errors import ParseError, check_text
from arnews.mentions import DateMention, DurationMention
from arnews.text import NormalizedText, normalize_with_offsets

__all__ = ["extract_dates", "extract_durations", "find_dates", "find_durations", "format_date", "parse_date"]

Published = datetime.date | datetime.datetime | str | None


def extract_dates(nt: NormalizedText, published: Published = None) -> tuple[DateMention, ...]:
    """Dates in a normalised text."""
    return ()


def extract_durations(nt: NormalizedText) -> tuple[DurationMention, ...]:
    """Durations in a normalised text."""
    return ()


def find_dates(text: str, published: Published = None) -> tuple[DateMention, ...]:
    """Dates in ``text``."""
    return extract_dates(normalize_with_offsets(check_text(text)), published)


def find_durations(text: str) -> tuple[DurationMention, ...]:
    """Durations in ``text``."""
    return extract_durations(normalize_with_offsets(check_text(text)))


def parse_date(phrase: str, published: Published = None) -> DateMention:
    """One date phrase."""
    raise ParseError(f"not a date phrase: {check_text(phrase, 'phrase')!r}")


def format_date(date: datetime.date, style: str = "gregorian", digits: str = "western") -> str:
    """``date`` written in Arabic."""
    raise NotImplementedError
