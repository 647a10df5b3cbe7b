"""Numbers in Arabic news text: digits, spelled cardinals, ordinals, percentages,
fractions and vague quantities, with their qualifier and counted noun.

One combined pattern is built from :mod:`arnews.lexicon.numbers` on first use. It is
not scanned over the whole text: the words that can open a number (and the words with
digits) are located first with C-level string operations, and the pattern is matched,
anchored, only there (and at a qualifier just before). The pattern is written so that
both the standard ``re`` and ``regex`` read it; ``re`` runs it (several times faster),
``regex`` only on a text with a character the two class differently. A small evaluator
turns each matched phrase into its value.

Conventions (see ``docs/numbers.md``):

- ``value`` of a percentage is the number before the sign (15 for ``15%``);
- a fraction is a float (``نصف`` is 0.5), but a fraction of a scale is a cardinal
  (``نصف مليون`` is 500000);
- a vague quantity (``بضع``, ``عشرات``, ``آلاف``) has ``value`` 0 and kind ``vague``;
- a dual of a counted noun (``يومين``) is the cardinal 2 with the dual word as ``unit``;
  definite duals (``الجانبين``) name two known parties and are not reported;
- ``أحد``/``إحدى`` count only inside 11 and 21-91; ``عدة``/``بضع`` only before a noun;
- numbers inside names (``مجموعة العشرين``, ``فرانس 24``, ``آل ثاني``), weekday names
  (``الأحد``, ``الاثنين``), month names (``كانون الثاني``), fixed expressions (``أول من
  أمس``, ``في آن واحد``) and telephone numbers are not numbers.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Literal, cast

import regex

from arnews.errors import ParseError, check_text
from arnews.lexicon import numbers as lex
from arnews.lexicon import units
from arnews.mentions import NumberKind, NumberMention, Qualifier
from arnews.text import (
    NormalizedText,
    alternation,
    normalize,
    normalize_with_offsets,
    normalized_map,
)

__all__ = [
    "NumbersRead",
    "dot_grouping",
    "extract_numbers",
    "find_numbers",
    "parse_number",
    "read_numbers",
    "spell_number",
]

#: What :func:`read_numbers` returns: the mentions, and the span of each in the
#: normalised text (``nt.text``), which the amounts reader starts from.
NumbersRead = tuple[tuple[NumberMention, ...], tuple[tuple[int, int], ...]]


# ---------------------------------------------------------------------------
# Pattern pieces and lookup tables, built from the lexicon on first use (compiling
# the pattern takes tens of milliseconds, which ``import arnews`` should not pay).

_GAP = r"[^\S\n]"  # a space that is not a line break
_SP = _GAP + "{1,3}"  # one gap between words of a phrase (not across a line)
_SP0 = _GAP + "{0,3}"
# The ``\p{Arabic}`` of ``regex`` (the Arabic script), spelled out for ``re``.
_ARABIC_SCRIPT = (
    r"[\u0600-\u0604\u0606-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u063f\u0641-\u064a"
    r"\u0656-\u066f\u0671-\u06dc\u06de-\u06ff\u0750-\u077f\u0870-\u0891\u0897-\u08e1"
    r"\u08e3-\u08ff\ufb50-\ufd3d\ufd40-\ufdcf\ufdf0-\ufdff\ufe70-\ufe74\ufe76-\ufefc"
    r"\U00010e60-\U00010e7e\U00010ec2-\U00010ec7\U00010ed0-\U00010ed8\U00010efa-\U00010eff"
    r"\U0001ee00-\U0001ee03\U0001ee05-\U0001ee1f\U0001ee21\U0001ee22\U0001ee24\U0001ee27"
    r"\U0001ee29-\U0001ee32\U0001ee34-\U0001ee37\U0001ee39\U0001ee3b\U0001ee42\U0001ee47"
    r"\U0001ee49\U0001ee4b\U0001ee4d-\U0001ee4f\U0001ee51\U0001ee52\U0001ee54\U0001ee57"
    r"\U0001ee59\U0001ee5b\U0001ee5d\U0001ee5f\U0001ee61\U0001ee62\U0001ee64"
    r"\U0001ee67-\U0001ee6a\U0001ee6c-\U0001ee72\U0001ee74-\U0001ee77\U0001ee79-\U0001ee7c"
    r"\U0001ee7e\U0001ee80-\U0001ee89\U0001ee8b-\U0001ee9b\U0001eea1-\U0001eea3"
    r"\U0001eea5-\U0001eea9\U0001eeab-\U0001eebb\U0001eef0\U0001eef1]"
)
_END = r"(?!\w)"
# Digits: the agencies' reversed decimal (5ر3 is 3.5), thousands grouped with a comma,
# the Arabic comma, dots or spaces, a leading point (.45), and plain digits with a decimal
# point or a decimal comma. See _digits_value.
_DIGITS = (
    r"""
    (?:[0-9]{1,3}
        (?:ر[0-9]{1,4}(?![0-9])
          |(?:,[0-9]{3}){1,5}(?:\.[0-9]{1,12})?
          |(?:،[0-9]{3}){1,5}(?![0-9])
          |(?:\.[0-9]{3}){2,5}
          |(?:\ [0-9]{3}){1,4}(?![0-9.,،]|"""
    + _GAP
    + r"""*[xX×*]))
      |[0-9]{1,18}(?:\.[0-9]{1,12}|,[0-9]{1,2})?
      |(?<![^\s(«"])\.[0-9]{1,12})
    (?![0-9A-Za-z]|[.,/:][0-9])
"""
)
# The separators inside one grouped number, removed before its value is read.
_GROUP_SEPARATOR = re.compile(r"(?<=[0-9])[ ،](?=[0-9]{3}(?![0-9]))")
_SPACES = re.compile(r"\s+")  # used on matched phrases only, which hold no \x1c-\x1f
_DIGITS_ONLY = re.compile(r"\.?[0-9][0-9.,ر]*")
_DIGIT_RUN = regex.compile(r"[0-9]+")  # ``regex`` skips to a digit faster than ``re``


_norm_map = normalized_map


def _alternation(words: Iterable[str]) -> str:
    """Normalised words as a regex alternation, longest first, spaces flexible."""
    return alternation(words, _SP)


def _behind(phrases: Iterable[str], *, head: str = "", gap: bool = False) -> str:
    """A lookbehind: one of the normalised ``phrases`` (with a gap of 1-3 spaces after it
    when ``gap``) ends here; ``head``, a zero-width test, opens each phrase.

    ``re`` takes only fixed-width lookbehinds, so every gap is written out as 1, 2 or 3
    spaces and the phrases are grouped by width, one lookbehind per width.
    """
    widths: dict[int, list[str]] = {}
    for phrase in sorted({normalize(p) for p in phrases}):
        words = phrase.split()
        gaps = len(words) - 1 + gap
        for sizes in itertools.product((1, 2, 3), repeat=gaps):
            parts = [re.escape(words[0])]
            width = len(words[0])
            for size, word in zip(sizes, [*words[1:], ""], strict=False):
                parts.append(_GAP * size + re.escape(word))
                width += size + len(word)
            widths.setdefault(width, []).append("".join(parts))
    behind = (f"(?<={head}(?:{'|'.join(alts)}))" for _, alts in sorted(widths.items()))
    return f"(?:{'|'.join(behind)})"


class _Grammar:
    """The compiled patterns and the normalised tables behind them (read-only)."""

    __slots__ = (
        "cardinal_words",
        "decimal_words",
        "definite_number_words",
        "dual_construct",
        "fallback",
        "fraction_definite",
        "fractions",
        "groups",
        "half",
        "half_spoken",
        "named_before_digits",
        "named_second_words",
        "ordinal_tens",
        "ordinals",
        "pattern",
        "plural_scales",
        "qual_after",
        "qual_back",
        "qual_before",
        "qual_last",
        "qual_tails",
        "quarter",
        "regnal_names",
        "regnal_titles",
        "scales",
        "scales_after_count",
        "sign_words",
        "source",
        "teen_suffixes",
        "thousands_nouns",
        "time_plurals",
        "token",
        "token_words",
        "triggers",
        "vague_needs_noun",
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
            **_norm_map(lex.TEENS_SPOKEN),
        }
        self.scales = _norm_map(lex.SCALES)
        self.scales_after_count = frozenset(normalize(w) for w in lex.SCALES_AFTER_COUNT)
        self.plural_scales = frozenset(normalize(w) for w in lex.PLURAL_SCALES)
        self.fractions = _norm_map(lex.FRACTIONS)
        self.fraction_definite = _norm_map(lex.FRACTIONS_BEFORE_DEFINITE)
        self.half_spoken = frozenset(normalize(w) for w in lex.HALF_SPOKEN)
        self.decimal_words = frozenset(normalize(w) for w in lex.DECIMAL_WORDS)
        self.sign_words = frozenset(normalize(w) for w in lex.SIGN_WORDS)
        self.time_plurals = frozenset(normalize(w) for w in lex.TIME_PLURALS)
        self.regnal_titles = frozenset(normalize(w) for w in lex.REGNAL_TITLES)
        self.regnal_names = frozenset(normalize(w) for w in lex.REGNAL_NAMES)
        self.named_before_digits = frozenset(normalize(w) for w in lex.DIGITS_NOT_NUMBERS_AFTER)
        self.named_second_words = frozenset(
            name.split()[-1] for name in self.named_before_digits if " " in name
        )
        # Nouns of regional currencies whose usual one has 100 subunits: 25.000 ريال is
        # 25,000 (Gulf and Maghrebi papers group thousands with a dot); a dollar or euro
        # price keeps its decimals (30.586 دولار للأوقية).
        usual = {c.noun: c.minor for c in units.CURRENCIES if c.default and c.region != "world"}
        self.thousands_nouns = frozenset(
            normalize(form)
            for noun, forms in units.CURRENCY_NOUNS.items()
            if usual.get(noun) == 100
            for form in forms
        )
        # Words that, with the article after a definite noun, are ordinals (الذكرى الثلاثين).
        self.definite_number_words = frozenset(
            [*_norm_map(lex.TENS), *_norm_map(lex.HUNDREDS), *map(normalize, lex.SCALES_ORDINAL)]
        )
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
        self.source = self._source()
        self.pattern = re.compile(self.source, re.VERBOSE)
        self.fallback: regex.Pattern[str] | None = None
        self.groups: dict[str, int] = dict(self.pattern.groupindex)
        self.dual_construct = frozenset(normalize(w) for w in lex.DUAL_CONSTRUCT)
        self.vague_needs_noun = frozenset(normalize(w) for w in lex.VAGUE_NEEDS_NOUN)
        self.cardinal_words.update(dict.fromkeys(map(normalize, lex.ONE_BEFORE_TENS), 1))
        parts = [*self.half_spoken, *self.decimal_words, self.half, self.quarter]
        words = _alternation([*self.cardinal_words, *self.scales, *parts])
        self.token_words = frozenset([*self.cardinal_words, *self.scales, *parts])
        self.token = regex.compile(rf"(?P<digits>\.?[0-9][0-9.,ر]*)|(?P<word>{words}){_END}")
        self.triggers = self._triggers()
        # A qualifier that ends right before a number (أكثر من | 280): found by looking
        # back from the number, and only when the word before it can end a qualifier.
        self.qual_last = frozenset(
            f"{prefix}{q.split()[-1]}" for q in self.qual_before for prefix in ("", "و", "ف", "ب")
        )
        self.qual_tails = frozenset(word[-2:] for word in self.qual_last)
        self.qual_back = regex.compile(
            rf"(?<!\w)[وفب]?(?:{_alternation(self.qual_before)}){_SP}\Z", regex.VERBOSE
        )

    def _triggers(self) -> frozenset[str]:
        """Every word (with its clitics) that can open a number phrase or a skipped name.

        The scan looks only at these words and at words with digits, so the full pattern
        runs at a few hundred places per article instead of at every character.
        """
        firsts: set[str] = set()
        tables: tuple[Iterable[str], ...] = (
            self.cardinal_words,
            self.scales,
            self.fractions,
            self.ordinals,
            lex.TEEN_FIRST,
            lex.VAGUE_WORDS,
            lex.NOT_NUMBERS,
            lex.MONTH_WORDS,
            lex.NAMES_WITH_NUMBERS,
            *lex.NOT_NUMBERS_AFTER.values(),
            lex.SIGN_WORDS,
            lex.TEENS_SPOKEN,
            lex.INDEFINITE_ORDINALS_FEMININE,
            lex.FRACTIONS_BEFORE_DEFINITE,
        )
        for table in tables:
            firsts.update(normalize(phrase).split()[0] for phrase in table)
        firsts -= self.scales_after_count  # مية never opens a number (and كمية is common)
        for stem in lex.COUNTED_DUAL_STEMS:
            firsts.update(normalize(stem + ending) for ending in ("ين", "ان"))
        forms: set[str] = set()
        for word in firsts:
            for conj in ("", "و", "ف"):
                forms.add(f"{conj}لل{word}")
                for prep in ("", "ب", "ل", "ك"):
                    forms.add(f"{conj}{prep}{word}")
                    forms.add(f"{conj}{prep}ال{word}")
        return frozenset(forms)

    def _source(self) -> str:
        """The combined pattern, in the syntax both ``re`` and ``regex`` read."""
        # The spoken مية (100) only after a count or a fraction (تلات مية، ربع مية): alone,
        # with a clitic, it is a word such as كمية (quantity).
        openers = [w for w in self.scales if w not in self.scales_after_count]
        number_word = f"(?:{_alternation([*self.cardinal_words, *openers])}){_END}"
        tens = f"(?:{_alternation(lex.TENS)}){_END}"
        # أحد and إحدى are numbers only inside 11 (أحد عشر) and 21-91 (إحدى وعشرون).
        # (واحد وعشرون is read as واحد, not as the clitic و and أحد.)
        one_and_tens = rf"(?:{_alternation(lex.ONE_BEFORE_TENS)}){_SP}و{_SP0}{tens}"
        scale_word = f"(?:{_alternation(self.scales)}){_END}"
        half_word = f"(?:{_alternation((self.half, self.quarter, *self.half_spoken))}){_END}"
        # A spoken decimal: اثنان فاصلة خمسة، 3 فاصل 75 (the digits after the point).
        digit_word = f"(?:{_alternation(w for w, v in lex.ONES.items() if 0 <= v <= 9)}){_END}"
        decimal = rf"""
            {_SP}(?:{_alternation(self.decimal_words)}){_END}{_SP}
            (?:[0-9]{{1,6}}(?![0-9.,])|{digit_word}(?:{_SP}{digit_word}){{0,5}})
        """
        # A compound: atoms followed by a scale (ثلاث مئة ألف) or joined by "و" where
        # Arabic joins them: a unit and its tens (ثلاث وخمسون), or whatever follows a
        # hundred or a scale (ثلاثة آلاف وخمسمائة، 2 مليون و500 ألف). Two units or two
        # plain numbers joined by و are two numbers (بين ثلاث وخمس سنوات، 15 و20).
        units = [w for w, v in lex.ONES.items() if 1 <= v <= 9]
        big = [*lex.HUNDREDS, *lex.SCALES]
        phrase = rf"""
            (?:{_DIGITS}(?:{_SP0}{scale_word})?|(?<!و){one_and_tens}|{number_word})
            (?:
                {_SP}{scale_word}
              | {_SP}و{_SP0}{half_word}(?:{_SP}ال{scale_word})?
              | {_behind(units)}{_SP}و{_SP0}{tens}
              | {decimal}
              | {_behind(big)}{_SP}و{_SP0}
                (?:{one_and_tens}|{number_word}|{_DIGITS}(?:{_SP0}{scale_word})?)
            ){{0,24}}
        """
        percent = rf"{_SP0}%|{_SP}(?:{_alternation(lex.PERCENT_WORDS)}){_END}"
        fraction = rf"(?:{_alternation(self.fractions)}){_END}(?:{_SP}{scale_word})?"
        # خمس التمويل (a fifth of the funding), not خمس آلاف nor خمس السنوات.
        counts = [*self.cardinal_words, *self.scales, *lex.VAGUE_WORDS]
        number_after = rf"(?:{_alternation(counts)}){_END}"
        fraction_of = rf"""
            (?:{_alternation(self.fraction_definite)}){_END}
            (?={_SP}(?!{number_after})ال[\u0621-\u064a]{{2,20}}(?<!ات|ين|ون){_END})
            (?!{_SP}(?:{_alternation(self.time_plurals)}){_END})
        """
        vague_second = _alternation(("آلاف", "ألوف", "ملايين", "مليارات", "مئات", "عشر", "عشرة"))
        vague = rf"""
            (?:{_alternation(lex.VAGUE_WORDS)}){_END}
            (?:{_SP}(?:ال)?(?:{vague_second}){_END})?
        """
        # The article only on the plural scales (تظاهر الآلاف), never on عدة (العدة, gear).
        plural_vague = _alternation(lex.VAGUE_WORDS_DEFINITE)
        definite_vague = rf"(?:[بك]?ال|لل)(?=(?:{plural_vague}){_END})"
        teen = f"(?:{_alternation(self.teen_suffixes)}){_END}"
        ordinal_word = rf"""
            (?:{_alternation(self.ordinals)}){_END}
            (?:{_SP}{teen}|{_SP}و{_SP0}(?:{_alternation(self.ordinal_tens)}){_END})?
        """
        # 100 and 1000 in definite ordinals: الثاني بعد المئة (102)، المئة والحادية عشرة (111).
        hundred = f"(?:{_alternation(lex.SCALES_ORDINAL)}){_END}"
        feminine = _alternation(lex.INDEFINITE_ORDINALS_FEMININE)
        # a word in ه (a feminine noun) and a gap right before
        after_feminine = "|".join(rf"(?<=[\u0621-\u064a]ه{_GAP * n})" for n in (1, 2, 3))
        after_feminine = f"(?:{after_feminine})"
        # المئة والحادية عشرة is one ordinal, not the cardinal المئة.
        hundred_ordinal = rf"(?!{hundred}{_SP}و{_SP0}ال(?:{_alternation(self.ordinals)}){_END})"
        ordinal = rf"""
            (?:ال|لل){hundred}{_SP}و{_SP0}ال{ordinal_word}
          | (?:ال|لل){ordinal_word}(?:{_SP}بعد{_SP}ال{hundred})?
          | (?:{_alternation(lex.INDEFINITE_ORDINALS)}){_END}(?:{_SP}عشر{_END})?
          | {regex.escape(normalize("حادي"))}{_SP}عشر{_END}
          | {after_feminine}(?:{feminine}){_END}(?:{_SP}عشره{_END})?
                (?!{_SP}واحده{_END})
          | {regex.escape(normalize("أول"))}{_END}
                (?={_SP}{_ARABIC_SCRIPT})
                (?!{_SP}(?:{regex.escape(normalize("من"))}|{regex.escape(normalize("أمس"))}){_END})
          | {regex.escape(normalize("أولى"))}{_END}
                (?={_SP}(?:ال|[\u0621-\u064a]{{2,20}}(?:ه|ها|هم|هما|نا|كم|هن){_END}))
          | {after_feminine}{regex.escape(normalize("أولى"))}{_END}
        """
        dual = rf"(?:{_alternation(lex.COUNTED_DUAL_STEMS)})(?:ين|ان){_END}"
        # A unit is neither a stop word nor the next number (بين ثلاث وخمس سنوات).
        stop = rf"(?!(?:{_alternation(lex.UNIT_STOPWORDS)}){_END}|[وف]?[بلك]?{number_word})"
        letters = rf"[\u0621-\u063a\u0641-\u064a]{{2,20}}{_END}"
        # The counted noun after a number is indefinite (15 شخصا); after a vague
        # quantity or a fraction it is usually definite (آلاف الأشخاص، نصف السكان).
        # (و then a verb prefix opens a new clause: قتل 15 وأصيب 20)
        unit = rf"{stop}(?!(?:[وفبك]?ال|لل|و[اتين])){letters}"
        stop_words = _alternation(lex.UNIT_STOPWORDS)
        unit_any = rf"{stop}(?!(?:[وفبك]?ال|لل)?(?:{stop_words}){_END}|و[اتين]){letters}"
        skip = _alternation((*lex.NOT_NUMBERS, *lex.MONTH_WORDS, *lex.NAMES_WITH_NUMBERS))
        after = "|".join(
            _behind([before], head=r"(?<!\w)", gap=True) + f"(?:{_alternation(words)})"
            for before, words in lex.NOT_NUMBERS_AFTER.items()
        )
        signs = _alternation(self.sign_words)
        not_digit_dash = "".join(f"(?<![0-9]{_GAP * n}-)" for n in range(4))  # 3 - 2 is no sign
        # A telephone number: a leading 0 and at least 7 digits, or + and digit groups.
        phone = r"0[0-9]{6,14}(?![0-9])|\+[0-9]{1,4}(?:[\ -]?[0-9]{2,6}){1,5}(?![0-9])"
        # Alternatives that open with a letter fail at once on digits, without trying
        # each word of their alternation.
        word = r"(?=[^\W\d])"
        return rf"""
            (?<!\w)(?<![0-9][.,/:])(?<![A-Za-z\u0621-\u064a]-)
            (?:
                {word}(?:[وفبلك]{{0,2}})(?P<skip>(?:{skip}|{after}){_END})
              | (?P<phone>{phone})
              | (?:{word}[وفب]?(?P<pre>{_alternation(self.qual_before)}){_END}{_SP})?
                (?:
                    {word}(?!لست{_END})[وف]?(?:[بلك]|{definite_vague})?(?P<vague>{vague})
                    (?:{_SP}(?P<vunit>{unit_any}))?
                  | {word}(?!لست{_END})[وف]?(?:(?P<fdef>[بك]?ال|لل)|[بلك])?
                    (?P<frac>{fraction}|{fraction_of})
                    (?(fdef)(?!{_SP}(?:ال|لل)))
                    (?:{_SP}(?P<funit>{unit_any}))?
                  | (?!لست{_END})(?:[وف]?[بلك]?|[وف]?(?:بال|لل|ال){hundred_ordinal})
                    (?P<neg>-{not_digit_dash}(?=[0-9.])|(?:{signs}){_SP})?
                    (?P<card>{phrase})(?P<pct>{percent})?(?:{_SP}(?P<unit>{unit}))?
                )
                (?:{_SP}(?P<post>{_alternation(self.qual_after)}){_END})?
              | {word}[وف]?[بكل]?(?P<ord>{ordinal})
              | {word}[وفبلك]{{0,2}}(?P<dual>{dual})
            )
          | %(?P<pctnum>{_DIGITS})
            """


@functools.cache
def _grammar() -> _Grammar:
    """The grammar, built once per process on first use."""
    return _Grammar()


# ``re`` runs the grammar several times faster than ``regex``, and reads it alike except
# where the two class a character differently: ``\w`` (combining marks, ``²``), ``\d``
# (digits newer than Python's Unicode tables) and ``\s`` (\x1c-\x1f). A text with such
# a character is read with ``regex``.
_CLASSES = (r"\w", r"\d", r"\s")
# The blocks news text is written in (Latin, Arabic, punctuation, currency signs).
_USUAL_BLOCKS = ((0x0000, 0x0250), (0x0600, 0x0700), (0x2000, 0x2070), (0x20A0, 0x20D0))


def _same_in_both(chars: str) -> str:
    """The characters of ``chars`` that ``re`` and ``regex`` class alike."""
    found = [(set(re.findall(c, chars)), set(regex.findall(c, chars))) for c in _CLASSES]
    return "".join(c for c in chars if all((c in a) == (c in b) for a, b in found))


@functools.cache
def _unusual() -> re.Pattern[str]:
    """A character outside the usual blocks or classed differently by the two engines."""
    same = _same_in_both("".join(chr(c) for low, high in _USUAL_BLOCKS for c in range(low, high)))
    runs: list[list[str]] = []  # runs of consecutive characters, written as ranges
    for char in same:
        if runs and ord(char) == ord(runs[-1][-1]) + 1:
            runs[-1][-1] = char
        else:
            runs.append([char, char])
    ranges = "".join(f"\\U{ord(a):08x}-\\U{ord(b):08x}" for a, b in runs)
    return re.compile(f"[^{ranges}]")


_SAME_IN_BOTH: set[str] = set()  # unusual characters found alike so far


def _pattern(g: _Grammar, text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The grammar's pattern for ``text``: ``re``'s, or ``regex``'s when they would differ."""
    if _unusual().search(text) is None:
        return g.pattern
    new = "".join(set(text).difference(_SAME_IN_BOTH))
    same = _same_in_both(new)
    _SAME_IN_BOTH.update(same)
    if len(same) == len(new):
        return g.pattern
    if g.fallback is None:
        g.fallback = regex.compile(g.source, regex.VERBOSE)
    return g.fallback


# ---------------------------------------------------------------------------
# Values.


def _digits_value(digits: str) -> int | float:
    """``1,500`` → 1500, ``3.5`` → 3.5, ``1,5`` (decimal comma) → 1.5, ``1.500.000`` → 1500000.

    Also ``2 500 000`` and ``2،500`` (grouped thousands), ``.45`` (0.45) and the agencies'
    reversed decimal ``5ر3`` (3.5: the digits after ر are the whole part).
    """
    if "ر" in digits:
        fraction, _, whole = digits.partition("ر")
        return float(f"{whole}.{fraction}")
    if " " in digits or "،" in digits:
        digits = _GROUP_SEPARATOR.sub("", digits)
    if "," in digits:
        head, _, tail = digits.partition(",")
        if len(tail) == 3 or tail.count(",") or "." in tail or len(tail.split(",")[0]) == 3:
            digits = digits.replace(",", "")  # thousands separators
        else:
            digits = f"{head}.{tail}"  # a decimal comma
    elif digits.count(".") > 1:
        return int(digits.replace(".", ""))  # dots between thousands
    if "." in digits:
        return float(digits)
    return int(digits)


_ONE_DOT_GROUP = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def dot_grouping(digits: str, minor: int | None) -> int | float | None:
    """The value of ``1.500``-style digits before a currency, or None when the rule does not apply.

    One dot followed by exactly three digits is ambiguous: Gulf and Maghrebi papers group
    thousands with a dot (``25.000 ريال`` is 25,000), while the currencies with 1,000
    subunits write three decimals (``1.500 دينار كويتي`` is 1.5). The currency decides:
    with 100 subunits to the unit the dot groups thousands, with 1,000 it is a decimal
    point. ``minor`` None (no currency known) leaves the decimal reading.

    >>> dot_grouping("25.000", 100), dot_grouping("1.500", 1000), dot_grouping("2.5", 100)
    (25000, 1.5, None)
    """
    if not _ONE_DOT_GROUP.fullmatch(digits) or minor is None:
        return None
    if minor == 100:
        return int(digits.replace(".", ""))
    return _tidy(float(digits))


def _tidy(value: int | float) -> int | float:
    """An integral float becomes an int (``1.5 مليون`` is 1500000)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


def _phrase_words(g: _Grammar, phrase: str) -> list[tuple[str, bool]]:
    """The words of a matched cardinal phrase, teens as one word, each with whether و
    joins it to the word before.

    ``ثلاثة عشر ألفا و٥٠٠`` → ``[("ثلاثه عشر", False), ("الفا", False), ("500", True)]``.
    Splitting on spaces is much faster than the token pattern, which is kept for the
    rare glued forms (``500ألف``) and odd spacing.
    """
    known = g.token_words
    parts = phrase.split()
    out: list[tuple[str, bool]] = []
    i = 0
    joined = False
    while i < len(parts):
        word = parts[i]
        i += 1
        if word == "و":
            joined = True
            continue
        if word not in known and word[0] == "و":
            word = word[1:]
            joined = True
        if word in known:
            if i < len(parts) and parts[i] in g.teen_suffixes:
                teen = f"{word} {parts[i]}"
                if teen in known:
                    word = teen
                    i += 1
            out.append((word, joined))
        elif word.isdecimal() or _DIGITS_ONLY.fullmatch(word):
            out.append((word, joined))
        elif (
            out and out[-1][0] in (g.half, g.quarter) and word[:2] == "ال" and word[2:] in g.scales
        ):
            pass  # مليون ونصف المليون: the scale repeated after the fraction
        else:
            return _token_words(g, phrase)
        joined = False
    return out


def _token_words(g: _Grammar, phrase: str) -> list[tuple[str, bool]]:
    """:func:`_phrase_words` by the token pattern: و between two tokens joins them."""
    out: list[tuple[str, bool]] = []
    previous_end = 0
    for m in g.token.finditer(phrase):
        joined = bool(out) and "و" in phrase[previous_end : m.start()]
        out.append((_SPACES.sub(" ", m.group()), joined))
        previous_end = m.end()
    return out


def _phrase_value(phrase: str) -> tuple[int | float, bool]:
    """Value of a cardinal phrase and whether it is a bare plural scale (vague)."""
    g = _grammar()
    if phrase in g.cardinal_words:  # the common cases: one word (or a teen)
        return g.cardinal_words[phrase], False
    if phrase in g.scales:
        scale, implied = g.scales[phrase]
        return scale * implied, phrase in g.plural_scales
    total: int | float = 0
    current: int | float = 0
    last_scale = 1
    group: int | float = 0  # what the last scale word added to the total
    after_scale = False
    words = 0
    bare_plural = False
    decimals: str | None = None  # the digits read after a spoken decimal point
    if " " in phrase or "،" in phrase:
        phrase = _GROUP_SEPARATOR.sub("", phrase)
    for word, joined in _phrase_words(g, phrase):
        words += 1
        if decimals is not None and word not in g.scales:
            # Rule spoken_decimal: اثنان فاصلة خمسة = 2.5
            decimals += word if word[0].isdecimal() else str(g.cardinal_words.get(word, ""))
            continue
        if decimals is not None:
            current += float(f"0.{decimals or 0}")
            decimals = None
        if word[0].isdecimal() or word[0] == ".":
            current += _digits_value(word)
            after_scale = False
            continue
        if word in g.decimal_words:
            decimals = ""
            continue
        if word in g.cardinal_words:
            current += g.cardinal_words[word]
        elif word in g.scales:
            scale, implied = g.scales[word]
            if words == 1 and word in g.plural_scales:
                bare_plural = True
            if scale == 100:
                current = (current or implied) * 100
            elif after_scale and not joined and current == 0:
                # ألف مليون, ألف ألف: a scale counting the one before it (10**9, 10**6)
                total += group * scale - group
                group *= scale
                last_scale = scale
            else:
                group = (current or implied) * scale
                total += group
                current = 0
                last_scale = scale
            after_scale = scale > 100
            continue
        elif word in (g.half, g.quarter) or word in g.half_spoken:
            part = 0.25 if word == g.quarter else 0.5
            if current == 0 and last_scale > 1:
                total += last_scale * part
            else:
                current += part
        after_scale = False
    if decimals is not None:
        current += float(f"0.{decimals or 0}")
    return _tidy(total + current), bare_plural


def _fraction_value(phrase: str) -> tuple[int | float, NumberKind]:
    """``نصف`` → (0.5, fraction); ``نصف مليون`` → (500000, cardinal)."""
    g = _grammar()
    for match in g.token.finditer(phrase):
        word = _SPACES.sub(" ", match.group())
        if word in g.scales:
            head = _SPACES.sub(" ", phrase[: match.start()].strip())
            return _tidy(g.fractions[head] * g.scales[word][0]), "cardinal"
    word = _SPACES.sub(" ", phrase.strip())
    return g.fractions.get(word) or g.fraction_definite[word], "fraction"


_HUNDRED_ORDINALS = {normalize(w): lex.SCALES[w][0] for w in lex.SCALES_ORDINAL}


def _ordinal_value(phrase: str) -> int:
    """``الحادي عشر`` → 11, ``الخامس والعشرون`` → 25, ``الأولى`` → 1, ``ثاني عشر`` → 12,
    ``الثاني بعد المئة`` → 102, ``المئة والحادية عشرة`` → 111."""
    g = _grammar()
    words = [w for w in _SPACES.sub(" ", phrase).split() if w != "و"]

    def bare(word: str) -> str:
        return word[2:] if word.startswith(("لل", "ال")) else word

    total = 0
    if len(words) > 1 and bare(words[0]) in _HUNDRED_ORDINALS:
        total = _HUNDRED_ORDINALS[bare(words[0])]
        words = [words[1].removeprefix("و"), *words[2:]]
    value = g.ordinals[bare(words[0])]
    rest = words[1:]
    if rest and rest[0] in g.teen_suffixes:
        value += 10
        rest = rest[1:]
    elif rest and rest[0] != "بعد":
        value += g.ordinal_tens.get(rest[0].removeprefix("و"), 0)
        rest = rest[1:]
    if len(rest) == 2 and rest[0] == "بعد":
        total += _HUNDRED_ORDINALS.get(bare(rest[1]), 0)
    return total + value


# ---------------------------------------------------------------------------
# Public functions.


def _words_before(text: str, pos: int, count: int) -> list[str]:
    """The ``count`` words right before ``pos`` on the same line, nearest last."""
    head = text[max(0, pos - 16 * count) : pos]
    line = head.rfind("\n")
    return head[line + 1 :].split()[-count:]


def _regnal_name(g: _Grammar, text: str, start: int) -> bool:
    """Rule ``regnal_name``: a definite ordinal after a ruler's name is part of the name.

    الحسن الثاني، عبدالله الثاني، لويس الرابع عشر، البابا بنديكت السادس عشر: the word
    before is a known regnal name, or a title (الملك، البابا) stands up to three words
    before and the word right before is a bare name (no article, no preposition).
    """
    before = _words_before(text, start, 4)
    if not before:
        return False
    last = before[-1]
    if last in g.regnal_names or " ".join(before[-2:]) in g.regnal_names:
        return True
    if last.startswith(("ال", "لل", "ب", "ل", "و")) or not last.isalpha():
        return False
    return any(word.removeprefix("و") in g.regnal_titles for word in before[:-1])


def _named_number(g: _Grammar, text: str, start: int) -> bool:
    """Rule ``named_number``: digits right after a name word are part of the name.

    رؤية 2030، رؤية المملكة 2030، خليجي 24، إس 400، إف 35 (the word may carry و، ب or ل).
    Called for every short digit string, so it reads the word before with ``rfind``.
    """
    if start < 3 or text[start - 1] != " ":
        return False
    cut = text.rfind(" ", max(0, start - 24), start - 1)
    last = text[cut + 1 : start - 1]
    names = g.named_before_digits
    if last in names or (last[:1] in "وبل" and last[1:] in names):
        return True
    if last not in g.named_second_words or cut < 1:
        return False
    head = text.rfind(" ", max(0, cut - 24), cut)
    pair = text[head + 1 : start - 1]
    return pair in names or (pair[:1] in "وبل" and pair[1:] in names)


def _definite_ordinal(g: _Grammar, text: str, start: int, card: str) -> bool:
    """Rule ``definite_cardinal_ordinal``: الذكرى الثلاثين، للمرة المئة are ordinals.

    A tens, hundred or thousand word with the article right after a definite singular
    noun is an ordinal; after a plural of time (السنوات العشرين الماضية) it stays a
    cardinal.
    """
    if card not in g.definite_number_words or text[start - 2 : start] not in ("ال", "لل"):
        return False
    before = _words_before(text, start - 2, 1)
    if not before:
        return False
    noun = before[-1].removeprefix("و").removeprefix("ف")
    if not noun.startswith(("ال", "لل", "بال")) or noun.endswith(("ات", "ين", "ون")):
        return False
    return noun not in g.time_plurals and noun.removeprefix("ب") not in g.time_plurals


def _mention(
    nt: NormalizedText, g: _Grammar, match: re.Match[str] | regex.Match[str]
) -> tuple[NumberMention, int, int] | None:
    """The mention for one match of the grammar's pattern and its normalised span (None
    for a skipped name)."""
    regs = match.regs
    index = g.groups
    if regs[index["skip"]][0] >= 0 or regs[index["phone"]][0] >= 0:
        return None
    kind: NumberKind = "cardinal"
    qualifier: Qualifier | None = None
    unit_span = (-1, -1)
    value: int | float
    card_start, end = regs[index["card"]]
    if card_start >= 0:
        start = card_start
        card = match.group(index["card"])
        if card.isdecimal() and len(card) < 19:
            value = int(card)  # the common case: plain digits
            if len(card) <= 4 and _named_number(g, match.string, card_start):
                return None
        else:
            if card == "واحد" and nt.original_text(card_start, end)[1:2] in ("أ", "إ"):
                return None  # وأحد: the conjunction and أحد (a name, "one of"), not واحد
            value, bare = _phrase_value(card)
            if bare:
                kind, value = "vague", 0
            elif card in g.dual_construct and regs[index["unit"]][0] >= 0:
                value *= 2  # ألفا دولار: a dual before its noun; بلغت ألفا is 1000
            elif _definite_ordinal(g, match.string, card_start, card):
                kind = "ordinal"
        if regs[index["pct"]][0] >= 0:
            end = regs[index["pct"]][1]
            kind = "percent"
        else:
            unit_span = regs[index["unit"]]
            if unit_span[0] >= 0 and "." in card:
                unit_word = match.string[unit_span[0] : unit_span[1]]
                if unit_word in g.thousands_nouns:
                    value = dot_grouping(card, 100) or value  # 25.000 ريال
        neg_start = regs[index["neg"]][0]
        if neg_start >= 0:
            start = neg_start  # Rule sign: -3.5، سالب سبعة، ناقص 2
            value = -value
    elif regs[index["ord"]][0] >= 0:
        start, end = regs[index["ord"]]
        if match.string[start : start + 2] in ("ال", "لل") and _regnal_name(g, match.string, start):
            return None
        value = _ordinal_value(match.group(index["ord"]))
        kind = "ordinal"
    elif regs[index["dual"]][0] >= 0:
        start, end = regs[index["dual"]]
        value = 2
        unit_span = (start, end)
    elif regs[index["pctnum"]][0] >= 0:
        start, end = match.span()
        value = _tidy(_digits_value(match.group(index["pctnum"])))
        kind = "percent"
    elif regs[index["frac"]][0] >= 0:
        start, end = regs[index["frac"]]
        value, kind = _fraction_value(match.group(index["frac"]))
        unit_span = regs[index["funit"]]
    else:
        start, end = regs[index["vague"]]
        value, kind = 0, "vague"
        unit_span = regs[index["vunit"]]
        if unit_span[0] < 0 and match.group(index["vague"]) in g.vague_needs_noun:
            return None  # "جولات عدة": an adjective after its noun, not a count
    if regs[index["pre"]][0] >= 0:
        qualifier = g.qual_before[_SPACES.sub(" ", match.group(index["pre"]))]
    elif regs[index["post"]][0] >= 0:
        qualifier = g.qual_after[_SPACES.sub(" ", match.group(index["post"]))]
    orig_start, orig_end = nt.span(start, end)
    mention = NumberMention(
        start=orig_start,
        end=orig_end,
        text=nt.original[orig_start:orig_end],
        value=value,
        kind=kind,
        qualifier=qualifier,
        unit=nt.original_text(*unit_span) if unit_span[0] >= 0 else None,
    )
    return mention, start, end


def _candidates(g: _Grammar, nt: NormalizedText) -> list[int]:
    """Start offsets of the words that may open a number, in order.

    Those are the trigger words (number words with their clitics, skipped names), found
    whole through the text's shared word index (:meth:`NormalizedText.word_starts`), and
    the words with digits, found with one scan.
    """
    text = nt.text
    starts = set(nt.word_starts(g.triggers))
    for run in _DIGIT_RUN.finditer(text):
        pos = run.start()
        while pos and text[pos - 1].isalpha():
            pos -= 1
        starts.add(pos)
    return sorted(starts)


def _qualifier_start(g: _Grammar, text: str, pos: int) -> int:
    """Where a qualifier ending right before ``pos`` starts (``أكثر من 5``), or -1."""
    if pos < 2 or text[pos - 1] not in " \t":
        return -1
    head = text[max(0, pos - 40) : pos].rstrip(" \t")
    cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"))
    if head[cut + 1 :] not in g.qual_last:
        return -1
    match = g.qual_back.search(text, max(0, pos - 40), pos)
    return -1 if match is None else match.start()


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
    return read_numbers(nt)[0]


def read_numbers(nt: NormalizedText) -> NumbersRead:
    """:func:`extract_numbers`, with the span of each mention in ``nt.text`` beside it.

    >>> from arnews.text import normalize_with_offsets
    >>> read_numbers(normalize_with_offsets("وصل ٧٠٠ مقاتل"))[1]
    ((4, 7),)
    """
    text = nt.text
    if not text:
        return (), ()
    g = _grammar()
    pattern = _pattern(g, text)
    found: list[NumberMention] = []
    spans: list[tuple[int, int]] = []  # the normalised span of each mention
    done = 0  # the text before this offset is already read
    # Candidate places are the words that can open a number and the words with digits;
    # the full pattern is then tried, anchored, at each of them (and at a qualifier
    # right before it).
    candidates = _candidates(g, nt)
    qual_tails = g.qual_tails
    for pos in candidates:
        if pos < done:
            continue
        match = None
        # (a qualifier's last word ends in one of qual_tails, before one space or more)
        if text[pos - 3 : pos - 1] in qual_tails or text[pos - 2 : pos - 1] in (" ", "\t"):
            qual = _qualifier_start(g, text, pos)
            if qual >= done:
                match = pattern.match(text, qual)
        if match is None and pos > done and text[pos - 1] in "%+-.":
            match = pattern.match(text, pos - 1)
        if match is None:
            match = pattern.match(text, pos)
        if match is None:
            continue
        done = match.end()
        read = _mention(nt, g, match)
        if read is not None:
            found.append(read[0])
            spans.append((read[1], read[2]))
    return tuple(found), tuple(spans)


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


# Counting words for spell_number. 3-10 take the opposite gender of the counted noun:
# ثلاثة رجال but ثلاث نساء. Scale words (ألف, مليون) are masculine nouns.
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
_SPELL_ONES_FEMININE = (
    "",
    "واحدة",
    "اثنتان",
    "ثلاث",
    "أربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
)
_SPELL_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_SPELL_HUNDREDS = (
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
)
# (value, singular, dual, plural after 3-10, accusative singular after 11-99)
_SPELL_SCALES = (
    (10**12, "تريليون", "تريليونان", "تريليونات", "تريليونا"),
    (10**9, "مليار", "ملياران", "مليارات", "مليارا"),
    (10**6, "مليون", "مليونان", "ملايين", "مليونا"),
    (1000, "ألف", "ألفان", "آلاف", "ألفا"),
)
# Nominative word → accusative/genitive word (duals, tens, اثنا).
_SPELL_OBLIQUE = {
    "اثنا": "اثني",
    "اثنتا": "اثنتي",
    "مائتا": "مائتي",
    **{w: w[:-2] + "ين" for w in _SPELL_TENS if w},
    **{w: w[:-2] + "ين" for w in ("اثنان", "اثنتان", "مائتان")},
    **{dual: dual[:-2] + "ين" for _, _, dual, _, _ in _SPELL_SCALES},
}

SpellCase = Literal["nominative", "accusative", "genitive"]


def _oblique(word: str) -> str:
    """``اثنان`` → ``اثنين``, ``وعشرون`` → ``وعشرين``, ``ألفان`` → ``ألفين``."""
    if word in _SPELL_OBLIQUE:
        return _SPELL_OBLIQUE[word]
    if word.startswith("و") and word[1:] in _SPELL_OBLIQUE:
        return "و" + _SPELL_OBLIQUE[word[1:]]
    return word


def _spell_below_1000(n: int, feminine: bool = False) -> str:
    hundreds, rest = divmod(n, 100)
    ones = _SPELL_ONES_FEMININE if feminine else _SPELL_ONES
    parts = []
    if hundreds:
        parts.append(_SPELL_HUNDREDS[hundreds])
    if rest:
        if rest <= 10:
            parts.append(ones[rest])
        elif rest < 20:
            first = {1: "إحدى" if feminine else "أحد", 2: "اثنتا" if feminine else "اثنا"}
            parts.append(f"{first.get(rest - 10, ones[rest - 10])} {'عشرة' if feminine else 'عشر'}")
        else:
            tens, one = divmod(rest, 10)
            unit = "إحدى" if feminine and one == 1 else ones[one]
            parts.append(f"{unit} و{_SPELL_TENS[tens]}" if one else _SPELL_TENS[tens])
    return " و".join(parts)


def spell_number(n: int, *, feminine: bool = False, case: SpellCase = "nominative") -> str:
    """``n`` written in Arabic words, as standard written Arabic counts.

    Args:
        n: a whole number from 0 to 999 999 999 999 999.
        feminine: use the forms that count a feminine noun (ثلاث سنوات، إحدى عشرة دولة)
            instead of a masculine one (ثلاثة أيام، أحد عشر شهرا). Only the part below
            a thousand changes: scale words are masculine (ثلاثة آلاف سنة).
        case: ``"accusative"`` and ``"genitive"`` give the oblique forms (اثنين،
            عشرين، ألفين), the same for both cases.

    Returns:
        The number in words, largest part first, parts joined with ``و``.

    Raises:
        TypeError: ``n`` is not an ``int``.
        ValueError: ``n`` is negative or too large, or ``case`` is unknown.

    >>> spell_number(3500)
    'ثلاثة آلاف وخمسمائة'
    >>> spell_number(2_000_025)
    'مليونان وخمسة وعشرون'
    >>> spell_number(13, feminine=True)
    'ثلاث عشرة'
    >>> spell_number(22_000, case="genitive")
    'اثنين وعشرين ألفا'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        from arnews.errors import check_int

        check_int(n, "n", "spell_number(3500)")  # raises a TypeError with an example
    if n < 0 or n >= 10**15:
        raise ValueError(f"n must be between 0 and 10**15 - 1, not {n}")
    if case not in ("nominative", "accusative", "genitive"):
        raise ValueError(f"case must be nominative, accusative or genitive, not {case!r}")
    if n == 0:
        return "صفر"
    parts = []
    rest = n
    for scale, singular, dual, plural, accusative in _SPELL_SCALES:
        count, rest = divmod(rest, scale)
        if not count:
            continue
        if count == 1:
            parts.append(singular)
        elif count == 2:
            parts.append(dual)
        else:
            # The counted scale agrees with the last part of its count: آلاف after
            # 3-10, ألفا after 11-99, ألف after a round hundred (ثلاثمائة ألف), and
            # مائتان loses its ن before it (مائتا ألف).
            tail = count % 100
            noun = plural if 3 <= tail <= 10 else accusative if tail >= 11 else singular
            words = _spell_below_1000(count)
            if count == 200:
                words = "مائتا"
            parts.append(f"{words} {noun}")
    if rest:
        parts.append(_spell_below_1000(rest, feminine))
    text = " و".join(parts)
    if case != "nominative":
        text = " ".join(_oblique(word) for word in text.split())
    return text
