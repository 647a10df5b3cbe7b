"""One normalisation pass that keeps an offset map back to the caller's string.

Every extractor matches its patterns against :attr:`NormalizedText.text` and
reports offsets into :attr:`NormalizedText.original` through :meth:`NormalizedText.span`.

What the pass does:

- folds alef/hamza variants (أ إ آ ٱ) to ا, alef maqsura ى to ي, taa marbuta ة to ه;
- removes diacritics (harakat, tanween, shadda, sukun, superscript alef), tatweel,
  bidi controls and zero-width characters;
- turns Eastern Arabic (٠-٩) and Persian (۰-۹) digits into ASCII digits, and the
  Arabic decimal, thousands and percent signs (٫ ٬ ٪) into ``.`` ``,`` ``%``;
- turns NBSP and other Unicode spaces into a plain space, ``&nbsp;`` and a stray ``&``
  (an HTML leftover) into a space;
- maps Arabic presentation forms to their base letters (ligatures expand).

A text with none of these takes an identity fast path.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable

import regex

__all__ = ["NormalizedText", "normalize", "normalize_with_offsets"]

_ALEF = "ا"

# Characters replaced one for one (same length, so offsets do not move).
_ONE_TO_ONE: dict[str, str] = {
    "أ": _ALEF,
    "إ": _ALEF,
    "آ": _ALEF,
    "ٱ": _ALEF,
    "ٲ": _ALEF,
    "ٳ": _ALEF,
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",  # Persian keheh
    "ی": "ي",  # Persian yeh
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "\u00a0": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Persian digits

# Combining marks that attach to the previous letter: deleted, and a mention that
# ends on a letter keeps the marks that follow it.
_COMBINING = (
    "\u0610-\u061a"  # Quranic signs
    "\u064b-\u065f"  # harakat, tanween, shadda, sukun, ...
    "\u0670"  # superscript alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0640"  # tatweel
)
# Invisible controls: deleted.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"

_COMBINING_RUN = regex.compile(f"[{_COMBINING}]+")


def _presentation_forms() -> tuple[dict[str, str], dict[str, str]]:
    """Map Arabic presentation forms to base letters: (one-to-one, expanding)."""
    single: dict[str, str] = {}
    multi: dict[str, str] = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)):
        for code in block:
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            if folded == char or not folded.strip():
                continue
            folded = "".join(_ONE_TO_ONE.get(c, c) for c in folded)
            folded = _COMBINING_RUN.sub("", folded).strip()
            if not folded:
                continue
            if len(folded) == 1:
                single[char] = folded
            else:
                multi[char] = folded
    return single, multi


_PRESENTATION_SINGLE, _PRESENTATION_MULTI = _presentation_forms()
_TRANSLATION = str.maketrans({**_ONE_TO_ONE, **_PRESENTATION_SINGLE})

# Everything that changes the length of the text.
_LENGTH_CHANGE = regex.compile(
    "(?P<drop>[" + _COMBINING + _INVISIBLE + "]+)"
    "|(?P<nbsp>&nbsp;?)"
    "|(?P<amp>&(?![A-Za-z]{2,8};|\\#[0-9]{1,6};))"
    "|(?P<lig>[\ufb50-\ufdff\ufe70-\ufeff])"
)
_NEEDS_WORK = regex.compile(
    "["
    + regex.escape("".join(_ONE_TO_ONE))
    + _COMBINING
    + _INVISIBLE
    + "&\ufb50-\ufdff\ufe70-\ufeff]"
)
_COMBINING_CHARS = regex.compile(f"[{_COMBINING}]")


class NormalizedText:
    """A normalised text with the map back to the original string.

    >>> nt = normalize_with_offsets("قالَ أحمدُ")
    >>> nt.text
    'قال احمد'
    >>> start, end = nt.span(4, 8)
    >>> nt.original[start:end]
    'أحمدُ'
    """

    __slots__ = (
        "_norm_starts",
        "_orig_ends",
        "_orig_starts",
        "_segment_is_copy",
        "original",
        "text",
    )

    original: str
    text: str

    def __init__(
        self,
        original: str,
        text: str,
        segments: Iterable[tuple[int, int, int, bool]] | None = None,
    ) -> None:
        """Build from the original, the normalised text and its segments.

        ``segments`` are ``(norm_start, orig_start, orig_end, is_copy)`` for every
        non-empty stretch of the normalised text, in order; None means identity.
        """
        self.original = original
        self.text = text
        self._norm_starts: list[int] | None = None
        self._orig_starts: list[int] = []
        self._orig_ends: list[int] = []
        self._segment_is_copy: list[bool] = []
        if segments is not None:
            norm_starts: list[int] = []
            for norm_start, orig_start, orig_end, is_copy in segments:
                norm_starts.append(norm_start)
                self._orig_starts.append(orig_start)
                self._orig_ends.append(orig_end)
                self._segment_is_copy.append(is_copy)
            self._norm_starts = norm_starts

    @property
    def is_identity(self) -> bool:
        """True when offsets in :attr:`text` are offsets in :attr:`original`."""
        return self._norm_starts is None

    def start_of(self, pos: int) -> int:
        """Original offset of the normalised character at ``pos``."""
        starts = self._norm_starts
        if starts is None:
            return pos
        if pos >= len(self.text):
            return len(self.original)
        k = bisect_right(starts, pos) - 1
        if k < 0:
            return 0
        if self._segment_is_copy[k]:
            return self._orig_starts[k] + (pos - starts[k])
        return self._orig_starts[k]

    def end_of(self, pos: int) -> int:
        """Original offset just past the normalised character at ``pos - 1``."""
        starts = self._norm_starts
        if starts is None:
            return pos
        if pos <= 0:
            return 0
        k = bisect_right(starts, pos - 1) - 1
        if k < 0:
            return 0
        if self._segment_is_copy[k]:
            return self._orig_starts[k] + (pos - starts[k])
        return self._orig_ends[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original string.

        A span that ends on a letter keeps the diacritics written after it.
        """
        if self._norm_starts is None:
            return start, end
        orig_start = self.start_of(start)
        if end <= start:
            return orig_start, orig_start
        orig_end = self.end_of(end)
        original = self.original
        while orig_end < len(original) and _COMBINING_CHARS.match(original, orig_end):
            orig_end += 1
        return orig_start, orig_end

    def original_text(self, start: int, end: int) -> str:
        """The original text behind the normalised span ``[start, end)``."""
        orig_start, orig_end = self.span(start, end)
        return self.original[orig_start:orig_end]


def normalize_with_offsets(text: str) -> NormalizedText:
    """Normalise ``text`` and keep the offset map (see the module docstring)."""
    if not _NEEDS_WORK.search(text):
        return NormalizedText(text, text)
    translated = text.translate(_TRANSLATION)
    pieces: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    norm_pos = 0
    orig_pos = 0
    for match in _LENGTH_CHANGE.finditer(translated):
        m_start, m_end = match.span()
        if m_start > orig_pos:
            pieces.append(translated[orig_pos:m_start])
            segments.append((norm_pos, orig_pos, m_start, True))
            norm_pos += m_start - orig_pos
        group = match.lastgroup
        if group == "drop":
            replacement = ""
        elif group == "lig":
            replacement = _PRESENTATION_MULTI.get(match.group(), match.group())
        else:  # nbsp, amp
            replacement = " "
        if replacement:
            pieces.append(replacement)
            segments.append((norm_pos, m_start, m_end, False))
            norm_pos += len(replacement)
        orig_pos = m_end
    if not segments and orig_pos == 0:
        return NormalizedText(text, translated)
    if orig_pos < len(translated):
        pieces.append(translated[orig_pos:])
        segments.append((norm_pos, orig_pos, len(translated), True))
    return NormalizedText(text, "".join(pieces), segments)


def normalize(text: str) -> str:
    """Return the search form of ``text`` (see the module docstring).

    >>> normalize("أكّد الوزيرُ أنّ ٣٥٠٠ شخصٍ غادروا")
    'اكد الوزير ان 3500 شخص غادروا'
    """
    from arnews.errors import check_text

    return normalize_with_offsets(check_text(text)).text
