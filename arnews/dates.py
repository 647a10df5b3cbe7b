"""Dates, times and durations in Arabic news text.

Two public levels, as elsewhere in arnews: :func:`find_dates` / :func:`find_durations`
for running text and :func:`parse_date` for one whole phrase; :func:`format_date` writes a
date back in any of the styles that :func:`find_dates` reads.

How values are resolved (see ``docs/dates.md`` for the full conventions):

- ``iso`` is the value at its granularity: ``YYYY``, ``YYYY-MM``, ``YYYY-Www`` (ISO week),
  ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``; a clock time without a date is ``THH:MM``.
- Relative expressions (أمس، الخميس الماضي، الشهر المقبل، a day and month without a year)
  are resolved against ``published``; without it ``iso`` is None and ``relative`` is True.
- Hijri dates are converted with the Umm al-Qura calendar (:mod:`arnews.hijri`); ``iso`` is
  Gregorian, ``year``/``month``/``day`` stay as written and ``calendar`` is ``"hijri"``.
- An impossible date (31 فبراير، 2016-13-45) is not reported at all: no value is invented.
- A range (من 10 إلى 12 سبتمبر، بين 2011 و2014) is reported as two mentions, one per end; the
  first end borrows the month and year written after the second.

>>> import datetime
>>> [(d.text, d.iso) for d in find_dates("التقى الوزيران مساء الجمعة 9 سبتمبر 2016")]
[('مساء الجمعة 9 سبتمبر 2016', '2016-09-09')]
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import attrs
import regex

from arnews.errors import ParseError, check_text
from arnews.hijri import gregorian_to_hijri, hijri_month_length, hijri_to_gregorian
from arnews.lexicon import calendar as lex
from arnews.mentions import (
    DateKind,
    DateMention,
    DurationMention,
    DurationUnit,
    NumberMention,
    Qualifier,
)
from arnews.text import (
    NormalizedText,
    alternation,
    is_word_char,
    normalize,
    normalize_with_offsets,
    normalized_map,
    normalized_set,
)

__all__ = [
    "Published",
    "coerce_published",
    "extract_dates",
    "extract_durations",
    "find_dates",
    "find_durations",
    "format_date",
    "parse_date",
]

Published = datetime.date | datetime.datetime | str | None
Style = Literal["gregorian", "levantine", "paired", "maghrebi", "hijri", "numeric"]
Digits = Literal["western", "eastern"]


# ---------------------------------------------------------------------------
# Lexicon, normalised once at import
# ---------------------------------------------------------------------------


_norm_map = normalized_map
_norm_set = normalized_set


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of normalised words, longest first, spaces made flexible."""
    return alternation(words, r"\s{1,3}")


def _squash(text: str) -> str:
    """Collapse runs of whitespace so multiword lexicon keys can be looked up."""
    return " ".join(text.split())


_GREG = _norm_map(lex.GREGORIAN_MONTHS)
_HIJRI = _norm_map(lex.HIJRI_MONTHS)
_ENGLISH = {k.lower(): v for k, v in lex.ENGLISH_MONTHS.items()}
_WEEKDAYS = _norm_map(lex.WEEKDAYS)
_DAYPARTS = {normalize(k): v for k, v in lex.DAYPARTS.items()}
_CLOCK = _norm_map(lex.CLOCK_HOURS)
_REL_DAYS = _norm_map(lex.RELATIVE_DAYS)
_PAST = _norm_set(lex.PAST_WORDS)
_PRESENT = _norm_set(lex.PRESENT_WORDS)
_FUTURE = _norm_set(lex.FUTURE_WORDS)
_AMBIGUOUS = _norm_set(lex.AMBIGUOUS_MONTHS)
_COALITION_MONTH = normalize("آذار")
_NOT_TODAY_BEFORE = _norm_set(lex.NOT_TODAY_BEFORE)
_TEMPORAL_PREPS = _norm_set(lex.TEMPORAL_PREPOSITIONS)
_UNITS = {normalize(k): v for k, v in lex.DURATION_UNITS.items()}
_QUALIFIERS = {normalize(k): v for k, v in lex.DURATION_QUALIFIERS.items()}
_FRACTIONS = {normalize(k): v for k, v in lex.FRACTIONS.items()}
_HIJRI_SUFFIXES = _norm_set(("هـ", "ه", "هجري", "هجرية", "للهجرة"))
_YEAR_WORD_TO_KIND = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}

_REL_WORDS = _alt((*lex.PAST_WORDS, *lex.PRESENT_WORDS, *lex.FUTURE_WORDS))
_MONTH = _alt((*lex.GREGORIAN_MONTHS, *lex.HIJRI_MONTHS))
_WEEKDAY = _alt(lex.WEEKDAYS)
_DAYPART = _alt(lex.DAYPARTS)
_YEAR_WORD = _alt(lex.YEAR_WORDS)
_MODIFIER = _alt(lex.PERIOD_MODIFIERS)
_ERA = _alt(("هـ", "ه", "هجري", "هجرية", "للهجرة", "م", "ميلادي", "ميلادية", "للميلاد"))
_ENGLISH_MONTH = "|".join(sorted(lex.ENGLISH_MONTHS, key=lambda w: (-len(w), w)))
_NOT_TODAY_AFTER = _alt(lex.NOT_TODAY_AFTER)
_CLOCK_WORD = _alt(lex.CLOCK_HOURS)
_DAY_WORDS = _norm_map(lex.DAY_WORDS)
_DAY_WORD = _alt(lex.DAY_WORDS)
_ORDINAL_DAYS = _norm_map(lex.ORDINAL_DAYS)
_ORDINAL_DAY = _alt(lex.ORDINAL_DAYS)
_TIME_DAYPART = _alt(
    (
        *("صباحا", "صباح", "مساء", "مساءً", "ظهرا", "عصرا", "ليلا", "فجرا"),
        *("بعد الظهر", "بعد الظهيرة", "بعد ظهر", "بعد ظهيرة"),
    )
)

# ---------------------------------------------------------------------------
# The combined pattern
# ---------------------------------------------------------------------------

_DATE_SOURCE = rf"""
    (?<![\p{{L}}\p{{N}}_])
    (?:[وف]?[بل]|[وف])??                       # a clitic, outside the mention
    (?P<body>
      # 12/9/2016, 12-9-2016, 12.9.2016 (day first), optionally Hijri
      (?<![0-9/.:-])
      (?P<nd>[0-9]{{1,2}})(?P<nsep>[/.-])(?P<nm>[0-9]{{1,2}})(?P=nsep)(?P<ny>[0-9]{{4}})(?![0-9/.:-])
      (?:\s{{0,2}}(?P<nera>{_ERA}))?
    |
      # ISO 2016-09-12, or 1437/12/10 هـ
      (?<![0-9/.:-])
      (?P<iy>[0-9]{{4}})(?P<isep>[/-])(?P<im>[0-9]{{1,2}})(?P=isep)(?P<id>[0-9]{{1,2}})(?![0-9/.:-])
      (?:\s{{0,2}}(?P<iera>{_ERA}))?
    |
      # English caption dates: August 26, 2016 / 26 August 2016
      (?i:(?P<emon>{_ENGLISH_MONTH})\.?\s{{1,3}}(?P<eday>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}
          (?P<eyear>[0-9]{{4}}))
    |
      (?i:(?P<eday2>[0-9]{{1,2}})\s{{1,3}}(?P<emon2>{_ENGLISH_MONTH})\.?,?\s{{1,3}}(?P<eyear2>[0-9]{{4}}))
    |
      # [daypart] [يوم] [weekday][،] day [من] month[/month] [year [era]] [relative]
      (?:
        (?:(?P<dp>{_DAYPART})\s{{1,3}})?
        (?:(?P<yawm>يوم)\s{{1,3}})?
        (?:(?P<wd>{_WEEKDAY})\s{{0,3}}[،,]?\s{{0,3}})?
        (?:
          (?:ال)?(?P<day>[0-9]{{1,2}}|{_DAY_WORD})\s{{0,3}}(?:من\s{{1,3}})?
        | (?P<oday>{_ORDINAL_DAY})\s{{1,3}}من\s{{1,3}}
        )
      |
        (?P<mmod>{_MODIFIER})\s{{1,3}}
      )?
      (?:(?P<shahr>شهر)\s{{1,3}})?
      (?P<mon>{_MONTH})
      (?:
        \s{{0,3}}/\s{{0,3}}(?P<mon2>{_MONTH})
      | \s{{0,3}}\(\s{{0,3}}(?P<mon3>{_MONTH})\s{{0,3}}\)
      )?
      (?:
        \s{{0,3}}[،,]?\s{{0,3}}(?:(?:من\s{{1,3}})?(?:{_YEAR_WORD})\s{{1,3}})?
        (?P<year>[0-9]{{4}})(?![0-9])(?:\s{{0,2}}(?P<era>{_ERA}))?
      )?
      (?:
        \s{{1,3}}(?:من\s{{1,3}})?(?P<ymrel>العام|السنه)\s{{1,3}}(?P<yrel>{_REL_WORDS})
      | \s{{1,3}}(?P<mrel>{_REL_WORDS})
      )?
    |
      # clock times: الساعة 10:30، الساعة العاشرة صباحا، الثالثة بعد الظهر
      (?:
        (?P<saa>الساعه)\s{{1,3}}
        (?:
          (?P<hh>[0-9]{{1,2}})(?:[:.](?P<mm>[0-9]{{2}}))?(?![0-9:.][0-9])
        | (?P<hw>{_CLOCK_WORD})
        )
      | (?P<hw2>{_CLOCK_WORD})(?=\s{{1,3}}(?:{_TIME_DAYPART})(?![\p{{L}}\p{{N}}]))
      | # a bare 14:30 or 2:15 م (a byline): kept only with ص/م or next to a date
        (?<![0-9:.])(?P<bh>[0-9]{{1,2}}):(?P<bm>[0-9]{{2}})(?![0-9:])
        (?:\s{{0,2}}(?P<ampm>[صم])(?![\p{{L}}\p{{N}}]))?
      )
      (?:\s{{1,3}}(?:و(?P<half>النصف|نصف)|و(?P<quarter>الربع|ربع)|الا\s{{1,3}}(?P<less>ربعا|ربع|الربع)))?
      (?:\s{{1,3}}(?:من\s{{1,3}})?(?P<tdp>{_TIME_DAYPART}))?
      (?:\s{{1,3}}(?P<tz>بالتوقيت\s{{1,3}}المحلي|بتوقيت\s{{1,3}}[\p{{L}}]{{2,15}}|بتوقيت\s{{1,3}}غرينتش|GMT|ت\.?\s?غ))?
    |
      # years: منذ عام 2011، منتصف 2014، العام 2016، عام 1437 هـ
      (?:(?P<since>منذ)\s{{1,3}})?
      (?:(?P<ymod>{_MODIFIER})\s{{1,3}})?
      (?:(?P<yw>{_YEAR_WORD})\s{{1,3}})?
      (?P<yyear>[0-9]{{4}})(?![0-9/.:-][0-9])(?:\s{{0,2}}(?P<yera>{_ERA}))?
    |
      # الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام
      (?:
        (?:
          (?P<pmod>{_MODIFIER})\s{{1,3}}
        | (?:ال)?(?P<pday>[0-9]{{1,2}})\s{{0,3}}من\s{{1,3}}(?=الشهر)  # 15 من الشهر الجاري
        )?
        (?P<per>الاسبوع|الشهر|العام|السنه)\s{{1,3}}(?P<prel>{_REL_WORDS})
      | (?P<this>هذا|هذه)\s{{1,3}}(?P<per2>الاسبوع|الشهر|العام|السنه)
      )
    |
      # [daypart] relative day [weekday]: أمس، مساء أمس، أول من أمس، اليوم الجمعة
      (?:(?P<rdp>{_DAYPART})\s{{1,3}})?
      (?P<rday>{_alt(lex.RELATIVE_DAYS)})
      (?!\s{{1,3}}(?:{_NOT_TODAY_AFTER})(?![\p{{L}}\p{{N}}]))
      (?:\s{{1,3}}(?P<rwd>{_WEEKDAY}))?
    |
      # [daypart] [يوم] weekday [relative]: الجمعة، يوم الخميس الماضي، مساء السبت
      (?:(?P<wdp>{_DAYPART})\s{{1,3}})?
      (?:(?P<wyawm>يوم)\s{{1,3}})?
      (?P<wd2>{_WEEKDAY})
      (?!\s{{1,3}}عشر)
      (?:\s{{1,3}}(?P<wrel>{_REL_WORDS}))?
    )
    (?![\p{{L}}\p{{N}}_])
    """


class _Groups:
    """The named groups of a match, read by number: ``regex`` looks names up slowly, and a
    date match reads a dozen of its 60 groups."""

    __slots__ = ("_index", "_match", "_values")

    def __init__(self, match: regex.Match[str], index: dict[str, int]) -> None:
        self._match = match
        self._values: tuple[str | None, ...] = (None, *match.groups())
        self._index = index

    def group(self, name: str) -> Any:  # str or None, as regex.Match.group is typed
        return self._values[self._index[name]]

    def start(self, name: str) -> int:
        return int(self._match.start(self._index[name]))

    def end(self, name: str) -> int:
        return int(self._match.end(self._index[name]))


@functools.cache
def _date_groups() -> dict[str, int]:
    return dict(_date_pattern().groupindex)


@functools.cache
def _date_pattern() -> regex.Pattern[str]:
    """The combined date pattern, compiled on first use (it takes ~25 ms to compile)."""
    return regex.compile(_DATE_SOURCE, regex.VERBOSE)


# The patterns below are compiled on first use: ``import arnews`` should not pay for them.


@functools.cache
def _day_range_before() -> regex.Pattern[str]:
    """A day number and a range word just before a date (من 12 إلى 14 سبتمبر)."""
    return regex.compile(
        r"""(?<![\p{L}\p{N}_])(?:(?:من|بين)\s{1,3})?(?:يوم\s{1,3})?(?P<d1>[0-9]{1,2})
            \s{0,3}(?:-|و|الي\s|حتي\s)\s{0,3}\Z""",
        regex.VERBOSE,
    )


@functools.cache
def _year_range() -> regex.Pattern[str]:
    """Two years joined as a range (بين عامي 2011 و2014)."""
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}_])
        (?:بين|من|عامي|خلال|الفتره\s{{1,3}}من|الفتره\s{{1,3}}بين)\s{{1,3}}
        (?P<a>(?:(?:{_YEAR_WORD})\s{{1,3}})?(?P<y1>[0-9]{{4}}))
        \s{{0,3}}(?:-|و|الي\s|حتي\s)\s{{0,3}}
        (?P<b>(?:(?:{_YEAR_WORD})\s{{1,3}})?(?P<y2>[0-9]{{4}}))(?![0-9])""",
        regex.VERBOSE,
    )


# Two years with a range word between them: where _year_range() is worth trying.
_YEAR_PAIR = regex.compile(
    r"[0-9]{4}\s{0,3}(?:-|و|الي\s|حتي\s)\s{0,3}(?:[\p{L}]{1,6}\s{1,3})?[0-9]{4}"
)
_MERGE_GAP = regex.compile(
    r"\s{0,3}(?:[(،,-]\s{0,3})?(?:(?:الموافق|الموافقه|الموافق\s{1,3}ل|يوم|في|من)\s{0,3})?\Z"
)
_WORD_JUST_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])[وف]?([\p{L}]+)[ \t]{1,3}\Z")


# ---------------------------------------------------------------------------
# Where a match can begin
# ---------------------------------------------------------------------------


#: The clitics :func:`_opening` lets stand before a start word, as whole-word prefixes.
_CLITIC_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_LEADING_WORD = regex.compile(r"\w+")


def _first_words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w).split()[0] for w in words)


@attrs.frozen
class _Starts:
    """What :func:`_candidates` looks for: the words a phrase can open with.

    ``words`` holds ``(search word, forms, article forms)``: a hit of the search word opens a
    phrase only where one of ``forms`` is written there as a whole word (or, preceded by
    ``ال``, one of ``article forms``). A word that begins with another one (صباحا، صباح) or
    is another one with the article (الشهر، شهر) is found through the shorter one.
    ``next_words`` lists, for a first word that only opens a multiword phrase (بعد غد، ذو
    الحجة، هذا العام), the words that may follow it.
    """

    words: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    next_words: dict[str, frozenset[str]]
    #: Every whole word (a ``\w`` run, with its clitics) a hit of ``words[k]`` can sit
    #: in, mapped to the indices ``k``: a text none of whose words is here has no hit.
    by_run: dict[str, tuple[int, ...]]
    #: ``frozenset(by_run)``, to intersect with a text's words in one call.
    runs: frozenset[str]
    #: When set, a digit run opens a phrase only where the pattern it returns matches
    #: right after it (a duration's number is followed by its unit). It is a function so
    #: that the pattern is compiled on first use, not at import.
    digit_follow: Callable[[], regex.Pattern[str]] | None = None


def _starts(
    phrases: Iterable[str],
    extra_next: dict[str, Iterable[str]] | None = None,
    digit_follow: Callable[[], regex.Pattern[str]] | None = None,
) -> _Starts:
    normalized = {" ".join(normalize(p).split()) for p in phrases}
    singles = {p for p in normalized if " " not in p}
    firsts = frozenset(p.split()[0] for p in normalized)
    follow: dict[str, set[str]] = {}
    for phrase in normalized:
        if " " in phrase:
            first, second = phrase.split()[:2]
            follow.setdefault(first, set()).add(second)
    next_words = {w: frozenset(n) for w, n in follow.items() if w not in singles}
    for word, nexts in (extra_next or {}).items():
        next_words[normalize(word)] = frozenset(normalize(n) for n in nexts)
    by_prefix: dict[str, list[str]] = {}  # every prefix of a first word -> the words
    for word in sorted(firsts):
        for k in range(1, len(word) + 1):
            by_prefix.setdefault(word[:k], []).append(word)
    words = []
    for word in sorted(firsts):
        if any(word[:k] in firsts for k in range(1, len(word))):
            continue
        if word.startswith("ال") and word[2:] in firsts:
            continue
        forms = tuple(by_prefix.get(word, ()))
        article = tuple(by_prefix.get("ال" + word, ()))
        words.append((word, forms, article))
    by_run: dict[str, list[int]] = {}
    for k, (_, forms, article) in enumerate(words):
        for form in (*forms, *article):
            if form.isalnum():
                run = form
            else:
                lead = _LEADING_WORD.match(form)
                assert lead is not None, form  # every first word starts with a letter
                run = lead.group()
            for clitics in _CLITIC_PREFIXES:
                by_run.setdefault(clitics + run, []).append(k)
    return _Starts(
        tuple(words),
        next_words,
        {run: tuple(ks) for run, ks in by_run.items()},
        frozenset(by_run),
        digit_follow,
    )


_PERIOD_WORDS = ("الأسبوع", "الشهر", "العام", "السنة")

#: The words every phrase that ``_DATE_PATTERN`` can match opens with (after a clitic).
_DATE_STARTS = _starts(
    (
        *lex.DAYPARTS,
        *lex.WEEKDAYS,
        *lex.GREGORIAN_MONTHS,
        *lex.HIJRI_MONTHS,
        *lex.CLOCK_HOURS,
        *lex.PERIOD_MODIFIERS,
        *lex.YEAR_WORDS,
        *lex.RELATIVE_DAYS,
        *lex.DAY_WORDS,
        *lex.ORDINAL_DAYS,
        *_PERIOD_WORDS,
        "يوم",
        "شهر",
        "الساعة",
        "منذ",
        "هذا",
        "هذه",
    ),
    {"هذا": _PERIOD_WORDS, "هذه": _PERIOD_WORDS},
)
#: Words that may follow a day number in a date (12 سبتمبر، 12 من شهر، 26 August).
_AFTER_DAY = frozenset(
    {normalize(m).split()[0] for m in (*lex.GREGORIAN_MONTHS, *lex.HIJRI_MONTHS)} | {"من", "شهر"}
)
_FOLLOWING_WORD = regex.compile(r"\s{0,3}([\p{L}]+)")
_DIGIT_RUN = regex.compile(r"[0-9]+")
# An English month name (any case) not preceded by a Latin letter: the same matches as
# ``(?i)(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)``, written to open
# with one character class (ſ folds to s) so that ``re`` skips to candidates at C speed:
# twice as fast as the ``regex`` form on Arabic text.
_LATIN_MONTH = re.compile(
    r"[JFMASONDjfmasondſ](?i:(?<![a-z].)(?:(?<=j)an|(?<=f)eb|(?<=m)a[ry]|(?<=a)(?:pr|ug)"
    r"|(?<=j)u[nl]|(?<=s)ep|(?<=o)ct|(?<=n)ov|(?<=d)ec))"
)
_CLITICS = "وفبل"


def _opening(text: str, pos: int) -> int:
    """Where a phrase whose first word starts at ``pos`` begins (with its clitic), or -1.

    -1 means ``pos`` is inside a longer word (not after a space, punctuation or a و/ف/ب/ل
    clitic). Only the cheap cases are ruled out; the pattern itself checks the rest.
    """
    if pos == 0:
        return 0
    c = text[pos - 1]
    if not (c.isalnum() or c == "_"):
        return pos
    if c not in _CLITICS:
        return -1
    if pos == 1:
        return 0
    b = text[pos - 2]
    if not (b.isalnum() or b == "_"):
        return pos - 1
    if c in "بل" and b in "وف":
        if pos == 2:
            return 0
        a = text[pos - 3]
        if not (a.isalnum() or a == "_"):
            return pos - 2
    return -1


def _whole(text: str, i: int, forms: tuple[str, ...]) -> str | None:
    """The form of ``forms`` written at ``i`` as a whole word, or None."""
    n = len(text)
    for form in forms:
        end = i + len(form)
        if text.startswith(form, i) and (end == n or not is_word_char(text[end])):
            return form
    return None


def _candidates(
    text: str, starts: _Starts, dates: bool = False, words: frozenset[str] | None = None
) -> list[int]:
    """Sorted positions where a phrase opening with a start word or a digit may begin.

    With ``dates``, a digit run opens a phrase only if it can be a day, a year or part of a
    numeric date or clock time, and English month names are looked for too. ``words``,
    the text's words (:attr:`NormalizedText.words`), narrows the search to the start words
    written in the text; without it every start word is looked for.
    """
    found: set[int] = set()
    add = found.add
    find = text.find
    next_words = starts.next_words
    entries = starts.words
    if words is not None:
        by_run = starts.by_run
        present = {k for run in starts.runs.intersection(words) for k in by_run[run]}
        entries = tuple(entries[k] for k in sorted(present))
    for word, forms, article in entries:
        i = find(word)
        while i >= 0:
            start = _opening(text, i)
            at = i
            form = None
            if start >= 0:
                form = _whole(text, i, forms)
            elif article and i >= 2 and text[i - 2 : i] == "ال":
                start = _opening(text, i - 2)
                at = i - 2
                if start >= 0:
                    form = _whole(text, at, article)
            if form is not None:
                wanted = next_words.get(form)
                if wanted is None:
                    add(start)
                else:
                    m = _FOLLOWING_WORD.match(text, at + len(form))
                    if m is not None and m.group(1) in wanted:
                        add(start)
            i = find(word, i + 1)
    n = len(text)
    follow = None if starts.digit_follow is None else starts.digit_follow().match
    for m in _DIGIT_RUN.finditer(text):
        i = m.start()
        start = _opening(text, i)
        if start < 0 and i >= 2 and text[i - 2 : i] == "ال":  # الـ24 ساعة
            start = _opening(text, i - 2)
        if start < 0:
            continue
        if follow is not None and follow(text, m.end()) is None:
            continue
        if dates:
            j = m.end()
            size = j - i
            if size != 4:
                if size > 4 or j == n:
                    continue
                if text[j] not in "/.-:":
                    after = _FOLLOWING_WORD.match(text, j)
                    if size == 3 or after is None:
                        continue
                    word = after.group(1)
                    if word not in _AFTER_DAY and not word.isascii():
                        continue
        add(start)
    if dates:
        for month in _LATIN_MONTH.finditer(text):
            add(month.start())
    return sorted(found)


# ---------------------------------------------------------------------------
# Resolution helpers
# ---------------------------------------------------------------------------


def coerce_published(published: Published) -> datetime.date | None:
    """Turn a ``published`` argument into a ``date`` (or None).

    Accepts a ``date``, a ``datetime`` (its date is used) or an ISO ``YYYY-MM-DD`` string;
    :func:`arnews.parse` and the date finders share these rules.

    >>> coerce_published("2016-09-10")
    datetime.date(2016, 9, 10)
    """
    if published is None:
        return None
    if isinstance(published, datetime.datetime):
        return published.date()
    if isinstance(published, datetime.date):
        return published
    if isinstance(published, str):
        try:
            return datetime.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(
                "published must be a date or an ISO date string like '2016-09-10', "
                f"not {published!r}"
            ) from None
    raise TypeError(
        "published must be a datetime.date, a datetime.datetime, an ISO date string or None, "
        f"not {type(published).__name__}"
    )


def _direction(word: str | None) -> int | None:
    """-1 for past words, 0 for present, +1 for future, None for no word."""
    if word is None:
        return None
    word = _squash(word)
    if word in _PAST:
        return -1
    if word in _FUTURE:
        return 1
    if word in _PRESENT:
        return 0
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _infer_year(month: int, day: int | None, direction: int | None, ref: datetime.date) -> int:
    """The year of a month (and day) written without one, relative to ``ref``.

    Past words pick the latest such month (or day) before ``ref``, future words the next
    one after it, present words ``ref``'s year. Without a word the month is taken in
    ``ref``'s year unless that puts it more than six months ahead (then the year before)
    or more than nine months behind (then the year after).
    """
    year = ref.year
    if direction == 0:
        return year
    if direction is not None:
        here = (month, day or 0)
        now = (ref.month, ref.day if day is not None else 0)
        if direction < 0:
            return year if here < now else year - 1
        return year if here > now else year + 1
    if month - ref.month > 6:
        return year - 1
    if ref.month - month > 9:
        return year + 1
    return year


def _hijri_year_for(month: int, day: int | None, direction: int | None, ref: datetime.date) -> int:
    """Same rule as :func:`_infer_year`, in the Hijri calendar."""
    h_year, h_month, h_day = gregorian_to_hijri(ref)
    fake_ref = datetime.date(2001, h_month, min(h_day, 28))
    return h_year + _infer_year(month, day, direction, fake_ref) - 2001


def _week_iso(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _weekday_date(weekday: int, direction: int | None, ref: datetime.date) -> datetime.date:
    """A weekday resolved against ``ref``: on or before it, or strictly after/before."""
    delta = (ref.isoweekday() - weekday) % 7
    if direction is None or direction == 0:
        return ref - datetime.timedelta(days=delta)
    if direction < 0:
        return ref - datetime.timedelta(days=delta or 7)
    ahead = (weekday - ref.isoweekday()) % 7
    return ref + datetime.timedelta(days=ahead or 7)


def _hour_with_daypart(hour: int, part: str | None) -> int:
    """A 12-hour clock hour read with the part of day written after it."""
    if part in ("afternoon", "evening") and hour < 12:
        return hour + 12
    if part == "night" and 6 <= hour < 12:
        return hour + 12
    if part == "noon" and hour < 6:
        return hour + 12
    if part in ("morning", "dawn") and hour == 12:
        return 0
    return hour


def _previous_word(text: str, pos: int) -> str:
    """The word before ``pos``, across up to three spaces or punctuation marks, or "".

    A backward scan over at most the 40 characters before ``pos``: the same as searching
    ``([\\p{L}]+)[^\\p{L}\\p{N}]{0,3}\\Z`` there, without that search's quadratic cost.
    """
    lo = max(0, pos - 40)
    i = pos
    skipped = 0
    while i > lo and skipped < 3:
        c = text[i - 1]
        if c.isalpha() or c.isnumeric():
            break
        i -= 1
        skipped += 1
    end = i
    while i > lo and text[i - 1].isalpha():
        i -= 1
    return text[i:end]


def _strip_clitic(word: str) -> str:
    """A preceding word without a leading و or ف, for lookups."""
    if len(word) > 2 and word[0] in "وف":
        return word[1:]
    return word


# ---------------------------------------------------------------------------
# Matches -> mentions
# ---------------------------------------------------------------------------


@attrs.define
class _Found:
    """A date found in the normalised text, before mapping offsets back.

    (An internal record, never changed once built: a plain slotted class, which is
    about three times cheaper to build than a frozen one.)
    """

    start: int
    end: int
    iso: str | None
    kind: DateKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    relative: bool = False
    weak: bool = False  # reported only when joined to a neighbour (a bare 14:30)


def _day_iso(
    year: int | None, month: int, day: int | None, calendar: str
) -> tuple[str | None, bool]:
    """ISO of a resolved (year, month, day), or (None, False) when impossible."""
    if year is None:
        return None, True
    if calendar == "hijri":
        try:
            if day is None:
                if not 1 <= month <= 12:
                    return None, False
                first = hijri_to_gregorian(year, month, 1)
                return f"{first.year:04d}-{first.month:02d}", True
            g = hijri_to_gregorian(year, month, day)
        except (ValueError, OverflowError):
            return None, False
        return g.isoformat(), True
    if day is None:
        if not (1 <= month <= 12 and 1 <= year <= 9999):
            return None, False
        return f"{year:04d}-{month:02d}", True
    if not (1 <= year <= 9999) or not _valid(year, month, day):
        return None, False
    return datetime.date(year, month, day).isoformat(), True


def _month_lookup(name: str) -> tuple[str, int]:
    name = _squash(name)
    if name in _GREG:
        return "gregorian", _GREG[name]
    return "hijri", _HIJRI[name]


def _possible(month: int, day: int | None, calendar: str) -> bool:
    """Whether a day and month written without a year exist in some year."""
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if calendar == "hijri":
        return 1 <= day <= 30
    return _valid(2000, month, day)


def _is_hijri_era(era: str | None) -> bool:
    return era is not None and _squash(era) in _HIJRI_SUFFIXES


def _from_month_match(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    mon_name = m.group("mon")
    calendar, month = _month_lookup(mon_name)
    pair = m.group("mon2") or m.group("mon3")
    if pair is not None:
        pair_cal, pair_month = _month_lookup(pair)
        if pair_cal != calendar or pair_month != month:
            return None
    raw_day = m.group("day")
    if raw_day is not None:
        day: int | None = _DAY_WORDS.get(raw_day) or int(raw_day)
    elif m.group("oday") is not None:
        day = _ORDINAL_DAYS[_squash(m.group("oday"))]
    else:
        day = None
    year = int(m.group("year")) if m.group("year") else None
    if _is_hijri_era(m.group("era")) and calendar == "gregorian":
        return None
    direction = _direction(m.group("mrel") or m.group("yrel"))
    weekday = _WEEKDAYS.get(m.group("wd") or "")
    part = _DAYPARTS.get(_squash(m.group("dp") or ""))
    start = m.start("body")
    prev = _strip_clitic(_previous_word(text, start))
    norm_mon = _squash(mon_name)
    bare = day is None and year is None and pair is None and direction is None
    if bare:
        # A month name alone is a date only after a temporal word (في نيسان، شهر رمضان).
        if m.group("shahr") is None and m.group("mmod") is None and prev not in _TEMPORAL_PREPS:
            return None
        if norm_mon == normalize("صفر") and m.group("shahr") is None:
            return None
    if (
        calendar == "hijri"
        and day is not None
        and year is None
        and direction is None
        and m.group("shahr") is None
        and weekday is None
        and prev not in _TEMPORAL_PREPS
    ):
        return None  # رجب، رمضان as names after a number
    if norm_mon in _AMBIGUOUS and day is None and year is None and pair is None:
        if (
            direction is None
            and m.group("shahr") is None
            and m.group("mmod") is None
            and prev not in _TEMPORAL_PREPS
        ):
            return None
    if (
        norm_mon == _COALITION_MONTH
        and day in lex.COALITION_DAYS
        and year is None
        and direction is None
        and weekday is None
        and part is None
        and m.group("yawm") is None
    ):
        return None  # قوى 14 آذار، فريق 8 آذار: the Lebanese coalitions
    relative = False
    if year is None:
        relative = True
        if ref is not None:
            if calendar == "hijri":
                year = _hijri_year_for(month, day, direction, ref)
            else:
                year = _infer_year(month, day, direction, ref)
    iso, ok = _day_iso(year, month, day, calendar)
    if not ok and relative and year is not None:
        # Resolved outside the calendars' range (a reference near year 1 or 9999): keep the
        # mention without a value if the written day and month can exist at all.
        iso, ok = None, _possible(month, day, calendar)
    if not ok:
        return None
    kind: DateKind = "date" if day is not None else "month"
    hour = minute = None
    if part == "midnight" and day is not None:
        hour, minute = 0, 0
        kind = "datetime"
        if iso is not None:
            iso += "T00:00"
    return _Found(
        start,
        m.end("body"),
        iso,
        kind,
        year=int(m.group("year")) if m.group("year") else None,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        weekday=weekday,
        calendar="hijri" if calendar == "hijri" else "gregorian",
        relative=relative,
    )


def _numeric(
    day: int, month: int, year: int, era: str | None, start: int, end: int
) -> _Found | None:
    calendar = "hijri" if _is_hijri_era(era) else "gregorian"
    iso, ok = _day_iso(year, month, day, calendar)
    if not ok or iso is None:
        return None
    return _Found(
        start,
        end,
        iso,
        "date",
        year=year,
        month=month,
        day=day,
        calendar="hijri" if calendar == "hijri" else "gregorian",
    )


def _time_found(m: _Groups) -> _Found | None:
    weak = False
    if m.group("hh") is not None:
        hour = int(m.group("hh"))
        minute = int(m.group("mm")) if m.group("mm") else 0
    elif m.group("bh") is not None:
        hour, minute = int(m.group("bh")), int(m.group("bm"))
        weak = not (m.group("ampm") or m.group("tdp") or m.group("tz"))
    else:
        hour = _CLOCK[_squash(m.group("hw") or m.group("hw2"))]
        minute = 0
    if m.group("half"):
        minute = 30
    elif m.group("quarter"):
        minute = 15
    elif m.group("less"):
        hour, minute = hour - 1, 45
        if hour == 0:
            hour = 12
    part = _DAYPARTS.get(_squash(m.group("tdp") or ""))
    if m.group("ampm"):
        part = "afternoon" if m.group("ampm") == "م" else "morning"
    if (m.group("hh") is None and m.group("bh") is None) or hour <= 12:
        hour = _hour_with_daypart(hour, part)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return _Found(
        m.start("body"),
        m.end("body"),
        f"T{hour:02d}:{minute:02d}",
        "time",
        hour=hour,
        minute=minute,
        weak=weak,
    )


def _year_found(m: _Groups, text: str) -> _Found | None:
    year = int(m.group("yyear"))
    hijri = _is_hijri_era(m.group("yera"))
    if not (m.group("since") or m.group("ymod") or m.group("yw") or m.group("yera")):
        # A bare number after في/منذ/حتى is a year only in the range news years fall in:
        # «في 1500 موقع» counts places.
        prev = _strip_clitic(_previous_word(text, m.start("body")))
        if prev not in _TEMPORAL_PREPS or not 1800 <= year <= 2100:
            return None
    if hijri:
        if not 1 <= year <= 2000:
            return None
        iso = f"{hijri_to_gregorian(year, 1, 1).year:04d}"
    else:
        if not 1000 <= year <= 2200:
            return None
        iso = f"{year:04d}"
    return _Found(
        m.start("body"),
        m.end("body"),
        iso,
        "year",
        year=year,
        calendar="hijri" if hijri else "gregorian",
    )


def _period_found(m: _Groups, ref: datetime.date | None) -> _Found | None:
    per = m.group("per") or m.group("per2")
    direction = _direction(m.group("prel")) if m.group("per") else 0
    kind = _YEAR_WORD_TO_KIND[per]
    if m.group("pday") is not None:
        return _day_of_month_found(m, int(m.group("pday")), direction, ref)
    iso: str | None = None
    if ref is not None and direction is not None:
        if kind == "week":
            iso = _week_iso(ref + datetime.timedelta(days=7 * direction))
        elif kind == "month":
            index = ref.year * 12 + ref.month - 1 + direction
            if 1 <= index // 12 <= 9999:
                iso = f"{index // 12:04d}-{index % 12 + 1:02d}"
        else:
            if 1 <= ref.year + direction <= 9999:
                iso = f"{ref.year + direction:04d}"
    return _Found(
        m.start("body"),
        m.end("body"),
        iso,
        "week" if kind == "week" else ("month" if kind == "month" else "year"),
        relative=True,
    )


def _day_of_month_found(
    m: _Groups, day: int, direction: int | None, ref: datetime.date | None
) -> _Found | None:
    """«15 من الشهر الجاري»: a day of the current, last or next month."""
    if not 1 <= day <= 31:
        return None
    iso = None
    month = None
    if ref is not None and direction is not None:
        index = ref.year * 12 + ref.month - 1 + direction
        year, month = index // 12, index % 12 + 1
        if 1 <= year <= 9999:
            if not _valid(year, month, day):
                return None
            iso = datetime.date(year, month, day).isoformat()
    return _Found(m.start("body"), m.end("body"), iso, "date", day=day, relative=True)


def _relday_found(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    word = _squash(m.group("rday"))
    start = m.start("body")
    if word == "اليوم" and m.group("rdp") is None and m.group("rwd") is None:
        # المصري اليوم، روسيا اليوم: a title, written with nothing between the words.
        before = _WORD_JUST_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1) in _NOT_TODAY_BEFORE:
            return None
    offset = _REL_DAYS[word]
    weekday = _WEEKDAYS.get(m.group("rwd") or "")
    iso = None
    if ref is not None:
        iso = (ref + datetime.timedelta(days=offset)).isoformat()
    return _Found(start, m.end("body"), iso, "date", weekday=weekday, relative=True)


def _weekday_found(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    name = m.group("wd2")
    weekday = _WEEKDAYS[name]
    start = m.start("body")
    if weekday == 1 and not (m.group("wyawm") or m.group("wdp") or m.group("wrel")):
        prev = _previous_word(text, start)
        if prev.startswith("ال") and prev.endswith(("ين", "ان")):
            return None  # الطرفين الاثنين: "the two", not Monday
    direction = _direction(m.group("wrel"))
    iso = None
    if ref is not None:
        iso = _weekday_date(weekday, direction, ref).isoformat()
    return _Found(start, m.end("body"), iso, "date", weekday=weekday, relative=True)


def _english_found(m: _Groups) -> _Found | None:
    if m.group("emon"):
        month = _ENGLISH[m.group("emon").lower()]
        day, year = int(m.group("eday")), int(m.group("eyear"))
    else:
        month = _ENGLISH[m.group("emon2").lower()]
        day, year = int(m.group("eday2")), int(m.group("eyear2"))
    return _numeric(day, month, year, None, m.start("body"), m.end("body"))


def _found_from_match(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    if m.group("nd") is not None:
        return _numeric(
            int(m.group("nd")),
            int(m.group("nm")),
            int(m.group("ny")),
            m.group("nera"),
            m.start("body"),
            m.end("body"),
        )
    if m.group("iy") is not None:
        return _numeric(
            int(m.group("id")),
            int(m.group("im")),
            int(m.group("iy")),
            m.group("iera"),
            m.start("body"),
            m.end("body"),
        )
    if m.group("emon") is not None or m.group("emon2") is not None:
        return _english_found(m)
    if m.group("mon") is not None:
        return _from_month_match(m, text, ref)
    if m.group("saa") is not None or m.group("hw2") is not None or m.group("bh") is not None:
        return _time_found(m)
    if m.group("yyear") is not None:
        return _year_found(m, text)
    if m.group("per") is not None or m.group("per2") is not None:
        return _period_found(m, ref)
    if m.group("rday") is not None:
        return _relday_found(m, text, ref)
    return _weekday_found(m, text, ref)


def _resolve(match: regex.Match[str], text: str, ref: datetime.date | None) -> _Found | None:
    """``_found_from_match``, without a value when resolving overflows the calendar."""
    m = _Groups(match, _date_groups())
    try:
        return _found_from_match(m, text, ref)
    except (OverflowError, ValueError):
        # A reference date near year 1 or 9999 (or before the Hijri epoch) puts the
        # resolved value out of range: report what was written, as without a reference.
        return _found_from_match(m, text, None)


def _iter_found(
    text: str, ref: datetime.date | None, words: frozenset[str] | None = None
) -> Iterator[_Found]:
    """Every date match, left to right, as ``_DATE_PATTERN.finditer`` would give them.

    The big pattern is only tried (anchored) where a match can begin: at a word that can
    open a date phrase or at a digit (:func:`_candidates`). This gives the same matches as
    scanning every position, several times faster.
    """
    last = 0
    match = _date_pattern().match
    for pos in _candidates(text, _DATE_STARTS, dates=True, words=words):
        if pos < last:
            continue
        m = match(text, pos)
        if m is None:
            continue
        last = m.end()
        found = _resolve(m, text, ref)
        if found is not None:
            yield found


def _merge(text: str, items: list[_Found]) -> list[_Found]:
    """Join a Hijri date with its Gregorian equivalent, and a time with its date."""
    out: list[_Found] = []
    for item in items:
        if out:
            prev = out[-1]
            gap_ok = _MERGE_GAP.match(text, prev.end, item.start) is not None
            if gap_ok and _equivalents(prev, item):
                hijri, greg = (prev, item) if prev.calendar == "hijri" else (item, prev)
                end = item.end
                if end < len(text) and text[end] == ")" and "(" in text[prev.end : item.start]:
                    end += 1
                out[-1] = attrs.evolve(
                    hijri,
                    start=prev.start,
                    end=end,
                    iso=greg.iso or hijri.iso,
                    kind=greg.kind if greg.iso else hijri.kind,
                )
                continue
            if gap_ok and _weekday_then_day(prev, item):
                end = item.end
                if end < len(text) and text[end] == ")" and "(" in text[prev.end : item.start]:
                    end += 1
                out[-1] = attrs.evolve(item, start=prev.start, end=end, weekday=prev.weekday)
                continue
            pair = _time_and_date(prev, item) if gap_ok else None
            if pair is not None:
                out[-1] = pair
                continue
        out.append(item)
    return out


def _equivalents(first: _Found, second: _Found) -> bool:
    """A Hijri date (or month) and a Gregorian date written one after the other."""
    if first.calendar == second.calendar:
        return False
    hijri, greg = (first, second) if first.calendar == "hijri" else (second, first)
    if greg.kind != "date":
        return False
    return hijri.kind == "date" or (hijri.kind == "month" and hijri.year is not None)


def _weekday_then_day(first: _Found, second: _Found) -> bool:
    """A weekday alone, then the date it names: يوم الجمعة الموافق 9 سبتمبر، الجمعة (9 سبتمبر)."""
    weekday_only = (
        first.kind == "date"
        and first.weekday is not None
        and first.day is None
        and first.month is None
    )
    return (
        weekday_only
        and second.kind in ("date", "datetime")
        and second.day is not None
        and second.weekday is None
    )


def _time_and_date(first: _Found, second: _Found) -> _Found | None:
    if first.kind == "time" and second.kind == "date":
        time, day = first, second
    elif first.kind == "date" and second.kind == "time":
        day, time = first, second
    else:
        return None
    iso = None
    if day.iso is not None and time.iso is not None:
        iso = day.iso + time.iso
    return attrs.evolve(
        day,
        start=first.start,
        end=second.end,
        iso=iso,
        kind="datetime",
        hour=time.hour,
        minute=time.minute,
    )


def _ranges(text: str, items: list[_Found]) -> list[_Found]:
    """Add the first end of day ranges and both ends of year ranges."""
    extra: list[_Found] = []
    for item in items:
        if item.kind not in ("date", "datetime") or item.day is None or item.month is None:
            continue
        m = _day_range_before().search(text, max(0, item.start - 30), item.start)
        if m is None:
            continue
        d1 = int(m.group("d1"))
        if item.iso is None:
            iso: str | None = None
        else:
            head = item.iso[:10]
            year, month = int(head[:4]), int(head[5:7])
            if item.calendar == "hijri":
                if item.year is None or d1 > hijri_month_length(item.year, item.month):
                    continue
                iso = hijri_to_gregorian(item.year, item.month, d1).isoformat()
            else:
                if not _valid(year, month, d1):
                    continue
                iso = datetime.date(year, month, d1).isoformat()
            if d1 >= item.day:
                continue
        extra.append(
            attrs.evolve(
                item,
                start=m.start("d1"),
                end=m.end("d1"),
                iso=iso,
                kind="date",
                day=d1,
                weekday=None,
                hour=None,
                minute=None,
            )
        )
    taken = [(i.start, i.end) for i in items]
    seen: set[int] = set()
    for hit in _YEAR_PAIR.finditer(text):
        m = _year_range().search(text, max(0, hit.start() - 40), min(len(text), hit.end() + 1))
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (1000 <= y1 < y2 <= 2200):
            continue
        for grp, year in (("a", y1), ("b", y2)):
            s, e = m.start(grp), m.end(grp)
            if any(ts < e and s < te for ts, te in taken):
                continue
            extra.append(_Found(s, e, f"{year:04d}", "year", year=year))
    if not extra:
        return items
    return sorted([*items, *extra], key=lambda f: (f.start, f.end))


def _to_mention(nt: NormalizedText, f: _Found) -> DateMention:
    start, end = nt.span(f.start, f.end)
    return DateMention(
        start=start,
        end=end,
        text=nt.original[start:end],
        iso=f.iso,
        kind=f.kind,
        year=f.year,
        month=f.month,
        day=f.day,
        hour=f.hour,
        minute=f.minute,
        weekday=f.weekday,
        calendar=f.calendar,
        relative=f.relative,
    )


# ---------------------------------------------------------------------------
# Public functions: dates
# ---------------------------------------------------------------------------


def extract_dates(nt: NormalizedText, published: Published = None) -> tuple[DateMention, ...]:
    """Dates, times, weeks, months and years in a normalised text.

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.
        published: the reference date for relative expressions (date, datetime, ISO
            string or None).

    Returns:
        The mentions, sorted by start, with offsets into ``nt.original``.

    >>> nt = normalize_with_offsets("وصل الوفد أمس")
    >>> [(d.text, d.iso) for d in extract_dates(nt, "2016-08-28")]
    [('أمس', '2016-08-27')]
    """
    ref = coerce_published(published)
    text = nt.text
    items = [f for f in _merge(text, list(_iter_found(text, ref, nt.words))) if not f.weak]
    items = _ranges(text, items)
    return tuple(_to_mention(nt, f) for f in items)


def find_dates(text: str, published: Published = None) -> tuple[DateMention, ...]:
    """Find dates, times, weeks, months and years in running text.

    Args:
        text: any string (never raises on content).
        published: the publication date, used to resolve أمس، الخميس الماضي، الشهر المقبل
            and day-month dates written without a year.

    Returns:
        A tuple of :class:`arnews.DateMention`, sorted by start.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> import datetime
    >>> ds = find_dates("ربما نجتمع في الأسبوع المقبل", published=datetime.date(2016, 9, 10))
    >>> [(d.text, d.iso, d.kind) for d in ds]
    [('الأسبوع المقبل', '2016-W37', 'week')]
    >>> [(d.text, d.iso) for d in find_dates("١٢/٩/٢٠١٦ و١٠ ذو الحجة ١٤٣٧ هـ")]
    [('١٢/٩/٢٠١٦', '2016-09-12'), ('١٠ ذو الحجة ١٤٣٧ هـ', '2016-09-11')]
    """
    return extract_dates(normalize_with_offsets(check_text(text)), published)


#: No date phrase is longer than this; longer input is rejected without scanning it.
_LONGEST_PHRASE = 300


def parse_date(phrase: str, published: Published = None) -> DateMention:
    """Read one whole date phrase.

    Args:
        phrase: a date, time, week, month or year phrase and nothing else (surrounding
            spaces and punctuation are allowed).
        published: reference date for relative phrases.

    Returns:
        The :class:`arnews.DateMention`, with offsets into ``phrase``.

    Raises:
        ParseError: ``phrase`` is not exactly one date phrase, or names an impossible
            date such as ``31 فبراير 2016``.
        TypeError: ``phrase`` is not a ``str``.

    >>> d = parse_date("الجمعة 9 أيلول 2016")
    >>> (d.iso, d.weekday, d.day, d.month, d.year)
    ('2016-09-09', 5, 9, 9, 2016)
    >>> parse_date("31 فبراير 2016")
    Traceback (most recent call last):
    ...
    arnews.errors.ParseError: not a date phrase: '31 فبراير 2016'
    """
    check_text(phrase, "phrase")
    if len(phrase) > _LONGEST_PHRASE:
        raise ParseError(f"not a date phrase: {phrase[:60]!r}... ({len(phrase)} characters)")
    found = find_dates(phrase, published)
    if len(found) == 1:
        mention = found[0]
        rest = phrase[: mention.start] + phrase[mention.end :]
        if not regex.search(r"[\p{L}\p{N}]", rest):
            return mention
    raise ParseError(f"not a date phrase: {phrase!r}")


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------

_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_STYLES = ("gregorian", "levantine", "paired", "maghrebi", "hijri", "numeric")


def format_date(
    date: datetime.date | str, style: Style = "gregorian", digits: Digits = "western"
) -> str:
    """Write ``date`` the way Arab outlets do; :func:`find_dates` reads every style back.

    Args:
        date: the Gregorian date: a ``date``, a ``datetime`` (its date is used) or an ISO
            string such as ``"2016-09-12"``.
        style: ``"gregorian"`` (12 سبتمبر 2016, Egypt and the Gulf), ``"levantine"``
            (12 أيلول 2016), ``"paired"`` (12 أيلول/سبتمبر 2016), ``"maghrebi"``
            (12 شتنبر 2016), ``"hijri"`` (11 ذو الحجة 1437 هـ, Umm al-Qura) or
            ``"numeric"`` (12/9/2016, day first).
        digits: ``"western"`` (0-9) or ``"eastern"`` (٠-٩).

    Raises:
        TypeError: ``date`` is none of those (the message shows what to pass).
        ValueError: unknown ``style`` or ``digits``, a string that is not an ISO date, or
            ``style="hijri"`` for a date before the Hijri epoch (622-07-18).

    >>> format_date(datetime.date(2016, 9, 12), style="levantine", digits="eastern")
    '١٢ أيلول ٢٠١٦'
    >>> format_date(datetime.date(2016, 9, 12), style="hijri")
    '11 ذو الحجة 1437 هـ'
    >>> format_date("2016-09-12")
    '12 سبتمبر 2016'
    """
    from arnews.errors import check_date

    date = check_date(date, "format_date")  # a date, a datetime or an ISO string
    if style not in _STYLES:
        raise ValueError(f"style must be one of {', '.join(_STYLES)}, not {style!r}")
    if digits not in ("western", "eastern"):
        raise ValueError(f"digits must be 'western' or 'eastern', not {digits!r}")
    names = lex.MONTH_NAMES_BY_STYLE
    if style == "numeric":
        out = f"{date.day}/{date.month}/{date.year}"
    elif style == "hijri":
        h_year, h_month, h_day = gregorian_to_hijri(date)
        out = f"{h_day} {names['hijri'][h_month - 1]} {h_year} هـ"
    elif style == "paired":
        levant = names["levantine"][date.month - 1]
        greg = names["gregorian"][date.month - 1]
        out = f"{date.day} {levant}/{greg} {date.year}"
    else:
        out = f"{date.day} {names[style][date.month - 1]} {date.year}"
    return out.translate(_EASTERN) if digits == "eastern" else out


# ---------------------------------------------------------------------------
# Durations
# ---------------------------------------------------------------------------

_UNIT_ALT = _alt(lex.DURATION_UNITS)
_DEFINITE_PLURALS = {
    "ال" + normalize(w): unit
    for w, (unit, count) in lex.DURATION_UNITS.items()
    if count is None and not w.endswith("ٍ")
}
_DEFINITE_PLURAL_ALT = _alt(_DEFINITE_PLURALS)
_DEFINITE_COUNTS = _norm_map(lex.DEFINITE_COUNTS)
_DEFINITE_COUNT_ALT = _alt(lex.DEFINITE_COUNTS)
_QUALIFIER_ALT = _alt(lex.DURATION_QUALIFIERS)
_FRACTION_ALT = _alt(lex.FRACTIONS)

_DURATION_SOURCE = rf"""
    (?<![\p{{L}}\p{{N}}_])
    (?:[وف]?[بل]|[وف])??
    (?P<body>
      (?:(?P<qual>{_QUALIFIER_ALT})\s{{1,3}})?
      (?:
        # 13 ساعة، 5 ساعات، 2.5 ساعة، 3 ساعات ونصف
        (?:ال)?(?<![0-9.,/:-])(?P<num>[0-9]{{1,6}}(?:\.[0-9]{{1,3}})?)\s{{0,3}}(?P<unit>{_UNIT_ALT})
        (?:\s{{1,3}}و(?P<plus>{_FRACTION_ALT}))?
      |
        # نصف ساعة، ربع ساعة
        (?P<frac>{_FRACTION_ALT})\s{{1,3}}(?P<funit>{_UNIT_ALT})
      |
        # السنوات الخمس، الأيام الثلاثة، الساعات الـ24
        (?P<dunit>{_DEFINITE_PLURAL_ALT})\s{{1,3}}
        (?:(?P<dword>{_DEFINITE_COUNT_ALT})|ال(?P<dnum>[0-9]{{1,4}})(?![0-9]))
      |
        # ساعة ونصف، يومين ونصف، يومين
        (?P<bare>{_UNIT_ALT})(?:\s{{1,3}}و(?P<bplus>{_FRACTION_ALT}))?
      )
    )
    (?![\p{{L}}\p{{N}}_])
    """


@functools.cache
def _duration_pattern() -> regex.Pattern[str]:
    """The duration pattern, compiled on first use."""
    return regex.compile(_DURATION_SOURCE, regex.VERBOSE)


_VAGUE_LEADS = _norm_set(lex.VAGUE_LEADS)
_SINGULAR_LEADS = _norm_set(lex.SINGULAR_LEADS)
_NOT_SINGULAR_AFTER = _first_words((*lex.HIJRI_MONTHS, *lex.GREGORIAN_MONTHS, *lex.DAY_WORDS))
_UNIT_AFTER_UNIT = regex.compile(r"(?<![\p{L}])(\p{L}+)\s{1,3}(?:بعد|تلو)\s{1,3}\Z")
_NEXT_WORD = regex.compile(r"[ \t]{1,3}([\p{L}\p{N}]+)")
# Read in the original text, so bidi marks and harakat between the words are skipped.
# A format character (bidi mark, soft hyphen) may also stand inside the unit word. The
# gap never crosses a line, and skips what normalisation turns into a space (``&``,
# ``&nbsp;``), so the original and its normalised form agree.
_UNIT_WORD_AFTER = regex.compile(
    r"(?:[^\S\n]|[\p{Cf}\p{M}]|&(?:nbsp;)?){0,12}"
    r"(\p{L}(?:[\p{L}\p{M}]|\p{Cf}{1,6}(?=[\p{L}\p{M}]))*)"
)
_FRACTION_AFTER = regex.compile(r"[\s\p{Cf}]{1,6}و([\p{L}\p{M}]{2,12})(?![\p{L}\p{N}])")


@functools.cache
def _qualifier_before() -> regex.Pattern[str]:
    """A duration qualifier ending a window (compiled on first use)."""
    return regex.compile(rf"(?:{_QUALIFIER_ALT})\s{{1,3}}\Z")


@attrs.define
class _Span:
    """A duration found in the normalised text (an internal record, like ``_Found``)."""

    start: int
    end: int
    value: int | float
    unit: DurationUnit
    qualifier: Qualifier | None


def _qualifier(word: str | None) -> Qualifier | None:
    if word is None:
        return None
    value = _QUALIFIERS.get(_squash(word))
    if value == "more_than":
        return "more_than"
    if value == "less_than":
        return "less_than"
    if value == "approx":
        return "approx"
    if value == "at_least":
        return "at_least"
    if value == "at_most":
        return "at_most"
    return None


def _unit_of(word: str) -> tuple[DurationUnit, int | None] | None:
    entry = _UNITS.get(word)
    if entry is None:
        return None
    name, count = entry
    unit: DurationUnit
    if name == "second":
        unit = "second"
    elif name == "minute":
        unit = "minute"
    elif name == "hour":
        unit = "hour"
    elif name == "day":
        unit = "day"
    elif name == "week":
        unit = "week"
    elif name == "month":
        unit = "month"
    else:
        unit = "year"
    return unit, count


@functools.cache
def _unit_after_number() -> regex.Pattern[str]:
    """A duration unit right after a number's digits (compiled on first use)."""
    return regex.compile(rf"(?:\.[0-9]+)?\s{{0,3}}(?:{_UNIT_ALT})")


# A number opens a duration only when a unit follows it (13 ساعة، 2.5 ساعة), and a
# definite plural only when a count follows it (السنوات الخمس، الساعات الـ24): the digits
# and words the pattern would fail on at once are not tried.
_DURATION_STARTS = _starts(
    (*lex.DURATION_UNITS, *lex.FRACTIONS, *_DEFINITE_PLURALS),
    extra_next={plural: (*lex.DEFINITE_COUNTS, "ال") for plural in _DEFINITE_PLURALS},
    digit_follow=_unit_after_number,
)


@functools.cache
def _qualifier_just_before() -> regex.Pattern[str]:
    """A qualifier (with its clitics) right before a duration (compiled on first use)."""
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}_])(?:[وف]?[بل]|[وف])??
        (?P<qual>{_QUALIFIER_ALT})\s{{1,3}}\Z""",
        regex.VERBOSE,
    )


def _with_qualifier(text: str, start: int) -> tuple[int, Qualifier | None]:
    """Extend a duration starting at ``start`` over a qualifier written just before it."""
    if start == 0 or not text[start - 1].isspace():
        return start, None  # the pattern ends in spaces (``isspace`` covers every ``\s``)
    q = _qualifier_just_before().search(text, max(0, start - 30), start)
    if q is None:
        return start, None
    return q.start("qual"), _qualifier(q.group("qual"))


def _duration_matches(
    text: str, words: frozenset[str] | None = None
) -> Iterator[regex.Match[str]]:
    """``_DURATION_PATTERN`` matches without their qualifier, tried only where one can begin."""
    last = 0
    match = _duration_pattern().match
    for pos in _candidates(text, _DURATION_STARTS, words=words):
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None:
            last = m.end()
            yield m


def _lone_singular(text: str, m: regex.Match[str]) -> bool:
    """A singular unit standing for one of it: لمدة أسبوع، منذ عام، خلال ساعة.

    Only after a word of extent (لمدة، طيلة، منذ، خلال) and not heading a genitive
    (خلال شهر رمضان، منذ يوم الجمعة، طوال العام الدراسي).
    """
    if m.group("bare") is None or m.group("bplus") is not None:
        return False
    prev = _strip_clitic(_previous_word(text, m.start("body")))
    if prev not in _SINGULAR_LEADS:
        return False
    idiom = _UNIT_AFTER_UNIT.search(text, max(0, m.start() - 30), m.start())
    if idiom is not None:
        first = _unit_of(_squash(idiom.group(1)))
        second = _unit_of(_squash(m.group("bare")))
        if first is not None and second is not None and first[0] == second[0]:
            return False  # يوما بعد يوم، عاما بعد عام: "day after day"
    after = _NEXT_WORD.match(text, m.end("body"))
    if after is None:
        return True
    word = _squash(after.group(1))
    return (
        not (word.startswith("ال") or word[0].isdigit() or word in _GREG or word in _HIJRI)
        and word not in _NOT_SINGULAR_AFTER
    )


def _own_durations(text: str, words: frozenset[str] | None = None) -> Iterator[_Span]:
    """Durations this module reads itself: digits, duals, fractions, vague plurals."""
    for m in _duration_matches(text, words):
        start, qual = _with_qualifier(text, m.start("body"))
        if m.group("qual") is not None:  # pragma: no cover - candidates never start there
            start, qual = m.start("body"), _qualifier(m.group("qual"))
        if m.group("num") is not None:
            found = _unit_of(_squash(m.group("unit")))
            if found is None:
                continue
            unit, _ = found
            raw = m.group("num")
            value: int | float = float(raw) if "." in raw else int(raw)
            if m.group("plus"):
                value = value + _FRACTIONS[m.group("plus")]
            yield _Span(start, m.end("body"), value, unit, qual)
        elif m.group("dunit") is not None:
            found = _unit_of(m.group("dunit")[2:])
            if found is None:
                continue
            raw = m.group("dnum")
            n = int(raw) if raw is not None else _DEFINITE_COUNTS[m.group("dword")]
            if n < 2:
                continue
            yield _Span(start, m.end("body"), n, found[0], qual)
        elif m.group("frac") is not None:
            found = _unit_of(_squash(m.group("funit")))
            if found is None or found[1] != 1:
                continue
            yield _Span(start, m.end("body"), _FRACTIONS[m.group("frac")], found[0], qual)
        else:
            found = _unit_of(_squash(m.group("bare")))
            if found is None:
                continue
            unit, count = found
            if m.group("bplus"):
                base = count if count is not None else 0
                if base == 0:
                    continue
                yield _Span(start, m.end("body"), base + _FRACTIONS[m.group("bplus")], unit, qual)
            elif count == 2:
                yield _Span(start, m.end("body"), 2, unit, qual)
            elif count is None:
                # A bare plural is vague (value 0) after بضع، عدة، بعد، منذ or a clitic ل.
                prev = _strip_clitic(_previous_word(text, m.start("body")))
                if prev in _VAGUE_LEADS or m.start("body") > m.start():
                    yield _Span(start, m.end("body"), 0, unit, qual)
            elif count == 1 and m.group("bplus") is None and (qual or _lone_singular(text, m)):
                yield _Span(start, m.end("body"), 1, unit, qual)


def _dates_near(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the dates overlapping ``text[start:end]``, looked for in a small window."""
    ws = max(0, start - 60)
    window = text[ws : min(len(text), end + 60)]
    last = 0
    match = _date_pattern().match
    for pos in _candidates(window, _DATE_STARTS, dates=True):
        pos += ws
        if pos < last:
            continue
        m = match(text, pos)
        if m is None:
            continue
        last = m.end()
        if (
            m.start() < end
            and start < m.end()
            and _found_from_match(_Groups(m, _date_groups()), text, None)
        ):
            yield m.start("body"), m.end("body")


def _in_date(text: str, start: int, end: int) -> bool:
    return any(True for _ in _dates_near(text, start, end))


#: Above one duration per this many characters, dates are scanned once for the whole text.
_DENSE_SPACING = 300


def _merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined, for :func:`_overlaps_any`."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_left(spans, (end, -1))
    return i > 0 and spans[i - 1][1] > start


@functools.lru_cache(maxsize=4096)
def _unit_of_written(word: str) -> tuple[DurationUnit, int | None] | None:
    """:func:`_unit_of` a word as written in the original text (normalised here)."""
    return _unit_of(normalize(word))


@functools.lru_cache(maxsize=4096)
def _unit_of_phrase(phrase: str) -> tuple[DurationUnit, int | None] | None:
    """:func:`_unit_of` a counted noun as written, normalised, its spaces squashed."""
    return _unit_of(_squash(normalize(phrase)))


def _numeral_durations(
    nt: NormalizedText, numbers: Iterable[NumberMention], taken: list[tuple[int, int]]
) -> Iterator[_Span]:
    """Spelled numbers from :mod:`arnews.numerals` followed by a time unit.

    Spans are offsets into ``nt.original``.
    """
    original = nt.original
    for number in numbers:
        if number.kind not in ("cardinal", "fraction") or isinstance(number.value, bool):
            continue
        if _overlaps_any(number.start, number.end, taken):
            continue
        unit_found = None
        end = number.end
        if number.unit is not None:
            unit_found = _unit_of_phrase(number.unit)
            if unit_found is not None and number.unit in number.text:
                if unit_found[1] == 2:
                    continue  # bare duals are read by _own_durations
        if unit_found is None:
            m = _UNIT_WORD_AFTER.match(original, number.end)
            if m is None:
                continue
            unit_found = _unit_of_written(m.group(1))
            end = m.end(1)
        elif number.unit is not None and number.unit not in number.text:
            m = _UNIT_WORD_AFTER.match(original, number.end)
            if m is None or _unit_of_written(m.group(1)) is None:
                continue
            end = m.end(1)
        if unit_found is None or _overlaps_any(number.start, end, taken):
            continue  # ثلاثة سنتين: the dual (read by _own_durations) is the duration
        value = number.value
        plus = _FRACTION_AFTER.match(original, end)
        fraction = None if plus is None else _FRACTIONS.get(normalize(plus.group(1)))
        if (
            plus is not None
            and fraction is not None
            and unit_found[1] != 2
            and not _overlaps_any(end, plus.end(), taken)
        ):
            value = value + fraction  # ثلاث ساعات ونصف
            end = plus.end()
        yield _Span(number.start, end, value, unit_found[0], number.qualifier)


def _original_in_date(original: str, start: int, end: int) -> bool:
    """Whether ``original[start:end]`` overlaps a date (checked in a small window)."""
    ws = max(0, start - 60)
    window = normalize_with_offsets(original[ws : min(len(original), end + 60)])
    for s, e in _dates_near(window.text, 0, len(window.text)):
        os_, oe = window.span(s, e)
        if os_ + ws < end and start < oe + ws:
            return True
    return False


def extract_durations(
    nt: NormalizedText,
    numbers: tuple[NumberMention, ...] | None = None,
    dates: tuple[DateMention, ...] | None = None,
) -> tuple[DurationMention, ...]:
    """Durations in a normalised text.

    Digits, duals (يومين), fractions (نصف ساعة، ساعة ونصف) and vague plurals (بعد ساعات,
    value 0) are read here; spelled numbers (سبعة أيام) come from the numerals extractor.
    A number that is part of a date (عام 2011) is not a duration.

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.
        numbers: ``arnews.numerals.extract_numbers(nt)`` when the caller has already run
            it (``parse()`` does), so the numeral parser does not run twice; computed here
            when None.
        dates: :func:`extract_dates` of the same ``nt`` when the caller has it, so that
            dates are not looked for again; when None, dates are looked for around each
            duration.

    Returns:
        The mentions, sorted by start, with offsets into ``nt.original``.

    >>> nt = normalize_with_offsets("استمرت المحادثات أكثر من 13 ساعة")
    >>> [(d.text, d.value, d.unit, d.qualifier) for d in extract_durations(nt)]
    [('أكثر من 13 ساعة', 13, 'hour', 'more_than')]
    """
    text = nt.text
    original = nt.original
    mentions: list[DurationMention] = []
    own = list(_own_durations(text, nt.words))
    given = None if dates is None else _merged_spans((d.start, d.end) for d in dates)
    # Few durations: look for dates around each one. Many (a table, a list): scan the
    # dates once. Either way the cost stays linear in the text.
    found_dates: list[tuple[int, int]] | None = None
    if given is None and len(own) * _DENSE_SPACING > len(text):
        found_dates = [(f.start, f.end) for f in _iter_found(text, None, nt.words)]
    for span in own:
        start, end = nt.span(span.start, span.end)
        if given is not None:
            if _overlaps_any(start, end, given):
                continue
        elif found_dates is None:
            if _in_date(text, span.start, span.end):
                continue
        elif _overlaps_any(span.start, span.end, found_dates):
            continue
        mentions.append(
            DurationMention(
                start=start,
                end=end,
                text=original[start:end],
                value=span.value,
                unit=span.unit,
                qualifier=span.qualifier,
            )
        )
    if numbers is None:
        from arnews.numerals import extract_numbers

        numbers = extract_numbers(nt)
    taken = [(m.start, m.end) for m in mentions]
    spelled = list(_numeral_durations(nt, numbers, taken))
    if given is None and found_dates is None and len(spelled) * _DENSE_SPACING > len(text):
        found_dates = [(f.start, f.end) for f in _iter_found(text, None, nt.words)]
    original_dates = given
    if original_dates is None and found_dates is not None:
        original_dates = [nt.span(s, e) for s, e in found_dates]
    for span in spelled:
        if original_dates is None:
            if _original_in_date(original, span.start, span.end):
                continue
        elif _overlaps_any(span.start, span.end, original_dates):
            continue
        start, end = span.start, span.end
        qualifier = span.qualifier
        window_start = max(0, start - 30)
        window = normalize_with_offsets(original[window_start:start])
        q = _qualifier_before().search(window.text)
        if q is not None:
            qualifier = qualifier or _qualifier(q.group(0).strip())
            start = window_start + window.start_of(q.start())
        mentions.append(
            DurationMention(
                start=start,
                end=end,
                text=original[start:end],
                value=span.value,
                unit=span.unit,
                qualifier=qualifier,
            )
        )
    mentions.sort(key=lambda d: (d.start, -d.end))
    kept: list[DurationMention] = []
    for mention in mentions:  # never two overlapping durations: the first, longest one wins
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return tuple(kept)


def find_durations(text: str) -> tuple[DurationMention, ...]:
    """Find lengths of time in running text.

    Args:
        text: any string (never raises on content).

    Returns:
        A tuple of :class:`arnews.DurationMention`, sorted by start.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(d.text, d.value, d.unit) for d in find_durations("انتظر ساعة ونصف ثم يومين")]
    [('ساعة ونصف', 1.5, 'hour'), ('يومين', 2, 'day')]
    """
    return extract_durations(normalize_with_offsets(check_text(text)))
