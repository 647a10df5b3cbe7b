"""Build the benchmark corpus from the seed articles, with no downloads.

The seed articles are split into paragraphs (an article written as one long line is cut
into groups of sentences), and new articles are made by drawing paragraphs at random
from all seeds with a fixed random seed: each synthetic article keeps a first paragraph
that opened a seed article, then a shuffled mix of body paragraphs. The result reads
like a stream of real wire copy (datelines, quotes, numbers, dates from four outlets)
while being as large as a benchmark needs.

Usage::

    python benchmarks/corpus.py            # writes benchmarks/.corpus/corpus-6000000.txt
    python benchmarks/corpus.py --size 1e6

Articles in the written file are separated by :data:`ARTICLE_SEPARATOR`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "ARTICLE_SEPARATOR",
    "CORPUS_DIR",
    "DEFAULT_SIZE",
    "REAL_CORPUS_DIR",
    "SEEDS_DIR",
    "Paragraphs",
    "build_articles",
    "corpus_articles",
    "load_paragraphs",
    "real_articles",
    "text_of_size",
]

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
CORPUS_DIR = Path(__file__).resolve().parent / ".corpus"
DEFAULT_SIZE = 6_000_000
#: The shared corpus of real articles (JSON Lines, gzip), beside the project; absent in a
#: checkout without the shared data, in which case the synthetic corpus stands in.
REAL_CORPUS_DIR = ROOT.parent / "shared" / "corpus"
DEFAULT_SEED = 20160910
ARTICLE_SEPARATOR = "\n\n\f\n\n"

# A long single-line article is cut after a sentence end: '.', '؟', '!' then a space.
_SENTENCE_END = re.compile(r"(?<=[.!؟])\s+")
_LONG_PARAGRAPH = 900
_SENTENCES_PER_PARAGRAPH = 3


class Paragraphs:
    """Paragraphs of the seed articles: ``leads`` open an article, ``body`` follow."""

    __slots__ = ("body", "leads")

    def __init__(self, leads: Sequence[str], body: Sequence[str]) -> None:
        """Keep the two pools of paragraphs."""
        self.leads = tuple(leads)
        self.body = tuple(body)


def _split_paragraphs(text: str) -> list[str]:
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n|\n", text):
        block = block.strip()
        if not block:
            continue
        if len(block) <= _LONG_PARAGRAPH:
            paragraphs.append(block)
            continue
        sentences = _SENTENCE_END.split(block)
        for i in range(0, len(sentences), _SENTENCES_PER_PARAGRAPH):
            paragraphs.append(" ".join(sentences[i : i + _SENTENCES_PER_PARAGRAPH]))
    return paragraphs


def load_paragraphs(seeds_dir: Path = SEEDS_DIR) -> Paragraphs:
    """Split every ``*.txt`` article in ``seeds_dir`` into paragraphs."""
    leads: list[str] = []
    body: list[str] = []
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no seed articles (*.txt) in {seeds_dir}")
    for path in paths:
        paragraphs = _split_paragraphs(path.read_text(encoding="utf-8"))
        if paragraphs:
            leads.append(paragraphs[0])
            body.extend(paragraphs[1:])
    if not body:
        body = list(leads)
    return Paragraphs(leads, body)


def build_articles(
    size: int,
    seed: int = DEFAULT_SEED,
    paragraphs: Paragraphs | None = None,
) -> list[str]:
    """Synthetic articles totalling at least ``size`` characters (deterministic).

    Each article is a lead paragraph and 4 to 14 body paragraphs drawn at random
    (without repeats inside one article while the pool allows it), joined by blank lines.
    """
    pool = paragraphs or load_paragraphs()
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    while total < size:
        count = min(rng.randint(4, 14), len(pool.body))
        chosen = [rng.choice(pool.leads), *rng.sample(pool.body, count)]
        article = "\n\n".join(chosen)
        articles.append(article)
        total += len(article) + len(ARTICLE_SEPARATOR)
    return articles


def corpus_articles(
    size: int = DEFAULT_SIZE,
    seed: int = DEFAULT_SEED,
    cache_dir: Path | None = CORPUS_DIR,
) -> list[str]:
    """The corpus of at least ``size`` characters, read from the cache when it is there.

    The file is ``<cache_dir>/corpus-<size>-<seed>.txt``; ``cache_dir=None`` builds in
    memory only.
    """
    if cache_dir is None:
        return build_articles(size, seed)
    path = cache_dir / f"corpus-{size}-{seed}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8").split(ARTICLE_SEPARATOR)
    articles = build_articles(size, seed)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(ARTICLE_SEPARATOR.join(articles), encoding="utf-8")
    tmp.replace(path)
    return articles


def real_articles(size: int | None = None, folder: Path = REAL_CORPUS_DIR) -> list[str]:
    """The real articles of ``folder/*.jsonl.gz`` (their ``text`` fields), in file order.

    With ``size``, only the first articles adding up to at least ``size`` characters.
    An empty list when the folder is absent.
    """
    articles: list[str] = []
    total = 0
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if size is not None and total >= size:
                    return articles
                text = json.loads(line)["text"]
                articles.append(text)
                total += len(text)
    return articles


def text_of_size(articles: Sequence[str], size: int) -> str:
    """One text of exactly ``size`` characters: the articles joined, repeated if needed."""
    joined = "\n\n".join(articles)
    if not joined:
        return ""
    repeats = -(-size // len(joined))
    return ("\n\n".join([joined] * repeats))[:size]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build (or reuse) the corpus and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=DEFAULT_SIZE, help="characters")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    args = parser.parse_args(argv)
    articles = corpus_articles(int(args.size), args.seed)
    chars = sum(map(len, articles))
    print(f"{len(articles)} articles, {chars:,} characters in {CORPUS_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
