"""Every output of ``Document.to_dict()`` validates against the shipped JSON Schema."""

from __future__ import annotations

import copy
import gzip
import itertools
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arnews
from arnews import _schema
from arnews._jsonio import dumps
from arnews.document import SCHEMA_VERSION, json_schema
from tests.conftest import SEED_LIST, Seed
from tests.strategies import arabic_like_text, news_text

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_is_shipped_in_the_package() -> None:
    raw = resources.files("arnews").joinpath("schema/document.schema.json").read_text("utf-8")
    assert json.loads(raw) == SCHEMA


def test_schema_version_matches_the_code() -> None:
    assert SCHEMA["$defs"]["document"]["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_seed_documents_validate(seed: Seed) -> None:
    data = arnews.parse(seed.text, published=seed.published).to_dict()
    VALIDATOR.validate(data)
    VALIDATOR.validate(json.loads(json.dumps(data, ensure_ascii=False)))


def test_a_list_of_documents_validates() -> None:
    VALIDATOR.validate([arnews.parse(s.text, published=s.published).to_dict() for s in SEED_LIST])


# Texts from several outlets' styles: Levantine months, Egyptian and Gulf reporting, Maghrebi.
@pytest.mark.parametrize(
    "text",
    [
        "بيروت (رويترز) - قال مسؤول إن 15 شخصا قتلوا يوم الجمعة 9 أيلول 2016.",
        "القاهرة - أكد المتحدث باسم الوزارة أن «الأسعار لن ترتفع» خلال ٣ أشهر.",
        "الكويت - كونا: ارتفع المؤشر بنسبة ٢٫٥٪ في ١٥ ربيع الأول ١٤٤٥هـ.",
        "الرباط - ذكرت مصادر مطلعة أن نحو ألفي شخص شاركوا منذ أكثر من أسبوعين.",
    ],
)
def test_varied_texts_validate(text: str) -> None:
    VALIDATOR.validate(arnews.parse(text, published="2023-10-01").to_dict())


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_validates(text: str) -> None:
    VALIDATOR.validate(arnews.parse(text).to_dict())


def _base() -> dict[str, Any]:
    return {
        "schema_version": "1.0",
        "text": "وصل 700 مقاتل",
        "published": "2016-09-10",
        "numbers": [
            {
                "start": 4,
                "end": 7,
                "text": "700",
                "value": 700,
                "kind": "cardinal",
                "qualifier": None,
                "unit": "مقاتل",
            }
        ],
        "dates": [],
        "durations": [],
        "quotes": [],
        "attributions": [],
        "dateline": None,
    }


def test_hand_written_document_validates() -> None:
    VALIDATOR.validate(_base())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema_version",), "2.0"),
        (("published",), "10/09/2016"),
        (("numbers", 0, "kind"), "many"),
        (("numbers", 0, "value"), "700"),
        (("numbers", 0, "start"), -1),
        (("numbers", 0, "colour"), "red"),
        (("dates",), [{"start": 0, "end": 3, "text": "أمس", "iso": "yesterday"}]),
        (("dateline",), {"start": 0, "end": 1, "text": "x"}),
        (("extra",), 1),
    ],
)
def test_schema_rejects_wrong_documents(path: tuple[Any, ...], value: Any) -> None:
    data = copy.deepcopy(_base())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


# --- every output valid: generated documents, seeds, dev texts, a corpus sample -------------

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _strict_round_trip(data: dict[str, Any]) -> None:
    """Valid against the schema, as a dict and as strict JSON (no NaN, no Infinity)."""
    VALIDATOR.validate(data)
    text = dumps(data)
    text.encode("utf-8")
    VALIDATOR.validate(json.loads(text, parse_constant=_refuse))


def _refuse(name: str) -> None:
    raise AssertionError(f"non-standard JSON constant {name}")


def test_the_shipped_file_is_the_generated_schema() -> None:
    raw = resources.files("arnews").joinpath("schema/document.schema.json").read_text("utf-8")
    assert raw == _schema.render(), "regenerate it: python -m arnews._schema"


@given(news_text())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_news_validates(text: str) -> None:
    _strict_round_trip(arnews.parse(text, published="2016-09-10").to_dict())


@given(arabic_like_text())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_noise_validates(text: str) -> None:
    _strict_round_trip(arnews.parse(text).to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "عند الساعة 10:30",  # a time of day alone: iso "T10:30"
        "الساعة العاشرة صباحا",
        "999999999.5" + " تريليون" * 25,  # overflows a float
        "\ud800 قتل 5 أشخاص \udfff",  # lone surrogates
        "وصل\x00 700\u200d مقاتل",
        "في 15 ربيع الأول 1445 هـ",
    ],
)
def test_edge_documents_validate(text: str) -> None:
    for published in (None, "2016-09-10"):
        _strict_round_trip(arnews.parse(text, published=published).to_dict())


def test_an_overflowing_number_has_its_kind_and_no_value() -> None:
    text = "999999999.5" + " تريليون" * 25
    [number] = arnews.parse(text).numbers
    assert math.isinf(number.value)  # the Python object keeps what was computed
    [data] = arnews.parse(text).to_dict()["numbers"]
    assert data["value"] is None and data["kind"] == "cardinal" and data["text"] == text


def test_seeds_validate_strictly(seed: Seed) -> None:
    _strict_round_trip(arnews.parse(seed.text, published=seed.published).to_dict())


@pytest.mark.skipif(not (SHARED / "dev" / "texts").is_dir(), reason="../shared/dev is absent")
def test_dev_articles_validate() -> None:
    paths = sorted((SHARED / "dev" / "texts").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for published in (None, "2016-09-10"):
            _strict_round_trip(arnews.parse(text, published=published).to_dict())


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_corpus_sample_validates() -> None:
    count = 0
    for path in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in itertools.islice(handle, 0, None, 25):  # every 25th article
                record = json.loads(line)
                _strict_round_trip(arnews.parse(record["text"], record["published"]).to_dict())
                count += 1
    assert count > 50


@pytest.mark.parametrize(
    ("data", "definition"),
    [
        ({"id": 7, "line": 1, "schema_version": "1.0", "published": None}, "batch_record"),
        ({"line": 2, "error": "invalid JSON", "id": 7}, "batch_error"),
        ({"line": 2, "file": "a.jsonl", "error": "not UTF-8 text"}, "batch_error"),
    ],
)
def test_batch_lines_validate(data: dict[str, Any], definition: str) -> None:
    VALIDATOR.validate(data)
    jsonschema.Draft202012Validator({**SCHEMA, "$ref": f"#/$defs/{definition}"}).validate(data)


@pytest.mark.parametrize(
    "data",
    [
        {"line": 0, "error": "x"},
        {"line": 1, "error": 5},
        {"line": 1, "schema_version": "1.0", "published": None, "numbers": [{"start": -1}]},
        {"line": 1, "schema_version": "1.0", "published": None, "error": "both"},
    ],
)
def test_wrong_batch_lines_are_rejected(data: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


def test_a_new_field_needs_no_schema_code() -> None:
    """Fields are read from the classes: a plain new field is in the schema by itself."""
    @attrs.frozen
    class Mention:
        start: int
        end: int
        text: str
        canonical: str | None = None
        tz: str | None = None
        utc_offset: int | None = None
        currency: Literal["USD", "EUR"] | None = None
        parts: tuple[arnews.NumberMention, ...] = ()

    schema = _schema._object(Mention)
    assert schema["required"] == [f.name for f in attrs.fields(Mention)]
    properties = schema["properties"]
    assert properties["canonical"] == {"type": ["string", "null"]}
    assert properties["utc_offset"] == {"type": ["integer", "null"]}
    assert properties["currency"] == {"enum": ["USD", "EUR", None]}
    assert properties["parts"] == {"type": "array", "items": {"$ref": "#/$defs/number"}}
    assert properties["start"] == {"$ref": "#/$defs/offset"}


def test_every_json_writer_in_the_package_is_strict() -> None:
    """Every json.dumps in the package (code and docstrings) passes allow_nan=False."""
    import re

    package = Path(arnews.__file__).parent
    calls = 0
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"json\.dumps\(", source):
            calls += 1
            depth, end = 1, match.end()
            while depth and end < len(source):
                depth += {"(": 1, ")": -1}.get(source[end], 0)
                end += 1
            call = source[match.start() : end]
            assert "allow_nan=False" in call, f"{path.name}: {call}"
    assert calls >= 3
