"""Durations in Arabic news text: lengths of time (ثلاثة أيام، 48 ساعة، نصف ساعة).

:func:`find_durations` reads running text; :func:`extract_durations` a normalised one
(``parse()`` passes the numbers and dates it already has). Digits, duals, fractions,
definite counts (السنوات الخمس) and vague plurals (بعد ساعات, value 0) are read here;
spelled numbers (سبعة أيام) come from :mod:`arnews.numerals`. A number inside a date
(عام 2011) is not a duration, so the date grammar of :mod:`arnews.dates` is consulted.

>>> [(d.text, d.value, d.unit) for d in find_durations("هدنة لمدة 48 ساعة")]
[('48 ساعة', 48, 'hour')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from arnews.dates import (
    _DATE_STARTS,
    _GREG,
    _HIJRI,
    _alt,
    _candidates,
    _date_match,
    _found_from_match,
    _iter_found,
    _previous_word,
    _skip_word,
    _squash,
    _starts,
    _strip_clitic,
)
from arnews.errors import check_text
from arnews.lexicon import calendar as lex
from arnews.lexicon.numbers import FRACTIONS
from arnews.mentions import DateMention, DurationMention, DurationUnit, NumberMention, Qualifier
from arnews.spans import SpanSet, first_longest
from arnews.text import (
    NormalizedText,
    normalize,
    normalize_with_offsets,
    normalized_map,
    normalized_set,
)

__all__ = ["extract_durations", "find_durations"]

_UNITS = {normalize(k): v for k, v in lex.DURATION_UNITS.items()}
_QUALIFIERS = {normalize(k): v for k, v in lex.DURATION_QUALIFIERS.items()}
_FRACTIONS = {normalize(k): v for k, v in FRACTIONS.items()}


def _first_words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w).split()[0] for w in words)


_UNIT_ALT = _alt(lex.DURATION_UNITS)
_DEFINITE_PLURALS = {
    "ال" + normalize(w): unit
    for w, (unit, count) in lex.DURATION_UNITS.items()
    if count is None and not w.endswith("ٍ")
}
_DEFINITE_PLURAL_ALT = _alt(_DEFINITE_PLURALS)
# plurals heading a genitive before their count: سنوات الحرب السبع، أيام العيد الثلاثة
_PLURAL_ALT = _alt(
    w for w, (_, count) in lex.DURATION_UNITS.items() if count is None and not w.endswith("ٍ")
)
_DEFINITE_COUNTS = normalized_map(lex.DEFINITE_COUNTS)
_DEFINITE_COUNT_ALT = _alt(lex.DEFINITE_COUNTS)
_QUALIFIER_ALT = _alt(lex.DURATION_QUALIFIERS)
_FRACTION_ALT = _alt(FRACTIONS)

_DURATION_SOURCE = rf"""
    (?<![\p{{L}}\p{{N}}_])
    (?:[وف]?[بل]|[وف])??
    (?P<body>
      (?:(?P<qual>{_QUALIFIER_ALT})\s{{1,3}})?
      (?:
        # 13 ساعة، 5 ساعات، 2.5 ساعة، 3 ساعات ونصف
        (?:ال)?(?<![0-9.,/:-])(?P<num>[0-9]{{1,6}}(?:\.[0-9]{{1,3}})?)(?P<paren>\s{{0,2}}\))?
        \s{{0,3}}(?P<unit>{_UNIT_ALT})
        (?:\s{{1,3}}و(?P<plus>{_FRACTION_ALT}))?
      |
        # نصف ساعة، ربع ساعة
        (?P<frac>{_FRACTION_ALT})\s{{1,3}}(?P<funit>{_UNIT_ALT})
      |
        # السنوات الخمس، الأيام الثلاثة، الساعات الـ24
        (?P<dunit>{_DEFINITE_PLURAL_ALT}|(?P<cunit>{_PLURAL_ALT})\s{{1,3}}ال\p{{L}}{{2,12}})\s{{1,3}}
        (?:(?P<dword>{_DEFINITE_COUNT_ALT})|ال(?P<dnum>[0-9]{{1,4}})(?![0-9]))
      |
        # ساعة ونصف، يومين ونصف، يومين
        (?P<bare>{_UNIT_ALT})(?:\s{{1,3}}و(?P<bplus>{_FRACTION_ALT})|\s{{1,3}}(?P<one>واحد|واحده))?
      )
    )
    (?![\p{{L}}\p{{N}}_])
    """


@functools.cache
def _duration_pattern() -> regex.Pattern[str]:
    """The duration pattern, compiled on first use."""
    return regex.compile(_DURATION_SOURCE, regex.VERBOSE)


_SINGULAR_LEADS = normalized_set(lex.SINGULAR_LEADS)
_LASTING_VERBS = normalized_set(lex.LASTING_VERBS)
_NEEDING_WORDS = normalized_set(lex.NEEDING_WORDS)
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


#: How many of the reported unit one written unit is (a decade, عقد, is ten years).
_DECADE = 10


def _unit_of(word: str) -> tuple[DurationUnit, int | None, int] | None:
    """The unit of a unit word, the count the word implies and how many units it is worth
    (10 for a decade: عقدين is 20 years)."""
    entry = _UNITS.get(word)
    if entry is None:
        return None
    name, count = entry
    if name == "decade":
        return "year", count, _DECADE
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
    return unit, count, 1


@functools.cache
def _unit_after_number() -> regex.Pattern[str]:
    """A duration unit right after a number's digits (compiled on first use)."""
    return regex.compile(rf"(?:\.[0-9]+)?(?:\s{{0,2}}\))?\s{{0,3}}(?:{_UNIT_ALT})")


# A number opens a duration only when a unit follows it (13 ساعة، 2.5 ساعة), and a
# definite plural only when a count follows it (السنوات الخمس، الساعات الـ24): the digits
# and words the pattern would fail on at once are not tried.
_DURATION_STARTS = _starts(
    (*lex.DURATION_UNITS, *FRACTIONS, *_DEFINITE_PLURALS),
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


#: The last words of the qualifiers, to rule out at once a duration without one before it.
_QUALIFIER_ENDS = tuple(sorted({normalize(q).split()[-1] for q in lex.DURATION_QUALIFIERS}))


def _with_qualifier(text: str, start: int) -> tuple[int, Qualifier | None]:
    """Extend a duration starting at ``start`` over a qualifier written just before it."""
    if start == 0 or not text[start - 1].isspace():
        return start, None  # the pattern ends in spaces (``isspace`` covers every ``\s``)
    lo = max(0, start - 30)
    if not text[lo:start].rstrip().endswith(_QUALIFIER_ENDS):
        return start, None  # no qualifier's last word before the spaces
    q = _qualifier_just_before().search(text, lo, start)
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


def _lasting_lead(text: str, start: int, prev: str) -> bool:
    """A verb of lasting or needing before a lone unit, right before it or before its
    subject: استمر ساعة، استمر الاجتماع ساعة، بحاجة إلى أسبوع، يحتاج إلى شهر."""
    if prev in _LASTING_VERBS:
        return True
    if not prev or start <= len(prev):
        return False
    before = _strip_clitic(_previous_word(text, text.rfind(prev, 0, start)))
    if prev == "الي":
        return before in _NEEDING_WORDS
    return prev.startswith("ال") and before in _LASTING_VERBS


def _lone_singular(text: str, m: regex.Match[str]) -> bool:
    """A singular unit standing for one of it: لمدة أسبوع، منذ عام، خلال ساعة.

    Only after a word of extent (لمدة، طيلة، منذ، خلال) and not heading a genitive
    (خلال شهر رمضان، منذ يوم الجمعة، طوال العام الدراسي).
    """
    if m.group("bare") is None or m.group("bplus") is not None:
        return False
    prev = _strip_clitic(_previous_word(text, m.start("body")))
    if prev not in _SINGULAR_LEADS and not _lasting_lead(text, m.start("body"), prev):
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


#: Words before a lone decade (عقد، عقدين) that make it a length of time, besides the
#: singular leads (منذ عقدين، على مدى عقد، قرابة عقدين).
_DECADE_LEADS = _SINGULAR_LEADS | normalized_set(("مدى", "مدار", "من", "حوالي", "زهاء"))
#: Words around a counted عقود that make them contracts (وقعت ثلاثة عقود مع ...).
_CONTRACT_BEFORE = normalized_set(
    (
        *("وقع", "وقعت", "توقيع", "أبرم", "أبرمت", "إبرام", "منح", "منحت", "منحها"),
        *("بموجب", "قيمة", "إجمالي", "مجموع", "عدد"),
    )
)
_AFTER_DECADE = normalized_set(
    ("من", "مضى", "كامل", "كاملا", "تقريبا", "أو", "او", "ونصف", "واحد", "على", "وأكثر", "ونيف")
)
_CONTRACT_AFTER = normalized_set(
    ("مع", "بقيمة", "لتوريد", "لشراء", "لبناء", "لتنفيذ", "جديدة", "عمل", "تجارية", "عسكرية")
)


def _decade_lead(text: str, m: regex.Match[str]) -> bool:
    """A lone decade word (عقد، عقدين، عقد ونصف) is a length of time only after a lead of
    extent (منذ عقدين، على مدى عقد) or before من الزمن; عقد alone is also a contract
    or the verb "held"."""
    after = _NEXT_WORD.match(text, m.end("body"))
    if after is not None and text.startswith(("الزمن", "الزمان"), _skip_word(text, after.end())):
        return True
    if _strip_clitic(_previous_word(text, m.start("body"))) not in _DECADE_LEADS:
        return False
    # بعد عقد جلسة، خلال عقد مؤتمر: عقد heading a noun is "holding"
    return m.group("bare") != "عقد" or after is None or after.group(1) in _AFTER_DECADE


def _contract_like(original: str, start: int, end: int) -> bool:
    """Whether a counted decade word reads as contracts: a signing word before the number
    or a contract's complement after the unit (ثلاثة عقود مع الشركة)."""
    before = _strip_clitic(normalize(_previous_word(original, start)))
    if before in _CONTRACT_BEFORE:
        return True
    after = _NEXT_WORD.match(original, end)
    return after is not None and normalize(after.group(1)) in _CONTRACT_AFTER


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
            if m.group("paren") is not None:  # (16) يوما: the span opens at the bracket
                open_at = text.rfind("(", max(0, start - 3), start)
                if open_at < 0 or text[open_at + 1 : start].strip():
                    continue
                start = open_at
            unit, _, size = found
            if size != 1 and _contract_like(text, start, m.end("body")):
                continue  # قيمة 22 عقدا: contracts, not decades
            raw = m.group("num")
            value: int | float = float(raw) if "." in raw else int(raw)
            if m.group("plus"):
                value = value + _FRACTIONS[m.group("plus")]
            yield _Span(start, m.end("body"), value * size, unit, qual)
        elif m.group("dunit") is not None:
            plural = m.group("cunit")
            found = _unit_of(_squash(plural) if plural is not None else m.group("dunit")[2:])
            if found is None:
                continue
            raw = m.group("dnum")
            n = int(raw) if raw is not None else _DEFINITE_COUNTS[m.group("dword")]
            if n < 2:
                continue
            yield _Span(start, m.end("body"), n * found[2], found[0], qual)
        elif m.group("frac") is not None:
            found = _unit_of(_squash(m.group("funit")))
            if found is None or found[1] != 1:
                continue
            value = _FRACTIONS[m.group("frac")] * found[2]
            yield _Span(start, m.end("body"), value, found[0], qual)
        else:
            found = _unit_of(_squash(m.group("bare")))
            if found is None:
                continue
            unit, count, size = found
            if size != 1 and not (qual or _decade_lead(text, m)):
                continue  # عقد / عقدين is also a contract (وقع عقدين): only after a lead
            if m.group("bplus"):
                base = count if count is not None else 0
                if base == 0:
                    continue
                value = (base + _FRACTIONS[m.group("bplus")]) * size
                yield _Span(start, m.end("body"), value, unit, qual)
            elif count == 2:
                yield _Span(start, m.end("body"), 2 * size, unit, qual)
            elif count is None:
                continue  # a bare plural (بعد ساعات، منذ سنوات) is vague: not a duration
            elif m.group("one") is not None:
                yield _Span(start, m.end("body"), size, unit, qual)  # عام واحد، ساعة واحدة
            elif (
                count == 1
                and m.group("bplus") is None
                and (qual or size != 1 or _lone_singular(text, m))
            ):
                yield _Span(start, m.end("body"), size, unit, qual)


def _dates_near(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the dates overlapping ``text[start:end]``, looked for in a small window."""
    ws = max(0, start - 60)
    window = text[ws : min(len(text), end + 60)]
    last = 0
    for pos in _candidates(window, _DATE_STARTS, dates=True):
        pos += ws
        if pos < last:
            continue
        m = _date_match(text, pos)
        if m is None:
            continue
        last = m.end_all
        if m.begin < end and start < m.end_all and _found_from_match(m, text, None):
            yield m.start("body"), m.end("body")


def _in_date(text: str, start: int, end: int) -> bool:
    return any(True for _ in _dates_near(text, start, end))


#: Above one duration per this many characters, dates are scanned once for the whole text.
_DENSE_SPACING = 300




@functools.lru_cache(maxsize=4096)
def _unit_of_written(word: str) -> tuple[DurationUnit, int | None, int] | None:
    """:func:`_unit_of` a word as written in the original text (normalised here)."""
    return _unit_of(normalize(word))


@functools.lru_cache(maxsize=4096)
def _unit_of_phrase(phrase: str) -> tuple[DurationUnit, int | None, int] | None:
    """:func:`_unit_of` a counted noun as written, normalised, its spaces squashed."""
    return _unit_of(_squash(normalize(phrase)))


def _numeral_durations(
    nt: NormalizedText, numbers: Iterable[NumberMention], taken: SpanSet
) -> Iterator[_Span]:
    """Spelled numbers from :mod:`arnews.numerals` followed by a time unit.

    Spans are offsets into ``nt.original``.
    """
    original = nt.original
    for number in numbers:
        if number.kind not in ("cardinal", "fraction") or isinstance(number.value, bool):
            continue
        if taken.overlaps(number.start, number.end):
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
        if unit_found is None or taken.overlaps(number.start, end):
            continue  # ثلاثة سنتين: the dual (read by _own_durations) is the duration
        if unit_found[2] != 1 and _contract_like(original, number.start, end):
            continue  # وقعت ثلاثة عقود: contracts, not decades
        value = number.value
        plus = _FRACTION_AFTER.match(original, end)
        fraction = None if plus is None else _FRACTIONS.get(normalize(plus.group(1)))
        if (
            plus is not None
            and fraction is not None
            and unit_found[1] != 2
            and not taken.overlaps(end, plus.end())
        ):
            value = value + fraction  # ثلاث ساعات ونصف
            end = plus.end()
        value = value * unit_found[2]
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



def _mention(
    original: str, start: int, end: int, span: _Span, qualifier: Qualifier | None
) -> DurationMention:
    """The duration ``span`` read at ``original[start:end]``, with its qualifier."""
    return DurationMention(
        start=start,
        end=end,
        text=original[start:end],
        value=span.value,
        unit=span.unit,
        qualifier=qualifier,
    )

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
    given = None if dates is None else SpanSet((d.start, d.end) for d in dates)
    # Few durations: look for dates around each one. Many (a table, a list): scan the
    # dates once. Either way the cost stays linear in the text.
    found_dates: SpanSet | None = None
    if given is None and len(own) * _DENSE_SPACING > len(text):
        found_dates = SpanSet((f.start, f.end) for f in _iter_found(text, None, nt.words))
    for span in own:
        start, end = nt.span(span.start, span.end)
        if given is not None:
            if given.overlaps(start, end):
                continue
        elif found_dates is None:
            if _in_date(text, span.start, span.end):
                continue
        elif found_dates.overlaps(span.start, span.end):
            continue
        mentions.append(_mention(original, start, end, span, span.qualifier))
    if numbers is None:
        from arnews.numerals import extract_numbers

        numbers = extract_numbers(nt)
    taken = SpanSet((m.start, m.end) for m in mentions)
    spelled = list(_numeral_durations(nt, numbers, taken))
    if given is None and found_dates is None and len(spelled) * _DENSE_SPACING > len(text):
        found_dates = SpanSet((f.start, f.end) for f in _iter_found(text, None, nt.words))
    original_dates = given
    if original_dates is None and found_dates is not None:
        original_dates = SpanSet(nt.span(s, e) for s, e in found_dates.spans)
    for span in spelled:
        if original_dates is None:
            if _original_in_date(original, span.start, span.end):
                continue
        elif original_dates.overlaps(span.start, span.end):
            continue
        start, end = span.start, span.end
        qualifier = span.qualifier
        window_start = max(0, start - 30)
        window = normalize_with_offsets(original[window_start:start])
        q = _qualifier_before().search(window.text)
        if q is not None:
            qualifier = qualifier or _qualifier(q.group(0).strip())
            start = window_start + window.start_of(q.start())
        mentions.append(_mention(original, start, end, span, qualifier))
    # never two overlapping durations: the first, longest one wins
    return tuple(first_longest(mentions, span=lambda d: (d.start, d.end)))


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
