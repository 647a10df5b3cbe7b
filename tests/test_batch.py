"""``arnews.batch``: every input line accounted for, input fields kept, output always valid."""

from __future__ import annotations

import codecs
import functools
import gzip
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import arnews
from arnews.batch import BatchInput, BatchInterrupted, iter_records, run_batch
from arnews.document import json_schema

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
DEFS = json_schema()["$defs"]
RECORD = jsonschema.Draft202012Validator({**json_schema(), "$ref": "#/$defs/batch_record"})
ERROR = jsonschema.Draft202012Validator({**json_schema(), "$ref": "#/$defs/batch_error"})

# Short items in several outlets' styles (Gulf, Egyptian, Levantine, Maghrebi).
TEXTS = [
    "الكويت - كونا: وصل ١٥٠ زائرا أمس",
    "القاهرة: قال المتحدث إن 700 شخص شاركوا",
    "بيروت - قتل 15 شخصا يوم الجمعة 9 أيلول",
    "الرباط: «لن نتراجع» قال الوزير",
    "لا شيء هنا",
]


def jsonl(records: list[object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def make_input(count: int, bad_line: int | None = None) -> bytes:
    lines = []
    for n in range(1, count + 1):
        if n == bad_line:
            lines.append(b'{"text": "broken\n')
        else:
            record = {"id": n, "text": f"{TEXTS[n % len(TEXTS)]} {n}", "date": "2016-09-10"}
            lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return b"".join(lines)


def run(data: bytes, **options: Any) -> tuple[Any, list[dict[str, Any]], str]:
    out, err = io.StringIO(), io.StringIO()
    options.setdefault("errors", err)
    stats = run_batch(io.BytesIO(data), out, **options)
    lines = out.getvalue().splitlines()
    for line in lines:
        line.encode("utf-8")  # always encodable
    return stats, [json.loads(line) for line in lines], err.getvalue()


# Every family of malformed line: its error record says why, and the run goes on.
@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe{}", "not UTF-8 text"),
        ('{"text": "خبر"}'.encode("cp1256"), "--encoding cp1256"),
        (b"{oops", "invalid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON"),
        (b"[1, 2]", "expected a JSON object, got list"),
        (b'"just a string"', "expected a JSON object, got str"),
        (b"null", "expected a JSON object, got NoneType"),
        (b'{"body": "x"}', "field 'text' must be a string (missing; the line has: body)"),
        (b'{"text": 42}', "field 'text' must be a string (int"),
        (b'{"text": ["a"]}', "field 'text' must be a string (list"),
        (b'{"text": "x", "date": "yesterday"}', "published must be"),
        (b'{"text": "x", "date": 20160910}', "ISO date"),
        (b'{"text": "x"' + b" " * 3_000_000, "invalid JSON"),
    ],
)
def test_malformed_lines_have_an_error_record(raw: bytes, reason: str) -> None:
    data = jsonl([{"id": "a", "text": "خبر أول"}]) + raw + b"\n" + jsonl([{"text": "خبر ثان"}])
    stats, results, err = run(data, published_field="date")
    assert [r["line"] for r in results] == [1, 2, 3]
    assert (stats.written, stats.skipped) == (2, 1)
    error = results[1]
    ERROR.validate(error)
    assert reason in error["error"]
    assert err.startswith("line 2: ") and reason in err
    assert results[0]["id"] == "a"


def test_hostile_input_every_line_accounted_for() -> None:
    """Bad JSON, bad encodings, surrogates, wrong types, huge lines, in one stream."""
    lines = [
        b"{oops",
        b"\xc3\x28",
        '{"text": "خبر"}'.encode("cp1256"),
        b'{"text": "\\ud800 \\udfff"}',
        b'{"text": "\\ud800"}',
        b'{"text": "a\\u0000b"}',
        b'{"text": 5}',
        b'{"text": null}',
        b"[]",
        b"1e999",
        b'{"text": "' + "نبأ ".encode() * 150_000 + b'"}',  # a 600,000-character article
        b'{"text": "' + b"x" * 1_000_000,
        b'{"text": "999999999.5' + " تريليون".encode() * 25 + b'"}',
        b"\x00\x00\x00",
        b'{"text": "ok", "published": "2016-13-45"}',
        b'{"text": "ok", "line": 9, "error": "mine", "numbers": [1]}',
    ]
    data = b"\n".join(lines) + b"\n"
    for workers in (1, 2):
        stats, results, _ = run(data, workers=workers)
        assert [r["line"] for r in results] == list(range(1, len(lines) + 1))
        assert stats.written + stats.skipped + stats.failed == len(lines)
        for result in results:
            VALIDATOR.validate(result)
    surrogate = results[3]
    assert "error" not in surrogate and surrogate["published"] is None
    overflow = results[12]
    assert overflow["numbers"][0]["value"] is None
    assert overflow["numbers"][0]["kind"] == "cardinal"
    clash = results[15]
    assert (clash["line"], clash["input_line"], clash["input_error"]) == (16, 9, "mine")
    assert clash["input_numbers"] == [1] and clash["numbers"] == []


def test_lone_surrogates_are_escaped_and_round_trip() -> None:
    out = io.StringIO()
    data = b'{"text": "\\ud800 \xd9\x82\xd8\xaa\xd9\x84 5"}\n'
    run_batch(io.BytesIO(data), out, keep_text=True)
    line = out.getvalue()
    line.encode("utf-8")
    assert "\\ud800" in line and "قتل" not in line  # the whole line is escaped
    assert json.loads(line)["text"] == "\ud800 قتل 5"


def test_keep_fields() -> None:
    data = jsonl([{"id": "a1", "outlet": "كونا", "published": "2016-08-28", "text": "قتل 5 أمس"}])
    _, [default], _ = run(data)
    assert default["id"] == "a1" and default["outlet"] == "كونا"
    assert default["published"] == "2016-08-28"  # used as the reference date, and kept
    assert default["dates"][0]["iso"] == "2016-08-27"
    assert "text" not in default and "input_published" not in default
    RECORD.validate(default)
    _, [chosen], _ = run(data, keep=["id", "missing"])
    assert chosen["id"] == "a1" and chosen["missing"] is None and "outlet" not in chosen
    _, [none], _ = run(data, keep=[])
    assert not {"id", "outlet"} & set(none)
    _, [with_text], _ = run(data, keep_text=True)
    assert with_text["text"] == "قتل 5 أمس"
    VALIDATOR.validate(with_text)


def test_keep_text_uses_the_input_key_and_other_published_field() -> None:
    data = jsonl([{"body": "أمس", "when": "2016-08-28"}, {"body": "أمس"}])
    _, results, _ = run(
        data, text_field="body", published_field="when", published="2020-01-01", keep_text=True
    )
    assert [r["published"] for r in results] == ["2016-08-28", "2020-01-01"]
    expected = arnews.parse("أمس", published="2016-08-28").to_dict()
    del expected["text"]
    assert results[0] == {"when": "2016-08-28", "line": 1, **expected, "body": "أمس"}


def test_a_datetime_published_value_is_kept_beside_the_date() -> None:
    data = jsonl([{"text": "أمس", "published": "2016-08-28T10:00:00Z"}])
    _, [result], _ = run(data)
    assert result["published"] == "2016-08-28"
    assert result["input_published"] == "2016-08-28T10:00:00Z"


def test_error_records_can_go_to_their_own_sink() -> None:
    out, failures = io.StringIO(), io.StringIO()
    data = jsonl([{"text": "وصل 700 مقاتل"}]) + b"{oops\n" + jsonl([{"text": "قتل ١٥ شخصا"}])
    stats = run_batch(io.BytesIO(data), out, error_sink=failures)
    assert [json.loads(x)["line"] for x in out.getvalue().splitlines()] == [1, 3]
    assert [json.loads(x)["line"] for x in failures.getvalue().splitlines()] == [2]
    assert stats.skipped == 1


def test_start_after_resumes_with_the_right_line_numbers() -> None:
    _, results, _ = run(make_input(30), start_after=("-", 17))
    assert [r["line"] for r in results] == list(range(18, 31))
    assert all(r["id"] == r["line"] for r in results)


def test_inputs_txt_jsonl_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(jsonl([{"text": TEXTS[2]}] * 2)))
    (tmp_path / "c.gz").write_bytes(b"not gzip at all")
    inputs = [
        BatchInput(
            str(p),
            functools.partial(p.open, "rb"),
            "txt" if p.suffix == ".txt" else "jsonl",
            p.suffix == ".gz",
        )
        for p in sorted(tmp_path.iterdir())
    ]
    out = io.StringIO()
    stats = run_batch(inputs, out, errors=io.StringIO())
    results = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [(Path(r["file"]).name, r["line"]) for r in results] == [
        ("a.txt", 1),
        ("b.jsonl.gz", 1),
        ("b.jsonl.gz", 2),
        ("c.gz", 0),
    ]
    assert results[0]["numbers"][0]["value"] == 700
    assert "cannot read" in results[3]["error"]
    assert (stats.written, stats.skipped) == (3, 1)


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-16-le", "utf-8-sig"])
def test_encodings(encoding: str) -> None:
    texts = TEXTS[1:]  # cp1256 has no Eastern Arabic digits
    data = jsonl([{"text": t} for t in texts]).decode("utf-8").encode(encoding)
    stats, results, err = run(data, encoding=encoding, keep_text=True)
    assert stats.written == len(texts) and err == ""
    assert [(r["line"], r["text"]) for r in results] == list(enumerate(texts, start=1))


@pytest.mark.parametrize(
    ("encoding", "hint"),
    [
        ("utf-16", "pass --encoding utf-16"),
        ("utf-16-le", "looks like UTF-16"),
        ("cp1256", "--encoding cp1256"),
    ],
)
def test_decoding_failures_name_the_encoding_to_pass(encoding: str, hint: str) -> None:
    data = jsonl([{"text": TEXTS[1]}]).decode("utf-8").encode(encoding)
    stats, results, _ = run(data)
    assert stats.written == 0
    assert all(hint in r["error"] for r in results)


def test_iter_records_reports_bad_lines() -> None:
    data = jsonl([{"text": "خبر أول"}]) + b"{oops\n\n" + jsonl([{"text": "خبر ثان"}])
    err = io.StringIO()
    records = list(iter_records(io.BytesIO(data), errors=err))
    assert [(line, text) for line, text, _ in records] == [(1, "خبر أول"), (4, "خبر ثان")]
    assert err.getvalue().startswith("line 2: invalid JSON")


def test_blank_lines_crlf_and_a_byte_order_mark() -> None:
    data = codecs.BOM_UTF8 + b'{"text": "\xd8\xae\xd8\xa8\xd8\xb1"}\r\n\r\n  \n{"text": "b"}'
    stats, results, err = run(data)
    assert [r["line"] for r in results] == [1, 4]
    assert stats.read == 2 and err == ""


def test_no_progress_bar_when_not_a_terminal() -> None:
    _, _, err = run(make_input(50))
    assert err == ""


def test_progress_bar_when_asked() -> None:
    _, _, err = run(make_input(50), progress=True)
    assert err.startswith("\r")
    assert err.endswith("\r50 lines (" + err.rsplit("(", 1)[1])
    assert err.endswith("/s)\n")


def test_a_signal_stops_the_run_between_whole_lines() -> None:
    class Interrupting(io.StringIO):
        def write(self, s: str) -> int:
            if self.getvalue().count("\n") == 3:
                raise BatchInterrupted(15)
            return super().write(s)

    out = Interrupting()
    with pytest.raises(BatchInterrupted) as caught:
        run_batch(io.BytesIO(make_input(200)), out, workers=2)
    stats = caught.value.stats
    assert stats is not None and stats.written == 3
    assert stats.interrupted_at == ("-", 4)
    assert caught.value.signum == 15


def test_a_text_that_breaks_the_parser_costs_only_its_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import arnews.document

    real_parse = arnews.document.parse

    def flaky(text: str, published: object = None) -> arnews.Document:
        if "boom" in text:
            raise RuntimeError("simulated extractor bug")
        return real_parse(text, published)  # type: ignore[arg-type]

    monkeypatch.setattr(arnews.document, "parse", flaky)
    records = [{"text": "وصل 700 مقاتل"}, {"id": 2, "text": "boom"}, {"text": "قتل ١٥ شخصا"}]
    stats, results, err = run(jsonl(records))
    assert (stats.read, stats.written, stats.skipped, stats.failed) == (3, 2, 0, 1)
    assert err == "line 2: arnews failed on this text (RuntimeError: simulated extractor bug)\n"
    assert results[1] == {
        "id": 2,
        "line": 2,
        "error": "arnews failed on this text (RuntimeError: simulated extractor bug)",
    }
    assert [(r["line"], r["numbers"][0]["value"]) for r in results[::2]] == [(1, 700), (3, 15)]


def test_parse_pairs_raises_without_keep_going(monkeypatch: pytest.MonkeyPatch) -> None:
    import arnews.document

    def broken(text: str, published: object = None) -> arnews.Document:
        raise RuntimeError("simulated extractor bug")

    monkeypatch.setattr(arnews.document, "parse", broken)
    with pytest.raises(RuntimeError):
        list(arnews.document.parse_pairs([("خبر", None)]))
    [failure] = arnews.document.parse_pairs([("خبر", None)], keep_going=True)
    assert isinstance(failure, arnews.document.ParseFailure)
