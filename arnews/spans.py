"""One overlap policy: which of several mentions that share characters is kept.

Every extractor and :class:`arnews.Document` resolve overlaps through the three named
policies here, so that "which one wins" is decided in one place:

- :func:`first_longest`: of mentions of one kind, the one that starts first wins, and of
  those starting together the longest (durations, dates).
- :func:`by_priority`: candidates come in order of trust; each is kept unless it overlaps
  one kept before it (attributions: credits, then cue phrases, then verbs).
- :func:`outside`: mentions of one kind that overlap none of another kind's (numbers
  inside a date or a duration belong to it).

:class:`SpanSet` is the sorted, disjoint set of spans behind them, for callers that test
overlap as they go. Spans are half-open ``(start, end)`` offsets; an empty span overlaps
nothing.

>>> first_longest([(0, 4), (0, 9), (5, 7), (9, 12)], span=lambda s: s)
[(0, 9), (9, 12)]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

__all__ = ["SpanSet", "Spanned", "by_priority", "first_longest", "outside"]


class Spanned(Protocol):
    """Anything with ``start`` and ``end`` offsets (every mention class)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T")
S = TypeVar("S", bound=Spanned)


def _mention_span(item: Spanned) -> tuple[int, int]:
    return item.start, item.end


class SpanSet:
    """Sorted, disjoint half-open spans; overlapping spans added are joined.

    >>> taken = SpanSet([(10, 20)])
    >>> taken.overlaps(18, 25), taken.overlaps(20, 25), taken.overlaps(0, 10)
    (True, False, False)
    >>> taken.add(22, 30); taken.add(19, 23); taken.spans
    [(10, 30)]
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The spans, sorted and disjoint."""
        return list(zip(self._starts, self._ends, strict=True))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a span of the set."""
        if start >= end:
            return False
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, joining the spans it overlaps (an empty span is ignored)."""
        if start >= end:
            return
        lo = bisect.bisect_left(self._ends, start + 1)  # first span ending after start
        hi = bisect.bisect_left(self._starts, end)  # spans from lo to hi-1 overlap
        if lo < hi:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]


def first_longest(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Non-overlapping ``items`` in text order: the first to start wins, then the longest.

    >>> first_longest([(3, 5), (0, 2), (1, 4)], span=lambda s: s)
    [(0, 2), (3, 5)]
    """
    kept: list[T] = []
    end = -1
    for item in sorted(items, key=lambda item: (span(item)[0], -span(item)[1])):
        start, stop = span(item)
        if start >= end and start < stop:
            kept.append(item)
            end = stop
    return kept


def by_priority(
    items: Iterable[T],
    span: Callable[[T], tuple[int, int]],
    taken: SpanSet | None = None,
) -> list[T]:
    """Each item, in the order given, unless it overlaps one kept before it (or ``taken``).

    The result is in text order.

    >>> by_priority([(5, 9), (0, 6), (0, 5)], span=lambda s: s)
    [(0, 5), (5, 9)]
    """
    taken = SpanSet() if taken is None else taken
    kept: list[T] = []
    for item in items:
        start, end = span(item)
        if start < end and not taken.overlaps(start, end):
            taken.add(start, end)
            kept.append(item)
    kept.sort(key=lambda item: span(item))
    return kept


def outside(items: Sequence[S], *others: Sequence[Spanned]) -> tuple[S, ...]:
    """The ``items`` that overlap none of the mentions in ``others``.

    >>> from arnews import find_numbers, find_dates
    >>> text = "قتل 15 شخصا في 9 سبتمبر"
    >>> [n.text for n in outside(find_numbers(text), find_dates(text))]
    ['15']
    """
    if not items or not any(others):
        return tuple(items)
    blockers = SpanSet(_mention_span(m) for group in others for m in group)
    return tuple(item for item in items if not blockers.overlaps(item.start, item.end))
