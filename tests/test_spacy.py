"""The spaCy component ``arnews`` on ``spacy.blank("ar")`` (no model download needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")
tokens = pytest.importorskip("spacy.tokens")

jsonschema = pytest.importorskip("jsonschema")

import arnews  # noqa: E402
from arnews.document import json_schema  # noqa: E402
from arnews.spacy_component import LABELS, SPAN_KEY  # noqa: E402

SCHEMA = json_schema()
DEFINITION = {
    "NUMBER": "number",
    "DATE": "date",
    "DURATION": "duration",
    "QUOTE": "quote",
    "ATTRIBUTION": "attribution",
    "DATELINE": "dateline",
}

PUBLISHED = "2016-09-10"

# A «…» quote whose closing mark is glued to the verb and the full stop (one spaCy token,
# «نتراجع».»), and a year glued to the era letter (one token, «٢٠٢٤م»).
QUOTE_TEXT = (
    "وقال وزير الخارجية: «لن نتراجع». "
    "وأضاف أن 700 مقاتل وصلوا في ٥ يناير ٢٠٢٤م، بحسب وكالة رويترز."
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    pipeline = spacy.blank("ar")
    pipeline.add_pipe("arnews", config={"published": PUBLISHED})
    return pipeline


def by_label(doc: Any, label: str) -> list[Any]:
    return [span for span in doc.spans[SPAN_KEY] if span.label_ == label]


def test_factory_is_registered_through_the_entry_point() -> None:
    # A new pipeline finds the factory by name; the test imports nothing from the component.
    pipeline = spacy.blank("ar")
    component = pipeline.add_pipe("arnews")
    assert pipeline.pipe_names == ["arnews"]
    assert component.span_key == SPAN_KEY


def test_tokenizer_keeps_glued_punctuation_in_one_token(nlp: Any) -> None:
    # The reason the component aligns with alignment_mode="expand".
    words = [token.text for token in nlp.make_doc(QUOTE_TEXT)]
    assert "نتراجع»." in words
    assert "٢٠٢٤م،" in words or "٢٠٢٤م" in words


def test_quote_glued_to_closing_mark_is_kept(nlp: Any) -> None:
    doc = nlp(QUOTE_TEXT)
    quotes = by_label(doc, "QUOTE")
    direct = [q for q in quotes if q._.arnews["kind"] == "direct"]
    assert len(direct) == 1
    span = direct[0]
    value = span._.arnews
    assert value["content"] == "لن نتراجع"
    assert value["speaker"] == "وزير الخارجية"
    # The span covers whole tokens; the dict keeps the exact offsets of the mention.
    assert span.start_char <= value["start"] < value["end"] <= span.end_char
    assert QUOTE_TEXT[value["start"] : value["end"]] == value["text"]
    assert "نتراجع»." in span.text


def test_date_with_era_letter_and_number(nlp: Any) -> None:
    doc = nlp(QUOTE_TEXT)
    [date] = by_label(doc, "DATE")
    assert date._.arnews["iso"] == "2024-01-05"
    assert date.text.startswith("٥ يناير ٢٠٢٤م")
    numbers = by_label(doc, "NUMBER")
    assert [(n.text, n._.arnews["value"]) for n in numbers] == [("700", 700)]
    sources = by_label(doc, "ATTRIBUTION")
    assert [s._.arnews["source"] for s in sources] in (["رويترز"], ["وكالة رويترز"])


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("وقتل ١٥ شخصا على الأقل", "NUMBER", 15),
        ("استمرت المعارك ثلاثة أيام", "DURATION", 3),
        ("ذكرت صحيفة الأهرام أن الحكومة وافقت", "ATTRIBUTION", "الأهرام"),
        ("بيروت (رويترز) - قال مسؤول إن الوضع هادئ", "DATELINE", "رويترز"),
        ("الرباط - و م ع: أعلنت الحكومة المغربية أمس", "DATELINE", "الرباط"),
        ("وصل الوفد يوم الخميس 12 شتنبر 2019", "DATE", "2019-09-12"),
    ],
)
def test_each_label(nlp: Any, text: str, label: str, expected: object) -> None:
    doc = nlp(text)
    spans = by_label(doc, label)
    assert spans, f"no {label} in {[(s.label_, s.text) for s in doc.spans[SPAN_KEY]]}"
    value = spans[0]._.arnews
    field = {
        "NUMBER": "value", "DURATION": "value", "ATTRIBUTION": "source", "DATE": "iso",
        "DATELINE": "source" if expected == "رويترز" else "place",
    }[label]
    if label == "ATTRIBUTION":
        assert str(expected) in value[field]  # with or without the designator صحيفة
    else:
        assert value[field] == expected


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def test_spans_match_parse_on_every_seed(nlp: Any, seed: Any) -> None:
    doc = nlp(seed.text)
    parsed = arnews.parse(seed.text, published=PUBLISHED).to_dict()
    expected = sorted(
        (item["start"], item["end"], label)
        for field, label in LABELS.items()
        for item in _items(parsed[field])
    )
    got = sorted(
        (span._.arnews["start"], span._.arnews["end"], span.label_)
        for span in doc.spans[SPAN_KEY]
    )
    assert got == expected
    for span in doc.spans[SPAN_KEY]:
        value = span._.arnews
        assert span.start_char <= value["start"] <= value["end"] <= span.end_char
        assert seed.text[value["start"] : value["end"]] == value["text"]
        # The value is the mention exactly as in the JSON document, schema and all.
        definition = {"$ref": f"#/$defs/{DEFINITION[span.label_]}", "$defs": SCHEMA["$defs"]}
        jsonschema.validate(value, definition)


def test_doc_published_overrides_the_config(nlp: Any) -> None:
    if not tokens.Doc.has_extension("published"):
        pytest.skip("published extension not registered")
    doc = nlp.make_doc("وصل الوفد أمس")
    doc._.published = "2020-07-12"
    doc = nlp.get_pipe("arnews")(doc)
    [date] = by_label(doc, "DATE")
    assert date._.arnews["iso"] == "2020-07-11"


def test_docbin_round_trip_keeps_the_values(nlp: Any, seed: Any) -> None:
    docs = [nlp(QUOTE_TEXT), nlp(seed.text)]
    data = tokens.DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(tokens.DocBin().from_bytes(data).get_docs(nlp.vocab))
    for before, after in zip(docs, restored, strict=True):
        old = [(s.start, s.end, s.label_, s._.arnews) for s in before.spans[SPAN_KEY]]
        new = [(s.start, s.end, s.label_, s._.arnews) for s in after.spans[SPAN_KEY]]
        assert new == old
        assert all(isinstance(value, dict) for *_, value in new)


def test_empty_and_hostile_texts(nlp: Any) -> None:
    # (spaCy's own tokenizer rejects lone surrogates, so they are not tried here.)
    for text in ("", "«", "»«\x00 قال «", "قال " * 2000, "7" * 5000):
        doc = nlp(text)
        for span in doc.spans[SPAN_KEY]:
            assert span.label_ in LABELS.values()
            assert span._.arnews is not None


def test_pipe_in_batches(nlp: Any) -> None:
    texts = ["وصل 700 مقاتل", "لا شيء هنا", "قتل ١٥ شخصا"]
    values = [
        [s._.arnews["value"] for s in by_label(doc, "NUMBER")] for doc in nlp.pipe(texts)
    ]
    assert values == [[700], [], [15]]


def test_docbin_read_in_a_fresh_process(nlp: Any, tmp_path: Path) -> None:
    # A reader that never builds the component: importing the module registers the getter.
    path = tmp_path / "docs.spacy"
    doc = nlp(QUOTE_TEXT)
    tokens.DocBin(store_user_data=True, docs=[doc]).to_disk(path)
    script = (
        "import json, sys, spacy\n"
        "from spacy.tokens import DocBin\n"
        "import arnews.spacy_component\n"
        "nlp = spacy.blank('ar')\n"
        "[doc] = DocBin().from_disk(sys.argv[1]).get_docs(nlp.vocab)\n"
        "print(json.dumps([[s.label_, s._.arnews] for s in doc.spans['arnews']]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    values = json.loads(done.stdout)
    assert values == [[span.label_, span._.arnews] for span in doc.spans[SPAN_KEY]]
    assert ["DATE", by_label(doc, "DATE")[0]._.arnews] in values


def test_pipe_in_worker_processes(nlp: Any) -> None:
    # The component pickles and the values survive spaCy's trip back from the workers.
    texts = ["وصل 700 مقاتل أمس", "قتل ١٥ شخصا", "لا شيء هنا"] * 2
    got = [
        [(s.label_, s._.arnews["text"]) for s in doc.spans[SPAN_KEY]]
        for doc in nlp.pipe(texts, n_process=2, batch_size=2)
    ]
    expected = [
        [(s.label_, s._.arnews["text"]) for s in doc.spans[SPAN_KEY]] for doc in nlp.pipe(texts)
    ]
    assert got == expected
    assert got[0] == [("NUMBER", "700"), ("DATE", "أمس")]


def test_pipeline_saved_and_loaded_keeps_the_config(nlp: Any, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["arnews"]
    assert loaded.get_pipe("arnews").published.isoformat() == PUBLISHED
    doc = loaded("وصل الوفد أمس")
    assert [(s.label_, s._.arnews["iso"]) for s in doc.spans[SPAN_KEY]] == [("DATE", "2016-09-09")]
