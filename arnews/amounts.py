"""Amounts: money with its currency and quantities with their unit.

An amount is a number already found by :mod:`arnews.numerals` followed by a currency or
unit word (or preceded by a currency symbol). No pattern scans the text: for each number
the word right after it is read with one anchored match and looked up in a set, and only
on a hit is the rest of the unit phrase (``متر مكعب``, ``دولار أميركي``) and a rate
(``يوميا``) read. Tables come from :mod:`arnews.lexicon.units`.

Named rules (see ``docs/amounts.md``):

- ``unit_phrase``: the longest currency or unit phrase after the number;
- ``currency_symbol``: ``$``, ``US$``, ``€``, ``£`` right before the number;
- ``dual_noun``: a currency's dual counted alone (``دولارين``, ``ريالين``) is 2 of it;
- ``rate``: ``يوميا``, ``في اليوم``, ``/يوم`` after the unit, unless a time follows (``في
  العام الماضي``);
- ``bare_currency``: a noun shared by several currencies (ريال, دينار, ليرة, جنيه, درهم)
  is resolved from the article: the same noun with an adjective elsewhere (``الليرة
  التركية``), else the country the article names, else the noun's usual reading;
- ``subunit``: ``سنتيم``, ``هللة``, ``فلس``: the value is in the main unit;
- ``dot_grouping``: ``25.000 ريال`` is 25,000 (see :func:`arnews.numerals.dot_grouping`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from arnews.errors import check_text
from arnews.lexicon import units as lex
from arnews.mentions import AmountKind, AmountMention, NumberMention
from arnews.numerals import NumbersRead, dot_grouping, read_numbers
from arnews.text import NormalizedText, normalize, normalize_with_offsets

__all__ = ["extract_amounts", "find_amounts"]

# One token after a number: a word, a symbol, or a 2/3 (²/³) glued to a unit (كم2).
_NEXT = regex.compile(
    r"[^\S\n]{0,3}(?P<tok>[^\W\d_]{1,24}|[/°$€£])|(?<=[^\W\d_])(?P<tok2>[23²³])(?![0-9])"
)
_TOKENS = regex.compile(r"[^\W\d_]+|[0-9²³]|[/°$€£]")
_MAX_TOKENS = 5
_SYMBOL_BEFORE = re.compile(r"(?:US\$|[$€£])[^\S\n]{0,2}\Z")
_SYMBOL_CHARS = frozenset("$€£")
# The first word after a number, found with the standard library's ``re`` (faster than
# ``regex`` for a pattern this plain); the unit tables are looked up only on a hit.
_FIRST = re.compile(r"[^\S\n]{0,3}([^\W\d_]{1,24}|[$€£°])")


def _tokens(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Lexicon phrases as the tokens the reader sees: ``كم/س`` → ``("كم", "/", "س")``.

    The phrases are normalised in one call (joined by newlines, which normalisation
    keeps), which costs far less on first use than one call per phrase.
    """
    unique = list(dict.fromkeys(phrases))
    normalised = normalize("\n".join(unique)).split("\n")
    return {p: tuple(_TOKENS.findall(n)) for p, n in zip(unique, normalised, strict=True)}


class _Unit(NamedTuple):
    """What a unit phrase says: the kind, a fixed code or a noun to resolve, a subunit."""

    kind: AmountKind
    code: str | None  # ISO code or canonical unit, when the phrase fixes it
    noun: str | None  # a currency noun whose currency the article decides
    subunit: tuple[str, ...] = ()  # currencies the subunit divides


class _Tables:
    """The unit, rate and currency tables in normalised tokens (read-only)."""

    __slots__ = (
        "by_noun",
        "cues",
        "definite",
        "firsts",
        "grouping_minor",
        "minor",
        "per_not_before",
        "prefixes",
        "rate_firsts",
        "rates",
        "units",
    )

    def __init__(self) -> None:
        units: dict[tuple[str, ...], _Unit] = {}
        adjectives = [
            f for c in lex.CURRENCIES for a in c.adjectives for f in lex.adjective_forms(a)
        ]
        tok = _tokens(
            [
                *(f for forms in lex.QUANTITY_UNITS.values() for f in forms),
                *(f for forms in lex.CURRENCY_NOUNS.values() for f in forms),
                *adjectives,
                *lex.CURRENCY_SYMBOLS,
                *(f for sub in lex.SUBUNITS for f in sub.forms),
                *(p for phrases in lex.RATES.values() for p in phrases),
            ]
        )

        def add(phrases: Iterable[str], unit: _Unit) -> None:
            for phrase in phrases:
                key = tok[phrase]
                if key and key not in units:
                    units[key] = unit

        for canonical, forms in lex.QUANTITY_UNITS.items():
            add(forms, _Unit("quantity", canonical, None))
        noun_keys = {
            noun: [tok[form] for form in forms] for noun, forms in lex.CURRENCY_NOUNS.items()
        }
        for currency in lex.CURRENCIES:  # a noun with its adjective fixes the currency
            fixed = _Unit("money", currency.code, None)
            for adjective in currency.adjectives:
                for form in lex.adjective_forms(adjective):
                    tail = tok[form]
                    for head in noun_keys[currency.noun]:
                        units.setdefault(head + tail, fixed)
        for noun, forms in lex.CURRENCY_NOUNS.items():
            add(forms, _Unit("money", None, noun))
        for symbol, code in lex.CURRENCY_SYMBOLS.items():
            add((symbol,), _Unit("money", code, None))
        for sub in lex.SUBUNITS:
            add(sub.forms, _Unit("money", None, None, sub.currencies))
        self.units = units
        self.firsts = frozenset(key[0] for key in units)
        self.prefixes = frozenset(key[:size] for key in units for size in range(1, len(key)))
        self.rates = {tok[p]: per for per, phrases in lex.RATES.items() for p in phrases}
        self.rate_firsts = frozenset(key[0] for key in self.rates)
        self.per_not_before = frozenset(normalize(w) for w in lex.PER_NOT_BEFORE)
        self.by_noun: dict[str, tuple[lex.Currency, ...]] = {}
        for currency in lex.CURRENCIES:
            self.by_noun[currency.noun] = (*self.by_noun.get(currency.noun, ()), currency)
        self.minor = {c.code: c.minor for c in lex.CURRENCIES}
        # Rule dot_grouping applies to the regional currencies only: dollar and euro
        # prices keep three decimals (30.586 دولار للأوقية).
        self.grouping_minor = {c.code: c.minor for c in lex.CURRENCIES if c.region != "world"}
        # The words naming each currency's country: single words (looked up in the
        # article's word set) and phrases (searched for).
        self.cues: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        for currency in lex.CURRENCIES:
            cues = [normalize(cue) for cue in currency.cues]
            self.cues[currency.code] = (
                frozenset(c for c in cues if " " not in c),
                tuple(c for c in cues if " " in c),
            )
        # "الليرة التركية": the definite noun and adjective, searched for in the article.
        self.definite: dict[str, tuple[str, ...]] = {}
        for currency in lex.CURRENCIES:
            singular = normalize(lex.CURRENCY_NOUNS[currency.noun][0])
            phrases = [
                f"ال{singular} ال{normalize(a)}{ending}"
                for a in currency.adjectives
                if " " not in a
                for ending in ("", "ه")
            ]
            self.definite[currency.code] = tuple(phrases)


@functools.cache
def _tables() -> _Tables:
    return _Tables()


def _read_tokens(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` tokens from ``pos``, each with its end offset."""
    out: list[tuple[str, int]] = []
    match = _NEXT.match
    while len(out) < limit:
        m = match(text, pos)
        if m is None:
            break
        token = m.group("tok") or m.group("tok2")
        pos = m.end()
        out.append((token, pos))
    return out


def _unit_phrase(t: _Tables, tokens: list[tuple[str, int]]) -> tuple[_Unit, int] | None:
    """Rule ``unit_phrase``: the longest unit phrase opening ``tokens``, with its end."""
    for size in range(min(len(tokens), _MAX_TOKENS), 0, -1):
        key = tuple(token for token, _ in tokens[:size])
        unit = t.units.get(key)
        if unit is not None:
            return unit, tokens[size - 1][1]
    return None


def _rate(t: _Tables, text: str, pos: int) -> tuple[str, int] | None:
    """Rule ``rate``: a rate right after ``pos`` (``يوميا``, ``في اليوم``): (per, end)."""
    tokens = _read_tokens(text, pos, 1)
    if not tokens or tokens[0][0] not in t.rate_firsts:
        return None
    tokens += _read_tokens(text, tokens[0][1], 1)  # a rate has two words at most
    for size in (2, 1):
        if len(tokens) < size:
            continue
        per = t.rates.get(tuple(token for token, _ in tokens[:size]))
        if per is None:
            continue
        end = tokens[size - 1][1]
        following = _read_tokens(text, end, 1)
        if following and following[0][0] in t.per_not_before:
            return None  # في العام الماضي: a time, not a rate
        if text[end : end + 4].strip()[:1].isdecimal():
            return None  # في العام 2017
        return per, end
    return None


class _Resolver:
    """Rule ``bare_currency``: which currency a shared noun means in this article."""

    def __init__(self, t: _Tables, nt: NormalizedText, explicit: set[str]) -> None:
        self.t = t
        self.nt = nt
        self.explicit = explicit
        self.cache: dict[tuple[str, ...], str | None] = {}

    def resolve(self, candidates: tuple[lex.Currency, ...]) -> str | None:
        key = tuple(c.code for c in candidates)
        if key not in self.cache:
            self.cache[key] = self._resolve(candidates)
        return self.cache[key]

    def _resolve(self, candidates: tuple[lex.Currency, ...]) -> str | None:
        codes = [c.code for c in candidates]
        if len(set(codes)) == 1:
            return codes[0]
        # 1. The same noun with its adjective elsewhere in the article.
        named = [code for code in codes if code in self.explicit]
        if len(named) == 1:
            return named[0]
        text = self.nt.text
        named = [c.code for c in candidates if any(p in text for p in self.t.definite[c.code])]
        if len(set(named)) == 1:
            return named[0]
        # 2. The country the article names.
        words = self.nt.words
        hits = []
        for c in candidates:
            single, multi = self.t.cues[c.code]
            if not words.isdisjoint(single) or any(cue in text for cue in multi):
                hits.append(c.code)
        default = next((c.code for c in candidates if c.default), None)
        if len(set(hits)) == 1:
            return hits[0]
        if hits:
            return default if default in hits else None
        # 3. The noun's usual reading.
        return default


def _tidy(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**63 else value


class _Found(NamedTuple):
    number: NumberMention
    start: int  # normalised
    end: int  # normalised, after the unit and the rate
    unit: _Unit
    unit_start: int
    unit_end: int
    digits: str
    per: str | None


def extract_amounts(
    nt: NormalizedText, numbers: NumbersRead | None = None
) -> tuple[AmountMention, ...]:
    """Amounts in a normalised text, sorted by start.

    Args:
        nt: the text from :func:`arnews.text.normalize_with_offsets`.
        numbers: :func:`arnews.numerals.read_numbers` of the same ``nt`` when the
            caller has it (``parse()`` does); computed here when None.

    Returns:
        One :class:`~arnews.mentions.AmountMention` per amount, offsets into ``nt.original``.

    >>> nt = normalize_with_offsets("يضخ الحقل ٤٠٠ ألف برميل يوميا")
    >>> [(a.text, a.value, a.unit, a.per) for a in extract_amounts(nt)]
    [('٤٠٠ ألف برميل يوميا', 400000, 'barrel', 'day')]
    """
    mentions, spans = read_numbers(nt) if numbers is None else numbers
    if not mentions:
        return ()
    t = _tables()
    text = nt.text
    firsts = t.firsts
    found: list[_Found] = []
    for number, (start, end) in zip(mentions, spans, strict=True):
        if number.kind not in ("cardinal", "fraction"):
            continue
        if number.unit is not None and number.unit == number.text:
            # Rule dual_noun: دولارين: the dual word is both the number and its currency.
            # (Not for quantities: برميلين متفجرين are two barrel bombs.)
            unit = t.units.get((text[start:end],))
            if unit is not None and unit.kind == "money":
                rate = _rate(t, text, end)
                per, per_end = rate if rate is not None else (None, end)
                found.append(_Found(number, start, per_end, unit, start, end, "", per))
            continue
        symbol = None
        if start and (
            text[start - 1] in _SYMBOL_CHARS
            or (
                text[start - 1] == " "
                and text[max(0, start - 3) : start - 1].strip()[-1:] in _SYMBOL_CHARS
            )
        ):
            symbol = _SYMBOL_BEFORE.search(text, max(0, start - 6), start)
        after = _FIRST.match(text, end)
        read = None
        if after is not None and after.group(1) in firsts:
            tokens = [(after.group(1), after.end())]
            key: tuple[str, ...] = (after.group(1),)
            while key in t.prefixes and len(tokens) < _MAX_TOKENS:  # a longer phrase may follow
                more = _read_tokens(text, tokens[-1][1], 1)
                if not more:
                    break
                tokens += more
                key += (more[0][0],)
            read = _unit_phrase(t, tokens)
        if read is None:
            if symbol is None:
                continue
            # Rule currency_symbol: $5 مليون، € 3
            written = symbol.group().rstrip()
            unit = t.units[("US", "$") if written == "US$" else (written,)]
            sym_start = symbol.start()
            found.append(
                _Found(
                    number,
                    sym_start,
                    end,
                    unit,
                    sym_start,
                    sym_start + len(written),
                    text[start:end],
                    None,
                )
            )
            continue
        unit, unit_end = read
        unit_start = end + len(text[end:unit_end]) - len(text[end:unit_end].lstrip())
        per_end = unit_end
        rate = _rate(t, text, unit_end)
        per = None
        if rate is not None:
            per, per_end = rate
        begin = symbol.start() if symbol is not None and unit.kind == "money" else start
        found.append(
            _Found(number, begin, per_end, unit, unit_start, unit_end, text[start:end], per)
        )
    if not found:
        return ()
    explicit = {f.unit.code for f in found if f.unit.kind == "money" and f.unit.code}
    resolver = _Resolver(t, nt, explicit)
    out: list[AmountMention] = []
    for f in found:
        unit = f.unit
        value: int | float = f.number.value
        currency: str | None = None
        canonical: str | None = None
        if unit.kind == "quantity":
            canonical = unit.code
        elif unit.subunit:
            candidates = tuple(c for c in lex.CURRENCIES if c.code in unit.subunit)
            ordered = tuple(sorted(candidates, key=lambda c: unit.subunit.index(c.code)))
            currency = resolver.resolve(ordered) if len(ordered) > 1 else ordered[0].code
            minor = t.minor[currency or unit.subunit[0]]
            value = _tidy(value / minor) if value % minor else int(value) // minor
        else:
            currency = unit.code
            if currency is None and unit.noun is not None:
                currency = resolver.resolve(t.by_noun[unit.noun])
            grouped = dot_grouping(f.digits, t.grouping_minor.get(currency or ""))
            if grouped is not None:
                value = grouped
        start, end = nt.span(f.start, f.end)
        out.append(
            AmountMention(
                start=start,
                end=end,
                text=nt.original[start:end],
                value=value,
                kind=unit.kind,
                currency=currency,
                unit=canonical,
                unit_text=nt.original_text(f.unit_start, f.unit_end),
                qualifier=f.number.qualifier,
                per=f.per,
            )
        )
    out.sort(key=lambda a: a.start)
    return tuple(out)


def find_amounts(text: str) -> tuple[AmountMention, ...]:
    """Money and measured quantities in ``text``, sorted by start.

    Args:
        text: any string (an article, a sentence); never raises on content.

    Returns:
        A tuple of :class:`~arnews.mentions.AmountMention`.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(a.text, a.value, a.currency) for a in find_amounts("تبرع بـ12 مليون درهم إماراتي")]
    [('12 مليون درهم إماراتي', 12000000, 'AED')]
    """
    return extract_amounts(normalize_with_offsets(check_text(text)))
