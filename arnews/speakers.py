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

import re
from bisect import bisect_left

import attrs

from arnews.lexicon import speech
from arnews.speaker_names import (
    _AGENTS,
    _COUNTRIES,
    _DEFINITE,
    _DUALS,
    _KOL,
    _MIN,
    _NATIONALITIES,
    _NOT_NAME,
    _SINGLE_ORGS,
    _SOURCES,
    _TITLES,
    _WAW_NAMES,
    ADDRESSEES,
    MAX_WORDS,
    NEVER_SPEAKER,
    Number,
    SpeakerKind,
    _is_family_name,
    _norm_set,
    _read_name,
    _token_end,
    _tokens,
)
from arnews.speaker_registry import SpeakerRegistry
from arnews.speaker_titles import (
    _HEAD_LEN,
    _MULTI_COUNTRY_HEADS,
    _MULTI_ORG_HEADS,
    _parse_at,
)
from arnews.text import normalize

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
