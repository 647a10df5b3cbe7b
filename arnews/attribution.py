"""Source attributions and article credits (datelines: :mod:`arnews.dateline`).

Three kinds of evidence are read, all against the normalised text:

- **cue phrases** that introduce a source (``وفق ما أفاد``، ``بحسب``، ``نقلا عن``،
  ``وفقا لما ذكرته``، ``في حديث لـ`` ...), followed by a medium, organisation, document,
  unnamed source or person;
- **reporting verbs** followed by a medium, an organisation that reports facts
  (``قال المرصد``، ``أكدت هيئة الطيران المدني``)، a body named by its noun that agrees
  with the verb (``وذكرت الصحيفة``، ``وأكدت الوزارة``)، a document (``أظهرت وثائق``) or
  an unnamed source or group (``قال مسؤول أميركي كبير``، ``يرى متابعون``، ``أوضح عدد من
  الأهالي``), or preceded by such a subject (``وكان المرصد قد قال``); a named person or a
  government speaking for itself is a quote, not an attribution;
- **credits**: the credit line ``المصدر : الجزيرة + وكالات`` (one attribution per
  source), an agency in parentheses ``(رويترز)``, photo credits ``صورة: أ ف ب`` and
  ``REUTERS/Pierre Albouy``; plus media named with their head (``وكالة الأنباء
  السورية "سانا"``), unnamed sources (``مسؤول أميركي``) wherever they are written, and
  the outlet a statement was given to (``لرويترز``، ``لـ"الجزيرة نت"``).

The source phrases are named rules (``_Patterns`` in :mod:`arnews.attribution_rules`: media,
organisations, documents, unnamed sources, persons) built from named pieces. A document's
author after a preposition is the source (``تقرير لمنظمة العفو الدولية``، ``أرقام من
المكتب الوطني للإحصاء``، ``بيان صادر عن الوزارة``); a document chained to the medium that
saw or published it (``وثائق مسربة اطلعت عليها صحيفة ...``) gives two attributions, as
do a relayed source (``نقلت رويترز عن دبلوماسيين غربيين``) and coordinated sources
(``نقلا عن مصادر طبية وسكان الحي``). A body noun is resolved to the name given before
(``الصحيفة`` → ``الشرق الأوسط``).

``Attribution.cue`` is the cue as written without a leading و/ف; when the cue ends in
the preposition لـ glued to the source (``في حديث لوكالة``), the cue is returned as
``في حديث لـ`` (with a tatweel marking the glued preposition) and the source keeps its
article (``للمرصد`` → ``المرصد``). Credits have the cue ``""`` (or the credit label,
such as ``المصدر``); a source found without any cue has the nearest reporting verb as
its cue, else ``""``.

Nothing inside the dateline is an attribution: its agency is the dateline's source.
A medium that is a news agency gets its canonical name (``Attribution.canonical``:
``"AFP"``، ``"SPA"`` ...) from :func:`arnews.dateline.canonical_agency`.

Speed: the trigger words are located with the text's word index
(:attr:`~arnews.text.NormalizedText.words`) and ``str.find``, and only there are the
trigger phrases matched, each word with the small trie (standard-library ``re``) of the
phrases it begins, or none when it is a phrase by itself; small anchored patterns run
at the hits, each only when the word there can start it; credits are found by literal
string search. A text made only of plain characters (Arabic letters, ASCII, Arabic
punctuation and quotation marks, on which both engines read ``\\w`` alike) is read with
standard-library copies of the ``regex`` patterns, which match two to four times faster.
Each pattern is compiled when it is first used (a text compiles only the rules it
reaches), not at import.

Where things live: the rules and their lazily compiled patterns in
:mod:`arnews.attribution_rules`; reading a source phrase at a position in
:mod:`arnews.attribution_sources`; finding the trigger words and what each opens in
:mod:`arnews.attribution_triggers`; credits in :mod:`arnews.attribution_credits`; the scan
over the trigger words, what follows a cue or verb, and the choice among overlapping
candidates here.
"""

from __future__ import annotations

import bisect
import enum
from typing import Literal

from arnews.attribution_credits import _credit_attributions
from arnews.attribution_rules import _Patterns, _patterns_for
from arnews.attribution_sources import _Found, _Source, _source_after
from arnews.attribution_triggers import (
    _trigger_end,
    _trigger_words,
    _verb_opens_source,
    _word_plan,
    _word_plan_of,
)
from arnews.dateline import (
    DATELINE_REACH,
    DatelineMatch,
    canonical_agency,
    extract_dateline,
    find_dateline,
    paragraph_heads,
)
from arnews.errors import check_text
from arnews.mentions import Attribution, AttributionKind, Dateline
from arnews.spans import SpanSet, by_priority
from arnews.text import NormalizedText, normalize, normalize_with_offsets

__all__ = ["extract_attributions", "extract_dateline", "find_attributions"]


class _Find(enum.Enum):
    """The default of ``extract_attributions(dateline=...)``: find the dateline."""

    DATELINE = 0


def _word_ends(t: str, words: frozenset[str]) -> set[int]:
    """Where one of ``words`` ends in ``t`` (not followed by a word character)."""
    ends = set()
    size = len(t)
    for word in words:
        i = t.find(word)
        while i >= 0:
            end = i + len(word)
            if end == size or not (t[end].isalnum() or t[end] == "_"):
                ends.add(end)
            i = t.find(word, end)
    return ends


def _may_follow_subject(t: str, verb_start: int, verb_end: int, subject_ends: set[int]) -> bool:
    """Whether a reporting verb can close a subject written before it: a plural verb
    (قالوا), قد before it (كان المرصد قد قال), or a subject word just before it."""
    return (
        t.endswith("وا", verb_start, verb_end)
        or t.startswith("قد ", verb_start - 3)
        or verb_start - 1 in subject_ends
    )


def _subject_before(
    p: _Patterns, nt: NormalizedText, verb_start: int, verb_end: int,
    subjects: frozenset[str], found: list[_Found],
) -> None:
    """An organisation that reports facts, or a vague plural, written before its
    reporting verb (وكان المرصد قد قال، خبراء تابعون لها قالوا), added to ``found``.

    The subject's head is looked for in the hundred characters before the verb, and
    what it opens must run up to the verb.
    """
    t = nt.text
    low = max(0, verb_start - 100)
    best = -1
    for word in subjects:
        i = t.rfind(word, low, verb_start)
        while i >= 0:
            end = i + len(word)
            if (end == len(t) or not (t[end].isalnum() or t[end] == "_")) and (
                i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_")
                or (t[i - 1] in "وف" and (i == 1 or not t[i - 2].isalnum()))
            ):
                best = max(best, i)
                break
            i = t.rfind(word, low, i)
    if best < 0:
        return
    m = p.org_reporting.match(t, best)
    kind: AttributionKind = "organization"
    if m is None:
        m = p.plurals.match(t, best)
        kind = "unnamed"
        if m is None or m.group("media"):
            return
    after = p.verb_after.match(t, m.end())
    if after is None or after.span("cue") != (verb_start, verb_end):
        return
    name = nt.original_text(*m.span("name"))
    found.append(
        _Found(m.start(), m.end(), name, nt.original_text(verb_start, verb_end), kind,
               kind == "unnamed")
    )


def _cue_text(nt: NormalizedText, start: int, end: int) -> str:
    """The cue as written; a glued preposition لـ is shown with its tatweel."""
    cue = nt.original_text(start, end)
    if nt.text[start:end].endswith("ل") and not cue.endswith("ـ"):
        return cue + "ـ"
    return cue


def _after_cue(
    p: _Patterns, nt: NormalizedText, cue_s: int, cue_e: int, found: list[_Found]
) -> None:
    t = nt.text
    cue_norm = t[cue_s:cue_e]
    glued = cue_norm.split()[-1] == "ل"
    cue = _cue_text(nt, cue_s, cue_e)
    if not glued:
        to_us = p.to_us.match(t, cue_e)
        if to_us is not None:
            cue_e = to_us.end()
    parsed = _source_after(p, nt, cue_e, "cue", glued=glued)
    if parsed is None:
        if glued or t[cue_e : cue_e + 1] != " ":
            return
        if " ".join(cue_norm.split()) in p.person_cues:
            m = p.person_any.match(t, cue_e + 1)
        else:
            m = p.person_then_title.match(t, cue_e + 1)
        if m:
            name = nt.original_text(*m.span("name"))
            found.append(_Found(cue_s, m.end("name"), name, cue, "person", False))
        return
    src, name = parsed
    cue_words = " ".join(cue_norm.split())
    if cue_words in p.document_cues and (
        src.kind != "document" or _word_before(t, cue_s) == "ما"
    ):
        return  # جاء في المرتبة الثانية، ما جاء في التقرير: "came in", "what it says"
    if cue_words in p.media_cues and src.kind != "media":
        return  # في اتصال هاتفي مع الرئيس: the other party of a call, not a source
    _add_source(p, nt, cue_s, cue, src, name, found)


def _add_source(
    p: _Patterns, nt: NormalizedText, start: int, cue: str, src: _Source, name: str,
    found: list[_Found],
) -> int:
    """Add the source after a cue or verb at ``start`` to ``found``; returns its end.

    A document's author after a preposition is the source instead of the document
    (تقرير لمنظمة العفو الدولية، أرقام من المكتب الوطني للإحصاء); a medium that saw or
    published a document is a second source (اطلعت عليها صحيفة ...); a source
    coordinated with the first (مصادر طبية وسكان الحي) is another one with the same cue.
    """
    if src.kind == "document":
        author = _author_after(p, nt, src.end)
        if author is not None:
            a_src, a_name = author
            found.append(_Found(start, a_src.end, a_name, cue, a_src.kind, a_src.anonymous))
            return a_src.end
        last_word = nt.text[src.name_start : src.name_end].rsplit(" ", 1)[-1]
        lam = p.document_lam.match(nt.text, src.end) if last_word.startswith("ال") else None
        if lam is not None and src.end == src.name_end:
            src = src._replace(end=lam.end(), name_end=lam.end())
            name = nt.original_text(src.name_start, src.name_end)
        found.append(_Found(start, src.end, name, cue, "document", src.anonymous))
        _chain_after(p, nt, src.end, found)
        return src.end
    found.append(_Found(start, src.end, name, cue, src.kind, src.anonymous))
    t = nt.text
    m = p.coordinated.match(t, src.end)
    if m is not None:
        other = _source_after(p, nt, m.end(), "cue")
        if other is not None and other[0].kind in ("unnamed", "media", "organization"):
            o_src, o_name = other
            found.append(_Found(m.end(), o_src.end, o_name, cue, o_src.kind, o_src.anonymous))
            return o_src.end
    return src.end


def _author_after(p: _Patterns, nt: NormalizedText, pos: int) -> tuple[_Source, str] | None:
    """The medium or organisation that issued the document ending at ``pos``, written
    after لـ، من or (صادر) عن."""
    t = nt.text
    m = p.author_link.match(t, pos)
    if m is None:
        return None
    if m.group("link") == "عن" and not m.group("issued"):
        # بيان صادر عن: the qualifier صادر may end the document's name.
        before = t[max(0, pos - 7) : pos].rsplit(" ", 1)[-1]
        if before not in ("صادر", "صادره"):
            return None
    author = _source_after(p, nt, m.end(), "cue", glued=bool(m.group("lam")))
    if author is None or author[0].kind not in ("media", "organization"):
        return None
    if normalize(author[1].strip()) in p.bare_heads:
        return None  # تقرير أصدره مركز ...: a head alone names no author
    return author


def _chain_after(p: _Patterns, nt: NormalizedText, pos: int, found: list[_Found]) -> None:
    """The medium or organisation a document is chained to (اطلعت عليها صحيفة ...)."""
    t = nt.text
    chain = p.chain.match(t, pos)
    if chain is None:
        return
    media = _source_after(p, nt, chain.end(), "cue")
    if media is not None and media[0].kind in ("media", "organization"):
        c_s, c_e = chain.span("cue")
        chain_cue = _cue_text(nt, c_s, c_e)
        src = media[0]
        found.append(_Found(c_s, src.end, media[1], chain_cue, src.kind, src.anonymous))


def _nearby_verb(
    p: _Patterns, nt: NormalizedText, start: int, end: int, last_verb: tuple[int, int]
) -> str:
    """The reporting verb just before ``start`` (up to three words) or just after ``end``.

    ``last_verb`` is the span of the last reporting verb the scan met before ``start``.
    """
    t = nt.text
    verb_start, verb_end = last_verb
    if start - 60 <= verb_start and verb_end <= start and p.gap.fullmatch(t, verb_end, start):
        return nt.original_text(verb_start, verb_end)
    after = p.verb_after.match(t, end)
    if after:
        return nt.original_text(*after.span("cue"))
    return ""


def _after_verb(
    p: _Patterns, nt: NormalizedText, pos: int, end: int, feminine: bool, document: bool,
    found: list[_Found],
) -> int:
    """The source after the reporting verb at ``[pos, end)``, added to ``found`` (with
    the medium or body a document is chained to); returns where it ends, or -1."""
    parsed = _source_after(p, nt, end, "verb", feminine=feminine, document=document)
    if parsed is None:
        return -1
    src, name = parsed
    cue = nt.original_text(pos, end)
    src_end = _add_source(p, nt, pos, cue, src, name, found)
    # نقل المرصد عن سكان محليين، نسبت الوكالة إلى مصدر: the source the first relays.
    relay = p.relay.match(nt.text, src_end) if src.kind != "document" else None
    if relay is not None:
        other = _source_after(p, nt, relay.end(), "cue")
        if other is not None and other[0].kind in ("unnamed", "media", "organization"):
            o_src, o_name = other
            found.append(
                _Found(relay.start("cue"), o_src.end, o_name, cue, o_src.kind, o_src.anonymous)
            )
            return o_src.end
    return src_end


class _Subjects:
    """The subject words of a text (a source written before its verb: وكان المرصد قد
    قال) and where they end in it (read on first use)."""

    __slots__ = ("_ends", "words")

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._ends: set[int] | None = None

    def before_verb(
        self, p: _Patterns, nt: NormalizedText, pos: int, end: int, found: list[_Found]
    ) -> None:
        """Rule: a subject written before the verb at ``[pos, end)`` that can close it."""
        if self._ends is None:
            self._ends = _word_ends(nt.text, self.words)
        if _may_follow_subject(nt.text, pos, end, self._ends):
            _subject_before(p, nt, pos, end, self.words, found)


def _verb_source(
    p: _Patterns, nt: NormalizedText, pos: int, end: int, feminine: bool, document: bool,
    subjects: _Subjects | None, verbs: list[_Found], standalone: list[_Found],
) -> int:
    """Rule: a reporting verb at ``[pos, end)`` introduces the source after it (added to
    ``verbs``; returns its end), else may close a subject written before it (added to
    ``standalone``; returns -1)."""
    if _verb_opens_source(p, nt.text, end):
        src_end = _after_verb(p, nt, pos, end, feminine, document, verbs)
        if src_end >= 0:
            return src_end
    if subjects is not None:
        subjects.before_verb(p, nt, pos, end, standalone)
    return -1


def _given_to(p: _Patterns, nt: NormalizedText, start: int, standalone: list[_Found]) -> int:
    """Rule: لـ"الجزيرة نت": the outlet a statement was given to; returns its end or -1."""
    parsed = _source_after(p, nt, start + 1, "cue")
    if parsed is None or parsed[0].kind != "media":
        return -1
    src, name = parsed
    cue = _cue_text(nt, start, start + 1)
    standalone.append(_Found(start, src.end, name, cue, "media", src.anonymous))
    return src.end


def _standalone_source(
    p: _Patterns, nt: NormalizedText, start: int, pos: int, given_to: bool,
    last_verb: tuple[int, int], standalone: list[_Found],
) -> int:
    """Rule: a source written without a cue (a medium with its head, a qualified unnamed
    source) at ``pos``, added to ``standalone``; returns its end, or -1."""
    t = nt.text
    parsed = _source_after(p, nt, pos, "standalone")
    if parsed is None:
        return -1
    src, name = parsed
    if given_to and src.kind == "media":
        # لرويترز، لوكالة الأناضول: the outlet a statement was given to.
        cue, pos = _cue_text(nt, start, pos), start
    else:
        cue = _nearby_verb(p, nt, start, src.end, last_verb)
        before = _word_before(t, start)
        if src.kind == "unnamed" and before in p.not_source_before:
            return -1  # إجراءات ضد دبلوماسيين بريطانيين: an object
        if src.kind == "media" and not cue:
            # صحيفة "ليزيكو" الفرنسية تكتب: the verb after the medium.
            after = p.verb_after_name.match(t, src.end)
            if after is not None:
                cue = nt.original_text(*after.span("cue"))
        if src.kind == "media" and (
            before in p.media_topic_nouns or (not cue and before not in p.source_before)
        ):
            return -1  # مستخدمو موقع "ويبو": a medium as a topic
    standalone.append(_Found(pos, src.end, name, cue, src.kind, src.anonymous))
    return src.end


def _scan_words(
    p: _Patterns, nt: NormalizedText, cues: list[_Found], verbs: list[_Found],
    standalone: list[_Found],
) -> None:
    """One pass over the words: cue phrases, reporting verbs and standalone sources.

    Words inside a source already found are skipped, except cue phrases, which take
    precedence over verbs and standalone sources when spans are resolved.
    """
    t = nt.text
    skip_to = 0
    last_verb = (-1, -1)
    words = nt.words
    subject_words = words & p.subjects
    subjects = _Subjects(subject_words) if subject_words else None
    word_plans = p.word_plans
    # The matches of ``p.trigger.finditer(t)``: the trigger tried only at the word
    # starts where it can match, none inside the previous match.
    trigger_end = 0
    for start, word_end in _trigger_words(p, nt):
        if start < trigger_end:
            continue
        word = t[start:word_end]
        plan = word_plans.get(word)
        if plan is None:
            plan = _word_plan_of(p, word)
        if plan and plan.exact_unless is not None and words.isdisjoint(plan.exact_unless):
            trigger_end = word_end
            verb_form = plan.lone_verb
            if verb_form is not None:
                # What the loop below does for a lone verb form.
                if start < skip_to:
                    continue
                pos = start + verb_form.offset
                if verb_form.sets_last_verb:
                    last_verb = (pos, word_end)
                src_end = _verb_source(p, nt, pos, word_end, verb_form.feminine, verb_form.document,
                                       subjects, verbs, standalone)
                if src_end >= 0:
                    skip_to = src_end
                continue
        else:
            end = _trigger_end(p, t, start, word)
            if end < 0:
                continue
            trigger_end = end
            if end > word_end and not t[word_end].isspace():
                # The first word of a phrase such as ا.ف.ب runs to the first space.
                word = t[start:end].split(maxsplit=1)[0]
                plan = _word_plan_of(p, word)
        if word == "ل":
            skip_to = max(skip_to, _given_to(p, nt, start, standalone))
            continue
        if plan is None:
            plan = _word_plan(p, word)
        # (The fields of each _FormPlan, unpacked: cheaper than reading them by name.)
        for (offset, cue_pattern, cue_needs, verb, feminine, document, sets_last_verb,
             standalone_form, given_to) in plan.forms:
            pos = start + offset
            if cue_pattern is not None and (cue_needs is None or not words.isdisjoint(cue_needs)):
                m = cue_pattern.match(t, pos)
                if m:
                    _after_cue(p, nt, pos, m.end("cue"), cues)
                    break
            if start < skip_to:
                continue
            if verb:
                end = start + len(word)
                if sets_last_verb:
                    last_verb = (pos, end)
                src_end = _verb_source(p, nt, pos, end, feminine, document, subjects, verbs,
                                       standalone)
                if src_end >= 0:
                    skip_to = src_end
                    break
            if standalone_form:
                src_end = _standalone_source(p, nt, start, pos, given_to, last_verb, standalone)
                if src_end >= 0:
                    skip_to = src_end
                    break


def _word_before(t: str, start: int) -> str:
    """The word just before ``start`` (across spaces), or ""."""
    end = start
    while end > 0 and t[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and end - begin < 20 and (t[begin - 1].isalnum() or t[begin - 1] == "_"):
        begin -= 1
    return t[begin:end]


def extract_attributions(
    nt: NormalizedText, dateline: Dateline | Literal[_Find.DATELINE] | None = _Find.DATELINE
) -> tuple[Attribution, ...]:
    """Attributions in a normalised text (see the module docstring for what is read).

    Args:
        nt: the text, normalised with :func:`arnews.text.normalize_with_offsets`.
        dateline: the text's dateline, as :func:`arnews.dateline.extract_dateline`
            gives it (:func:`arnews.parse` passes the one it found); nothing inside it
            is an attribution (its agency is the dateline's source). By default it is
            read from ``nt``.

    Returns:
        The attributions, sorted by start. Of overlapping candidates the first found
        is kept, in the order credits, cue phrases, reporting verbs, standalone sources.

    >>> nt = normalize_with_offsets("قال مسؤول أميركي كبير إن المحادثات مستمرة")
    >>> [(a.source, a.cue, a.kind, a.anonymous) for a in extract_attributions(nt)]
    [('مسؤول أميركي كبير', 'قال', 'unnamed', True)]
    """
    given_dateline = dateline if isinstance(dateline, Dateline) else None
    p = _patterns_for(nt.text)
    credits: list[_Found] = []
    cues: list[_Found] = []
    verbs: list[_Found] = []
    standalone: list[_Found] = []
    _credit_attributions(p, nt, credits)
    _scan_words(p, nt, cues, verbs, standalone)
    found_dateline = None
    if dateline is _Find.DATELINE:
        found_dateline = _dateline_span(nt, (*credits, *cues, *verbs, *standalone))
    # A credit in parentheses that closes a longer cue or verb attribution
    # (``ذكرت وكالة الأنباء الكويتية (كونا)``) belongs to that attribution.
    if credits:
        framed_ends = {f.end for f in (*cues, *verbs, *standalone)}
        credits = [f for f in credits if f.cue or f.end not in framed_ends]
    kept = _keep(nt, (*credits, *cues, *verbs, *standalone), found_dateline, given_dateline)
    if not p.body_nouns.isdisjoint(nt.words):
        kept = _resolve_body_nouns(p, nt, kept)
    result = []
    for f in kept:
        start, end = nt.span(f.start, f.end)
        result.append(
            Attribution(
                start=start,
                end=end,
                text=nt.original[start:end],
                source=f.source,
                cue=f.cue,
                kind=f.kind,
                anonymous=f.anonymous,
                canonical=canonical_agency(f.source) if f.kind == "media" else None,
            )
        )
    return tuple(result)


def _dateline_span(nt: NormalizedText, found: tuple[_Found, ...]) -> DatelineMatch | None:
    """Rule: the dateline is read (normalised offsets; its date is not needed) only when a
    medium was found where a dateline can be (what else is found there starts after the
    dateline or is no part of one)."""
    media_starts = [f.start for f in found
                    if f.kind == "media" and f.start < 4000 + DATELINE_REACH]
    if media_starts:
        heads = paragraph_heads(nt.text)
        if any(start <= m < start + DATELINE_REACH for m in media_starts for start, _ in heads):
            return find_dateline(nt)
    return None


def _keep(
    nt: NormalizedText, found: tuple[_Found, ...], found_dateline: DatelineMatch | None,
    given_dateline: Dateline | None,
) -> list[_Found]:
    """Rule: of overlapping candidates the first found is kept, and none inside the
    dateline (``found_dateline`` in normalised offsets, ``given_dateline`` in the
    original ones); the kept ones sorted by start."""
    taken = SpanSet()
    if found_dateline is not None:
        taken.add(found_dateline.start, found_dateline.end)

    def outside_given_dateline(f: _Found) -> bool:
        if given_dateline is None or f.start >= 4200:
            return True
        start, end = nt.span(f.start, f.end)
        return not (start < given_dateline.end and given_dateline.start < end)

    candidates = (f for f in found if outside_given_dateline(f))
    return by_priority(candidates, span=lambda f: (f.start, f.end), taken=taken)


def _resolve_body_nouns(p: _Patterns, nt: NormalizedText, kept: list[_Found]) -> list[_Found]:
    """وذكرت الصحيفة -> the paper named earlier (صحيفة الشرق الأوسط), where there is one.

    The name is the last source of the same kind written with the noun's head before
    it (among the twenty sources before), or else what the head opens where it is last
    written before (وزارة الخارجية).
    """
    t = nt.text
    resolved: list[_Found] = []
    heads_at: dict[str, list[int]] = {}
    for f in kept:
        noun = normalize(f.source) if f.source.startswith("ال") and len(f.source) < 16 else ""
        if noun not in p.body_nouns:
            resolved.append(f)
            continue
        head = noun[2:]  # الصحيفه -> صحيفه
        name = None
        for g in reversed(resolved[-20:]):
            if g.kind == f.kind and head in t[g.start : g.end].split() and (
                normalize(g.source) not in p.body_nouns
            ):
                name = g.source
                break
        if name is None:
            starts = heads_at.get(head)
            if starts is None:
                starts = heads_at[head] = nt.word_starts(frozenset((head,)))
            k = bisect.bisect_left(starts, f.start)
            if k > 0:
                parsed = _source_after(p, nt, starts[k - 1], "cue")
                if parsed is not None and parsed[0].kind == f.kind and " " in parsed[1]:
                    name = parsed[1]
        resolved.append(f if name is None else f._replace(source=name))
    return resolved


def find_attributions(text: str) -> tuple[Attribution, ...]:
    """Source attributions and credits in ``text``, sorted by start.

    Args:
        text: any string (an article, a paragraph, a caption).

    Returns:
        A tuple of :class:`~arnews.mentions.Attribution`.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> a = find_attributions('وبحسب وثائق مسربة اطلعت عليها صحيفة "واشنطن بوست"، فإن')
    >>> [(x.source, x.cue, x.kind) for x in a]
    [('وثائق مسربة', 'بحسب', 'document'), ('واشنطن بوست', 'اطلعت عليها', 'media')]
    """
    return extract_attributions(normalize_with_offsets(check_text(text)))
