"""Batch mode at scale: 10,000 lines in one and two processes, memory over 5,000 lines.

Slow by nature (about 70 s together), so run by CI apart from the default ``pytest``.
"""

from __future__ import annotations

import io
import tracemalloc

import pytest

from arnews.batch import run_batch
from tests.test_batch import VALIDATOR, make_input, run


@pytest.mark.parametrize("workers", [1, 2])
def test_ten_thousand_lines_with_one_malformed(workers: int) -> None:
    count, bad = 10_000, 4_321
    stats, results, err = run(make_input(count, bad), published_field="date", workers=workers)
    assert (stats.read, stats.written, stats.skipped) == (count, count - 1, 1)
    assert err.startswith(f"line {bad}: invalid JSON")
    assert err.count("\n") == 1
    assert [r["line"] for r in results] == list(range(1, count + 1))  # nothing lost
    assert results[bad - 1]["error"].startswith("invalid JSON")
    for data in results[bad - 3 : bad + 2]:  # the bad line and its intact neighbours
        VALIDATOR.validate(data)
        if "error" not in data:
            assert data["id"] == data["line"]
            assert data["published"] == "2016-09-10"
            assert "text" not in data


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
