"""Source phrases of :mod:`arnews.attribution`: what a cue, a reporting verb or nothing
introduces at a position.

:func:`_parse_source` reads the source phrase (medium, organisation, document, unnamed
source, person) at a position with the rules of :mod:`arnews.attribution_rules`, trying
each rule only where the word written there can start it; :func:`_source_after` does so
after a glued لـ too. :class:`_Source` is a phrase read, :class:`_Found` an attribution
found (normalised offsets).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from arnews.attribution_rules import _PLAIN_WORD, _QUOTE_CHARS, _Patterns
from arnews.mentions import AttributionKind
from arnews.text import NormalizedText


class _Source(NamedTuple):
    """A source phrase found at a position: normalised offsets in the scanned string."""

    end: int  # end of the whole phrase
    name_start: int
    name_end: int
    kind: AttributionKind
    anonymous: bool


class _Found(NamedTuple):
    start: int
    end: int
    source: str
    cue: str
    kind: AttributionKind
    anonymous: bool


def _src(m: regex.Match[str], kind: AttributionKind, anonymous: bool = False) -> _Source:
    return _Source(m.end(), m.start("name"), m.end("name"), kind, anonymous)


def _media_definite(p: _Patterns, m: regex.Match[str]) -> _Source:
    desc = m.group("desc")
    if m.group("head") in p.outlet_heads and desc.count(" ") == 1 and "\n" not in desc:
        return _Source(m.end(), m.end() - len(desc.lstrip()), m.end(), "media", False)
    return _src(m, "media")


def _parse_source(
    p: _Patterns, t: str, pos: int, mode: str, feminine: bool = False, document: bool = False
) -> _Source | None:
    """The source phrase starting at ``pos`` (after spaces), for a cue of ``mode``.

    ``mode`` is ``"cue"`` (after an attribution cue: every kind), ``"verb"`` (after a
    reporting verb: media, monitoring organisations, unnamed sources, and documents
    when ``document`` is true) or
    ``"standalone"`` (no cue: media with a head or a free name, qualified unnamed).
    """
    while pos < len(t) and t[pos] in " \t":
        pos += 1
    if pos >= len(t):
        return None
    if t[pos] in _QUOTE_CHARS:
        # Only a quoted agency name can open with a quotation mark (قالت "سانا").
        return None if mode == "standalone" else _quoted_agency(p, t, pos)
    # Each pattern below starts with a lexicon word: it is tried only when the word
    # written at ``pos`` is the first word of one of its phrases (or cannot be told).
    plain = _PLAIN_WORD.match(t, pos)
    any_word = plain is None
    word = "" if plain is None else plain.group()
    src = _named_medium(p, t, pos, mode, feminine, any_word, word)
    if src is not None:
        return src
    if mode == "standalone":
        return _qualified_unnamed(p, t, pos, any_word, word)
    # (No quoted agency name here: the text at ``pos`` opens with no quotation mark.)
    plural = p.plurals.match(t, pos) if any_word or word in p.first_plurals else None
    if plural and plural.group("media"):
        return _src(plural, "media", True)
    if mode == "verb":
        m = p.org_reporting.match(t, pos) if any_word or word in p.first_org_reporting else None
    else:
        m = p.org_named.match(t, pos) if any_word or word in p.first_org_named else None
    if m:
        return _src(m, "organization")
    m = p.unnamed.match(t, pos) if any_word or word in p.first_unnamed else None
    if m is None and (any_word or word in p.first_unnamed_definite):
        m = p.unnamed_definite.match(t, pos)
    if m:
        return _src(m, "unnamed", True)
    if plural and (mode == "verb" or not plural.group("group")):
        # (A group after a cue may be of things: وفقا للعديد من الشكاوى.)
        return _src(plural, "unnamed", True)
    if mode == "verb":
        return _verb_subject(p, t, pos, feminine, document, any_word, word)
    return _cue_object(p, t, pos, any_word, word)


def _quoted_agency(p: _Patterns, t: str, pos: int) -> _Source | None:
    """Rule: a quoted agency name (قالت "سانا") at the quotation mark at ``pos``."""
    # The name after the quotation mark (and spaces) must start as an alias does.
    inner = pos + 1
    while inner < len(t) and t[inner].isspace():
        inner += 1
    plain = _PLAIN_WORD.match(t, inner)
    if plain is not None and plain.group() not in p.first_aliases:
        return None
    m = p.alias_quoted.match(t, pos)
    return _src(m, "media") if m else None


def _named_medium(
    p: _Patterns, t: str, pos: int, mode: str, feminine: bool, any_word: bool, word: str
) -> _Source | None:
    """Rule: a medium named with its head (صحيفة "الأيام"، وكالة الأنباء السورية (سانا))
    or by a known name (any after a cue or a feminine verb, else a free one: رويترز)."""
    if any_word or word in p.first_media_heads:
        m = p.media_quoted.match(t, pos)
        if m:
            start, end = m.span("name")
            if start < 0:  # the standard-library twin calls the second name "name2"
                start, end = m.span("name2")
            return _Source(m.end(), start, end, "media", False)
        m = p.media_known.match(t, pos)
        if m:
            return _src(m, "media")
    if mode == "cue" or feminine:
        m = p.alias_any.match(t, pos) if any_word or word in p.first_aliases else None
    else:
        m = p.alias_free.match(t, pos) if any_word or word in p.first_free else None
    if m:
        return _src(m, "media", m.group("name") == "وكالات")
    return None


def _qualified_unnamed(
    p: _Patterns, t: str, pos: int, any_word: bool, word: str
) -> _Source | None:
    """Rule: without a cue, an unnamed source only when qualified (مسؤول أميركي، مصدر
    مطلع، المصادر ذاتها)."""
    m = p.unnamed.match(t, pos) if any_word or word in p.first_unnamed else None
    if m and (m.group("quals") or m.group("anonymity")):
        return _src(m, "unnamed", True)
    if any_word or word in p.first_unnamed_definite:
        m = p.unnamed_definite.match(t, pos)
        if m and " " in m.group():
            return _src(m, "unnamed", True)
    return None


def _verb_subject(
    p: _Patterns, t: str, pos: int, feminine: bool, document: bool, any_word: bool, word: str
) -> _Source | None:
    """Rule: after a reporting verb, a medium by a definite word (قناة الجديد), a document
    (when the verb takes one), a body stating facts or a body noun agreeing with the verb."""
    m = p.media_definite.match(t, pos) if any_word or word in p.first_media_heads else None
    if m:
        return _media_definite(p, m)
    is_document = any_word or word in p.first_document
    m = p.document.match(t, pos) if document and is_document else None
    if m:
        return _src(m, "document")
    # A body stating facts (أكدت هيئة الطيران المدني أن ...).
    m = (
        p.org_reporting_head.match(t, pos)
        if any_word or word in p.first_org_reporting_head
        else None
    )
    if m and (" " in m.group("name") or m.group("name").startswith("ال")):
        # (A bare indefinite head, قالت وكالة فيتش، names no body here.)
        return _src(m, "organization")
    body = _body_noun(p, t, pos, any_word, word)
    if body is not None and _is_feminine_noun(t[body.name_start : body.name_end]) != feminine:
        return None  # the verb does not agree: نقل السفارة is "moving the embassy"
    return body


def _cue_object(p: _Patterns, t: str, pos: int, any_word: bool, word: str) -> _Source | None:
    """Rule: after a cue, a document, a medium by a definite word, an organisation by its
    head, a body noun or a person with a title."""
    m = p.document.match(t, pos) if any_word or word in p.first_document else None
    if m:
        return _src(m, "document")
    m = p.media_definite.match(t, pos) if any_word or word in p.first_media_heads else None
    if m:
        return _media_definite(p, m)
    m = p.org_head.match(t, pos) if any_word or word in p.first_org_head else None
    if m:
        return _src(m, "organization")
    body = _body_noun(p, t, pos, any_word, word)
    if body is not None:
        return body
    m = p.person.match(t, pos) if any_word or word in p.first_person else None
    if m:
        return _src(m, "person")
    return None


def _body_noun(p: _Patterns, t: str, pos: int, any_word: bool, word: str) -> _Source | None:
    """الصحيفة، الوزارة: a body referred to by its noun (resolved to its name later)."""
    m = p.body_noun.match(t, pos) if any_word or word in p.first_body_nouns else None
    if m is None:
        return None
    return _src(m, "media" if m.group("name") in p.media_body_nouns else "organization")


def _is_feminine_noun(noun: str) -> bool:
    """الصحيفة، الوزارة، السلطات take a feminine verb; المكتب، الجيش a masculine one."""
    return noun.endswith(("ه", "ات"))


def _source_after(
    p: _Patterns, nt: NormalizedText, pos: int, mode: str, feminine: bool = False,
    glued: bool = False, document: bool = False,
) -> tuple[_Source, str] | None:
    """Parse a source at ``pos``; returns the source and its name as written.

    After a glued لـ whose article lost its alef (``للمرصد``), the source is parsed from
    a copy with the alef restored and the name gets its article back.
    """
    t = nt.text
    if glued and t.startswith("ل", pos) and pos + 1 < len(t) and t[pos + 1] != " ":
        window = "ا" + t[pos : pos + 300]
        src = _parse_source(p, window, 0, mode, feminine, document)
        if src is None:
            return None

        def real(i: int) -> int:
            return max(pos, pos + i - 1)

        name = nt.original_text(real(src.name_start), real(src.name_end))
        if src.name_start == 0:
            name = "ا" + name
        fixed = src._replace(
            end=real(src.end), name_start=real(src.name_start), name_end=real(src.name_end)
        )
        return fixed, name
    src = _parse_source(p, t, pos, mode, feminine, document)
    if src is None:
        return None
    return src, nt.original_text(src.name_start, src.name_end)
