"""Datelines: the place, source and date that open an article or its second paragraph.

A dateline is read at the start of the first two paragraphs only (a title line may
come above it). Each house style is a named rule: a pattern built from named pieces
(a place, a date, an agency) and the checks that make a match a dateline.

========================  ==========================================================
rule                      house style
========================  ==========================================================
``from``                  ``إيلاف من جنيف:``
``paren``                 ``بيروت (أ ف ب) -``، ``مدريد 3 شتنبر (رويترز) -``،
                          ``دبي، الإمارات العربية المتحدة (CNN)--``، ``الكويت - 15 - 3 (كونا) --``
``slash``                 ``أبوظبي في 5 مارس / وام /``
``wire_date``             ``الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس``
``dash``                  ``الرياض - واس``، ``جدة - عكاظ``، ``طرابلس (ليبيا) - وال:``
``dash_line``             ``الدمام - اليوم``، ``القاهرة - بوابة الأهرام`` (alone on the line)
``source_first``          ``ا ف ب - عمان``، ``عين اليوم – جدة``
``paren_only``            ``(CNN) --`` (the agency alone)
``byline_outlet_place``   ``ماجد الرفاعي- سبق- ينبع:``
``byline``                ``غالب السهلي – بريدة``، ``عمر إبراهيم – عين اليوم``
``place_line``            ``فيينا، النمسا`` (alone on its line, under the title)
``reporter``              ``وهران: محمد بوزيد`` (a bureau and the reporter who filed)
========================  ==========================================================

The dateline's agency is its source: :func:`arnews.attribution.extract_attributions`
does not report it again. ``Dateline.canonical`` is the agency's one canonical name
(``"AFP"``، ``"SPA"``، ``"MAP"`` ...; see :data:`arnews.lexicon.sources.AGENCY_CANONICAL`).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

import attrs

from arnews.dates import extract_dates
from arnews.lexicon import sources as lex
from arnews.mentions import Dateline, DateMention
from arnews.text import NormalizedText, alternation, normalize, normalize_with_offsets

__all__ = ["canonical_agency", "extract_dateline", "find_dateline", "paragraph_heads"]

_E = r"(?!\w)"  # end of a word
_H = r"[^\S\n]"  # horizontal space
_QUOTE = "[\"«»“”„]"
# What follows the first parenthesis of a dateline such as ``بيروت (رويترز) -``.
_PAREN_CLOSE = re.compile(r"\([^()\n]+\)[^\S\n]*[-:]")
_DIGIT = re.compile(r"\d")
# The first word of a paragraph; a quotation mark opens a quoted agency (its word is "").
_FIRST_WORD = re.compile(r"\w*")


def _first_words(words: Iterable[str]) -> frozenset[str]:
    """The first words of normalised phrases, and "" (a match may open with a mark)."""
    firsts = {""}
    for word in words:
        m = _FIRST_WORD.match(normalize(word))
        if m is not None:
            firsts.add(m.group())
    return frozenset(firsts)


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return alternation(words, rf"{_H}+")


_NAME_MARKS = re.compile(r"[.\"«»“”„()]")


def _key(name: str) -> str:
    """A name as the canonical table looks it up: normalised, without dots, quotes and
    extra spaces (``أ.ف.ب`` and ``ا ف ب`` are one key)."""
    return " ".join(_NAME_MARKS.sub(" ", normalize(name)).split())


@functools.cache
def _canonical_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for key, (canonical, _region, others) in lex.AGENCY_CANONICAL.items():
        aliases, _free = lex.AGENCIES.get(key, ((), False))
        for name in (key, *aliases, *others, canonical):
            table[_key(name)] = canonical
    return table


@functools.lru_cache(maxsize=1024)
def canonical_agency(name: str | None) -> str | None:
    """The canonical name of a news agency as written in any of its forms, else None.

    >>> [canonical_agency(n) for n in ("أ ف ب", "وكالة الصحافة الفرنسية", "و م ع", "الحياة")]
    ['AFP', 'AFP', 'MAP', None]
    """
    if not name:
        return None
    key = _key(name)
    table = _canonical_table()
    found = table.get(key)
    if found is None and key.startswith("وكاله "):  # وكالة واس، وكالة رويترز
        found = table.get(key[len("وكاله ") :])
    return found


# ---------------------------------------------------------------------------
# pattern pieces and rules


class _Rule:
    """One house style: a pattern anchored at a paragraph start and its checks.

    The pattern (verbose) is compiled from ``source()`` when the rule is first tried
    (:meth:`compile`); until then :attr:`pattern` is None.
    """

    __slots__ = ("accept", "dated", "firsts", "name", "needs", "pattern", "source", "under_title")

    def __init__(
        self,
        name: str,
        source: Callable[[], str],
        firsts: frozenset[str] | None,
        needs: Callable[[str, int, int], bool],
        accept: Callable[[re.Match[str]], bool],
        dated: bool,
        under_title: bool = False,
    ) -> None:
        self.name = name
        self.source = source
        # The words a match can start with (None: any), a cheap first check.
        self.firsts = firsts
        # A cheap necessary condition on the paragraph head (normalised text, start, end).
        self.needs = needs
        # Whether a match is a dateline (checks the pattern alone cannot make).
        self.accept = accept
        # Whether the match's ``date`` group is the dateline's date.
        self.dated = dated
        # Only under a title line (a name and a place alone may be a title themselves).
        self.under_title = under_title
        self.pattern: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        pattern = self.pattern = re.compile(self.source(), re.VERBOSE)
        return pattern


def _always(m: re.Match[str]) -> bool:
    return True


class _Pieces:
    """The named pieces the rules are built from (the alternations when first used)."""

    def __init__(self) -> None:
        agencies = {normalize(a) for a, (aliases, _) in lex.AGENCIES.items()}
        agencies |= {normalize(a) for _, (aliases, _) in lex.AGENCIES.items() for a in aliases}
        self.aliases = frozenset(agencies)
        self.latin = frozenset(lex.LATIN_CREDITS)
        self.places = frozenset(normalize(w) for w in lex.DATELINE_PLACES)
        self.countries = frozenset(normalize(w) for w in lex.COUNTRIES)
        self.not_credits = frozenset(normalize(w) for w in lex.NOT_CREDITS)
        # Up to three words: a place the lexicon does not know.
        self.any_place = rf"\w{{2,}}(?:{_H}+\w{{2,}}){{0,2}}?{_E}"
        # A city then, after a comma, its country or region (دبي، الإمارات العربية المتحدة).
        self.region = rf"(?:{_H}*[،,]{_H}*(?!\d)\w{{2,}}(?:{_H}+\w{{2,}}){{0,3}}?{_E})"
        # A reporter's name: two or three words, the first without the article.
        self.reporter = rf"(?!ال|\d)\w{{2,}}(?:{_H}+(?!\d)\w{{2,}}){{1,2}}{_E}"
        # A day and month with an optional year and calendar letter (هـ، م).
        self.day_month = (
            rf"\d{{1,2}}{_H}+\w{{2,12}}(?:{_H}+\d{{4}}(?:ه|م)?{_E})?(?:{_H}+(?:ه|م){_E})?"
        )

    @functools.cached_property
    def agency(self) -> str:
        return rf"(?:{_alt(sorted(self.aliases))}){_E}"

    @functools.cached_property
    def agency_or_latin(self) -> str:
        latin = "|".join(re.escape(w) for w in sorted(lex.LATIN_CREDITS, key=len, reverse=True))
        return rf"(?:{self.agency}|(?:{latin})(?![A-Za-z]))"

    @functools.cached_property
    def known_place(self) -> str:
        return rf"(?:{_alt(lex.DATELINE_PLACES)}){_E}"


def _build_rules() -> tuple[_Rule, ...]:
    pc = _Pieces()

    def known_source(m: re.Match[str]) -> bool:
        src = " ".join(m.group("src").split())
        return src in pc.aliases or src in pc.latin

    def paren_accept(m: re.Match[str]) -> bool:
        src = " ".join(m.group("src").split())
        if src in pc.not_credits or src in pc.countries:
            return False
        city = " ".join(m.group("city").split())
        return known_source(m) or city in pc.places

    def dash_accept(m: re.Match[str]) -> bool:
        # Dashes are normalised to "-"; a tatweel separator (الرياض ـ واس) is removed and
        # leaves two spaces.
        sep = m.group("sep")
        return bool(m.group("tail")) or "-" in sep or "/" in sep or "  " in sep

    def head_has(char: str) -> Callable[[str, int, int], bool]:
        def needs(t: str, pos: int, end: int) -> bool:
            return t.find(char, pos, min(end, pos + 120)) >= 0

        return needs

    def any_head(t: str, pos: int, end: int) -> bool:
        return True

    def paren_needs(t: str, pos: int, end: int) -> bool:
        paren = t.find("(", pos, min(end, pos + 80))
        return paren >= 0 and _PAREN_CLOSE.match(t, paren, end) is not None

    def digit_needs(t: str, pos: int, end: int) -> bool:
        return _DIGIT.search(t, pos, min(end, pos + 40)) is not None

    places = _first_words(lex.DATELINE_PLACES)
    agencies = _first_words(pc.aliases)

    rules = [
        # إيلاف من جنيف:
        _Rule(
            "from",
            lambda: (
                rf"(?P<src>{pc.agency}){_H}+من{_H}+(?P<place>\w+(?:{_H}+\w+){{0,2}}?){_H}*:"),
            agencies,
            head_has(":"),
            _always,
            False,
        ),
        # بيروت (رويترز) -، دمشق، 12 أيلول (سانا) -، مدريد 3 شتنبر (رويترز) -،
        # دبي، الإمارات العربية المتحدة (CNN)--، الكويت - 15 - 3 (كونا) --
        _Rule(
            "paren",
            lambda: (
                rf"""
                (?P<place>(?P<city>{pc.known_place}|{pc.any_place}){pc.region}?)
                (?:{_H}*[،,\-]?{_H}*(?:في{_H}+)?(?=[^()\n]{{0,40}}\d)
                   (?P<date>[\w/.]{{1,12}}(?:{_H}*[-/]?{_H}*[\w/.]{{1,12}}){{0,3}}?))?
                {_H}*-?{_H}*\({_H}*(?P<src>[^()\n]{{1,30}}?){_H}*\){_H}*(?:-{{1,2}}|:)
                """
            ),
            None,
            paren_needs,
            paren_accept,
            True,
        ),
        # أبوظبي في 5 مارس / وام /، القاهرة في 12 سبتمبر 2016 /أ ش أ/
        _Rule(
            "slash",
            lambda: (
                rf"""
                (?P<place>\w{{2,}}(?:{_H}+\w{{2,}}){{0,2}}?){_E}
                (?:{_H}+في{_H}+(?P<date>[^/\n]{{1,30}}?))?
                {_H}*/{_H}*(?P<src>{pc.agency}){_H}*/
                """
            ),
            None,
            head_has("/"),
            _always,
            True,
        ),
        # الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس (SPA): the date, often in
        # both calendars, between the place and the agency.
        _Rule(
            "wire_date",
            lambda: (
                rf"""
                (?P<place>{pc.known_place}|{pc.any_place})
                {_H}+(?P<date>{pc.day_month}(?:{_H}+الموافق{_H}+{pc.day_month})?)
                {_H}*-?{_H}*(?P<src>{pc.agency})(?:{_H}*(?:-{{1,2}}|:))?
                """
            ),
            None,
            digit_needs,
            lambda m: bool(re.search(r"\d{4}", m.group("date"))),
            True,
        ),
        # دمشق – سانا، الرياض ـ واس:، بيروت - «الحياة»:، طرابلس (ليبيا) - وال:، جدة - عكاظ
        _Rule(
            "dash",
            lambda: (
                rf"""
                (?P<place>{pc.known_place})
                (?:{_H}*\({_H}*(?P<country>{_alt(lex.COUNTRIES)}){_H}*\))?
                (?P<sep>{_H}*[-/]?{_H}*)
                (?P<q>{_QUOTE})?(?P<src>{pc.agency})(?(q){_QUOTE})
                (?P<tail>{_H}*(?:-{{1,2}}|:|/))?
                """
            ),
            places,
            any_head,
            dash_accept,
            False,
        ),
        # ا ف ب - عمان، عين اليوم – جدة، عين اليوم – متابعات: the source first, then
        # the place (or "compiled", no place), alone on its line or closed by a dash or
        # colon.
        _Rule(
            "source_first",
            lambda: (
                rf"""
                (?P<q>{_QUOTE})?(?P<src>{pc.agency})(?(q){_QUOTE})
                {_H}*-{_H}*(?:(?P<place>{pc.known_place}|{pc.any_place}(?={_H}*:))
                             |(?:{_alt(lex.DATELINE_NO_PLACE)}){_E})
                (?:{_H}*(?:-{{1,2}}|:)|{_H}*$)
                """
            ),
            None,
            head_has("-"),
            _always,
            False,
        ),
        # الدمام - اليوم، القاهرة - بوابة الأهرام: a place and an outlet the lexicon does
        # not know, alone on their line.
        _Rule(
            "dash_line",
            lambda: (
                rf"(?P<place>{pc.known_place}){_H}*-{_H}*"
                rf"(?P<src>(?!{pc.known_place}|\d)\w{{2,}}(?:{_H}+\w{{2,}}){{0,2}}){_H}*$"
            ),
            places,
            head_has("-"),
            _always,
            False,
        ),
        # (CNN) -- : the agency alone, in parentheses.
        _Rule(
            "paren_only",
            lambda: (
                rf"\({_H}*(?P<src>{pc.agency_or_latin}){_H}*\){_H}*(?:-{{1,2}}|:)"),
            frozenset({""}),
            any_head,
            _always,
            False,
        ),
        # ماجد الرفاعي- سبق- ينبع:، محمد أبو شعر- سبق: a reporter, the outlet, then
        # the place if it is written.
        _Rule(
            "byline_outlet_place",
            lambda: (
                rf"{pc.reporter}{_H}*-{_H}*(?P<src>{pc.agency})"
                rf"(?:{_H}*-{_H}*(?P<place>{pc.known_place}|{pc.any_place}))?{_H}*:"
            ),
            None,
            head_has("-"),
            _always,
            False,
        ),
        # غالب السهلي – بريدة، عمر إبراهيم – عين اليوم: a reporter and the place, or the
        # outlet, alone on the line (the reporter is the source when no outlet is named).
        _Rule(
            "byline",
            lambda: (
                rf"(?P<by>{pc.reporter}){_H}*-{_H}*"
                rf"(?:(?P<place>{pc.known_place})|(?P<src>{pc.agency})"
                rf"|(?:{_alt(lex.DATELINE_NO_PLACE)}){_E}){_H}*$"
            ),
            None,
            head_has("-"),
            _always,
            False,
            True,
        ),
        # فيينا، النمسا: a city and its country alone on the line under the title.
        _Rule(
            "place_line",
            lambda: (rf"(?P<place>{pc.known_place}{pc.region}){_H}*$"),
            places,
            head_has("،"),
            _always,
            False,
            True,
        ),
        # وهران: محمد بوزيد (a bureau and its reporter, alone on the line)
        _Rule(
            "reporter",
            lambda: (
                rf"(?P<place>{pc.known_place}){_H}*:{_H}*"
                rf"(?P<src>(?!\d)\w{{2,}}(?:{_H}+\w{{2,}}){{1,2}}){_H}*$"
            ),
            places,
            head_has(":"),
            _always,
            False,
        ),
    ]
    return tuple(rules)


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    return _build_rules()


class DatelineMatch(NamedTuple):
    """A dateline found in a normalised text (normalised offsets)."""

    start: int
    end: int
    source: str | None
    place: str | None
    date_span: tuple[int, int] | None


def _group_span(m: re.Match[str], name: str) -> tuple[int, int] | None:
    """The span of group ``name``, or None when the pattern has no such group or the
    match left it unset."""
    if name not in m.re.groupindex or m.group(name) is None:
        return None
    return m.span(name)


def _dateline_at(
    nt: NormalizedText, pos: int, end: int, under_title: bool
) -> DatelineMatch | None:
    t = nt.text
    first = _FIRST_WORD.match(t, pos, end)
    word = first.group() if first is not None else ""
    for rule in _rules():
        if rule.firsts is not None and word not in rule.firsts:
            continue
        if rule.under_title and not under_title:
            continue
        if not rule.needs(t, pos, end):
            continue
        m = (rule.pattern or rule.compile()).match(t, pos, end)
        if m is None or not rule.accept(m):
            continue
        date = _group_span(m, "date") if rule.dated else None
        source = _group_span(m, "src") or _group_span(m, "by")
        place = _group_span(m, "place")
        return DatelineMatch(
            m.start(),
            m.end(),
            nt.original_text(*source) if source else None,
            nt.original_text(*place) if place else None,
            date,
        )
    return None


def paragraph_heads(text: str) -> list[tuple[int, int]]:
    """Where a dateline may be: ``(start, end)`` of the first two paragraphs (runs of
    characters other than a newline) that start in the first 4000 characters, cut there,
    less their leading spaces.

    >>> paragraph_heads("عنوان\\n\\n  جدة - عكاظ\\nنص")
    [(0, 5), (9, 19)]
    """
    heads = []
    limit = min(len(text), 4000)
    start = 0
    for _ in range(2):
        while start < limit and text[start] == "\n":
            start += 1
        if start >= limit:
            break
        end = text.find("\n", start, limit)
        if end < 0:
            end = limit
        pos = start
        while pos < end and text[pos] in " \t":
            pos += 1
        heads.append((pos, end))
        start = end
    return heads


#: How far a dateline reaches into its paragraph, at most (its rules are bounded).
DATELINE_REACH = 320


def find_dateline(nt: NormalizedText) -> DatelineMatch | None:
    """The dateline opening one of the first two paragraphs (normalised offsets).

    >>> m = find_dateline(normalize_with_offsets("عنوان\\nجدة - عكاظ\\nنص"))
    >>> (m.place, m.source)
    ('جدة', 'عكاظ')
    """
    for paragraph, (pos, end) in enumerate(paragraph_heads(nt.text)):
        found = _dateline_at(nt, pos, min(end, pos + DATELINE_REACH), paragraph == 1)
        if found is not None:
            return found
    return None


def extract_dateline(
    nt: NormalizedText,
    dates: tuple[DateMention, ...] | None = None,
    published: datetime.date | None = None,
) -> Dateline | None:
    """The dateline opening the first or second paragraph of a normalised text.

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.
        dates: the dates already found in ``nt`` (as :func:`arnews.parse` has them); the
            dateline's date is taken from them instead of being read again.
        published: the reference date used to resolve a date without a year when
            ``dates`` is not given.

    Returns:
        The :class:`~arnews.mentions.Dateline`, with its date when one is written and
        its agency's canonical name, or None.

    >>> d = extract_dateline(normalize_with_offsets("القاهرة - (أ ف ب) - أعلنت الحكومة"))
    >>> (d.text, d.place, d.source, d.canonical)
    ('القاهرة - (أ ف ب) -', 'القاهرة', 'أ ف ب', 'AFP')
    """
    m = find_dateline(nt)
    if m is None:
        return None
    start, end = nt.span(m.start, m.end)
    date = None
    if m.date_span is not None:
        d_start, d_end = nt.span(*m.date_span)
        if dates is not None:
            date = next((d for d in dates if d_start <= d.start and d.end <= d_end), None)
        else:
            sub = normalize_with_offsets(nt.original[d_start:d_end])
            for mention in extract_dates(sub, published):
                date = attrs.evolve(
                    mention, start=d_start + mention.start, end=d_start + mention.end
                )
                break
    return Dateline(
        start=start,
        end=end,
        text=nt.original[start:end],
        source=m.source,
        place=m.place,
        date=date,
        canonical=canonical_agency(m.source),
    )
