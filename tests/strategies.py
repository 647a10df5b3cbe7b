"""Shared hypothesis strategies for "Arabic-like" news text.

The generated text is made of the pieces real articles are made of, mixed so that the
extractors' triggers meet each other in unusual orders: words from the package's own
lexicons (number words, months, reporting verbs, agencies, ...), numbers written in ASCII,
Eastern Arabic and Persian digits with every separator, quotation marks of every style
(balanced or not), Arabic and Latin punctuation, and the noise that text scraped from the
web carries: diacritics, tatweel, bidi and zero-width marks, HTML leftovers, odd spaces.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable

from hypothesis import strategies as st

import arnews.lexicon
from arnews.lexicon import calendar as _cal
from arnews.lexicon import numbers as _num
from arnews.lexicon import sources as _src
from arnews.lexicon import speech as _speech

__all__ = [
    "BIDI_MARKS",
    "DIACRITICS",
    "HTML_LEFTOVERS",
    "LEXICON_WORDS",
    "PUNCTUATION",
    "QUOTE_MARKS",
    "SPACES",
    "TATWEEL",
    "arabic_like_text",
    "decorated",
    "lexicon_word",
    "news_text",
    "number_string",
    "sentence",
    "token",
]

DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"
TATWEEL = "\u0640"
# LRM, RLM, ALM, embeddings/overrides, isolates, zero-width characters, BOM, soft hyphen.
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" + (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
)
QUOTE_MARKS = "\"'«»“”„‟‘’‚‹›「」『』〝〞″"
PUNCTUATION = ("،", "؛", "؟", ".", ",", ":", ";", "!", "?", "-", "–", "—", "(", ")", "[", "]",
               "/", "%", "٪", "٫", "٬", "…", "*", "+", "=", "#", "@")
SPACES = (" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u202f", "\r\n", "\u3000")
HTML_LEFTOVERS = ("&nbsp;", "&nbsp", "&amp;", "&quot;", "&#1575;", "&#x627;", "&", "&&",
                  "<br>", "<br/>", "<p>", "</p>", "<b>", "&lt;", "&gt;", "&#;")
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی"
PRESENTATION_FORMS = "ﻻﻷﷲﺍﺎﻟﻠﻡﻣ\ufdfa\ufdfb"
DIGIT_SCRIPTS = (
    "0123456789",
    "".join(chr(0x0660 + i) for i in range(10)),
    "".join(chr(0x06F0 + i) for i in range(10)),
)


def _strings(value: object) -> Iterable[str]:
    """Every string in a lexicon value (tuples, dicts, sets, nested one level or more)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


def _lexicon_words() -> tuple[str, ...]:
    words: set[str] = set()
    for info in pkgutil.iter_modules(arnews.lexicon.__path__):
        module = importlib.import_module(f"arnews.lexicon.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            for word in _strings(value):
                if 0 < len(word) <= 40 and any("\u0600" <= c <= "\u06ff" for c in word):
                    words.add(word)
    return tuple(sorted(words))


#: Every Arabic word or phrase in ``arnews/lexicon/*`` (collected once, at import).
LEXICON_WORDS = _lexicon_words()

# A few common news words that are not in any lexicon, so that patterns meet neighbours.
_FILLER = ("قتل", "شخصا", "الحكومة", "المدينة", "في", "من", "إلى", "على", "أن", "إن", "بعد",
           "قبل", "الرئيس", "جون", "كيري", "سيرغي", "لافروف", "حلب", "دمشق", "القاهرة", "الرباط",
           "الرياض", "و", "ف", "ب", "ل", "ال", "هو", "هي", "عن", "نحو", "حوالى", "أكثر", "الأقل")

lexicon_word = st.sampled_from(LEXICON_WORDS)


@st.composite
def number_string(draw: st.DrawFn) -> str:
    """A number as a news outlet may write it, in one of the three digit scripts."""
    digits = draw(st.sampled_from(DIGIT_SCRIPTS))
    shape = draw(st.sampled_from(("int", "int", "big", "decimal", "grouped", "percent",
                                  "date", "time", "long", "range")))
    n = draw(st.integers(min_value=0, max_value=10**6))

    def script(s: str) -> str:
        return "".join(digits[int(c)] if c.isdigit() else c for c in s)

    if shape == "int":
        text = str(n)
    elif shape == "big":
        text = str(draw(st.integers(min_value=0, max_value=10**30)))
    elif shape == "decimal":
        sep = draw(st.sampled_from((".", ",", "٫")))
        text = f"{n}{sep}{draw(st.integers(0, 999))}"
    elif shape == "grouped":
        sep = draw(st.sampled_from((",", "٬", ".", " ", "\u00a0")))
        text = f"{n:,}".replace(",", sep)
    elif shape == "percent":
        text = str(n % 1000) + draw(st.sampled_from(("%", "٪", " %", " في المئة", " بالمائة")))
    elif shape == "date":
        sep = draw(st.sampled_from(("/", "-", ".")))
        text = sep.join(str(draw(st.integers(0, 3000))) for _ in range(3))
    elif shape == "time":
        text = f"{draw(st.integers(0, 30))}:{draw(st.integers(0, 99)):02d}"
    elif shape == "long":
        text = "9" * draw(st.integers(15, 400))
    else:
        text = f"{n}-{draw(st.integers(0, 10**6))}"
    return script(text)


def _token_strategy() -> st.SearchStrategy[str]:
    return st.one_of(
        lexicon_word,
        lexicon_word,
        lexicon_word,
        st.sampled_from(_FILLER),
        number_string(),
        st.sampled_from(tuple(QUOTE_MARKS)),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(HTML_LEFTOVERS),
        st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=8),
        st.text(alphabet=DIACRITICS + TATWEEL + BIDI_MARKS, min_size=1, max_size=4),
        st.sampled_from(tuple(PRESENTATION_FORMS)),
        st.text(alphabet="abcXYZ019 ", min_size=1, max_size=6),
    )


token = _token_strategy()


@st.composite
def decorated(draw: st.DrawFn, base: st.SearchStrategy[str] = token) -> str:
    """A token with diacritics, tatweel or bidi marks sometimes slipped between letters."""
    word = draw(base)
    if len(word) < 2 or not draw(st.booleans()):
        return word
    noise = draw(st.text(alphabet=DIACRITICS + TATWEEL + BIDI_MARKS, min_size=1, max_size=3))
    cut = draw(st.integers(min_value=1, max_value=len(word) - 1))
    return word[:cut] + noise + word[cut:]


@st.composite
def arabic_like_text(draw: st.DrawFn, max_tokens: int = 40) -> str:
    """Text that looks like a (shuffled) Arabic news article, noise included."""
    tokens = draw(st.lists(decorated(), min_size=0, max_size=max_tokens))
    pieces: list[str] = []
    for item in tokens:
        pieces.append(item)
        pieces.append(draw(st.sampled_from(SPACES)))
    return "".join(pieces)


# ---------------------------------------------------------------------------
# Sentence templates: whole constructions (a reporting frame with its quote, a sourced
# figure, a date, a duration, a dateline), so that the extractors' deeper branches run.

_VERBS = tuple(sorted({form for forms in _speech.REPORTING_VERBS.values() for form in forms}))
_SPEAKERS = tuple(sorted({*_speech.PERSON_TITLES, *_speech.GIVEN_NAMES, *_src.UNNAMED_HEADS,
                          *_speech.SPEAKING_BODIES, "جون كيري", "سيرغي لافروف",
                          "المتحدث باسم الجيش",
                          "الرئيس عبد الفتاح السيسي", "مصدر أمني", "هو", "مسؤول أميركي"}))
_AGENCIES = tuple(sorted({alias for aliases, _ in _src.AGENCIES.values() for alias in aliases}))
_CUES = tuple(sorted(_src.PREPOSITION_CUES))
_MONTHS = tuple(sorted({*_cal.GREGORIAN_MONTHS, *_cal.HIJRI_MONTHS}))
_WEEKDAYS = tuple(sorted(_cal.WEEKDAYS))
_UNITS = tuple(sorted(_cal.DURATION_UNITS))
_QUALIFIERS = tuple(sorted({*_num.QUALIFIERS_BEFORE, *_cal.DURATION_QUALIFIERS}))
_NUMBER_WORDS = tuple(sorted({*_num.ONES, *_num.TENS, *_num.HUNDREDS, *_num.SCALES}))
_PAIRS = (("«", "»"), ('"', '"'), ("“", "”"), ("„", "“"), ("‘", "’"), ("'", "'"), ("«", ""),
          ("", "»"), ("«", '"'))
_COMPLEMENTIZERS = tuple(_speech.COMPLEMENTIZERS)
_PLACES = tuple(_src.DATELINE_PLACES) or ("بيروت",)


@st.composite
def _number(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(number_string())
    words = draw(st.lists(st.sampled_from(_NUMBER_WORDS), min_size=1, max_size=4))
    return draw(st.sampled_from((" و", " "))).join(words)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One news construction built from the lexicons, with random parts."""
    pick = draw
    filler = " ".join(pick(st.lists(st.sampled_from((*LEXICON_WORDS, *_FILLER)), max_size=6)))
    speaker = pick(st.sampled_from(_SPEAKERS))
    verb = pick(st.sampled_from(_VERBS))
    conj = pick(st.sampled_from(("", "و", "ف")))
    opener, closer = pick(st.sampled_from(_PAIRS))
    number = pick(_number())
    shape = pick(st.integers(0, 7))
    if shape == 0:
        return f"{conj}{verb} {speaker} {pick(st.sampled_from(_COMPLEMENTIZERS))} {filler}"
    if shape == 1:
        sep = pick(st.sampled_from((": ", " ", "، ", ":")))
        return f"{conj}{verb} {speaker}{sep}{opener}{filler}{closer}"
    if shape == 2:
        return f"{opener}{filler}{closer}، {verb} {speaker}"
    if shape == 3:
        cue = pick(st.sampled_from(_CUES))
        agency = pick(st.sampled_from(_AGENCIES))
        return f"{filler} {number} {pick(st.sampled_from(_UNITS))}، {cue} {agency}"
    if shape == 4:
        day = pick(st.sampled_from((str(pick(st.integers(0, 40))), "")))
        year = pick(st.sampled_from((str(pick(st.integers(0, 3000))), "", "1437 هـ")))
        weekday = pick(st.sampled_from((*_WEEKDAYS, "", "يوم", "مساء")))
        return f"{weekday} {day} {pick(st.sampled_from(_MONTHS))} {year} {filler}"
    if shape == 5:
        qual = pick(st.sampled_from((*_QUALIFIERS, "")))
        return f"{filler} {qual} {number} {pick(st.sampled_from(_UNITS))}"
    if shape == 6:
        agency = pick(st.sampled_from(_AGENCIES))
        return f"{pick(st.sampled_from(_PLACES))} ({agency}) - {conj}{verb} {speaker} إن {filler}"
    return f"{number} {filler} {pick(st.sampled_from(('%', '٪', 'في المئة', 'شخصا', 'قتيلا')))}"


@st.composite
def news_text(draw: st.DrawFn, max_sentences: int = 8) -> str:
    """Several constructions (sometimes decorated with noise) joined like an article."""
    parts = draw(st.lists(st.one_of(sentence(), decorated(sentence())), max_size=max_sentences))
    seps = (". ", ".\n\n", "، ", "\n", " ")
    return "".join(part + draw(st.sampled_from(seps)) for part in parts)
