"""Speaker phrases, the head level: what a phrase opens with and the words that qualify it.

:func:`_parse_at` reads one phrase from its first word: a multiword organisation or
country (matched with per-head patterns compiled on first use), a country, a group, a
title or source head with its chain of qualifiers (:func:`_title_chain`: ``وزير الخارجية
الروسي``، ``الأمين العام للأمم المتحدة``) and the name after it, or a bare name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from arnews.speaker_names import (
    _AGENTS,
    _COMP_FORMS,
    _CONSTRUCT_HEADS,
    _COUNTRIES,
    _DEFINITE,
    _DUALS,
    _MODIFIERS,
    _MULTI_ORGS,
    _NATIONALITIES,
    _NOT_FAMILY,
    _NOT_NAME,
    _OBJECT_ENDINGS,
    _ORG_NAME_HEADS,
    _PREPS,
    _SINGLE_ORGS,
    _SOURCES,
    _STOP,
    _TIME,
    _TITLES,
    ADDRESSEES,
    MAX_WORDS,
    Number,
    SpeakerKind,
    _is_family_name,
    _is_name_word,
    _read_name,
    _token_end,
    _Tokens,
)


def _literal_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` (longest first) as whole words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)")


_MULTI_COUNTRIES = tuple(c for c in _COUNTRIES if " " in c)
# The first letters (three, or fewer if a listed name is shorter) of every organisation
# and multiword country: a phrase whose first letters are not among them cannot match.
_HEAD_LEN = min(3, *map(len, _MULTI_ORGS), *map(len, _MULTI_COUNTRIES))


def _by_head(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``names`` grouped by their first :data:`_HEAD_LEN` letters."""
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        out[name[:_HEAD_LEN]] = (*out.get(name[:_HEAD_LEN], ()), name)
    return out


_MULTI_ORG_BY_HEAD = _by_head(_MULTI_ORGS)
_MULTI_COUNTRY_BY_HEAD = _by_head(_MULTI_COUNTRIES)
_MULTI_ORG_HEADS = frozenset(_MULTI_ORG_BY_HEAD)
_MULTI_COUNTRY_HEADS = frozenset(_MULTI_COUNTRY_BY_HEAD)


@functools.cache
def _multi_org_re(head: str) -> re.Pattern[str]:
    """The organisations that start with ``head`` as one pattern, compiled on first use
    (a match tries only these few, not every organisation)."""
    return _literal_words(_MULTI_ORG_BY_HEAD[head])


@functools.cache
def _multi_country_re(head: str) -> re.Pattern[str]:
    """The multiword countries that start with ``head``, compiled on first use."""
    return _literal_words(_MULTI_COUNTRY_BY_HEAD[head])


#: What :func:`_parse_at` reads: (start, end, kind, name_start, name_end, number,
#: definite); a plain tuple, the one :class:`SpeakerPhrase` is built by the caller.
_Parsed = tuple[int, int, SpeakerKind, "int | None", "int | None", Number, bool]


_OPEN_MARKS = "\"«“»"
_CLOSE_MARKS = {"\"": "\"", "«": "»", "“": "”", "»": "«"}


def _quoted_name_end(text: str, pos: int) -> int:
    """End of a quoted name right after ``pos`` (``"نيويورك تايمز"``، ``«الأيام»``): one
    to four words between marks on the same line, not a clause (إن/أن); -1 if none."""
    p = pos
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    if p >= len(text) or text[p] not in _OPEN_MARKS:
        return -1
    close = text.find(_CLOSE_MARKS[text[p]], p + 1, p + 48)
    if close < 0:
        return -1
    inner = text[p + 1 : close].split()
    if not 1 <= len(inner) <= 4 or "\n" in text[p:close] or inner[0] in _COMP_FORMS:
        return -1
    return close + 1


def _parse_at(text: str, toks: _Tokens, i: int, allow_bare: bool) -> _Parsed | None:
    """The phrase that opens with token ``i``: an organisation, a country, a group, a
    title or source head with its qualifiers and name, or (``allow_bare``) a bare name."""
    # ``w[k]`` is the word at ``k``, or "" past the last word (up to ``_PAD`` words)
    w, starts, n_words = toks
    if i >= n_words:
        return None
    start = starts[i]
    word = w[i]
    word_end = start + len(word)

    # multiword organisations and countries
    head = text[start : start + _HEAD_LEN]
    org_end = -1
    if head in _MULTI_ORG_HEADS:
        m = _multi_org_re(head).match(text, start)
        if m is not None and m.end() <= _token_end(toks, len(starts) - 1):
            org_end = m.end()  # (a name running past the words read is not read)
    if org_end > 0 and (" " in text[start:org_end] or word in _SINGLE_ORGS):
        return _organization(text, toks, i, org_end)
    if head in _MULTI_COUNTRY_HEADS:
        m = _multi_country_re(head).match(text, start)
        if m is not None and m.end() > 0:
            return (start, m.end(), "country", None, None, "singular", True)
    if word in _COUNTRIES:
        return (start, word_end, "country", None, None, "singular", True)
    if word in _DUALS:
        return (start, word_end, "group", None, None, "dual", True)
    if word in _AGENTS or (
        word.startswith(_DEFINITE) and word.endswith(("يون", "يين")) and word in _NATIONALITIES
    ):  # المحتجون، الفلسطينيون
        return (start, word_end, "group", None, None, "plural", True)
    if word in _TITLES or word in _SOURCES:
        return _titled(toks, i)
    if allow_bare:
        # a personal name without a title before it
        n = _read_name(w, n_words, i)
        if n == 1 and i + 2 < n_words and w[i + 2] in _TITLES and _is_family_name(w[i + 1]) \
                and w[i + 1] not in _NOT_NAME:
            n = 2  # ماهر الخطيب نائب رئيس البلديه: the family name before the title
        if n and i + n < n_words and w[i + n] in _TITLES:
            # a name and its title after it (حنيفة امان وزير الخارجيه الماليزي): the
            # title describes the name when it names no one else
            k = _title_chain(w, n_words, i + n, True)
            if _read_name(w, n_words, k, titled=True) == 0:
                name_end = _token_end(toks, i + n - 1)
                return (start, _token_end(toks, k - 1), "person", start, name_end,
                        "singular", True)
        if n:
            end = _token_end(toks, i + n - 1)
            return (start, end, "name", start, end, "singular", True)
    return None


def _organization(text: str, toks: _Tokens, i: int, org_end: int) -> _Parsed:
    """A listed organisation ending at ``org_end`` and what names it further: a name after
    an outlet word (وكالة رويترز), up to four definite words or words joined by و
    (هيئه الشباب والرياضه) and a quoted name (صحيفه "غلوبال تايمز")."""
    w, starts, _ = toks
    start = starts[i]
    word = w[i]
    k = 0
    while _token_end(toks, k) < org_end:
        k += 1
    k += 1
    if word in _ORG_NAME_HEADS and w[k] and _is_name_word(w[k]):
        k += 1  # وكالة رويترز
    added = 0
    while added < 4 and w[k] and (
        (w[k].startswith(_DEFINITE) and w[k] not in _TIME and w[k] not in _STOP
         and (w[k] in _NATIONALITIES or not w[k].endswith(_OBJECT_ENDINGS)))
        or (added and _and_word(w[k]))  # هيئه الشباب والرياضه
        or (w[k].startswith("ل") and not w[k].startswith(_DEFINITE)
            and w[k + 1].startswith(_DEFINITE) and w[k] not in _STOP)
    ):
        k += 1
        added += 1
    end = _token_end(toks, k - 1)
    if not word.startswith(_DEFINITE):
        quoted = _quoted_name_end(text, end)
        if quoted > 0:
            end = quoted  # صحيفه "غلوبال تايمز"، حركه «حماس»
    return (start, end, "organization", None, None, "singular",
            word.startswith(_DEFINITE))


def _titled(toks: _Tokens, i: int) -> _Parsed:
    """A title or source head at ``i`` with the words that qualify it (:func:`_title_chain`)
    and, after a person's title, the name (وزير الخارجيه الروسي سيرغي لافروف)."""
    w, starts, n_words = toks
    start = starts[i]
    word = w[i]
    person = word in _TITLES
    plural = word.endswith(("ون", "ين")) and not person  # الامين is singular
    k = _title_chain(w, n_words, i, person)
    end = _token_end(toks, k - 1)
    name_start: int | None = None
    name_end: int | None = None
    if person and k < len(starts):
        n = _read_name(w, n_words, k, titled=True)
        if n:
            name_start, name_end = starts[k], _token_end(toks, k + n - 1)
            end = name_end
    return (
        start, end, "person" if person else "unnamed", name_start, name_end,
        "plural" if plural else "singular",
        word.startswith(_DEFINITE) or name_start is not None
        or (person and k > i + 1 and w[i + 1].startswith(_DEFINITE)),  # وزير الخارجيه
    )


def _and_word(word: str) -> bool:
    """و + a definite word that continues a title or a body's name (وزير الصناعه
    والتجاره، الهيئه العامه للشباب والرياضه), not a second speaker (والسفير)."""
    return (
        len(word) > 4
        and word[0] == "و"
        and word[1:3] == _DEFINITE
        and word[1:] not in _TITLES
        and word[1:] not in _SOURCES
        and word[1:] not in _DUALS
        and word[1:] not in _TIME
        and word[1:] not in _STOP
    )


def _title_chain(w: list[str], n_words: int, i: int, person: bool) -> int:
    """The index after a title or source head at ``w[i]`` and the words that qualify it:
    nationalities and modifiers, a definite complement (وزير الخارجيه), a body in the
    construct (رئيس نادي الزمالك، عميد شؤون الطلاب، وزير خارجيه الفلبين), one
    prepositional phrase (الامين العام للامم المتحده، المتحدث باسم الحكومه), further
    titles (وكيل الجامعه للتطوير الدكتور) and definite words joined by و (والتعاون)."""
    k = i + 1
    prep_used = False
    while k < n_words and k - i < MAX_WORDS:
        cur = w[k]
        if cur in _NATIONALITIES or cur in _MODIFIERS or (person and cur in _TITLES):
            k += 1
            continue
        if person and cur.startswith(_DEFINITE) and cur not in _TIME and cur not in _STOP \
                and (k == i + 1 or w[k - 1] in _TITLES):
            k += 1  # وزير الخارجيه، رئيس الحكومه، نائب رئيس البلديه
            continue
        if person and k > i + 1 and k + 1 == n_words and cur.startswith(_DEFINITE) \
                and cur not in _NOT_FAMILY and w[k - 1].startswith(_DEFINITE):
            k += 1  # محافظ البحر الاحمر، ...: the last word before a comma
            continue
        if k > i + 1 and cur[0] == "و" and _and_word(cur) and w[k - 1].startswith(_DEFINITE):
            k += 1  # وزير الشؤون الخارجيه والتعاون الافريقي
            continue
        if person and (cur in _SINGLE_ORGS or cur in _CONSTRUCT_HEADS or (
            _DEFINITE + cur in _MODIFIERS
        )) and (w[k + 1].startswith(_DEFINITE) or w[k + 1] in _COUNTRIES) \
                and w[k + 1] not in _TIME and w[k + 1] not in _STOP:
            k += 2  # رئيس مجلس الوزراء، رئيس نادي الزمالك، وزير خارجيه الفلبين
            continue
        if person and not prep_used and len(cur) > 3 and cur not in ADDRESSEES and (
            cur.startswith("لل") or (cur[0] == "ل" and w[k + 1].startswith(_DEFINITE))
        ):
            prep_used = True  # الامين العام للامم المتحده، لجامعه الدول العربيه
            k += 1
            while w[k] and ((w[k].startswith(_DEFINITE) and w[k] not in _TIME
                             and w[k] not in _STOP) or _and_word(w[k])):
                k += 1
            continue
        if cur in _PREPS and not prep_used and w[k + 1] and w[k + 1] not in _TIME:
            nxt = w[k + 1]
            if nxt.startswith(_DEFINITE) or nxt in _COUNTRIES or nxt in _SINGLE_ORGS:
                prep_used = True
                k += 2
                while w[k] and (w[k] in _NATIONALITIES or (
                    (cur == "باسم" or nxt in _SINGLE_ORGS)  # مسؤول في وزاره التجاره
                    and w[k].startswith(_DEFINITE) and w[k] not in _TIME)):
                    k += 1
                continue
        break
    return k
