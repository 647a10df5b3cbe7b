"""Source attributions, article credits and datelines.

Three kinds of evidence are read, all against the normalised text:

- **cue phrases** that introduce a source (``وفق ما أفاد``، ``بحسب``، ``نقلا عن``،
  ``في حديث لـ`` ...), followed by a medium, organisation, document, unnamed source or
  person;
- **reporting verbs** followed by a medium, a monitoring organisation (``قال المرصد``)
  or an unnamed source (``قال مسؤول أميركي كبير``، ``يرى متابعون``); a named person or a
  government speaking for itself is a quote, not an attribution;
- **credits**: the credit line ``المصدر : الجزيرة + وكالات`` (one attribution per
  source), an agency in parentheses ``(رويترز)``, Latin photo credits
  ``REUTERS/Pierre Albouy``; plus media named with their head (``وكالة الأنباء
  السورية "سانا"``) and unnamed sources (``مسؤول أميركي``) wherever they are written.

``Attribution.cue`` is the cue as written without a leading و/ف; when the cue ends in
the preposition لـ glued to the source (``في حديث لوكالة``), the cue is returned as
``في حديث لـ`` (with a tatweel marking the glued preposition) and the source keeps its
article (``للمرصد`` → ``المرصد``). Credits have the cue ``""`` (or the credit label,
such as ``المصدر``); a source found without any cue has the nearest reporting verb as
its cue, else ``""``.

Datelines are read at the start of the first two paragraphs only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import attrs
import regex

from arnews.dates import extract_dates
from arnews.errors import check_text
from arnews.lexicon import sources as lex
from arnews.mentions import Attribution, AttributionKind, Dateline
from arnews.text import NormalizedText, normalize, normalize_with_offsets

__all__ = ["extract_attributions", "extract_dateline", "find_attributions"]


# ---------------------------------------------------------------------------
# pattern pieces


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of normalised words, longest first, spaces as ``\\s+``."""
    forms = {normalize(w) for w in words}
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in ordered)


def _alias_table() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for canonical, (aliases, free) in lex.AGENCIES.items():
        for alias in (canonical, *aliases):
            table[normalize(alias)] = (canonical, free)
    return table


_ALIASES = _alias_table()
_FREE_ALIASES = tuple(a for a, (_, free) in _ALIASES.items() if free)

_B = r"(?<!\w)"  # start of a word
_E = r"(?!\w)"  # end of a word
_QUOTE = "[\"«»“”„]"
_NOT_QUOTE = "[^\"«»“”„\\n]"
# Definite words that end a name rather than continue it.
_STOP_DEFINITE = _alt(
    (
        "إلى", "إلا", "ألا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "الآن",
        "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الحالية", "الجاري", "الأسبوع",
        "الشهر", "العام", "السنة", "صباح", "مساء",
    )
)
_DEF_WORD = rf"(?!(?:{_STOP_DEFINITE}){_E})ال\w+"
# A glued-preposition word inside a name (لحقوق، للطاقة).
_LAM_WORD = r"(?:لل|ل)\w+"
# Words that look like a nisba adjective but are particles or verbs.
_NOT_NISBA = _alt(("على", "إلى", "حتى", "متى", "لدى", "الذي", "التي", "لكي", "ذوي", "أي", "سوى", "في"))
_NISBA = (
    rf"(?!(?:{_NOT_NISBA}){_E})(?!ي(?!من|ونان|ابان|هود)\w)"
    r"\w{2,}(?:يون|يين|يه|ي)" + _E
)


class _Source(NamedTuple):
    """A source phrase found at a position: normalised offsets in the scanned string."""

    end: int  # end of the whole phrase
    name_start: int
    name_end: int
    kind: AttributionKind
    anonymous: bool
    canonical: str | None  # a fixed name instead of the written one (e.g. "وكالات")


_MEDIA_QUOTED = regex.compile(
    rf"""
    (?P<head>{_alt(lex.MEDIA_HEADS)}){_E}
    (?:\s+(?:{_DEF_WORD}|انباء|اخبار)){{0,3}}
    \s*{_QUOTE}\s*(?P<name>{_NOT_QUOTE}{{1,60}}?)\s*{_QUOTE}
    """,
    regex.VERBOSE,
)
_MEDIA_KNOWN = regex.compile(
    rf"""
    (?P<head>{_alt(lex.MEDIA_HEADS)})
    (?:\s+(?:{_DEF_WORD}|انباء|اخبار)){{0,2}}?
    \s+(?P<name>{_alt(_ALIASES)}){_E}
    """,
    regex.VERBOSE,
)
_MEDIA_DEFINITE = regex.compile(
    rf"""
    (?P<name>(?P<head>{_alt(lex.MEDIA_HEADS)})(?:\s+(?:{_DEF_WORD}|انباء|اخبار)){{1,3}}){_E}
    """,
    regex.VERBOSE,
)
_ALIAS_ANY = regex.compile(rf"(?P<name>{_alt(_ALIASES)}){_E}")
_ALIAS_FREE = regex.compile(rf"(?P<name>{_alt(_FREE_ALIASES)}){_E}")
_ALIAS_QUOTED = regex.compile(rf"{_QUOTE}\s*(?P<name>{_alt(_ALIASES)})\s*{_QUOTE}")
_ORG_NAMED = regex.compile(rf"(?P<name>{_alt(lex.ORGANIZATIONS)}){_E}")
_ORG_REPORTING = regex.compile(rf"(?P<name>{_alt(lex.REPORTING_ORGANIZATIONS)}){_E}")
_ORG_HEAD = regex.compile(
    rf"""
    (?P<name>(?:{_alt(lex.ORGANIZATION_HEADS)})(?:\s+(?:{_DEF_WORD}|{_LAM_WORD})){{0,3}}){_E}
    """,
    regex.VERBOSE,
)
_DOCUMENT = regex.compile(
    rf"""
    (?P<name>(?:{_alt(lex.DOCUMENT_HEADS)}){_E}
    (?:\s+(?:{_alt(lex.DOCUMENT_QUALIFIERS)}|{_DEF_WORD}){_E}){{0,2}})
    """,
    regex.VERBOSE,
)
_UNNAMED_QUALIFIER = rf"""
    (?:{_alt(lex.UNNAMED_QUALIFIERS)}){_E}
    | {_NISBA}
    | (?:في|من)\s+{_DEF_WORD}(?:\s+{_DEF_WORD}){{0,2}}{_E}
    | بال\w+(?:\s+{_DEF_WORD}){{0,2}}{_E}
"""
_UNNAMED = regex.compile(
    rf"""
    (?P<name>(?P<head>{_alt(lex.UNNAMED_HEADS)}){_E}
    (?P<quals>(?:\s+(?:{_UNNAMED_QUALIFIER})){{0,3}}))
    """,
    regex.VERBOSE,
)
_UNNAMED_DEFINITE = regex.compile(
    rf"""
    (?P<name>(?:المصدر|المصادر){_E}
    | (?:المسؤولون|المسؤولين)\s+ال\w{{2,}}(?:يون|يين){_E})
    """,
    regex.VERBOSE,
)
_PLURALS = regex.compile(rf"(?P<name>{_alt(lex.ANONYMOUS_PLURALS)}){_E}")
_STOP_WORD = _alt(
    (
        "في", "من", "على", "إلى", "عن", "أن", "إن", "أنه", "إنه", "مع", "خلال", "بعد", "قبل",
        "أمس", "الذي", "التي", "حيث", "وقد", "قد", "كان", "كانت", "لكن", "ولكن", "بينما",
        "فيما", "حول", "بشأن", "منذ", "هذا", "هذه", "ذلك", "تلك", "أو", "ثم", "حتى", "اليوم",
        "الجمعة", "الخميس", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
    )
)
_PERSON = regex.compile(
    rf"""
    (?P<name>(?:{_alt(lex.PERSON_TITLES)}){_E}(?:\s+(?!(?:{_STOP_WORD}){_E})\w+){{0,5}})
    """,
    regex.VERBOSE,
)
_PERSON_ANY = regex.compile(
    rf"""
    (?P<name>(?!(?:{_STOP_WORD}){_E})\w{{2,}}(?:\s+(?!(?:{_STOP_WORD}){_E})\w{{2,}}){{0,3}})
    """,
    regex.VERBOSE,
)
_CHAIN = regex.compile(
    rf"""
    \s*(?P<cue>(?:{_alt(c for c in lex.CHAIN_CUES if c != "ل")})\s+|ل(?=\w))
    """,
    regex.VERBOSE,
)

# Cue phrases, with an optional و/ف prefix (وبحسب، ووفق).
_CUE = regex.compile(
    rf"""
    {_B}(?:[وف](?=\w))?(?P<cue>{_alt(lex.PREPOSITION_CUES)})
    (?(?<=\sل)|{_E})
    """,
    regex.VERBOSE,
)
_VERB = regex.compile(
    rf"""{_B}(?:[وف](?=\w))?(?P<cue>{_alt(lex.REPORTING_VERBS)}){_E}""",
    regex.VERBOSE,
)
_FEMININE_VERB = regex.compile(r"(?:ت|\w{2,}ت|تقول)$")
_VERB_BEFORE = regex.compile(
    rf"""
    {_B}(?:[وف](?=\w))?(?P<cue>{_alt(lex.REPORTING_VERBS)}){_E}
    (?:\s+\w+){{0,3}}\s*$
    """,
    regex.VERBOSE,
)
_VERB_AFTER = regex.compile(
    rf"""
    \s+(?:(?:قد|كان|كانت|وقد|قد)\s+){{0,2}}(?P<cue>{_alt(lex.REPORTING_VERBS)}){_E}
    """,
    regex.VERBOSE,
)

# Credits.
_CREDIT_LINE = regex.compile(
    rf"""
    (?m)^[^\S\n]*(?P<label>{_alt(lex.CREDIT_LABELS)})[^\S\n]*[:：][^\S\n]*
    (?P<items>[^\n]{{1,80}})$
    """,
    regex.VERBOSE,
)
_CREDIT_ITEM = regex.compile(r"[^+،,/\n]+")
_PAREN_CREDIT = regex.compile(
    rf"""\(\s*(?P<name>{_alt(_ALIASES)}|{"|".join(map(regex.escape, lex.LATIN_CREDITS))})\s*\)""",
    regex.VERBOSE,
)
_LATIN_CREDIT = regex.compile(
    rf"""
    (?<![A-Za-z])(?P<name>{"|".join(regex.escape(w) for w in sorted(lex.LATIN_CREDITS, key=len, reverse=True))})
    /(?P<who>[A-Z][\w.'-]{{0,30}}(?:[^\S\n][A-Z][\w.'-]{{0,30}}){{0,3}})
    """,
    regex.VERBOSE,
)

# Standalone sources (no cue): media named with a head, free agency names, unnamed sources.
_STANDALONE = regex.compile(
    rf"""{_B}(?:[وفلب](?=\w))?(?=(?:{_alt(lex.MEDIA_HEADS)}|{_alt(lex.UNNAMED_HEADS)}|{_alt(_FREE_ALIASES)}|المسؤولون|المسؤولين){_E})""",
    regex.VERBOSE,
)

# Datelines.
_PLACE = rf"(?:{_alt(lex.DATELINE_PLACES)}){_E}"
_DATELINE_FROM = regex.compile(
    rf"""
    (?P<src>{_alt(_ALIASES)})\s+من\s+(?P<place>\w+(?:\s+\w+){{0,2}}?)[^\S\n]*:
    """,
    regex.VERBOSE,
)
_DATELINE_PAREN = regex.compile(
    rf"""
    (?P<place>\w{{2,}}(?:[^\S\n]+\w{{2,}}){{0,2}}?)
    (?:[^\S\n]*[،,]?[^\S\n]*(?P<date>[\w/.]{{1,12}}(?:[^\S\n]*[-/]?[^\S\n]*[\w/.]{{1,12}}){{0,3}}?))?
    [^\S\n]*-?[^\S\n]*\([^\S\n]*(?P<src>[^()\n]{{1,30}}?)[^\S\n]*\)[^\S\n]*[-:]
    """,
    regex.VERBOSE,
)
_DATELINE_DASH = regex.compile(
    rf"""
    (?P<place>{_PLACE})(?P<sep>[^\S\n]*-?[^\S\n]*)(?P<src>{_alt(_ALIASES)}){_E}
    (?P<tail>[^\S\n]*[:\-])?
    """,
    regex.VERBOSE,
)
_PARAGRAPH = regex.compile(r"[^\n]+")


# ---------------------------------------------------------------------------
# sources


def _media_kind(name: str) -> tuple[AttributionKind, bool]:
    return "media", name == "وكالات"


def _parse_source(t: str, pos: int, mode: str, feminine: bool = False) -> _Source | None:
    """The source phrase starting at ``pos`` (after spaces), for a cue of ``mode``.

    ``mode`` is ``"cue"`` (after an attribution cue: every kind), ``"verb"`` (after a
    reporting verb: media, monitoring organisations, unnamed sources) or
    ``"standalone"`` (no cue: media with a head or a free name, qualified unnamed).
    """
    while pos < len(t) and t[pos] in " \t":
        pos += 1
    if pos >= len(t):
        return None
    for pattern in (_MEDIA_QUOTED, _MEDIA_KNOWN):
        m = pattern.match(t, pos)
        if m:
            return _Source(m.end(), m.start("name"), m.end("name"), "media", False, None)
    if mode != "standalone" or t.startswith(("المسؤولون", "المسؤولين"), pos):
        pass
    m = (_ALIAS_ANY if mode == "cue" or feminine else _ALIAS_FREE).match(t, pos)
    if m:
        kind, anonymous = _media_kind(m.group("name"))
        return _Source(m.end(), m.start("name"), m.end("name"), kind, anonymous, None)
    m = _ALIAS_QUOTED.match(t, pos)
    if m and mode != "standalone":
        return _Source(m.end(), m.start("name"), m.end("name"), "media", False, None)
    m = (_ORG_REPORTING if mode == "verb" else _ORG_NAMED).match(t, pos)
    if m and mode != "standalone":
        return _Source(m.end(), m.start("name"), m.end("name"), "organization", False, None)
    m = _UNNAMED.match(t, pos)
    if m and (mode != "standalone" or m.group("quals")):
        return _Source(m.end(), m.start("name"), m.end("name"), "unnamed", True, None)
    m = _UNNAMED_DEFINITE.match(t, pos)
    if m and (mode == "verb" or (mode == "standalone" and not m.group().startswith("المصدر"))):
        if mode == "verb" or " " in m.group():
            return _Source(m.end(), m.start("name"), m.end("name"), "unnamed", True, None)
    if mode == "verb":
        m = _PLURALS.match(t, pos)
        if m:
            return _Source(m.end(), m.start("name"), m.end("name"), "unnamed", True, None)
        return None
    if mode == "standalone":
        return None
    m = _DOCUMENT.match(t, pos)
    if m:
        return _Source(m.end(), m.start("name"), m.end("name"), "document", False, None)
    m = _MEDIA_DEFINITE.match(t, pos)
    if m:
        return _Source(m.end(), m.start("name"), m.end("name"), "media", False, None)
    m = _ORG_HEAD.match(t, pos)
    if m:
        return _Source(m.end(), m.start("name"), m.end("name"), "organization", False, None)
    m = _PERSON.match(t, pos)
    if m:
        return _Source(m.end(), m.start("name"), m.end("name"), "person", False, None)
    return None


class _Found(NamedTuple):
    start: int
    end: int
    source: str
    cue: str
    kind: AttributionKind
    anonymous: bool


def _source_after(
    nt: NormalizedText, pos: int, mode: str, feminine: bool = False, glued: bool = False
) -> tuple[_Source, str, int] | None:
    """Parse a source at ``pos``; returns the source, its written name and the offset shift.

    After a glued لـ whose article lost its alef (``للمرصد``), the source is parsed from
    a copy with the alef restored and the name gets its article back.
    """
    t = nt.text
    if glued and t.startswith("ل", pos) and pos + 1 < len(t) and t[pos + 1] != " ":
        window = "ا" + t[pos : pos + 300]
        src = _parse_source(window, 0, mode, feminine)
        if src is None:
            return None
        shift = pos - 1

        def real(i: int) -> int:
            return max(pos, i + shift)

        name = nt.original_text(real(src.name_start), real(src.name_end))
        if src.name_start == 0:
            name = "ا" + name
        fixed = src._replace(
            end=real(src.end), name_start=real(src.name_start), name_end=real(src.name_end)
        )
        return fixed, name, 0
    src = _parse_source(t, pos, mode, feminine)
    if src is None:
        if mode == "cue" and glued is False:
            return None
        return None
    return src, nt.original_text(src.name_start, src.name_end), 0


def _cue_text(nt: NormalizedText, start: int, end: int) -> str:
    cue = nt.original_text(start, end)
    if nt.text[start:end].endswith(" ل") or nt.text[start:end] == "ل":
        cue += "ـ"
    return cue


def _cue_attributions(nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    for m in _CUE.finditer(t):
        cue_s, cue_e = m.span("cue")
        cue_norm = m.group("cue")
        glued = cue_norm.rstrip().split()[-1] == "ل" if cue_norm.split() else False
        if cue_norm in ("وفقا ل", "طبقا ل", "استنادا ل"):
            glued = True
        parsed = _source_after(nt, cue_e, "cue", glued=glued)
        if parsed is None:
            if cue_norm in {normalize(c) for c in lex.PERSON_CUES}:
                m2 = _PERSON_ANY.match(t, cue_e + (0 if glued else 1))
                if m2 and not glued:
                    s, e = m2.span("name")
                    name = nt.original_text(s, e)
                    found.append(_Found(cue_s, e, name, _cue_text(nt, cue_s, cue_e), "person", False))
            continue
        src, name, _ = parsed
        cue = _cue_text(nt, cue_s, cue_e)
        found.append(_Found(cue_s, src.end, name, cue, src.kind, src.anonymous))
        if src.kind == "document":
            chain = _CHAIN.match(t, src.end)
            if chain:
                glued_chain = chain.group("cue") == "ل"
                media = _source_after(nt, chain.end(), "cue", glued=glued_chain)
                if media is not None and media[0].kind in ("media", "organization"):
                    c_s, c_e = chain.span("cue")
                    chain_cue = nt.original_text(c_s, c_e).strip()
                    if glued_chain:
                        chain_cue += "ـ"
                    found.append(
                        _Found(c_s, media[0].end, media[1], chain_cue, media[0].kind, False)
                    )


def _verb_attributions(nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    for m in _VERB.finditer(t):
        cue_s, cue_e = m.span("cue")
        if cue_e >= len(t) or t[cue_e] not in " \t":
            continue
        feminine = bool(_FEMININE_VERB.search(m.group("cue")))
        parsed = _source_after(nt, cue_e, "verb", feminine=feminine)
        if parsed is None:
            continue
        src, name, _ = parsed
        found.append(
            _Found(cue_s, src.end, name, nt.original_text(cue_s, cue_e), src.kind, src.anonymous)
        )


def _nearby_verb(nt: NormalizedText, start: int, end: int) -> str:
    """The reporting verb just before ``start`` (up to three words) or just after ``end``."""
    t = nt.text
    before = _VERB_BEFORE.search(t, max(0, start - 60), start)
    if before:
        return nt.original_text(*before.span("cue"))
    after = _VERB_AFTER.match(t, end)
    if after:
        return nt.original_text(*after.span("cue"))
    return ""


def _standalone_attributions(nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    for m in _STANDALONE.finditer(t):
        pos = m.end()
        parsed = _source_after(nt, pos, "standalone")
        if parsed is None:
            continue
        src, name, _ = parsed
        cue = _nearby_verb(nt, m.start(), src.end)
        found.append(_Found(pos, src.end, name, cue, src.kind, src.anonymous))


def _credit_attributions(nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    if ":" in t or "：" in t:
        for line in _CREDIT_LINE.finditer(t):
            label = nt.original_text(*line.span("label"))
            for item in _CREDIT_ITEM.finditer(t, line.start("items"), line.end("items")):
                s, e = item.span()
                while s < e and t[s].isspace():
                    s += 1
                while e > s and t[e - 1].isspace():
                    e -= 1
                if s >= e:
                    continue
                name = nt.original_text(s, e)
                anonymous = t[s:e] in ("وكالات", "مواقع", "صحف", "وسائل اعلام")
                found.append(_Found(s, e, name, label, "media", anonymous))
    if "(" in t:
        for m in _PAREN_CREDIT.finditer(t):
            name = nt.original_text(*m.span("name"))
            found.append(_Found(m.start(), m.end(), name, "", "media", name == "وكالات"))
    if "/" in t:
        for m in _LATIN_CREDIT.finditer(t):
            name = nt.original_text(*m.span("name"))
            found.append(_Found(m.start(), m.end(), name, "", "media", False))


def extract_attributions(nt: NormalizedText) -> tuple[Attribution, ...]:
    """Attributions in a normalised text (see the module docstring for what is read).

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.

    Returns:
        The attributions, sorted by start; overlapping candidates keep the first found
        in the order credits, cue phrases, reporting verbs, standalone sources.

    >>> nt = normalize_with_offsets("قال مسؤول أميركي كبير إن المحادثات مستمرة")
    >>> [(a.source, a.cue, a.kind, a.anonymous) for a in extract_attributions(nt)]
    [('مسؤول أميركي كبير', 'قال', 'unnamed', True)]
    """
    found: list[_Found] = []
    _credit_attributions(nt, found)
    _cue_attributions(nt, found)
    _verb_attributions(nt, found)
    _standalone_attributions(nt, found)
    dateline = _dateline_span(nt)
    kept: list[_Found] = []
    taken: list[tuple[int, int]] = [dateline] if dateline else []
    for f in found:
        if f.start >= f.end or any(s < f.end and f.start < e for s, e in taken):
            continue
        taken.append((f.start, f.end))
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    result = []
    for f in kept:
        start, end = nt.span(f.start, f.end)
        result.append(
            Attribution(
                start=start,
                end=end,
                text=nt.original[start:end],
                source=f.source,
                cue=f.cue,
                kind=f.kind,
                anonymous=f.anonymous,
            )
        )
    return tuple(result)


# ---------------------------------------------------------------------------
# datelines


class _DatelineMatch(NamedTuple):
    start: int
    end: int
    source: str | None
    place: str | None
    date_span: tuple[int, int] | None


def _match_dateline(nt: NormalizedText) -> _DatelineMatch | None:
    t = nt.text
    for count, para in enumerate(_PARAGRAPH.finditer(t[:4000])):
        if count >= 2:
            break
        pos = para.start()
        while pos < para.end() and t[pos] in " \t":
            pos += 1
        m = _DATELINE_FROM.match(t, pos, para.end())
        if m:
            return _DatelineMatch(
                m.start(),
                m.end(),
                nt.original_text(*m.span("src")),
                nt.original_text(*m.span("place")).strip(),
                None,
            )
        m = _DATELINE_PAREN.match(t, pos, para.end())
        if m:
            src = m.group("src")
            known = _ALIASES.get(src.strip()) is not None or src.strip() in lex.LATIN_CREDITS
            place_known = regex.fullmatch(_PLACE, m.group("place")) is not None
            if src.strip() not in {normalize(w) for w in lex.NOT_CREDITS} and (
                known or place_known
            ):
                date_span = m.span("date") if m.group("date") else None
                return _DatelineMatch(
                    m.start(),
                    m.end(),
                    nt.original_text(*m.span("src")),
                    nt.original_text(*m.span("place")),
                    date_span,
                )
        m = _DATELINE_DASH.match(t, pos, para.end())
        if m:
            separator = nt.original_text(*m.span("sep")) if m.end("sep") > m.start("sep") else ""
            # The tatweel separator (ـ) is removed by normalisation: look at the original.
            between = nt.original[nt.span(*m.span("place"))[1] : nt.span(*m.span("src"))[0]]
            has_dash = any(c in between for c in "-–—ـ") or "-" in separator
            if has_dash or m.group("tail"):
                return _DatelineMatch(
                    m.start(),
                    m.end(),
                    nt.original_text(*m.span("src")),
                    nt.original_text(*m.span("place")),
                    None,
                )
    return None


def _dateline_span(nt: NormalizedText) -> tuple[int, int] | None:
    m = _match_dateline(nt)
    return (m.start, m.end) if m else None


def extract_dateline(nt: NormalizedText) -> Dateline | None:
    """The dateline opening the first or second paragraph of a normalised text.

    Shapes read: ``إيلاف من جنيف:``، ``القاهرة - (أ ف ب) -``، ``بيروت (رويترز) -``،
    ``دمشق، 12 أيلول (سانا) -``، ``دمشق – سانا``، ``الرياض ـ واس:``.

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.

    Returns:
        The :class:`~arnews.mentions.Dateline`, with its date when one is written, or
        None.

    >>> d = extract_dateline(normalize_with_offsets("القاهرة - (أ ف ب) - أعلنت الحكومة"))
    >>> (d.text, d.place, d.source)
    ('القاهرة - (أ ف ب) -', 'القاهرة', 'أ ف ب')
    """
    m = _match_dateline(nt)
    if m is None:
        return None
    start, end = nt.span(m.start, m.end)
    date = None
    if m.date_span is not None:
        d_start, d_end = nt.span(*m.date_span)
        sub = normalize_with_offsets(nt.original[start:end])
        for mention in extract_dates(sub, None):
            if start + mention.start >= d_start and start + mention.end <= d_end + 1:
                date = attrs.evolve(
                    mention, start=start + mention.start, end=start + mention.end
                )
                break
    return Dateline(
        start=start,
        end=end,
        text=nt.original[start:end],
        source=m.source,
        place=m.place,
        date=date,
    )


def find_attributions(text: str) -> tuple[Attribution, ...]:
    """Source attributions and credits in ``text``, sorted by start.

    Args:
        text: any string (an article, a paragraph, a caption).

    Returns:
        A tuple of :class:`~arnews.mentions.Attribution`.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> a = find_attributions('وبحسب وثائق مسربة اطلعت عليها صحيفة "واشنطن بوست"، فإن')
    >>> [(x.source, x.cue, x.kind) for x in a]
    [('وثائق مسربة', 'بحسب', 'document'), ('واشنطن بوست', 'اطلعت عليها', 'media')]
    """
    return extract_attributions(normalize_with_offsets(check_text(text)))
