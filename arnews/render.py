"""HTML view: the article, right to left, with every mention highlighted by kind.

The page is one self-contained file (inline CSS, no script, no network). Each mention is a
``<mark>`` with ``data-kind``, ``data-id`` and a ``title`` that shows the resolved value on
hover (number value, ISO date, duration, speaker, attribution). The same text is drawn as a tip
when the mark is hovered *or focused*: marks take the focus (``tabindex``), so a tap on a
touch screen shows it too. A quote's cue and its content are marked apart from the frame,
and each speaker entity (``Document.entities``) has one colour across its names and its
quotes. Mentions may nest or cross (a number inside a quote); a crossing mention is closed
and reopened around the other one, and every piece keeps the same ``data-id``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import attrs

from arnews.document import Document, Published, parse
from arnews.mentions import (
    AmountMention,
    Attribution,
    Dateline,
    DateMention,
    DurationMention,
    NumberMention,
    Quote,
)

__all__ = [
    "ENTITY_COLOURS",
    "KINDS",
    "Highlight",
    "entity_colour",
    "highlights",
    "render_document",
    "render_html",
]

#: Highlight kinds in legend order, with their label and colour.
KINDS: dict[str, tuple[str, str]] = {
    "number": ("عدد · number", "#ffd166"),
    "date": ("تاريخ · date", "#8ecae6"),
    "duration": ("مدة · duration", "#b8e0d2"),
    "quote": ("اقتباس · quote", "#f4acb7"),
    "cue": ("فعل القول · cue", "#fde2e4"),
    "content": ("المقول · content", "#fff1f3"),
    "speaker": ("متحدث · speaker", "#cdb4db"),
    "attribution": ("إسناد · attribution", "#f7b267"),
    "dateline": ("سطر التاريخ · dateline", "#d9d9d9"),
    "amount": ("مبلغ وكمية · amount", "#caffbf"),
}


@attrs.frozen
class Highlight:
    """One span to highlight: where, which kind, and the hover text.

    >>> Highlight(0, 3, "number", "700").kind
    'number'
    """

    start: int
    end: int
    kind: str
    title: str
    entity: str | None = None  # the speaker's entity id, for its colour


#: One colour per speaker entity, in order of the entity ids (e1, e2, ...), cycling.
ENTITY_COLOURS: tuple[str, ...] = (
    "#cdb4db",
    "#a8dadc",
    "#ffd6a5",
    "#caffbf",
    "#9bf6ff",
    "#ffc6ff",
    "#bdb2ff",
    "#fdffb6",
)


def entity_colour(entity: str) -> str:
    """The colour of a speaker entity by its id (``e1``, ``e2``...).

    >>> entity_colour("e1"), entity_colour("e9") == entity_colour("e1")
    ('#cdb4db', True)
    """
    digits = entity[1:]
    number = int(digits) if digits.isdigit() else 1
    return ENTITY_COLOURS[(number - 1) % len(ENTITY_COLOURS)]


def _number_title(m: NumberMention) -> str:
    parts = [f"{m.value}", m.kind]
    if m.qualifier:
        parts.append(m.qualifier)
    if m.unit:
        parts.append(f"unit: {m.unit}")
    return " · ".join(parts)


def _amount_title(m: AmountMention) -> str:
    title = f"{m.value} {m.currency or m.unit} · {m.kind}"
    return f"{title} · per {m.per}" if m.per else title


def _date_title(m: DateMention) -> str:
    parts = [m.iso or "unresolved", m.kind]
    if m.calendar != "gregorian":
        parts.append(m.calendar)
    if m.relative:
        parts.append("relative")
    return " · ".join(parts)


def _duration_title(m: DurationMention) -> str:
    title = f"{m.value} {m.unit}"
    return f"{title} · {m.qualifier}" if m.qualifier else title


def _quote_title(m: Quote) -> str:
    return f"speaker: {m.speaker or '?'} · cue: {m.cue} · {m.kind}"


def _attribution_title(m: Attribution) -> str:
    title = f"attribution: {m.source} · cue: {m.cue or '-'} · {m.kind}"
    return f"{title} · anonymous" if m.anonymous else title


def _dateline_title(m: Dateline) -> str:
    return f"place: {m.place or '-'} · source: {m.source or '-'}"


def highlights(doc: Document) -> list[Highlight]:
    """Every span to highlight in ``doc``, sorted by start (longest first on ties).

    Quotes give two highlights: the whole reporting frame and, when the speaker is named
    there, the speaker's name (once, however many quotes that name introduces).

    >>> [h.kind for h in highlights(Document(text="نص"))]
    []
    """
    items: list[Highlight] = []
    if doc.dateline is not None:
        items.append(
            Highlight(
                doc.dateline.start, doc.dateline.end, "dateline", _dateline_title(doc.dateline)
            )
        )
    items += [Highlight(m.start, m.end, "number", _number_title(m)) for m in doc.numbers]
    items += [Highlight(m.start, m.end, "date", _date_title(m)) for m in doc.dates]
    items += [Highlight(m.start, m.end, "amount", _amount_title(m)) for m in doc.amounts]
    items += [Highlight(m.start, m.end, "duration", _duration_title(m)) for m in doc.durations]
    speakers: set[tuple[int, int]] = set()
    for q in doc.quotes:
        entity = q.speaker_id
        items.append(Highlight(q.start, q.end, "quote", _quote_title(q), entity))
        cue_at = q.text.find(q.cue) if q.cue else -1
        if cue_at >= 0:
            start = q.start + cue_at
            items.append(Highlight(start, start + len(q.cue), "cue", f"cue: {q.cue}", entity))
        if q.content_start < q.content_end:
            items.append(
                Highlight(q.content_start, q.content_end, "content", _quote_title(q), entity)
            )
        where = (q.speaker_start, q.speaker_end)
        if where[0] is not None and where[1] is not None and where not in speakers:
            # Several quotes of one speaker named once: one highlight for the name.
            speakers.add((where[0], where[1]))
            items.append(Highlight(where[0], where[1], "speaker", f"speaker: {q.speaker}", entity))
    items += [
        Highlight(m.start, m.end, "attribution", _attribution_title(m)) for m in doc.attributions
    ]
    size = len(doc.text)
    kept = [h for h in items if 0 <= h.start < h.end <= size]
    return sorted(kept, key=lambda h: (h.start, -h.end))


def _open_tag(index: int, item: Highlight) -> str:
    title = html.escape(item.title, quote=True)
    style = ""
    if item.entity is not None and item.kind in ("speaker", "quote", "content"):
        style = (
            f' data-entity="{html.escape(item.entity)}" style="--ent:{entity_colour(item.entity)}"'
        )
    return (
        f'<mark class="m m-{item.kind}" data-kind="{item.kind}" data-id="{index}" '
        f'title="{title}" data-tip="{title}" tabindex="0"{style}>'
    )


def _markup(text: str, items: list[Highlight]) -> str:
    """``text`` escaped, with every highlight wrapped in (possibly several) ``<mark>`` tags."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for index, item in enumerate(items):
        starts.setdefault(item.start, []).append(index)
        ends.setdefault(item.end, []).append(index)
    out: list[str] = []
    stack: list[int] = []
    previous = 0
    for position in sorted(set(starts) | set(ends)):
        out.append(html.escape(text[previous:position], quote=False))
        previous = position
        closing = set(ends.get(position, ()))
        if closing:
            # Close from the top down to the deepest closing mention, then reopen the rest.
            deepest = min(i for i, index in enumerate(stack) if index in closing)
            reopen = [index for index in stack[deepest:] if index not in closing]
            out.append("</mark>" * (len(stack) - deepest))
            del stack[deepest:]
            for index in reopen:
                out.append(_open_tag(index, items[index]))
                stack.append(index)
        for index in starts.get(position, ()):
            out.append(_open_tag(index, items[index]))
            stack.append(index)
    out.append(html.escape(text[previous:], quote=False))
    out.append("</mark>" * len(stack))
    return "".join(out)


_CSS = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif;
       margin: 2em auto; max-width: 52em; line-height: 2.1; color: #222; background: #fff; }
h1 { font-size: 1.2em; }
.article { white-space: pre-wrap; font-size: 1.15em; }
mark { background: transparent; color: inherit; border-radius: 3px; padding: 0 1px; }
mark.m-quote { border-bottom: 3px solid var(--ent, #e5989b); }
mark.m-speaker { outline: 2px solid #9d4edd; }
mark.m-speaker[data-entity] { background: var(--ent); }
mark.m-cue { font-weight: bold; }
mark.m-content[data-entity] { box-shadow: inset 0 -0.35em 0 var(--ent); }
mark { position: relative; }
mark:focus { outline: 2px solid #333; }
mark:hover::after, mark:focus::after {
  content: attr(data-tip); position: absolute; top: 100%; right: 0; z-index: 10;
  min-width: 12em; max-width: 24em; padding: .2em .5em; font-size: .8em; line-height: 1.5;
  background: #222; color: #fff; border-radius: 4px; white-space: normal; font-weight: normal;
}
mark mark:hover::after, mark mark:focus::after { top: 120%; }
.legend { display: flex; flex-wrap: wrap; gap: .6em; margin: 1em 0; padding: 0; list-style: none; }
.legend li { padding: 0 .6em; border-radius: 3px; }
"""


def _kind_css() -> str:
    rules = []
    for kind, (_, colour) in KINDS.items():
        if kind != "quote":
            rules.append(f"mark.m-{kind}, .legend .m-{kind} {{ background: {colour}; }}")
        else:
            rules.append(f".legend .m-{kind} {{ background: {colour}; }}")
    return "\n".join(rules)


def _legend(items: Iterable[Highlight]) -> str:
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    entries = [
        f'<li class="m-{kind}" data-legend="{kind}">{html.escape(label)} ({counts[kind]})</li>'
        for kind, (label, _) in KINDS.items()
    ]
    return '<ul class="legend">' + "".join(entries) + "</ul>"


def render_html(text: str, published: Published = None, title: str = "arnews") -> str:
    """A self-contained right-to-left HTML page of ``text`` with every mention highlighted.

    Args:
        text: the article.
        published: reference date for relative dates (see :func:`arnews.parse`).
        title: the page title.

    Returns:
        The HTML page as a string (inline CSS, no script, no external resource).

    >>> page = render_html("وصل 700 مقاتل")
    >>> '<html lang="ar" dir="rtl">' in page and "وصل" in page
    True
    """
    doc = parse(text, published=published)
    return render_document(doc, title=title)


def render_document(doc: Document, title: str = "arnews") -> str:
    """Like :func:`render_html`, for a :class:`~arnews.Document` already parsed.

    >>> "<mark" in render_document(Document(text="لا شيء"))
    False
    """
    items = highlights(doc)
    meta: dict[str, Any] = {"published": doc.published.isoformat() if doc.published else "-"}
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n',
            f"<title>{html.escape(title)}</title>\n",
            f"<style>{_CSS}{_kind_css()}\n</style>\n</head>\n<body>\n",
            f"<h1>{html.escape(title)}</h1>\n",
            f'<p class="meta">published: {html.escape(str(meta["published"]))}</p>\n',
            _legend(items),
            '\n<div class="article" dir="rtl">',
            _markup(doc.text, items),
            "</div>\n</body>\n</html>\n",
        ]
    )
