"""Numbers in Arabic news text: digits, spelled cardinals, ordinals, percentages,
fractions and vague quantities, with their qualifier and counted noun.

One combined pattern (:mod:`arnews.number_grammar`) is built from
:mod:`arnews.lexicon.numbers` on first use. It is not scanned over the whole text: the
words that can open a number (and the words with digits) are located first with
C-level string operations, and the pattern is matched, anchored, only there (and at a
qualifier just before). The pattern is written so that both the standard ``re`` and
``regex`` read it; ``re`` runs it (several times faster), ``regex`` only on a text with
a character the two class differently. A small evaluator turns each matched phrase
into its value.

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

import re
from typing import Literal

import regex

from arnews.errors import ParseError, check_text
from arnews.lexicon import numbers as lex
from arnews.mentions import NumberKind, NumberMention, Qualifier
from arnews.number_grammar import _Grammar, _grammar, _pattern
from arnews.text import NormalizedText, normalize, normalize_with_offsets

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


# The separators inside one grouped number, removed before its value is read.
_GROUP_SEPARATOR = re.compile(r"(?<=[0-9])[ ،](?=[0-9]{3}(?![0-9]))")
_SPACES = re.compile(r"\s+")  # used on matched phrases only, which hold no \x1c-\x1f
_DIGITS_ONLY = re.compile(r"\.?[0-9][0-9.,ر]*")
_DIGIT_RUN = regex.compile(r"[0-9]+")  # ``regex`` skips to a digit faster than ``re``


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


#: What :func:`_read_other` gives :func:`_mention`: start and end in ``nt.text``, value,
#: kind and the span of the counted noun ((-1, -1) for none).
_Read = tuple[int, int, int | float, NumberKind, tuple[int, int]]
_Regs = tuple[tuple[int, int], ...]


def _read_other(
    g: _Grammar, match: re.Match[str] | regex.Match[str], regs: _Regs, index: dict[str, int]
) -> _Read | None:
    """Rule ``other_kinds``: an ordinal, a dual, a percent sign before digits, a fraction
    or a vague quantity."""
    unit_span = (-1, -1)
    value: int | float
    kind: NumberKind
    if regs[index["ord"]][0] >= 0:
        start, end = regs[index["ord"]]
        if match.string[start : start + 2] in ("ال", "لل") and _regnal_name(g, match.string, start):
            return None
        value = _ordinal_value(match.group(index["ord"]))
        kind = "ordinal"
    elif regs[index["dual"]][0] >= 0:
        start, end = regs[index["dual"]]
        value, kind = 2, "cardinal"
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
    return start, end, value, kind, unit_span


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
    unit_span = (-1, -1)
    value: int | float
    card_start, end = regs[index["card"]]
    if card_start >= 0:  # Rule cardinal, the common case, read here without a call
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
    else:
        read = _read_other(g, match, regs, index)
        if read is None:
            return None
        start, end, value, kind, unit_span = read
    qualifier: Qualifier | None = None
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
