"""Quotation marks: where they are and how they pair (one pass per text).

:func:`pair_quote_marks` (public, re-exported by :mod:`arnews.quotes`) pairs the marks of
a text by their context, per paragraph and mark family; :func:`_pair_marks` does the same
work with plain :class:`_Mark` objects for the quote extraction.
"""

from __future__ import annotations

from operator import attrgetter

import attrs

from arnews.lexicon import speech

_FAMILY: dict[str, str] = {}
for _family, _chars in speech.QUOTE_MARKS.items():
    for _c in _chars:
        _FAMILY[_c] = _family
_OPEN_BEFORE = frozenset(" \t\u00a0\n(:،,[{-—") | frozenset(_FAMILY)
_CLOSE_AFTER = frozenset(" \t\u00a0\n).،,:؛;!?؟]}-") | frozenset(_FAMILY) | {"."}


@attrs.frozen
class QuoteMark:
    """A paired (or unclosed) quotation, in normalised offsets.

    ``open``/``close`` are the positions of the marks (``close`` is the paragraph
    end when the quote is never closed); the quoted words are ``[open + 1, close)``.

    >>> pair_quote_marks("قال «نعم»")[0]
    QuoteMark(open=4, close=8, closed=True)
    """

    open: int
    close: int
    closed: bool


class _Mark:
    """A :class:`QuoteMark` as the extraction uses it: a plain slotted object (a third
    of the cost of a frozen ``attrs`` one to build; a quote-dense text has dozens)."""

    __slots__ = ("close", "closed", "open")

    def __init__(self, open: int, close: int, closed: bool) -> None:
        self.open = open
        self.close = close
        self.closed = closed


_BY_OPEN = attrgetter("open")
_MARK_CHARS = "".join(_FAMILY)


def _mark_positions(text: str) -> list[int]:
    """Offsets of the quote marks in ``text``, in order (one ``str.find`` pass per mark
    character present: several times faster than scanning with a character class)."""
    out: list[int] = []
    find = text.find
    for ch in _MARK_CHARS:
        if ch in text:
            pos = find(ch)
            while pos >= 0:
                out.append(pos)
                pos = find(ch, pos + 1)
    out.sort()
    return out


def pair_quote_marks(text: str) -> list[QuoteMark]:
    """Pair quotation marks by their context, per paragraph and mark family.

    A mark opens when a space or punctuation is before it and a character after it;
    it closes when a character is before it and a space, punctuation or the end is
    after it. An opening mark inside an open quotation of the same family starts a
    nested quotation (up to three deep); a closing mark closes the innermost one. A
    closing mark with nothing open is a stray and is ignored; a quote left open ends at
    the paragraph end. Guillemets pair in either stored order.

    >>> [(q.open, q.close) for q in pair_quote_marks('قال "نعم" ثم »لا« و"')]
    [(4, 8), (13, 16)]
    >>> [(q.open, q.close) for q in pair_quote_marks('قال "ندعو إلى "حوار" الآن"')]
    [(4, 25), (14, 19)]
    """
    return [QuoteMark(q.open, q.close, q.closed) for q in _pair_marks(text)]


def _pair_marks(text: str) -> list[_Mark]:
    """:func:`pair_quote_marks` as :class:`_Mark` objects."""
    out: list[_Mark] = []
    open_at: dict[str, list[int]] = {}
    n = len(text)
    last = -1  # the mark looked at before
    for pos in _mark_positions(text):
        if open_at:  # a paragraph end since the last mark closes what is open
            nl = text.find("\n", last + 1, pos)
            if nl >= 0:
                for starts in open_at.values():
                    out.extend(_Mark(start, nl, False) for start in starts)
                open_at.clear()
        last = pos
        ch = text[pos]
        family = _FAMILY[ch]
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < n else " "
        openish = before in _OPEN_BEFORE and after not in " \t\u00a0\n"
        closeish = before not in " \t\u00a0\n" and (after in _CLOSE_AFTER or pos + 1 == n)
        if family in ("ascii_single", "curly_single") and not (openish or closeish):
            continue  # an apostrophe inside a word
        stack = open_at.get(family)
        if stack:
            if closeish or not openish:
                out.append(_Mark(stack.pop(), pos, True))
            elif len(stack) < 3:
                stack.append(pos)  # a quotation inside a quotation
            else:
                out.append(_Mark(stack.pop(), pos, False))
                stack.append(pos)
        elif openish or not closeish:
            open_at[family] = [pos]
    if open_at:
        nl = text.find("\n", last + 1)
        for starts in open_at.values():
            out.extend(_Mark(start, n if nl < 0 else nl, False) for start in starts)
    out.sort(key=_BY_OPEN)
    return out
