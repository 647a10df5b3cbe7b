"""Speaker phrases, the word level: the word lists, the tokens read at a position and
personal names.

The lexicon's titles, sources, groups, nationalities and stop words are normalised here
once; :func:`_tokens` reads the words at a position (up to the first punctuation mark),
:func:`_read_name` how many of them make a personal name (``سيرغي لافروف``، ``عبد
الفتاح السيسي``). :data:`ADDRESSEES` and :data:`NEVER_SPEAKER` are re-exported by
:mod:`arnews.speakers`.
"""

from __future__ import annotations

import re
from typing import Literal

from arnews.lexicon import actors, sources, speech
from arnews.text import normalize, normalized_set

SpeakerKind = Literal["person", "organization", "country", "unnamed", "group", "name"]
Number = Literal["singular", "dual", "plural"]


_norm_set = normalized_set


def _nationality_forms(stems: tuple[str, ...]) -> frozenset[str]:
    forms: set[str] = set()
    for stem in stems:
        s = normalize(stem)
        for f in (s, s + "ه", s + "ون", s + "ين", s + "ان", s + "ات"):
            forms.add(f)
            forms.add("ال" + f)
    return frozenset(forms)


_TITLES = _norm_set(speech.SPEAKER_TITLES)
_SOURCES = _norm_set(speech.SOURCE_HEADS)
_DUALS = _norm_set(speech.DUAL_GROUPS)
_AGENTS = _norm_set(speech.AGENT_PLURALS)
_NATIONALITIES = _nationality_forms(speech.NATIONALITIES)
_MODIFIERS = _norm_set(speech.TITLE_MODIFIERS)
_PARTICLES = _norm_set(speech.NAME_PARTICLES)
_GIVEN = _norm_set(speech.GIVEN_NAMES)
_WAW_NAMES = _norm_set(speech.WAW_NAMES)
_COMPOUND_SECONDS = _norm_set(speech.COMPOUND_NAME_SECONDS)
# A definite dual or plural after an organisation is its object (حث الاتحاد الطرفين).
_OBJECT_ENDINGS = ("ين",)
#: لـ + an outlet, a medium or the press after a speaker names who was spoken to
#: (قال الوزير للصحفيين، لرويترز، لوكالة الانباء), in normalised spelling.
ADDRESSEES: frozenset[str] = frozenset(
    "ل" + normalize(w)
    for w in (
        *(alias.split()[0] for aliases, _ in sources.AGENCIES.values() for alias in aliases
          if "." not in alias and len(alias.split()[0]) > 2),
        *sources.MEDIA_HEADS,
    )
) | _norm_set(speech.ADDRESSEES)
_COUNTERPART = _norm_set(("نظيره", "نظيرها", "نظيرهم", "نظيرته"))
_COMP_FORMS = frozenset(
    head + normalize(suffix)
    for head in ("ان", "بان", "لان", "وان", "فان", "كان")
    for suffix in ("", *speech.COMPLEMENT_SUFFIXES)
)
_TIME = _norm_set(speech.TIME_WORDS)
#: Words that never start a speaker phrase nor belong to a name (the closed list of
#: the lexicon), in normalised spelling.
NEVER_SPEAKER: frozenset[str] = _norm_set(speech.NEVER_SPEAKER_WORDS)
_STOP = _norm_set(speech.STOP_WORDS) | _norm_set(speech.NOUN_CONTENT_HEADS) | NEVER_SPEAKER
_VERB_FORMS = frozenset(
    normalize(f)
    for forms in (*speech.REPORTING_VERBS.values(), *speech.PARTICIPLE_CUES.values())
    for f in forms
)
_BODIES = dict.fromkeys(normalize(w) for w in (*speech.SPEAKING_BODIES, *actors.ORGANIZATIONS))
_MULTI_ORGS = tuple(sorted(_BODIES, key=len, reverse=True))
_COUNTRIES = _norm_set(actors.COUNTRIES_AND_CAPITALS)
_SINGLE_ORGS = frozenset(w for w in _MULTI_ORGS if " " not in w)
_ORG_NAME_HEADS = _norm_set(("وكالة", "صحيفة", "قناة", "محطة", "موقع", "مجلة", "تلفزيون", "إذاعة"))
# Nouns that head a body in the construct after a title (رئيس نادي الزمالك، عميد شؤون
# الطلاب، مدير شركة ارامكو).
_CONSTRUCT_HEADS = _norm_set(speech.CONSTRUCT_HEADS)
_PREPS = _norm_set(("إلى", "في", "لدى", "باسم"))
_KOL = normalize("كل")
_MIN = normalize("من")

# punctuation and symbols: ASCII, Latin-1, Arabic and general punctuation (a positive
# class scans several times faster than [^\w\s]; rarer symbols stay inside words)
_NON_WORD = re.compile(
    "[\x21-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7e\u00a1-\u00bf\u060c\u061b\u061f"
    "\u066a-\u066d\u06d4\u2010-\u205e]"
)
_NON_WORD_OR_NEWLINE = re.compile(_NON_WORD.pattern[:-1] + "\n]")
_DEFINITE = "ال"

#: At most this many words in one speaker phrase.
MAX_WORDS = 12

#: Tokens read at a position: the words (followed by ``_PAD`` empty strings, so that
#: looking a few words past the last one reads ""), the start of every token (the words,
#: then the punctuation mark that ends them, if any) and the number of words.
_Tokens = tuple[list[str], list[int], int]
_PAD = ["", "", ""]


def _tokens(text: str, pos: int, limit: int, stop: int) -> _Tokens:
    """Up to ``limit`` tokens from ``pos``, stopping at a newline.

    A speaker phrase never runs past punctuation, so the tokens stop after the first
    punctuation mark: the words before it come from ``str.split`` (fast), the mark is
    the last token (its start only is kept; it is one character long).
    """
    end = pos + limit * 12
    if stop < end:
        end = stop
    # the first newline or punctuation mark (a newline ends the tokens, a mark is the
    # last token)
    mark = _NON_WORD_OR_NEWLINE.search(text, pos, end)
    if mark is not None:
        stop = mark.start()
        if text[stop] == "\n":
            mark = None
    else:
        stop = end
    starts: list[int] = []
    append = starts.append
    seg = text[pos:stop]
    words = seg.split(None, limit)
    if len(words) > limit:
        del words[limit:]
    body = seg.lstrip()  # the same whitespace as split() skips
    p = pos + len(seg) - len(body)
    if body.startswith(" ".join(words)):
        # one space between words (the usual case): offsets follow from the lengths
        for word in words:
            append(p)
            p += len(word) + 1
    else:
        p = pos
        find = text.find
        for word in words:
            p = find(word, p)
            append(p)
            p += len(word)
    n_words = len(words)
    if mark is not None and n_words < limit:
        append(stop)
    words += _PAD
    return words, starts, n_words


def _token_end(toks: _Tokens, k: int) -> int:
    """End of token ``k`` (a word, or the one-character mark after the words)."""
    words, starts, n_words = toks
    return starts[k] + (len(words[k]) if k < n_words else 1)


def _key(word: str) -> str:
    if word.startswith(_DEFINITE) and len(word) > 3:
        word = word[2:]
    if word.endswith("يه"):
        word = word[:-1]
    elif word.endswith(("يون", "يين")):
        word = word[:-2]
    return word


_NATIONALITY_KEYS = frozenset(_key(w) for w in _NATIONALITIES)


# Words that are never part of a name: stop and time words, verb forms, titles, source
# heads, modifiers, complementizers (اننا، انهم) and the one spoken to (لرويترز، لوكالة).
_NOT_NAME = (
    _STOP | _TIME | _VERB_FORMS | _TITLES | _SOURCES | _MODIFIERS | _COMP_FORMS | ADDRESSEES
)
# Definite words that cannot end a three-part name.
_NOT_FAMILY = _TIME | _STOP | _NATIONALITIES | _MODIFIERS | _TITLES


def _is_name_word(word: str) -> bool:
    return (
        len(word) >= 2
        and word not in _NOT_NAME
        and not word.isdigit()
        and not word.startswith(("ال", "لل", "بال", "فال", "كال"))  # the article; للامم، بالقول
        and not (len(word) > 5 and word.startswith("وال"))  # والتعاون (not والتر)
        # ب/ل/و + a word that is no name (بضرورة، بذلك، لذلك، وفيها)
        and not (word[0] in "بلو" and word[1:] in _NOT_NAME)
    )


def _is_family_name(word: str) -> bool:
    """A definite word that may end a three-part name (احمد ناصر المحمد)."""
    return (
        word.startswith(_DEFINITE)
        and word not in _NOT_FAMILY
        and not word.endswith(_OBJECT_ENDINGS)
    )


def _ends_name(word: str) -> bool:
    """Whether ``word`` may follow a full name: the end of the words read, إن/أن, a time
    word, a preposition or the one spoken to."""
    return not word or word in _COMP_FORMS or word in _TIME or word in _STOP or word in ADDRESSEES


def _read_name(words: list[str], n_words: int, i: int, titled: bool = False) -> int:
    """Number of words of a personal name starting at ``words[i]`` (0 if none).

    After a title (``titled``) a definite second word is a surname (حيدر العبادي).
    """
    n = 0
    count = 0  # name words read (particles not counted)
    compound = False  # the first name has two parts (سيف الاسلام، نور الدين)
    prev = ""  # the word before words[i + n]
    while i + n < n_words and count < 3:
        word = words[i + n]
        if word in _PARTICLES and i + n + 1 < n_words:
            n += 1
            prev = word
            continue
        if count > 0 and word[0] == "و" and word not in _WAW_NAMES and len(word) > 3:
            break  # كيري ولافروف: a coordinated second name, not part of the first
        after_given = n > 0 and prev in _GIVEN
        after_particle = n > 0 and prev in _PARTICLES
        if (
            _is_name_word(word)
            or (  # بشار الاسد، عبد الفتاح، صلاح الدين
                (after_given or after_particle)
                and word.startswith(_DEFINITE)
                and word not in _TIME
                and word not in _STOP
            )
            or (  # حيدر العبادي after a title; سيف الاسلام القذافي
                (titled or compound) and count in (1, 2) and _is_family_name(word)
            )
        ):
            compound = compound or (count == 1 and word in _COMPOUND_SECONDS)
            n += 1
            count += 1
            prev = word
            if count == 2 and not after_particle:
                two_part = word in _COMPOUND_SECONDS  # سيف الاسلام، نور الدين: a first name
                if i + n >= n_words:
                    break
                nxt = words[i + n]
                if not (
                    ((titled or two_part) and _is_family_name(nxt))  # ... القذافي
                    or (two_part and _is_name_word(nxt))  # نور الدين زكري
                    or (_is_name_word(nxt) and _ends_name(words[i + n + 1]))
                ):  # (a third word before إن or punctuation: رجب طيب اردوغان ان)
                    break
            continue
        break
    # a trailing particle is not a name
    while n and words[i + n - 1] in _PARTICLES:
        n -= 1
    return n
