"""Who is quoted and cited: speakers and sources grouped into entities, per document.

A document names one person in several ways (``وزير الخارجية الأميركي جون كيري``، then
``كيري``، then ``الوزير الأميركي``) and one agency in several spellings. :func:`link_entities`
groups the speakers of the quotes and the sources of the attributions into
:class:`Entity` values, in document order, with four named rules (:data:`RULES`):

``same_mention``
    two references to the same span of text (a pronoun-only quote points at the speaker
    named earlier) are one entity;
``same_name``
    the same name, folded (ة/ه، ى/ي، أ/ا، diacritics), or the same canonical agency;
``short_name``
    a person's later short name (``كيري``، ``بن سلمان``) joins the most recent person whose
    name ends with it; two full names with different first names stay apart;
``definite_title``
    a definite title with no name (``الوزير الأميركي``، ``الوزارة``، ``الصحيفة``) joins the
    most recent entity whose title or name has the same head word (وزير، وزارة، صحيفة).

An unnamed source (``مسؤول أميركي``) stays its own entity unless one of the rules ties it.
Each entity has a cross-document :attr:`Entity.key`: its kind and its fullest name folded,
so that a corpus can count the same person from different articles (known limits in
``docs/quotes.md``: transliteration variants such as كيري/كيرى fold alike, but
أوباما/اوباما do too, and so do two people who share a full name).
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

import attrs

from arnews.lexicon import actors, speech
from arnews.lexicon import sources as source_words
from arnews.mentions import Attribution, AttributionKind, Dateline, Quote

__all__ = [
    "RULES",
    "Entity",
    "EntityKind",
    "EntityMention",
    "EntityRole",
    "entity_key",
    "link_entities",
]

EntityKind = Literal["person", "organization", "media", "country", "unnamed"]
EntityRole = Literal["speaker", "source", "dateline"]

#: The grouping rules, in the order they are tried (see the module docstring).
RULES: tuple[str, ...] = ("same_mention", "same_name", "short_name", "definite_title")


@attrs.frozen
class EntityMention:
    """One place where an entity is named (offsets into the caller's string).

    Attributes:
        start: first character of the name as written.
        end: one past its last character.
        text: ``input[start:end]``.
        role: ``speaker`` (of a quote), ``source`` (of an attribution) or ``dateline``.
    """

    start: int
    end: int
    text: str
    role: EntityRole


@attrs.frozen
class Entity:
    """A person, body, medium, country or unnamed source that speaks or is cited.

    >>> import arnews
    >>> doc = arnews.parse('قال وزير الخارجية الأميركي جون كيري إن الحل ممكن. وأضاف كيري "سنواصل".')
    >>> [(e.name, e.kind, e.titles) for e in doc.entities]
    [('جون كيري', 'person', ('وزير الخارجية الأميركي',))]
    >>> {q.speaker_id for q in doc.quotes} == {doc.entities[0].id}
    True

    Attributes:
        id: ``e1``, ``e2``... in order of first mention; ``Quote.speaker_id`` and
            ``Attribution.source_id`` point here.
        name: the fullest name seen (for a person, the name without the titles).
        kind: person, organization, media, country or unnamed.
        key: a cross-document key (kind and folded name; the canonical agency for a
            known agency), equal for the same entity in two articles.
        titles: the titles and roles written with it, as written, in order.
        affiliation: the country or body a title ties it to, where written
            (``الأميركي`` in ``وزير الخارجية الأميركي``), else None.
        mentions: every place it is named, in text order.
    """

    id: str
    name: str
    kind: EntityKind
    key: str
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    mentions: tuple[EntityMention, ...] = ()


#: Spelling variants that name the same entity: alef forms, alef maqsura, taa marbuta,
#: diacritics, tatweel and zero-width marks (a subset of :func:`arnews.normalize`, which
#: does more than a name needs).
_FOLD = str.maketrans(
    {
        **dict.fromkeys("أإآٱ", "ا"),
        "ى": "ي",
        "ة": "ه",
        **dict.fromkeys([chr(c) for c in range(0x064B, 0x0653)] + ["\u0640", "\u200c", "\u200d"]),
    }
)


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    # (Remembered: names and title words come back from article to article, and
    # ``translate`` with a table looks up every character.)
    return text.translate(_FOLD)


def _folded_set(*lists: Sequence[str]) -> frozenset[str]:
    return frozenset(_fold(w) for words in lists for w in words if " " not in w)


def _nationality_forms() -> frozenset[str]:
    forms: set[str] = set()
    for stem in speech.NATIONALITIES:
        base = _fold(stem)
        for word in (base, "ال" + base):
            forms.update((word, word + "ه", word + "ون", word + "ين", word + "ان"))
    return frozenset(forms)


_TITLE_WORDS = _folded_set(actors.PERSON_TITLES, speech.TITLE_MODIFIERS)
_NATIONALITY_WORDS = _nationality_forms()
_TITLE_LINKS = frozenset(_fold(w) for w in ("باسم", "لشؤون", "في", "لدى", "عن", "ل"))
_UNNAMED_HEADS = _folded_set(speech.SOURCE_HEADS, source_words.UNNAMED_HEADS)
_MEDIA_HEADS = _folded_set(source_words.MEDIA_HEADS)
_ORGANIZATION_HEADS = _folded_set(source_words.ORGANIZATION_HEADS) | frozenset(
    _fold(w)
    for w in (*speech.SPEAKING_BODIES, *actors.ORGANIZATIONS)
    if " " not in w and w not in source_words.MEDIA_HEADS
)
_DOCUMENT_HEADS = _folded_set(source_words.DOCUMENT_HEADS)
_COUNTRIES = _folded_set(actors.COUNTRIES_AND_CAPITALS)
_NAME_PARTICLES = _folded_set(speech.NAME_PARTICLES)


def _agency_keys() -> dict[str, str]:
    """Every folded spelling of a known agency -> its canonical name (AFP, Reuters, SPA...)."""
    keys: dict[str, str] = {}
    for key, (aliases, _free) in source_words.AGENCIES.items():
        canonical, _region, others = source_words.AGENCY_CANONICAL.get(key, (key, "", ()))
        for alias in (key, *aliases, *others):
            keys[_fold(alias)] = canonical
    return keys


_AGENCY_KEYS = _agency_keys()
_KIND_OF_ATTRIBUTION: dict[AttributionKind, EntityKind] = {
    "media": "media",
    "organization": "organization",
    "person": "person",
    "document": "unnamed",
    "unnamed": "unnamed",
}


def _bare(word: str) -> str:
    """A folded word without its article or و+article (الوزارة -> وزاره)."""
    for prefix in ("وال", "ال", "لل"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


def _agency(folded: str) -> str | None:
    """The canonical agency named by a folded name, with or without its head (وكاله رويترز)."""
    found = _AGENCY_KEYS.get(folded)
    if found is None:
        head, _, rest = folded.partition(" ")
        if rest and head in _MEDIA_HEADS:
            found = _AGENCY_KEYS.get(rest)
    return found


def entity_key(kind: EntityKind, name: str) -> str:
    """The cross-document key of an entity of ``kind`` named ``name``.

    Spelling variants fold alike (ة/ه، ى/ي، أ/ا، diacritics) and so does the article of
    a body's first word; a known agency is keyed by its canonical name.

    >>> entity_key("person", "جون كيري") == entity_key("person", "جون كيرى")
    True
    >>> entity_key("organization", "الوزارة") == entity_key("organization", "وزارة")
    True
    """
    folded = _fold(name)
    agency = _agency(folded)
    if agency is not None:
        return f"media:{_fold(agency)}"
    words = folded.split()
    if words and kind != "person":
        words[0] = _bare(words[0])
    return f"{kind}:{' '.join(words)}"


class _Reference:
    """A speaker or source as the document writes it, with its analysis.

    (A plain class: an attrs class costs milliseconds to build at import.)
    """

    __slots__ = (
        "affiliation", "canonical", "end", "kind", "name", "name_words", "role", "start",
        "surface", "title_words", "titles",
    )

    def __init__(
        self,
        *,
        start: int,
        end: int,
        surface: str,
        role: EntityRole,
        kind: EntityKind,
        name_words: list[str],
        title_words: list[str],
        titles: str,
        name: str,
        affiliation: str | None,
        canonical: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.role = role
        self.kind = kind
        self.name_words = name_words  # folded name (persons), or the folded surface
        self.title_words = title_words  # folded title words
        self.titles = titles  # the titles as written
        self.name = name  # the name as written
        self.affiliation = affiliation
        self.canonical = canonical


def _is_title_word(words: list[str], i: int) -> bool:
    word = words[i]
    return (
        word in _TITLE_WORDS
        or word in _TITLE_LINKS
        or word in _NATIONALITY_WORDS
        or word.startswith(("ال", "وال", "لل"))
        or (i > 0 and words[i - 1] in _TITLE_LINKS)
    )


#: Entities, most recently named first, on which the grouping rules are tried.
MAX_LOOKBACK = 64

#: At most this many words of titles read before a name (رئيس هيئة الأركان العامة للجيش ...).
MAX_TITLE_WORDS = 8


def _titles_before(text: str, start: int, floor: int) -> str:
    """The title words written right before a name at ``start`` (not before ``floor``)."""
    window = text[max(floor, start - 120) : start]
    if not window or not window[-1].isspace():
        return ""
    words = window.split()[-MAX_TITLE_WORDS:]
    folded = [_fold(w) for w in words]
    first = len(words)
    for i in range(len(words) - 1, -1, -1):
        if not _is_title_word(folded, i) or words[i][-1] in ',،.:؛"«»':
            break
        first = i
    # A title opens with a title head (وزير، المتحدث), not with a modifier alone.
    while first < len(words) and folded[first] not in _TITLE_WORDS:
        first += 1
    return " ".join(words[first:])


def _analyse(
    surface: str,
    start: int,
    end: int,
    role: EntityRole,
    kind: EntityKind | None,
    canonical: str | None = None,
) -> _Reference:
    words = surface.split()
    folded = _fold(surface).split()
    if len(folded) != len(words):  # a word made only of marks folds to nothing
        folded = [_fold(w) for w in words]
    head = folded[0] if folded else ""
    canonical = canonical or _agency(" ".join(folded))
    if kind is None:
        if canonical is not None or head in _MEDIA_HEADS:
            kind = "media"
        elif head in _UNNAMED_HEADS or head in _DOCUMENT_HEADS:
            kind = "unnamed"  # a source not named: مسؤول أميركي، تقارير إعلامية
        elif head in _ORGANIZATION_HEADS:
            kind = "organization"
        elif " ".join(folded) in _COUNTRIES:
            kind = "country"
        else:
            kind = "person"
    name_at = 0
    affiliation = None
    if kind == "person":
        name_at = len(words)
        for i, word in enumerate(folded):
            if _is_title_word(folded, i):
                if affiliation is None and word in _NATIONALITY_WORDS and i > 0:
                    affiliation = words[i]
                continue
            name_at = i
            break
    title_words = folded[:name_at]
    return _Reference(
        start=start,
        end=end,
        surface=surface,
        role=role,
        kind=kind,
        name_words=folded[name_at:] if kind == "person" else folded,
        title_words=title_words,
        titles=" ".join(words[:name_at]),
        name=" ".join(words[name_at:]) if kind == "person" and name_at < len(words) else "",
        affiliation=affiliation,
        canonical=canonical,
    )


class _Group:
    """An entity being built, from its first reference."""

    __slots__ = (
        "affiliation", "kind", "mentions", "number", "ref", "spans", "title_heads", "titles",
    )

    def __init__(self, number: int, ref: _Reference) -> None:
        self.number = number
        self.ref = ref  # the reference with the fullest name so far
        self.kind: EntityKind = ref.kind
        self.spans: set[tuple[int, int]] = set()
        # (start, end, role) of its mentions: each becomes an EntityMention at the end.
        self.mentions: set[tuple[int, int, EntityRole]] = set()
        self.titles: list[str] = []
        self.title_heads: set[str] = set()
        self.affiliation: str | None = None

    def add(self, ref: _Reference) -> None:
        if ref.end > ref.start:
            self.spans.add((ref.start, ref.end))
            self.mentions.add((ref.start, ref.end, ref.role))
        if ref.titles and ref.titles not in self.titles:
            self.titles.append(ref.titles)
        if ref.title_words:
            self.title_heads.add(_bare(ref.title_words[0]))
        if self.affiliation is None:
            self.affiliation = ref.affiliation
        if len(ref.name_words) > len(self.ref.name_words) and (ref.name or self.kind != "person"):
            self.ref = ref


def _suffix(short: list[str], full: list[str]) -> bool:
    core = [w for w in short if w not in _NAME_PARTICLES]
    return bool(core) and len(short) < len(full) and full[len(full) - len(short) :] == short


def _joins(ref: _Reference, group: _Group) -> str | None:
    """The name of the rule by which ``ref`` joins ``group``, or None."""
    if (ref.start, ref.end) in group.spans:
        return "same_mention"
    definite_noun = len(ref.name_words) == 1 and ref.name_words[0].startswith("ال")
    if ref.kind == "unnamed" or group.kind == "unnamed":
        # المصدر after مصدر في الوفد الروسي: the definite noun names the source again.
        if ref.kind == group.kind == "unnamed" and definite_noun and group.ref.name_words:
            if _bare(group.ref.name_words[0]) == _bare(ref.name_words[0]):
                return "definite_title"
        return None
    if ref.canonical is not None and ref.canonical == group.ref.canonical:
        return "same_name"
    if ref.kind != group.kind:
        return None
    named = bool(ref.name) or ref.kind != "person"
    if ref.name_words and ref.name_words == group.ref.name_words and named:
        return "same_name"
    if ref.kind == "person" and ref.name and group.ref.name:
        short, full = ref.name_words, group.ref.name_words
        if _suffix(short, full) or _suffix(full, short):
            return "short_name"
        return None
    if ref.kind == "person" and not ref.name and ref.title_words:
        if _bare(ref.title_words[0]) in group.title_heads:
            return "definite_title"
        return None
    if ref.kind in ("organization", "media") and definite_noun and group.ref.name_words:
        if _bare(group.ref.name_words[0]) == _bare(ref.name_words[0]):
            return "definite_title"
    return None


def _references(
    text: str,
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    dateline: Dateline | None,
) -> list[tuple[_Reference, int, int]]:
    """(reference, source list, index) in text order: 0 quotes, 1 attributions, 2 dateline."""
    refs: list[tuple[_Reference, int, int]] = []
    for i, quote in enumerate(quotes):
        if not quote.speaker:
            continue
        start, end = quote.speaker_start, quote.speaker_end
        if start is None or end is None:
            start = end = quote.start
        ref = _analyse(quote.speaker, start, end, "speaker", None)
        if ref.kind == "person" and ref.name and not ref.titles and end > start:
            titles = _titles_before(text, start, quote.start)
            if titles:
                title_ref = _analyse(f"{titles} {quote.speaker}", start, end, "speaker", "person")
                if title_ref.name == ref.name:
                    ref = title_ref
        refs.append((ref, 0, i))
    for i, attribution in enumerate(attributions):
        at = attribution.text.find(attribution.source)
        start = attribution.start + at if at >= 0 else attribution.start
        end = start + len(attribution.source) if at >= 0 else attribution.end
        kind = _KIND_OF_ATTRIBUTION[attribution.kind]
        ref = _analyse(attribution.source, start, end, "source", kind, attribution.canonical)
        refs.append((ref, 1, i))
    if dateline is not None and dateline.source:
        at = dateline.text.find(dateline.source)
        start = dateline.start + at if at >= 0 else dateline.start
        end = start + len(dateline.source) if at >= 0 else dateline.end
        ref = _analyse(dateline.source, start, end, "dateline", "media", dateline.canonical)
        refs.append((ref, 2, 0))
    refs.sort(key=lambda item: (item[0].start, item[1]))
    return refs


def link_entities(
    text: str,
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    dateline: Dateline | None = None,
) -> tuple[tuple[Entity, ...], tuple[Quote, ...], tuple[Attribution, ...]]:
    """Group the speakers and sources of one document into entities.

    Returns the entities and the quotes and attributions with ``speaker_id`` and
    ``source_id`` set.

    >>> from arnews import find_quotes
    >>> text = 'قال الرئيس الروسي فلاديمير بوتين إن الحل ممكن، وأكد بوتين أن بلاده مستعدة.'
    >>> entities, quotes, _ = link_entities(text, find_quotes(text), ())
    >>> [(e.id, e.name, e.affiliation) for e in entities]
    [('e1', 'فلاديمير بوتين', 'الروسي')]
    """
    refs = _references(text, quotes, attributions, dateline)
    if not refs:
        return (), tuple(quotes), tuple(attributions)
    groups: list[_Group] = []
    recent: dict[int, _Group] = {}  # by number, least recently named first
    by_span: dict[tuple[int, int], _Group] = {}
    by_name: dict[tuple[str, tuple[str, ...], str | None], _Group] = {}
    owner: list[list[int | None]] = [[None] * len(quotes), [None] * len(attributions), [None]]
    for ref, which, index in refs:
        # The rules are tried on the most recently named entities first; beyond
        # MAX_LOOKBACK of them only an exact span or an exact name joins (linear time).
        found = by_span.get((ref.start, ref.end))
        if found is None:
            for group in itertools.islice(reversed(recent.values()), MAX_LOOKBACK):
                if _joins(ref, group) is not None:
                    found = group
                    break
        if found is None and ref.kind != "unnamed" and (ref.name or ref.kind != "person"):
            found = by_name.get((ref.kind, tuple(ref.name_words), ref.canonical))
        if found is None:
            found = _Group(len(groups) + 1, ref)
            groups.append(found)
        found.add(ref)
        recent.pop(found.number, None)
        recent[found.number] = found
        if ref.end > ref.start:
            by_span[(ref.start, ref.end)] = found
        if found.kind != "unnamed":
            by_name[(found.kind, tuple(found.ref.name_words), found.ref.canonical)] = found
        owner[which][index] = found.number
    names = [(g.ref.name or g.ref.surface) if g.kind == "person" else g.ref.surface for g in groups]
    entities = tuple(
        Entity(
            id=f"e{g.number}",
            name=name,
            kind=g.kind,
            key=f"media:{g.ref.canonical}" if g.ref.canonical else entity_key(g.kind, name),
            titles=tuple(g.titles),
            affiliation=g.affiliation,
            mentions=tuple(
                EntityMention(start, end, text[start:end], role)
                for start, end, role in sorted(g.mentions)
            ),
        )
        for g, name in zip(groups, names, strict=True)
    )
    with_speaker = _linker(Quote, "speaker_id")
    linked_quotes = tuple(
        q if number is None else with_speaker(q, f"e{number}")
        for q, number in zip(quotes, owner[0], strict=True)
    )
    with_source = _linker(Attribution, "source_id")
    linked_attributions = tuple(
        a if number is None else with_source(a, f"e{number}")
        for a, number in zip(attributions, owner[1], strict=True)
    )
    return entities, linked_quotes, linked_attributions


_T = TypeVar("_T")


@functools.cache
def _linker(cls: type[_T], link: str) -> Callable[[_T, str], _T]:
    """A function that copies a mention of ``cls`` with its last field, ``link`` (an
    entity id), set: ``attrs.evolve`` without its per-field lookups."""
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    if names[-1] != link:
        raise ValueError(f"{link} is not the last field of {cls.__name__}")
    values = operator.attrgetter(*names[:-1])
    make: Callable[..., _T] = cls

    def linked(mention: _T, entity_id: str) -> _T:
        return make(*values(mention), entity_id)

    return linked
