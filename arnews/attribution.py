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

The source phrases are named rules (:class:`_Patterns`: media, organisations, documents,
unnamed sources, persons) built from named pieces (:class:`_Pieces`). A document's
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
"""

from __future__ import annotations

import bisect
import contextlib
import enum
import functools
import re
from collections.abc import Callable, Container, Iterable
from typing import Any, Literal, NamedTuple

import regex

from arnews.dateline import (
    DATELINE_REACH,
    canonical_agency,
    extract_dateline,
    find_dateline,
    paragraph_heads,
)
from arnews.errors import check_text
from arnews.lexicon import sources as lex
from arnews.mentions import Attribution, AttributionKind, Dateline
from arnews.text import NormalizedText, alternation, normalize, normalize_with_offsets

__all__ = ["extract_attributions", "extract_dateline", "find_attributions"]


class _Find(enum.Enum):
    """The default of ``extract_attributions(dateline=...)``: find the dateline."""

    DATELINE = 0


# ---------------------------------------------------------------------------
# pattern pieces


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
        """The words where the scan stops: cue phrases, verbs and standalone heads."""
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
        # The first words of the phrases, as a trigger match reads them (up to a space:
        # ا.ف.ب), bare or with a glued letter: what _scan_words looks up.
        self.trigger_first_tokens = frozenset(
            prefix + phrase.split()[0] for phrase in phrases for prefix in ("", "و", "ف", "ل", "ب")
        )
        self.trigger_words = frozenset(needs)
        # (A set that contains another one adds nothing: only the smallest are kept.)
        least_needs = {
            form: tuple(a for a in sets if not any(b < a for b in sets))
            for form, sets in needs.items()
            if frozenset() not in sets
        }
        # A first word shorter than the second word of all its phrases (في -> حديث،
        # تصريح، بيان ...), a frequent short word before words that are not (ان بي
        # سي، على لسان), or a one-letter word, which is in most words (ا ف ب، ا.ف.ب),
        # is found through the second word, a rarer string: the first word is then
        # looked for just before it, across the spaces or one dot.
        frequent = frozenset(normalize(w) for w in _STOP_WORDS)
        anchors: dict[str, frozenset[str]] = {}
        anchor_bases: dict[str, list[str]] = {}
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
                for second in anchors[first]:
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


# ---------------------------------------------------------------------------
# sources


class _Source(NamedTuple):
    """A source phrase found at a position: normalised offsets in the scanned string."""

    end: int  # end of the whole phrase
    name_start: int
    name_end: int
    kind: AttributionKind
    anonymous: bool


class _Found(NamedTuple):
    start: int
    end: int
    source: str
    cue: str
    kind: AttributionKind
    anonymous: bool


def _src(m: regex.Match[str], kind: AttributionKind, anonymous: bool = False) -> _Source:
    return _Source(m.end(), m.start("name"), m.end("name"), kind, anonymous)


def _media_definite(p: _Patterns, m: regex.Match[str]) -> _Source:
    desc = m.group("desc")
    if m.group("head") in p.outlet_heads and desc.count(" ") == 1 and "\n" not in desc:
        return _Source(m.end(), m.end() - len(desc.lstrip()), m.end(), "media", False)
    return _src(m, "media")


def _parse_source(
    p: _Patterns, t: str, pos: int, mode: str, feminine: bool = False, document: bool = False
) -> _Source | None:
    """The source phrase starting at ``pos`` (after spaces), for a cue of ``mode``.

    ``mode`` is ``"cue"`` (after an attribution cue: every kind), ``"verb"`` (after a
    reporting verb: media, monitoring organisations, unnamed sources, and documents
    when ``document`` is true) or
    ``"standalone"`` (no cue: media with a head or a free name, qualified unnamed).
    """
    while pos < len(t) and t[pos] in " \t":
        pos += 1
    if pos >= len(t):
        return None
    if t[pos] in _QUOTE_CHARS:
        # Only a quoted agency name can open with a quotation mark (قالت "سانا").
        if mode == "standalone":
            return None
        # The name after the quotation mark (and spaces) must start as an alias does.
        inner = pos + 1
        while inner < len(t) and t[inner].isspace():
            inner += 1
        plain = _PLAIN_WORD.match(t, inner)
        if plain is not None and plain.group() not in p.first_aliases:
            return None
        m = p.alias_quoted.match(t, pos)
        return _src(m, "media") if m else None
    # Each pattern below starts with a lexicon word: it is tried only when the word
    # written at ``pos`` is the first word of one of its phrases (or cannot be told).
    plain = _PLAIN_WORD.match(t, pos)
    any_word = plain is None
    word = "" if plain is None else plain.group()
    if any_word or word in p.first_media_heads:
        m = p.media_quoted.match(t, pos)
        if m:
            start, end = m.span("name")
            if start < 0:  # the standard-library twin calls the second name "name2"
                start, end = m.span("name2")
            return _Source(m.end(), start, end, "media", False)
        m = p.media_known.match(t, pos)
        if m:
            return _src(m, "media")
    if mode == "cue" or feminine:
        m = p.alias_any.match(t, pos) if any_word or word in p.first_aliases else None
    else:
        m = p.alias_free.match(t, pos) if any_word or word in p.first_free else None
    if m:
        return _src(m, "media", m.group("name") == "وكالات")
    if mode == "standalone":
        m = p.unnamed.match(t, pos) if any_word or word in p.first_unnamed else None
        if m and (m.group("quals") or m.group("anonymity")):
            return _src(m, "unnamed", True)
        if any_word or word in p.first_unnamed_definite:
            m = p.unnamed_definite.match(t, pos)
            if m and " " in m.group():
                return _src(m, "unnamed", True)
        return None
    # (No quoted agency name here: the text at ``pos`` opens with no quotation mark.)
    plural = p.plurals.match(t, pos) if any_word or word in p.first_plurals else None
    if plural and plural.group("media"):
        return _src(plural, "media", True)
    if mode == "verb":
        m = p.org_reporting.match(t, pos) if any_word or word in p.first_org_reporting else None
    else:
        m = p.org_named.match(t, pos) if any_word or word in p.first_org_named else None
    if m:
        return _src(m, "organization")
    m = p.unnamed.match(t, pos) if any_word or word in p.first_unnamed else None
    if m is None and (any_word or word in p.first_unnamed_definite):
        m = p.unnamed_definite.match(t, pos)
    if m:
        return _src(m, "unnamed", True)
    media_head = any_word or word in p.first_media_heads
    is_document = any_word or word in p.first_document
    if plural and (mode == "verb" or not plural.group("group")):
        # (A group after a cue may be of things: وفقا للعديد من الشكاوى.)
        return _src(plural, "unnamed", True)
    if mode == "verb":
        m = p.media_definite.match(t, pos) if media_head else None
        if m:
            return _media_definite(p, m)
        m = p.document.match(t, pos) if document and is_document else None
        if m:
            return _src(m, "document")
        # A body stating facts (أكدت هيئة الطيران المدني أن ...).
        m = (
            p.org_reporting_head.match(t, pos)
            if any_word or word in p.first_org_reporting_head
            else None
        )
        if m and (" " in m.group("name") or m.group("name").startswith("ال")):
            # (A bare indefinite head, قالت وكالة فيتش، names no body here.)
            return _src(m, "organization")
        body = _body_noun(p, t, pos, any_word, word)
        if body is not None and _is_feminine_noun(t[body.name_start : body.name_end]) != feminine:
            return None  # the verb does not agree: نقل السفارة is "moving the embassy"
        return body
    m = p.document.match(t, pos) if is_document else None
    if m:
        return _src(m, "document")
    m = p.media_definite.match(t, pos) if media_head else None
    if m:
        return _media_definite(p, m)
    m = p.org_head.match(t, pos) if any_word or word in p.first_org_head else None
    if m:
        return _src(m, "organization")
    body = _body_noun(p, t, pos, any_word, word)
    if body is not None:
        return body
    m = p.person.match(t, pos) if any_word or word in p.first_person else None
    if m:
        return _src(m, "person")
    return None


def _body_noun(p: _Patterns, t: str, pos: int, any_word: bool, word: str) -> _Source | None:
    """الصحيفة، الوزارة: a body referred to by its noun (resolved to its name later)."""
    m = p.body_noun.match(t, pos) if any_word or word in p.first_body_nouns else None
    if m is None:
        return None
    return _src(m, "media" if m.group("name") in p.media_body_nouns else "organization")


def _is_feminine_noun(noun: str) -> bool:
    """الصحيفة، الوزارة، السلطات take a feminine verb; المكتب، الجيش a masculine one."""
    return noun.endswith(("ه", "ات"))


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


def _source_after(
    p: _Patterns, nt: NormalizedText, pos: int, mode: str, feminine: bool = False,
    glued: bool = False, document: bool = False,
) -> tuple[_Source, str] | None:
    """Parse a source at ``pos``; returns the source and its name as written.

    After a glued لـ whose article lost its alef (``للمرصد``), the source is parsed from
    a copy with the alef restored and the name gets its article back.
    """
    t = nt.text
    if glued and t.startswith("ل", pos) and pos + 1 < len(t) and t[pos + 1] != " ":
        window = "ا" + t[pos : pos + 300]
        src = _parse_source(p, window, 0, mode, feminine, document)
        if src is None:
            return None

        def real(i: int) -> int:
            return max(pos, pos + i - 1)

        name = nt.original_text(real(src.name_start), real(src.name_end))
        if src.name_start == 0:
            name = "ا" + name
        fixed = src._replace(
            end=real(src.end), name_start=real(src.name_start), name_end=real(src.name_end)
        )
        return fixed, name
    src = _parse_source(p, t, pos, mode, feminine, document)
    if src is None:
        return None
    return src, nt.original_text(src.name_start, src.name_end)


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
    subjects = words & p.subjects
    subject_ends: set[int] | None = None  # where a subject word ends (read on first use)
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
        if (
            plan is not None
            and plan.exact_unless is not None
            and words.isdisjoint(plan.exact_unless)
        ):
            trigger_end = word_end
            verb_form = plan.lone_verb
            if verb_form is not None:
                # What the loop below does for a lone verb form.
                if start < skip_to:
                    continue
                pos = start + verb_form.offset
                if verb_form.sets_last_verb:
                    last_verb = (pos, word_end)
                if _verb_opens_source(p, t, word_end):
                    src_end = _after_verb(
                        p, nt, pos, word_end, verb_form.feminine, verb_form.document, verbs
                    )
                    if src_end >= 0:
                        skip_to = src_end
                        continue
                if subjects:
                    if subject_ends is None:
                        subject_ends = _word_ends(t, subjects)
                    if _may_follow_subject(t, pos, word_end, subject_ends):
                        _subject_before(p, nt, pos, word_end, subjects, standalone)
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
            # لـ"الجزيرة نت": the outlet a statement was given to.
            parsed = _source_after(p, nt, start + 1, "cue")
            if parsed is not None and parsed[0].kind == "media":
                src, name = parsed
                cue = _cue_text(nt, start, start + 1)
                standalone.append(_Found(start, src.end, name, cue, "media", src.anonymous))
                skip_to = max(skip_to, src.end)
            continue
        if plan is None:
            plan = _word_plan(p, word)
        # (The fields of each _FormPlan, unpacked: cheaper than reading them by name.)
        for (
            offset, cue_pattern, cue_needs, verb, feminine, document, sets_last_verb,
            standalone_form, given_to,
        ) in plan.forms:
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
                if _verb_opens_source(p, t, end):
                    src_end = _after_verb(p, nt, pos, end, feminine, document, verbs)
                    if src_end >= 0:
                        skip_to = src_end
                        break
                if subjects:
                    if subject_ends is None:
                        subject_ends = _word_ends(t, subjects)
                    if _may_follow_subject(t, pos, end, subject_ends):
                        _subject_before(p, nt, pos, end, subjects, standalone)
            if standalone_form:
                parsed = _source_after(p, nt, pos, "standalone")
                if parsed is not None:
                    src, name = parsed
                    if given_to and src.kind == "media":
                        # لرويترز، لوكالة الأناضول: the outlet a statement was given to.
                        cue, pos = _cue_text(nt, start, pos), start
                    else:
                        cue = _nearby_verb(p, nt, start, src.end, last_verb)
                        before = _word_before(t, start)
                        if src.kind == "unnamed" and before in p.not_source_before:
                            continue  # إجراءات ضد دبلوماسيين بريطانيين: an object
                        if src.kind == "media" and not cue:
                            # صحيفة "ليزيكو" الفرنسية تكتب: the verb after the medium.
                            after = p.verb_after_name.match(t, src.end)
                            if after is not None:
                                cue = nt.original_text(*after.span("cue"))
                        if src.kind == "media" and (
                            before in p.media_topic_nouns
                            or (not cue and before not in p.source_before)
                        ):
                            continue  # مستخدمو موقع "ويبو": a medium as a topic
                    standalone.append(_Found(pos, src.end, name, cue, src.kind, src.anonymous))
                    skip_to = src.end
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


def _credit_attributions(p: _Patterns, nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    for line in _credit_lines(p, t, nt.words):
        label = nt.original_text(*line.span("label"))
        photo = line.group("label") in p.photo_labels
        for item in p.credit_item.finditer(t, line.start("items"), line.end("items")):
            s, e = item.span()
            while s < e and t[s].isspace():
                s += 1
            while e > s and t[e - 1].isspace():
                e -= 1
            # After a photo label (صورة:) only an agency is a credit, not a caption.
            if s < e and (not photo or t[s:e] in p.aliases or t[s:e] in p.latin_names):
                name = nt.original_text(s, e)
                anonymous = t[s:e] in ("وكالات", "مواقع", "صحف", "وسائل اعلام")
                found.append(_Found(s, e, name, label, "media", anonymous))
    if "(" in t:
        for m in p.paren_credit.finditer(t):
            name = nt.original_text(*m.span("name"))
            label = nt.original_text(*m.span("label")) if m.group("label") else ""
            anonymous = m.group("name") == "وكالات"
            found.append(_Found(m.start(), m.end(), name, label, "media", anonymous))
    slash = t.find("/")
    while slash >= 0:
        if slash and t[slash - 1].isascii() and t[slash - 1].isalpha():
            for latin in p.latin_names_longest:
                if t.startswith(latin, slash - len(latin)):
                    credit = p.latin_credit.match(t, slash - len(latin))
                    if credit:
                        name = nt.original_text(*credit.span("name"))
                        found.append(_Found(credit.start(), credit.end(), name, "", "media", False))
                        break
        slash = t.find("/", slash + 1)


def _credit_lines(p: _Patterns, t: str, words: frozenset[str]) -> Iterable[regex.Match[str]]:
    """Credit lines (``المصدر : الجزيرة + وكالات``), each line tried once.

    ``words`` are the words of ``t`` (:attr:`NormalizedText.words`).
    """
    if (":" not in t and "：" not in t) or words.isdisjoint(p.credit_label_words):
        return
    hits = []
    for core in p.credit_cores:
        i = t.find(core)
        while i >= 0:
            hits.append(i)
            i = t.find(core, i + len(core))
    hits.sort()
    line_start = 0
    for i in hits:
        if i < line_start:
            continue
        line_start = t.rfind("\n", line_start, i) + 1 or line_start
        # A label opens its line: only ال and spaces may come before the letters found.
        if t[line_start:i].strip() in ("", "ال"):
            m = p.credit_line.match(t, line_start)
            if m:
                yield m
        line_end = t.find("\n", i)
        if line_end < 0:
            return
        line_start = line_end + 1


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
    # The dateline's span, read here when not given (normalised offsets; its date is not
    # needed), and only when a medium was found where a dateline can be (what else is
    # found there starts after the dateline or is no part of one).
    found_dateline = None
    if dateline is _Find.DATELINE:
        media_starts = [f.start for f in (*credits, *cues, *verbs, *standalone)
                        if f.kind == "media" and f.start < 4000 + DATELINE_REACH]
        if media_starts:
            heads = paragraph_heads(nt.text)
            if any(start <= m < start + DATELINE_REACH for m in media_starts for start, _ in heads):
                found_dateline = find_dateline(nt)
    # Kept spans never overlap, so sorted by start they are sorted by end too.
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_Found] = []
    # A credit in parentheses that closes a longer cue or verb attribution
    # (``ذكرت وكالة الأنباء الكويتية (كونا)``) belongs to that attribution.
    if credits:
        framed_ends = {f.end for f in (*cues, *verbs, *standalone)}
        credits = [f for f in credits if f.cue or f.end not in framed_ends]
    if found_dateline is not None:
        starts.append(found_dateline.start)
        ends.append(found_dateline.end)
    for f in (*credits, *cues, *verbs, *standalone):
        if f.start >= f.end:
            continue
        k = bisect.bisect_right(starts, f.start)
        if (k > 0 and ends[k - 1] > f.start) or (k < len(starts) and starts[k] < f.end):
            continue
        if given_dateline is not None and f.start < 4200:
            start, end = nt.span(f.start, f.end)
            if start < given_dateline.end and given_dateline.start < end:
                continue
        starts.insert(k, f.start)
        ends.insert(k, f.end)
        kept.append(f)
    kept.sort()  # by start: kept spans are not empty and do not overlap
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
