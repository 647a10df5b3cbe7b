"""Credits of :mod:`arnews.attribution`: credit lines, agencies in parentheses and Latin
photo credits.

The credit line ``المصدر : الجزيرة + وكالات`` gives one attribution per source
(:func:`_credit_lines` finds the lines by literal search of the letters every label
has); ``(رويترز)`` and ``REUTERS/Pierre Albouy`` are credits wherever they are written.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from arnews.attribution_rules import _Patterns
from arnews.attribution_sources import _Found
from arnews.text import NormalizedText


def _credit_attributions(p: _Patterns, nt: NormalizedText, found: list[_Found]) -> None:
    t = nt.text
    for line in _credit_lines(p, t, nt.words):
        label = nt.original_text(*line.span("label"))
        photo = line.group("label") in p.photo_labels
        for item in p.credit_item.finditer(t, line.start("items"), line.end("items")):
            s, e = item.span()
            while s < e and t[s].isspace():
                s += 1
            while e > s and t[e - 1].isspace():
                e -= 1
            # After a photo label (صورة:) only an agency is a credit, not a caption.
            if s < e and (not photo or t[s:e] in p.aliases or t[s:e] in p.latin_names):
                name = nt.original_text(s, e)
                anonymous = t[s:e] in ("وكالات", "مواقع", "صحف", "وسائل اعلام")
                found.append(_Found(s, e, name, label, "media", anonymous))
    if "(" in t:
        for m in p.paren_credit.finditer(t):
            name = nt.original_text(*m.span("name"))
            label = nt.original_text(*m.span("label")) if m.group("label") else ""
            anonymous = m.group("name") == "وكالات"
            found.append(_Found(m.start(), m.end(), name, label, "media", anonymous))
    slash = t.find("/")
    while slash >= 0:
        if slash and t[slash - 1].isascii() and t[slash - 1].isalpha():
            for latin in p.latin_names_longest:
                if t.startswith(latin, slash - len(latin)):
                    credit = p.latin_credit.match(t, slash - len(latin))
                    if credit:
                        name = nt.original_text(*credit.span("name"))
                        found.append(_Found(credit.start(), credit.end(), name, "", "media", False))
                        break
        slash = t.find("/", slash + 1)


def _credit_lines(p: _Patterns, t: str, words: frozenset[str]) -> Iterable[regex.Match[str]]:
    """Credit lines (``المصدر : الجزيرة + وكالات``), each line tried once.

    ``words`` are the words of ``t`` (:attr:`NormalizedText.words`).
    """
    if (":" not in t and "：" not in t) or words.isdisjoint(p.credit_label_words):
        return
    hits = []
    for core in p.credit_cores:
        i = t.find(core)
        while i >= 0:
            hits.append(i)
            i = t.find(core, i + len(core))
    hits.sort()
    line_start = 0
    for i in hits:
        if i < line_start:
            continue
        line_start = t.rfind("\n", line_start, i) + 1 or line_start
        # A label opens its line: only ال and spaces may come before the letters found.
        if t[line_start:i].strip() in ("", "ال"):
            m = p.credit_line.match(t, line_start)
            if m:
                yield m
        line_end = t.find("\n", i)
        if line_end < 0:
            return
        line_start = line_end + 1
