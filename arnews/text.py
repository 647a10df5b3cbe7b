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

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from itertools import filterfalse
from typing import Any, TypeVar

import regex

from arnews.errors import check_text

__all__ = [
    "NormalizedText",
    "alternation",
    "is_word_char",
    "normalize",
    "normalize_with_offsets",
    "normalized_map",
    "normalized_set",
]

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

_COMBINING_RUN = re.compile(f"[{_COMBINING}]+")


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
_PRESENTATION_TABLE = str.maketrans(_PRESENTATION_SINGLE)
# One-to-one replacements as (old, new) pairs for ``str.replace``: no replacement is
# itself replaced, so applying them one after another equals one simultaneous
# ``str.translate``, and it is several times faster on Arabic text than ``translate``
# with a dict (one C scan per pair instead of one dict lookup per character).
_ONE_TO_ONE_PAIRS = tuple(_ONE_TO_ONE.items())
assert not set(_ONE_TO_ONE.values()) & set(_ONE_TO_ONE)

# The scanning patterns below use the standard library's ``re``: each is one character
# class (or starts with a literal), which ``re`` scans far faster than ``regex`` does.
_PRESENTATION_RANGE = "\ufb50-\ufdff\ufe70-\ufeff"
# A run of presentation forms that each stand for one letter: translated in one call.
_PRESENTATION_SINGLE_RUN = re.compile("[" + re.escape("".join(_PRESENTATION_SINGLE)) + "]+")
# Any character that is not simply replaced by one other character: a combining mark,
# an invisible control, '&' (``&nbsp;`` or a stray ampersand) or a presentation form
# (most stand for one letter, a ligature expands). What happens is decided at each hit.
_LENGTH_CHANGE = re.compile(f"[{_COMBINING}{_INVISIBLE}&{_PRESENTATION_RANGE}]")
_DROP = f"{_COMBINING}{_INVISIBLE}"
#: Runs of non-word characters (the ``\\W`` of ``re``: not alphanumeric, not ``_``).
_NON_WORD = re.compile(r"\W+")
_WORD_RUN = re.compile(r"\w+")
#: Above this many distinct words to locate, :meth:`NormalizedText.word_starts` scans the
#: words of the text once instead of searching for each word in turn.
_MAX_FIND_WORDS = 48
_DROP_RUN = re.compile(f"[{_DROP}]+")
# '&nbsp' or '&nbsp;' becomes a space; '&' is kept before a character entity
# ('&amp;', '&#1575;') and otherwise (an HTML leftover) becomes a space.
_AMPERSAND = re.compile(r"&(?:(?P<nbsp>nbsp;?)|(?P<entity>[A-Za-z]{2,8};|\#[0-9٠-٩۰-۹]{1,6};))?")
_AMPERSAND_RUN = re.compile("&+")
_NBSP_RUN = re.compile("(?:&nbsp;)+")
_NEEDS_WORK = re.compile(
    "[" + re.escape("".join(_ONE_TO_ONE)) + f"{_COMBINING}{_INVISIBLE}&{_PRESENTATION_RANGE}]"
)


def _class_chars(spec: str) -> str:
    """The characters of a character-class body such as ``"a-cx"``."""
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


_COMBINING_SET = frozenset(_class_chars(_COMBINING))

# :func:`normalize` of a short text without '&' in one ``str.translate`` call: every
# replacement, expansion and deletion of the offset-keeping pass, as one table.
_SHORT = 256
_SHORT_TABLE = str.maketrans(
    {
        **_PRESENTATION_SINGLE,
        **_PRESENTATION_MULTI,
        **_ONE_TO_ONE,
        **dict.fromkeys(_class_chars(_DROP)),
    }
)


def is_word_char(char: str) -> bool:
    """What ``re`` counts as ``\\w`` in a ``str`` pattern: alphanumeric or ``_``.

    >>> [is_word_char(c) for c in "ق5_ «"]
    [True, True, True, False, False]
    """
    return char.isalnum() or char == "_"


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
        "_copy_shifts",
        "_norm_starts",
        "_orig_ends",
        "_orig_starts",
        "_segment_is_copy",
        "_words",
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
        self._words: frozenset[str] | None = None
        self._norm_starts: list[int] | None = None
        self._orig_starts: list[int] = []
        self._orig_ends: list[int] = []
        self._segment_is_copy: list[bool] = []
        self._copy_shifts: list[int] | None = None
        if segments is not None:
            norm_starts: list[int] = []
            for norm_start, orig_start, orig_end, is_copy in segments:
                norm_starts.append(norm_start)
                self._orig_starts.append(orig_start)
                self._orig_ends.append(orig_end)
                self._segment_is_copy.append(is_copy)
            self._norm_starts = norm_starts
            self._copy_shifts = _copy_shifts(norm_starts, self._orig_starts, self._segment_is_copy)

    @classmethod
    def _from_map(
        cls,
        original: str,
        text: str,
        norm_starts: list[int],
        orig_starts: list[int],
        orig_ends: list[int],
        is_copy: list[bool],
    ) -> NormalizedText:
        """Build from the segment columns directly (no per-segment Python loop)."""
        self = cls.__new__(cls)
        self.original = original
        self.text = text
        self._words = None
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts
        self._orig_ends = orig_ends
        self._segment_is_copy = is_copy
        self._copy_shifts = _copy_shifts(norm_starts, orig_starts, is_copy)
        return self

    @property
    def words(self) -> frozenset[str]:
        """The distinct words of :attr:`text`: maximal runs of word characters (``\\w``).

        Split once on first use and shared by every extractor, which intersects it with
        the words its patterns can start with instead of scanning the text itself.

        >>> sorted(normalize_with_offsets("قال: «نعم»، قال_2").words)
        ['قال', 'قال_2', 'نعم']
        """
        words = self._words
        if words is None:
            # Most space-separated tokens are one word already: each is hashed once, as
            # the set is built; the few others (with punctuation, or glued by it) are
            # then taken out and replaced by their words.
            tokens = set(self.text.split())
            rest = list(filterfalse(str.isalnum, tokens))
            if rest:
                tokens.difference_update(rest)
                tokens.update(_NON_WORD.split(" ".join(rest)))
                tokens.discard("")
            words = self._words = frozenset(tokens)
        return words

    def word_starts(self, forms: frozenset[str] | set[str]) -> list[int]:
        """Sorted offsets in :attr:`text` where a word of ``forms`` is written whole.

        A word is whole when no word character (``\\w``) touches it on either side, so
        ``word_starts(forms)`` gives the starts of the matches of
        ``(?<!\\w)(?:forms)(?!\\w)`` for single words, without scanning the text.

        >>> normalize_with_offsets("قال وقال القائل قال").word_starts(frozenset({"قال"}))
        [0, 16]
        """
        present = self.words.intersection(forms)
        if not present:
            return []
        text = self.text
        if len(present) > _MAX_FIND_WORDS:
            # one str.find pass per word would cost more than one pass over every word
            return [m.start() for m in _WORD_RUN.finditer(text) if m.group() in present]
        size = len(text)
        find = text.find
        starts: list[int] = []
        for word in present:
            length = len(word)
            pos = find(word)
            while pos >= 0:
                # (is_word_char inlined: this loop runs at every place a word is found)
                end = pos + length
                if (end == size or not (text[end].isalnum() or text[end] == "_")) and (
                    pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")
                ):
                    starts.append(pos)
                pos = find(word, pos + 1)
        starts.sort()
        return starts

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

        A span that ends on a letter keeps the diacritics written after it. (This is
        :meth:`start_of` and :meth:`end_of` inlined: extractors call it for every
        mention.)
        """
        starts = self._norm_starts
        if starts is None:
            return start, end
        shifts = self._copy_shifts
        if shifts is not None and 0 <= start < end <= len(self.text):
            # every segment is a copy (only deletions, such as diacritics, changed the
            # length): an offset moves by its segment's shift
            orig_start = start + shifts[bisect_right(starts, start) - 1]
            orig_end = end + shifts[bisect_right(starts, end - 1) - 1]
        else:
            is_copy = self._segment_is_copy
            orig_starts = self._orig_starts
            if start >= len(self.text):
                orig_start = len(self.original)
            else:
                k = bisect_right(starts, start) - 1
                if k < 0:
                    orig_start = 0
                elif is_copy[k]:
                    orig_start = orig_starts[k] + (start - starts[k])
                else:
                    orig_start = orig_starts[k]
            if end <= start:
                return orig_start, orig_start
            k = bisect_right(starts, end - 1) - 1 if end > 0 else -1
            if k < 0:
                orig_end = 0
            elif is_copy[k]:
                orig_end = orig_starts[k] + (end - starts[k])
            else:
                orig_end = self._orig_ends[k]
        original = self.original
        if orig_end < len(original) and original[orig_end] in _COMBINING_SET:
            size = len(original)
            while orig_end < size and original[orig_end] in _COMBINING_SET:
                orig_end += 1
        return orig_start, orig_end

    def original_text(self, start: int, end: int) -> str:
        """The original text behind the normalised span ``[start, end)``."""
        orig_start, orig_end = self.span(start, end)
        return self.original[orig_start:orig_end]


def _copy_shifts(
    norm_starts: list[int], orig_starts: list[int], is_copy: list[bool]
) -> list[int] | None:
    """``orig_start - norm_start`` of every segment when all are copies starting at 0."""
    if not norm_starts or norm_starts[0] != 0 or not all(is_copy):
        return None
    return [o - n for o, n in zip(orig_starts, norm_starts, strict=True)]


def _one_to_one(text: str) -> str:
    """Apply the replacements that keep the length (letters, digits, separators, spaces)."""
    for old, new in _ONE_TO_ONE_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_with_offsets(text: str) -> NormalizedText:
    """Normalise ``text`` and keep the offset map (see the module docstring).

    Two passes: the characters of :data:`_LENGTH_CHANGE` are handled one hit at a time
    (usually a few diacritics per sentence), building the offset map; then the
    one-to-one replacements, which keep every position, run over the result in C.

    >>> nt = normalize_with_offsets("وصلَ ٣٥٠٠ شخص")
    >>> nt.text
    'وصل 3500 شخص'
    >>> nt.span(4, 8)
    (5, 9)
    """
    if not _NEEDS_WORK.search(text):
        return NormalizedText(text, text)
    search = _LENGTH_CHANGE.search
    hit = search(text)
    if hit is None:
        return NormalizedText(text, _one_to_one(text))
    pieces: list[str] = []
    # The offset map, one column per field of a segment (see NormalizedText).
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    copies: list[bool] = []
    norm_pos = 0
    orig_pos = 0
    drop_run = _DROP_RUN.match
    ampersand = _AMPERSAND.match
    nbsp_run = _NBSP_RUN.match
    single_run = _PRESENTATION_SINGLE_RUN.match
    stray_run = _AMPERSAND_RUN.match
    multi = _PRESENTATION_MULTI
    while hit is not None:
        m_start = hit.start()
        is_copy = False
        entity_count = 0  # '&nbsp;' entities replaced, one segment each
        run = drop_run(text, m_start)
        if run is not None:
            m_end = run.end()
            replacement = ""
        elif text[m_start] == "&":
            entities = nbsp_run(text, m_start)
            if entities is not None:  # '&nbsp;&nbsp;...': one space each, in bulk
                m_end = entities.end()
                entity_count = (m_end - m_start) // 6
                replacement = " " * entity_count
            else:
                amp = ampersand(text, m_start)
                if amp is None or amp.group("entity"):  # kept: the copy goes on over it
                    hit = search(text, m_start + 1)
                    continue
                m_end = amp.end()
                replacement = " "
                if m_end == m_start + 1:  # stray '&': take the whole run of them at once
                    stray = stray_run(text, m_start)
                    if stray is not None and stray.end() > m_end:
                        m_end = stray.end()
                        last = ampersand(text, m_end - 1)
                        if last is not None and last.end() > m_end:
                            m_end -= 1  # the last one starts '&nbsp;' or an entity
                        replacement = " " * (m_end - m_start)
                    is_copy = True
        else:
            run = single_run(text, m_start)
            if run is not None:  # letters in presentation forms: same length
                m_end = run.end()
                replacement = run.group().translate(_PRESENTATION_TABLE)
                is_copy = True
            else:  # a ligature expands (or an unmapped form is kept)
                m_end = m_start + 1
                replacement = multi.get(text[m_start], text[m_start])
        if m_start > orig_pos:  # the stretch copied unchanged before this hit
            pieces.append(text[orig_pos:m_start])
            norm_starts.append(norm_pos)
            orig_starts.append(orig_pos)
            orig_ends.append(m_start)
            copies.append(True)
            norm_pos += m_start - orig_pos
        if replacement:
            pieces.append(replacement)
            if entity_count:  # each '&nbsp;' maps to its own space
                norm_starts.extend(range(norm_pos, norm_pos + entity_count))
                orig_starts.extend(range(m_start, m_end, 6))
                orig_ends.extend(range(m_start + 6, m_end + 1, 6))
                copies.extend([False] * entity_count)
            else:
                norm_starts.append(norm_pos)
                orig_starts.append(m_start)
                orig_ends.append(m_end)
                copies.append(is_copy)
            norm_pos += len(replacement)
        orig_pos = m_end
        hit = search(text, m_end)
    if not norm_starts and orig_pos == 0:  # only '&' of character entities
        return NormalizedText(text, _one_to_one(text))
    if orig_pos < len(text):
        pieces.append(text[orig_pos:])
        norm_starts.append(norm_pos)
        orig_starts.append(orig_pos)
        orig_ends.append(len(text))
        copies.append(True)
    return NormalizedText._from_map(
        text, _one_to_one("".join(pieces)), norm_starts, orig_starts, orig_ends, copies
    )


def normalize(text: str) -> str:
    """Return the search form of ``text`` (see the module docstring).

    >>> normalize("أكّد الوزيرُ أنّ ٣٥٠٠ شخصٍ غادروا")
    'اكد الوزير ان 3500 شخص غادروا'
    """
    text = check_text(text)
    if len(text) <= _SHORT and "&" not in text:
        # Lexicon words and short phrases: one ``translate`` costs less than the
        # setup of the offset-keeping pass (the result is the same).
        return text.translate(_SHORT_TABLE)
    return normalize_with_offsets(text).text


# ---------------------------------------------------------------------------
# compiling lexicon data (shared by the extractors)

_V = TypeVar("_V")


def normalized_set(words: Iterable[str]) -> frozenset[str]:
    """The normalised forms of lexicon words, for lookups in normalised text.

    >>> sorted(normalized_set(("إذاعة", "أمس")))
    ['اذاعه', 'امس']
    """
    return frozenset(normalize(w) for w in words)


def normalized_map(table: Mapping[str, _V]) -> dict[str, _V]:
    """A lexicon table with its keys normalised.

    >>> normalized_map({"أيار": 5})
    {'ايار': 5}
    """
    return {normalize(word): value for word, value in table.items()}


def alternation(words: Iterable[str], space: str) -> str:
    r"""Normalised words as one regex, ``space`` between the words of a phrase.

    The words are factored into a trie (``ab|ac`` is written ``a(?:b|c)``), so that a
    scan tries only the branches that fit the text, and at each branch the longer
    continuation comes first: of the words that match at one place the longest is tried
    first, as in a plain alternation sorted longest first.

    >>> alternation(("كانون الثاني", "آب"), r"\s+")
    '(?:اب|كانون\\s+الثاني)'
    >>> alternation(("عشر", "عشرة"), " ")
    'عشره?'
    """
    trie: dict[str, Any] = {}
    for word in {normalize(w) for w in words}:
        node = trie
        for i, token in enumerate(word.split()):
            if i:
                node = node.setdefault(" ", {})
            for ch in token:
                node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, space)


def _trie_regex(node: dict[str, Any], space: str) -> str:
    """The regex of one trie node: its branches, then (if a word ends here) nothing."""
    head: list[str] = []
    while True:  # a chain of single letters is written as it is, without recursion
        keys = sorted(key for key in node if key)
        if len(keys) != 1 or "" in node:
            break
        key = keys[0]
        head.append(space if key == " " else _escaped(key))
        node = node[key]
    if not keys:
        return "".join(head)
    branches = [
        (space if key == " " else _escaped(key)) + _trie_regex(node[key], space) for key in keys
    ]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        body = body + "?" if len(branches) > 1 or len(body) == 1 else "(?:" + body + ")?"
    return "".join(head) + body


_ESCAPED: dict[str, str] = {}


def _escaped(char: str) -> str:
    """``regex.escape(char)``, remembered (a trie escapes the same few letters often)."""
    escaped = _ESCAPED.get(char)
    if escaped is None:
        escaped = _ESCAPED[char] = regex.escape(char)
    return escaped
