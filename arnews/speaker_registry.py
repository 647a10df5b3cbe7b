"""The register of the speakers of one article, for coreference.

:class:`SpeakerRegistry` (re-exported by :mod:`arnews.speakers`) remembers every phrase
registered as an :class:`_Entity`, indexed by the words of its names and by its
descriptive keys, so that a later short name, a definite anaphor or a counterpart
(``نظيره``) resolves to the most complete mention seen earlier.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from arnews.speaker_names import (
    _COUNTERPART,
    _NATIONALITY_KEYS,
    _STOP,
    Number,
    SpeakerKind,
    _key,
)
from arnews.text import NormalizedText

if TYPE_CHECKING:
    from arnews.speakers import Phrase, SpeakerPhrase

class _Entity:
    """One speaker of an article: the keys and names it is known by."""

    __slots__ = ("best", "keys", "kind", "last", "names", "number", "order")

    def __init__(
        self,
        keys: set[str],
        names: set[tuple[str, ...]],
        best: tuple[int, int, int],  # (weight, original start, original end)
        number: Number,
        last: int,
        kind: SpeakerKind,
    ) -> None:
        self.keys = keys
        self.names = names
        self.best = best
        self.number: Number = number
        self.last = last
        self.kind: SpeakerKind = kind
        self.order = 0  # position in the registry: later entities win ties


class SpeakerRegistry:
    """The speakers of one article, for coreference (one registry per call).

    Entities are indexed by each word of their names and by each descriptive key, so a
    lookup costs the same however long the article is.

    >>> from arnews.speakers import parse_speaker
    >>> from arnews.text import normalize_with_offsets
    >>> nt = normalize_with_offsets("قال وزير الخارجية الروسي سيرغي لافروف ... وقال لافروف")
    >>> reg = SpeakerRegistry(nt)
    >>> reg.resolve(parse_speaker(nt.text, 4))[0]
    'سيرغي لافروف'
    >>> reg.resolve(parse_speaker(nt.text, nt.text.rindex("لافروف")))[0]
    'سيرغي لافروف'
    """

    def __init__(self, nt: NormalizedText) -> None:
        """Start an empty registry over ``nt``."""
        self.nt = nt
        self.entities: list[_Entity] = []
        self._name_index: dict[str, list[_Entity]] = {}
        self._key_index: dict[str, list[_Entity]] = {}
        self._last_person: _Entity | None = None
        # _key of each word seen, "" for a stop word (a per-registry memo)
        self._keys: dict[str, str] = {}

    def _new(self, ent: _Entity) -> _Entity:
        ent.order = len(self.entities)
        self.entities.append(ent)
        return ent

    def _index(self, ent: _Entity, name: tuple[str, ...] | None, keys: set[str]) -> None:
        if name is not None:
            _file_under(self._name_index, name, ent)
        _file_under(self._key_index, keys, ent)

    def register(self, phrase: SpeakerPhrase | Phrase) -> _Entity:
        """Add ``phrase`` (merging it with the entity it refers to) and return the entity."""
        text = self.nt.text
        memo = self._keys
        keys: set[str] = set()
        first = ""
        for w in text[phrase.start : phrase.end].split():
            k = memo.get(w)
            if k is None:
                k = memo[w] = "" if w in _STOP else _key(w)
            if k:  # (a stop word has no key; no word has an empty one)
                if not first:
                    first = w
                keys.add(k)
        if first in _COUNTERPART and self._last_person is not None:
            # نظيره الاميركي: the counterpart holds the same office as the one just named
            keys |= {k for k in self._last_person.keys if k not in _NATIONALITY_KEYS}
        name_start = phrase.name_start
        name_end = phrase.name_end
        if name_start is not None and name_end is not None:
            name = tuple(text[name_start:name_end].split())
            for x in name:
                k = memo.get(x)
                keys.discard(k if k else _key(x))
            found = self._by_name(name)
            o_start, o_end = self.nt.span(name_start, name_end)
            weight = len(name) * 100 + (o_end - o_start)
            if found is None:
                found = self._new(_Entity(keys, {name}, (weight, o_start, o_end),
                                          phrase.number, phrase.start, phrase.kind))
            else:
                found.keys |= keys
                found.names.add(name)
                if weight > found.best[0]:
                    found.best = (weight, o_start, o_end)
            self._index(found, name, keys)
            found.last = phrase.start
            if phrase.kind == "person":
                self._last_person = found
            return found
        o_start, o_end = self.nt.span(phrase.start, phrase.end)
        weight = len(keys) * 100 + (o_end - o_start)
        found = self._by_keys(keys) if phrase.definite else None
        if found is None:
            found = self._new(_Entity(keys, set(), (weight, o_start, o_end), phrase.number,
                                      phrase.start, phrase.kind))
        else:
            found.keys |= keys
            if weight > found.best[0] and not found.names:
                found.best = (weight, o_start, o_end)
        self._index(found, None, keys)
        found.last = phrase.start
        return found

    def known(self, name: tuple[str, ...]) -> bool:
        """Whether a person called ``name`` (or a longer or shorter form of it) is known.

        >>> from arnews.speakers import parse_speaker
        >>> from arnews.text import normalize_with_offsets
        >>> reg = SpeakerRegistry(normalize_with_offsets("قال الوزير جون كيري"))
        >>> _ = reg.register(parse_speaker(reg.nt.text, 4))
        >>> reg.known(("كيري",)), reg.known(("لافروف",))
        (True, False)
        """
        return self._by_name(name) is not None

    def _by_name(self, name: tuple[str, ...]) -> _Entity | None:
        if not name:
            return None
        best: _Entity | None = None
        for ent in self._name_index.get(name[-1], ()):
            if best is not None and ent.order <= best.order:
                continue
            for known in ent.names:
                if name == known[-len(name):] or known == name[-len(known):] or (
                    len(name) == 1 and name[0] in known
                ):
                    best = ent
                    break
        return best

    def _by_keys(self, keys: set[str]) -> _Entity | None:
        if not keys:
            return None
        bucket = min((self._key_index.get(k, []) for k in keys), key=len)
        for ent in reversed(bucket):
            if keys <= ent.keys:
                return ent
        return None

    def resolve(self, phrase: SpeakerPhrase | Phrase) -> tuple[str, int, int, _Entity]:
        """Register ``phrase``; return (speaker as written, original start, end, entity)."""
        ent = self.register(phrase)
        return self.describe(ent)

    def describe(self, ent: _Entity) -> tuple[str, int, int, _Entity]:
        """The most complete mention of ``ent``: (text, original start, end, entity)."""
        _, o_start, o_end = ent.best
        return self.nt.original[o_start:o_end], o_start, o_end, ent

    def recent(self, number: Number, before: int, window: int = 400) -> _Entity | None:
        """The latest entity of ``number`` mentioned in the ``window`` before ``before``.

        Only the 64 entities added last are looked at, so the cost does not grow with
        the length of the article.
        """
        for ent in reversed(self.entities[-64:]):
            if ent.number == number and before - window <= ent.last < before:
                return ent
        return None


def _file_under(index: dict[str, list[_Entity]], words: Iterable[str], ent: _Entity) -> None:
    """Append ``ent`` to the bucket of each word, once (buckets stay in register order)."""
    for word in words:
        bucket = index.get(word)
        if bucket is None:
            index[word] = [ent]
        elif bucket[-1] is not ent:
            bucket.append(ent)
