"""Every output of ``Document.to_dict()`` validates against the shipped JSON Schema."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.document import SCHEMA_VERSION, json_schema
from tests.conftest import SEED_LIST, Seed

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
