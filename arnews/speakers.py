"""Speaker phrases and who they refer to.

A speaker phrase is what stands in a reporting frame as the one who speaks: a title
with a name (``وزير الخارجية الروسي سيرغي لافروف``), a bare name (``لافروف``), an
organisation (``المرصد السوري لحقوق الإنسان``), a country (``واشنطن``), an unnamed
source (``مسؤول أميركي كبير``, ``مصدر في الوفد الروسي``) or a group (``الطرفان``).

:func:`parse_speaker` reads one phrase at a position of a normalised text;
:class:`SpeakerRegistry` remembers the phrases of one article so that a later short
name (``لافروف``), a definite anaphor (``الوزير الأميركي``, ``المصدر``) or a pronoun
(``لكنهما``) resolves to the most complete mention seen earlier. A registry is created
per call: there is no module-level state.

>>> from arnews.text import normalize_with_offsets
>>> nt = normalize_with_offsets("قال وزير الخارجية الأميركي جون كيري إن")
>>> p = parse_speaker(nt.text, 4)
>>> (nt.text[p.start:p.end], nt.text[p.name_start:p.name_end], p.kind)
('وزير الخارجيه الاميركي جون كيري', 'جون كيري', 'person')
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Literal

import attrs

from arnews.lexicon import actors, sources, speech
from arnews.text import NormalizedText, normalize, normalized_set

__all__ = [
    "ADDRESSEES",
    "NEVER_SPEAKER",
    "SpeakerKind",
    "SpeakerPhrase",
    "SpeakerRegistry",
    "find_speaker",
    "may_head",
    "parse_speaker",
    "speaker_before",
    "with_family_name",
]

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


@attrs.frozen
class SpeakerPhrase:
    """A speaker phrase in a normalised text (offsets into ``nt.text``).

    >>> p = parse_speaker(normalize("مسؤول أميركي كبير قال"), 0)
    >>> (p.start, p.end, p.kind, p.number)
    (0, 17, 'unnamed', 'singular')

    Attributes:
        start: first character of the phrase.
        end: one past the last character of its first conjunct.
        kind: person, name (a bare name), organization, country, unnamed or group.
        name_start: start of the personal name inside the phrase, if any.
        name_end: end of the personal name.
        number: grammatical number (a coordination is dual).
        definite: whether the head carries the article (an anaphor, not a new source).
        frame_end: end of the whole phrase including a coordinated second conjunct.
        conjunct_start: start of the coordinated second conjunct (after its و), if any.
    """

    start: int
    end: int
    kind: SpeakerKind
    name_start: int | None = None
    name_end: int | None = None
    number: Number = "singular"
    definite: bool = False
    frame_end: int = -1
    conjunct_start: int | None = None


class Phrase:
    """A speaker phrase as the extractors read it: the fields of :class:`SpeakerPhrase`
    in a plain slotted class (not part of the public API).

    Quotes read about a dozen phrases per article and hand most of them only to a
    :class:`SpeakerRegistry`; a plain object costs a third of a frozen ``attrs`` one
    to build. :func:`read_phrase` returns one, :func:`parse_speaker` turns it into a
    :class:`SpeakerPhrase`.
    """

    __slots__ = (
        "conjunct_start",
        "definite",
        "end",
        "frame_end",
        "kind",
        "name_end",
        "name_start",
        "number",
        "start",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: SpeakerKind,
        name_start: int | None = None,
        name_end: int | None = None,
        number: Number = "singular",
        definite: bool = False,
        frame_end: int = -1,
        conjunct_start: int | None = None,
    ) -> None:
        """The fields in the order of :class:`SpeakerPhrase`."""
        self.start = start
        self.end = end
        self.kind: SpeakerKind = kind
        self.name_start = name_start
        self.name_end = name_end
        self.number: Number = number
        self.definite = definite
        self.frame_end = frame_end
        self.conjunct_start = conjunct_start

    def public(self) -> SpeakerPhrase:
        """The same phrase as a :class:`SpeakerPhrase`."""
        return SpeakerPhrase(
            self.start, self.end, self.kind, self.name_start, self.name_end, self.number,
            self.definite, self.frame_end, self.conjunct_start,
        )


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


def _literal_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` (longest first) as whole words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)")


_MULTI_COUNTRIES = tuple(c for c in _COUNTRIES if " " in c)
# The first letters (three, or fewer if a listed name is shorter) of every organisation
# and multiword country: a phrase whose first letters are not among them cannot match.
_HEAD_LEN = min(3, *map(len, _MULTI_ORGS), *map(len, _MULTI_COUNTRIES))


def _by_head(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``names`` grouped by their first :data:`_HEAD_LEN` letters."""
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        out[name[:_HEAD_LEN]] = (*out.get(name[:_HEAD_LEN], ()), name)
    return out


_MULTI_ORG_BY_HEAD = _by_head(_MULTI_ORGS)
_MULTI_COUNTRY_BY_HEAD = _by_head(_MULTI_COUNTRIES)
_MULTI_ORG_HEADS = frozenset(_MULTI_ORG_BY_HEAD)
_MULTI_COUNTRY_HEADS = frozenset(_MULTI_COUNTRY_BY_HEAD)


@functools.cache
def _multi_org_re(head: str) -> re.Pattern[str]:
    """The organisations that start with ``head`` as one pattern, compiled on first use
    (a match tries only these few, not every organisation)."""
    return _literal_words(_MULTI_ORG_BY_HEAD[head])


@functools.cache
def _multi_country_re(head: str) -> re.Pattern[str]:
    """The multiword countries that start with ``head``, compiled on first use."""
    return _literal_words(_MULTI_COUNTRY_BY_HEAD[head])


#: What :func:`_parse_at` reads: (start, end, kind, name_start, name_end, number,
#: definite); a plain tuple, the one :class:`SpeakerPhrase` is built by the caller.
_Parsed = tuple[int, int, SpeakerKind, "int | None", "int | None", Number, bool]


def parse_speaker(
    text: str, pos: int, *, allow_bare: bool = True, stop: int | None = None
) -> SpeakerPhrase | None:
    """Read a speaker phrase starting at ``pos`` (spaces skipped) in normalised ``text``.

    Args:
        text: a normalised text (:attr:`arnews.text.NormalizedText.text`).
        pos: where to start reading.
        allow_bare: whether a bare name without a title may be the phrase.
        stop: read nothing at or after this offset (default: the end of the text).

    Returns:
        The phrase, or None when no speaker phrase starts there.

    >>> from arnews.text import normalize
    >>> t = normalize("مصدر في الوفد الروسي إلى جنيف")
    >>> p = parse_speaker(t, 0)
    >>> (t[p.start:p.end], p.kind)
    ('مصدر في الوفد الروسي', 'unnamed')
    """
    phrase = read_phrase(text, pos, allow_bare=allow_bare, stop=stop)
    return None if phrase is None else phrase.public()


# words that can start a phrase other than a bare name (see _parse_at)
_HEAD_WORDS = _TITLES | _SOURCES | _COUNTRIES | _DUALS | _AGENTS | _NATIONALITIES
_MULTI_HEADS = _MULTI_ORG_HEADS | _MULTI_COUNTRY_HEADS


def may_head(word: str) -> bool:
    """Whether ``word`` (normalised) may start a speaker phrase other than a bare name:
    a title, a source, a body, a country or a group (a cheap check before reading).

    >>> may_head(normalize("وزير")), may_head(normalize("الطقس"))
    (True, False)
    """
    return word in _HEAD_WORDS or word[:_HEAD_LEN] in _MULTI_HEADS or word == _KOL


def read_phrase(
    text: str, pos: int, *, allow_bare: bool = True, stop: int | None = None
) -> Phrase | None:
    """:func:`parse_speaker` as a :class:`Phrase` (for the extractors)."""
    toks = _tokens(text, pos, MAX_WORDS + 4, len(text) if stop is None else stop)
    words, starts, n_words = toks
    if not n_words:
        return None
    i = 0
    if words[0] == _KOL and len(starts) > 2 and words[1] == _MIN:
        i = 2  # كل من كيري ولافروف
    if words[i] in NEVER_SPEAKER:
        return None  # قال فيها، فقد قال، حسبما أفاد: never a speaker
    phrase = _parse_at(text, toks, i, allow_bare)
    if phrase is None:
        return None
    p_start, p_end, p_kind, name_start, name_end, number, definite = phrase
    if p_kind == "person" and name_start is None:
        named = _name_after_comma(text, p_end, len(text) if stop is None else stop)
        if named is not None:
            # وزير الخارجيه الفلسطيني، رياض المالكي، ...: the name set off by commas
            name_start, name_end = named
            p_end = name_end
            definite = True
            toks = _tokens(text, pos, MAX_WORDS + 8, name_end)
            words, starts, n_words = toks
    # coordination: X و Y (the first conjunct speaks for the frame)
    j = bisect_left(starts, p_end, i)  # the first token after the phrase
    frame_end = p_end
    conjunct: int | None = None
    if j < n_words:
        word = words[j]
        if word[0] == "و" and len(word) > 2:
            # the token at j loses its leading و (a conjunction)
            shifted = ([word[1:], *words[j + 1 :]], [starts[j] + 1, *starts[j + 1 :]],
                       n_words - j)
            second = _parse_at(text, shifted, 0, allow_bare=True)
            if second is not None and (
                second[2] != "name"
                or (allow_bare and p_kind in ("name", "person"))  # كيري ولافروف
            ):
                frame_end = second[1]
                number = "dual"
                conjunct = second[0]
    return Phrase(
        p_start, p_end, p_kind, name_start, name_end, number, definite, frame_end, conjunct,
    )


def _name_after_comma(text: str, pos: int, stop: int) -> tuple[int, int] | None:
    """(start, end) of a name set off by a comma after a title (``الوزير، جون كيري،``):
    the name follows the comma and is followed by a comma, a colon, لـ or the end."""
    p = pos
    while p < stop and text[p] in " \t\u00a0":
        p += 1
    if p >= stop or text[p] not in "،,":
        return None
    toks = _tokens(text, p + 1, 5, stop)
    words, starts, n_words = toks
    n = _read_name(words, n_words, 0, titled=True)
    if not n:
        return None
    end = _token_end(toks, n - 1)
    q = end
    while q < stop and text[q] in " \t\u00a0":
        q += 1
    if q < stop and not (text[q] in "،,:" or (text[q] == "ل" and words[n][:2] in ("ل", "لـ"))
                         or words[n] in ADDRESSEES):
        return None
    return starts[0], end


_OPEN_MARKS = "\"«“»"
_CLOSE_MARKS = {"\"": "\"", "«": "»", "“": "”", "»": "«"}


def _quoted_name_end(text: str, pos: int) -> int:
    """End of a quoted name right after ``pos`` (``"نيويورك تايمز"``، ``«الأيام»``): one
    to four words between marks on the same line, not a clause (إن/أن); -1 if none."""
    p = pos
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    if p >= len(text) or text[p] not in _OPEN_MARKS:
        return -1
    close = text.find(_CLOSE_MARKS[text[p]], p + 1, p + 48)
    if close < 0:
        return -1
    inner = text[p + 1 : close].split()
    if not 1 <= len(inner) <= 4 or "\n" in text[p:close] or inner[0] in _COMP_FORMS:
        return -1
    return close + 1


def _parse_at(text: str, toks: _Tokens, i: int, allow_bare: bool) -> _Parsed | None:
    # ``w[k]`` is the word at ``k``, or "" past the last word (up to ``_PAD`` words)
    w, starts, n_words = toks
    if i >= n_words:
        return None
    n_toks = len(starts)
    start = starts[i]
    word = w[i]
    word_end = start + len(word)

    # multiword organisations and countries
    head = text[start : start + _HEAD_LEN]
    org_end = -1
    if head in _MULTI_ORG_HEADS:
        m = _multi_org_re(head).match(text, start)
        if m is not None and m.end() <= _token_end(toks, n_toks - 1):
            org_end = m.end()  # (a name running past the words read is not read)
    if org_end > 0 and (" " in text[start:org_end] or word in _SINGLE_ORGS):
        k = 0
        while _token_end(toks, k) < org_end:
            k += 1
        k += 1
        if word in _ORG_NAME_HEADS and w[k] and _is_name_word(w[k]):
            k += 1  # وكالة رويترز
        added = 0
        while added < 4 and w[k] and (
            (w[k].startswith(_DEFINITE) and w[k] not in _TIME and w[k] not in _STOP
             and (w[k] in _NATIONALITIES or not w[k].endswith(_OBJECT_ENDINGS)))
            or (added and _and_word(w[k]))  # هيئه الشباب والرياضه
            or (w[k].startswith("ل") and not w[k].startswith(_DEFINITE)
                and w[k + 1].startswith(_DEFINITE) and w[k] not in _STOP)
        ):
            k += 1
            added += 1
        end = _token_end(toks, k - 1)
        if not word.startswith(_DEFINITE):
            quoted = _quoted_name_end(text, end)
            if quoted > 0:
                end = quoted  # صحيفه "غلوبال تايمز"، حركه «حماس»
        return (start, end, "organization", None, None, "singular",
                word.startswith(_DEFINITE))
    if head in _MULTI_COUNTRY_HEADS:
        m = _multi_country_re(head).match(text, start)
        if m is not None and m.end() > 0:
            return (start, m.end(), "country", None, None, "singular", True)
    if word in _COUNTRIES:
        return (start, word_end, "country", None, None, "singular", True)
    if word in _DUALS:
        return (start, word_end, "group", None, None, "dual", True)
    if word in _AGENTS or (
        word.startswith(_DEFINITE) and word.endswith(("يون", "يين")) and word in _NATIONALITIES
    ):  # المحتجون، الفلسطينيون
        return (start, word_end, "group", None, None, "plural", True)
    if word in _TITLES or word in _SOURCES:
        person = word in _TITLES
        plural = word.endswith(("ون", "ين")) and not person  # الامين is singular
        k = _title_chain(w, n_words, i, person)
        end = _token_end(toks, k - 1)
        name_start: int | None = None
        name_end: int | None = None
        if person and k < n_toks:
            n = _read_name(w, n_words, k, titled=True)
            if n:
                name_start, name_end = starts[k], _token_end(toks, k + n - 1)
                end = name_end
        return (
            start, end, "person" if person else "unnamed", name_start, name_end,
            "plural" if plural else "singular",
            word.startswith(_DEFINITE) or name_start is not None
            or (person and k > i + 1 and w[i + 1].startswith(_DEFINITE)),  # وزير الخارجيه
        )
    if allow_bare:
        n = _read_name(w, n_words, i)
        if n == 1 and i + 2 < n_words and w[i + 2] in _TITLES and _is_family_name(w[i + 1]) \
                and w[i + 1] not in _NOT_NAME:
            n = 2  # ماهر الخطيب نائب رئيس البلديه: the family name before the title
        if n and i + n < n_words and w[i + n] in _TITLES:
            # a name and its title after it (حنيفة امان وزير الخارجيه الماليزي): the
            # title describes the name when it names no one else
            k = _title_chain(w, n_words, i + n, True)
            if _read_name(w, n_words, k, titled=True) == 0:
                name_end = _token_end(toks, i + n - 1)
                return (start, _token_end(toks, k - 1), "person", start, name_end,
                        "singular", True)
        if n:
            end = _token_end(toks, i + n - 1)
            return (start, end, "name", start, end, "singular", True)
    return None


def _and_word(word: str) -> bool:
    """و + a definite word that continues a title or a body's name (وزير الصناعه
    والتجاره، الهيئه العامه للشباب والرياضه), not a second speaker (والسفير)."""
    return (
        len(word) > 4
        and word[0] == "و"
        and word[1:3] == _DEFINITE
        and word[1:] not in _TITLES
        and word[1:] not in _SOURCES
        and word[1:] not in _DUALS
        and word[1:] not in _TIME
        and word[1:] not in _STOP
    )


def _title_chain(w: list[str], n_words: int, i: int, person: bool) -> int:
    """The index after a title or source head at ``w[i]`` and the words that qualify it:
    nationalities and modifiers, a definite complement (وزير الخارجيه), a body in the
    construct (رئيس نادي الزمالك، عميد شؤون الطلاب، وزير خارجيه الفلبين), one
    prepositional phrase (الامين العام للامم المتحده، المتحدث باسم الحكومه), further
    titles (وكيل الجامعه للتطوير الدكتور) and definite words joined by و (والتعاون)."""
    k = i + 1
    prep_used = False
    while k < n_words and k - i < MAX_WORDS:
        cur = w[k]
        if cur in _NATIONALITIES or cur in _MODIFIERS or (person and cur in _TITLES):
            k += 1
            continue
        if person and cur.startswith(_DEFINITE) and cur not in _TIME and cur not in _STOP \
                and (k == i + 1 or w[k - 1] in _TITLES):
            k += 1  # وزير الخارجيه، رئيس الحكومه، نائب رئيس البلديه
            continue
        if person and k > i + 1 and k + 1 == n_words and cur.startswith(_DEFINITE) \
                and cur not in _NOT_FAMILY and w[k - 1].startswith(_DEFINITE):
            k += 1  # محافظ البحر الاحمر، ...: the last word before a comma
            continue
        if k > i + 1 and cur[0] == "و" and _and_word(cur) and w[k - 1].startswith(_DEFINITE):
            k += 1  # وزير الشؤون الخارجيه والتعاون الافريقي
            continue
        if person and (cur in _SINGLE_ORGS or cur in _CONSTRUCT_HEADS or (
            _DEFINITE + cur in _MODIFIERS
        )) and (w[k + 1].startswith(_DEFINITE) or w[k + 1] in _COUNTRIES) \
                and w[k + 1] not in _TIME and w[k + 1] not in _STOP:
            k += 2  # رئيس مجلس الوزراء، رئيس نادي الزمالك، وزير خارجيه الفلبين
            continue
        if person and not prep_used and len(cur) > 3 and cur not in ADDRESSEES and (
            cur.startswith("لل") or (cur[0] == "ل" and w[k + 1].startswith(_DEFINITE))
        ):
            prep_used = True  # الامين العام للامم المتحده، لجامعه الدول العربيه
            k += 1
            while w[k] and ((w[k].startswith(_DEFINITE) and w[k] not in _TIME
                             and w[k] not in _STOP) or _and_word(w[k])):
                k += 1
            continue
        if cur in _PREPS and not prep_used and w[k + 1] and w[k + 1] not in _TIME:
            nxt = w[k + 1]
            if nxt.startswith(_DEFINITE) or nxt in _COUNTRIES or nxt in _SINGLE_ORGS:
                prep_used = True
                k += 2
                while w[k] and (w[k] in _NATIONALITIES or (
                    (cur == "باسم" or nxt in _SINGLE_ORGS)  # مسؤول في وزاره التجاره
                    and w[k].startswith(_DEFINITE) and w[k] not in _TIME)):
                    k += 1
                continue
        break
    return k


_BOUNDARY_PUNCT = frozenset(".،,:؛;!?؟()\n«»\"“”")
# up to the last boundary mark (greedy, then back from the end: linear)
_LAST_BOUNDARY = re.compile(
    ".*[" + "".join(re.escape(c) for c in sorted(_BOUNDARY_PUNCT)) + "]", re.DOTALL
)
_AUX = _norm_set(speech.AUXILIARIES)
_PRONOUNS = {normalize(k): v for k, v in speech.PRONOUN_SUBJECTS.items() if " " not in k}
_CLAUSE_WORDS = _norm_set(speech.CLAUSE_WORDS)
_QAD = _norm_set(("قد", "لقد"))
# words that begin with a و of their own (وزير، وزاره، واشنطن): و is not "and" there
_WAW_HEADS = _TITLES | _SOURCES | _SINGLE_ORGS | _COUNTRIES | _WAW_NAMES
_MAX_FRONTED = 9  # words of a fronted subject


def speaker_before(text: str, pos: int) -> tuple[str, SpeakerPhrase | None] | None:
    """The subject written before a verb at ``pos``: a pronoun or a fronted phrase.

    Returns ``("pronoun:<number>", None)`` for ``لكنه``/``ولكنهما``/``لكنهم``,
    ``("phrase", phrase)`` for a fronted subject running from a clause boundary
    (``كيري ولافروف قالا``, ``وكانت وزارة الخارجية نفت``), else None.

    >>> from arnews.text import normalize
    >>> t = normalize("فشل الطرفان، ولكنهما قالا")
    >>> speaker_before(t, t.index("قالا"))
    ('pronoun:dual', None)
    >>> speaker_before(normalize("البيت الأبيض"), 1) is None  # a name cut by the verb
    True
    """
    found = fronted_speaker(text, pos)
    if found is None:
        return None
    kind, phrase = found
    return kind, None if phrase is None else phrase.public()


def with_family_name(text: str, phrase: Phrase) -> Phrase | None:
    """A bare one-word name with the definite family name after it (جاسم الهويدي، وهب
    القريني, عمرو السوليه), or None when the next word cannot be a family name.

    >>> from arnews.text import normalize
    >>> t = normalize("قال جاسم الهويدي إن")
    >>> p = with_family_name(t, read_phrase(t, 4))
    >>> t[p.start:p.end]
    'جاسم الهويدي'
    """
    if phrase.kind != "name" or phrase.name_start is None:
        return None
    p = phrase.end
    while p < len(text) and text[p] in " \t\u00a0":
        p += 1
    if not text.startswith(_DEFINITE, p):
        return None  # (the usual case, ruled out before the words are read)
    toks = _tokens(text, phrase.start, 3, len(text))
    words, _, n_words = toks
    if n_words < 2 or " " in text[phrase.start : phrase.end]:
        return None
    family = words[1]
    if not _is_family_name(family) or family in _NOT_NAME or family[2:] in _COUNTRIES \
            or family in _COUNTRIES or family in _DUALS or family in _AGENTS:
        return None
    end = _token_end(toks, 1)
    return Phrase(phrase.start, end, "name", phrase.start, end, definite=True, frame_end=end)


def fronted_speaker(text: str, pos: int) -> tuple[str, Phrase | None] | None:
    """:func:`speaker_before` with the phrase as a :class:`Phrase` (for the extractors)."""
    lo = max(0, pos - 240)
    q = pos
    while q > lo and text[q - 1].isspace():
        q -= 1
    if q > lo and text[q - 1] in "،,":
        return _before_apposition(text, q - 1, lo)
    if q == lo or text[q - 1] in _BOUNDARY_PUNCT:
        return None  # nothing but spaces since a clause boundary: no subject
    last = _LAST_BOUNDARY.match(text, lo, pos)
    cut = last.end() if last is not None else lo  # the clause starts there
    truncated = last is None and lo > 0  # the window may start inside a long clause
    words: list[tuple[int, int]] = []
    end = pos
    for word in reversed(text[cut:pos].split()):
        if len(words) >= _MAX_FRONTED:
            return None
        s = text.rfind(word, lo, end)
        end = s
        if not words and word in _PRONOUNS:
            return f"pronoun:{_PRONOUNS[word]}", None
        if word in _CLAUSE_WORDS:
            break  # غير ان الكرملين اعلن: the subject starts after ان
        if word in _AUX:
            if not words and word in _QAD:
                continue  # قد before the verb
            if words:
                break  # وكانت الوزاره نفت
        words.append((s, s + len(word)))
    else:
        if truncated:
            return None
    if not words or len(words) >= _MAX_FRONTED:
        return None
    words.reverse()
    start = words[0][0]
    first = text[start : words[0][1]]
    if first[0] == "و" and len(first) > 1 and first not in _WAW_HEADS:
        start += 1
    end = words[-1][1]
    phrase = read_phrase(text, start, allow_bare=True, stop=end)
    if phrase is not None and phrase.kind == "name" and max(phrase.end, phrase.frame_end) < end:
        phrase = with_family_name(text, phrase)  # يذكر ان عمرو السوليه اكد
    if phrase is None or (phrase.frame_end if phrase.frame_end > 0 else phrase.end) != end:
        return None
    return "phrase", phrase


def _before_apposition(text: str, comma: int, lo: int) -> tuple[str, Phrase | None] | None:
    """The subject before an apposition set off by commas right before the verb (``بن
    واليس، الوزير البريطاني المسؤول عن الامن، قال``): the words between the commas open
    with a title, and a subject ends at the first comma."""
    first = text.rfind("،", lo, comma)
    if first < 0 or comma - first > 90 or "\n" in text[first:comma]:
        return None
    words = text[first + 1 : comma].split(None, 1)
    if not words or not may_head(words[0]):
        return None
    title = read_phrase(text, first + 1, allow_bare=False, stop=comma)
    if title is None or title.kind not in ("person", "unnamed") or title.name_start is not None:
        return None
    return fronted_speaker(text, first)


def find_speaker(text: str) -> str | None:
    """The speaker phrase at the start of ``text``, as written, or None.

    >>> find_speaker("المتحدث باسم الكرملين دميتري بيسكوف الجمعة")
    'المتحدث باسم الكرملين دميتري بيسكوف'
    >>> find_speaker("في جنيف") is None
    True
    """
    from arnews.errors import check_text
    from arnews.text import normalize_with_offsets

    nt = normalize_with_offsets(check_text(text))
    p = parse_speaker(nt.text, 0)
    return None if p is None else nt.original_text(p.start, p.end)


class _Entity:
    """One speaker of an article: the keys and names it is known by."""

    __slots__ = ("best", "keys", "kind", "last", "names", "number", "order")

    def __init__(
        self,
        keys: set[str],
        names: set[tuple[str, ...]],
        best: tuple[int, int, int],  # (weight, original start, original end)
        number: Number,
        last: int,
        kind: SpeakerKind,
    ) -> None:
        self.keys = keys
        self.names = names
        self.best = best
        self.number: Number = number
        self.last = last
        self.kind: SpeakerKind = kind
        self.order = 0  # position in the registry: later entities win ties


class SpeakerRegistry:
    """The speakers of one article, for coreference (one registry per call).

    Entities are indexed by each word of their names and by each descriptive key, so a
    lookup costs the same however long the article is.

    >>> from arnews.text import normalize_with_offsets
    >>> nt = normalize_with_offsets("قال وزير الخارجية الروسي سيرغي لافروف ... وقال لافروف")
    >>> reg = SpeakerRegistry(nt)
    >>> reg.resolve(parse_speaker(nt.text, 4))[0]
    'سيرغي لافروف'
    >>> reg.resolve(parse_speaker(nt.text, nt.text.rindex("لافروف")))[0]
    'سيرغي لافروف'
    """

    def __init__(self, nt: NormalizedText) -> None:
        """Start an empty registry over ``nt``."""
        self.nt = nt
        self.entities: list[_Entity] = []
        self._name_index: dict[str, list[_Entity]] = {}
        self._key_index: dict[str, list[_Entity]] = {}
        self._last_person: _Entity | None = None
        # _key of each word seen, "" for a stop word (a per-registry memo)
        self._keys: dict[str, str] = {}

    def _new(self, ent: _Entity) -> _Entity:
        ent.order = len(self.entities)
        self.entities.append(ent)
        return ent

    def _index(self, ent: _Entity, name: tuple[str, ...] | None, keys: set[str]) -> None:
        if name is not None:
            index = self._name_index
            for word in name:
                bucket = index.get(word)
                if bucket is None:
                    index[word] = [ent]
                elif bucket[-1] is not ent:
                    bucket.append(ent)
        index = self._key_index
        for key in keys:
            bucket = index.get(key)
            if bucket is None:
                index[key] = [ent]
            elif bucket[-1] is not ent:
                bucket.append(ent)

    def register(self, phrase: SpeakerPhrase | Phrase) -> _Entity:
        """Add ``phrase`` (merging it with the entity it refers to) and return the entity."""
        text = self.nt.text
        memo = self._keys
        keys: set[str] = set()
        first = ""
        for w in text[phrase.start : phrase.end].split():
            k = memo.get(w)
            if k is None:
                k = memo[w] = "" if w in _STOP else _key(w)
            if k:  # (a stop word has no key; no word has an empty one)
                if not first:
                    first = w
                keys.add(k)
        if first in _COUNTERPART and self._last_person is not None:
            # نظيره الاميركي: the counterpart holds the same office as the one just named
            keys |= {k for k in self._last_person.keys if k not in _NATIONALITY_KEYS}
        name_start = phrase.name_start
        name_end = phrase.name_end
        if name_start is not None and name_end is not None:
            name = tuple(text[name_start:name_end].split())
            for x in name:
                k = memo.get(x)
                keys.discard(k if k else _key(x))
            found = self._by_name(name)
            o_start, o_end = self.nt.span(name_start, name_end)
            weight = len(name) * 100 + (o_end - o_start)
            if found is None:
                found = self._new(_Entity(keys, {name}, (weight, o_start, o_end),
                                          phrase.number, phrase.start, phrase.kind))
            else:
                found.keys |= keys
                found.names.add(name)
                if weight > found.best[0]:
                    found.best = (weight, o_start, o_end)
            self._index(found, name, keys)
            found.last = phrase.start
            if phrase.kind == "person":
                self._last_person = found
            return found
        o_start, o_end = self.nt.span(phrase.start, phrase.end)
        weight = len(keys) * 100 + (o_end - o_start)
        found = self._by_keys(keys) if phrase.definite else None
        if found is None:
            found = self._new(_Entity(keys, set(), (weight, o_start, o_end), phrase.number,
                                      phrase.start, phrase.kind))
        else:
            found.keys |= keys
            if weight > found.best[0] and not found.names:
                found.best = (weight, o_start, o_end)
        self._index(found, None, keys)
        found.last = phrase.start
        return found

    def known(self, name: tuple[str, ...]) -> bool:
        """Whether a person called ``name`` (or a longer or shorter form of it) is known.

        >>> from arnews.text import normalize_with_offsets
        >>> reg = SpeakerRegistry(normalize_with_offsets("قال الوزير جون كيري"))
        >>> _ = reg.register(parse_speaker(reg.nt.text, 4))
        >>> reg.known(("كيري",)), reg.known(("لافروف",))
        (True, False)
        """
        return self._by_name(name) is not None

    def _by_name(self, name: tuple[str, ...]) -> _Entity | None:
        if not name:
            return None
        best: _Entity | None = None
        for ent in self._name_index.get(name[-1], ()):
            if best is not None and ent.order <= best.order:
                continue
            for known in ent.names:
                if name == known[-len(name):] or known == name[-len(known):] or (
                    len(name) == 1 and name[0] in known
                ):
                    best = ent
                    break
        return best

    def _by_keys(self, keys: set[str]) -> _Entity | None:
        if not keys:
            return None
        bucket = min((self._key_index.get(k, []) for k in keys), key=len)
        for ent in reversed(bucket):
            if keys <= ent.keys:
                return ent
        return None

    def resolve(self, phrase: SpeakerPhrase | Phrase) -> tuple[str, int, int, _Entity]:
        """Register ``phrase``; return (speaker as written, original start, end, entity)."""
        ent = self.register(phrase)
        return self.describe(ent)

    def describe(self, ent: _Entity) -> tuple[str, int, int, _Entity]:
        """The most complete mention of ``ent``: (text, original start, end, entity)."""
        _, o_start, o_end = ent.best
        return self.nt.original[o_start:o_end], o_start, o_end, ent

    def recent(self, number: Number, before: int, window: int = 400) -> _Entity | None:
        """The latest entity of ``number`` mentioned in the ``window`` before ``before``.

        Only the 64 entities added last are looked at, so the cost does not grow with
        the length of the article.
        """
        for ent in reversed(self.entities[-64:]):
            if ent.number == number and before - window <= ent.last < before:
                return ent
        return None
