"""``arnews.spark``: typed struct columns from a DataFrame text column.

The pure-Python part (the Spark type and what each row becomes) is always tested; the real
PySpark round trip runs only where ``pyspark`` and Java are installed (not in CI).
"""

from __future__ import annotations

import importlib.util
import shutil
from typing import Any

import pytest

import arnews
from arnews.spark import _document_kind, parse_column, spark_ddl, spark_row
from tests.conftest import Seed

TEXTS = [
    "بيروت (رويترز) - قتل 15 شخصا على الأقل يوم الجمعة 9 أيلول 2016.",
    "القاهرة - أكد المتحدث أن «الأسعار لن ترتفع» خلال ٣ أشهر، بحسب الأهرام.",
    "الرباط - ارتفع المؤشر بنسبة 2.5% في 15 ربيع الأول 1445 هـ.",
]


def _check_types(value: Any, kind: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(kind, tuple):
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            _check_types(item, kind[1], f"{where}[{i}]")
    elif isinstance(kind, dict):
        assert isinstance(value, dict) and list(value) == list(kind), where
        for name, sub in kind.items():
            _check_types(value[name], sub, f"{where}.{name}")
    else:
        python = {"bigint": int, "double": float, "boolean": bool, "string": str}[kind]
        assert type(value) is python, (where, value, kind)


def test_rows_have_exactly_the_spark_types(seed: Seed) -> None:
    row = spark_row(seed.text, seed.published)
    assert row is not None
    _check_types(row, _document_kind(), "row")
    data = arnews.parse(seed.text, published=seed.published).to_dict()
    assert set(row) == set(data) - {"text"}
    assert [n["value"] for n in row["numbers"]] == [
        None if n["value"] is None else float(n["value"]) for n in data["numbers"]
    ]


def test_ddl_covers_every_document_field() -> None:
    ddl = spark_ddl()
    for field in ("numbers", "dates", "durations", "quotes", "attributions", "dateline"):
        assert f"`{field}`:" in ddl
    assert "`text`:string,`value`:double" in ddl and "`start`:bigint" in ddl
    assert spark_row(None) is None


JAVA = shutil.which("java") is not None
HAS_SPARK = importlib.util.find_spec("pyspark") is not None


@pytest.mark.skipif(not (HAS_SPARK and JAVA), reason="needs pyspark and Java (not in CI)")
def test_parse_column_on_a_local_spark_session() -> None:
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as f

    spark = (
        SparkSession.builder.master("local[1]")
        .appName("arnews-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        rows = [(i, text, "2016-09-10") for i, text in enumerate(TEXTS)] + [(9, None, None)]
        frame = spark.createDataFrame(rows, "id long, text string, published string")
        parsed = parse_column(frame, "text", published_col="published")
        got = {r["id"]: r["arnews"] for r in parsed.collect()}
        assert got[9] is None
        for i, text in enumerate(TEXTS):
            assert got[i].asDict(recursive=True) == spark_row(text, "2016-09-10")
        numbers = parsed.select("id", f.explode("arnews.numbers").alias("n")).select(
            "id", "n.value", "n.kind"
        )
        assert (0, 15.0, "cardinal") in [tuple(r) for r in numbers.collect()]
    finally:
        spark.stop()
