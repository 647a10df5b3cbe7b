"""Normalisation keeps an exact map back to the caller's string."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews import normalize
from arnews.text import normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آذار", "اذار"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("بدءًا", "بدءا"),
        ("جولاتٍ", "جولات"),
        ("يتعلّق", "يتعلق"),
        ("الـــعام", "العام"),
        ("٢٠١٦", "2016"),
        ("۲۰۱۶", "2016"),
        ("٣٫٥", "3.5"),
        ("١٢٬٥٠٠", "12,500"),
        ("٪١٥", "%15"),
        ("مع\xa0واشنطن", "مع واشنطن"),
        ("في&ما", "في ما"),
        ("دي ميستورا&", "دي ميستورا "),
        ("و&nbsp;قال", "و قال"),
        ("\u200fقال\u200e", "قال"),
        ("ﻻ", "لا"),
        ("ﺃﺣﻤﺪ", "احمد"),
        ("ﺃﺣﻤﺪ ﻗﺎﻝ", "احمد قال"),  # a PDF copy: every letter a presentation form
        ("ﷲ", "الله"),
        ("أ&&&ب", "ا   ب"),
        ("&&nbsp;قال", "  قال"),
        ("&nbsp;&nbsp;&nbsp;قال", "   قال"),
        ("&nbsp;&nbsp&nbsp;;", "   ;"),
        ("&amp;&#1575;", "&amp;&#1575;"),  # character entities are kept
        ("&#١٥٧٥;", "&#1575;"),
        ("مصر&nbsp;", "مصر "),
        ("plain ascii", "plain ascii"),
        ("", ""),
    ],
)
def test_normalize_table(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_identity_fast_path() -> None:
    nt = normalize_with_offsets("قال المرصد ان 15 شخصا قتلوا")
    assert nt.is_identity
    assert nt.span(4, 10) == (4, 10)


def test_span_keeps_trailing_diacritics() -> None:
    raw = "قالَ أحمدُ إنّ"
    nt = normalize_with_offsets(raw)
    start = nt.text.index("احمد")
    s, e = nt.span(start, start + 4)
    assert raw[s:e] == "أحمدُ"


def test_span_over_expansion_is_atomic() -> None:
    raw = "ﻻ بأس"
    nt = normalize_with_offsets(raw)
    assert nt.text == "لا باس"
    assert nt.span(1, 2) == (0, 1)
    assert nt.span(0, 1) == (0, 1)


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        normalize(b"abc")  # type: ignore[arg-type]


ARABICISH = st.lists(
    st.sampled_from(
        [
            *'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ ،.:"«»',
            *("\u064b", "\u064e", "\u0651", "\u0640", "\u200f", "\u00a0"),
            *("&", "&nbsp;", "٣", "۴", "٫", "ﻻ", "ﺃ"),
        ]
    ),
    max_size=60,
).map("".join)


@given(st.one_of(st.text(max_size=40), ARABICISH))
def test_span_shortcut_for_copied_segments_is_the_general_map(raw: str) -> None:
    # When only deletions changed the length, span() shifts offsets by their segment's
    # shift; the general segment walk must give the same answer for every pair.
    nt = normalize_with_offsets(raw)
    general = normalize_with_offsets(raw)
    general._copy_shifts = None
    n = len(nt.text)
    for start in range(-1, n + 2):
        for end in range(-1, n + 2):
            assert nt.span(start, end) == general.span(start, end), (start, end)


@pytest.mark.parametrize("raw", ["قالَ إنّ", "ـقال", "أكّدَ الوزيرُ", "َقال"])
def test_span_shortcut_is_taken_for_diacritics(raw: str) -> None:
    nt = normalize_with_offsets(raw)
    assert nt._copy_shifts is not None
    word = nt.text.split()[0]
    start, end = nt.span(0, len(word))
    assert normalize(raw[start:end]) == word


@given(st.one_of(st.text(max_size=80), ARABICISH))
def test_every_span_maps_inside_the_original(raw: str) -> None:
    nt = normalize_with_offsets(raw)
    n = len(nt.text)
    previous_start = 0
    for i in range(n + 1):
        start, end = nt.span(i, min(i + 3, n))
        assert 0 <= start <= end <= len(raw)
        assert start >= previous_start
        previous_start = start
    if n:
        start, end = nt.span(0, n)
        # only deleted characters (marks, controls) lie outside the full span
        assert normalize(raw[:start]) == ""
        assert normalize(raw[end:]) == ""


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("قالَ ﺃﺣﻤﺪ إنّ", "احمد"),
        ("&&&قال أحمد&nbsp;اليوم", "احمد"),
        ("&nbsp;&nbsp;&nbsp;أحمد&nbsp;&nbsp;", "احمد"),
        ("ﻻ بد أن يقولَ محمّدٌ", "محمد"),
        ("\u200fفي ٢٠١٦\u200e", "2016"),
    ],
)
def test_span_of_a_word_is_that_word_in_the_original(raw: str, word: str) -> None:
    nt = normalize_with_offsets(raw)
    start = nt.text.index(word)
    s, e = nt.span(start, start + len(word))
    assert normalize(raw[s:e]) == word


@given(st.one_of(st.text(max_size=60), ARABICISH))
def test_span_round_trip_on_word_boundaries(raw: str) -> None:
    """Every run of normalised letters maps back to original text that normalises to it.

    (A ligature that expands to several words maps whole: the word is inside it.)
    """
    nt = normalize_with_offsets(raw)
    for m in re.finditer(r"[^\W\d_]+", nt.text):
        s, e = nt.span(m.start(), m.end())
        back = normalize(raw[s:e])
        assert back == m.group() or (m.group() in back and " " in back)


@given(ARABICISH)
def test_normalisation_is_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


@given(st.one_of(st.text(max_size=300), ARABICISH, ARABICISH.map(lambda s: s * 6)))
def test_normalize_equals_the_offset_keeping_pass(raw: str) -> None:
    """normalize() takes a shortcut on short texts; the result is the same."""
    assert normalize(raw) == normalize_with_offsets(raw).text


def test_normalize_equals_the_offset_keeping_pass_per_character() -> None:
    blocks = (*range(0x0600, 0x0700), *range(0xFB50, 0xFF00), *range(0x2000, 0x2070))
    differ = [
        hex(c)
        for c in blocks
        for raw in (chr(c), chr(c) * 300)
        if normalize(raw) != normalize_with_offsets(raw).text
    ]
    assert differ == []


# ---------------------------------------------------------------------------
# The shared word index: NormalizedText.words and word_starts.


@pytest.mark.parametrize(
    ("text", "forms", "starts"),
    [
        ("قال وقال القائل قال", {"قال"}, [0, 16]),
        ("«قال»: نعم، وقال", {"قال", "وقال"}, [1, 12]),
        ("قال_ قال2 قال", {"قال"}, [10]),
        ("٣ أيام و3 أسابيع 3", {"3"}, [0, 17]),
        ("", {"قال"}, []),
        ("قال", set(), []),
    ],
)
def test_word_starts_table(text: str, forms: set[str], starts: list[int]) -> None:
    assert normalize_with_offsets(text).word_starts(frozenset(forms)) == starts


_WORD_POOL = ("قال", "وقال", "ان", "اكد", "_", "3", "مصدر", "مصادر", "ال", "قالا")


@given(
    st.lists(
        st.sampled_from([*_WORD_POOL, " ", "،", "«", "»", ".", "\n", "x", "-"]), max_size=30
    ).map("".join),
    st.sets(st.sampled_from(_WORD_POOL), max_size=5),
)
def test_word_starts_are_the_whole_word_matches(text: str, forms: set[str]) -> None:
    """word_starts gives exactly the starts of ``(?<!\\w)(?:forms)(?!\\w)``."""
    nt = normalize_with_offsets(text)
    expected = []
    if forms:
        alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        expected = [m.start() for m in pattern.finditer(nt.text)]
    assert nt.word_starts(frozenset(forms)) == expected
    assert nt.words == frozenset(re.split(r"\W+", nt.text)) - {""}


def test_word_starts_with_many_words_scans_once() -> None:
    """Past 48 distinct words the text is scanned once; the result is the same."""
    words = [f"كلمة{chr(0x0661 + k % 9)}{k}" for k in range(60)]
    text = " ".join(words) + "، " + "وكلمة " + " ".join(reversed(words))
    nt = normalize_with_offsets(text)
    forms = frozenset(normalize_with_offsets(w).text for w in words)
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    expected = [m.start() for m in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", nt.text)]
    assert len(expected) == 120
    assert nt.word_starts(forms) == expected


@given(
    st.sets(
        st.lists(
            st.lists(st.sampled_from("ابتثكل"), min_size=1, max_size=3).map("".join),
            min_size=1,
            max_size=2,
        ).map(" ".join),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.sampled_from([*"ابتثكل", " ", "  "]), max_size=30).map("".join),
)
def test_trie_alternation_matches_like_the_longest_first_one(words: set[str], text: str) -> None:
    """The trie-factored alternation matches what the plain longest-first one matches."""
    import regex

    from arnews.text import alternation

    flat = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    trie = regex.compile(alternation(words, " "))
    plain = regex.compile(f"(?:{flat})")
    for pos in range(len(text) + 1):
        a, b = trie.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
