"""Run the atheris target ``fuzz/fuzz_parse.py`` for a fixed number of inputs.

Skipped when atheris is not installed (it needs a clang toolchain to build). The run
starts from the seed articles and a dictionary of lexicon words, in a temporary corpus
directory, with a fixed libFuzzer seed so that CI runs are repeatable. Set
``ARNEWS_ATHERIS_RUNS`` for a longer local run.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fuzz" / "fuzz_parse.py"
RUNS = int(os.environ.get("ARNEWS_ATHERIS_RUNS", "300"))

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None, reason="atheris is not installed"
)


def test_atheris_target_finds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    dictionary = tmp_path / "arnews.dict"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, str(TARGET), "--write-dict", str(dictionary)],
        check=True, env=env, timeout=120,
    )
    result = subprocess.run(
        [
            sys.executable,
            str(TARGET),
            f"-runs={RUNS}",
            "-seed=1",
            "-max_len=2048",
            "-timeout=60",
            f"-dict={dictionary}",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    found = ("crash-", "timeout-", "oom-")
    crashes = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(found))
    assert result.returncode == 0 and not crashes, (
        f"atheris found a failing input ({crashes}):\n{result.stderr[-4000:]}"
    )
    assert f"Done {RUNS} runs" in result.stderr
