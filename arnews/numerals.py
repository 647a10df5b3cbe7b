"""Numbers in Arabic news text: digits, spelled cardinals, ordinals, percentages,
fractions and vague quantities, with their qualifier and counted noun.

One combined pattern, built once from :mod:`arnews.lexicon.numbers`, scans the
normalised text; a small evaluator turns each matched phrase into its value.

Conventions (see ``docs/numbers.md``):

- ``value`` of a percentage is the number before the sign (15 for ``15%``);
- a fraction is a float (``نصف`` is 0.5), but a fraction of a scale is a cardinal
  (``نصف مليون`` is 500000);
- a vague quantity (``بضع``, ``عشرات``, ``آلاف``) has ``value`` 0 and kind ``vague``;
- a dual of a counted noun (``يومين``) is the cardinal 2 with the dual word as ``unit``;
  definite duals (``الجانبين``) name two known parties and are not reported;
- numbers inside names (``مجموعة العشرين``, ``فرانس 24``), weekday names (``الأحد``,
  ``الاثنين``), month names (``كانون الثاني``) and ``أول من أمس`` are not numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TypeVar, cast

import regex

from arnews.errors import ParseError, check_text
from arnews.lexicon import numbers as lex
from arnews.mentions import NumberKind, NumberMention, Qualifier
from arnews.text import NormalizedText, normalize, normalize_with_offsets

__all__ = ["extract_numbers", "find_numbers", "parse_number", "spell_number"]

_V = TypeVar("_V")


# ---------------------------------------------------------------------------
# Pattern pieces and lookup tables, built from the lexicon on first use (compiling
# the pattern takes tens of milliseconds, which ``import arnews`` should not pay).

_SP = r"[^\S\n]{1,3}"  # one gap between words of a phrase (not across a line)
_SP0 = r"[^\S\n]{0,3}"
_END = r"(?!\w)"
_DIGITS = r"""
    (?:\d{1,3}(?:,\d{3}){1,5}|\d{1,18}(?:\.\d{1,12}|,\d{1,2})?)
    (?![0-9A-Za-z]|[.,/:][0-9])
"""
_SPACES = regex.compile(r"\s+")


def _norm_map(table: Mapping[str, _V]) -> dict[str, _V]:
    return {normalize(word): value for word, value in table.items()}


def _alternation(words: Iterable[str]) -> str:
    """Normalised words as a regex alternation, longest first, spaces flexible."""
    forms = sorted({normalize(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(_SP.join(regex.escape(p) for p in w.split()) for w in forms)


class _Grammar:
    """The compiled pattern and the normalised tables behind it (read-only)."""

    __slots__ = (
        "cardinal_words",
        "fractions",
        "half",
        "ordinal_tens",
        "ordinals",
        "pattern",
        "plural_scales",
        "qual_after",
        "qual_before",
        "quarter",
        "scales",
        "teen_suffixes",
        "token",
    )

    def __init__(self) -> None:
        ones = _norm_map(lex.ONES)
        teen_first = _norm_map(lex.TEEN_FIRST)
        self.teen_suffixes = tuple(normalize(w) for w in lex.TEEN_SUFFIXES)
        # Teens: the first word (3-9 from ONES, or the own forms of 11 and 12) and عشر/عشرة.
        teens: dict[str, int] = {}
        firsts = [*teen_first.items(), *((w, v) for w, v in ones.items() if 3 <= v <= 9)]
        for first, value in firsts:
            if first == normalize("حادي"):
                continue  # الحادي عشر is an ordinal
            for suffix in self.teen_suffixes:
                teens[f"{first} {suffix}"] = 10 + value
        # Every word (or teen pair) that is a number by itself, with its value.
        self.cardinal_words: dict[str, int] = {
            **ones,
            **_norm_map(lex.TENS),
            **_norm_map(lex.HUNDREDS),
            **teens,
        }
        self.scales = _norm_map(lex.SCALES)
        self.plural_scales = frozenset(
            normalize(w) for w in ("آلاف", "ألوف", "ملايين", "مليارات", "بلايين", "تريليونات")
        )
        self.fractions = _norm_map(lex.FRACTIONS)
        self.ordinals = _norm_map(lex.ORDINAL_ONES)
        self.ordinal_tens = _norm_map(lex.ORDINAL_TENS)
        self.qual_before = {
            normalize(w): cast(Qualifier, q) for w, q in lex.QUALIFIERS_BEFORE.items()
        }
        self.qual_after = {
            normalize(w): cast(Qualifier, q) for w, q in lex.QUALIFIERS_AFTER.items()
        }
        self.half = normalize("نصف")
        self.quarter = normalize("ربع")
        self.pattern = self._compile()
        words = _alternation([*self.cardinal_words, *self.scales, self.half, self.quarter])
        self.token = regex.compile(rf"(?P<digits>\d[\d.,]*)|(?P<word>{words}){_END}")

    def _compile(self) -> regex.Pattern[str]:
        number_word = f"(?:{_alternation([*self.cardinal_words, *self.scales])}){_END}"
        scale_word = f"(?:{_alternation(self.scales)}){_END}"
        half_word = f"(?:{_alternation((self.half, self.quarter))}){_END}"
        # A compound: atoms joined by "و" (ثلاثة آلاف وخمسمائة) or followed by a scale
        # (ثلاث مئة ألف). After "و", digits count only with a scale (2 مليون و500 ألف).
        phrase = rf"""
            (?:{_DIGITS}(?:{_SP0}{scale_word})?|{number_word})
            (?:
                {_SP}{scale_word}
              | {_SP}و{_SP0}(?:{number_word}|{half_word}|{_DIGITS}{_SP0}{scale_word})
            ){{0,8}}
        """
        percent = rf"{_SP0}%|{_SP}(?:{_alternation(lex.PERCENT_WORDS)}){_END}"
        fraction = rf"(?:{_alternation(self.fractions)}){_END}(?:{_SP}{scale_word})?"
        vague_second = _alternation(("آلاف", "ألوف", "ملايين", "مليارات", "مئات", "عشر", "عشرة"))
        vague = rf"""
            (?:{_alternation(lex.VAGUE_WORDS)}){_END}
            (?:{_SP}(?:ال)?(?:{vague_second}){_END})?
        """
        indefinite = ("ثاني", "ثان", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
        ordinal = rf"""
            (?:ال|لل)(?:{_alternation(self.ordinals)}){_END}
                (?:{_SP}(?:{_alternation(self.teen_suffixes)}){_END}
                 |{_SP}و{_SP0}(?:{_alternation(self.ordinal_tens)}){_END})?
          | (?:{_alternation(indefinite)}){_END}
          | {regex.escape(normalize("أول"))}{_END}
                (?={_SP}\p{{Arabic}})
                (?!{_SP}(?:{regex.escape(normalize("من"))}|{regex.escape(normalize("أمس"))}){_END})
        """
        dual = rf"(?:{_alternation(lex.COUNTED_DUAL_STEMS)})(?:ين|ان){_END}"
        unit = rf"""
            (?!(?:{_alternation(lex.UNIT_STOPWORDS)}){_END})
            (?!(?:[وفبك]?ال|لل))
            [\u0621-\u063a\u0641-\u064a]{{2,20}}{_END}
        """
        skip = _alternation((*lex.NOT_NUMBERS, *lex.MONTH_WORDS, *lex.NAMES_WITH_NUMBERS))
        return regex.compile(
            rf"""
            (?<!\w)(?<![0-9][.,/:])(?<![A-Za-z]-)
            (?:
                (?:[وفبلك]{{0,2}})(?P<skip>(?:{skip}){_END})
              | (?:[وفب]?(?P<pre>{_alternation(self.qual_before)}){_END}{_SP})?
                (?:
                    (?!لست{_END})[وف]?[بلك]?(?:
                        (?P<vague>{vague})
                      | (?P<frac>{fraction})
                    )
                  | (?!لست{_END})(?:[وف]?[بلك]?|[وف]?(?:بال|لل|ال))
                    (?P<card>{phrase})(?P<pct>{percent})?
                )
                (?:{_SP}(?P<unit>{unit}))?
                (?:{_SP}(?P<post>{_alternation(self.qual_after)}){_END})?
              | [وف]?[بك]?(?P<ord>{ordinal})
              | [وفبلك]{{0,2}}(?P<dual>{dual})
            )
          | %(?P<pctnum>{_DIGITS})
            """,
            regex.VERBOSE,
        )


@functools.cache
def _grammar() -> _Grammar:
    """The grammar, built once per process on first use."""
    return _Grammar()


# ---------------------------------------------------------------------------
# Values.


def _digits_value(digits: str) -> int | float:
    """``1,500`` → 1500, ``3.5`` → 3.5, ``1,5`` (decimal comma) → 1.5."""
    if "," in digits:
        head, _, tail = digits.partition(",")
        if len(tail) == 3 or tail.count(",") or len(tail.split(",")[0]) == 3:
            return int(digits.replace(",", ""))
        digits = f"{head}.{tail}"
    if "." in digits:
        return float(digits)
    return int(digits)


def _tidy(value: int | float) -> int | float:
    """An integral float becomes an int (``1.5 مليون`` is 1500000)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


def _phrase_value(phrase: str) -> tuple[int | float, bool]:
    """Value of a cardinal phrase and whether it is a bare plural scale (vague)."""
    g = _grammar()
    total: int | float = 0
    current: int | float = 0
    last_scale = 1
    words = 0
    bare_plural = False
    for match in g.token.finditer(phrase):
        words += 1
        digits = match.group("digits")
        if digits is not None:
            current += _digits_value(digits)
            continue
        word = _SPACES.sub(" ", match.group("word"))
        if word in g.cardinal_words:
            current += g.cardinal_words[word]
        elif word in g.scales:
            scale, implied = g.scales[word]
            if words == 1 and word in g.plural_scales:
                bare_plural = True
            if scale == 100:
                current = (current or implied) * 100
            else:
                total += (current or implied) * scale
                current = 0
                last_scale = scale
        elif word in (g.half, g.quarter):
            part = 0.5 if word == g.half else 0.25
            if current == 0 and last_scale > 1:
                total += last_scale * part
            else:
                current += part
    return _tidy(total + current), bare_plural


def _fraction_value(phrase: str) -> tuple[int | float, NumberKind]:
    """``نصف`` → (0.5, fraction); ``نصف مليون`` → (500000, cardinal)."""
    g = _grammar()
    for match in g.token.finditer(phrase):
        word = _SPACES.sub(" ", match.group())
        if word in g.scales:
            head = _SPACES.sub(" ", phrase[: match.start()].strip())
            return _tidy(g.fractions[head] * g.scales[word][0]), "cardinal"
    return g.fractions[_SPACES.sub(" ", phrase.strip())], "fraction"


def _ordinal_value(phrase: str) -> int:
    """``الحادي عشر`` → 11, ``الخامس والعشرون`` → 25, ``الأولى`` → 1."""
    g = _grammar()
    body = _SPACES.sub(" ", phrase)
    first, _, rest = body.partition(" ")
    if first.startswith(("لل", "ال")):
        first = first[2:]
    value = g.ordinals[first]
    rest = rest.strip()
    if not rest:
        return value
    if rest in g.teen_suffixes:
        return value + 10
    tens = rest.lstrip("و").strip()
    return value + g.ordinal_tens.get(tens, 0)


# ---------------------------------------------------------------------------
# Public functions.


def extract_numbers(nt: NormalizedText) -> tuple[NumberMention, ...]:
    """Numbers in a normalised text, sorted by start.

    Args:
        nt: the text from :func:`arnews.text.normalize_with_offsets`.

    Returns:
        One :class:`NumberMention` per number, with offsets into ``nt.original``.

    >>> from arnews.text import normalize_with_offsets
    >>> nt = normalize_with_offsets("وصل ٧٠٠ مقاتل")
    >>> [(m.text, m.value, m.unit) for m in extract_numbers(nt)]
    [('٧٠٠', 700, 'مقاتل')]
    """
    g = _grammar()
    found: list[NumberMention] = []
    for match in g.pattern.finditer(nt.text):
        if match.start("skip") >= 0:
            continue
        kind: NumberKind = "cardinal"
        qualifier: Qualifier | None = None
        unit: str | None = None
        value: int | float
        if match.start("pctnum") >= 0:
            start, end = match.start(), match.end()
            value = _tidy(_digits_value(match.group("pctnum")))
            kind = "percent"
        elif match.start("ord") >= 0:
            start, end = match.span("ord")
            value = _ordinal_value(match.group("ord"))
            kind = "ordinal"
        elif match.start("dual") >= 0:
            start, end = match.span("dual")
            value = 2
            unit = nt.original_text(start, end)
        else:
            if match.start("card") >= 0:
                start, end = match.span("card")
                value, bare = _phrase_value(match.group("card"))
                if match.start("pct") >= 0:
                    end = match.end("pct")
                    kind = "percent"
                elif bare:
                    kind, value = "vague", 0
            elif match.start("frac") >= 0:
                start, end = match.span("frac")
                value, kind = _fraction_value(match.group("frac"))
            else:
                start, end = match.span("vague")
                value, kind = 0, "vague"
            if match.start("pre") >= 0:
                qualifier = g.qual_before[_SPACES.sub(" ", match.group("pre"))]
            elif match.start("post") >= 0:
                qualifier = g.qual_after[_SPACES.sub(" ", match.group("post"))]
            if match.start("unit") >= 0 and kind != "percent":
                unit = nt.original_text(*match.span("unit"))
        orig_start, orig_end = nt.span(start, end)
        found.append(
            NumberMention(
                start=orig_start,
                end=orig_end,
                text=nt.original[orig_start:orig_end],
                value=value,
                kind=kind,
                qualifier=qualifier,
                unit=unit,
            )
        )
    return tuple(found)


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Numbers written in ``text``, in digits or words, sorted by start.

    Args:
        text: any string (an article, a sentence); never raises on content.

    Returns:
        A tuple of :class:`~arnews.mentions.NumberMention`.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(m.text, m.value, m.qualifier) for m in find_numbers("أودى بحياة أكثر من 280 ألف شخص")]
    [('280 ألف', 280000, 'more_than')]
    """
    return extract_numbers(normalize_with_offsets(check_text(text)))


def parse_number(phrase: str) -> int | float:
    """The value of one whole number phrase.

    Args:
        phrase: a number in digits or words, such as ``ثلاثة آلاف وخمسمائة`` or ``١٥٪``.

    Returns:
        Its value (a percentage gives the number before the sign).

    Raises:
        ParseError: ``phrase`` is not exactly one number.
        TypeError: ``phrase`` is not a ``str``.

    >>> parse_number("ثلاثة آلاف وخمسمائة")
    3500
    """
    check_text(phrase, "phrase")
    nt = normalize_with_offsets(phrase.strip())
    mentions = extract_numbers(nt)
    if len(mentions) == 1:
        m = mentions[0]
        if m.start == 0 and m.end == len(nt.original) and m.kind != "vague":
            return m.value
    raise ParseError(f"not a number phrase: {phrase!r}")


_SPELL_ONES = (
    "",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
)
_SPELL_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_SPELL_HUNDREDS = (
    "",
    "مئة",
    "مئتان",
    "ثلاثمئة",
    "أربعمئة",
    "خمسمئة",
    "ستمئة",
    "سبعمئة",
    "ثمانمئة",
    "تسعمئة",
)
# (value, singular, dual, plural used after 3-10)
_SPELL_SCALES = (
    (10**12, "تريليون", "تريليونان", "تريليونات"),
    (10**9, "مليار", "ملياران", "مليارات"),
    (10**6, "مليون", "مليونان", "ملايين"),
    (1000, "ألف", "ألفان", "آلاف"),
)


def _spell_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_SPELL_HUNDREDS[hundreds])
    if rest:
        if rest <= 10:
            parts.append(_SPELL_ONES[rest])
        elif rest == 11:
            parts.append("أحد عشر")
        elif rest == 12:
            parts.append("اثنا عشر")
        elif rest < 20:
            parts.append(f"{_SPELL_ONES[rest - 10]} عشر")
        else:
            tens, ones = divmod(rest, 10)
            parts.append(f"{_SPELL_ONES[ones]} و{_SPELL_TENS[tens]}" if ones else _SPELL_TENS[tens])
    return " و".join(parts)


def spell_number(n: int) -> str:
    """``n`` written in Arabic words (nominative, masculine counting forms).

    Args:
        n: a whole number from 0 to 999 999 999 999 999.

    Returns:
        The number in words, largest part first, parts joined with ``و``.

    Raises:
        TypeError: ``n`` is not an ``int``.
        ValueError: ``n`` is negative or too large.

    >>> spell_number(3500)
    'ثلاثة آلاف وخمسمئة'
    >>> spell_number(2_000_025)
    'مليونان وخمسة وعشرون'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be int, not {type(n).__name__}")
    if n < 0 or n >= 10**15:
        raise ValueError(f"n must be between 0 and 10**15 - 1, not {n}")
    if n == 0:
        return "صفر"
    parts = []
    rest = n
    for scale, singular, dual, plural in _SPELL_SCALES:
        count, rest = divmod(rest, scale)
        if not count:
            continue
        if count == 1:
            parts.append(singular)
        elif count == 2:
            parts.append(dual)
        elif count <= 10:
            parts.append(f"{_spell_below_1000(count)} {plural}")
        else:
            parts.append(f"{_spell_below_1000(count)} {singular}")
    if rest:
        parts.append(_spell_below_1000(rest))
    return " و".join(parts)
