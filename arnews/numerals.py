"""Numerals (work in progress: being written now)."""

from __future__ import annotations

from arnews.errors import ParseError, check_text
from arnews.mentions import NumberMention
from arnews.text import NormalizedText, normalize_with_offsets

__all__ = ["extract_numbers", "find_numbers", "parse_number", "spell_number"]


def extract_numbers(nt: NormalizedText) -> tuple[NumberMention, ...]:
    """Numbers in a normalised text."""
    return ()


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Numbers in ``text``."""
    return extract_numbers(normalize_with_offsets(check_text(text)))


def parse_number(phrase: str) -> int | float:
    """The value of one number phrase."""
    raise ParseError(f"not a number phrase: {check_text(phrase, 'phrase')!r}")


def spell_number(n: int) -> str:
    """``n`` written in Arabic words."""
    raise NotImplementedError
