"""Dates and times in Arabic news text (durations are in :mod:`arnews.durations`).

Two public levels, as elsewhere in arnews: :func:`find_dates` for running text and
:func:`parse_date` for one whole phrase; :func:`format_date` writes a date back in any of
the styles that :func:`find_dates` reads.

The grammar (``_DATE_RULES``: one pattern of named pieces per form of phrase, tried in
order where a phrase can open, each read into a written record by one function per
form: ``_from_month_match``, ``_time_found``, ``_weekday_found``, ``_holiday_found`` ...)
is separate from the resolve helpers that turn what was written into a value against
``published``: :func:`tense_direction`, ``_weekday_date``, ``_infer_year``,
``_hour_with_daypart``, ``_on_daypart`` (midnight for every day form), ``_nth_weekday``,
``_nearest_holiday``, and the post-passes ``_ranges``, ``_written_years``,
``_time_ranges``, ``_on_reference_day``, ``_narrative_days`` (اليوم التالي),
``_spelled_years`` (عام ألفين وعشرين) and ``_spans_of_years`` (الربع الأول من 2018،
السبعينيات، القرن الحادي والعشرين); ل before ال written لل is read by
``_article_clitic_match``.

How values are resolved (see ``docs/dates.md`` for the full conventions):

- ``iso`` is the value at its granularity: ``YYYY``, ``YYYY-MM``, ``YYYY-Www`` (ISO week),
  ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``; a clock time without a date is ``THH:MM``.
- Relative expressions (أمس، الخميس الماضي، الشهر المقبل، a day and month without a year)
  are resolved against ``published``; without it ``iso`` is None and ``relative`` is True.
- Hijri dates are converted with the Umm al-Qura calendar (:mod:`arnews.hijri`); ``iso`` is
  Gregorian, ``year``/``month``/``day`` stay as written and ``calendar`` is ``"hijri"``.
- An impossible date (31 فبراير، 2016-13-45) is not reported at all: no value is invented.
- A range (من 10 إلى 12 سبتمبر، بين 2011 و2014) is one mention: ``iso`` its first end,
  ``end_iso`` its last; two full dates joined as a range stay two mentions.

>>> import datetime
>>> [(d.text, d.iso) for d in find_dates("التقى الوزيران مساء الجمعة 9 سبتمبر 2016")]
[('مساء الجمعة 9 سبتمبر 2016', '2016-09-09')]
"""

from __future__ import annotations

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
from arnews.lexicon import sources, speech
from arnews.mentions import (
    DateKind,
    DateMention,
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
_SAFAR = normalize("صفر")
_NOT_TODAY_BEFORE = _norm_set(lex.NOT_TODAY_BEFORE)
_TEMPORAL_PREPS = _norm_set(lex.TEMPORAL_PREPOSITIONS)
_YEAR_NOUNS = _norm_set(lex.YEAR_NOUNS)
_OPENING_MODIFIERS = _norm_set(("مطلع", "بداية", "مستهل", "أول"))
_TOMORROW_LEADS = frozenset({"في", "حتي", "يوم", "منذ"})
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
        *("بعد الظهر", "بعد الظهيرة", "بعد ظهر", "بعد ظهيرة", "المساء", "الصباح"),
    )
)
_NTH_WEEKDAYS = _norm_map(lex.NTH_ORDINALS)
_NTH = _alt(lex.NTH_ORDINALS)
_WEEKDAYS_INDEF = _norm_map(lex.WEEKDAYS_INDEFINITE)
_WEEKDAY_INDEF = _alt(lex.WEEKDAYS_INDEFINITE)
_HOLIDAYS = {_squash(normalize(k)): v for k, v in lex.HOLIDAYS.items()}
_HOLIDAY = _alt(lex.HOLIDAYS)
_CLOCK_FRACTION = r"و(?:النصف|نصف|الربع|ربع)|الا\s{1,3}(?:ربعا|ربع|الربع)"
_TIME_ZONES = {_squash(normalize(k)): v for k, v in lex.TIME_ZONES.items()}
_TIME_ZONE = (
    r"(?:(?:ب|حسب\s{1,3})?(?:ال)?توقيت\s{1,3}(?:"
    + _alt(z for z in lex.TIME_ZONES if not z.isascii())
    + r"|[\p{L}]{2,15})|"
    + "|".join(z for z in lex.TIME_ZONES if z.isascii())
    + r"|ت\.?\s?[غم](?![\p{L}\p{N}]))"
)

# ---------------------------------------------------------------------------
# The combined pattern
# ---------------------------------------------------------------------------

#: The head and tail every date phrase shares: not inside a word, with an optional clitic
#: (و ف ب ل وب ول فب فل) before the mention and no word character after it.
_DATE_HEAD = r"""
    (?<![\p{L}\p{N}_])
    (?:[وف]?[بل]|[وف])??                       # a clitic, outside the mention
    (?P<body>
"""
_DATE_TAIL = r"""    )
    (?![\p{L}\p{N}_])
    """


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first words of normalised phrases."""
    return tuple(sorted({normalize(p).split()[0] for p in phrases}))


@attrs.frozen
class _Rule:
    """One form of date phrase (a branch of the combined pattern, with named groups of its
    own) and where its body can begin: with one of ``openers`` (a word written at the
    start of the run of letters there), with a digit (``digits``), or with ال written
    right before a digit (``article_digits``: الـ15 من الشهر)."""

    form: str  # which reader turns a match into a date: see _found_from_match
    openers: tuple[str, ...]
    digits: bool
    article_digits: bool
    source: str


#: The forms of date phrase, in the order the combined pattern tries them at one place.
_DATE_RULES = (
    _Rule(
        "numeric",
        (),
        True,
        False,
        rf"""
      # 12/9/2016, 12-9-2016, 12.9.2016 (day first), optionally Hijri
      (?<![0-9/.:-])
      (?P<nd>[0-9]{{1,2}})[ ]?(?P<nsep>[/.-])[ ]?(?P<nm>[0-9]{{1,2}})[ ]?(?P=nsep)[ ]?
      (?P<ny>[0-9]{{4}})(?![0-9/.:-])
      (?:\s{{0,2}}(?P<nera>{_ERA}))?
""",
    ),
    _Rule(
        "iso",
        (),
        True,
        False,
        rf"""
      # ISO 2016-09-12, or 1437/12/10 هـ
      (?<![0-9/.:-])
      (?P<iy>[0-9]{{4}})[ ]?(?P<isep>[/-])[ ]?(?P<im>[0-9]{{1,2}})[ ]?(?P=isep)[ ]?
      (?P<id>[0-9]{{1,2}})(?![0-9/.:-])
      (?:\s{{0,2}}(?P<iera>{_ERA}))?
""",
    ),
    _Rule(
        "english",
        tuple("JFMASONDjfmasondſ"),
        False,
        False,  # English months, any case (ſ folds to s)
        rf"""
      # English caption dates: August 26, 2016 / 26 August 2016
      (?i:(?P<emon>{_ENGLISH_MONTH})\.?\s{{1,3}}(?P<eday>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}
          (?P<eyear>[0-9]{{4}}))
""",
    ),
    _Rule(
        "english",
        (),
        True,
        False,
        rf"""
      (?i:(?P<eday2>[0-9]{{1,2}})\s{{1,3}}(?P<emon2>{_ENGLISH_MONTH})\.?,?\s{{1,3}}(?P<eyear2>[0-9]{{4}}))
""",
    ),
    _Rule(
        "holiday",
        _first_words(lex.HOLIDAYS),
        False,
        False,
        rf"""
      # holidays: عيد الفطر، يوم عرفة، عيد الميلاد [year | direction]
      (?P<holiday>{_HOLIDAY})(?!\s{{1,3}}ال[0-9])  # not عيد الميلاد الـ11 (a birthday)
      (?:\s{{1,3}}(?:(?:لعام|عام|العام)\s{{1,3}})?(?P<hyear>[0-9]{{4}})(?![0-9])(?:\s{{0,2}}(?P<hera>{_ERA}))?
        | \s{{1,3}}(?P<hrel>{_REL_WORDS}))?
""",
    ),
    _Rule(
        "month",
        _first_words(
            (
                *lex.DAYPARTS,
                "يوم",
                *lex.WEEKDAYS,
                *lex.DAY_WORDS,
                *("ال" + normalize(w) for w in lex.DAY_WORDS),
                *lex.ORDINAL_DAYS,
                *lex.PERIOD_MODIFIERS,
                "اخر",
                "شهر",
                *lex.GREGORIAN_MONTHS,
                *lex.HIJRI_MONTHS,
            )
        ),
        True,
        True,
        rf"""
      # [daypart] [يوم] [weekday][،] day [من] month[/month] [year [era]] [relative]
      (?:
        (?:(?P<dp>{_DAYPART})\s{{1,3}})?
        (?:(?P<yawm>يوم)\s{{1,3}})?
        (?:(?P<wd>{_WEEKDAY})\s{{0,3}}[،,]?\s{{0,3}})?
        (?:
          (?:ال)?(?P<day>[0-9]{{1,2}}|{_DAY_WORD})
          (?:(?<=[0-9])\s{{0,2}}-)?  # rule "day hyphen": 5- نوفمبر is 5 نوفمبر
          \s{{0,3}}(?:من\s{{1,3}})?
        | (?P<oday>{_ORDINAL_DAY})\s{{1,3}}من\s{{1,3}}
        )
      |
        (?P<mmod>{_MODIFIER})\s{{1,3}}
      | # the N-th or last weekday of a month: الجمعة الثانية من تشرين الأول، آخر جمعة من رمضان
        (?:(?P<nthwd>{_WEEKDAY})\s{{1,3}}(?P<nth>{_NTH})
          | (?P<last>اخر)\s{{1,3}}(?:يوم\s{{1,3}})?(?P<lastwd>{_WEEKDAY_INDEF}))
        \s{{1,3}}(?:من|في)\s{{1,3}}
      )?
      (?:(?P<shahr>شهر)\s{{1,3}})?
      (?P<mon>{_MONTH})
      (?:
        \s{{0,3}}/\s{{0,3}}(?P<mon2>{_MONTH})
      | \s{{0,3}}\(\s{{0,3}}(?P<mon3>{_MONTH})\s{{0,3}}\)
      | \s{{1,3}}(?P<mon4>{_MONTH})        # ديسمبر كانون الأول: paired without a slash
      )?
      (?:
        \s{{0,3}}[،,]?\s{{0,3}}(?:(?:من\s{{1,3}})?(?:{_YEAR_WORD})\s{{1,3}})?
        (?P<year>[0-9]{{4}})(?![0-9])(?:\s{{0,2}}(?P<era>{_ERA}))?
      )?
      (?:
        \s{{1,3}}(?:من\s{{1,3}})?(?P<ymrel>العام|السنه)\s{{1,3}}(?P<yrel>{_REL_WORDS})
      | \s{{1,3}}(?P<mrel>{_REL_WORDS})
      | \s{{1,3}}من\s{{1,3}}(?:العام|السنه)\s{{1,3}}(?P<same>نفسه|ذاته|نفسها|ذاتها)
      )?
""",
    ),
    _Rule(
        "time",
        _first_words(("الساعه", *lex.CLOCK_HOURS, "منتصف")),
        True,
        False,
        rf"""
      # clock times: الساعة 10:30، الساعة العاشرة صباحا، الثالثة بعد الظهر
      (?:
        (?P<saa>الساعه)\s{{1,3}}
        (?:
          (?P<hh>[0-9]{{1,2}})(?:[:.](?P<mm>[0-9]{{2}}))?(?![0-9:.][0-9])
        | (?P<hw>{_CLOCK_WORD})
        )
      | (?P<hw2>{_CLOCK_WORD})
        (?=(?:\s{{1,3}}(?:{_CLOCK_FRACTION}))?\s{{1,3}}(?:من\s{{1,3}})?(?:{_TIME_DAYPART})(?![\p{{L}}\p{{N}}])
                               |\s{{1,3}}(?:{_CLOCK_FRACTION})(?![\p{{L}}\p{{N}}]))
      | # a bare 14:30 or 2:15 م (a byline): kept only with ص/م or next to a date
        (?<![0-9:.])(?P<bh>[0-9]{{1,2}}):(?P<bm>[0-9]{{2}})(?![0-9:])
        (?:\s{{0,2}}(?P<ampm>[صم])(?![\p{{L}}\p{{N}}]))?
      | # في 6 صباحا: an hour in digits with its part of day
        (?<=(?:في|عند|حتي|منذ)\s{{1,3}})(?P<dh>[0-9]{{1,2}})(?=\s{{1,3}}(?:{_TIME_DAYPART})(?![\p{{L}}\p{{N}}]))
      | # منتصف الليل (alone: 00:00 of the day in question)
        (?P<mnight>منتصف\s{{1,3}}الليل)(?!\s{{1,3}}(?:{_WEEKDAY}|{_alt(lex.RELATIVE_DAYS)}|[0-9]))
      )
      (?:
        \s{{1,3}}(?:و(?P<half>النصف|نصف)|و(?P<quarter>الربع|ربع)|الا\s{{1,3}}(?P<less>ربعا|ربع|الربع)
                 |و\s{{0,2}}(?P<mins>[0-9]{{1,2}})\s{{1,3}}دقيقه)
      )?
      (?:\s{{1,3}}(?:من\s{{1,3}}|هذا\s{{1,3}})?(?P<tdp>{_TIME_DAYPART}))?
      (?:\s{{1,3}}(?P<trday>اليوم|امس|غدا|الغد|البارحه))?
      (?:\s{{1,3}}(?P<tz>{_TIME_ZONE}))?
""",
    ),
    _Rule(
        "year",
        _first_words(("منذ", *lex.PERIOD_MODIFIERS, *lex.YEAR_WORDS)),
        True,
        False,
        rf"""
      # years: منذ عام 2011، منتصف 2014، العام 2016، عام 1437 هـ
      (?:(?P<since>منذ)\s{{1,3}})?
      (?:(?P<ymod>{_MODIFIER})\s{{1,3}})?
      (?:(?P<yw>{_YEAR_WORD})\s{{1,3}})?
      (?P<yyear>[0-9]{{4}})(?![0-9/.:-][0-9])(?:\s{{0,2}}(?P<yera>{_ERA}))?
""",
    ),
    _Rule(
        "period",
        _first_words((*lex.PERIOD_MODIFIERS, "الاسبوع", "الشهر", "العام", "السنه", "هذا", "هذه")),
        True,
        True,
        rf"""
      # الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام
      (?:
        (?:
          (?P<pmod>{_MODIFIER})\s{{1,3}}
        | (?:ال)?(?P<pday>[0-9]{{1,2}})\s{{0,3}}من\s{{1,3}}(?=الشهر)  # 15 من الشهر الجاري
        )?
        (?P<per>الاسبوع|الشهر|العام|السنه)(?:\s{{1,3}}(?P<phijri>الهجري|الهجريه))?
        \s{{1,3}}(?P<prel>{_REL_WORDS})
        (?:\s{{1,3}}(?P<pyear>[0-9]{{4}})\s{{0,2}}(?P<pera>هـ|ه|هجري|هجريه|للهجره))?
      | (?P<this>هذا|هذه)\s{{1,3}}(?P<per2>الاسبوع|الشهر|العام|السنه)
      | # نهاية العام، مطلع الشهر: the one under way (not العام الدراسي، العام 2016)
        (?P<pmod3>{_MODIFIER})\s{{1,3}}(?P<per3>الشهر|العام|السنه)
        (?!\s{{1,3}}(?:ال\p{{L}}|[0-9]))
      )
""",
    ),
    _Rule(
        "relday",
        _first_words((*lex.DAYPARTS, *lex.RELATIVE_DAYS)),
        False,
        False,
        rf"""
      # [daypart] relative day [weekday]: أمس، مساء أمس، أول من أمس، اليوم الجمعة
      (?:(?P<rdp>{_DAYPART})\s{{1,3}})?
      (?P<rday>{_alt(lex.RELATIVE_DAYS)})
      (?!\s{{1,3}}(?:{_NOT_TODAY_AFTER})(?![\p{{L}}\p{{N}}]))
      (?:\s{{1,3}}(?P<rwd>{_WEEKDAY}))?
""",
    ),
    _Rule(
        "weekday",
        _first_words((*lex.DAYPARTS, "يوم", *lex.WEEKDAYS)),
        False,
        False,
        rf"""
      # [daypart] [يوم] weekday [relative]: الجمعة، يوم الخميس الماضي، مساء السبت
      (?:(?P<wdp>{_DAYPART})\s{{1,3}})?
      (?:(?P<wyawm>يوم)\s{{1,3}})?
      (?P<wd2>{_WEEKDAY})
      (?!\s{{1,3}}عشر)
      (?:\s{{1,3}}(?P<wrel>{_REL_WORDS}|بعد\s{{1,3}}(?:المقبل|القادم)))?
""",
    ),
)

#: Every form as one pattern: what :func:`_date_match` matches, one rule at a time.
_DATE_SOURCE = _DATE_HEAD + "    |\n".join(r.source for r in _DATE_RULES) + _DATE_TAIL


_Match = re.Match[str] | regex.Match[str]


class _Groups:
    """A date match: the named groups of one rule's match, read by number (``regex`` looks
    names up slowly), a name of another rule reading None; ``begin`` and ``end`` are where
    the whole match lies, with its clitic."""

    __slots__ = ("_index", "_match", "_values", "begin", "end_all", "form")

    def __init__(self, match: _Match, index: dict[str, int], begin: int, form: str) -> None:
        self.form = form
        self._match = match
        self._values: tuple[str | None, ...] = (None, *match.groups())
        self._index = index
        self.begin = begin
        self.end_all = match.end()

    def group(self, name: str) -> Any:  # str or None, as regex.Match.group is typed
        return self._values[self._index.get(name, 0)]

    def start(self, name: str) -> int:
        return int(self._match.start(self._index[name]))

    def end(self, name: str) -> int:
        return int(self._match.end(self._index[name]))


@functools.cache
def _date_pattern() -> regex.Pattern[str]:
    """The combined date pattern (compiled on first use; the tests check against it)."""
    return regex.compile(_DATE_SOURCE, regex.VERBOSE)


#: How ``re`` writes what the rules write for ``regex`` (its ``\s`` also takes \x1c-\x1f).
_RE_SPELLINGS = (
    (r"[\p{L}\p{N}_]", r"\w"),
    (r"[\p{L}\p{N}]", r"[^\W_]"),
    (r"\s", r"[^\S\x1c-\x1f]"),
)


@functools.cache
def _rule_pattern(k: int) -> tuple[Callable[[str, int], _Match | None], dict[str, int]]:
    r"""Rule ``k``'s pattern (compiled on first use) and its group numbers.

    A rule that needs nothing ``regex`` alone has (``\p{..}`` elsewhere, a lookbehind of
    varying width) runs on ``re``, two to three times faster.
    """
    source = rf"(?P<body>{_DATE_RULES[k].source}    )(?![\p{{L}}\p{{N}}_])"
    plain = source
    for written, spelled in _RE_SPELLINGS:
        plain = plain.replace(written, spelled)
    try:
        pattern: re.Pattern[str] | regex.Pattern[str] = re.compile(plain, re.VERBOSE)
    except re.error:
        pattern = regex.compile(source, regex.VERBOSE)
    return pattern.match, dict(pattern.groupindex)


_DIGIT_RULES = tuple(k for k, rule in enumerate(_DATE_RULES) if rule.digits)
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def _rules_for(letters: str) -> tuple[int, ...]:
    """The rules, in order, whose body can begin with the run of ``letters``."""
    return tuple(
        k
        for k, rule in enumerate(_DATE_RULES)
        if letters.startswith(rule.openers) or (rule.article_digits and letters == "ال")
    )


_NOT_IN_WORD = re.compile(r"(?<!\w)")  # (?<![\p{L}\p{N}_]), as in _RE_SPELLINGS


def _date_match(text: str, pos: int) -> _Groups | None:
    """The combined pattern's match at ``pos``, found the way it finds it: with no clitic,
    then each clitic it allows; at each, every rule in order. Only the rules that can
    begin with the digit or the word written there are tried."""
    if _NOT_IN_WORD.match(text, pos) is None or pos >= len(text):
        return None
    c = text[pos]
    if c in "وف":
        bodies: tuple[int, ...] = (pos, pos + 1)
        if text[pos + 1 : pos + 2] in ("ب", "ل"):
            bodies = (pos, pos + 2, pos + 1)
    elif c in "بل":
        bodies = (pos, pos + 1)
    else:
        bodies = (pos,)
    n = len(text)
    for body in bodies:
        if body >= n:
            break
        if "0" <= text[body] <= "9":
            rules = _DIGIT_RULES
        else:
            letters = _LETTERS.match(text, body)
            if letters is None:
                continue
            rules = _rules_for(letters.group())
        for k in rules:
            match, index = _rule_pattern(k)
            m = match(text, body)
            if m is not None:
                return _Groups(m, index, pos, _DATE_RULES[k].form)
    return _article_clitic_match(text, pos, bodies)


def _article_clitic_match(text: str, pos: int, bodies: tuple[int, ...]) -> _Groups | None:
    """Rule "article clitic": ل before ال is written لل (للعام 2020، للأسبوع الجاري،
    وللشهر المقبل). The rules are tried on the text with that first ل read as the ا of
    ال (same length, so every offset holds); the mention then spans the whole word, its
    clitic included, since ال is not written in full."""
    for body in bodies:
        if not text.startswith("لل", body) or (body > pos and text[body - 1] == "ل"):
            continue
        letters = _LETTERS.match(text, body)
        if letters is None:
            continue
        rules = _rules_for("ا" + letters.group()[1:])
        if not rules:
            continue
        read = text[:body] + "ا" + text[body + 1 :]
        for k in rules:
            match, index = _rule_pattern(k)
            m = match(read, body)
            if m is not None:
                return _Groups(m, index, pos, _DATE_RULES[k].form)
    return None


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
        rf"""(?<![\p{{L}}\p{{N}}_])(?:[وف]?[بل]|[وف])?
        (?:بين|من|(?P<pair>عامي)|خلال|الفتره\s{{1,3}}من|الفتره\s{{1,3}}بين)\s{{1,3}}
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


#: The clitics that may stand before a start word, as whole-word prefixes.
_CLITIC_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_WORD_RUN = re.compile(r"\w+")


@attrs.frozen
class _Starts:
    r"""What :func:`_candidates` looks for: the words a phrase can open with.

    A phrase opens at a whole word (a maximal ``\w`` run) that is the first word of a
    phrase, with or without a clitic (و ف ب ل وب ول فب فل). ``runs`` maps each such word
    as written to the words that must follow it, or to None when it opens a phrase by
    itself: a first word that only opens a multiword phrase (بعد غد، ذو الحجة، هذا العام)
    needs one of its next words after it.
    """

    runs: dict[str, frozenset[str] | None]
    #: ``frozenset(runs)``, to intersect with a text's words in one call.
    run_set: frozenset[str]
    #: When set, a digit run opens a phrase only where the pattern it returns matches
    #: right after it (a duration's number is followed by its unit). It is a function so
    #: that the pattern is compiled on first use, not at import.
    digit_follow: Callable[[], regex.Pattern[str]] | None = None


def _starts(
    phrases: Iterable[str],
    extra_next: dict[str, Iterable[str]] | None = None,
    digit_follow: Callable[[], regex.Pattern[str]] | None = None,
    article_clitic: bool = False,
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
    # A run read two ways (ب + عد or بعد) opens a phrase when either reading does: the
    # words that may follow it are those of both.
    runs: dict[str, frozenset[str] | None] = {}
    for form in sorted(firsts):
        wanted = next_words.get(form)
        prefixed = [clitics + form for clitics in _CLITIC_PREFIXES]
        if article_clitic and form.startswith("ال"):  # للعام، وللشهر: ل + ال written لل
            prefixed += [clitic + "ل" + form[1:] for clitic in ("", "و", "ف")]
        for run in prefixed:
            if run not in runs:
                runs[run] = wanted
            else:
                known = runs[run]
                runs[run] = None if known is None or wanted is None else known | wanted
    return _Starts(runs, frozenset(runs), digit_follow)


_PERIOD_WORDS = ("الأسبوع", "الشهر", "العام", "السنة")

#: The words every phrase that ``_DATE_RULES`` can match opens with (after a clitic).
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
        "آخر",
        *lex.HOLIDAYS,
    ),
    {"هذا": _PERIOD_WORDS, "هذه": _PERIOD_WORDS, "آخر": (*lex.WEEKDAYS_INDEFINITE, "يوم")},
    article_clitic=True,
)
#: Words that may follow a day number in a date (12 سبتمبر، 12 من شهر، 26 August).
_AFTER_DAY = frozenset(
    {normalize(m).split()[0] for m in (*lex.GREGORIAN_MONTHS, *lex.HIJRI_MONTHS)}
    | {"من", "شهر"}
    | {normalize(p).split()[0] for p in lex.DAYPARTS}  # في 6 صباحا
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


def _candidates(
    text: str, starts: _Starts, dates: bool = False, words: frozenset[str] | None = None
) -> list[int]:
    """Sorted positions where a phrase opening with a start word or a digit may begin.

    With ``dates``, a digit run opens a phrase only if it can be a day, a year or part of a
    numeric date or clock time, and English month names are looked for too. ``words``,
    the text's words (:attr:`NormalizedText.words`), saves splitting the text again.
    """
    found: set[int] = set()
    add = found.add
    find = text.find
    n = len(text)
    if words is None:
        words = frozenset(_WORD_RUN.findall(text))
    runs = starts.runs
    for run in starts.run_set.intersection(words):
        wanted = runs[run]
        size = len(run)
        i = find(run)
        while i >= 0:
            end = i + size
            if (i == 0 or not is_word_char(text[i - 1])) and (
                end == n or not is_word_char(text[end])
            ):
                if wanted is None:
                    add(i)
                else:
                    m = _FOLLOWING_WORD.match(text, end)
                    if m is not None and m.group(1) in wanted:
                        add(i)
            i = find(run, i + 1)
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
                if text[j] not in "/.-:" and text[j + 1 : j + 2] not in ("/", "-", "."):
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


def _weekday_date(
    weekday: int, direction: int | None, ref: datetime.date, today: bool = False
) -> datetime.date:
    """A weekday resolved against ``ref``: on or before it, or strictly after/before.

    With ``today`` a future weekday may be ``ref`` itself (a tense, not a written المقبل).
    """
    delta = (ref.isoweekday() - weekday) % 7
    if direction is None or direction == 0:
        return ref - datetime.timedelta(days=delta)
    if direction < 0:
        return ref - datetime.timedelta(days=delta or 7)
    ahead = (weekday - ref.isoweekday()) % 7
    if direction > 1:  # بعد المقبل: the one after next
        ahead += 7
    return ref + datetime.timedelta(days=ahead if today and not ahead else ahead or 7)


# ---------------------------------------------------------------------------
# Tense: which way a weekday or month written without a direction word points
# ---------------------------------------------------------------------------

_FUTURE_CUES = _norm_set(lex.FUTURE_CUES)
_FUTURE_PARTICLES = _norm_set(lex.FUTURE_PARTICLES)
_PAST_CUES = _norm_set(lex.PAST_CUES)
_NOT_FUTURE_VERBS = _norm_set(lex.NOT_FUTURE_VERBS)
_COUNTRIES = _norm_set(sources.COUNTRIES)
_REPORTED_PAST = _norm_set(f for forms in speech.REPORTING_VERBS.values() for f in forms[:6])
_REPORTED_PRESENT = _norm_set(f for forms in speech.REPORTING_VERBS.values() for f in forms[6:])
_TENSE_WORD = regex.compile(r"\p{L}+")
_SENTENCE_ENDS = ".!?؟؛\n"
#: How far back (characters) and how many words before the weekday the clause is read.
_TENSE_REACH = 160
_TENSE_WORDS = 14
#: An imperfect verb this close (in words) to the weekday is its verb (نتطلع إليها في مباراة).
_TENSE_NEAR = 4
#: Words opening like سـ + imperfect that are nouns or names (سياسة، سنوات، ستافان، سيرغي).
_NOT_FUTURE_STARTS = ("سيا", "سنو", "ستي", "سيط", "سيد", "ستا", "ستو", "سير", "سيف", "سين")
#: Endings no imperfect verb has: ة، ات، اء and the adverbial يا (يوميا، تدريجيا).
_NOUN_ENDINGS = ("ه", "ات", "اء", "يا")


def _imperfect(word: str, shortest: int = 4) -> bool:
    """Whether a normalised word looks like an imperfect verb (يزور، تستأنف، نتطلع)."""
    if len(word) < shortest or word in _NOT_FUTURE_VERBS or word.endswith(_NOUN_ENDINGS):
        return False
    if word[0] == "ي":
        return True
    if word[0] in "تن":
        # not a verbal noun: تقرير، تعديل (CaCCiC), تعاون (CaCaCuC)
        return not (len(word) == 5 and (word[3] == "ي" or word[2] == "ا"))
    return False


def _future_prefixed(word: str) -> bool:
    """س fused to an imperfect: سيزور، ستعقد، سنلعب (not سياسة، سنوات)."""
    return (
        (len(word) >= 5 or word in ("سيتم", "ستتم"))
        and word[0] == "س"
        and word[1] in "يتن"
        and not word.startswith(_NOT_FUTURE_STARTS)
        and _imperfect(word[1:], 3)
    )


def tense_direction(before: str) -> int | None:
    """The direction the clause ending at ``before``'s end gives a bare weekday or month.

    Read from the nearest cue backwards, inside the sentence: +1 for an announced or
    scheduled event (سوف، من المقرر، سيزور، أن تستأنف، a clause opening with an imperfect
    verb: يزور الوزير القاهرة), -1 for a reported one (بعد أن أعلن، قد، كان), None when
    nothing says (the caller keeps its default, the past).

    >>> tense_direction("يزور الوزير القاهرة"), tense_direction("زار الوزير القاهرة")
    (1, None)
    """
    return _tense(normalize(before))


def _tense(before: str) -> int | None:
    """:func:`tense_direction` of an already normalised text."""
    cut = max(map(before.rfind, _SENTENCE_ENDS))
    words = _TENSE_WORD.findall(before, cut + 1)[-_TENSE_WORDS:]
    count = len(words)
    for i in range(count - 1, -1, -1):
        fixed, verb_after_particle, verb, conj = _tense_word(words[i])
        if fixed:
            return fixed
        prev = words[i - 1] if i > 0 else ""
        if prev in ("بعد", "قبل") and words[i] == "ان":
            return -1  # بعد أن زار، قبل أن يلقيا مصرعهما: a narrated sequence
        after_particle = prev in _FUTURE_PARTICLES
        if after_particle and verb_after_particle:
            return 1  # لن تشارك، أن يضمن: after the particle only a verb stands
        if not verb:
            continue
        # ي or a doubled تت/نت is surely a verb; تلقى، نشر may be past forms or nouns
        near = count - i <= _TENSE_NEAR
        if after_particle or (verb == 2 and (near or i == 0 or conj)):
            return 1
    return None


@functools.lru_cache(maxsize=16384)
def _tense_word(word: str) -> tuple[int, bool, int, bool]:
    """What one word says for :func:`_tense`, wherever it stands: the direction it gives
    by itself (0 for none), whether it is a verb after a particle (لن تشارك), whether it
    is an imperfect verb (1) or surely one (2), and whether it bears a و."""
    conj = len(word) > 4 and word[0] == "و"  # not ف: فيسبوك، فيروس
    bare = word[1:] if conj else word
    if word in _FUTURE_CUES or bare in _FUTURE_CUES or _future_prefixed(bare):
        return 1, False, 0, conj
    if word in _PAST_CUES or bare in _PAST_CUES:
        return -1, False, 0, conj
    if bare in _REPORTED_PAST or (word[0] in "وف" and word[1:] in _REPORTED_PAST):
        return -1, False, 0, conj  # قال، أعلن، وحث: a report of what happened
    verb_after_particle = bare[0] in "يتن" and len(bare) >= 3
    if bare in _REPORTED_PRESENT or not _imperfect(bare):
        return 0, verb_after_particle, 0, conj
    sure = bare[0] == "ي" or (bare[1] == "ت" and bare[-1] != "ت")
    return 0, verb_after_particle, 2 if sure else 1, conj


def _hour_with_daypart(hour: int, part: str | None) -> int:
    """A 12-hour clock hour read with the part of day written after it."""
    if part in ("afternoon", "evening") and hour < 12:
        return hour + 12
    if part == "night" and 6 <= hour < 12:
        return hour + 12
    if part in ("night", "midnight") and hour == 12:
        return 0  # الساعة 12 ليلا: midnight, not noon
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
    same_year: bool = False  # من العام نفسه: the year last written before it
    end_iso: str | None = None  # a range: the value of its last end
    holiday: bool = False  # عيد الفطر: joined to the date written right after it
    day_offset: int | None = None  # أمس، اليوم، غدا: days from the article's today
    tz_span: tuple[int, int] | None = None  # where the time zone is written
    utc_offset: str | None = None  # its fixed offset, when it has one


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


def _numbered_item(text: str, m: _Groups) -> bool:
    """Rule "day hyphen" (5- نوفمبر = 5 نوفمبر) except for a list's numbering: a hyphen
    after the day at the start of a line or sentence, before a month name that is also a
    person's name or a Hijri month (1- رجب طيب أردوغان، 2- محرم إنجه)."""
    end = m.end("day")
    if text[end : end + 3].lstrip()[:1] != "-":
        return False
    before = text[max(0, m.start("day") - 3) : m.start("day")].rstrip(" ")
    mon = _squash(m.group("mon"))
    return (not before or before[-1] in ".:!?؟\n") and (mon in _AMBIGUOUS or mon in _HIJRI)


def _from_month_match(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    mon_name = m.group("mon")
    calendar, month = _month_lookup(mon_name)
    pair = m.group("mon2") or m.group("mon3") or m.group("mon4")
    if pair is not None:
        pair_cal, pair_month = _month_lookup(pair)
        if pair_cal != calendar or pair_month != month:
            return None
    raw_day = m.group("day")
    if raw_day is not None and _numbered_item(text, m):
        return None  # 1- رجب طيب أردوغان: a list's numbering, not "5- نوفمبر"
    if raw_day is not None:
        day: int | None = _DAY_WORDS.get(raw_day) or int(raw_day)
    elif m.group("oday") is not None:
        day = _ORDINAL_DAYS[_squash(m.group("oday"))]
    else:
        day = None
    year = int(m.group("year")) if m.group("year") else None
    if _is_hijri_era(m.group("era")) and calendar == "gregorian":
        return None
    written_year = year
    if calendar == "hijri" and year is not None and year >= _FIRST_GREGORIAN_LOOKING_YEAR:
        if _is_hijri_era(m.group("era")):
            return None
        year = _hijri_year_in(year, month, day)  # رمضان 2021: the Ramadan of 2021
        if year is None:
            return None
    direction = _direction(m.group("mrel") or m.group("yrel"))
    weekday = _WEEKDAYS.get(m.group("wd") or "")
    part = _DAYPARTS.get(_squash(m.group("dp") or ""))
    start = m.start("body")
    prev = _strip_clitic(_previous_word(text, start))
    norm_mon = _squash(mon_name)
    nth = m.group("nthwd") is not None or m.group("lastwd") is not None
    bare = day is None and year is None and pair is None and direction is None and not nth
    if bare:
        # A month name alone is a date only after a temporal word (في نيسان، شهر رمضان).
        if m.group("shahr") is None and m.group("mmod") is None and prev not in _TEMPORAL_PREPS:
            return None
        if norm_mon == _SAFAR and m.group("shahr") is None:
            return None
    if (
        norm_mon == _SAFAR
        and raw_day is not None
        and raw_day.isdigit()
        and year is None
        and direction is None
        and m.group("shahr") is None
        and weekday is None
        and prev not in _TEMPORAL_PREPS
    ):
        return None  # فاز 3 صفر: a score, not a date
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
        if ref is not None and direction is None:
            year = _year_of_weekday(month, day, weekday, calendar, ref)
            if year is None:
                direction = _month_tense(text, start, month, day, calendar, ref)
        if ref is not None and year is None:
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
    nth_weekday = m.group("nthwd") or m.group("lastwd")
    if nth_weekday is not None:
        if year is None or day is not None:
            return None  # resolved against no reference: the day cannot be named
        found_day = _nth_weekday(year, month, calendar, nth_weekday, m.group("nth"))
        if found_day is None:
            return None
        iso, day = found_day.isoformat(), None
        weekday = _WEEKDAYS.get(nth_weekday, _WEEKDAYS_INDEF.get(nth_weekday))
        kind_nth: DateKind = "date"
        return _Found(
            start,
            m.end("body"),
            iso,
            kind_nth,
            year=written_year,
            month=month,
            weekday=weekday,
            calendar="hijri" if calendar == "hijri" else "gregorian",
            relative=relative,
        )
    kind: DateKind = "date" if day is not None else "month"
    hour = minute = None
    if part == "midnight" and day is not None:
        hour, minute = 0, 0
        kind = "datetime"
        iso = _midnight(iso)
    return _Found(
        start,
        m.end("body"),
        iso,
        kind,
        year=written_year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        weekday=weekday,
        calendar="hijri" if calendar == "hijri" else "gregorian",
        relative=relative,
        same_year=m.group("same") is not None,
    )


#: A year written with a Hijri month from here on is Gregorian (رمضان 2021), since Hijri
#: years are 1400-1500 in the news; a Hijri year is written with هـ.
_FIRST_GREGORIAN_LOOKING_YEAR = 1600


def _hijri_year_in(year: int, month: int, day: int | None) -> int | None:
    """The Hijri year whose ``month`` (and ``day``) falls in Gregorian ``year``; when two
    do (a month near January), the first."""
    try:
        guess = gregorian_to_hijri(datetime.date(year, 1, 1))[0]
    except (ValueError, OverflowError):
        return None
    for h_year in (guess, guess + 1, guess - 1):
        try:
            if hijri_to_gregorian(h_year, month, day or 1).year == year:
                return h_year
        except (ValueError, OverflowError):
            continue
    return None


def _month_days(year: int, month: int, calendar: str) -> list[datetime.date]:
    """The Gregorian dates of every day of a (Gregorian or Hijri) month."""
    if calendar == "hijri":
        first = hijri_to_gregorian(year, month, 1)
        length = hijri_month_length(year, month)
    else:
        first = datetime.date(year, month, 1)
        length = (datetime.date(year + month // 12, month % 12 + 1, 1) - first).days
    return [first + datetime.timedelta(days=k) for k in range(length)]


def _nth_weekday(
    year: int, month: int, calendar: str, weekday_word: str, nth_word: str | None
) -> datetime.date | None:
    """الجمعة الثانية من أكتوبر 2019 -> 11 October; آخر جمعة من رمضان -> its last Friday."""
    weekday = _WEEKDAYS.get(weekday_word, _WEEKDAYS_INDEF.get(weekday_word))
    if weekday is None:
        return None
    try:
        days = [d for d in _month_days(year, month, calendar) if d.isoweekday() == weekday]
    except (ValueError, OverflowError):
        return None
    n = -1 if nth_word is None else _NTH_WEEKDAYS[_squash(nth_word)]
    if not days or n > len(days):
        return None
    return days[n if n < 0 else n - 1]


def _holiday_found(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    """A holiday resolved in the year written, else the occurrence nearest ``ref`` (or the
    next/last one with المقبل/الماضي): the Hijri ones from the Umm al-Qura table."""
    calendar, month, day = _HOLIDAYS[_squash(m.group("holiday"))]
    written = int(m.group("hyear")) if m.group("hyear") else None
    direction = _direction(m.group("hrel"))
    iso: str | None = None
    try:
        if written is not None:
            if calendar == "hijri":
                hijri_era = _is_hijri_era(m.group("hera"))
                h_year = written if hijri_era else _hijri_year_in(written, month, day)
                if h_year is None:
                    return None
                iso = hijri_to_gregorian(h_year, month, day).isoformat()
            else:
                iso = datetime.date(written, month, day).isoformat()
        elif ref is not None:
            iso = _nearest_holiday(calendar, month, day, direction, ref).isoformat()
    except (ValueError, OverflowError):
        return None
    return _Found(
        m.start("body"),
        m.end("body"),
        iso,
        "date",
        year=written,
        month=month,
        day=day,
        calendar="hijri" if calendar == "hijri" else "gregorian",
        relative=written is None,
        holiday=True,
    )


def _nearest_holiday(
    calendar: str, month: int, day: int, direction: int | None, ref: datetime.date
) -> datetime.date:
    """The occurrence of a yearly day nearest ``ref``: in its year, the one before or after."""
    if calendar == "hijri":
        h_year = gregorian_to_hijri(ref)[0]
        options = [hijri_to_gregorian(y, month, day) for y in (h_year - 1, h_year, h_year + 1)]
    else:
        options = [datetime.date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction is not None and direction > 0:
        options = [d for d in options if d > ref] or options
    elif direction is not None and direction < 0:
        options = [d for d in options if d < ref] or options
    return min(options, key=lambda d: abs((d - ref).days))


def _year_of_weekday(
    month: int, day: int | None, weekday: int | None, calendar: str, ref: datetime.date
) -> int | None:
    """The year, nearest ``ref``, in which a written weekday falls on the day and month
    (الاثنين 18 حزيران), or None when no weekday, no day or no such year is near."""
    if weekday is None or day is None or calendar != "gregorian":
        return None
    best = None
    for year in (ref.year, ref.year + 1, ref.year - 1):
        if 1 <= year <= 9999 and _valid(year, month, day):
            date = datetime.date(year, month, day)
            if date.isoweekday() == weekday and (
                best is None or abs((date - ref).days) < abs((best - ref).days)
            ):
                best = date
    return None if best is None else best.year


#: Without a cue, a month more than this many months ahead of the reference is the last one.
_AHEAD_IS_PAST = 3


def _month_tense(
    text: str, start: int, month: int, day: int | None, calendar: str, ref: datetime.date
) -> int | None:
    """The direction of a month (and day) written without a year or a direction word.

    The clause's tense decides (:func:`tense_direction`); without a future cue a month
    more than three months ahead is the last one (عثر عليه في أكتوبر, written in May).
    """
    tense = _tense(text[max(0, start - _TENSE_REACH) : start])
    if tense is not None:
        # the month under way stays this year's, whichever way the tense points
        now = gregorian_to_hijri(ref)[1] if calendar == "hijri" else ref.month
        return 0 if month == now else tense
    if calendar == "hijri":
        return None
    if month - ref.month > _AHEAD_IS_PAST:
        return -1
    return None


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


def _clock(m: _Groups) -> tuple[int, int, bool] | None:
    """The written record of a clock time: hour (as written), minute, and whether the
    hour was written as a 24-hour number; None for no clock time."""
    if m.group("hh") is not None:
        hour = int(m.group("hh"))
        minute = int(m.group("mm")) if m.group("mm") else 0
        return hour, minute, True
    if m.group("bh") is not None:
        return int(m.group("bh")), int(m.group("bm")), True
    if m.group("dh") is not None:
        return int(m.group("dh")), 0, True
    if m.group("mnight") is not None:
        return 0, 0, True
    return _CLOCK[_squash(m.group("hw") or m.group("hw2"))], 0, False


def _time_zone(m: _Groups) -> tuple[tuple[int, int] | None, str | None]:
    """Where the written time zone is, and its fixed UTC offset (None with daylight saving)."""
    zone = m.group("tz")
    if zone is None:
        return None, None
    span = (m.start("tz"), m.end("tz"))
    words = _squash(zone)
    at = words.find("توقيت")
    name = words[at + len("توقيت") :].strip() if at >= 0 else words
    offset = _TIME_ZONES.get(name, _TIME_ZONES.get(name.upper()))
    if offset is None and at < 0:  # ت غ: Greenwich, ت م: Mecca (Saudi datelines)
        offset = "+00:00" if "غ" in name else "+03:00"
    return span, offset


def _time_found(m: _Groups, ref: datetime.date | None) -> _Found | None:
    clock = _clock(m)
    if clock is None:  # pragma: no cover - the dispatcher only calls with a clock time
        return None
    hour, minute, digits = clock
    weak = m.group("bh") is not None and not (m.group("ampm") or m.group("tdp") or m.group("tz"))
    if m.group("mins"):
        minute = int(m.group("mins"))
    elif m.group("half"):
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
    if not digits or hour <= 12:
        hour = _hour_with_daypart(hour, part)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    tz_span, offset = _time_zone(m)
    clock_iso = f"T{hour:02d}:{minute:02d}"
    iso: str | None = clock_iso
    kind: DateKind = "time"
    relative = False
    if m.group("trday") is not None:  # التاسعة من مساء الغد
        kind, relative = "datetime", True
        word = _squash(m.group("trday"))
        days = _REL_DAYS.get(word, 1 if word == "الغد" else -1)
        iso = None if ref is None else (ref + datetime.timedelta(days=days)).isoformat() + clock_iso
    return _Found(
        m.start("body"),
        m.end("body"),
        iso,
        kind,
        hour=hour,
        minute=minute,
        weak=weak,
        relative=relative,
        tz_span=tz_span,
        utc_offset=offset,
    )


def _after_year_noun(text: str, start: int, prev: str) -> bool:
    """Whether a bare year follows an event named by its year (حرب 2014، كأس العالم 2007).

    The noun may be one word back or, with its complement, two (كأس العالم، دورة الألعاب).
    """
    if prev in _YEAR_NOUNS:
        return True
    if not prev:
        return False
    before = _previous_word(text, start - len(prev) - 1) if start > len(prev) else ""
    bare = _strip_clitic(before)
    if len(bare) > 3 and bare[0] in "بل":
        bare = bare[1:]  # بكأس العالم
    return prev.startswith("ال") and bare in _YEAR_NOUNS


def _year_found(m: _Groups, text: str) -> _Found | None:
    year = int(m.group("yyear"))
    hijri = _is_hijri_era(m.group("yera"))
    if not (m.group("since") or m.group("ymod") or m.group("yw") or m.group("yera")):
        # A bare number after في/منذ/حتى is a year only in the range news years fall in:
        # «في 1500 موقع» counts places.
        prev = _strip_clitic(_previous_word(text, m.start("body")))
        if not 1800 <= year <= 2100 or not (
            prev in _TEMPORAL_PREPS or _after_year_noun(text, m.start("body"), prev)
        ):
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
    per = m.group("per") or m.group("per2") or m.group("per3")
    direction = _direction(m.group("prel")) if m.group("per") else 0
    kind = _YEAR_WORD_TO_KIND[per]
    if m.group("pday") is not None:
        return _day_of_month_found(m, int(m.group("pday")), direction, ref)
    if kind == "year" and (m.group("phijri") or m.group("pera")):
        return _hijri_year_found(m, direction, ref)
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


def _hijri_year_found(
    m: _Groups, direction: int | None, ref: datetime.date | None
) -> _Found | None:
    """العام الهجري المقبل، مطلع العام القادم 1437هـ: a Hijri year; with مطلع/بداية/مستهل
    its first day (1 Muharram), else the Gregorian year in which it begins."""
    written = int(m.group("pyear")) if m.group("pyear") else None
    h_year = written
    if h_year is None and ref is not None and direction is not None:
        h_year = gregorian_to_hijri(ref)[0] + direction
    iso: str | None = None
    kind: DateKind = "year"
    if h_year is not None:
        try:
            first = hijri_to_gregorian(h_year, 1, 1)
        except (ValueError, OverflowError):
            return None
        if m.group("pmod") is not None and _squash(m.group("pmod")) in _OPENING_MODIFIERS:
            iso, kind = first.isoformat(), "date"
        else:
            iso = f"{first.year:04d}"
    return _Found(
        m.start("body"),
        m.end("body"),
        iso,
        kind,
        year=written,
        month=1 if kind == "date" else None,
        day=1 if kind == "date" else None,
        calendar="hijri",
        relative=written is None,
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
    if word == "الغد" and m.group("rdp") is None and m.group("rwd") is None:
        # صحيفة الغد، حزب الغد: "tomorrow" only after في، حتى، يوم
        if _strip_clitic(_previous_word(text, start)) not in _TOMORROW_LEADS:
            return None
    offset = _REL_DAYS[word]
    weekday = _WEEKDAYS.get(m.group("rwd") or "")
    iso = None
    if ref is not None:
        day = ref + datetime.timedelta(days=offset)
        if offset == 0 and weekday is not None:
            day = _named_today(weekday, ref)  # اليوم الأربعاء written for a Thursday paper
        iso = day.isoformat()
    found = _Found(
        start, m.end("body"), iso, "date", weekday=weekday, relative=True, day_offset=offset
    )
    return _on_daypart(found, m.group("rdp"))


def _named_today(weekday: int, ref: datetime.date) -> datetime.date:
    """The day «اليوم + weekday» names: the reference day, or that weekday one or two days
    before it (a story written the day before it was published, as print papers do)."""
    for delta in (0, -1, -2):
        day = ref + datetime.timedelta(days=delta)
        if day.isoweekday() == weekday:
            return day
    return ref


def _article_today(items: list[_Found], ref: datetime.date) -> list[_Found]:
    """When the text names its own today (اليوم الأربعاء) and that is not the reference
    day, every other أمس/اليوم/غدا of the text counts from it."""
    today = None
    for item in items:
        if item.day_offset == 0 and item.weekday is not None and item.iso is not None:
            named = datetime.date.fromisoformat(item.iso[:10])
            if named != ref:
                today = named
            break
    if today is None:
        return items
    out = []
    for item in items:
        if item.day_offset is not None and item.weekday is None and item.iso is not None:
            day = (today + datetime.timedelta(days=item.day_offset)).isoformat()
            item = attrs.evolve(item, iso=day + item.iso[10:])
        out.append(item)
    return out


def _midnight(iso: str | None) -> str | None:
    """A day's ISO value at 00:00."""
    return None if iso is None else iso + "T00:00"


def _on_daypart(found: _Found, daypart: str | None) -> _Found:
    """A day written with a part of day: منتصف ليلة X is 00:00 of X, whatever X is (a
    weekday, أمس, a date); the other parts keep the day (مساء الجمعة is the Friday)."""
    if daypart is None or _DAYPARTS.get(_squash(daypart)) != "midnight":
        return found
    return attrs.evolve(found, iso=_midnight(found.iso), kind="datetime", hour=0, minute=0)


def _weekday_found(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    name = m.group("wd2")
    weekday = _WEEKDAYS[name]
    start = m.start("body")
    if weekday == 1 and not (m.group("wyawm") or m.group("wdp") or m.group("wrel")):
        prev = _previous_word(text, start)
        if prev.startswith("ال") and prev.endswith(("ين", "ان")) and prev not in _COUNTRIES:
            return None  # الطرفين الاثنين: "the two", not Monday (but الصين الاثنين)
    wrel = m.group("wrel")
    direction = 2 if wrel is not None and wrel.startswith("بعد") else _direction(wrel)
    iso = None
    if ref is not None:
        if direction is None:  # no written direction: the tense decides (past by default)
            tense = _tense(text[max(0, start - _TENSE_REACH) : start])
            iso = _weekday_date(weekday, tense if tense == 1 else None, ref, today=True).isoformat()
        else:
            iso = _weekday_date(weekday, direction, ref).isoformat()
    found = _Found(start, m.end("body"), iso, "date", weekday=weekday, relative=True)
    return _on_daypart(found, m.group("wdp"))


def _english_found(m: _Groups) -> _Found | None:
    if m.group("emon"):
        month = _ENGLISH[m.group("emon").lower()]
        day, year = int(m.group("eday")), int(m.group("eyear"))
    else:
        month = _ENGLISH[m.group("emon2").lower()]
        day, year = int(m.group("eday2")), int(m.group("eyear2"))
    return _numeric(day, month, year, None, m.start("body"), m.end("body"))


def _found_from_match(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    form = m.form
    if form == "numeric":
        return _numeric(
            int(m.group("nd")),
            int(m.group("nm")),
            int(m.group("ny")),
            m.group("nera"),
            m.start("body"),
            m.end("body"),
        )
    if form == "iso":
        return _numeric(
            int(m.group("id")),
            int(m.group("im")),
            int(m.group("iy")),
            m.group("iera"),
            m.start("body"),
            m.end("body"),
        )
    if form == "english":
        return _english_found(m)
    if form == "holiday":
        return _holiday_found(m, text, ref)
    if form == "month":
        return _from_month_match(m, text, ref)
    if form == "time":
        return _time_found(m, ref)
    if form == "year":
        return _year_found(m, text)
    if form == "period":
        return _period_found(m, ref)
    if form == "relday":
        return _relday_found(m, text, ref)
    return _weekday_found(m, text, ref)


def _resolve(m: _Groups, text: str, ref: datetime.date | None) -> _Found | None:
    """``_found_from_match``, without a value when resolving overflows the calendar."""
    try:
        return _found_from_match(m, text, ref)
    except (OverflowError, ValueError):
        # A reference date near year 1 or 9999 (or before the Hijri epoch) puts the
        # resolved value out of range: report what was written, as without a reference.
        return _found_from_match(m, text, None)


def _iter_found(
    text: str, ref: datetime.date | None, words: frozenset[str] | None = None
) -> Iterator[_Found]:
    """Every date match, left to right, as ``_date_pattern().finditer`` would give them.

    The pattern is only tried (anchored) where a match can begin: at a word that can
    open a date phrase or at a digit (:func:`_candidates`). This gives the same matches as
    scanning every position, several times faster.
    """
    last = 0
    for pos in _candidates(text, _DATE_STARTS, dates=True, words=words):
        if pos < last:
            continue
        m = _date_match(text, pos)
        if m is None:
            continue
        last = m.end_all
        found = _resolve(m, text, ref)
        if found is not None:
            yield found


def _merge(text: str, items: list[_Found]) -> list[_Found]:
    """Join a weekday with the date it names and a time with its date.

    A Hijri date and its Gregorian equivalent (3 صفر 1440 هـ الموافق 13 أكتوبر 2018 م)
    stay two mentions, each with its own value.
    """
    out: list[_Found] = []
    for item in items:
        if out:
            prev = out[-1]
            gap_ok = _MERGE_GAP.match(text, prev.end, item.start) is not None
            if gap_ok and _equivalents(prev, item):
                out.append(item)  # each calendar's date is its own mention, with its value
                continue
            if gap_ok and prev.holiday and item.kind == "date" and item.day is not None:
                out[-1] = attrs.evolve(item, start=prev.start)  # عيد الأضحى 10 ذي الحجة
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
    """Day ranges (من 10 إلى 12 سبتمبر) and year ranges (من 2011 إلى 2014) as one mention.

    The mention's ``iso`` is the first end and ``end_iso`` the second; ``day`` (or
    ``year``) is the first end as written. Two years joined by و after عامي (لعامي 2015
    و2016) are a pair, not a range: two mentions.
    """
    out: list[_Found] = []
    for item in items:
        if item.kind not in ("date", "datetime") or item.day is None or item.month is None:
            out.append(item)
            continue
        m = _day_range_before().search(text, max(0, item.start - 30), item.start)
        if m is None:
            out.append(item)
            continue
        d1 = int(m.group("d1"))
        iso: str | None = None
        if item.iso is not None:
            head = item.iso[:10]
            year, month = int(head[:4]), int(head[5:7])
            if item.calendar == "hijri":
                if item.year is None or d1 > hijri_month_length(item.year, item.month):
                    out.append(item)
                    continue
                iso = hijri_to_gregorian(item.year, item.month, d1).isoformat()
            else:
                if not _valid(year, month, d1):
                    out.append(item)
                    continue
                iso = datetime.date(year, month, d1).isoformat()
            if d1 >= item.day:
                out.append(item)
                continue
        out.append(
            attrs.evolve(
                item,
                start=m.start("d1"),
                iso=iso,
                end_iso=item.iso,
                kind="date",
                day=d1,
                weekday=None,
                hour=None,
                minute=None,
            )
        )
    items = out
    seen: set[int] = set()
    extra: list[_Found] = []
    for hit in _YEAR_PAIR.finditer(text):
        m = _year_range().search(text, max(0, hit.start() - 40), min(len(text), hit.end() + 1))
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (1000 <= y1 < y2 <= 2200):
            continue
        if m.group("pair") is None:  # a range: one mention over both ends
            s, e = m.start("a"), m.end("b")
            items = [i for i in items if not (i.start < e and s < i.end)]
            extra.append(_Found(s, e, f"{y1:04d}", "year", year=y1, end_iso=f"{y2:04d}"))
            continue
        taken = [(i.start, i.end) for i in items]
        for grp, year in (("a", y1), ("b", y2)):
            s, e = m.start(grp), m.end(grp)
            if any(ts < e and s < te for ts, te in taken):
                continue
            extra.append(_Found(s, e, f"{year:04d}", "year", year=year))
    if not extra:
        return items
    return sorted([*items, *extra], key=lambda f: (f.start, f.end))


_RANGE_GAP = regex.compile(r"\s{0,3}(?:-|–|الي|حتي|لغايه|الي\s{1,3}غايه|و)\s{0,3}\Z")
_RANGE_OPENING = regex.compile(r"(?:من|بين|الفتره|خلال)\s{1,3}(?:يوم\s{1,3})?\Z")


def _with_year(item: _Found, year: int) -> _Found:
    """A day or month written without a year, resolved in ``year`` instead."""
    if item.month is None:
        return item
    iso, ok = _day_iso(year, item.month, item.day, item.calendar)
    if not ok or iso is None:
        return item
    if item.hour is not None and item.minute is not None and item.day is not None:
        iso += f"T{item.hour:02d}:{item.minute:02d}"
    return attrs.evolve(item, iso=iso)


def _written_years(text: str, items: list[_Found]) -> list[_Found]:
    """Years the text gives elsewhere: a range's first end takes the year written with
    its second (14 أبريل إلى 18 مايو 2017), ``من العام نفسه`` the year written last; the
    first end of a range also carries the value of the other end (``end_iso``)."""
    out = list(items)
    last_year: int | None = None
    for k, item in enumerate(out):
        if item.same_year and last_year is not None and item.calendar == "gregorian":
            out[k] = item = _with_year(item, last_year)
        if item.year is not None and item.calendar == "gregorian":
            last_year = item.year
        if k + 1 == len(out):
            break
        nxt = out[k + 1]
        gap = text[item.end : nxt.start]
        if len(gap) > 20 or _RANGE_GAP.match(gap) is None or item.kind != nxt.kind:
            continue
        opening = _RANGE_OPENING.search(text, max(0, item.start - 20), item.start)
        if gap.strip() == "و" and opening is None:
            continue  # «في 3 مايو و5 يونيو»: two dates, not a range
        if (
            item.year is None
            and item.relative
            and item.month is not None
            and nxt.year is not None
            and nxt.month is not None
            and item.calendar == nxt.calendar == "gregorian"
            and nxt.iso is not None
        ):
            year = int(nxt.iso[:4]) - (1 if item.month > nxt.month else 0)
            out[k] = item = _with_year(item, year)
        if nxt.iso is not None and item.iso is not None and nxt.iso > item.iso:
            out[k] = attrs.evolve(item, end_iso=nxt.iso)
    return out


def _on_reference_day(item: _Found, ref: datetime.date) -> _Found:
    """A clock time with no date of its own is on the reference day (الساعة 10 صباحا);
    so are both ends of a time range (من الرابعة إلى السادسة مساء)."""
    if item.kind != "time" or item.iso is None or not item.iso.startswith("T"):
        return item
    end_iso = item.end_iso
    if end_iso is not None and end_iso.startswith("T"):
        end_iso = ref.isoformat() + end_iso
    return attrs.evolve(item, iso=ref.isoformat() + item.iso, relative=True, end_iso=end_iso)


_CLOCK_END = rf"(?:[0-9]{{1,2}}(?:[:.][0-9]{{2}})?|{_CLOCK_WORD})"


@functools.cache
def _time_range() -> regex.Pattern[str]:
    """Two clock times joined as a range (من الرابعة إلى السادسة مساء، بين الساعة 9 و11)."""
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{N}}_])(?:[وف]?[بل]|[وف])?(?:من|بين)\s{{1,3}}
        (?P<a>(?P<saa1>الساعه\s{{1,3}})?(?P<h1>{_CLOCK_END})
          (?:\s{{1,3}}(?:من\s{{1,3}})?(?P<dp1>{_TIME_DAYPART}))?)
        \s{{0,3}}(?:-|–|الي|حتي|و)\s{{0,3}}
        (?P<b>(?P<saa2>الساعه\s{{1,3}})?(?P<h2>{_CLOCK_END})
          (?:\s{{1,3}}(?:من\s{{1,3}})?(?P<dp2>{_TIME_DAYPART}))?)
        (?![\p{{L}}\p{{N}}])""",
        regex.VERBOSE,
    )


def _clock_end(written: str, part: str | None) -> tuple[int, int] | None:
    """The hour and minute of one end of a time range, read with its part of the day."""
    if written[0].isdigit():
        hour, _, minute = written.replace(".", ":").partition(":")
        h, mi = int(hour), int(minute or 0)
    else:
        h, mi = _CLOCK[_squash(written)], 0
    if h <= 12:
        h = _hour_with_daypart(h, part)
    return (h, mi) if 0 <= h <= 23 and 0 <= mi <= 59 else None


def _time_ranges(text: str, items: list[_Found]) -> list[_Found]:
    """Rule "time range": two clock times joined by a range word are one mention (من
    الرابعة إلى السادسة مساء، بين الساعة 9 و11 صباحا). A part of the day written once
    applies to both ends; ``iso`` is the first end and ``end_iso`` the second, on the day
    the times are on (the date written with them, else the reference day). Looked for only
    around a clock time already found, and only with الساعة or a part of the day written."""
    out = items
    seen: set[int] = set()
    for item in items:
        if item.hour is None or item.end_iso is not None:
            continue
        lo = max(0, item.start - 40)
        for m in _time_range().finditer(text, lo, min(len(text), item.end + 40)):
            start, end = m.start("a"), m.end("b")
            if start in seen or not (start <= item.start < end):
                continue
            seen.add(start)
            joined = _time_range_found(m, [i for i in out if i.start < end and start < i.end])
            if joined is not None:
                out = [i for i in out if not (i.start < joined.end and joined.start < i.end)]
                out.append(joined)
                out.sort(key=lambda f: (f.start, f.end))
            break
    return out


def _time_range_found(m: regex.Match[str], ends: list[_Found]) -> _Found | None:
    """One mention over a time range and the clock times found in it (``ends``); the
    last of them gives the day (السادسة مساء الجمعة) and the end of the mention."""
    dp1, dp2 = m.group("dp1"), m.group("dp2")
    if not (m.group("saa1") or m.group("saa2") or dp1 or dp2):
        return None  # من 3 إلى 5: counts, not hours
    if not ends or any(i.hour is None for i in ends):
        return None
    p1 = _DAYPARTS.get(_squash(dp1 or dp2 or ""))
    p2 = _DAYPARTS.get(_squash(dp2 or dp1 or ""))
    first, last = _clock_end(m.group("h1"), p1), _clock_end(m.group("h2"), p2)
    if first is None or last is None or first >= last:
        return None
    if any(i.iso is None and i.kind != "time" for i in ends):
        return None  # a day without a reference: leave the times as they are
    dated = [i for i in ends if i.iso is not None and "T" in i.iso[1:]]
    base = dated[-1] if dated else ends[-1]  # 12 ديسمبر من الساعة 8 حتى الساعة 5
    iso = base.iso or ""
    day = iso[: iso.index("T")] if "T" in iso else ""
    return _Found(
        min(m.start("a"), ends[0].start),
        max(m.end("b"), ends[-1].end),
        f"{day}T{first[0]:02d}:{first[1]:02d}",
        base.kind,
        year=base.year,
        month=base.month,
        day=base.day,
        hour=first[0],
        minute=first[1],
        weekday=base.weekday,
        calendar=base.calendar,
        relative=base.relative,
        end_iso=f"{day}T{last[0]:02d}:{last[1]:02d}",
        tz_span=base.tz_span,
        utc_offset=base.utc_offset,
    )


def _clitic_forms(words: Iterable[str]) -> frozenset[str]:
    """Words as written with or without a clitic (و ف ب ل لل ...), to test a text's words."""
    forms = set()
    for word in words:
        for clitics in _CLITIC_PREFIXES:
            forms.add(clitics + word)
        if word.startswith("ال"):
            forms.update(c + "ل" + word[1:] for c in ("", "و", "ف"))
    return frozenset(forms)


#: A spelled year begins with one of these words.
_SPELLED_YEAR_GATE = frozenset({"الف", "الفين", "الفان"})


@functools.cache
def _spelled_year() -> regex.Pattern[str]:
    """A year word and a year in words (compiled on first use)."""
    return regex.compile(
        r"""(?<![\p{L}\p{N}_])(?:[وف]?[بل]|[وف])?
        (?P<body>(?:منذ\s{1,3})?(?:عام|العام|سنه|السنه)\s{1,3}
          (?P<num>(?:الف|الفين|الفان)(?:\s{1,3}(?:و[\p{L}]{2,12}|عشر|عشره)){0,4}))
        (?![\p{L}\p{N}_])""",
        regex.VERBOSE,
    )


def _spelled_years(text: str, items: list[_Found]) -> list[_Found]:
    """Rule "spelled year": a year written in words after عام/سنة (عام ألفين وعشرين =
    2020، سنة ألف وتسعمائة وتسعين = 1990), read by :func:`arnews.numerals.parse_number`
    over the longest run of its words that is one number of 1001-2200."""
    from arnews.numerals import parse_number

    out = items
    for m in _spelled_year().finditer(text):
        words = m.group("num").split()
        start, end = m.start("body"), m.end("body")
        year = None
        while words:
            try:
                value = parse_number(" ".join(words))
            except ParseError:
                value = None
            if isinstance(value, int) and 1000 < value <= 2200:
                year = value
                break
            words.pop()
            end = text.rindex(words[-1], start, end) + len(words[-1]) if words else start
        if year is None or any(i.start < end and start < i.end for i in out):
            continue
        out = sorted(
            [*out, _Found(start, end, f"{year:04d}", "year", year=year)],
            key=lambda f: (f.start, f.end),
        )
    return out


_DECADES_WRITTEN = ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
#: Words one of which is in every quarter, half, decade or century phrase.
_SPANS_OF_YEARS_GATE = _clitic_forms(
    (
        "الربع",
        "النصف",
        "القرن",
        *(f"{a}{d}{e}" for a in ("", "ال") for d in _DECADES_WRITTEN for e in ("يات", "ات")),
    )
)
_PARTS = {"الربع": 4, "النصف": 2}
_PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}
_DECADES = {
    "عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50,
    "ستين": 60, "سبعين": 70, "ثمانين": 80, "تسعين": 90,
}  # fmt: skip
_CENTURIES = {"الحادي والعشرين": 21, "العشرين": 20, "التاسع عشر": 19, "الثامن عشر": 18}


def _year_of_span(g: str) -> str:
    """A year after a quarter or half: 2018، عام 2018، لعام 2018، العام (الماضي)، للعام."""
    return rf"""(?:(?:ال|لل|ل)?(?:عام|سنه)\s{{1,3}})?(?P<{g}year>[0-9]{{4}})
          (?![0-9]|\s{{0,3}}[-/]\s{{0,3}}[0-9])  # not a fiscal 2014 - 2015
        | (?:ال|لل)(?:عام|سنه)(?:\s{{1,3}}(?P<{g}rel>{_REL_WORDS}))?(?![\p{{L}}\p{{N}}])"""


def _century(g: str) -> str:
    """A century's name after القرن."""
    return rf"""(?P<{g}cent>الحادي\s{{1,3}}والعشرين|العشرين|التاسع\s{{1,3}}عشر
        |الثامن\s{{1,3}}عشر|الماضي|الحالي)"""


@functools.cache
def _span_of_years() -> re.Pattern[str]:
    """A quarter or half of a year, a decade or a century (compiled on first use, with
    ``re``: it scans a whole text, about twice as fast as ``regex`` there)."""
    return _plain_compile(
        rf"""(?<![\p{{L}}\p{{N}}_])(?:[وف]?[بل]|[وف])?(?P<body>
          (?P<part>الربع|النصف)\s{{1,3}}(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)
          \s{{1,3}}(?:من\s{{1,3}})?(?:{_year_of_span("q")})
        | (?:ال)?(?P<dec>{"|".join(_DECADES)})(?:يات|ات)
          (?!\s{{1,3}}من\s{{1,3}}(?:ال)?عمر)
          (?:\s{{1,3}}(?:من\s{{1,3}})?القرن\s{{1,3}}{_century("d")})?
        | القرن\s{{1,3}}{_century("c")}
        )(?![\p{{L}}\p{{N}}_])"""
    )


def _plain_compile(source: str) -> re.Pattern[str]:
    """A verbose pattern written for ``regex`` compiled with ``re`` (see ``_RE_SPELLINGS``)."""
    for written, spelled in _RE_SPELLINGS:
        source = source.replace(written, spelled)
    return re.compile(source, re.VERBOSE)


def _century_of(written: str | None, ref: datetime.date | None) -> int | None:
    """The century named (القرن العشرين = 20), or the past or present one."""
    if written is None:
        return None
    word = _squash(written)
    if word in _CENTURIES:
        return _CENTURIES[word]
    if ref is None:
        return None
    present = (ref.year - 1) // 100 + 1
    return present - 1 if word == "الماضي" else present


_AGE_DECADES = frozenset({"عشرين", "ثلاثين", "اربعين"})
_AGE_LEADS = regex.compile(r"(?:منتصف|اواخر|اوائل)\s{1,3}\Z")


def _an_age(text: str, m: re.Match[str]) -> bool:
    """في منتصف الثلاثينيات، في أواخر العشرينات: a person's age, not a decade (an age
    decade written alone after منتصف/أواخر/أوائل)."""
    if m.group("dec") not in _AGE_DECADES or m.group("dcent") is not None:
        return False
    if text.startswith("الميلادي", _skip_word(text, m.end("body"))):
        return False
    return _AGE_LEADS.search(text, max(0, m.start("body") - 12), m.start("body")) is not None


def _skip_word(text: str, pos: int) -> int:
    """Where the next word starts after ``pos`` (past up to three spaces)."""
    n = 0
    while n < 3 and text[pos : pos + 1].isspace():
        pos += 1
        n += 1
    return pos


def _span_found(m: re.Match[str], text: str, ref: datetime.date | None) -> _Found | None:
    """The months or years one span-of-years phrase covers, as a range."""
    start, end = m.start("body"), m.end("body")
    if m.group("part") is not None:
        parts = _PARTS[m.group("part")]
        nth = _PART_ORDINALS[m.group("ord")] or parts
        if nth > parts:
            return None  # النصف الثالث
        if m.group("qyear") is not None:
            year: int | None = int(m.group("qyear"))
        elif ref is None:
            return _Found(start, end, None, "month", relative=True)
        else:
            year = ref.year + (_direction(m.group("qrel")) or 0)
        size = 12 // parts
        first, last = size * (nth - 1) + 1, size * nth
        return _Found(
            start,
            end,
            f"{year:04d}-{first:02d}",
            "month",
            year=year,
            month=first,
            relative=m.group("qyear") is None,
            end_iso=f"{year:04d}-{last:02d}",
        )
    if m.group("dec") is not None:
        if _an_age(text, m):
            return None
        century = _century_of(m.group("dcent"), ref) if m.group("dcent") else 20
        if century is None:
            return None
        first = (century - 1) * 100 + _DECADES[m.group("dec")]
        relative = m.group("dcent") is not None and _squash(m.group("dcent")) not in _CENTURIES
        return _years(start, end, first, first + 9, relative)
    century = _century_of(m.group("ccent"), ref)
    if century is None:
        return None
    first = (century - 1) * 100 + 1
    return _years(start, end, first, first + 99, _squash(m.group("ccent")) not in _CENTURIES)


def _years(start: int, end: int, first: int, last: int, relative: bool) -> _Found:
    """A span of years (a decade, a century) as one year mention with its last year."""
    return _Found(
        start, end, f"{first:04d}", "year", year=first, relative=relative, end_iso=f"{last:04d}"
    )


def _spans_of_years(text: str, items: list[_Found], ref: datetime.date | None) -> list[_Found]:
    """Rule "span of years": quarters and halves of a year (الربع الأول من 2018 = months
    2018-01..2018-03, النصف الثاني من العام = the second half of the publication year),
    decades (السبعينيات = 1970..1979، الستينيات من القرن الماضي) and centuries (القرن
    الحادي والعشرين = 2001..2100) as one range mention each, replacing what they cover."""
    out = items
    for m in _span_of_years().finditer(text):
        found = _span_found(m, text, ref)
        if found is None:
            continue
        s, e = found.start, found.end
        out = [i for i in out if not (i.start < e and s < i.end)]
        out = sorted([*out, found], key=lambda f: (f.start, f.end))
    return out


#: A narrative day has اليوم and one of the words after it.
_NARRATIVE_GATE = _clitic_forms(("اليوم",))
_NARRATIVE_AFTER = normalized_set(lex.NARRATIVE_DAYS)
_NARRATIVE_OFFSETS = _norm_map(lex.NARRATIVE_DAYS)


@functools.cache
def _narrative_day() -> regex.Pattern[str]:
    """اليوم التالي، اليوم السابق، اليوم نفسه (compiled on first use)."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}_])(?:[وف]?[بل]|[وف])?(?P<body>اليوم\s{{1,3}}"
        rf"(?P<which>{_alt(lex.NARRATIVE_DAYS)}))(?![\p{{L}}\p{{N}}_])"
    )


_NOT_AN_EVENT = frozenset({"لم", "لن", "لا", "لكن", "لقد", "له", "لها", "لهم"})


def _counted_from_an_event(text: str, end: int) -> bool:
    """اليوم السابق للمكالمة، اليوم التالي لتكليف الحكومة: the day is counted from the
    event named after it, not from a day told before."""
    after = _FOLLOWING_WORD.match(text, end)
    if after is None or after.start(1) - end < 1:
        return False
    word = after.group(1)
    return word.startswith("ل") and word not in _NOT_AN_EVENT


def _narrative_days(text: str, items: list[_Found], ref: datetime.date | None) -> list[_Found]:
    """Rule "narrative day": اليوم التالي (+1)، اليوم السابق (-1)، اليوم نفسه/ذاته (0) count
    from the last day told before them (a date at day granularity, or a narrative day
    already read), else from the reference day; kind date, relative."""
    found = [
        (m.start("body"), m.end("body"), _NARRATIVE_OFFSETS[m.group("which")])
        for m in _narrative_day().finditer(text)
        if not _counted_from_an_event(text, m.end("body"))
    ]
    if not found:
        return items
    out = list(items)
    for start, end, offset in found:
        if any(i.start < end and start < i.end for i in out):
            continue
        anchor: datetime.date | None = ref
        for i in out:
            if i.end <= start and i.iso is not None and i.kind in ("date", "datetime"):
                if len(i.iso) >= 10 and i.iso[4:5] == "-" and i.iso[7:8] == "-":
                    anchor = datetime.date.fromisoformat(i.iso[:10])
        iso = None
        if anchor is not None:
            try:
                day = anchor + datetime.timedelta(days=offset)
            except OverflowError:
                day = None
            iso = None if day is None else day.isoformat()
        out.append(_Found(start, end, iso, "date", relative=True))
        out.sort(key=lambda f: (f.start, f.end))
    return out


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
        tz=None if f.tz_span is None else nt.original[slice(*nt.span(*f.tz_span))],
        utc_offset=f.utc_offset,
        end_iso=f.end_iso,
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
    items = _time_ranges(text, _written_years(text, _ranges(text, items)))
    if ref is not None:
        items = _article_today([_on_reference_day(f, ref) for f in items], ref)
    words = nt.words
    if not _NARRATIVE_GATE.isdisjoint(words) and not _NARRATIVE_AFTER.isdisjoint(words):
        items = _narrative_days(text, items, ref)
    if not _SPELLED_YEAR_GATE.isdisjoint(words):
        items = _spelled_years(text, items)
    if not _SPANS_OF_YEARS_GATE.isdisjoint(words):
        items = _spans_of_years(text, items, ref)
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
    ago = _ago_or_in(phrase, coerce_published(published))
    if ago is not None:
        return ago
    raise ParseError(f"not a date phrase: {phrase!r}")


_AGO = regex.compile(r"\A\s*(?P<word>قبل|بعد)\s{1,3}(?P<rest>\S.*?)\s*\Z", regex.DOTALL)


def _ago_or_in(phrase: str, ref: datetime.date | None) -> DateMention | None:
    """``قبل يومين`` / ``بعد أسبوعين`` as a phrase: the day (week: day, month, year at their
    granularity) that many units before or after ``ref``; None if it is not one."""
    from arnews.durations import find_durations

    m = _AGO.match(phrase)
    if m is None:
        return None
    durations = find_durations(m.group("rest"))
    if len(durations) != 1 or durations[0].text != m.group("rest"):
        return None
    d = durations[0]
    if d.unit in ("second", "minute", "hour") or d.value != int(d.value):
        return None
    sign = -1 if m.group("word") == "قبل" else 1
    n = sign * int(d.value)
    kind: DateKind = "date"
    iso: str | None = None
    if ref is not None:
        try:
            if d.unit in ("day", "week"):
                days = n * (7 if d.unit == "week" else 1)
                iso = (ref + datetime.timedelta(days=days)).isoformat()
            elif d.unit == "month":
                index = ref.year * 12 + ref.month - 1 + n
                iso = f"{index // 12:04d}-{index % 12 + 1:02d}"
            else:
                iso = f"{ref.year + n:04d}"
        except OverflowError:
            iso = None
    if d.unit == "month":
        kind = "month"
    elif d.unit == "year":
        kind = "year"
    start = m.start("word")
    end = m.end("rest")
    return DateMention(
        start=start, end=end, text=phrase[start:end], iso=iso, kind=kind, relative=True
    )


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


# Durations live in :mod:`arnews.durations`; these names stay importable from here.
# (Imported last: ``arnews.durations`` reads this module's date grammar.)
from arnews.durations import extract_durations, find_durations  # noqa: E402
