"""The number grammar: the combined pattern of :mod:`arnews.numerals` and its tables.

One pattern is built from :mod:`arnews.lexicon.numbers` on first use (:func:`_grammar`),
in the syntax both the standard ``re`` and ``regex`` read; :func:`_pattern` picks the
engine for a text (``re``, several times faster, unless a character of the text is
classed differently by the two). Reading the values of the matches is left to
:mod:`arnews.numerals`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import cast

import regex

from arnews.lexicon import numbers as lex
from arnews.lexicon import units
from arnews.mentions import Qualifier
from arnews.text import alternation, normalize, normalized_map

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
# point or a decimal comma. See numerals._digits_value.
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

    def _number_word(self) -> str:
        """Rule ``number_word``: a cardinal word or a scale that can open a number."""
        # The spoken مية (100) only after a count or a fraction (تلات مية، ربع مية): alone,
        # with a clitic, it is a word such as كمية (quantity).
        openers = [w for w in self.scales if w not in self.scales_after_count]
        return f"(?:{_alternation([*self.cardinal_words, *openers])}){_END}"

    def _cardinal(self, number_word: str, scale_word: str) -> str:
        """Rule ``compound``: digits or number words joined by scales, و and decimals."""
        tens = f"(?:{_alternation(lex.TENS)}){_END}"
        # أحد and إحدى are numbers only inside 11 (أحد عشر) and 21-91 (إحدى وعشرون).
        # (واحد وعشرون is read as واحد, not as the clitic و and أحد.)
        one_and_tens = rf"(?:{_alternation(lex.ONE_BEFORE_TENS)}){_SP}و{_SP0}{tens}"
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
        return rf"""
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

    def _fraction_of(self) -> str:
        """Rule ``fraction_of``: a fraction before a definite noun (خمس التمويل)."""
        # خمس التمويل (a fifth of the funding), not خمس آلاف nor خمس السنوات.
        counts = [*self.cardinal_words, *self.scales, *lex.VAGUE_WORDS]
        number_after = rf"(?:{_alternation(counts)}){_END}"
        return rf"""
            (?:{_alternation(self.fraction_definite)}){_END}
            (?={_SP}(?!{number_after})ال[\u0621-\u064a]{{2,20}}(?<!ات|ين|ون){_END})
            (?!{_SP}(?:{_alternation(self.time_plurals)}){_END})
        """

    def _ordinal(self, hundred: str) -> str:
        """Rule ``ordinal``: definite, indefinite and feminine ordinals, 11-19 and 100+."""
        teen = f"(?:{_alternation(self.teen_suffixes)}){_END}"
        ordinal_word = rf"""
            (?:{_alternation(self.ordinals)}){_END}
            (?:{_SP}{teen}|{_SP}و{_SP0}(?:{_alternation(self.ordinal_tens)}){_END})?
        """
        feminine = _alternation(lex.INDEFINITE_ORDINALS_FEMININE)
        # a word in ه (a feminine noun) and a gap right before
        after_feminine = "|".join(rf"(?<=[\u0621-\u064a]ه{_GAP * n})" for n in (1, 2, 3))
        after_feminine = f"(?:{after_feminine})"
        return rf"""
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

    @staticmethod
    def _units(number_word: str) -> tuple[str, str]:
        """Rule ``unit``: the counted noun after a number (indefinite) and after a vague
        quantity or a fraction (either)."""
        # A unit is neither a stop word nor the next number (بين ثلاث وخمس سنوات).
        stop = rf"(?!(?:{_alternation(lex.UNIT_STOPWORDS)}){_END}|[وف]?[بلك]?{number_word})"
        letters = rf"[\u0621-\u063a\u0641-\u064a]{{2,20}}{_END}"
        # The counted noun after a number is indefinite (15 شخصا); after a vague
        # quantity or a fraction it is usually definite (آلاف الأشخاص، نصف السكان).
        # (و then a verb prefix opens a new clause: قتل 15 وأصيب 20)
        unit = rf"{stop}(?!(?:[وفبك]?ال|لل|و[اتين])){letters}"
        stop_words = _alternation(lex.UNIT_STOPWORDS)
        unit_any = rf"{stop}(?!(?:[وفبك]?ال|لل)?(?:{stop_words}){_END}|و[اتين]){letters}"
        return unit, unit_any

    @staticmethod
    def _skipped() -> str:
        """Rule ``skip``: names, months and fixed expressions that hold a number word."""
        skip = _alternation((*lex.NOT_NUMBERS, *lex.MONTH_WORDS, *lex.NAMES_WITH_NUMBERS))
        after = "|".join(
            _behind([before], head=r"(?<!\w)", gap=True) + f"(?:{_alternation(words)})"
            for before, words in lex.NOT_NUMBERS_AFTER.items()
        )
        return f"{skip}|{after}"

    def _source(self) -> str:
        """The combined pattern, in the syntax both ``re`` and ``regex`` read."""
        number_word = self._number_word()
        scale_word = f"(?:{_alternation(self.scales)}){_END}"
        phrase = self._cardinal(number_word, scale_word)
        percent = rf"{_SP0}%|{_SP}(?:{_alternation(lex.PERCENT_WORDS)}){_END}"
        fraction = rf"(?:{_alternation(self.fractions)}){_END}(?:{_SP}{scale_word})?"
        fraction_of = self._fraction_of()
        vague_second = _alternation(("آلاف", "ألوف", "ملايين", "مليارات", "مئات", "عشر", "عشرة"))
        vague = rf"""
            (?:{_alternation(lex.VAGUE_WORDS)}){_END}
            (?:{_SP}(?:ال)?(?:{vague_second}){_END})?
        """
        # The article only on the plural scales (تظاهر الآلاف), never on عدة (العدة, gear).
        plural_vague = _alternation(lex.VAGUE_WORDS_DEFINITE)
        definite_vague = rf"(?:[بك]?ال|لل)(?=(?:{plural_vague}){_END})"
        # 100 and 1000 in definite ordinals: الثاني بعد المئة (102)، المئة والحادية عشرة (111).
        hundred = f"(?:{_alternation(lex.SCALES_ORDINAL)}){_END}"
        # المئة والحادية عشرة is one ordinal, not the cardinal المئة.
        hundred_ordinal = rf"(?!{hundred}{_SP}و{_SP0}ال(?:{_alternation(self.ordinals)}){_END})"
        ordinal = self._ordinal(hundred)
        dual = rf"(?:{_alternation(lex.COUNTED_DUAL_STEMS)})(?:ين|ان){_END}"
        unit, unit_any = self._units(number_word)
        skipped = self._skipped()
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
                {word}(?:[وفبلك]{{0,2}})(?P<skip>(?:{skipped}){_END})
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
