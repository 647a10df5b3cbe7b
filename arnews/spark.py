"""PySpark: parse a DataFrame column into typed columns (``pip install pyspark``, not an extra).

:func:`parse_column` adds one struct column holding the :meth:`~arnews.Document.to_dict`
fields (without the text, which the DataFrame already has) as real Spark types: arrays of
structs with ``bigint`` offsets, ``double`` values, ``string`` kinds. Select into it like
any struct (``F.explode("arnews.numbers")``). The Spark type is generated from the
published JSON Schema, so it always matches ``arnews batch`` and ``to_dict()``.

    from pyspark.sql import SparkSession, functions as F
    from arnews.spark import parse_column

    spark = SparkSession.builder.getOrCreate()      # the session first, then the UDF
    articles = spark.read.json("articles/*.jsonl")  # columns: id, text, published
    parsed = parse_column(articles, "text", published_col="published")
    numbers = parsed.select("id", F.explode("arnews.numbers").alias("n")).select("id", "n.*")

PySpark is imported only inside :func:`parse_column`; :func:`spark_ddl` and
:func:`spark_row` (what each row becomes) need no Spark.
"""

from __future__ import annotations

from typing import Any

import attrs

from arnews.document import Published, json_schema, parse

__all__ = ["parse_column", "spark_ddl", "spark_row"]

#: Document fields left out of the struct: the text is already a column of the DataFrame.
_SKIPPED = ("text", "file", "line", "record")


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """``node`` without ``$ref`` and nullable ``anyOf`` wrappers."""
    while True:
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        elif "anyOf" in node:
            node = next(n for n in node["anyOf"] if n.get("type") != "null")
        else:
            return node


def _kind(node: dict[str, Any], defs: dict[str, Any]) -> Any:
    """A nested type description: a Spark simple type name, ``("array", t)`` or a dict."""
    node = _resolve(node, defs)
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "array":
        return ("array", _kind(node["items"], defs))
    if kind == "object":
        return {name: _kind(sub, defs) for name, sub in node["properties"].items()}
    if kind == "integer":
        return "bigint"
    if kind == "number":
        return "double"
    if kind == "boolean":
        return "boolean"
    return "string"  # strings, enums, consts


def _document_kind() -> dict[str, Any]:
    schema = json_schema()
    defs = schema["$defs"]
    properties = defs["document"]["properties"]
    return {n: _kind(p, defs) for n, p in properties.items() if n not in _SKIPPED}


def _ddl(kind: Any) -> str:
    if isinstance(kind, tuple):
        return f"array<{_ddl(kind[1])}>"
    if isinstance(kind, dict):
        return "struct<" + ",".join(f"`{n}`:{_ddl(k)}" for n, k in kind.items()) + ">"
    return str(kind)


def spark_ddl() -> str:
    """The Spark SQL type (DDL) of the struct column that :func:`parse_column` adds.

    >>> spark_ddl().startswith("struct<`schema_version`:string,`published`:string,`numbers`:")
    True
    """
    return _ddl(_document_kind())


def _convert(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, tuple):
        return [_convert(item, kind[1]) for item in value]
    if isinstance(kind, dict):
        return {name: _convert(value.get(name), sub) for name, sub in kind.items()}
    if kind == "double":
        return float(value)
    if kind == "bigint":
        return int(value)
    return value


def spark_row(text: str | None, published: Published = None) -> dict[str, Any] | None:
    """What one row becomes: the document as a dict of Spark-ready Python values.

    Every field of :func:`spark_ddl` is present, with ``float`` for ``double`` fields (a
    Python UDF turns an ``int`` given for a ``double`` into null) and None for a null text.

    >>> row = spark_row("وصل 700 مقاتل")
    >>> row["numbers"][0]["value"], row["numbers"][0]["start"]
    (700.0, 4)
    """
    return _RowParser(_document_kind())(text, published)


@attrs.frozen
class _RowParser:
    """A picklable UDF body (shipped to the executors)."""

    kind: Any

    def __call__(self, text: str | None, published: Any = None) -> dict[str, Any] | None:
        if text is None:
            return None
        data = parse(text, published=published or None).to_dict()
        converted: dict[str, Any] = _convert(data, self.kind)
        return converted


def parse_column(
    frame: Any,
    text_col: str = "text",
    published_col: str | None = None,
    output_col: str = "arnews",
) -> Any:
    """``frame`` with a struct column ``output_col`` holding each text's parse.

    Args:
        frame: a ``pyspark.sql.DataFrame``.
        text_col: the column holding the article text (a null text gives a null struct).
        published_col: a column holding each row's publication date (``YYYY-MM-DD``
            string or ``DateType``), if any.
        output_col: the name of the new column.

    Returns:
        A new DataFrame; nothing is computed until an action runs. Call it after the
        ``SparkSession`` exists (the UDF is made here, not at import).
    """
    import importlib

    f = importlib.import_module("pyspark.sql.functions")
    t = importlib.import_module("pyspark.sql.types")
    udf = f.udf(_RowParser(_document_kind()), _spark_type(_document_kind(), t))
    published = f.col(published_col) if published_col else f.lit(None).cast("string")
    return frame.withColumn(output_col, udf(f.col(text_col), published))


def _spark_type(kind: Any, t: Any) -> Any:
    """The ``pyspark.sql.types`` object for a type description (no JVM needed)."""
    if isinstance(kind, tuple):
        return t.ArrayType(_spark_type(kind[1], t))
    if isinstance(kind, dict):
        return t.StructType(
            [t.StructField(name, _spark_type(sub, t), True) for name, sub in kind.items()]
        )
    simple = {"bigint": t.LongType, "double": t.DoubleType, "boolean": t.BooleanType}
    return simple.get(kind, t.StringType)()
