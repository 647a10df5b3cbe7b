"""Parse a corpus of JSON Lines files with Dask, as a script (``python dask_corpus.py``).

Usage::

    python examples/dask_corpus.py "articles/*.jsonl.gz" parsed/ --workers 4

Each input line is a JSON object with ``text`` and optionally ``published``; every other
field is kept under ``"record"``. The output is one ``parsed/NNN.part.jsonl`` per partition.
Needs ``pip install "arnews[dask]"``.

The ``if __name__ == "__main__":`` guard is required: Dask's local cluster starts worker
processes that import this file again, and without the guard each of them would start
a cluster of its own.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from arnews.dask import parse_bag


def to_line(result: dict[str, Any]) -> str:
    """One result as a JSON line (strict JSON: arnews never writes NaN or Infinity)."""
    result.pop("text", None)  # the input already has it
    return json.dumps(result, ensure_ascii=False, allow_nan=False)


def main(argv: list[str] | None = None) -> int:
    """Parse the inputs on a local Dask cluster and write the results."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", help="a glob of .jsonl or .jsonl.gz files")
    parser.add_argument("output", help="the folder for the result files")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--keep", default="id", help="comma-separated fields to keep")
    args = parser.parse_args(argv)

    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        as cluster,
        Client(cluster),
    ):
        records = db.read_text(args.inputs, encoding="utf-8").map(json.loads)
        results = parse_bag(
            records,
            text_field="text",
            published_field="published",
            keep_fields=tuple(f for f in args.keep.split(",") if f),
        )
        results.map(to_line).to_textfiles(f"{args.output}/*.part.jsonl", encoding="utf-8")
        total = results.count().compute()
    print(f"parsed {total} articles into {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
