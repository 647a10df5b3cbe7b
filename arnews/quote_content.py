"""Content of a reporting frame: where the reported words start and end.

Around a cue whose speaker has been read, :func:`_find_content` finds the content: inside
quotation marks, after a colon, after a complementizer إن/أن/بأن/إلى أن, after the verb's
preposition (``دعا ... إلى``) or a noun phrase (``أكد``/``نفى``). :func:`_content_limit`
ends indirect content at the sentence end, a coordinated complement or the next frame;
:func:`_quote_before` and :func:`_content_before` find content written before its source.
:class:`_State` is what the extraction of one text keeps between cues.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from arnews.lexicon import speech
from arnews.mentions import QuoteKind
from arnews.quote_cues import _WORD, _Cue
from arnews.quote_marks import _FAMILY, _Mark
from arnews.speakers import NEVER_SPEAKER, SpeakerRegistry
from arnews.text import NormalizedText, normalize

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

_NA = r"(?!\w)"

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

_COMP_WITH_PRONOUN = frozenset(
    head + normalize(suffix)
    for head in ("ان", "بان")
    for suffix in speech.COMPLEMENT_SUFFIXES
)
_ALA_HADD = normalize("على حد ")
_TIME_WORDS = frozenset(normalize(w) for w in speech.TIME_WORDS)

_GAP_PUNCT = frozenset(".،,:؛;!?؟()\n-")
# (the pattern starts with the literal و and checks the character before it afterwards,
# so that ``re`` scans for و at C speed instead of trying a lookbehind everywhere)
_AND_COMP_IN = re.compile(
    r"و(?<=[\s،,\"«»“”]و)(?:ب?ان)(?:" + "|".join(
        normalize(x) for x in speech.COMPLEMENT_SUFFIXES) + r")?" + _NA + r"(?!\s+كان)"
)

_BARE_STOP = frozenset(
    normalize(w) for w in (*speech.STOP_WORDS, *speech.TIME_WORDS, "عما", "عن", "اذا", "إذا")
) | NEVER_SPEAKER

# the word before a quoted medium that was spoken to (لموقع "سكاي نيوز عربية"، مع "الشرق")
_MEDIUM_WORDS = frozenset(normalize(w) for w in speech.ADDRESSEE_MEDIUM_WORDS)
_TERM_PREPS = frozenset(normalize(w) for w in speech.TERM_PREPOSITIONS)
_AMBIGUOUS = frozenset(normalize(w) for w in speech.AMBIGUOUS_CUES)

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

_SENTENCE_MARKS = ".!?؟\n"

# a source after its content: ،حسبما قال / ، وفق ما أفاد / ، بحسب ما ذكر (the words end
# right before the cue)
_MA = normalize("ما")
assert all(normalize(w).endswith(_MA) for w in speech.POSTPOSED_SOURCE_WORDS)
_POSTPOSED = re.compile(
    "(?:" + "|".join(normalize(w) for w in speech.POSTPOSED_SOURCE_WORDS) + r")[ \t\u00a0]*"
)

#: Characters looked at around a cue.
WINDOW = 320
#: Cues looked at inside one content when searching for the next reporting frame.
MAX_INNER_CUES = 12

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
    prep_at = (
        _prep_content_start(text, cue.lemma, pos, window_end) if cue.lemma in _VERB_PREP else -1
    )
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
            return _quoted_content(state, cue, pos, q, after, followed_by_word, hard)
        prep_end = m.end("prep")
        if prep_end < 0 and _word_before(text, m.start()) in _NOT_AFTER:
            search = m.end()
            continue
        # the complementizer word itself (after the preposition, if any)
        comp = text[prep_end : m.end()] if prep_end >= 0 else m.group()
        return _clause(state, m.end(), hard, comp in _COMP_WITH_PRONOUN)
    return _unmarked_content(state, cue, pos, prep_at, hard)


def _prep_content_start(text: str, lemma: str, pos: int, window_end: int) -> int:
    """Where a call's content starts: after the verb's preposition (دعا ... إلى، طالب ...
    بـ) in the same sentence; -1 if there is none."""
    prep = _VERB_PREP.get(lemma, "")
    if prep:
        pm = _PREP_RE[prep].search(text, pos, window_end)
        if pm is not None:
            sent = _SENT_END.search(text, pos, pm.start())
            if sent is None:
                return pm.end()
    return -1


def _quoted_content(
    state: _State,
    cue: _Cue,
    pos: int,
    q: _Mark,
    after: int,
    followed_by_word: bool,
    hard: int,
) -> tuple[int, int, QuoteKind, int] | None:
    """The content at a quotation after the speaker: the quoted words (direct), or mixed
    when a noun phrase opens with the quotation or the sentence goes on after it."""
    text = state.nt.text
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


def _unmarked_content(
    state: _State, cue: _Cue, pos: int, prep_at: int, hard: int
) -> tuple[int, int, QuoteKind, int] | None:
    """Content with no mark nor إن/أن: after the verb's preposition, or a noun phrase
    after أكد/نفى (``أكد المرصد مقتل ...``), of two words or more."""
    text = state.nt.text
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


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group() if m is not None else ""
