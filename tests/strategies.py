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
    "number_string",
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
