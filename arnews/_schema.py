"""The JSON Schema of every JSON layout arnews writes, generated from the result classes.

Each ``$defs`` entry is built from the ``attrs`` fields of one class and their type
annotations, so a new field with a plain type (``str | None``, ``int``, a ``Literal``,
another mention class) appears in the schema with no change here. What cannot be read
from a type lives in two tables: :data:`DEFS` (the ``$defs`` name of each class) and
:data:`FIELD_RULES` (constraints such as the ``iso`` pattern). The shipped copy,
``arnews/schema/document.schema.json``, is this module's output: regenerate it with
``python -m arnews._schema`` (a test checks that the two agree).
"""

from __future__ import annotations

import datetime
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from arnews.entities import Entity, EntityMention
from arnews.mentions import (
    AmountMention,
    Attribution,
    Dateline,
    DateMention,
    DurationMention,
    NumberMention,
    Quote,
)

__all__ = ["DEFS", "FIELD_RULES", "build_schema", "main"]

SCHEMA_VERSION = "1.0"

#: The ``$defs`` name of each result class (one line per class).
DEFS: dict[type, str] = {
    NumberMention: "number",
    DateMention: "date",
    DurationMention: "duration",
    Quote: "quote",
    Attribution: "attribution",
    Dateline: "dateline",
    Entity: "entity",
    EntityMention: "entity_mention",
    AmountMention: "amount",
}

_ISO_VALUE = (
    "^(-?[0-9]{4}(-W[0-9]{2}|-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2})?)?)?|T[0-9]{2}:[0-9]{2})$"
)
_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_OVERFLOW = (
    "null when the value is too large for a 64-bit float (it would be Infinity, which "
    "JSON cannot hold); the mention's text and kind are still given"
)

#: Constraints that a type annotation cannot express, by (class name, field name).
#: A value here replaces the schema derived from the field's type.
FIELD_RULES: dict[tuple[str, str], dict[str, Any]] = {
    ("DateMention", "iso"): {
        "type": ["string", "null"],
        "pattern": _ISO_VALUE,
        "description": "YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDTHH:MM, or THH:MM for a "
        "time of day with no resolvable date; null when unresolved",
    },
    ("NumberMention", "value"): {"type": ["number", "null"], "description": _OVERFLOW},
    ("DurationMention", "value"): {"type": ["number", "null"], "description": _OVERFLOW},
    ("AmountMention", "value"): {"type": ["number", "null"], "description": _OVERFLOW},
}


def _is_offset(name: str) -> bool:
    return name in ("start", "end") or name.endswith(("_start", "_end"))


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    kind = schema["type"]
    return {**schema, "type": [*(kind if isinstance(kind, list) else [kind]), "null"]}


def _type_schema(tp: Any, name: str) -> dict[str, Any]:
    """The schema of one annotated type (``name`` tells offsets from other integers)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if set(rest) == {int, float}:
            inner: dict[str, Any] = {"type": "number"}
        elif len(rest) == 1:
            inner = _type_schema(rest[0], name)
        else:  # pragma: no cover - no such field today
            inner = {"anyOf": [_type_schema(a, name) for a in rest]}
        return _nullable(inner) if len(rest) < len(args) else inner
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], name)}
    if tp in DEFS:
        return {"$ref": f"#/$defs/{DEFS[tp]}"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"$ref": "#/$defs/offset"} if _is_offset(name) else {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is datetime.date:
        return {"type": "string", "pattern": _DATE}
    raise TypeError(f"no JSON Schema for the annotation {tp!r} of field {name!r}")


def _fields(cls: type) -> dict[str, dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    result = {}
    for field in attrs.fields(cls):
        rule = FIELD_RULES.get((cls.__name__, field.name))
        if rule is None:
            rule = _type_schema(hints[field.name], field.name)
        result[field.name] = rule
    return result


def _object(cls: type) -> dict[str, Any]:
    properties = _fields(cls)
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of every JSON layout arnews writes.

    >>> sorted(build_schema()["$defs"])[:3]
    ['amount', 'attribution', 'batch_error']
    """
    from arnews.document import Document

    defs: dict[str, Any] = {"offset": {"type": "integer", "minimum": 0}}
    for cls, name in DEFS.items():
        defs[name] = _object(cls)
    document = {"schema_version": {"const": SCHEMA_VERSION}, **_fields(Document)}
    extras = {
        "file": {
            "type": "string",
            "description": "`arnews parse` and `arnews batch` over files: the path the text "
            "was read from ('-' for stdin).",
        },
        "line": {
            "type": "integer",
            "minimum": 1,
            "description": "`arnews batch` only: the 1-based line number of the input record "
            "in its file (a .txt input counts as line 1).",
        },
    }
    defs["document"] = {
        "type": "object",
        "required": ["schema_version", "text", "published"],
        "properties": {
            **document,
            **extras,
            "record": {
                "type": "object",
                "description": "arnews.dask.parse_bag(keep_fields=...) and arnews.spark only: "
                "the kept fields of the input record.",
            },
        },
        "additionalProperties": False,
    }
    defs["batch_record"] = {
        "description": "One good line of `arnews batch`: the document without `text` (unless "
        "--keep-text) plus the kept input fields under their own keys (an input key that "
        "is also an output key is kept as input_<key>).",
        "type": "object",
        "required": ["schema_version", "published", "line"],
        "properties": {**document, **extras},
        "not": {"required": ["error"]},
        "additionalProperties": True,
    }
    defs["batch_error"] = {
        "description": "One input line of `arnews batch` that gave no document: its number, "
        "the reason, and the input fields that could be read.",
        "type": "object",
        "required": ["line", "error"],
        "properties": {
            "line": extras["line"],
            "file": extras["file"],
            "error": {"type": "string"},
        },
        "not": {"required": ["schema_version"]},
        "additionalProperties": True,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:arnews:schema:document:{SCHEMA_VERSION}",
        "title": "arnews document",
        "description": "Output of arnews.Document.to_dict() (schema_version "
        f"{SCHEMA_VERSION}), of `arnews parse` (one object, or an array of objects for several "
        "files) and of each line of `arnews batch` (a batch_record or a batch_error). Offsets "
        "are Python str indices (code points) into `text`; for every mention "
        "text == document_text[start:end]. See docs/schema.md.",
        "anyOf": [
            {"$ref": "#/$defs/document"},
            {"type": "array", "items": {"$ref": "#/$defs/document"}},
            {"$ref": "#/$defs/batch_record"},
            {"$ref": "#/$defs/batch_error"},
        ],
        "$defs": defs,
    }


def schema_path() -> Path:
    """Where the shipped copy of the schema lives in the source tree."""
    return Path(__file__).parent / "schema" / "document.schema.json"


def render() -> str:
    """The shipped file's exact text."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def main() -> int:
    """Write the shipped schema file (``python -m arnews._schema``)."""
    schema_path().write_text(render(), encoding="utf-8")
    print(f"wrote {schema_path()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
