"""benchmarks/compare.py times this tree and another commit side by side (fresh interpreters)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import compare  # noqa: E402
import corpus  # noqa: E402


@pytest.mark.skipif(not corpus.REAL_CORPUS_DIR.is_dir(), reason="needs ../shared/corpus")
def test_this_tree_against_head(capsys: pytest.CaptureFixture[str]) -> None:
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=False).returncode:
        pytest.skip("not a git checkout")
    assert compare.main(["HEAD", "--rounds", "1", "--chars", "3000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("parse() on ")
    assert "this tree:" in lines[1] and "HEAD:" in lines[2]
    assert lines[3].startswith("  ratio this tree / HEAD: ")


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(SystemExit):
        compare.main(["HEAD", "--rounds", "0"])
