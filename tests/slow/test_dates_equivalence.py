"""The speed paths of the dates and durations steps find what the plain search finds:
the word index, the candidates, the rule-by-rule match and the Latin month scan (property
runs over many texts: slow, run with ``python -m pytest tests/slow/test_dates_equivalence.py
-o addopts=""``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.dates import find_durations
from arnews.text import normalize_with_offsets
from tests.strategies import arabic_like_text, news_text

# ---------------------------------------------------------------------------
# The word index only narrows the search: candidates are the same with or without it.


@settings(max_examples=300)
@given(st.one_of(arabic_like_text(), news_text()))
def test_candidates_through_the_word_index_are_the_full_search(text: str) -> None:
    from arnews import dates, durations

    nt = normalize_with_offsets(text)
    for starts, with_dates in ((dates._DATE_STARTS, True), (durations._DURATION_STARTS, False)):
        full = dates._candidates(nt.text, starts, dates=with_dates)
        narrowed = dates._candidates(nt.text, starts, dates=with_dates, words=nt.words)
        assert narrowed == full


def _match_starts_missing_from_candidates(text: str) -> list[str]:
    """Places where the date or duration pattern matches, anchored, but that are not
    candidates (a duration's own qualifier is added afterwards, so it is not one)."""
    from arnews import dates, durations

    nt = normalize_with_offsets(text)
    t = nt.text
    date_starts = set(dates._candidates(t, dates._DATE_STARTS, dates=True, words=nt.words))
    duration_starts = set(dates._candidates(t, durations._DURATION_STARTS, words=nt.words))
    missing = []
    for pos in range(len(t)):
        m = dates._date_pattern().match(t, pos)
        if m is not None and pos not in date_starts:
            missing.append("date: " + m.group())
        m = durations._duration_pattern().match(t, pos)
        if m is not None and m.group("qual") is None and pos not in duration_starts:
            missing.append("duration: " + m.group())
    return missing


@settings(max_examples=200)
@given(st.one_of(arabic_like_text(), news_text()))
def test_every_place_a_pattern_matches_is_a_candidate(text: str) -> None:
    # The candidates only spare the patterns the places where they would fail.
    assert _match_starts_missing_from_candidates(text) == []


@settings(max_examples=200)
@given(st.one_of(arabic_like_text(), news_text()))
def test_rule_by_rule_match_is_the_combined_pattern(text: str) -> None:
    # _date_match tries only the rules that can open where it stands, most of them on re:
    # it must find what the one combined pattern finds, with the same groups.
    from arnews import dates

    t = normalize_with_offsets(text).text
    combined = dates._date_pattern()
    for pos in range(len(t)):
        a = combined.match(t, pos)
        b = dates._date_match(t, pos)
        if a is None and b is not None:
            # the one reading the combined pattern lacks: ل before ال written لل (للعام)
            assert t[pos : pos + 3].lstrip("وف").startswith("لل"), t[pos : pos + 30]
            continue
        if a is None or b is None:
            assert a is None and b is None, t[pos : pos + 30]
            continue
        assert (a.start(), a.end()) == (b.begin, b.end_all)
        assert all(a.group(name) == b.group(name) for name in combined.groupindex)


@pytest.mark.parametrize(
    "text",
    [
        "استمرت 13 ساعة و2.5 ساعة و3 ساعات ونصف، وبـ5 أيام، و12 سبتمبر و280 شخصا",
        "في الأيام الخمسة والساعات الـ24 والسنوات الأخيرة وبالايام العشر",
        "منذ 10  سنوات، 7دقائق، 2.50 ساعة، 1234567 ساعة",
    ],
)
def test_duration_candidates_keep_every_duration(text: str) -> None:
    assert _match_starts_missing_from_candidates(text) == []
    assert find_durations(text)


# The English month scan is written for speed with one leading character class; it must
# find what the plain case-insensitive pattern finds.
_LATIN_MONTH_PLAIN = r"(?i)(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"


@settings(max_examples=400)
@given(
    st.text(alphabet="janfebmrpyulgsoctvdJANFEBMRPYULGSOCTVDſK 1é\nيوم", max_size=24) | news_text()
)
def test_latin_month_scan_matches_the_plain_pattern(text: str) -> None:
    import regex

    from arnews import dates

    plain = [m.span() for m in regex.finditer(_LATIN_MONTH_PLAIN, text)]
    assert [m.span() for m in dates._LATIN_MONTH.finditer(text)] == plain
