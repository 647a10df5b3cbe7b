"""``arnews batch`` and ``arnews parse`` through the real entry point, in a subprocess.

Signals, killed parents, resumed runs, folders, encodings and exit statuses: what a data
team meets on a corpus. Each test runs ``python -m arnews`` with this checkout first on
``PYTHONPATH`` and takes a few seconds at most.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from arnews.batch import BatchInput, run_batch
from arnews.document import json_schema

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VALIDATOR = jsonschema.Draft202012Validator(json_schema())
ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    "PYTHONIOENCODING": "utf-8",
}
HAS_PROC = Path("/proc/self/stat").exists()

# Gulf, Egyptian, Levantine and Maghrebi styles.
TEXTS = [
    "الكويت - كونا: وصل 150 زائرا أمس، وقال المتحدث إن «الزيارة ناجحة».",
    "القاهرة: قال المتحدث باسم الوزارة إن 700 شخص شاركوا يوم الخميس الماضي.",
    "بيروت (رويترز) - قتل 15 شخصا على الأقل يوم الجمعة 9 أيلول 2016.",
    "الرباط: أكد الوزير أن نحو ثلاثة آلاف شخص حضروا خلال أسبوعين.",
]


def arnews(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "arnews", *args],
        input=stdin,
        capture_output=True,
        env=ENV,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def start(*args: str, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "arnews", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        cwd=cwd,
    )


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- processes --------------------------------------------------------------------------


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # state, ppid, ...


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and fields[1] == str(pid) and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def wait_until(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


@pytest.fixture(scope="module")
def big_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough work for a 2-worker run to last well beyond the moment it is stopped."""
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    text = " ".join(TEXTS) * 8
    path.write_bytes(jsonl([{"id": f"n{n}", "text": text} for n in range(1, 6001)]))
    return path


def _running_with_workers(args: list[str]) -> tuple[subprocess.Popen[bytes], list[int]]:
    """A batch run, once its two workers exist and have had a moment to start working."""
    process = start(*args)
    workers: list[int] = []

    def ready() -> bool:
        workers[:] = children(process.pid)
        return len(workers) >= 2 or process.poll() is not None

    assert wait_until(ready, 20)
    assert process.poll() is None, process.communicate()
    time.sleep(0.3)
    return process, workers


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc to find the worker processes")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_workers_and_leaves_whole_lines(
    big_input: Path, tmp_path: Path, signum: int
) -> None:
    output = tmp_path / "out.jsonl"
    process, workers = _running_with_workers(
        ["batch", str(big_input), "--workers", "2", "-o", str(output)]
    )
    sent = time.monotonic()
    process.send_signal(signum)
    _, err = process.communicate(timeout=20)
    assert time.monotonic() - sent < 4  # the workers are terminated, not waited for
    assert process.returncode == 128 + signum
    assert wait_until(lambda: not any(alive(pid) for pid in workers), 3), "a worker survived"
    message = err.decode().splitlines()[-1]
    match = re.fullmatch(
        r"arnews: wrote (\d+), skipped 0, interrupted at line (\d+) \(--resume continues there\)",
        message,
    )
    assert match, err.decode()
    written, at = int(match[1]), int(match[2])
    results = lines_of(output)  # every line whole and valid
    assert [r["line"] for r in results] == list(range(1, written + 1))
    assert at == written + 1 and written < 6000
    assert "Traceback" not in err.decode()


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc to find the worker processes")
def test_workers_die_when_the_parent_is_killed(big_input: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    process, workers = _running_with_workers(
        ["batch", str(big_input), "--workers", "2", "-o", str(output)]
    )
    process.kill()  # SIGKILL: no handler runs in the parent
    process.wait(timeout=10)
    assert wait_until(lambda: not any(alive(pid) for pid in workers), 3), "a worker survived"


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc")
def test_the_parent_watch_works_without_prctl(tmp_path: Path) -> None:
    """The portable fallback alone (a thread polling the parent) ends an orphaned worker."""
    code = f"""
import os, sys, time, multiprocessing
sys.path.insert(0, {str(ROOT)!r})
import arnews._workers as w
w._linux_parent_death_signal = lambda: None
def child(parent):
    w._worker_init(parent)
    time.sleep(60)
if __name__ == "__main__":
    p = multiprocessing.get_context("fork").Process(target=child, args=(os.getpid(),))
    p.start()
    print(p.pid, flush=True)
    time.sleep(60)
"""
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=ENV)
    assert process.stdout is not None
    worker = int(process.stdout.readline())
    assert alive(worker)
    process.kill()
    process.wait(timeout=10)
    assert wait_until(lambda: not alive(worker), 3), "the worker outlived its parent"


# --- resume and overwrite -------------------------------------------------------------------


def test_resume_continues_after_the_last_whole_line(tmp_path: Path) -> None:
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(jsonl([{"id": n, "text": TEXTS[n % 4]} for n in range(1, 51)]))
    with source.open("rb") as stream, output.open("w", encoding="utf-8") as sink:
        run_batch([BatchInput(str(source), lambda: stream)], sink)
    full = output.read_bytes()
    lines = full.splitlines(keepends=True)
    cut = b"".join(lines[:20]) + lines[20][:25]  # a run killed in the middle of line 21
    output.write_bytes(cut)
    refused = arnews("batch", str(source), "-o", str(output))
    assert refused.returncode == 2 and b"--resume" in refused.stderr
    assert output.read_bytes() == cut  # never silently truncated
    resumed = arnews("batch", str(source), "-o", str(output), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert output.read_bytes() == full
    again = arnews("batch", str(source), "-o", str(output), "--resume")
    assert again.returncode == 0 and output.read_bytes() == full  # nothing left to do


def test_resume_refuses_an_output_from_other_inputs(tmp_path: Path) -> None:
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(jsonl([{"text": TEXTS[0]}]))
    output.write_text('{"file": "elsewhere.jsonl", "line": 3}\n', encoding="utf-8")
    result = arnews("batch", str(source), "-o", str(output), "--resume")
    assert result.returncode == 2 and b"not one of the inputs" in result.stderr


# --- fields, errors, exit statuses ---------------------------------------------------------


def test_batch_keeps_ids_and_drops_the_text() -> None:
    data = '{"id":"a1","outlet":"x","published":"2016-09-10","text":"قتل 5"}\n'.encode()
    result = arnews("batch", "-", stdin=data)
    assert result.returncode == 0 and result.stderr == b""
    [line] = result.stdout.decode().splitlines()
    data_out = json.loads(line)
    VALIDATOR.validate(data_out)
    assert (data_out["id"], data_out["outlet"], data_out["published"]) == ("a1", "x", "2016-09-10")
    assert "text" not in data_out and data_out["numbers"][0]["value"] == 5
    kept = json.loads(arnews("batch", "-", "--keep", "id", "--keep-text", stdin=data).stdout)
    assert kept["id"] == "a1" and "outlet" not in kept and kept["text"] == "قتل 5"


@pytest.mark.parametrize(
    ("stdin", "args", "status"),
    [
        (b"plain text\nnot json\n", [], 1),  # no line succeeded
        (b'{"body": "x"}\n', [], 1),  # a wrong --text-field
        (b'{"text": "x"}\n{oops\n', [], 0),  # one good line is enough by default
        (b'{"text": "x"}\n{oops\n', ["--strict"], 1),
        (b'{"text": "x"}\n', ["--strict"], 0),
        (b"", [], 0),  # nothing to do is not a failure
    ],
)
def test_exit_status(stdin: bytes, args: list[str], status: int) -> None:
    result = arnews("batch", "-", *args, stdin=stdin)
    assert result.returncode == status, result.stderr
    non_blank = [x for x in stdin.splitlines() if x.strip()]
    assert len(result.stdout.splitlines()) == len(non_blank)  # error records included
    assert b"Traceback" not in result.stderr


def test_errors_file_and_stdout_surrogates(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    stdin = b'{"text": "\\ud800 \\u0642\\u062a\\u0644 5"}\n{oops\n'
    result = arnews("batch", "-", "--errors", str(errors), stdin=stdin)
    assert result.returncode == 0, result.stderr
    [good] = result.stdout.decode("utf-8").splitlines()
    assert json.loads(good)["numbers"][0]["value"] == 5
    [bad] = lines_of(errors)
    assert bad["line"] == 2 and bad["error"].startswith("invalid JSON")
    assert b"error records in " + str(errors).encode() in result.stderr


def test_folders_globs_and_gzip(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    (folder / "sub" / "b.jsonl").write_bytes(jsonl([{"id": "b1", "text": TEXTS[2]}]))
    (folder / "c.jsonl.gz").write_bytes(gzip.compress(jsonl([{"id": "c1", "text": TEXTS[3]}])))
    (folder / "notes.csv").write_text("id,text\n", encoding="utf-8")
    result = arnews("batch", str(folder), "--workers", "2")
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.decode().splitlines()]
    for record in out:
        VALIDATOR.validate(record)
    names = [Path(r["file"]).relative_to(folder).as_posix() for r in out]
    assert names == ["a.txt", "c.jsonl.gz", "sub/b.jsonl"]
    assert [r.get("id") for r in out] == [None, "c1", "b1"]
    by_glob = arnews("batch", "*.txt", "sub/*.jsonl", cwd=folder)
    assert by_glob.returncode == 0, by_glob.stderr
    assert [json.loads(x)["file"] for x in by_glob.stdout.decode().splitlines()] == [
        "a.txt", "sub/b.jsonl",
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = arnews("batch", str(empty))
    assert nothing.returncode == 1 and b"no .txt, .jsonl or .jsonl.gz file" in nothing.stderr


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_encoding_option_and_hint(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl([{"text": t} for t in TEXTS]).decode().encode(encoding))
    refused = arnews("batch", str(source))
    assert refused.returncode == 1
    assert f"--encoding {encoding}".encode() in refused.stderr
    result = arnews("batch", str(source), "--encoding", encoding, "--keep-text")
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["text"] for x in result.stdout.decode().splitlines()] == TEXTS


def test_progress_flags_are_documented_and_work(tmp_path: Path) -> None:
    help_text = arnews("batch", "--help").stdout.decode()
    assert "--progress, --no-progress" in help_text
    for option in ("--keep", "--keep-text", "--errors", "--strict", "--encoding", "--resume"):
        assert option in help_text
    data = jsonl([{"text": t} for t in TEXTS])
    shown = arnews("batch", "-", "--progress", stdin=data)
    assert b"4 lines" in shown.stderr and b"arnews: wrote 4, skipped 0" in shown.stderr
    assert arnews("batch", "-", "--no-progress", stdin=data).stderr == b""


# --- parse, usage, naming ------------------------------------------------------------------


def test_parse_keeps_going_over_many_files(tmp_path: Path) -> None:
    paths = []
    for n, text in enumerate(TEXTS):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "1.txt").write_bytes(TEXTS[1].encode("cp1256"))
    result = arnews("parse", *paths, str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    VALIDATOR.validate(data)
    assert [d["file"] for d in data] == [paths[0], paths[2], paths[3]]
    err = result.stderr.decode()
    assert err.startswith("arnews: 2 of 5 files failed:\n")
    assert "1.txt: not UTF-8 text" in err and "--encoding cp1256" in err
    assert "missing.txt: no such file" in err
    again = arnews("parse", paths[1], "--encoding", "cp1256")
    assert again.returncode == 0 and json.loads(again.stdout)["text"] == TEXTS[1]


def test_bare_arnews_prints_usage() -> None:
    result = arnews(stdin=b"some text on stdin")
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert err.startswith("usage: arnews")
    assert all(command in err for command in ("demo", "parse", "render", "batch"))


def test_sources_is_an_alias_of_attributions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from arnews.cli import main

    path = tmp_path / "a.txt"
    path.write_text("قال مصدر مطلع إن 5 أشخاص قتلوا، بحسب وكالة رويترز.", encoding="utf-8")
    for name in ("sources", "attributions", "numbers,source"):
        assert main(["parse", str(path), "--only", name]) == 0
        data = json.loads(capsys.readouterr().out)
        assert "attributions" in data and "dates" not in data
    assert main(["demo"]) == 0
    demo = capsys.readouterr().out
    assert " attributions" in demo.splitlines()[-1] and "sources" not in demo


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_corpus_sample_keeps_id_outlet_and_published(tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl.gz"
    with gzip.open(SHARED / "corpus" / "ant.jsonl.gz", "rb") as handle:
        head = [next(handle) for _ in range(40)]
    sample.write_bytes(gzip.compress(b"".join(head)))
    result = arnews("batch", str(sample), "--workers", "2")
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.decode().splitlines()]
    for raw, record in zip(head, out, strict=True):
        source = json.loads(raw)
        VALIDATOR.validate(record)
        assert {k: record[k] for k in ("id", "outlet", "published")} == {
            k: source[k] for k in ("id", "outlet", "published")
        }
