"""Quoted speech (work in progress: being written now)."""

from __future__ import annotations

from arnews.errors import check_text
from arnews.mentions import Quote
from arnews.text import NormalizedText, normalize_with_offsets

__all__ = ["extract_quotes", "find_quotes"]


def extract_quotes(nt: NormalizedText) -> tuple[Quote, ...]:
    """Quotes in a normalised text."""
    return ()


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Quotes in ``text``."""
    return extract_quotes(normalize_with_offsets(check_text(text)))
