"""Entities: speakers and sources grouped per document (arnews.entities)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import arnews
from arnews.entities import RULES, Entity, entity_key, link_entities
from arnews.mentions import Attribution, AttributionKind, Quote


def _quote(text: str, speaker: str, occurrence: int = 1, written: str | None = None) -> Quote:
    """A quote whose speaker is named at the ``occurrence``-th ``written`` (default: speaker)."""
    needle = written or speaker
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    frame = text.rfind(".", 0, at) + 1  # the quote's frame opens its sentence
    return Quote(
        start=frame,
        end=at + len(needle),
        text=text[frame : at + len(needle)],
        speaker=speaker,
        speaker_start=at,
        speaker_end=at + len(needle),
        cue="قال",
        content="",
        content_start=at,
        content_end=at,
        kind="indirect",
    )


def _attribution(text: str, source: str, kind: AttributionKind, occurrence: int = 1) -> Attribution:
    at = -1
    for _ in range(occurrence):
        at = text.index(source, at + 1)
    return Attribution(at, at + len(source), source, source, "بحسب", kind)


def _groups(entities: tuple[Entity, ...]) -> list[tuple[str, str, int]]:
    return [(e.name, e.kind, len(e.mentions)) for e in entities]


# (article, speakers in order as (speaker, occurrence, written-as), expected groups)
SPEAKER_TABLE = [
    (  # a later surname joins the full name (Levantine copy)
        "قال وزير الخارجية الأميركي جون كيري إن الحل ممكن. وتابع كيري أن المحادثات صعبة.",
        [("جون كيري", 1, None), ("كيري", 2, None)],
        [("جون كيري", "person", 2)],
    ),
    (  # two people sharing a surname stay apart
        "قال جورج بوش إن الحرب انتهت، فيما قالت لورا بوش إن الحملة مستمرة، وأضاف بوش أن ...",
        [("جورج بوش", 1, None), ("لورا بوش", 1, None), ("بوش", 3, None)],
        [("جورج بوش", "person", 1), ("لورا بوش", "person", 2)],
    ),
    (  # a four-part Gulf name, then its short form
        "أكد سمو الشيخ عبدالله بن زايد آل نهيان أن العلاقات متينة. وقال آل نهيان إن ...",
        [("عبدالله بن زايد آل نهيان", 1, None), ("آل نهيان", 2, None)],
        [("عبدالله بن زايد آل نهيان", "person", 2)],
    ),
    (  # a definite title joins the person titled so earlier (Egyptian copy)
        "صرح وزير الخارجية سامح شكري بأن مصر ترفض التدخل. وأوضح الوزير أن القاهرة تتابع.",
        [("سامح شكري", 1, None), ("الوزير", 1, None)],
        [("سامح شكري", "person", 2)],
    ),
    (  # a feminine title does not join a masculine one
        "قال وزير الصحة خالد عبد الغفار إن الوضع مستقر، وقالت الوزيرة إن ...",
        [("خالد عبد الغفار", 1, None), ("الوزيرة", 1, None)],
        [("خالد عبد الغفار", "person", 1), ("الوزيرة", "person", 1)],
    ),
    (  # a body, then the definite noun that refers to it (Maghrebi copy)
        "وأعلنت وزارة الداخلية المغربية توقيف المشتبه به، وأكدت الوزارة أن التحقيق جار.",
        [("وزارة الداخلية المغربية", 1, None), ("الوزارة", 1, None)],
        [("وزارة الداخلية المغربية", "organization", 2)],
    ),
    (  # unnamed sources stay apart even when written alike
        "قال مسؤول أميركي إن الهجوم وشيك. وقال مسؤول أميركي آخر إن ...",
        [("مسؤول أميركي", 1, None), ("مسؤول أميركي", 2, None)],
        [("مسؤول أميركي", "unnamed", 1), ("مسؤول أميركي", "unnamed", 1)],
    ),
    (  # a pronoun-only quote points at the same span: one mention, one entity
        "قال المتحدث باسم الحكومة إن الوضع هادئ. وأضاف أن ...",
        [("المتحدث باسم الحكومة", 1, None), ("المتحدث باسم الحكومة", 1, None)],
        [("المتحدث باسم الحكومة", "person", 1)],
    ),
]


@pytest.mark.parametrize(("text", "speakers", "expected"), SPEAKER_TABLE)
def test_speaker_grouping(
    text: str, speakers: list[tuple[str, int, str | None]], expected: list[tuple[str, str, int]]
) -> None:
    quotes = [_quote(text, s, n, w) for s, n, w in speakers]
    entities, linked, _ = link_entities(text, quotes, ())
    assert _groups(entities) == expected
    ids = {e.id for e in entities}
    assert all(q.speaker_id in ids for q in linked)
    for entity in entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_an_agency_in_three_spellings_is_one_entity() -> None:
    text = "ذكرت وكالة الصحافة الفرنسية أن ... ونقلت فرانس برس عن ... بحسب أ ف ب."
    attributions = [
        _attribution(text, "وكالة الصحافة الفرنسية", "media"),
        _attribution(text, "فرانس برس", "media"),
        _attribution(text, "أ ف ب", "media"),
    ]
    entities, _, linked = link_entities(text, (), attributions)
    assert [(e.kind, len(e.mentions)) for e in entities] == [("media", 3)]
    assert {a.source_id for a in linked} == {"e1"}
    assert entities[0].key == entity_key("media", "فرانس برس")


def test_a_speaker_and_a_source_with_one_name_are_one_entity() -> None:
    text = "وقال المرصد السوري لحقوق الإنسان إن 15 قتلوا، بحسب المرصد السوري لحقوق الإنسان."
    quotes = [_quote(text, "المرصد السوري لحقوق الإنسان")]
    attributions = [_attribution(text, "المرصد السوري لحقوق الإنسان", "organization", 2)]
    entities, quotes_out, attributions_out = link_entities(text, quotes, attributions)
    assert len(entities) == 1
    assert quotes_out[0].speaker_id == attributions_out[0].source_id == "e1"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("person", "جون كيري"), ("person", "جون كيرى")),  # ى/ي
        (("person", "أحمد أبو الغيط"), ("person", "احمد ابو الغيط")),  # أ/ا
        (("organization", "الحكومة"), ("organization", "حكومه")),  # ال, ة/ه
        (("media", "أ ف ب"), ("media", "وكالة الصحافة الفرنسية")),  # canonical agency
        (("media", "وكالة رويترز"), ("media", "رويترز")),  # an agency with its head
    ],
)
def test_cross_document_keys_fold_spelling_variants(
    a: tuple[arnews.entities.EntityKind, str], b: tuple[arnews.entities.EntityKind, str]
) -> None:
    assert entity_key(*a) == entity_key(*b)


def test_keys_keep_different_people_apart() -> None:
    assert entity_key("person", "جورج بوش") != entity_key("person", "لورا بوش")
    assert entity_key("person", "بوش") != entity_key("organization", "بوش")


def test_parse_links_speakers_and_titles() -> None:
    doc = arnews.parse(
        'قال وزير الخارجية الأميركي جون كيري إن الحل ممكن. وأضاف كيري "سنواصل العمل".'
    )
    assert [(e.name, e.titles, e.affiliation) for e in doc.entities] == [
        ("جون كيري", ("وزير الخارجية الأميركي",), "الأميركي")
    ]
    assert all(q.speaker_id == "e1" for q in doc.quotes)
    assert doc.to_dict()["entities"][0]["id"] == "e1"


def test_rules_are_named_in_the_module() -> None:
    import inspect

    import arnews.entities as module

    source = inspect.getsource(module)
    for rule in RULES:
        assert source.count(f'"{rule}"') >= 2, rule  # listed, and returned by _joins


def test_no_speakers_no_entities() -> None:
    doc = arnews.parse("ارتفعت الأسعار 5 في المئة.")
    assert doc.entities == ()


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "dev" / "gold").is_dir(), reason="../shared is absent")
def test_dev_speakers_link_to_an_entity_named_as_the_gold() -> None:
    """Every dev quote whose speaker is right links to an entity named as the gold allows.

    The entity's name (the fullest seen) counts when it contains the gold speaker or
    one of its alternatives, folded: a speaker first named in full keeps that name.
    """
    from arnews import normalize

    checked = 0
    misses = []
    for gold_path in sorted((SHARED / "dev" / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text = (SHARED / "dev" / "texts" / gold["article"]).read_text("utf-8")
        doc = arnews.parse(text, published=gold.get("published"))
        names = {e.id: normalize(e.name) for e in doc.entities}
        for item in gold["quotes"]:
            wanted = item.get("speaker") or []  # acceptable strings, most complete first
            wanted_folded = [normalize(w) for w in wanted if w]
            if not wanted_folded:
                continue
            at = text.find(item["text"])
            for quote in doc.quotes:
                if not (quote.start < at + len(item["text"]) and at < quote.end):
                    continue
                if quote.speaker is None or normalize(quote.speaker) not in wanted_folded:
                    continue
                checked += 1
                name = names.get(quote.speaker_id or "", "")
                if not any(w in name or name in w for w in wanted_folded):
                    misses.append((gold["article"], quote.speaker, name))
    assert checked > 50
    assert not misses, misses[:10]
