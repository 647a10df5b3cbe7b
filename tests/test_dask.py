"""``arnews.dask.parse_bag`` over a real Dask bag, on a small local cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
jsonschema = pytest.importorskip("jsonschema")

import arnews  # noqa: E402
from arnews.dask import parse_bag, parse_record  # noqa: E402
from arnews.document import json_schema  # noqa: E402

RECORDS = [
    {"id": 1, "text": "قتل ١٥ شخصا على الأقل أمس في حلب", "date": "2016-09-10"},
    {"id": 2, "text": "وقال المتحدث: «لن نتراجع».", "date": None},
    {"id": 3, "text": "أعلنت الوزارة تسجيل 1245 إصابة جديدة", "date": "2020-07-12"},
    {"id": 4, "text": "", "date": "2021-03-09"},
    {"id": 5, "text": "وصل الوفد يوم الخميس 12 شتنبر 2019 بحسب رويترز", "date": "2019-09-13"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # One in-process worker with two threads: a real scheduler, cheap enough for CI.
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_bag_of_texts_matches_parse(client: Any) -> None:
    texts = [r["text"] for r in RECORDS]
    bag = db.from_sequence(texts, npartitions=3)
    results = parse_bag(bag, published="2016-09-10").compute()
    expected = [arnews.parse(t, published="2016-09-10").to_dict() for t in texts]
    assert results == expected


def test_bag_of_records_keeps_order_fields_and_dates(client: Any) -> None:
    bag = db.from_sequence(RECORDS, npartitions=2)
    results = parse_bag(
        bag, text_field="text", published_field="date", published="2000-01-01", keep_fields=("id",)
    ).compute()
    assert [r["record"]["id"] for r in results] == [1, 2, 3, 4, 5]
    # A record's own date wins; a missing one falls back to ``published``.
    assert [r["published"] for r in results] == [
        "2016-09-10",
        "2000-01-01",
        "2020-07-12",
        "2021-03-09",
        "2019-09-13",
    ]
    assert [(n["text"], n["value"]) for n in results[0]["numbers"]] == [("١٥", 15)]
    assert [d["iso"] for d in results[0]["dates"]] == ["2016-09-09"]
    schema = json_schema()
    for result in results:
        jsonschema.validate(result, schema)


def test_read_text_pipeline_to_files(client: Any, tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8"
    )
    bag = db.read_text(str(source), encoding="utf-8").map(json.loads)
    out = parse_bag(bag, text_field="text", published_field="date", keep_fields=("id",))
    out.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
        str(tmp_path / "out-*.jsonl"), encoding="utf-8"
    )
    lines = [
        json.loads(line)
        for path in sorted(tmp_path.glob("out-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["record"]["id"] for r in lines] == [1, 2, 3, 4, 5]
    assert all(r["schema_version"] == arnews.document.SCHEMA_VERSION for r in lines)


def test_results_are_plain_json(client: Any) -> None:
    bag = db.from_sequence([r["text"] for r in RECORDS], npartitions=1)
    for result in parse_bag(bag).compute():
        assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_processes_scheduler() -> None:
    # Worker processes need a picklable function: the record parser is a plain attrs object.
    import dask

    bag = db.from_sequence([r["text"] for r in RECORDS[:3]], npartitions=3)
    with dask.config.set(scheduler="processes", num_workers=2):
        results = parse_bag(bag, published="2016-09-10").compute()
    assert [len(r["numbers"]) for r in results] == [
        len(arnews.parse(r["text"]).numbers) for r in RECORDS[:3]
    ]


@pytest.mark.parametrize(
    ("item", "kwargs", "message"),
    [
        ("خبر", {"text_field": "text"}, "expected a dict"),
        ({"text": "خبر"}, {}, "text_field"),
        ("خبر", {"keep_fields": ("id",)}, "keep_fields"),
        ({"body": "خبر"}, {"text_field": "text"}, "no 'text' field"),
        ({"text": b"x"}, {"text_field": "text"}, "decode bytes first"),
    ],
)
def test_parse_record_errors(item: Any, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises((TypeError, KeyError), match=message):
        parse_record(item, **kwargs)


def test_the_example_script_runs_with_worker_processes(tmp_path: Path) -> None:
    """examples/dask_corpus.py as a user runs it: a script, a local cluster of processes."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = root / "examples" / "dask_corpus.py"
    assert 'if __name__ == "__main__":' in script.read_text(encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": r["id"], "text": r["text"], "published": r["date"]},
                       ensure_ascii=False) + "\n"
            for r in RECORDS
        ),
        encoding="utf-8",
    )
    path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run(
        [sys.executable, str(script), str(source), str(tmp_path / "out"), "--workers", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"parsed {len(RECORDS)} articles" in result.stdout
    lines = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.part.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["record"]["id"] for r in lines] == [r["id"] for r in RECORDS]
    validator = jsonschema.Draft202012Validator(json_schema())
    for line, record in zip(lines, RECORDS, strict=True):
        assert "text" not in line  # the script drops the text the input already has
        validator.validate({**line, "text": record["text"]})
