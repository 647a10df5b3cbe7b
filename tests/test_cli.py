"""The command line: demo, parse, render, and one-line user errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import arnews
from arnews.cli import main, sample_article
from arnews.document import json_schema
from tests.conftest import SEED_LIST, SEEDS

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_summarises_the_sample_article(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["demo"], capsys)
    assert status == 0 and err == ""
    doc = arnews.parse(sample_article(), published="2016-09-10")
    total = len(doc.numbers) + len(doc.dates) + len(doc.durations)
    total += len(doc.quotes) + len(doc.attributions) + (doc.dateline is not None)
    lines = out.strip().splitlines()
    if total:
        assert len(lines) == total + 1  # one line per mention and a line of counts
        assert lines[-1].startswith(f"{len(doc.numbers)} numbers")
    else:
        assert lines == ["(no mentions found)"]
    for number in doc.numbers:
        assert f"{number.text!r} = {number.value}" in out


def test_demo_json_validates(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["demo", "--json"], capsys)
    assert status == 0
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert data["text"] == sample_article()


def test_parse_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEED_LIST[1]
    path = str(SEEDS / seed.name)
    status, out, err = run(["parse", path, "--published", seed.published.isoformat()], capsys)
    assert status == 0 and err == ""
    data = json.loads(out)
    VALIDATOR.validate(data)
    expected = arnews.parse(seed.text, published=seed.published).to_dict()
    assert data == {**expected, "file": path}
    assert out.count("\n") == 1  # compact: one line


def test_parse_many_files_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(SEEDS / s.name) for s in SEED_LIST]
    status, out, _ = run(["parse", *paths, "--pretty"], capsys)
    assert status == 0
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert [d["file"] for d in data] == paths
    assert [d["text"] for d in data] == [s.text for s in SEED_LIST]
    assert out.startswith("[\n  {")


def test_parse_only_keeps_the_chosen_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SEEDS / SEED_LIST[0].name)
    status, out, _ = run(["parse", path, "--only", "numbers, dates"], capsys)
    assert status == 0
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert {"numbers", "dates"} <= set(data)
    assert not {"durations", "quotes", "attributions", "dateline"} & set(data)


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    text = "\ufeffالرباط - وصل ٧٠٠ مقاتل"
    fake = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    status, out, _ = run(["parse", "-"], capsys)
    assert status == 0
    data = json.loads(out)
    assert data["text"] == text[1:]  # the byte order mark is not text
    assert data["file"] == "-"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["parse", "does/not/exist.txt"], 1, "no such file"),
        (["parse", "BAD"], 1, "not UTF-8"),
        (["parse", "DIR"], 1, "directory"),
        (["render", "does/not/exist.txt"], 1, "no such file"),
        (["batch", "does/not/exist.jsonl"], 1, "no such file"),
        (["render", "GOOD", "-o", "does/not/exist/page.html"], 1, "cannot write"),
        (["parse"], 2, "required"),
        (["parse", "GOOD", "--published", "9/9/2016"], 2, "YYYY-MM-DD"),
        (["parse", "GOOD", "--only", "numbers,years"], 2, "years"),
        (["batch", "GOOD", "--workers", "0"], 2, "at least 1"),
        (["batch", "GOOD", "-o", "GOOD"], 2, "would overwrite the input"),
        (["render", "GOOD", "-o", "GOOD"], 2, "would overwrite the input"),
        (["frobnicate"], 2, "invalid choice"),
        (["parse", "GOOD", "--colour"], 2, "unrecognized"),
    ],
)
def test_user_errors_are_one_line(
    argv: list[str],
    status: int,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "bad.txt").write_bytes("خبر".encode("cp1256"))
    (tmp_path / "good.txt").write_text("خبر", encoding="utf-8")
    places = {"BAD": tmp_path / "bad.txt", "DIR": tmp_path, "GOOD": tmp_path / "good.txt"}
    argv = [str(places[a]) if a in places else a for a in argv]
    code, out, err = run(argv, capsys)
    assert code == status
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert message in err
    assert "Traceback" not in err
    assert places["GOOD"].read_text(encoding="utf-8") == "خبر"  # inputs are never touched


def test_render_writes_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    seed = SEED_LIST[0]
    argv = ["render", str(SEEDS / seed.name), "-o", str(page), "--published", "2016-09-10"]
    status, out, err = run(argv, capsys)
    assert (status, out, err) == (0, "", "")
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'dir="rtl"' in html


def test_python_dash_m_runs_the_demo() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "arnews", "demo"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip()


def test_python_dash_m_user_error_has_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "arnews", "parse", "no-such-file.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == "arnews: no-such-file.txt: no such file\n"


@pytest.mark.skipif(shutil.which("arnews") is None, reason="console script not installed")
def test_console_script_parses_seeds() -> None:
    paths = [str(SEEDS / s.name) for s in SEED_LIST]
    result = subprocess.run(
        ["arnews", "parse", *paths], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, result.stderr
    VALIDATOR.validate(json.loads(result.stdout))
