"""Source attributions and datelines (work in progress: being written now)."""

from __future__ import annotations

from arnews.errors import check_text
from arnews.mentions import Attribution, Dateline
from arnews.text import NormalizedText, normalize_with_offsets

__all__ = ["extract_attributions", "extract_dateline", "find_attributions"]


def extract_attributions(nt: NormalizedText) -> tuple[Attribution, ...]:
    """Attributions in a normalised text."""
    return ()


def extract_dateline(nt: NormalizedText) -> Dateline | None:
    """The dateline of a normalised text, if any."""
    return None


def find_attributions(text: str) -> tuple[Attribution, ...]:
    """Attributions in ``text``."""
    return extract_attributions(normalize_with_offsets(check_text(text)))
