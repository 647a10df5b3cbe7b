"""The source-phrase rules of :mod:`arnews.attribution` and their patterns.

Here live the named pieces (:class:`_Pieces`) the rules are built from, the rules
themselves (:class:`_Patterns`: media, organisations, documents, unnamed sources,
persons, cue phrases, the trigger words, reporting verbs and credits), declared by name
and compiled on first use (:class:`_Lazy`), and their standard-library twins for plain
texts (:data:`_PLAIN_TEXT`, :func:`_patterns_for`). Reading a source phrase with them is
:mod:`arnews.attribution_sources`; finding the trigger words is
:mod:`arnews.attribution_triggers`.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING, Any

import regex

from arnews.lexicon import sources as lex
from arnews.text import alternation, normalize

if TYPE_CHECKING:
    from arnews.attribution_triggers import _WordPlan


def _alt(words: Iterable[str]) -> str:
    """:func:`arnews.text.alternation` of ``words`` with ``\\s+`` between the words of a
    phrase, remembered (several patterns share a word list).

    The longest word wins over its prefixes, as in a longest-first alternation, but
    each character is tried once: long word lists stay fast in both regex engines.
    """
    return _alt_of(tuple(words))


@functools.lru_cache(maxsize=64)
def _alt_of(words: tuple[str, ...]) -> str:
    return alternation(words, r"\s+")


def _alias_table() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for canonical, (aliases, free) in lex.AGENCIES.items():
        for alias in (canonical, *aliases):
            table[normalize(alias)] = (canonical, free)
    return table


def _strip_glued_lam(phrase: str) -> str:
    """``وفقا ل`` -> ``وفقا``: the words of a cue before its glued preposition."""
    words = phrase.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] == "ل" else phrase


_B = r"(?<!\w)"  # start of a word
_E = r"(?!\w)"  # end of a word
_QUOTE = "[\"«»“”„]"
_QUOTE_CHARS = frozenset(_QUOTE[1:-1])
_LAM_QUOTES = ('"', "«", "“")  # the quotation marks a لـ can be glued to
_NOT_QUOTE = "[^\"«»“”„\\n]"
_H = r"[^\S\n]"  # horizontal space

# Characters that both engines, ``re`` and ``regex``, count as word characters (\w),
# and characters that neither does. (Their \w differ on rare characters: ``regex``
# counts combining marks, ``re`` other numbers such as ².) A run of the first kind
# followed by one of the second kind, or by the end of the text, is a whole word for
# both engines: its first word tells which lexicon patterns can match at a position.
_PLAIN_WORD_CHARS = "0-9A-Za-z_\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_PLAIN_BREAK_CHARS = "\x00-/:-@\\[-^`{-\x7f،؛؟«»“”„"
_PLAIN_WORD = re.compile(f"[{_PLAIN_WORD_CHARS}]*+(?=[{_PLAIN_BREAK_CHARS}]|\\Z)")
# A plain text: only the characters of _PLAIN_WORD and the controls and punctuation
# it stops at, less the separators \x1c-\x1f (\s for ``re`` only). A plain text is
# read with the standard-library twins of the patterns.
_PLAIN_TEXT = re.compile(f"[{_PLAIN_WORD_CHARS}\\x00-\\x1b -/:-@\\[-^`{{-\\x7f،؛؟«»“”„]*+")
# The word after a reporting verb, as ``next_word`` reads it, when it is plain (all
# the spaces are taken, as ``next_word`` takes them).
_NEXT_PLAIN_WORD = re.compile(f"[ \t]++([{_PLAIN_WORD_CHARS}]*+)(?=[{_PLAIN_BREAK_CHARS}]|\\Z)")


class _AnyWord:
    """Stands for the first words of a lexicon list one of which is not plain."""

    def __contains__(self, word: object) -> bool:
        return True


def _first_words(words: Iterable[str]) -> Container[str]:
    """The first words of normalised lexicon phrases (what a match must start with).

    A pattern that starts with one of ``words`` followed by a non-word character can
    match at a position only if the plain word written there is one of these (see
    :data:`_PLAIN_WORD`). When a phrase does not start with a plain word, every word
    is allowed.
    """
    firsts = set()
    for word in words:
        m = _PLAIN_WORD.match(normalize(word))
        if m is None or not m.group():
            return _AnyWord()
        firsts.add(m.group())
    return frozenset(firsts)


# Definite words that end a name rather than continue it.
_STOP_DEFINITE_WORDS = (
    "إلى", "إلا", "ألا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
    "اللواتي", "الآن", "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الحالية",
    "الجاري", "الأسبوع", "الشهر", "العام", "السنة", "القول",
)
# Words that end a person's name after a cue.
_STOP_WORDS = (
    "في", "من", "على", "إلى", "عن", "أن", "إن", "أنه", "إنه", "مع", "خلال", "بعد", "قبل",
    "أمس", "الذي", "التي", "حيث", "وقد", "قد", "كان", "كانت", "لكن", "ولكن", "بينما",
    "فيما", "حول", "بشأن", "منذ", "هذا", "هذه", "ذلك", "تلك", "أو", "ثم", "حتى", "اليوم",
    "الجمعة", "الخميس", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "فإن", "وإن",
    "عقب",
)
# Words that look like a nisba adjective (ending in ي) but are particles.
_NOT_NISBA = ("على", "إلى", "حتى", "متى", "لدى", "الذي", "التي", "لكي", "ذوي", "أي", "سوى", "في")


def _trigger_forms(
    phrases: Iterable[str],
) -> tuple[dict[str, set[frozenset[str]]], dict[str, str], dict[str, list[str]]]:
    """Rule: a trigger phrase starts with its first word, bare or after a glued و/ف/ل/ب
    (a form of it): each form with the other words of its phrases (``needs``), the first
    word of each form (``base_of``) and what follows each first word in its phrases
    (``rests``)."""
    needs: dict[str, set[frozenset[str]]] = {"ل": {frozenset()}}
    base_of: dict[str, str] = {}
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        first, *others = re.findall(r"\w+", phrase)
        if not phrase.startswith(first):
            raise ValueError(f"a trigger phrase must start with a word: {phrase!r}")
        rests.setdefault(first, []).append(phrase[len(first) :])
        for prefix in ("", "و", "ف", "ل", "ب"):
            needs.setdefault(prefix + first, set()).add(frozenset(others))
            base_of.setdefault(prefix + first, first)
    return needs, base_of, rests


def _trigger_anchors(
    rests: dict[str, list[str]], frequent: frozenset[str]
) -> dict[str, frozenset[str]]:
    """Rule: the first words found through the second word of their phrases, with those
    second words."""
    # A first word shorter than the second word of all its phrases (في -> حديث،
    # تصريح، بيان ...), a frequent short word before words that are not (ان بي
    # سي، على لسان), or a one-letter word, which is in most words (ا ف ب، ا.ف.ب),
    # is found through the second word, a rarer string: the first word is then
    # looked for just before it, across the spaces or one dot.
    anchors: dict[str, frozenset[str]] = {}
    for first, ends in rests.items():
        seconds = [re.match(r"(?:\s+|\.)(\w+)(?!\w)", rest) for rest in ends]
        if all(
            m is not None
            and (
                len(m.group(1)) > len(first)
                or (first in frequent and m.group(1) not in frequent)
                or len(first) == 1
            )
            for m in seconds
        ):
            anchors[first] = frozenset(m.group(1) for m in seconds if m)
    return anchors


class _Pieces:
    """The named pieces the source-phrase rules are built from, each built on first use
    (by the first pattern that needs it)."""

    def __init__(self) -> None:
        self.x = regex.VERBOSE
        self.aliases = _alias_table()
        self.free = tuple(a for a, (_, is_free) in self.aliases.items() if is_free)
        # A word with a glued لـ (للأمم، لمنظمة).
        self.lam_word = r"(?:لل|ل)\w+"

    @functools.cached_property
    def alias_alt(self) -> str:
        return _alt(self.aliases)

    @functools.cached_property
    def media_heads(self) -> str:
        return _alt(lex.MEDIA_HEADS)

    @functools.cached_property
    def definite(self) -> str:
        """A definite word that can continue a name (not الذي، اليوم، الماضي ...)."""
        return rf"(?!(?:{_alt(_STOP_DEFINITE_WORDS)}){_E})ال\w+"

    @functools.cached_property
    def nisba(self) -> str:
        """A nisba adjective (أميركي، غربيين، اقتصاديان), not a particle ending in ي."""
        return (
            rf"(?!(?:{_alt(_NOT_NISBA)}){_E})(?!ي(?!من|ونان|ابان|هود)\w)"
            rf"\w{{2,}}(?:يون|يين|يان|يه|ي){_E}"
        )

    @functools.cached_property
    def stop(self) -> str:
        return _alt(_STOP_WORDS)

    @functools.cached_property
    def descriptor(self) -> str:
        return rf"(?:{self.definite}|انباء|اخبار)"

    @functools.cached_property
    def org_word(self) -> str:
        return rf"(?:(?:{_alt(lex.ORGANIZATION_HEADS)})\s+)?"

    @functools.cached_property
    def qualifier(self) -> str:
        """What may follow the head of an unnamed source or vague plural."""
        return rf"""
            (?:{_alt(lex.UNNAMED_QUALIFIERS)}){_E}
            | {self.nisba}
            | (?:في|من)\s+{self.org_word}{self.definite}(?:\s+{self.definite}){{0,2}}{_E}
            | بال\w+(?:\s+{self.definite}){{0,2}}{_E}
            | ب(?:{_alt(lex.ORGANIZATION_HEADS)})(?:\s+{self.definite}){{1,2}}{_E}
            | باسم\s+{self.org_word}{self.definite}(?:\s+{self.definite}){{0,2}}{_E}
            | تابع\w{{0,3}}\s+ل\w+{_E}
        """


class _Patterns:
    """The patterns and word sets of the rules.

    The word sets are built at once (on the first call, not at import); each pattern
    is compiled when it is first used, so that a call compiles only the rules its text
    reaches. The patterns are declared here and their sources given by the ``_*_rules``
    methods; :attr:`plain` has the same patterns compiled with the standard library
    (see :meth:`_compile`).
    """

    # media
    media_quoted: regex.Pattern[str]
    media_known: regex.Pattern[str]
    media_definite: regex.Pattern[str]
    alias_any: regex.Pattern[str]
    alias_free: regex.Pattern[str]
    alias_quoted: regex.Pattern[str]
    # organisations
    org_named: regex.Pattern[str]
    org_reporting: regex.Pattern[str]
    org_head: regex.Pattern[str]
    org_reporting_head: regex.Pattern[str]
    body_noun: regex.Pattern[str]
    # documents
    document: regex.Pattern[str]
    document_lam: regex.Pattern[str]
    author_link: regex.Pattern[str]
    chain: regex.Pattern[str]
    # unnamed sources and persons
    unnamed: regex.Pattern[str]
    unnamed_definite: regex.Pattern[str]
    plurals: regex.Pattern[str]
    person: regex.Pattern[str]
    person_any: regex.Pattern[str]
    person_then_title: regex.Pattern[str]
    # cues, verbs, credits
    to_us: regex.Pattern[str]
    trigger: re.Pattern[str]
    verb_after: regex.Pattern[str]
    coordinated: regex.Pattern[str]
    relay: regex.Pattern[str]
    verb_after_name: regex.Pattern[str]
    next_word: regex.Pattern[str]
    gap: re.Pattern[str]
    credit_line: regex.Pattern[str]
    credit_item: regex.Pattern[str]
    paren_credit: regex.Pattern[str]
    latin_credit: regex.Pattern[str]
    plain: _Patterns

    def __init__(self) -> None:
        # name -> (the function that writes its source, verbose, engine: "regex" or
        # "re"); shared with the twin.
        self._rules: dict[str, tuple[Callable[[], str], bool, str]] = {}
        self._uses_re = False  # the standard-library twin (see _compile)
        pc = _Pieces()
        self.aliases = pc.aliases
        self._media_rules(pc)
        self._organization_rules(pc)
        self._document_rules(pc)
        self._unnamed_rules(pc)
        self._person_rules(pc)
        self._first_word_sets(pc)
        self._cue_rules(pc)
        self._trigger_rules(pc)
        self._verb_rules(pc)
        self._credit_rules(pc)
        self._plain_twin()

    def _rule(
        self, name: str, source: Callable[[], str], verbose: bool = True, engine: str = "regex"
    ) -> None:
        """Declare the pattern ``name``, compiled from ``source()`` on first use."""
        self._rules[name] = (source, verbose, engine)

    def _compile_rule(self, name: str) -> Any:
        """Compile the pattern ``name`` and put it in place of its :class:`_Lazy`."""
        source, verbose, engine = self._rules[name]
        pattern = self._compile(source(), verbose, engine)
        setattr(self, name, pattern)
        return pattern

    def _compile(self, source: str, verbose: bool, engine: str = "regex") -> Any:
        """``source`` compiled with ``regex``, or in the twin with the standard library.

        On plain texts (see :data:`_PLAIN_TEXT`) both engines read ``\\w``, ``\\s`` and
        ``\\d`` alike and so match alike: ``re`` runs these small anchored matches two to
        four times faster. A pattern ``re`` cannot compile (a variable-width
        look-behind) stays in ``regex``; a group name written twice is renamed (the
        second ``name`` is ``name2``, read in _parse_source).
        """
        if engine == "re" or self._uses_re:
            flags = re.VERBOSE if verbose else 0
            with contextlib.suppress(re.error):
                return re.compile(source, flags)
            before, _, after = source.rpartition("(?P<name>")
            if before and "(?P<name>" in before:
                with contextlib.suppress(re.error):
                    return re.compile(before + "(?P<name2>" + after, flags)
        return regex.compile(source, regex.VERBOSE if verbose else 0)

    def _media_rules(self, pc: _Pieces) -> None:
        """A medium: a head and its name (صحيفة "الأيام"، وكالة الأنباء السورية (سانا)) or
        a known name (رويترز)."""
        # وكالة الأنباء السورية "سانا"، وكالة تونس إفريقيا للأنباء (وات): the name in
        # quotation marks after definite descriptors, or a known agency in parentheses
        # after up to four words of the agency's full name.
        self._rule("media_quoted", lambda: (
            rf"(?P<head>{pc.media_heads}){_E}"
            rf"(?:(?:\s+{pc.descriptor}){{0,3}}\s*{_QUOTE}\s*(?P<name>{_NOT_QUOTE}{{1,60}}?)\s*{_QUOTE}"
            rf"|(?:\s+\w+){{0,4}}?\s*\(\s*(?P<name>{pc.alias_alt})\s*\))"
        ))
        self._rule("media_known", lambda: (
            rf"(?P<head>{pc.media_heads})(?:\s+{pc.descriptor}){{0,2}}?\s+(?P<name>{pc.alias_alt}){_E}"
        ))
        # قناة الجديد -> الجديد (an outlet named by one definite word); التلفزيون الرسمي,
        # وكالة الأنباء العمانية stay whole.
        self._rule("media_definite", lambda: (
            rf"(?P<name>(?P<head>{pc.media_heads})(?P<desc>(?:\s+{pc.descriptor}){{1,3}})){_E}"
        ))
        self.outlet_heads = frozenset(
            normalize(w)
            for w in ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "إذاعة", "شبكة", "محطة", "تلفزيون")
        )
        self._rule("alias_any", lambda: rf"(?P<name>{pc.alias_alt}){_E}")
        self._rule("alias_free", lambda: rf"(?P<name>{_alt(pc.free)}){_E}")
        self._rule("alias_quoted", lambda: rf"{_QUOTE}\s*(?P<name>{pc.alias_alt})\s*{_QUOTE}")

    def _organization_rules(self, pc: _Pieces) -> None:
        """An organisation: named in full (المرصد السوري لحقوق الإنسان) or by a head and
        what qualifies it (وزارة الصحة، هيئة الطيران المدني)."""
        self._rule("org_named", lambda: rf"(?P<name>{_alt(lex.ORGANIZATIONS)}){_E}")
        self._rule(
            "org_reporting", lambda: rf"(?P<name>{_alt(lex.REPORTING_ORGANIZATIONS)}){_E}"
        )

        # وزارة الصحة، هيئة شؤون الأسرى، جامعة "ستانفورد": a head, then definite or لـ
        # words (after one indefinite word of an idafa), or a quoted name.
        def qualified() -> str:
            return (
                rf"(?:\s+(?!{pc.stop}{_E})\w+(?=\s+ال))?(?:\s+(?:{pc.definite}|{pc.lam_word})){{0,3}}"
                rf"|\s*{_QUOTE}{_NOT_QUOTE}{{1,40}}?{_QUOTE}"
            )

        self._rule("org_head", lambda: (
            rf"(?P<name>(?:{_alt(lex.ORGANIZATION_HEADS)})(?:{qualified()})){_E}"
        ))
        # After a bare reporting verb: only bodies that report facts.
        self._rule("org_reporting_head", lambda: (
            rf"(?P<name>(?:{_alt(lex.REPORTING_BODY_HEADS)})(?:{qualified()})){_E}"
        ))
        # الصحيفة، الوزارة، المؤسسة: a body named earlier, referred to by its noun.
        # (Followed by a name or a qualifier, it opens a new name: المكتب الإعلامي لحزب.)
        self._rule("body_noun", lambda: (
            rf"(?P<name>{_alt(lex.BODY_NOUNS)}){_E}"
            rf"(?!\s*{_QUOTE}|\s+(?:{pc.definite}|{pc.lam_word}))"
        ))
        self.media_body_nouns = frozenset(normalize(w) for w in lex.BODY_NOUNS) & frozenset(
            normalize(w) for w in lex.MEDIA_HEADS
        )
        self.body_nouns = frozenset(normalize(w) for w in lex.BODY_NOUNS)

    def _document_rules(self, pc: _Pieces) -> None:
        """A document (بيان، تقرير، وثائق مسربة) and the author joined to it."""
        # بيان وزارة الداخلية، إحصاءات البنك الدولي: the author joins the document
        # when it follows without a preposition; أحدث استطلاع، نتائج مسح: an opener or a
        # second head may come first.
        self._rule("document", lambda: (
            rf"(?P<name>(?:(?:{_alt(lex.DOCUMENT_OPENERS)})\s+)?"
            rf"(?:{_alt(lex.DOCUMENT_HEADS)}){_E}"
            rf"(?:\s+(?:{_alt(lex.DOCUMENT_HEADS)}){_E})?"
            rf"(?:\s+(?:{_alt(lex.DOCUMENT_QUALIFIERS)}|{pc.definite}|{pc.nisba}){_E}){{0,2}}"
            rf"(?:\s+(?:{_alt(lex.ORGANIZATIONS)}|(?:{_alt(lex.ORGANIZATION_HEADS)})"
            rf"(?:\s+{pc.definite}){{1,3}}){_E})?)"
        ))
        # تقرير لمنظمة العفو، أرقام من المكتب الوطني، بيان صادر عن الوزارة: the author
        # after a preposition is the source (the document is what it issued).
        # البيان الختامي للقمة، بيانات الهيئة العامة للإحصاء: a لـ word after a definite
        # word ends the document's name when it names no author.
        self._rule("document_lam", lambda: rf"\s+{pc.lam_word}{_E}")
        self._rule("author_link", lambda: (
            rf"\s+(?:(?P<issued>(?:ال)?صادره?\s+)?(?P<link>عن|من)\s+|(?P<lam>ل)(?=\w)"
            rf"|(?=(?:{pc.media_heads}){_E}))"
        ))
        # وثائق اطلعت عليها صحيفة ...: the medium that saw or published a document is a
        # second source.
        self._rule("chain", lambda: rf"\s*(?P<cue>(?:{_alt(lex.CHAIN_CUES)})(?=\s))\s*")

    def _unnamed_rules(self, pc: _Pieces) -> None:
        """Unnamed sources (مصدر مطلع، مسؤول أميركي كبير) and vague plurals (شهود عيان)."""
        self._rule("unnamed", lambda: (
            rf"(?P<name>(?P<head>{_alt(lex.UNNAMED_HEADS)}){_E}"
            rf"(?P<quals>(?:\s+(?:{pc.qualifier})){{0,3}}))"
            rf"(?:\s+(?P<anonymity>{_alt(lex.ANONYMITY_PHRASES)}){_E})?"
        ))
        self._rule("unnamed_definite", lambda: (
            rf"(?P<name>(?:المصدر|المصادر)(?:\s+(?:ذاته|ذاتها|نفسه|نفسها))?{_E}"
            rf"|(?:المسؤولون|المسؤولين)\s+ال\w{{2,}}(?:يون|يين){_E})"
        ))
        # Vague plurals: media as a group (وسائل إعلام محلية, group "media") or people
        # (متابعون، شهود عيان).
        # (متابعون، شهود عيان، سكان الحي، خبيران اقتصاديان) or a group (عدد من الزبائن،
        # بعض المراقبين).
        self._rule("plurals", lambda: (
            rf"(?P<name>(?:(?P<media>{_alt(lex.MEDIA_PLURALS)})"
            rf"|(?:{_alt(lex.ANONYMOUS_PLURALS)})(?:\s+{pc.definite})?"
            rf"|(?P<group>(?:{_alt(lex.GROUP_OPENERS)})\s+{pc.definite}))"
            rf"{_E}(?:\s+(?:{pc.qualifier})){{0,2}})"
        ))

    def _person_rules(self, pc: _Pieces) -> None:
        """A person: a title and the words after it, or a name after a strong cue."""
        self._rule("person", lambda: (
            rf"(?P<name>(?:{_alt(lex.PERSON_TITLES)}){_E}"
            # A name ends before the outlet it spoke to (لموقع، لصحيفة).
            rf"(?:\s+(?!(?:{pc.stop}){_E}|ل(?:{pc.media_heads}){_E})\w+){{0,5}})"
        ))
        self._rule("person_any", lambda: (
            rf"(?P<name>(?!(?:{pc.stop}){_E})\w{{2,}}(?:\s+(?!(?:{pc.stop}){_E})\w{{2,}}){{0,3}})"
        ))
        # بحسب أحمد الحسن، مدير المركز: a name then, after a comma, the person's title.
        self._rule("person_then_title", lambda: (
            rf"(?P<name>(?!(?:{pc.stop}){_E}|ال)\w{{2,}}(?:\s+(?!(?:{pc.stop}){_E})\w{{2,}}){{1,3}})"
            rf"{_H}*[،,]{_H}*(?:{_alt(lex.PERSON_TITLES)}){_E}"
        ))

    def _first_word_sets(self, pc: _Pieces) -> None:
        """What each pattern tried at the start of a source must start with."""
        aliases, free = pc.aliases, pc.free
        self.first_media_heads = _first_words(lex.MEDIA_HEADS)
        self.first_aliases = _first_words(aliases)
        self.first_free = _first_words(free)
        self.first_unnamed = _first_words(lex.UNNAMED_HEADS)
        self.first_unnamed_definite = _first_words(
            ("المصدر", "المصادر", "المسؤولون", "المسؤولين")
        )
        self.first_plurals = _first_words(
            (*lex.MEDIA_PLURALS, *lex.ANONYMOUS_PLURALS, *lex.GROUP_OPENERS)
        )
        self.first_body_nouns = _first_words(lex.BODY_NOUNS)
        self.first_org_named = _first_words(lex.ORGANIZATIONS)
        self.first_org_reporting = _first_words(lex.REPORTING_ORGANIZATIONS)
        self.first_org_head = _first_words(lex.ORGANIZATION_HEADS)
        self.first_org_reporting_head = _first_words(lex.REPORTING_BODY_HEADS)
        self.first_document = _first_words((*lex.DOCUMENT_HEADS, *lex.DOCUMENT_OPENERS))
        self.first_person = _first_words(lex.PERSON_TITLES)

    def _cue_rules(self, pc: _Pieces) -> None:
        """Cue phrases (بحسب، وفق ما أفاد، في حديث لـ ...), grouped by their first word;
        the reporting verbs; the heads that are sources without a cue."""
        free = pc.free
        by_first: dict[str, list[str]] = {}
        for cue in lex.PREPOSITION_CUES:
            by_first.setdefault(normalize(cue).split()[0], []).append(cue)
        # A cue ends at a word end, or with the glued ل after a space. (Compiled when a
        # word it starts with is first met: see _word_plan.)
        self.cue_groups = by_first
        # The inner words of a cue (between spaces: وفق ما افاد، قال تقرير ل) are whole
        # words of the text: a group whose cues all have one is tried only when one of
        # those inner words is in the text.
        cue_needs: dict[str, set[frozenset[str]]] = {}
        for first, group in by_first.items():
            for cue in group:
                inner = normalize(cue).split(" ")[1:-1]
                words = frozenset(w for w in inner if re.fullmatch(r"\w+", w))
                cue_needs.setdefault(first, set()).add(words)
        # (Tested as: one of the inner words of the group is in the text.)
        self.cue_needs = {
            first: frozenset().union(*sets)
            for first, sets in cue_needs.items()
            if frozenset() not in sets
        }
        self.person_cues = frozenset(normalize(c) for c in lex.PERSON_CUES)
        self.document_cues = frozenset(normalize(c) for c in lex.DOCUMENT_CUES)
        self.media_cues = frozenset(normalize(c) for c in lex.MEDIA_CUES)
        self.not_source_before = frozenset(normalize(w) for w in lex.NOT_SOURCE_BEFORE)
        self.bare_heads = frozenset(
            normalize(w) for w in (*lex.ORGANIZATION_HEADS, *lex.MEDIA_HEADS)
        )
        self.media_topic_nouns = frozenset(normalize(w) for w in lex.MEDIA_TOPIC_NOUNS)
        # بحسب ما صرح به لمراسلنا ...: the outlet itself, between the cue and the source.
        self._rule("to_us", lambda: (
            r"[^\S\n]+(?:ل(?:مراسل|مندوب|محرر)\w{0,3}|لنا|ل(?:صحيفت|جريدت|موقع|قنات)نا)(?!\w)"
        ), verbose=False)
        # Words before a medium named without a cue that make it a source (نقلا عن،
        # في تصريح إلى، وكانت صحيفة ... هي من).
        self.source_before = frozenset(
            ["عن", "الي", "كانت", "وكانت", "كان", "وكان"]
            + [normalize(c) for c in lex.CHAIN_CUES if " " not in c]
        )
        self.verbs = frozenset(normalize(v) for v in lex.ATTRIBUTION_VERBS)
        self.document_verbs = frozenset(normalize(v) for v in lex.DOCUMENT_VERBS)
        # The first words of a subject written before its verb (المرصد ... قال), looked
        # for back from the verb.
        self.subjects = frozenset(
            normalize(w).split()[0] for w in (*lex.REPORTING_ORGANIZATIONS, *lex.ANONYMOUS_PLURALS)
        ) - {normalize(w).split()[0] for w in lex.GROUP_OPENERS}
        self.standalone = frozenset(
            [normalize(w) for w in (*lex.MEDIA_HEADS, *lex.UNNAMED_HEADS)]
            + [a.split()[0] for a in free]
            + ["المسؤولون", "المسؤولين"]
        )

    def _trigger_rules(self, pc: _Pieces) -> None:
        """Rule: the words where the scan stops: cue phrases, verbs and standalone heads."""
        free = pc.free
        # Whole phrases, not first words, so that frequent first words (في، على، ان)
        # are not hits; a cue ending in a glued لـ is triggered by the words before it.
        phrases = {_strip_glued_lam(normalize(c)) for c in lex.PREPOSITION_CUES}
        phrases |= self.verbs | set(free) | {"المسؤولون", "المسؤولين"}
        phrases |= {normalize(w) for w in (*lex.MEDIA_HEADS, *lex.UNNAMED_HEADS)}
        # The trigger: a trie of plain words compiled with the standard library engine
        # (several times faster than an alternation in ``regex`` on news text, and
        # nothing in it can backtrack far). It is the specification of what the scan
        # reads (tested against the scan): the scan itself matches the per-word tries
        # below.
        space = r"\s+"
        self._rule(
            "trigger",
            lambda: rf"(?<!\w)(?:[وفلب]?{alternation(phrases, space)}(?!\w)|ل(?=[ \t]?[\"«“]))",
            verbose=False,
            engine="re",
        )
        # The trigger is not run over the whole text but only at the word starts where
        # it can match (see _trigger_words). A match starts with the first word of a
        # phrase (its leading run of word characters: what follows in the phrase is a
        # space or punctuation), bare or with one of و/ف/ل/ب glued to it (a "form" of
        # that first word), or with the ل before a quotation mark. The other words of
        # a phrase are whole words of the text too: a form whose phrases all have more
        # words (في حديث، ا ف ب، ان بي سي) is looked for only when the text has one of
        # those other words.
        needs, base_of, rests = _trigger_forms(phrases)
        self._trigger_tries(rests)
        # The first words of the phrases, as a trigger match reads them (up to a space:
        # ا.ف.ب), bare or with a glued letter: what _scan_words looks up.
        self.trigger_first_tokens = frozenset(
            prefix + phrase.split()[0] for phrase in phrases for prefix in ("", "و", "ف", "ل", "ب")
        )
        self.trigger_words = frozenset(needs)
        self._trigger_plan(rests, needs, base_of)

    def _trigger_tries(self, rests: dict[str, list[str]]) -> None:
        """Rule: each first word of a trigger phrase has the trie of its own phrases, or
        none when it is a phrase by itself and begins no other."""
        # Nor is the whole trie tried at those starts: a phrase can match only where its
        # first word is the word written there (a phrase's first word is followed by a
        # space, punctuation or its end), bare or after a glued و/ف/ل/ب. Each first word
        # has the trie of its own phrases (see _trigger_end), or none when it is a
        # phrase by itself and begins no other.
        self.trigger_single = frozenset(first for first, ends in rests.items() if ends == [""])
        # (Each trie is compiled when its word is first met: see _trigger_end.)
        self.trigger_trie_ends = {first: ends for first, ends in rests.items() if ends != [""]}
        self.trigger_tries: dict[str, re.Pattern[str]] = {}
        # A first word that is a phrase by itself and begins longer ones (قال, قال
        # تقرير) is matched alone in a text without any of their second words, which
        # are whole words of the text where they match. (None: a longer phrase goes on
        # with punctuation, ا.ف.ب.)
        self.trigger_continuations: dict[str, frozenset[str] | None] = {}
        for first, ends in rests.items():
            if first in self.trigger_trie_ends and "" in ends:
                seconds = [re.match(r"\s+(\w+)", e) for e in ends if e]
                self.trigger_continuations[first] = (
                    frozenset(m.group(1) for m in seconds if m)
                    if all(seconds) else None
                )

    def _trigger_plan(
        self, rests: dict[str, list[str]], needs: dict[str, set[frozenset[str]]],
        base_of: dict[str, str],
    ) -> None:
        """Rule: what each form of a trigger word needs in the text to be looked for, and
        the second words a first word is found through (:attr:`trigger_plan`)."""
        # (A set that contains another one adds nothing: only the smallest are kept.)
        least_needs = {
            form: tuple(a for a in sets if not any(b < a for b in sets))
            for form, sets in needs.items()
            if frozenset() not in sets
        }
        frequent = frozenset(normalize(w) for w in _STOP_WORDS)
        anchors = _trigger_anchors(rests, frequent)
        anchor_bases: dict[str, list[str]] = {}
        for first, seconds in anchors.items():
            for second in seconds:
                anchor_bases.setdefault(second, []).append(first)
        self.anchor_bases = {second: tuple(bases) for second, bases in anchor_bases.items()}
        # All of it in one entry per form (one lookup each): words one of which must
        # be in the text (none: no condition), the first word looked for ("" for the
        # ل before a quotation mark) and the second words it is found through (none:
        # found itself). A form is looked for when the text has, for one of its
        # phrases, one of the other words of that phrase (a cheaper test than all of
        # them): the rarest-looking one, not the first word itself nor a frequent
        # word (ا ش ا is told by ش, not by ا; جاء في by جاء, not by في).
        def telling(words: frozenset[str], first: str) -> str:
            return min(words, key=lambda w: (w == first, w in frequent, -len(w), w))

        no_words: frozenset[str] = frozenset()
        self.trigger_plan: dict[str, tuple[frozenset[str], str, frozenset[str]]] = {
            form: (
                frozenset(telling(s, base_of[form]) for s in least_needs.get(form, ())),
                base_of.get(form, ""),
                anchors.get(base_of.get(form, ""), no_words),
            )
            for form in self.trigger_words
        }

    def _verb_rules(self, pc: _Pieces) -> None:
        """What may follow a reporting verb, and a verb after its source."""
        # A verb is followed by a source only when the next word can open one. Names
        # whose first word is short or common (ان بي سي، سي ان ان) are checked by their
        # first two words.
        openers = [
            normalize(w).split()
            for w in (
                *lex.MEDIA_HEADS, *lex.AGENCIES, *(a for v in lex.AGENCIES.values() for a in v[0]),
                *lex.REPORTING_ORGANIZATIONS, *lex.UNNAMED_HEADS, *lex.ANONYMOUS_PLURALS,
                *lex.DOCUMENT_HEADS, *lex.MEDIA_PLURALS, *lex.REPORTING_BODY_HEADS,
                *lex.ORGANIZATIONS, *lex.BODY_NOUNS, *lex.GROUP_OPENERS, *lex.DOCUMENT_OPENERS,
                "المصدر", "المصادر", "المسؤولون", "المسؤولين",
            )
        ]
        singles = {ws[0] for ws in openers if len(ws) == 1}
        self.verb_next = frozenset(
            {ws[0] for ws in openers if len(ws) == 1 or (len(ws[0]) > 3 or ws[0] in singles)}
            | set(_QUOTE[1:-1])
        )
        self.verb_next_pairs = frozenset(
            f"{ws[0]} {ws[1]}" for ws in openers if len(ws) > 1 and ws[0] not in self.verb_next
        )
        self.verb_next_pair_firsts = frozenset(pair.split(" ")[0] for pair in self.verb_next_pairs)
        self._rule(
            "gap", lambda: r"(?:\s+[\"«»“”„]?\w+[\"«»“”„]?){0,4}\s*", verbose=False, engine="re"
        )
        self._rule("verb_after", lambda: (
            rf"\s+(?:(?:قد|كان|كانت|وقد)\s+){{0,2}}(?P<cue>{_alt(lex.ATTRIBUTION_VERBS)}){_E}"
        ))
        # مصادر طبية وسكان الحي: a second source joined by و.
        self._rule("coordinated", lambda: r"[^\S\n]+و(?=\w)", verbose=False)
        # نقل المرصد عن سكان محليين: the source a reporting source relays.
        self._rule("relay", lambda: r"[^\S\n]+(?P<cue>عن|الي)[^\S\n]+", verbose=False)
        # A verb after a medium and up to two adjectives (صحيفة "ليزيكو" الفرنسية تكتب).
        self._rule("verb_after_name", lambda: (
            rf"(?:\s+ال\w+){{0,2}}\s+(?P<cue>{_alt(lex.ATTRIBUTION_VERBS)}){_E}"
        ))
        self._rule(
            "next_word",
            lambda: r"[ \t]+(?P<w>\w+|[\"«»“”„])(?:[ \t]+(?P<w2>\w+))?",
            verbose=False,
        )
        # Feminine: a past ending in ت (قالت) or a present opening with ت (تقول), not a
        # masculine past of a root in ت (توقع، تحدث).
        masculine_in_t = frozenset(normalize(v) for v in ("توقع", "تحدث"))
        self.feminine_verbs = frozenset(
            v for v in self.verbs
            if (len(v) > 2 and v.endswith("ت")) or (v.startswith("ت") and v not in masculine_in_t)
        )

    def _credit_rules(self, pc: _Pieces) -> None:
        """Credit lines (المصدر: ...)، agencies in parentheses and Latin photo credits."""
        # Every credit label contains مصدر، مصادر or صور: the scan looks for those letters
        # and tries the whole line pattern only at the start of their line.
        # (Three literal searches are faster than one alternation, which has no literal
        # prefix.)
        self.credit_cores = ("مصدر", "مصادر", "صور")
        self._rule("credit_line", lambda: (
            rf"(?m)^{_H}*(?P<label>{_alt((*lex.CREDIT_LABELS, *lex.PHOTO_LABELS))}){_H}*[:：]"
            rf"{_H}*(?P<items>[^\n]{{1,80}})$"
        ))
        self.photo_labels = frozenset(normalize(w) for w in lex.PHOTO_LABELS)
        # A label is written as whole words: no line is tried in a text without one.
        self.credit_label_words = frozenset(
            normalize(w).split()[0] for w in (*lex.CREDIT_LABELS, *lex.PHOTO_LABELS)
        )
        self._rule("credit_item", lambda: r"[^+،,/\n]+", verbose=False)
        self.latin_names_longest = tuple(sorted(lex.LATIN_CREDITS, key=len, reverse=True))
        latin = "|".join(regex.escape(w) for w in self.latin_names_longest)
        self._rule("paren_credit", lambda: (
            rf"\(\s*(?:(?P<label>{_alt(lex.PHOTO_LABELS)}){_H}*[:：]{_H}*)?"
            rf"(?P<name>{pc.alias_alt}|{latin})\s*\)"
        ))
        self._rule("latin_credit", lambda: (
            rf"(?<![A-Za-z])(?P<name>{latin})/"
            rf"(?P<who>[A-Z][\w.'-]{{0,30}}(?:{_H}[A-Z][\w.'-]{{0,30}}){{0,3}})"
        ))
        self.latin_names = frozenset(lex.LATIN_CREDITS)

    def _plain_twin(self) -> None:
        """:attr:`plain`: the same rules, compiled with the standard library (see
        :meth:`_compile`), for texts made only of plain characters (see
        :data:`_PLAIN_TEXT`); and the remembered word plans and cue patterns of each."""
        self.word_plans: dict[str, _WordPlan] = {}
        self.cue_patterns: dict[str, re.Pattern[str] | regex.Pattern[str]] = {}
        plain = _Patterns.__new__(_Patterns)
        vars(plain).update(vars(self))
        plain._uses_re = True
        plain.word_plans = {}
        plain.cue_patterns = {}
        plain.plain = plain
        self.plain = plain
        for patterns in (self, plain):
            for name in self._rules:
                setattr(patterns, name, _Lazy(patterns, name))


class _Lazy:
    """A pattern of :class:`_Patterns` not compiled yet: the first use of one of its
    attributes (``match``, ``finditer`` ...) compiles it and puts the compiled pattern
    in its place. (Plain attributes, not a ``__getattr__`` of _Patterns: that would
    slow down every attribute read of the patterns.)"""

    __slots__ = ("_name", "_owner")

    def __init__(self, owner: _Patterns, name: str) -> None:
        self._owner = owner
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._owner._compile_rule(self._name), attribute)


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


def _patterns_for(text: str) -> _Patterns:
    """The patterns to read ``text`` with: the standard-library twins when it is plain."""
    p = _patterns()
    return p.plain if _PLAIN_TEXT.fullmatch(text) else p
