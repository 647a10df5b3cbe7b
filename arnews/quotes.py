"""Quoted speech: who said what, direct, indirect or mixed.

One compiled pattern finds reporting cues (``قال``، ``وأضاف``، ``مؤكدا``، ``سئل``) and the
titles that introduce people; quote marks are paired once per text. Around each cue a
bounded amount of work finds the speaker (after the verb, fronted before it, or the
current speaker for a pronoun-only cue) and the content (inside quote marks, after a
complementizer إن/أن/بأن/إلى أن, after the verb's preposition for calls such as
``دعا ... إلى``, or a noun phrase for ``أكد``/``نفى``).

>>> q = find_quotes("وقال لافروف إن الاتصالات مع واشنطن ستتكثف.")[0]
>>> (q.speaker, q.cue, q.content, q.kind)
('لافروف', 'قال', 'الاتصالات مع واشنطن ستتكثف', 'indirect')
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

import attrs

from arnews.errors import check_text
from arnews.lexicon import speech
from arnews.mentions import Quote, QuoteKind
from arnews.speakers import (
    ADDRESSEES,
    NEVER_SPEAKER,
    Phrase,
    SpeakerRegistry,
    fronted_speaker,
    may_head,
    read_phrase,
    with_family_name,
)
from arnews.text import NormalizedText, alternation, normalize, normalize_with_offsets

__all__ = ["QuoteMark", "extract_quotes", "find_quotes", "pair_quote_marks"]

# ---------------------------------------------------------------------------------------
# Patterns, built once from the lexicon.


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
_VERB_PREP = {normalize(k): normalize(v) for k, v in speech.VERB_PREPOSITIONS.items()}
_NOMINAL = frozenset(normalize(w) for w in speech.NOMINAL_COMPLEMENT)
# The preposition that introduces a call's content (دعا ... إلى، طالب ... بـ), compiled once.
_PREP_RE: dict[str, re.Pattern[str]] = {
    prep: re.compile(r"(?<!\w)ب(?=\w)" if prep == "ب" else r"(?<!\w)" + re.escape(prep) + r"(?!\w)")
    for prep in set(_VERB_PREP.values())
    if prep
}

# Word boundaries. The normalised text has no combining marks left, so ``\w`` of the
# standard library's ``re`` (letters, digits, underscore) is the word class.
_NB = r"(?<!\w)"
_NA = r"(?!\w)"

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


_SUFFIX = "|".join(normalize(s) for s in speech.COMPLEMENT_SUFFIXES)
# A complementizer (إن، أن، بأن، with a preposition before it: إلى أن، على أن، من أن، عن أن;
# group ``prep``), a quote mark (group ``mark``) or a sentence end (group ``end``). The
# pattern opens with one character class holding the first character of each, so that
# ``re`` skips to candidates at C speed, and the branches then look back at the
# character read: ``(?<!\w.)`` after the first letter is a word start before it. Same
# matches as ``(?<!\w)(?P<prep>(?:الي|علي|من|عن)\s+)?ب?ان(?:SUFFIX)?(?!\w)|(?P<mark>[...])
# |(?P<end>[.!?؟\n])``, twice as fast to scan.
_COMP_MARKS = "\"«»“”„‘’'"
_COMP = re.compile(
    "[اعمب" + _COMP_MARKS + r".!?؟\n](?:"
    r"(?<=[.!?؟\n])(?P<end>)"
    "|(?<=[" + _COMP_MARKS + "])(?P<mark>)"
    r"|(?<!\w.)(?:(?P<prep>(?:(?<=ا)لي|(?<=ع)لي|(?<=ع)ن|(?<=م)ن)\s+)ب?ان|(?<=ا)ن|(?<=ب)ان)"
    "(?:" + _SUFFIX + r")?" + _NA + ")"
)
_NOT_AFTER = frozenset(normalize(w) for w in speech.NOT_COMPLEMENTIZER_AFTER)
_NOT_CUES = tuple(normalize(w) for w in speech.NOT_CUES)
# A phrase of _NOT_CUES can start at a cue only when its first word is the cue's word
# (the cue ends at a word boundary).
assert all(re.match(r"\w", w) for w in _NOT_CUES)
_NOT_CUE_HEADS = frozenset(re.findall(r"\w+", w)[0] for w in _NOT_CUES)
_NO_SUBJECT = re.compile(
    r"[ \t\u00a0]*(?:[\"«»“”„‘’':،,.;؛]|(?:ان|بان|الي|علي)(?:"
    + "|".join(normalize(x) for x in speech.COMPLEMENT_SUFFIXES)
    + r")?(?!\w))"
)
_RELATIVE_WORDS = frozenset(normalize(w) for w in speech.RELATIVE_PRONOUNS)
_RELATIVES = tuple(normalize(w) + " " for w in speech.RELATIVE_PRONOUNS)
# the last letter and space of each relative: the two characters before a cue rule
# most cues out before the relatives are compared
_RELATIVE_ENDINGS = frozenset(r[-2:] for r in _RELATIVES)
_CLAUSE_OPENERS = tuple(
    normalize(w) + " "
    for w in ("بعد أن", "قبل أن", "بعد ان", "فيما", "في حين", "حين", "عندما", "بينما",
              "كما", "وفي حين", "وفيما", "غير أن", "إلا أن", "لكن", "ولكن", "إذ")
)
_CLAUSE_OPENER_WORDS = tuple(o.strip() for o in _CLAUSE_OPENERS)
_PRONOUN_WORDS = frozenset(
    normalize(w) for w in speech.PRONOUN_SUBJECTS if " " not in w and "لكن" in w
)
# a sentence mark not between digits (3.5 is a number), or a newline; written as one
# character class first so that ``re`` skips to candidates at C speed
# (nor a period inside a web address or a Latin abbreviation: www.spa.gov.sa)
_SENT_END = re.compile(r"[.!?؟\n](?<!\d[.!?؟])(?!(?<=[.!?؟])\d)(?!(?<=\.)[A-Za-z])")
# at least four (two) words (runs of ``\w``) from where the match starts
_FOUR_WORDS = re.compile(r"\W*\w+\W+\w+\W+\w+\W+\w")
_TWO_WORDS = re.compile(r"\W*\w+\W+\w")
_HAKADHA = normalize("هكذا")
_KAN = normalize("كان")
_COMP_WITH_PRONOUN = frozenset(
    head + normalize(suffix)
    for head in ("ان", "بان")
    for suffix in speech.COMPLEMENT_SUFFIXES
)
_ALA_HADD = normalize("على حد ")
_TIME_WORDS = frozenset(normalize(w) for w in speech.TIME_WORDS)
_SAME = frozenset(normalize(w) for w in ("ذاته", "نفسه", "ذاتها", "نفسها", "عينه", "عينها"))
# one of _SAME as the next word (after spaces): المصدر ذاته
_SAME_NEXT = re.compile("[ \t\u00a0]*(?:" + "|".join(sorted(_SAME)) + r")(?!\w)")
_GAP_PUNCT = frozenset(".،,:؛;!?؟()\n-")
# (the pattern starts with the literal و and checks the character before it afterwards,
# so that ``re`` scans for و at C speed instead of trying a lookbehind everywhere)
_AND_COMP_IN = re.compile(
    r"و(?<=[\s،,\"«»“”]و)(?:ب?ان)(?:" + "|".join(
        normalize(x) for x in speech.COMPLEMENT_SUFFIXES) + r")?" + _NA + r"(?!\s+كان)"
)
# "، وأن" / " وإن" / "وبأنه" after a content: a coordinated second complement
_AND_COMP = re.compile(
    r"[\s،,\"«»“”]{0,6}(?P<w>و(?:ب?ان)(?:" + "|".join(
        normalize(x) for x in speech.COMPLEMENT_SUFFIXES) + r")?)" + _NA + r"\s"
)
_BARE_STOP = frozenset(
    normalize(w) for w in (*speech.STOP_WORDS, *speech.TIME_WORDS, "عما", "عن", "اذا", "إذا")
) | NEVER_SPEAKER
# Words that may follow a bare name that is the subject (قال كيري متوجها، قال كيري الجمعة،
# قال لافروف لرويترز).
_AFTER_NAME = _BARE_STOP | frozenset(_PART_LEMMA) | ADDRESSEES
# A title or a profession after a bare name is its apposition (قالت كفاح خميس رئيسة
# الجمعية، قال عيد عماش المتحدث باسم المجلس): the name is the subject.
_AFTER_NAME |= frozenset(normalize(w) for w in (*speech.SPEAKER_TITLES, *speech.APPOSITION_OPENERS))
# the word before a quoted medium that was spoken to (لموقع "سكاي نيوز عربية"، مع "الشرق")
_MEDIUM_WORDS = frozenset(normalize(w) for w in speech.ADDRESSEE_MEDIUM_WORDS)
_TERM_PREPS = frozenset(normalize(w) for w in speech.TERM_PREPOSITIONS)
_AMBIGUOUS = frozenset(normalize(w) for w in speech.AMBIGUOUS_CUES)
_NAQAL = normalize("نقل")
_AN_SPACED = " " + normalize("عن") + " "
# how far after نقل its عن is looked for
_NAQAL_REACH = 120
_AN = normalize("عن")
_SPACE = " \t\u00a0"

# A colon after the speaker, or after up to four words (في مؤتمر صحفي، لها، للصحفيين).
# (each word ends at a space or the colon, so that no word is split: linear)
_COLON_AHEAD = re.compile(r"[ \t\u00a0]*(?:\w+(?:[ \t\u00a0]+|(?=:))){0,4}:")
#: How far after the speaker a colon is looked for (a cheap find before the pattern).
_COLON_REACH = 64
# Sentence openers with و/ف that go on with the speaker's words (ولكننا، ولذلك).
_SPEECH_GOES_ON = frozenset(normalize(w) for w in speech.SPEECH_CONTINUERS)
#: Sentences after the first one that a colon quote without marks may run on for.
MAX_COLON_SENTENCES = 6

# an indefinite word, a preposition or a definite word or two, then a colon or إن/أن
_SP = r"[ \t\u00a0]"
_APPOSITION = re.compile(
    _SP + r"+(?!ال)\w{3,}(?:" + _SP + r"+\w+){1,4}?"  # بائع في بسطات الدمام
    + _SP + r"*(?::|(?=" + _SP + r"+ب?ان\b))"  # then : or إن/أن
)

# how far back the sentence of a cue without a subject is looked for
_SENTENCE_BACK = 300
_SENTENCE_MARKS = ".!?؟\n"

# a resumptive pronoun right after a cue (الوقت الذي قال فيه، كلمة اكد فيها)
_RESUMPTIVE = re.compile(
    "[ \t\u00a0]+(?:" + "|".join(normalize(w) for w in speech.RESUMPTIVE_PRONOUNS) + r")(?!\w)"
)

# a source after its content: ،حسبما قال / ، وفق ما أفاد / ، بحسب ما ذكر (the words end
# right before the cue)
_MA = normalize("ما")
assert all(normalize(w).endswith(_MA) for w in speech.POSTPOSED_SOURCE_WORDS)
_POSTPOSED = re.compile(
    "(?:" + "|".join(normalize(w) for w in speech.POSTPOSED_SOURCE_WORDS) + r")[ \t\u00a0]*"
)

_RESUMPTIVE_FIRST = frozenset(normalize(w)[0] for w in speech.RESUMPTIVE_PRONOUNS)

#: Characters looked at around a cue.
WINDOW = 320
#: Cues looked at inside one content when searching for the next reporting frame.
MAX_INNER_CUES = 12

# ---------------------------------------------------------------------------------------
# Quote marks.

_FAMILY: dict[str, str] = {}
for _family, _chars in speech.QUOTE_MARKS.items():
    for _c in _chars:
        _FAMILY[_c] = _family
_OPEN_BEFORE = frozenset(" \t\u00a0\n(:،,[{-—") | frozenset(_FAMILY)
_CLOSE_AFTER = frozenset(" \t\u00a0\n).،,:؛;!?؟]}-") | frozenset(_FAMILY) | {"."}


@attrs.frozen
class QuoteMark:
    """A paired (or unclosed) quotation, in normalised offsets.

    ``open``/``close`` are the positions of the marks (``close`` is the paragraph
    end when the quote is never closed); the quoted words are ``[open + 1, close)``.

    >>> pair_quote_marks("قال «نعم»")[0]
    QuoteMark(open=4, close=8, closed=True)
    """

    open: int
    close: int
    closed: bool


class _Mark:
    """A :class:`QuoteMark` as the extraction uses it: a plain slotted object (a third
    of the cost of a frozen ``attrs`` one to build; a quote-dense text has dozens)."""

    __slots__ = ("close", "closed", "open")

    def __init__(self, open: int, close: int, closed: bool) -> None:
        self.open = open
        self.close = close
        self.closed = closed


_BY_OPEN = attrgetter("open")
_MARK_CHARS = "".join(_FAMILY)


def _mark_positions(text: str) -> list[int]:
    """Offsets of the quote marks in ``text``, in order (one ``str.find`` pass per mark
    character present: several times faster than scanning with a character class)."""
    out: list[int] = []
    find = text.find
    for ch in _MARK_CHARS:
        if ch in text:
            pos = find(ch)
            while pos >= 0:
                out.append(pos)
                pos = find(ch, pos + 1)
    out.sort()
    return out


def pair_quote_marks(text: str) -> list[QuoteMark]:
    """Pair quotation marks by their context, per paragraph and mark family.

    A mark opens when a space or punctuation is before it and a character after it;
    it closes when a character is before it and a space, punctuation or the end is
    after it. An opening mark inside an open quotation of the same family starts a
    nested quotation (up to three deep); a closing mark closes the innermost one. A
    closing mark with nothing open is a stray and is ignored; a quote left open ends at
    the paragraph end. Guillemets pair in either stored order.

    >>> [(q.open, q.close) for q in pair_quote_marks('قال "نعم" ثم »لا« و"')]
    [(4, 8), (13, 16)]
    >>> [(q.open, q.close) for q in pair_quote_marks('قال "ندعو إلى "حوار" الآن"')]
    [(4, 25), (14, 19)]
    """
    return [QuoteMark(q.open, q.close, q.closed) for q in _pair_marks(text)]


def _pair_marks(text: str) -> list[_Mark]:
    """:func:`pair_quote_marks` as :class:`_Mark` objects."""
    out: list[_Mark] = []
    open_at: dict[str, list[int]] = {}
    n = len(text)
    last = -1  # the mark looked at before
    for pos in _mark_positions(text):
        if open_at:  # a paragraph end since the last mark closes what is open
            nl = text.find("\n", last + 1, pos)
            if nl >= 0:
                for starts in open_at.values():
                    out.extend(_Mark(start, nl, False) for start in starts)
                open_at.clear()
        last = pos
        ch = text[pos]
        family = _FAMILY[ch]
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < n else " "
        openish = before in _OPEN_BEFORE and after not in " \t\u00a0\n"
        closeish = before not in " \t\u00a0\n" and (after in _CLOSE_AFTER or pos + 1 == n)
        if family in ("ascii_single", "curly_single") and not (openish or closeish):
            continue  # an apostrophe inside a word
        stack = open_at.get(family)
        if stack:
            if closeish or not openish:
                out.append(_Mark(stack.pop(), pos, True))
            elif len(stack) < 3:
                stack.append(pos)  # a quotation inside a quotation
            else:
                out.append(_Mark(stack.pop(), pos, False))
                stack.append(pos)
        elif openish or not closeish:
            open_at[family] = [pos]
    if open_at:
        nl = text.find("\n", last + 1)
        for starts in open_at.values():
            out.extend(_Mark(start, n if nl < 0 else nl, False) for start in starts)
    out.sort(key=_BY_OPEN)
    return out


# ---------------------------------------------------------------------------------------
# Extraction.


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


class _State:
    """What the extraction of one text keeps between cues."""

    __slots__ = (
        "by_close",
        "by_open",
        "consumed",
        "content_end",
        "cue_starts",
        "cues",
        "current",
        "current_at",
        "current_number",
        "marks",
        "nt",
        "opens",
        "phrase_end",
        "registry",
    )

    def __init__(
        self,
        nt: NormalizedText,
        marks: list[_Mark],
        by_open: dict[int, _Mark],
        by_close: dict[int, _Mark],
        opens: list[int],
        cue_starts: list[int],
        cues: list[_Cue],
        registry: SpeakerRegistry,
    ) -> None:
        self.nt = nt
        self.marks = marks
        self.by_open = by_open
        self.by_close = by_close
        self.opens = opens
        self.cue_starts = cue_starts
        self.cues = cues
        self.registry = registry
        self.current: tuple[str, int, int] | None = None
        self.current_number = "singular"
        self.current_at = 0  # where the current speaker was last named
        self.consumed = 0
        self.content_end = 0
        self.phrase_end = 0


def _word_before(text: str, pos: int) -> str:
    """The letters that end where the spaces before ``pos`` begin (the tatweel is a
    letter to ``str.isalpha``)."""
    q = pos
    while q > 0 and text[q - 1] in _SPACE:
        q -= 1
    s = q
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    return text[s:q]


def _skip_space(text: str, pos: int, limit: int) -> int:
    """The first offset from ``pos`` (at most ``limit``) that is not a space or tab."""
    # (usually one space or none: a loop is cheaper than a pattern match here)
    while pos < limit and text[pos] in _SPACE:
        pos += 1
    return pos


def _short_quote(text: str, q: _Mark) -> bool:
    """A quotation of under four words (a name, a term or a scare quote)."""
    return _FOUR_WORDS.match(text, q.open + 1, q.close) is None


def _addressee_quote(text: str, q: _Mark) -> bool:
    """Whether a short quotation names the one spoken to: after لـ or ل (قال لـ«عكاظ»)
    or a word for a medium or a conversation (لموقع "سكاي نيوز"، في حوار مع "الشرق"),
    or is a term after a preposition (يرد على "قائمة المخالفات")."""
    p = q.open
    while p > 0 and text[p - 1] in " \t\u00a0ـ":
        p -= 1
    if p and text[p - 1] == "ل" and (p == 1 or not text[p - 2].isalpha()):
        return True  # لـ«عكاظ» / ل"الحياة"
    before = _word_before(text, q.open)
    return before in _MEDIUM_WORDS or before in _TERM_PREPS


def _speech_like(text: str, q: _Mark, content_start: int, content_end: int) -> bool:
    """Whether a quotation inside indirect content is the speaker's words.

    Four words or more, or the whole content, are speech; a short quotation followed by
    more content is a term (``إن "فترة تهدئة" ستسبق``); a single word is speech when it
    looks like a predicate (``لا يزال "متفائلا"``), not a definite name.
    """
    words = _WORD.findall(text, q.open + 1, q.close)
    if not words:
        return False
    if len(words) >= 4 or (q.open <= content_start + 1 and q.close >= content_end - 1):
        return True
    if len(words) == 1:
        word = words[0]
        return not word.startswith("ال") and word.endswith(("ا", "ه", "ين", "ون"))
    return False


def _is_boundary_cue(text: str, cue: _Cue) -> bool:
    """Whether the cue at ``cue`` opens a new reporting frame (ends earlier content)."""
    if cue.kind == "part" or cue.frame_start < cue.start:
        return True  # a participle, or a verb joined by و/ف (وأكد المرصد أن ...)
    head = text[max(0, cue.frame_start - 12) : cue.frame_start]
    stripped = head.rstrip(_SPACE)
    if not stripped or stripped[-1] in "،,.:؛;\n\"»«”":
        return True
    if _word_before(text, cue.frame_start) in _PRONOUN_WORDS:
        return True  # لكنه أشار: a new clause with the same speaker
    return stripped.endswith(_CLAUSE_OPENER_WORDS)


def _content_limit(state: _State, start: int, hard: int) -> int:
    """End of indirect content starting at ``start``: sentence end or next frame."""
    text = state.nt.text
    end = hard
    m = _SENT_END.search(text, start, hard)
    if m is not None:
        end = m.start()
        # a sentence end inside a quotation that opened in the content does not count
        k = bisect_left(state.opens, start)
        while k < len(state.opens) and state.opens[k] < end:
            q = state.by_open[state.opens[k]]
            if q.closed and q.close >= end:
                m2 = _SENT_END.search(text, q.close + 1, hard)
                end = m2.start() if m2 is not None else hard
            k += 1
    cut = text.find(_ALA_HADD, start, end)
    if cut >= 0:
        end = cut  # ...، على حد تعبيره: the speaker's comment ends the content
    inner = _quotes_between(state, start, end)
    # (every match holds وان or وبان: two fast searches usually rule the scan out)
    if text.find("وان", start, end) >= 0 or text.find("وبان", start, end) >= 0:
        for m in _AND_COMP_IN.finditer(text, start, end):
            if not inner or not any(q.open < m.start() < q.close for q in inner):
                # a second complement after a quotation (أن "...", وأن ...) is a second
                # quote; after plain indirect words it goes on the same report
                if _after_mark(text, m.start(), start):
                    end = m.start()
                    break
    cue_starts = state.cue_starts
    k = bisect_right(cue_starts, start)
    last = k + MAX_INNER_CUES
    if last > len(cue_starts):
        last = len(cue_starts)
    while k < last and cue_starts[k] < end:
        cue = state.cues[k]
        inside = False
        if inner:
            cue_start = cue.start
            for q in inner:
                if q.open < cue_start < q.close:
                    inside = True
                    break
        if not inside and _is_boundary_cue(text, cue):
            cut = cue.frame_start
            head = text[start:cut]
            comma = max(head.rfind("،"), head.rfind(","))
            if comma >= 0 and len(head[comma:].split()) <= 4:
                cut = start + comma
            end = cut
            break
        k += 1
    return end


def _after_mark(text: str, pos: int, start: int) -> bool:
    """Whether a closing quotation mark comes before ``pos`` (spaces and a comma between)."""
    while pos > start and text[pos - 1] in " \t\u00a0،,":
        pos -= 1
    return pos > start and text[pos - 1] in _FAMILY


def _quotes_between(state: _State, start: int, end: int) -> list[_Mark]:
    opens = state.opens
    k = bisect_left(opens, start)
    if k == len(opens) or opens[k] >= end:
        return []
    by_open = state.by_open
    return [by_open[o] for o in opens[k : bisect_left(opens, end, k)]]


def _balance(state: _State, start: int, end: int) -> tuple[int, int]:
    """Widen mixed content so that it holds both marks of each quotation it cuts, or
    neither (``"الخلافات ما زالت قائمة" حول ...`` keeps its opening mark)."""
    text = state.nt.text
    if start > 0:
        q = state.by_open.get(start - 1)
        if q is not None and q.closed and q.close < end + 1:
            start -= 1
    if end < len(text):
        q = state.by_close.get(end)
        if q is not None and start <= q.open:
            end += 1
    q = state.by_open.get(start)
    if q is not None and q.close == end - 1:  # one whole quotation: neither mark
        return start + 1, end - 1
    return start, end


def _skip_adverbials(text: str, pos: int) -> int:
    """Skip time words and commas before a noun-phrase content (``، اليوم الأحد، تسجيل``)."""
    for _ in range(6):
        p = _skip_space(text, pos, len(text))
        if p < len(text) and text[p] in "،,":
            pos = p + 1
            continue
        word = _next_word(text, p)
        if not word or word not in _TIME_WORDS:
            return p
        pos = p + len(word)
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    junk = " \t\u00a0\n،,.:؛;\"«»“”„‘’'-"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _find_content(
    state: _State, cue: _Cue, pos: int
) -> tuple[int, int, QuoteKind, int] | None:
    """(content start, content end, kind, frame end) for a cue whose speaker ends at pos."""
    text = state.nt.text
    size = len(text)
    hard = pos + WINDOW * 4
    if hard > size:
        hard = size
    window_end = pos + WINDOW
    if window_end > size:
        window_end = size
    colon = (
        _COLON_AHEAD.match(text, pos, window_end)
        if text.find(":", pos, pos + _COLON_REACH) >= 0
        else None
    )
    if colon is not None and cue.kind != "question" and (
        colon.end() - pos < 3 or _COMP.search(text, pos, colon.end()) is None
    ):
        found = _colon_content(state, colon.end(), hard)
        if found is not None:
            return found
    cue_starts = state.cue_starts
    nxt = bisect_right(cue_starts, cue.start)  # the next speech cue ends the window
    if nxt < len(cue_starts) and cue_starts[nxt] < window_end:
        window_end = cue_starts[nxt]
    prep = _VERB_PREP.get(cue.lemma, "")
    prep_at = -1
    if prep:
        pm = _PREP_RE[prep].search(text, pos, window_end)
        if pm is not None:
            sent = _SENT_END.search(text, pos, pm.start())
            if sent is None:
                prep_at = pm.end()
    search = pos
    while True:
        m = _COMP.search(text, search, window_end)
        if m is None or m.lastgroup == "end":
            break
        if prep_at >= 0 and m.start() >= prep_at:
            break
        if m.group("mark") is not None:
            q = state.by_open.get(m.start())
            if q is None:
                search = m.end()
                continue
            after = _skip_space(text, q.close + 1, len(text)) if q.closed else q.close
            followed_by_word = (
                q.closed and after < len(text) and (text[after].isalpha() or text[after].isdigit())
            )
            if _short_quote(text, q) and (followed_by_word or _addressee_quote(text, q)):
                # a name or term (أكد "حزب الله" أن)، or the medium spoken to (قال لـ«عكاظ»:)
                search = q.close + 1 if q.closed else q.close
                continue
            c_start, c_end = _trim(text, q.open + 1, q.close)
            if c_start >= c_end:
                return None
            lead = _skip_space(text, pos, q.open)
            gap = text[lead : q.open]
            if (
                cue.lemma in _NOMINAL
                and gap
                and _GAP_PUNCT.isdisjoint(gap)
                and gap.split()[0] not in _BARE_STOP
                and not _COMP.match(text, lead)
            ):
                # أكد المرصد وصول "خمس حافلات ...": a noun phrase that quotes
                end = _content_limit(state, after, hard) if followed_by_word else q.close
                s, e = _trim(text, lead, end)
                return s, e, "mixed", e
            if followed_by_word and not _starts_frame(state, after):
                end = _content_limit(state, after, hard)
                s, e = _trim(text, q.open + 1, end)
                return s, e, "mixed", e
            return c_start, c_end, "direct", q.close + 1 if q.closed else c_end
        prep_end = m.end("prep")
        if prep_end < 0 and _word_before(text, m.start()) in _NOT_AFTER:
            search = m.end()
            continue
        # the complementizer word itself (after the preposition, if any)
        comp = text[prep_end : m.end()] if prep_end >= 0 else m.group()
        return _clause(state, m.end(), hard, comp in _COMP_WITH_PRONOUN)
    if prep_at >= 0:
        c_start = prep_at
    elif cue.lemma in _NOMINAL and cue.lemma not in _AMBIGUOUS:
        c_start = _skip_adverbials(text, pos)
    else:
        return None
    end = _content_limit(state, c_start, hard)
    s, e = _trim(text, c_start, end)
    if s >= e or _TWO_WORDS.match(text, s, e) is None:
        return None
    return s, e, "indirect", e


def _colon_content(
    state: _State, start: int, hard: int
) -> tuple[int, int, QuoteKind, int] | None:
    """The words after a colon with no quotation mark (``وقال المدرب: كل شيء ممكن.``):
    the speaker's words up to the paragraph end, the next reporting frame or a sentence
    that opens with و/ف (the narrative going on), at most :data:`MAX_COLON_SENTENCES`."""
    text = state.nt.text
    c = _skip_space(text, start, hard)
    if c >= hard or text[c] in _FAMILY or text[c] == "\n" or _COMP.match(text, c):
        return None  # a quotation or an إن/أن clause: read as usual
    limit = _content_limit(state, c, hard)  # the first sentence (or the next frame)
    end = limit
    for _ in range(MAX_COLON_SENTENCES):
        m = _SENT_END.match(text, end) if end < hard else None
        if m is None or text[end] == "\n":
            break
        nxt = _skip_space(text, end + 1, hard)
        while nxt < hard and text[nxt] in ".":
            nxt = _skip_space(text, nxt + 1, hard)  # an ellipsis
        word = _next_word(text, nxt)
        if not word or (word[0] in "وف" and word not in _SPEECH_GOES_ON):
            break
        more = _content_limit(state, nxt, hard)
        if more <= nxt:
            break
        end = more
    s, e = _trim(text, c, end)
    if s >= e or _TWO_WORDS.match(text, s, e) is None:
        return None
    return s, e, "direct", e


def _clause(
    state: _State, c_start: int, hard: int, pronoun: bool | None = None
) -> tuple[int, int, QuoteKind, int] | None:
    """Indirect content from ``c_start`` to the sentence end or the next frame.

    ``pronoun``: whether the word before ``c_start`` is a complementizer with a pronoun
    (انه، انها); looked up when not given.
    """
    text = state.nt.text
    end = _content_limit(state, c_start, hard)
    s, e = _trim(text, c_start, end)
    if s >= e:
        return None
    kind: QuoteKind = "indirect"
    # after انها/انه the subject is a pronoun, so a quotation opening the content is the
    # speaker's predicate (انها "متفائله جدا"), not a term used as subject
    if pronoun is None:
        pronoun = _word_before(text, c_start) in _COMP_WITH_PRONOUN
    for q in _quotes_between(state, s - 1, e):
        if _speech_like(text, q, s, e) or (pronoun and q.open <= s):
            kind = "mixed"
            break
    # a clause quoted whole (أن «...»): the frame ends after the closing mark
    whole = state.by_open.get(s - 1)
    if whole is not None and whole.closed and whole.close == e:
        return s, e, kind, e + 1
    return s, e, kind, e


def _starts_frame(state: _State, pos: int) -> bool:
    k = bisect_left(state.cue_starts, pos)
    return k < len(state.cue_starts) and state.cues[k].frame_start - pos <= 2


def _quote_before(state: _State, cue: _Cue) -> _Mark | None:
    """A closed quotation right before the cue (``"..."، قال كيري``)."""
    text = state.nt.text
    p = cue.frame_start
    while p > 0 and text[p - 1] in " \t\u00a0،,-":
        p -= 1
    if text[max(0, p - len(_HAKADHA)) : p] == _HAKADHA:
        p -= len(_HAKADHA)
        while p > 0 and text[p - 1] in " \t\u00a0،,-":
            p -= 1
    if p and text[p - 1] in _FAMILY:
        return state.by_close.get(p - 1)
    return None


def _content_before(state: _State, cue: _Cue) -> tuple[int, int, QuoteKind] | None:
    """Content written before a source that follows it (``...، حسبما قال المتحدث``،
    ``...، وفق ما أفاد المصدر``): the words from the sentence start to the comma before
    حسبما, when a comma sets them off and nothing earlier is their speaker's frame."""
    text = state.nt.text
    if not text.endswith(_MA, max(0, cue.frame_start - 4), cue.frame_start) and \
            not text.endswith(_MA + " ", max(0, cue.frame_start - 4), cue.frame_start):
        return None  # every postposing word ends in ما (حسبما، وفق ما، وفقا لما)
    m = _POSTPOSED.search(text, max(0, cue.frame_start - 24), cue.frame_start)
    if m is None or m.end() != cue.frame_start:
        return None
    p = m.start()
    while p > 0 and text[p - 1] in _SPACE:
        p -= 1
    if p == 0 or text[p - 1] not in "،,":
        return None
    comma = p - 1
    lo = max(state.content_end, comma - WINDOW)
    start = lo
    for mark in _SENTENCE_MARKS:
        found = text.rfind(mark, lo, comma)
        if found + 1 > start:
            start = found + 1
    s, e = _trim(text, start, comma)
    if s >= e or _FOUR_WORDS.match(text, s, e) is None:
        return None
    kind: QuoteKind = "indirect"
    for q in _quotes_between(state, s - 1, e):
        if _speech_like(text, q, s, e):
            kind = "mixed"
            break
    return s, e, kind


def _subject_ends(text: str, pos: int) -> bool:
    """Whether a bare subject may end at ``pos``: punctuation, a quote, إن/أن, a
    preposition, a time word or a participle follows (قال كيري متوجها، قال كيري:)."""
    if pos == len(text) or text[pos] in ".،,:\"«»“”'‘’" or _COMP.match(text, pos):
        return True
    word = _next_word(text, pos)
    if word == "ل":
        return True  # لـ«رويترز»: the one spoken to
    # an accusative participle (متحدثا، معلقا، مضيفا) describes the subject before it
    return word in _AFTER_NAME or (
        len(word) >= 5 and word[0] == "م" and word[-1] == "ا" and word[-2] != "ا"
    )


def _indefinite_apposition(text: str, pos: int) -> bool:
    """Whether an indefinite noun with a place or body follows a name (وهب القريني بائع
    في بسطات الدمام: ...): a description of the name, ending in a colon or إن."""
    return _APPOSITION.match(text, pos) is not None


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group() if m is not None else ""


def _agreeing(state: _State, cue: _Cue) -> tuple[str, int, int] | None:
    """The speaker of a cue without a subject: the current one, or for a dual or plural
    form (قالا، أكدوا، محذرين) the latest group of that number when the current speaker
    is a single person."""
    number = _FORM_NUMBER.get(state.nt.text[cue.start : cue.end], "singular")
    if number != "singular" and state.current_number == "singular":
        ent = state.registry.recent(number, cue.start)  # type: ignore[arg-type]
        if ent is not None:
            name, s, e, _ = state.registry.describe(ent)
            return name, s, e
    return state.current


def _adjacent(text: str, pos: int, content: int) -> bool:
    """Whether the content starts right after ``pos``: a mark, إن/أن, a preposition or
    a colon between, at most three words and no comma."""
    gap = text[pos:content]
    return len(gap.split()) <= 3 and "،" not in gap and "," not in gap


def _sentence_subject(state: _State, cue: _Cue) -> tuple[str, int, int] | None:
    """The subject of the verb that opens the cue's sentence, for a cue without its own
    (امتدح امين عام النادي علي الشايعي النتائج، وقال: ...؛ برأ اللاعب حمد الجهيم ...
    عندما اكد ان ...؛ اكتفى المتحدث بالقول): a person with a title or a body named right
    after that verb, when it comes after the speaker named last."""
    text = state.nt.text
    end = cue.frame_start
    p = end
    while p > 0 and text[p - 1] in _SPACE:
        p -= 1
    if p == 0 or text[p - 1] in _SENTENCE_MARKS:
        return None  # the cue opens its sentence (the usual وأضاف)
    lo = max(state.current_at, end - _SENTENCE_BACK)
    start = text.rfind(".", lo, end)
    for mark in _SENTENCE_MARKS[1:]:
        found = text.rfind(mark, lo, end)
        if found > start:
            start = found
    if start < 0:
        if lo > 0:
            return None
        start = -1
    m = _WORD.search(text, start + 1, end)
    if m is None or m.end() >= end or text.find("،", start + 1, m.start()) >= 0:
        return None  # the cue opens its sentence
    word = m.group()
    if word[0] in "وف" and len(word) > 3:
        word = word[1:]
    if word in _BARE_STOP or word in _EVENT_WORDS or len(word) < 3:
        return None
    subject = _WORD.match(text, _skip_space(text, m.end(), end))
    if subject is None or not may_head(subject.group()):
        return None
    phrase = read_phrase(text, m.end(), allow_bare=False, stop=end)
    if phrase is None or phrase.kind not in ("person", "organization"):
        return None
    return _resolve(state, phrase)


def _register_conjunct(state: _State, phrase: Phrase) -> None:
    """Remember the second conjunct of ``كيري ولافروف`` so that a later ``لافروف`` is known."""
    if phrase.conjunct_start is not None:
        second = read_phrase(state.nt.text, phrase.conjunct_start)
        if second is not None:
            state.registry.register(second)


def _bare_word(text: str, pos: int) -> Phrase | None:
    """A one-word subject such as ``الاسد`` after ``سئل`` (definite words included)."""
    m = _WORD.match(text, _skip_space(text, pos, len(text)))
    if m is None or len(m.group()) < 3 or m.group() in _BARE_STOP:
        return None
    return Phrase(m.start(), m.end(), "name", m.start(), m.end(), definite=True,
                  frame_end=m.end())


def _resolve(state: _State, phrase: Phrase) -> tuple[str, int, int]:
    name, start, end, _ = state.registry.resolve(phrase)
    return name, start, end


def _process(state: _State, cue: _Cue, out: list[Quote]) -> None:
    nt = state.nt
    text = nt.text
    if cue.kind == "mention":
        if cue.start < state.phrase_end:
            return  # already read as the speaker of the frame before it
        # titles with a name are remembered wherever they are (also inside reported
        # content), so that a later short name resolves to the full one
        phrase = read_phrase(text, cue.start, allow_bare=False)
        if phrase is not None and (
            phrase.name_start is not None
            or (phrase.number != "singular" and cue.start >= state.consumed)
        ):
            state.registry.register(phrase)
        return
    if cue.start < state.content_end:
        return  # inside the content of an earlier frame: the speaker's own words
    speaker: tuple[str, int, int] | None = None
    pos = cue.end
    front = -1
    explicit = False
    titled = False  # the subject is a person named with a title
    number = "singular"
    if cue.kind == "question":
        phrase = read_phrase(text, cue.end) or _bare_word(text, cue.end)
        if phrase is not None:
            state.current = _resolve(state, phrase)
            state.consumed = phrase.end
        return
    if cue.kind == "verb":
        # a verb joined by و/ف opens its clause: no subject can stand before it
        before = fronted_speaker(text, cue.frame_start) if cue.frame_start == cue.start else None
        if before is not None and before[1] is not None:
            speaker = _resolve(state, before[1])
            explicit = True
            number = before[1].number
            front = before[1].start
        elif before is not None:
            number = before[0].split(":")[1]
            if number != "singular":
                ent = state.registry.recent(number, cue.start)  # type: ignore[arg-type]
                if ent is not None:
                    name, s, e, _ = state.registry.describe(ent)
                    speaker = (name, s, e)
            if speaker is None:
                speaker = state.current
        else:
            # وقال "..." / وأضاف أن ...: nothing to read when a mark or إن/أن follows
            resumptive = (
                _RESUMPTIVE.match(text, cue.end)
                if text[cue.end + 1 : cue.end + 2] in _RESUMPTIVE_FIRST
                else None
            )
            if resumptive is not None:
                # قال فيه الطراونه، اكد فيها ان: the pronoun refers to the occasion
                pos = resumptive.end()
            phrase = None if _NO_SUBJECT.match(text, pos) else read_phrase(text, pos)
            if phrase is None and cue.lemma not in _NOMINAL and cue.lemma not in _VERB_PREP:
                # قال المدرب: "..." / قال الكاتب في كتابه ... إن: a one-word subject
                phrase = _bare_word(text, pos)
            if (
                phrase is not None
                and phrase.kind == "name"
                and not state.registry.known(tuple(text[phrase.start : phrase.end].split()))
                and not _subject_ends(text, _skip_space(text, phrase.frame_end, len(text)))
            ):
                # an unknown name is the subject only where a subject may end; with its
                # family name (جاسم الهويدي نائب ...، وهب القريني بائع ...) it may
                longer = with_family_name(text, phrase)
                after = _skip_space(text, longer.end, len(text)) if longer else 0
                if longer is not None and _next_word(text, after) not in _RELATIVE_WORDS and (
                    _subject_ends(text, after)
                    or _indefinite_apposition(text, longer.end)
                ):
                    phrase = longer
                else:
                    phrase = None
            if phrase is not None:
                if phrase.conjunct_start is not None:
                    _register_conjunct(state, phrase)
                state.phrase_end = phrase.frame_end
                if cue.lemma == _NAQAL:
                    nxt = _skip_space(text, phrase.frame_end, len(text))
                    if text.startswith(_AN + " ", nxt):
                        inner = read_phrase(text, nxt + len(_AN) + 1)
                        if inner is not None:
                            phrase = inner
                speaker = _resolve(state, phrase)
                explicit = True
                titled = phrase.kind == "person"
                number = phrase.number
                pos = phrase.frame_end
                if state.current is not None:
                    same = _SAME_NEXT.match(text, pos)
                    if same is not None:
                        speaker = state.current  # المصدر ذاته: the one who just spoke
                        pos = same.end()
                state.consumed = pos
            else:
                speaker = _sentence_subject(state, cue) or _agreeing(state, cue)
    else:
        speaker = _sentence_subject(state, cue) or _agreeing(state, cue)
    found = _find_content(state, cue, pos)
    if (
        found is not None
        and cue.kind == "verb"
        and cue.lemma in _AMBIGUOUS
        and not titled
        and not _adjacent(text, pos, found[0])
    ):
        return  # بين المنتجات التي ...، طالب اميركي نشر ...: not this verb
    frame_start = cue.start
    if found is None and explicit:
        q = _quote_before(state, cue)
        if q is not None:
            c_start, c_end = _trim(text, q.open + 1, q.close)
            found = (c_start, c_end, "direct", pos)
            frame_start = q.open
        else:
            earlier = _content_before(state, cue)
            if earlier is not None:
                found = (earlier[0], earlier[1], earlier[2], pos)
                frame_start = earlier[0]
    if explicit and speaker is not None:
        state.current = speaker
        state.current_number = number
        state.current_at = cue.start
    if found is None:
        return
    frame_end = found[3]
    if front >= 0:
        frame_start = min(frame_start, front)  # a fronted subject starts the frame
    _emit(state, cue, speaker, frame_start, found, out)
    # a coordinated second clause (وأن ...، وإن ...) is a second quote of the same frame
    for _ in range(4):
        cont = _continuation(state, frame_end)
        if cont is None:
            break
        more = _clause(state, cont, min(len(state.nt.text), cont + WINDOW * 4))
        if more is None:
            break
        frame_end = more[3]
        _emit(state, cue, speaker, cont, more, out)


def _continuation(state: _State, end: int) -> int | None:
    """Where a coordinated complement (``، وأن``) starts right after ``end``, if one does."""
    text = state.nt.text
    m = _AND_COMP.match(text, end)
    if m is None or text.startswith(_KAN, m.end()):
        return None
    return m.end()


def _emit(
    state: _State,
    cue: _Cue,
    speaker: tuple[str, int, int] | None,
    frame_start: int,
    found: tuple[int, int, QuoteKind, int],
    out: list[Quote],
) -> None:
    nt = state.nt
    c_start, c_end, kind, frame_end = found
    if kind != "direct":
        c_start, c_end = _balance(state, c_start, c_end)
        if c_end > frame_end:
            frame_end = c_end
    if frame_end > frame_start:
        # one call maps both ends: span() takes the start from ``frame_start`` alone and
        # the end from ``frame_end`` alone
        o_start, o_end = nt.span(frame_start, frame_end)
    else:
        o_start = o_end = nt.span(frame_start, frame_start + 1)[0]
    oc_start, oc_end = nt.span(c_start, c_end)
    cue_start, cue_end = nt.span(cue.start, cue.end)
    original = nt.original
    name, s_start, s_end = speaker if speaker else (None, None, None)
    # (positional arguments in field order: start, end, text, speaker, speaker_start,
    # speaker_end, cue, content, content_start, content_end, kind)
    out.append(
        Quote(o_start, o_end, original[o_start:o_end], name, s_start, s_end,
              original[cue_start:cue_end], original[oc_start:oc_end], oc_start, oc_end, kind)
    )
    if frame_end > state.consumed:
        state.consumed = frame_end
    if c_end > state.content_end:
        state.content_end = c_end


_QUOTE_ORDER = attrgetter("start", "content_start")


def extract_quotes(nt: NormalizedText) -> tuple[Quote, ...]:
    """Quotes in a normalised text (see :func:`find_quotes`).

    >>> from arnews.text import normalize_with_offsets
    >>> [q.cue for q in extract_quotes(normalize_with_offsets("وأكد المرصد أن 15 شخصا قتلوا"))]
    ['أكد']
    """
    cues, speech_cues = _cues(nt)
    if not speech_cues:
        return ()
    marks = _pair_marks(nt.text)
    by_close: dict[int, _Mark] = {q.close: q for q in marks if q.closed}
    by_open = {q.open: q for q in marks}
    state = _State(
        nt=nt,
        marks=marks,
        by_open=by_open,
        by_close=by_close,
        opens=[q.open for q in marks],
        cue_starts=[c.start for c in speech_cues],
        cues=speech_cues,
        registry=SpeakerRegistry(nt),
    )
    out: list[Quote] = []
    last = speech_cues[-1]
    for cue in cues:
        _process(state, cue, out)
        if cue is last:
            break  # a mention after the last speech cue would only be remembered
    out.sort(key=_QUOTE_ORDER)
    kept: list[Quote] = []
    for quote in out:  # frames never overlap: a later one inside an earlier one is dropped
        if not kept or quote.start >= kept[-1].end:
            kept.append(quote)
    return tuple(kept)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Reported speech in ``text``, sorted by start.

    Args:
        text: any article text.

    Returns:
        One :class:`arnews.Quote` per reporting frame, with the resolved speaker.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    >>> q = find_quotes('وأضاف كيري: «لا نريد اتفاقا من أجل الاتفاق».')[0]
    >>> (q.speaker, q.cue, q.content, q.kind)
    ('كيري', 'أضاف', 'لا نريد اتفاقا من أجل الاتفاق', 'direct')
    """
    return extract_quotes(normalize_with_offsets(check_text(text)))
