"""Speaker phrases and coreference: tables of phrases as news outlets write them."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.lexicon import speech
from arnews.quotes import find_quotes
from arnews.speakers import (
    NEVER_SPEAKER,
    SpeakerRegistry,
    find_speaker,
    parse_speaker,
    speaker_before,
)
from arnews.text import normalize, normalize_with_offsets

# phrase (followed by what comes after it in the sentence) -> (phrase, kind, name, number)
PHRASES: list[tuple[str, tuple[str, str, str | None, str]]] = [
    (
        "وزير الخارجية الأميركي جون كيري إن",
        ("وزير الخارجية الأميركي جون كيري", "person", "جون كيري", "singular"),
    ),
    (
        "المتحدث باسم الكرملين دميتري بيسكوف الجمعة",
        ("المتحدث باسم الكرملين دميتري بيسكوف", "person", "دميتري بيسكوف", "singular"),
    ),
    (
        "المبعوث الأممي الخاص إلى سوريا ستيفان دي ميستورا، في وقت لاحق",
        (
            "المبعوث الأممي الخاص إلى سوريا ستيفان دي ميستورا",
            "person",
            "ستيفان دي ميستورا",
            "singular",
        ),
    ),
    (
        "رئيس الوزراء العراقي حيدر العبادي.",
        ("رئيس الوزراء العراقي حيدر العبادي", "person", "حيدر العبادي", "singular"),
    ),
    (
        "الرئيس عبد الفتاح السيسي، خلال",
        ("الرئيس عبد الفتاح السيسي", "person", "عبد الفتاح السيسي", "singular"),
    ),
    (
        "رئيس مجلس الوزراء الدكتور مصطفى مدبولي أن",
        ("رئيس مجلس الوزراء الدكتور مصطفى مدبولي", "person", "مصطفى مدبولي", "singular"),
    ),
    (
        "الأمين العام لجامعة الدول العربية أحمد أبو الغيط من",
        (
            "الأمين العام لجامعة الدول العربية أحمد أبو الغيط",
            "person",
            "أحمد أبو الغيط",
            "singular",
        ),
    ),
    (
        "وزير الخارجية الروسي إن",
        ("وزير الخارجية الروسي", "person", None, "singular"),
    ),
    ("مصدر في الوفد الروسي إلى جنيف", ("مصدر في الوفد الروسي", "unnamed", None, "singular")),
    ("مسؤول أميركي كبير إن", ("مسؤول أميركي كبير", "unnamed", None, "singular")),
    ("مصدر وزاري قوله", ("مصدر وزاري", "unnamed", None, "singular")),
    ("المسؤولون الاميركيون من", ("المسؤولون الاميركيون", "unnamed", None, "plural")),
    (
        "المرصد السوري لحقوق الإنسان إن",
        ("المرصد السوري لحقوق الإنسان", "organization", None, "singular"),
    ),
    ("الاتحاد الأوروبي الطرفين على", ("الاتحاد الأوروبي", "organization", None, "singular")),
    ("بلاغ لوزارة الداخلية، صدر", ("بلاغ لوزارة الداخلية", "organization", None, "singular")),
    ("واشنطن وموسكو", ("واشنطن", "country", None, "dual")),
    ("الطرفان إن", ("الطرفان", "group", None, "dual")),
    ("كيري ولافروف إن", ("كيري", "name", "كيري", "dual")),
    ("كل من كيري ولافروف إن", ("كيري", "name", "كيري", "dual")),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_parse_speaker(text: str, expected: tuple[str, str, str | None, str]) -> None:
    t = normalize(text)
    p = parse_speaker(t, 0)
    assert p is not None
    name = t[p.name_start : p.name_end] if p.name_start is not None else None
    phrase, kind, expected_name, number = expected
    assert (t[p.start : p.end], p.kind, name, p.number) == (
        normalize(phrase),
        kind,
        None if expected_name is None else normalize(expected_name),
        number,
    )


@pytest.mark.parametrize("text", ["في جنيف", "إن الوضع", "، قال", "", "   "])
def test_no_speaker(text: str) -> None:
    assert parse_speaker(normalize(text), 0) is None


def test_coordination_points_at_second_conjunct() -> None:
    t = normalize("كيري ولافروف إن")
    p = parse_speaker(t, 0)
    assert p is not None and p.conjunct_start is not None
    second = parse_speaker(t, p.conjunct_start)
    assert second is not None and t[second.start : second.end] == "لافروف"


def test_a_name_does_not_swallow_a_coordinated_name() -> None:
    t = normalize("كيري ولافروف")
    p = parse_speaker(t, 0)
    assert p is not None and t[p.name_start : p.name_end] == "كيري"  # type: ignore[misc]


def test_a_waw_name_stays_whole() -> None:
    t = normalize("الوزير وليد المعلم إن")
    p = parse_speaker(t, 0)
    assert p is not None and t[p.name_start : p.name_end] == "وليد المعلم"  # type: ignore[misc]


# speaker_before: the subject written before the verb
BEFORE: list[tuple[str, tuple[str, str | None]]] = [
    ("فشل الطرفان، ولكنهما قالا", ("pronoun:dual", None)),
    ("لكنه أشار", ("pronoun:singular", None)),
    ("غير ان الكرملين اعلن", ("phrase", "الكرملين")),
    ("وكانت وزارة الخارجية الأميركية نفت", ("phrase", normalize("وزارة الخارجية الأميركية"))),
    ("في المؤتمر. كيري ولافروف قالا", ("phrase", "كيري")),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE)
def test_speaker_before(text: str, expected: tuple[str, str | None]) -> None:
    t = normalize(text)
    verb_at = t.rindex(" ") + 1
    found = speaker_before(t, verb_at)
    assert found is not None
    tag, phrase = found
    assert (tag, None if phrase is None else t[phrase.start : phrase.end]) == expected


def test_speaker_before_without_subject() -> None:
    t = normalize("وقال")
    assert speaker_before(t, 1) is None


# Coreference: a registry per article.


def resolve_all(text: str, starts: list[str]) -> list[str]:
    nt = normalize_with_offsets(text)
    reg = SpeakerRegistry(nt)
    out = []
    pos = 0
    for head in starts:
        pos = nt.text.index(normalize(head), pos)
        phrase = parse_speaker(nt.text, pos)
        assert phrase is not None, head
        out.append(reg.resolve(phrase)[0])
        pos += 1
    return out


def test_short_name_resolves_to_full_name() -> None:
    text = "قال وزير الخارجية الروسي سيرغي لافروف إن ... ثم قال لافروف"
    assert resolve_all(text, ["وزير", "لافروف إن", "لافروف"])[::2] == [
        "سيرغي لافروف",
        "سيرغي لافروف",
    ]


def test_definite_anaphor_resolves_to_named_entity() -> None:
    text = "قال وزير الخارجية الأميركي جون كيري إن ... وأكد الوزير الأميركي"
    assert resolve_all(text, ["وزير", "الوزير الأميركي"]) == ["جون كيري", "جون كيري"]


def test_anaphor_picks_the_matching_nationality() -> None:
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي جون كيري ... "
        "وقال وزير الخارجية الأميركي ... وقال وزير الخارجية الروسي"
    )
    nt = normalize_with_offsets(text)
    reg = SpeakerRegistry(nt)
    first = parse_speaker(nt.text, 4)
    assert first is not None
    reg.resolve(first)
    second = parse_speaker(nt.text, nt.text.index(normalize("نظيره")))
    assert second is not None
    reg.resolve(second)
    american = parse_speaker(nt.text, nt.text.index(normalize("وزير الخارجية الأميركي")))
    russian = parse_speaker(nt.text, nt.text.rindex(normalize("وزير الخارجية الروسي")))
    assert american is not None and russian is not None
    assert reg.resolve(american)[0] == "جون كيري"
    assert reg.resolve(russian)[0] == "سيرغي لافروف"


def test_unnamed_source_then_the_source() -> None:
    text = "قال مصدر في الوفد الروسي إن ... وقال المصدر"
    assert resolve_all(text, ["مصدر", "المصدر"]) == ["مصدر في الوفد الروسي"] * 2


def test_indefinite_sources_stay_apart() -> None:
    text = "قال مسؤول أميركي إن ... وقال مسؤول أميركي آخر"
    nt = normalize_with_offsets(text)
    reg = SpeakerRegistry(nt)
    a = parse_speaker(nt.text, 4)
    b = parse_speaker(nt.text, nt.text.rindex(normalize("مسؤول")))
    assert a is not None and b is not None
    assert reg.resolve(a)[3] is not reg.resolve(b)[3]


def test_recent_group_by_number() -> None:
    nt = normalize_with_offsets("التقى الطرفان أمس")
    reg = SpeakerRegistry(nt)
    phrase = parse_speaker(nt.text, nt.text.index("الطرفان"))
    assert phrase is not None
    reg.register(phrase)
    ent = reg.recent("dual", len(nt.text))
    assert ent is not None and reg.describe(ent)[0] == "الطرفان"
    assert reg.recent("plural", len(nt.text)) is None


def test_find_speaker_keeps_original_spelling() -> None:
    assert find_speaker("الوزيرُ الأميركيّ جون كيري قال") == "الوزيرُ الأميركيّ جون كيري"


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_parse_speaker_never_raises(text: str, pos: int) -> None:
    t = normalize(text)
    p = parse_speaker(t, min(pos, len(t)))
    if p is not None:
        assert 0 <= p.start <= p.end <= len(t)
    speaker_before(t, min(pos, len(t)))


# --------------------------------------------------------------------------------------
# The unlabeled corpus beside the repository (../shared/corpus), when it is there: no
# speaker starts with a word of the closed list, and every speaker slice is the speaker.

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: every this-many-th article of the corpus is read (about 300 of 2,948)
CORPUS_STEP = 10


def _corpus_sample() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh)
    return texts[::CORPUS_STEP]


def test_closed_list_is_in_the_lexicon_once() -> None:
    words = speech.NEVER_SPEAKER_WORDS
    assert len(words) == len(set(words))
    assert {"فقد", "حسبما", "فيها", "فيه", "اسمه", "بالقول", "بحضور"} <= set(words)
    assert frozenset(normalize(w) for w in words) == NEVER_SPEAKER


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_corpus_speakers_are_well_formed() -> None:
    bad: list[str] = []
    for text in _corpus_sample():
        for q in find_quotes(text):
            if q.speaker is None:
                assert q.speaker_start is None and q.speaker_end is None
                continue
            s, e = q.speaker_start, q.speaker_end
            assert s is not None and e is not None and s < e
            # the slice is the speaker as written (where the text names it)
            assert text[s:e] == q.speaker
            first = normalize(q.speaker).split()[0]
            if first in NEVER_SPEAKER:
                bad.append(q.speaker)
            # the slice neither starts nor ends inside a word (a و/ف conjunction may
            # stand before it)
            if e < len(text) and text[e].isalpha():
                bad.append(f"cut end: {text[s : e + 3]}")
            if s > 0 and text[s - 1].isalpha() and not (
                text[s - 1] in "وف" and (s == 1 or not text[s - 2].isalpha())
            ):
                bad.append(f"cut start: {text[s - 3 : e]}")
    assert bad == []
