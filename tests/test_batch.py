"""``arnews batch``: JSON Lines in and out, order kept, bad lines reported and skipped."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import jsonschema
import pytest

import arnews
from arnews.batch import iter_records, run_batch
from arnews.cli import main
from arnews.document import json_schema

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

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


@pytest.mark.parametrize("workers", [1, 2])
def test_ten_thousand_lines_with_one_malformed(workers: int) -> None:
    count, bad = 10_000, 4_321
    out, err = io.StringIO(), io.StringIO()
    stats = run_batch(
        io.BytesIO(make_input(count, bad)),
        out,
        published_field="date",
        workers=workers,
        errors=err,
    )
    assert (stats.read, stats.written, stats.skipped) == (count, count - 1, 1)
    assert err.getvalue().startswith(f"line {bad}: invalid JSON")
    assert err.getvalue().count("\n") == 1
    lines = out.getvalue().splitlines()
    numbers = [json.loads(line)["line"] for line in lines]
    assert numbers == [n for n in range(1, count + 1) if n != bad]
    for line in lines[bad - 3 : bad + 2]:  # the neighbours of the bad line are intact
        data = json.loads(line)
        VALIDATOR.validate(data)
        assert data["text"].endswith(f" {data['line']}")
        assert data["published"] == "2016-09-10"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b"{oops", "invalid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'"just a string"', "expected a JSON object"),
        (b'{"body": "x"}', "field 'text' must be a string (missing)"),
        (b'{"text": 42}', "field 'text' must be a string (int)"),
        (b'{"text": "x", "date": "yesterday"}', "published must be"),
        (b'{"text": "x", "date": 20160910}', "ISO date"),
    ],
)
def test_malformed_lines_are_reported_with_their_number(raw: bytes, reason: str) -> None:
    good = jsonl([{"text": "خبر أول"}])
    data = good + raw + b"\n" + jsonl([{"text": "خبر ثان"}])
    err = io.StringIO()
    records = list(iter_records(io.BytesIO(data), published_field="date", errors=err))
    assert [(line, text) for line, text, _ in records] == [(1, "خبر أول"), (3, "خبر ثان")]
    message = err.getvalue()
    assert message.startswith("line 2: ")
    assert reason in message


def test_blank_lines_and_crlf_are_tolerated() -> None:
    data = b'{"text": "\xd8\xae\xd8\xa8\xd8\xb1"}\r\n\r\n\n{"text": "b"}'
    err = io.StringIO()
    records = list(iter_records(io.BytesIO(data), errors=err))
    assert [(line, text) for line, text, _ in records] == [(1, "خبر"), (4, "b")]
    assert err.getvalue() == ""


def test_fields_and_default_date() -> None:
    data = jsonl([{"body": "أمس", "when": "2016-08-28"}, {"body": "أمس"}])
    out = io.StringIO()
    run_batch(
        io.BytesIO(data),
        out,
        text_field="body",
        published_field="when",
        published="2020-01-01",
        errors=io.StringIO(),
    )
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["published"] for r in results] == ["2016-08-28", "2020-01-01"]
    assert results[0] == {**arnews.parse("أمس", published="2016-08-28").to_dict(), "line": 1}


def test_no_progress_bar_when_not_a_terminal() -> None:
    err = io.StringIO()
    run_batch(io.BytesIO(make_input(50)), io.StringIO(), errors=err)
    assert err.getvalue() == ""


def test_progress_bar_when_asked() -> None:
    err = io.StringIO()
    run_batch(io.BytesIO(make_input(50)), io.StringIO(), errors=err, progress=True)
    assert err.getvalue().startswith("\r")
    assert err.getvalue().endswith("50 lines\n")


def _peak_memory(count: int) -> int:
    source = io.BytesIO(make_input(count))

    class Discard(io.StringIO):
        def write(self, s: str) -> int:
            return len(s)

    tracemalloc.start()
    try:
        run_batch(source, Discard(), errors=io.StringIO())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat() -> None:
    small, large = _peak_memory(500), _peak_memory(5_000)
    # Ten times the lines must not cost anywhere near ten times the memory.
    assert large < 2 * small + 256 * 1024, (small, large)


def test_cli_batch_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(make_input(300, bad_line=7))
    argv = ["batch", str(source), "-o", str(target), "--published-field", "date", "--workers", "2"]
    status = main(argv)
    out, err = capsys.readouterr()
    assert status == 0 and out == ""
    assert err.splitlines() == [
        "line 7: invalid JSON: Unterminated string starting at (column 10)",
        "arnews: wrote 299 lines, skipped 1 malformed",
    ]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["line"] for x in lines] == [n for n in range(1, 301) if n != 7]


def test_cli_batch_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl([{"content": t} for t in TEXTS]))
    assert main(["batch", str(source), "--text-field", "content"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert [json.loads(x)["text"] for x in out.splitlines()] == TEXTS


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
    records = [{"text": "وصل 700 مقاتل"}, {"text": "boom"}, {"text": "قتل ١٥ شخصا"}]
    out, err = io.StringIO(), io.StringIO()
    stats = run_batch(io.BytesIO(jsonl(records)), out, errors=err)
    assert (stats.read, stats.written, stats.skipped, stats.failed) == (3, 2, 0, 1)
    assert err.getvalue() == (
        "line 2: arnews failed on this text (RuntimeError: simulated extractor bug)\n"
    )
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["line"], r["numbers"][0]["value"]) for r in written] == [(1, 700), (3, 15)]


def test_parse_pairs_raises_without_keep_going(monkeypatch: pytest.MonkeyPatch) -> None:
    import arnews.document

    def broken(text: str, published: object = None) -> arnews.Document:
        raise RuntimeError("simulated extractor bug")

    monkeypatch.setattr(arnews.document, "parse", broken)
    with pytest.raises(RuntimeError):
        list(arnews.document.parse_pairs([("خبر", None)]))
    [failure] = arnews.document.parse_pairs([("خبر", None)], keep_going=True)
    assert isinstance(failure, arnews.document.ParseFailure)


def test_a_byte_order_mark_on_the_first_line_is_not_an_error() -> None:
    data = "\ufeff".encode() + jsonl([{"text": "وصل 700 مقاتل"}, {"text": "قتل ١٥ شخصا"}])
    err = io.StringIO()
    records = list(iter_records(io.BytesIO(data), errors=err))
    assert [(line, text) for line, text, _ in records] == [
        (1, "وصل 700 مقاتل"),
        (2, "قتل ١٥ شخصا"),
    ]
    assert err.getvalue() == ""
