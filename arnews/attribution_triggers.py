"""Trigger words of :mod:`arnews.attribution`: where the scan stops.

:func:`_trigger_words` locates the words where the trigger (cue phrases, reporting
verbs, standalone heads: see ``_Patterns._trigger_rules`` in
:mod:`arnews.attribution_rules`) can match, with the text's word index and ``str.find``;
:func:`_trigger_end` matches it there with the small trie of the phrases the word
begins (:func:`_trigger_trie`); :func:`_word_plan` tells what each trigger word can open
(:class:`_WordPlan`, :class:`_FormPlan`), remembered per word; :func:`_verb_opens_source`
tells whether the word after a reporting verb can open a source.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from arnews.attribution_rules import (
    _E,
    _LAM_QUOTES,
    _NEXT_PLAIN_WORD,
    _QUOTE_CHARS,
    _alt,
    _Patterns,
)
from arnews.text import NormalizedText, alternation


def _trigger_words(p: _Patterns, nt: NormalizedText) -> list[tuple[int, int]]:
    """Where ``p.trigger`` may match: sorted ``(start, end)`` of the whole word there.

    Every start of a match is a start here. A first word is found with ``str.find``
    (its forms with a glued و/ف/ل/ب too) and kept where it is a whole word; an anchored
    first word is looked for before the second words found; the ل of لـ"..." is looked
    for before the quotation marks.
    """
    words = nt.words
    plan = p.trigger_plan
    direct: set[str] = set()
    seconds: set[str] = set()
    quote_lam = False
    for form in words.intersection(p.trigger_words):
        needs, base, through = plan[form]
        if needs and words.isdisjoint(needs):
            continue
        if through:
            seconds |= through
        elif base:
            direct.add(base)
        else:
            quote_lam = True
    t = nt.text
    find = t.find
    size = len(t)
    found: list[tuple[int, int]] = []
    for base in direct:
        length = len(base)
        i = find(base)
        while i >= 0:
            # A whole word: no word character (\w: alphanumeric or _) on either side,
            # but a glued و/ف/ل/ب may come before it.
            end = i + length
            if end == size or not (t[end].isalnum() or t[end] == "_"):
                if i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_"):
                    found.append((i, end))
                elif t[i - 1] in "وفلب" and (
                    i == 1 or not (t[i - 2].isalnum() or t[i - 2] == "_")
                ):
                    found.append((i - 1, end))
            i = find(base, i + 1)
    if seconds:
        anchor_bases = p.anchor_bases
        for second in seconds & words:
            for i in nt.word_starts(frozenset((second,))):
                end = i
                while end > 0 and t[end - 1].isspace():
                    end -= 1
                if end == i:
                    if t[i - 1 : i] != ".":
                        continue
                    end = i - 1
                for base in anchor_bases[second]:
                    j = end - len(base)
                    if j < 0 or not t.startswith(base, j):
                        continue
                    if j == 0 or not (t[j - 1].isalnum() or t[j - 1] == "_"):
                        found.append((j, end))
                    elif t[j - 1] in "وفلب" and (
                        j == 1 or not (t[j - 2].isalnum() or t[j - 2] == "_")
                    ):
                        found.append((j - 1, end))
    if quote_lam:
        for quote in _LAM_QUOTES:
            i = find(quote)
            while i >= 0:
                if t[i - 1 : i] == "ل":
                    j = i - 1
                elif t[i - 1 : i] in (" ", "\t") and t[i - 2 : i - 1] == "ل":
                    j = i - 2
                else:
                    j = -1
                if j >= 0 and (j == 0 or not (t[j - 1].isalnum() or t[j - 1] == "_")):
                    found.append((j, j + 1))
                i = find(quote, i + 1)
    found.sort()
    return found


def _trigger_trie(p: _Patterns, first: str) -> re.Pattern[str] | None:
    """The trie of the trigger phrases that begin with the word ``first`` (compiled on
    first use), or None when none but ``first`` itself does."""
    trie = p.trigger_tries.get(first)
    if trie is None:
        ends = p.trigger_trie_ends.get(first)
        if ends is None:
            return None
        phrases = alternation([first + end for end in ends], r"\s+")
        trie = p.trigger_tries[first] = re.compile(f"(?:{phrases})" + r"(?!\w)")
    return trie


def _trigger_end(p: _Patterns, t: str, start: int, word: str) -> int:
    """Where ``p.trigger.match(t, start)`` ends, or -1 when it does not match there.

    ``start`` is a word start and ``word`` the whole word written there. Only phrases
    whose first word is ``word`` without its first letter (a glued و/ف/ل/ب, which the
    trigger tries first) or ``word`` itself can match: their own trie is tried, or
    none for a first word that is a phrase by itself.
    """
    single = p.trigger_single
    if len(word) > 1 and word[0] in "وفلب":
        rest = word[1:]
        if rest in single:
            return start + len(word)
        trie = _trigger_trie(p, rest)
        if trie is not None:
            m = trie.match(t, start + 1)
            if m:
                return m.end()
    if word in single:
        return start + len(word)
    trie = _trigger_trie(p, word)
    if trie is not None:
        m = trie.match(t, start)
        if m:
            return m.end()
    if word == "ل" and (
        t[start + 1 : start + 2] in _LAM_QUOTES
        or (t[start + 1 : start + 2] in (" ", "\t") and t[start + 2 : start + 3] in _LAM_QUOTES)
    ):
        return start + 1
    return -1


class _FormPlan(NamedTuple):
    """What a trigger word, or the same word after its glued letter, can open."""

    offset: int  # 1 after a glued و/ف/ل/ب, else 0
    cue: re.Pattern[str] | regex.Pattern[str] | None  # cue phrases starting with it
    cue_needs: frozenset[str] | None  # one of which the text must have for a cue
    verb: bool
    feminine: bool
    document: bool
    sets_last_verb: bool  # a verb written bare or after و/ف (not لقال، بقال)
    standalone: bool
    given_to: bool  # after a glued ل: the outlet a statement was given to (لرويترز)


class _WordPlan(NamedTuple):
    """A trigger word: whether the trigger matches it alone, and what its forms open."""

    # The trigger's match at the word is the word itself (see _trigger_end) unless the
    # text has one of these words; None: _trigger_end tells.
    exact_unless: frozenset[str] | None
    forms: tuple[_FormPlan, ...]
    # The one form, when the word opens nothing but a reporting verb's source where
    # it is matched alone (the usual trigger word): read without the loop over forms.
    lone_verb: _FormPlan | None


def _cue_pattern(p: _Patterns, first: str) -> re.Pattern[str] | regex.Pattern[str] | None:
    """The cue phrases that start with the word ``first``, compiled on first use."""
    pattern = p.cue_patterns.get(first)
    if pattern is None:
        group = p.cue_groups.get(first)
        if group is None:
            return None
        # A cue ends at a word end, or with the glued ل after a space.
        pattern = p.cue_patterns[first] = p._compile(
            rf"(?P<cue>{_alt(group)})(?:(?<=\sل)|{_E})", verbose=True
        )
    return pattern


def _word_plan_of(p: _Patterns, word: str) -> _WordPlan | None:
    """The plan of a trigger word (see :func:`_word_plan`), remembered; None for a word
    no trigger phrase begins with."""
    plan = p.word_plans.get(word)
    if plan is None and word in p.trigger_first_tokens:
        plan = p.word_plans[word] = _word_plan(p, word)
    return plan


def _word_plan(p: _Patterns, word: str) -> _WordPlan:
    """What ``_scan_words`` needs to know of a trigger word, computed once per word.

    The forms are the word and, after a glued و/ف/ل/ب, the rest of it, in the order
    they are tried; only those that open anything are kept.
    """
    # The trigger tries the word less its glued letter first, then the word.
    run = word[1:] if len(word) > 1 and word[0] in "وفلب" else word
    if run not in p.trigger_single and run not in p.trigger_trie_ends:
        run = word
    exact_unless: frozenset[str] | None = None
    if run in p.trigger_single:
        exact_unless = frozenset()
    elif run in p.trigger_trie_ends:
        exact_unless = p.trigger_continuations.get(run)
    forms = [(word, 0)]
    if len(word) > 2 and word[0] in "وفلب":
        forms.append((word[1:], 1))
    plan = []
    for form, offset in forms:
        cue = _cue_pattern(p, form)
        verb = form in p.verbs
        standalone = form in p.standalone
        if cue is None and not verb and not standalone:
            continue
        plan.append(
            _FormPlan(
                offset,
                cue,
                p.cue_needs.get(form) if cue is not None else None,
                verb,
                form in p.feminine_verbs,
                form in p.document_verbs,
                offset == 0 or word[0] in "وف",
                standalone,
                offset == 1 and word[0] == "ل",
            )
        )
    # (A cue phrase of the form is no matter where the word is matched alone when it
    # needs one of the words that would make the match longer: قال تقرير ل.)
    lone = plan[0] if len(plan) == 1 else None
    lone_verb = None
    if (
        lone is not None
        and lone.verb
        and not lone.standalone
        and exact_unless is not None
        and (lone.cue is None or (lone.cue_needs is not None and lone.cue_needs <= exact_unless))
    ):
        lone_verb = lone
    return _WordPlan(exact_unless, tuple(plan), lone_verb)


def _verb_opens_source(p: _Patterns, t: str, end: int) -> bool:
    """Whether the word after a reporting verb ending at ``end`` can open a source.

    The same answer as reading the next words with ``p.next_word``, which is needed
    only when the next word is not plain or may start a two-word name.
    """
    plain = _NEXT_PLAIN_WORD.match(t, end)
    if plain is not None:
        word = plain.group(1)
        if not word:  # a quotation mark or another non-word character
            return t[plain.end() : plain.end() + 1] in _QUOTE_CHARS
        if word in p.verb_next:
            return True
        if word not in p.verb_next_pair_firsts:
            return False
    elif t[end : end + 1] not in (" ", "\t"):
        return False
    nxt = p.next_word.match(t, end)
    return nxt is not None and (
        nxt.group("w") in p.verb_next
        or f"{nxt.group('w')} {nxt.group('w2')}" in p.verb_next_pairs
    )
