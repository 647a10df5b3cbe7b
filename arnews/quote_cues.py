"""Reporting cues of the quote extraction: which words open a reporting frame.

The cue words (reporting verbs and participles with their و/ف prefix, question verbs and
the titles that introduce people) are built once from the lexicon; :func:`_cues` finds
them in a normalised text (through its word index and ``str.find``, or one trie scan for
a long text) and leaves out the verbs that are not a reporting frame (``يذكر ان``، ``الذي
قال``). :class:`_Cue` is one cue found.
"""

from __future__ import annotations

import functools
import re

from arnews.lexicon import speech
from arnews.text import NormalizedText, alternation, normalize

# Every reporting verb form and participle with its lemma, normalised once.
_VERB_FORMS = [
    (normalize(_f), _nl)
    for _lemma, _forms in speech.REPORTING_VERBS.items()
    for _nl in (normalize(_lemma),)
    for _f in _forms
]
_PART_FORMS = [
    (_f, normalize(_f), _nl)
    for _lemma, _forms in speech.PARTICIPLE_CUES.items()
    for _nl in (normalize(_lemma),)
    for _f in _forms
]
_VERB_LEMMA: dict[str, str] = {}
for _nf, _nl in _VERB_FORMS:
    _VERB_LEMMA.setdefault(_nf, _nl)


def _form_number(form: str, lemma: str) -> str:
    """Grammatical number of a verb or participle form: singular, dual or plural."""
    if form == lemma:
        return "singular"
    if form.endswith(("تا", "ان", "تين")) or form == lemma + "ا":
        return "dual"
    if form.endswith(("وا", "ون", "ين", "ات")) or form == lemma + "ن" or form.endswith("لن"):
        return "plural"
    return "singular"


_FORM_NUMBER: dict[str, str] = {}
for _nf, _nl in _VERB_FORMS:
    if _nf not in _FORM_NUMBER:
        _FORM_NUMBER[_nf] = _form_number(_nf, _nl)
for _f, _nf, _ in _PART_FORMS:
    _n = "dual" if _f.endswith("تين") else "plural" if _f.endswith(("ين", "ات")) else (
        "singular")
    _FORM_NUMBER.setdefault(_nf, _n)
_PART_LEMMA: dict[str, str] = {}
for _, _nf, _nl in _PART_FORMS:
    _PART_LEMMA.setdefault(_nf, _nl)
_QUESTION = frozenset(normalize(w) for w in speech.QUESTION_CUES)
_MENTION_WORDS = frozenset(
    normalize(w)
    for w in (*speech.SPEAKER_TITLES, *speech.DUAL_GROUPS, *speech.AGENT_PLURALS,
              "المسؤولون", "مسؤولون", "المصادر", "المتابعون")
)

# Every cue word as written in the normalised text (with its و/ف prefix), mapped to
# (kind, lemma, prefix length).
_EVENT_WORDS: dict[str, tuple[str, str, int]] = {}
for _w in _MENTION_WORDS:
    _EVENT_WORDS.setdefault(_w, ("mention", "", 0))
    _EVENT_WORDS.setdefault("و" + _w, ("mention", "", 1))
for _w in _PART_LEMMA:
    _EVENT_WORDS[_w] = ("part", _PART_LEMMA[_w], 0)
for _w, _lemma in (*_VERB_LEMMA.items(), *((q, q) for q in _QUESTION)):
    _kind = "question" if _w in _QUESTION else "verb"
    _EVENT_WORDS[_w] = (_kind, _lemma, 0)
    for _p in "وف":
        _EVENT_WORDS.setdefault(_p + _w, (_kind, _lemma, 1))
# The cues are found as whole words (``(?<!\w)entry(?!\w)``, the longest entry at a
# place winning) through the text's shared word index instead of a scan of the text:
# the words of the text that are cue words, or the first word of a cue of several
# words (``الرئيس التنفيذي``), are looked up with ``str.find``. A word with a و/ف
# prefix is found through the word without it (one search finds قال and وقال).
_WORD = re.compile(r"\w+")
_EVENT_MULTI: dict[str, tuple[str, ...]] = {}  # first word -> entries, longest first
for _w in sorted(_EVENT_WORDS, key=len, reverse=True):
    # (every entry starts and ends with a word character: tests/test_quotes.py checks it)
    _m = _WORD.match(_w)
    assert _m is not None
    if _m.end() < len(_w):
        _EVENT_MULTI[_m.group()] = (*_EVENT_MULTI.get(_m.group(), ()), _w)
_EVENT_FIRST = frozenset(_EVENT_WORDS) | frozenset(_EVENT_MULTI)
# the string searched for each first word: without its و/ف prefix when that is a word too
_EVENT_NEEDLE = {
    w: w[1:] if w[0] in "وف" and w[1:] in _EVENT_FIRST else w for w in _EVENT_FIRST
}
# Each searched string costs one pass of ``str.find`` over the text (under 1 ns a
# character), one scan with the trie of every entry about 50 ns a character: a text
# with more distinct cue words than this (a long text) is scanned once instead, so
# that the cost per character stays bounded by the trie scan.
MAX_FIND_PASSES = 64


@functools.cache
def _events() -> re.Pattern[str]:
    """Every cue entry as one trie pattern, compiled on first use (for long texts).

    Building and compiling it takes tens of milliseconds, which ``import arnews``
    should not pay.
    """
    return re.compile(r"(?<!\w)(?:" + alternation(_EVENT_WORDS, " ") + r")(?!\w)")


def _find_entries(
    text: str, present: frozenset[str], needles: set[str]
) -> list[tuple[int, str]]:
    """(start, entry) of the cue entries in ``text``, in order, not overlapping: the
    matches of the trie scan, found with one ``str.find`` pass per needle.

    ``present`` are the words of the text that are entries or first words of entries,
    ``needles`` the strings searched for them.
    """
    size = len(text)
    find = text.find
    found: dict[int, str] = {}  # start -> the word there (a cue or a first word)
    for needle in needles:
        length = len(needle)
        pos = find(needle)
        while pos >= 0:
            end = pos + length
            if end < size:
                c = text[end]
                if c.isalnum() or c == "_":  # (\w of ``re``) not a word end
                    pos = find(needle, pos + 1)
                    continue
            if pos == 0:
                found[0] = needle
            else:
                c = text[pos - 1]
                if not (c.isalnum() or c == "_"):
                    found[pos] = needle
                elif c in "وف" and (
                    pos == 1 or not (text[pos - 2].isalnum() or text[pos - 2] == "_")
                ):  # a و/ف prefix: the whole word is found through the bare one
                    word = c + needle
                    if word in present:
                        found[pos - 1] = word
            pos = find(needle, pos + 1)
    out: list[tuple[int, str]] = []
    last = 0
    events = _EVENT_WORDS
    multis = _EVENT_MULTI
    for start in sorted(found):
        if start < last:
            continue  # inside a cue of several words
        word = found[start]
        entry = word
        if word in multis:
            entry = ""
            for multi in multis[word]:
                end = start + len(multi)
                if text.startswith(multi, start) and (
                    end == size or not (text[end].isalnum() or text[end] == "_")
                ):
                    entry = multi
                    break
            if not entry:
                if word not in events:
                    continue  # only the first word of a longer cue
                entry = word
        out.append((start, entry))
        last = start + len(entry)
    return out


def _cues(nt: NormalizedText) -> tuple[list[_Cue], list[_Cue]]:
    r"""Every cue in ``nt.text`` in order, and the speech cues (not mentions) among them.

    The cue entries are the matches of ``(?<!\w)(?:entries)(?!\w)`` (longest first);
    a verb that is not a reporting frame (``يذكر ان``, ``الذي قال``) is left out.
    """
    present = nt.words.intersection(_EVENT_FIRST)
    if not present:
        return [], []
    text = nt.text
    needles = {_EVENT_NEEDLE[w] for w in present}
    if len(needles) > MAX_FIND_PASSES:
        entries = [(m.start(), m.group()) for m in _events().finditer(text)]
    else:
        entries = _find_entries(text, present, needles)
    cues: list[_Cue] = []
    speech_cues: list[_Cue] = []
    events = _EVENT_WORDS
    for start, entry in entries:
        end = start + len(entry)
        kind, lemma, prefix = events[entry]
        if kind == "mention":
            cues.append(_Cue(start + prefix, end, start, lemma, kind))
            continue
        if kind == "verb" and (
            (entry[prefix:] in _NOT_CUE_HEADS and text.startswith(_NOT_CUES, start + prefix))
            or (
                text[start - 2 : start] in _RELATIVE_ENDINGS
                and text.endswith(_RELATIVES, max(0, start - 8), start)
                and _RESUMPTIVE.match(text, end) is None  # الذي قال فيه الوزير: a frame
            )
        ):
            continue  # يذكر ان، طلب عدم نشر اسمه، الذي قال: not a reporting frame
        if lemma == _NAQAL and text.find(_AN_SPACED, end, end + _NAQAL_REACH) < 0:
            continue  # نقلت الى المستشفى: carried, not relayed (نقلت الوكاله عن ...)
        cue = _Cue(start + prefix, end, start, lemma, kind)
        cues.append(cue)
        speech_cues.append(cue)
    return cues, speech_cues


_NOT_CUES = tuple(normalize(w) for w in speech.NOT_CUES)
# A phrase of _NOT_CUES can start at a cue only when its first word is the cue's word
# (the cue ends at a word boundary).
assert all(re.match(r"\w", w) for w in _NOT_CUES)
_NOT_CUE_HEADS = frozenset(re.findall(r"\w+", w)[0] for w in _NOT_CUES)

_RELATIVES = tuple(normalize(w) + " " for w in speech.RELATIVE_PRONOUNS)
# the last letter and space of each relative: the two characters before a cue rule
# most cues out before the relatives are compared
_RELATIVE_ENDINGS = frozenset(r[-2:] for r in _RELATIVES)

_NAQAL = normalize("نقل")
_AN_SPACED = " " + normalize("عن") + " "
# how far after نقل its عن is looked for
_NAQAL_REACH = 120

# a resumptive pronoun right after a cue (الوقت الذي قال فيه، كلمة اكد فيها)
_RESUMPTIVE = re.compile(
    "[ \t\u00a0]+(?:" + "|".join(normalize(w) for w in speech.RESUMPTIVE_PRONOUNS) + r")(?!\w)"
)

_RESUMPTIVE_FIRST = frozenset(normalize(w)[0] for w in speech.RESUMPTIVE_PRONOUNS)

class _Cue:
    """A cue word: a reporting verb, participle or question verb, or a title (a
    mention). A plain slotted class: a dozen are built per article."""

    __slots__ = ("end", "frame_start", "kind", "lemma", "start")

    def __init__(self, start: int, end: int, frame_start: int, lemma: str, kind: str) -> None:
        self.start = start  # the word without its و/ف prefix
        self.end = end
        self.frame_start = frame_start  # with the prefix
        self.lemma = lemma
        self.kind = kind  # verb, part, question, mention
