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

import re
from operator import attrgetter

from arnews.errors import check_text
from arnews.lexicon import speech
from arnews.mentions import Quote, QuoteKind
from arnews.quote_content import (
    _AMBIGUOUS,
    _BARE_STOP,
    _COMP,
    _NA,
    _NOMINAL,
    _SENTENCE_MARKS,
    _SPACE,
    _VERB_PREP,
    WINDOW,
    _balance,
    _clause,
    _content_before,
    _find_content,
    _next_word,
    _quote_before,
    _skip_space,
    _State,
    _trim,
)
from arnews.quote_content import MAX_COLON_SENTENCES as MAX_COLON_SENTENCES
from arnews.quote_content import MAX_INNER_CUES as MAX_INNER_CUES
from arnews.quote_cues import (
    _EVENT_WORDS,
    _FORM_NUMBER,
    _NAQAL,
    _PART_LEMMA,
    _RESUMPTIVE,
    _RESUMPTIVE_FIRST,
    _WORD,
    _Cue,
    _cues,
)
from arnews.quote_cues import MAX_FIND_PASSES as MAX_FIND_PASSES
from arnews.quote_marks import QuoteMark, _Mark, _pair_marks, pair_quote_marks
from arnews.spans import by_priority
from arnews.speakers import (
    ADDRESSEES,
    Phrase,
    SpeakerRegistry,
    fronted_speaker,
    may_head,
    read_phrase,
    with_family_name,
)
from arnews.text import NormalizedText, normalize, normalize_with_offsets

__all__ = ["QuoteMark", "extract_quotes", "find_quotes", "pair_quote_marks"]


_NO_SUBJECT = re.compile(
    r"[ \t\u00a0]*(?:[\"«»“”„‘’':،,.;؛]|(?:ان|بان|الي|علي)(?:"
    + "|".join(normalize(x) for x in speech.COMPLEMENT_SUFFIXES)
    + r")?(?!\w))"
)
_RELATIVE_WORDS = frozenset(normalize(w) for w in speech.RELATIVE_PRONOUNS)
_KAN = normalize("كان")
_SAME = frozenset(normalize(w) for w in ("ذاته", "نفسه", "ذاتها", "نفسها", "عينه", "عينها"))
# one of _SAME as the next word (after spaces): المصدر ذاته
_SAME_NEXT = re.compile("[ \t\u00a0]*(?:" + "|".join(sorted(_SAME)) + r")(?!\w)")
# "، وأن" / " وإن" / "وبأنه" after a content: a coordinated second complement
_AND_COMP = re.compile(
    r"[\s،,\"«»“”]{0,6}(?P<w>و(?:ب?ان)(?:" + "|".join(
        normalize(x) for x in speech.COMPLEMENT_SUFFIXES) + r")?)" + _NA + r"\s"
)
# Words that may follow a bare name that is the subject (قال كيري متوجها، قال كيري الجمعة،
# قال لافروف لرويترز).
_AFTER_NAME = _BARE_STOP | frozenset(_PART_LEMMA) | ADDRESSEES
# A title or a profession after a bare name is its apposition (قالت كفاح خميس رئيسة
# الجمعية، قال عيد عماش المتحدث باسم المجلس): the name is the subject.
_AFTER_NAME |= frozenset(normalize(w) for w in (*speech.SPEAKER_TITLES, *speech.APPOSITION_OPENERS))
_AN = normalize("عن")


# an indefinite word, a preposition or a definite word or two, then a colon or إن/أن
_SP = r"[ \t\u00a0]"
_APPOSITION = re.compile(
    _SP + r"+(?!ال)\w{3,}(?:" + _SP + r"+\w+){1,4}?"  # بائع في بسطات الدمام
    + _SP + r"*(?::|(?=" + _SP + r"+ب?ان\b))"  # then : or إن/أن
)

# how far back the sentence of a cue without a subject is looked for
_SENTENCE_BACK = 300


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


#: What is read of a cue's subject: (speaker, where the frame goes on after the speaker,
#: start of a subject fronted before the verb or -1, whether the speaker is named
#: explicitly, whether with a title, grammatical number).
_Subject = tuple["tuple[str, int, int] | None", int, int, bool, bool, str]


def _process(state: _State, cue: _Cue, out: list[Quote]) -> None:
    """One cue in text order: a mention is remembered, a question names the one asked,
    a reporting verb or participle gets its speaker and content and emits its quotes."""
    if cue.kind == "mention":
        _remember_mention(state, cue)
        return
    if cue.start < state.content_end:
        return  # inside the content of an earlier frame: the speaker's own words
    if cue.kind == "question":
        _read_question(state, cue)
        return
    if cue.kind == "verb":
        # a verb joined by و/ف opens its clause: no subject can stand before it
        before = (
            fronted_speaker(state.nt.text, cue.frame_start)
            if cue.frame_start == cue.start
            else None
        )
        speaker, pos, front, explicit, titled, number = (
            _subject_after(state, cue) if before is None else _subject_before(state, cue, before)
        )
    else:
        speaker = _sentence_subject(state, cue) or _agreeing(state, cue)
        pos, front, explicit, titled, number = cue.end, -1, False, False, "singular"
    found = _find_content(state, cue, pos)
    if (
        found is not None
        and cue.kind == "verb"
        and cue.lemma in _AMBIGUOUS
        and not titled
        and not _adjacent(state.nt.text, pos, found[0])
    ):
        return  # بين المنتجات التي ...، طالب اميركي نشر ...: not this verb
    frame_start = cue.start
    if found is None and explicit:
        earlier = _content_earlier(state, cue, pos)
        if earlier is not None:
            found, frame_start = earlier
    if explicit and speaker is not None:
        state.current = speaker
        state.current_number = number
        state.current_at = cue.start
    if found is None:
        return
    if front >= 0:
        frame_start = min(frame_start, front)  # a fronted subject starts the frame
    _emit(state, cue, speaker, frame_start, found, out)
    _emit_continuations(state, cue, speaker, found[3], out)


def _remember_mention(state: _State, cue: _Cue) -> None:
    """A title with a name is remembered wherever it is (also inside reported content),
    so that a later short name resolves to the full one."""
    if cue.start < state.phrase_end:
        return  # already read as the speaker of the frame before it
    phrase = read_phrase(state.nt.text, cue.start, allow_bare=False)
    if phrase is not None and (
        phrase.name_start is not None
        or (phrase.number != "singular" and cue.start >= state.consumed)
    ):
        state.registry.register(phrase)


def _read_question(state: _State, cue: _Cue) -> None:
    """The one asked after a question verb (سئل الاسد) is the current speaker from here."""
    text = state.nt.text
    phrase = read_phrase(text, cue.end) or _bare_word(text, cue.end)
    if phrase is not None:
        state.current = _resolve(state, phrase)
        state.consumed = phrase.end


def _subject_before(
    state: _State, cue: _Cue, before: tuple[str, Phrase | None]
) -> _Subject:
    """The subject written before a reporting verb: a fronted phrase (كيري ولافروف قالا)
    or a pronoun (لكنهما قالا: the latest group of that number, else the current one)."""
    fronted = before[1]
    if fronted is not None:
        return _resolve(state, fronted), cue.end, fronted.start, True, False, fronted.number
    number = before[0].split(":")[1]
    speaker: tuple[str, int, int] | None = None
    if number != "singular":
        ent = state.registry.recent(number, cue.start)  # type: ignore[arg-type]
        if ent is not None:
            name, s, e, _ = state.registry.describe(ent)
            speaker = (name, s, e)
    if speaker is None:
        speaker = state.current
    return speaker, cue.end, -1, False, False, number


def _subject_after(state: _State, cue: _Cue) -> _Subject:
    """The subject written after the verb (قال لافروف، نقلت الوكاله عن المصدر); without
    one, the subject of the sentence's first verb or the current speaker."""
    text = state.nt.text
    pos = cue.end
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
    if phrase is not None and phrase.kind == "name":
        phrase = _name_subject(state, phrase)
    if phrase is None:
        speaker = _sentence_subject(state, cue) or _agreeing(state, cue)
        return speaker, pos, -1, False, False, "singular"
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
    pos = phrase.frame_end
    if state.current is not None:
        same = _SAME_NEXT.match(text, pos)
        if same is not None:
            speaker = state.current  # المصدر ذاته: the one who just spoke
            pos = same.end()
    state.consumed = pos
    return speaker, pos, -1, True, phrase.kind == "person", phrase.number


def _name_subject(state: _State, phrase: Phrase) -> Phrase | None:
    """An unknown bare name is the subject only where a subject may end; with its family
    name (جاسم الهويدي نائب ...، وهب القريني بائع ...) it may."""
    text = state.nt.text
    if state.registry.known(tuple(text[phrase.start : phrase.end].split())) or _subject_ends(
        text, _skip_space(text, phrase.frame_end, len(text))
    ):
        return phrase
    longer = with_family_name(text, phrase)
    after = _skip_space(text, longer.end, len(text)) if longer else 0
    if longer is not None and _next_word(text, after) not in _RELATIVE_WORDS and (
        _subject_ends(text, after)
        or _indefinite_apposition(text, longer.end)
    ):
        return longer
    return None


def _content_earlier(
    state: _State, cue: _Cue, pos: int
) -> tuple[tuple[int, int, QuoteKind, int], int] | None:
    """Content written before its named source, with the frame start: a quotation right
    before the cue (``"..."، قال كيري``) or words set off before حسبما/وفق ما."""
    q = _quote_before(state, cue)
    if q is not None:
        c_start, c_end = _trim(state.nt.text, q.open + 1, q.close)
        return (c_start, c_end, "direct", pos), q.open
    earlier = _content_before(state, cue)
    if earlier is not None:
        return (earlier[0], earlier[1], earlier[2], pos), earlier[0]
    return None


def _emit_continuations(
    state: _State,
    cue: _Cue,
    speaker: tuple[str, int, int] | None,
    frame_end: int,
    out: list[Quote],
) -> None:
    """A coordinated second clause (وأن ...، وإن ...) is a second quote of the same frame."""
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
    # frames never overlap: a later one inside an earlier one is dropped
    return tuple(by_priority(out, span=lambda quote: (quote.start, quote.end)))


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
