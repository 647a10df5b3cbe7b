"""Atheris (libFuzzer) target for ``arnews.parse``.

Run it for a fixed number of inputs (see ``fuzz/README.md``)::

    python fuzz/fuzz_parse.py -runs=100000 -max_len=4096 -dict=/tmp/arnews.dict /tmp/corpus

Each input becomes a ``str`` in one of three ways, chosen by its first byte: UTF-8 decoded
with replacement, arbitrary code points (lone surrogates included) from atheris's
``FuzzedDataProvider``, or a sequence of news "tokens" (lexicon words, digits of every
script, quotation marks, punctuation, diacritics, bidi marks, HTML leftovers), one token
per byte. The target then checks the invariants of issue 8 and raises ``AssertionError``
(which libFuzzer reports as a crash, with the input saved) when one is broken:

- ``parse()`` does not raise;
- every mention's offsets are inside the text and ``mention.text == text[start:end]``
  (also a quote's content and speaker spans);
- the mentions of each kind are sorted by start and do not overlap;
- ``parse(normalize(text))`` finds the same numbers, dates and durations.
"""

from __future__ import annotations

import datetime
import importlib
import itertools
import pkgutil
import sys
from collections.abc import Iterable
from typing import Any

import atheris

with atheris.instrument_imports(include=["arnews"]):
    import arnews
    import arnews.lexicon

PUBLISHED = datetime.date(2016, 9, 10)

# Quotes once nested (B1, fixed in 08ec4c6); kept as a switch in step with tests/test_fuzz.py.
QUOTES_MAY_NEST = False

_NOISE = (
    [chr(c) for c in range(0x064B, 0x0653)]  # harakat, tanween, shadda, sukun
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    + list("\u200b\u200c\u200d\u2060\ufeff\u00ad")
)
_MARKS = list("\"'«»“”„‟‘’‚‹›「」『』")
_PUNCTUATION = [*"،؛؟.,:;!?-–—()[]/%٪٫٬…", " ", " ", "\n", "\u00a0", "\t"]
_HTML = ["&nbsp;", "&nbsp", "&amp;", "&quot;", "&#1575;", "&", "<br>", "</p>"]
_DIGITS = [str(i) for i in range(10)] + [chr(0x0660 + i) for i in range(10)] + [
    chr(0x06F0 + i) for i in range(10)
]


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


def lexicon_words() -> list[str]:
    """Every Arabic word or phrase in ``arnews.lexicon`` (sorted, for a stable token table)."""
    words: set[str] = set()
    for info in pkgutil.iter_modules(arnews.lexicon.__path__):
        module = importlib.import_module(f"arnews.lexicon.{info.name}")
        for name, value in vars(module).items():
            if not name.startswith("__"):
                words.update(
                    w for w in _strings(value)
                    if 0 < len(w) <= 40 and any("\u0600" <= c <= "\u06ff" for c in w)
                )
    return sorted(words)


_WORDS = lexicon_words()
# 256 token slots: a byte picks one. Words get most slots; a slot's word also depends on
# the next byte, so the whole lexicon is reachable.
_SMALL = _NOISE + _MARKS + _PUNCTUATION + _HTML + _DIGITS


def _tokens(data: bytes) -> str:
    out: list[str] = []
    pairs = itertools.zip_longest(data[::2], data[1::2], fillvalue=0)
    for first, second in pairs:
        if first < len(_SMALL):
            out.append(_SMALL[first])
        else:
            out.append(_WORDS[(first * 256 + second) % len(_WORDS)])
            out.append(" ")
    return "".join(out)


def text_from(data: bytes) -> str:
    """The ``str`` an input stands for (see the module docstring)."""
    if not data:
        return ""
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        return rest.decode("utf-8", "replace")
    if mode == 1:
        provider = atheris.FuzzedDataProvider(rest)
        return str(provider.ConsumeUnicode(len(rest)))
    return _tokens(rest)


def _check_mention(text: str, m: Any) -> None:
    assert 0 <= m.start <= m.end <= len(text), (m.start, m.end, len(text))
    assert m.text == text[m.start : m.end], (m.text, text[m.start : m.end])
    if isinstance(m, arnews.Quote):
        assert 0 <= m.content_start <= m.content_end <= len(text)
        assert m.content == text[m.content_start : m.content_end]
        if m.speaker_start is not None:
            assert m.speaker_end is not None
            assert 0 <= m.speaker_start <= m.speaker_end <= len(text)


def _values(doc: arnews.Document) -> tuple[Any, ...]:
    return (
        [(m.value, m.kind, m.qualifier) for m in doc.numbers],
        [(m.iso, m.kind, m.calendar, m.relative) for m in doc.dates],
        [(m.value, m.unit, m.qualifier) for m in doc.durations],
        [m.kind for m in doc.quotes],
        [(m.kind, m.anonymous) for m in doc.attributions],
    )


def check(text: str) -> None:
    """Parse ``text`` and assert every invariant (raises AssertionError on a violation)."""
    doc = arnews.parse(text, published=PUBLISHED)
    for kind in ("numbers", "dates", "durations", "quotes", "attributions"):
        mentions = getattr(doc, kind)
        for m in mentions:
            _check_mention(text, m)
        for a, b in itertools.pairwise(mentions):
            assert a.start <= b.start, f"{kind} not sorted"
            if not (kind == "quotes" and QUOTES_MAY_NEST):
                assert a.end <= b.start, f"{kind} overlap: {a.text!r} / {b.text!r}"
    if doc.dateline is not None:
        _check_mention(text, doc.dateline)
    normalized = arnews.normalize(text)
    again = arnews.parse(normalized, published=PUBLISHED)
    assert _values(again) == _values(doc), "parse(normalize(text)) finds other values"


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    check(text_from(data))


def write_dictionary(path: str) -> None:
    """Write a libFuzzer dictionary (``-dict=``) of lexicon words and marks as UTF-8."""
    lines = []
    for word in [*_WORDS, *_MARKS, *_HTML, "قال إن", "وفق ما", "أيلول", "١٢٣"]:
        escaped = "".join(f"\\x{b:02x}" for b in word.encode("utf-8"))
        lines.append(f'"{escaped}"')
    with open(path, "w", encoding="ascii") as out:
        out.write("\n".join(lines) + "\n")


def main(argv: list[str]) -> None:
    """Run the fuzzer; ``--write-dict PATH`` writes the dictionary and exits."""
    if len(argv) == 3 and argv[1] == "--write-dict":
        write_dictionary(argv[2])
        return
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
