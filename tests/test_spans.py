"""The overlap policy (arnews/spans.py): tables of spans and hypothesis properties."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.mentions import NumberMention
from arnews.spans import SpanSet, by_priority, first_longest, outside

Span = tuple[int, int]


def ident(span: Span) -> Span:
    return span


FIRST_LONGEST = [
    ([], []),
    ([(0, 4), (0, 9), (5, 7), (9, 12)], [(0, 9), (9, 12)]),
    ([(3, 5), (0, 2), (1, 4)], [(0, 2), (3, 5)]),
    ([(2, 2), (0, 1)], [(0, 1)]),  # an empty span is never kept
    ([(0, 5), (0, 5)], [(0, 5)]),
]


@pytest.mark.parametrize(("spans", "kept"), FIRST_LONGEST)
def test_first_longest(spans: list[Span], kept: list[Span]) -> None:
    assert first_longest(spans, span=ident) == kept


BY_PRIORITY = [
    ([(5, 9), (0, 6), (0, 5)], [(0, 5), (5, 9)]),
    ([(0, 10), (2, 3)], [(0, 10)]),
    ([(2, 3), (0, 10)], [(2, 3)]),
]


@pytest.mark.parametrize(("spans", "kept"), BY_PRIORITY)
def test_by_priority(spans: list[Span], kept: list[Span]) -> None:
    assert by_priority(spans, span=ident) == kept


def test_by_priority_respects_spans_already_taken() -> None:
    taken = SpanSet([(0, 4)])
    assert by_priority([(2, 6), (4, 8)], span=ident, taken=taken) == [(4, 8)]
    assert taken.spans == [(0, 4), (4, 8)]  # touching spans stay two


def _number(start: int, end: int) -> NumberMention:
    return NumberMention(start=start, end=end, text="x" * (end - start), value=1)


def test_outside_keeps_what_overlaps_nothing() -> None:
    numbers = (_number(0, 2), _number(5, 7), _number(10, 12))
    assert outside(numbers, (_number(6, 9),)) == (numbers[0], numbers[2])
    assert outside(numbers) == numbers
    assert outside(numbers, (), ()) == numbers


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda s: (min(s), max(s))), max_size=25
)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[0] < a[1] and b[0] < b[1]


@given(spans)
def test_kept_spans_never_overlap(items: list[Span]) -> None:
    for policy in (first_longest, by_priority):
        kept = policy(items, span=ident)
        assert all(not _overlap(a, b) for a, b in itertools.pairwise(kept))
        assert kept == sorted(kept)
        # nothing dropped that overlaps nothing kept
        for item in items:
            if item[0] < item[1]:
                assert item in kept or any(_overlap(item, k) for k in kept)


@given(spans, st.integers(0, 60), st.integers(0, 60))
def test_span_set_agrees_with_a_plain_scan(items: list[Span], start: int, end: int) -> None:
    taken = SpanSet(items)
    expected = any(_overlap((start, end), item) for item in items)
    assert taken.overlaps(start, end) == expected
    flat = taken.spans
    assert all(a[1] < b[0] or a[1] == b[0] for a, b in itertools.pairwise(flat))
