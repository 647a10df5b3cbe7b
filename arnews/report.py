"""Corpus report: who is quoted, which sources are cited, by which outlets, and when.

:func:`summarize` reads parsed documents and returns a :class:`Summary` of typed rows
(``NamedTuple`` rows, so ``pandas.DataFrame(summary.speakers)`` gives a table with named
columns); :func:`render_report` writes it as one self-contained HTML page (inline CSS and
SVG, no script, no network), right to left and readable on a phone; :func:`summary_dict`
gives the same data as JSON-ready dicts. ``arnews report`` on the command line runs all
three over a corpus.

People and bodies are counted across articles by their entity key
(:attr:`arnews.Entity.key`): ``جون كيري`` in one article and ``كيري`` in another count as
one speaker when the second article names him in full somewhere, or when ``جون كيري`` is
the only full name in the corpus that ends with ``كيري``.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import attrs

from arnews.document import Document

__all__ = [
    "AmountRow",
    "OutletRow",
    "QuoteRow",
    "SourceRow",
    "SpeakerRow",
    "Summary",
    "TimelineRow",
    "render_report",
    "summarize",
    "summary_dict",
]

#: Quotes kept per speaker and attributions per source, as the evidence behind a count.
EXAMPLES_PER_ROW = 10


class QuoteRow(NamedTuple):
    """One quote behind a speaker's count: where it was published and what was said."""

    article: str
    outlet: str | None
    speaker: str
    cue: str
    content: str


class SpeakerRow(NamedTuple):
    """A speaker across the corpus: quotes, articles and the outlets quoting them."""

    key: str
    name: str
    kind: str
    quotes: int
    articles: int
    outlets: tuple[str, ...]
    examples: tuple[QuoteRow, ...]


class SourceRow(NamedTuple):
    """A source across the corpus: attributions (and datelines) naming it."""

    key: str
    name: str
    kind: str
    agency: str | None
    attributions: int
    articles: int
    outlets: tuple[str, ...]


class OutletRow(NamedTuple):
    """One outlet: articles, quotes and attributions in them."""

    outlet: str
    articles: int
    quotes: int
    attributions: int


class TimelineRow(NamedTuple):
    """Dated mentions that resolve to one month (``YYYY-MM``)."""

    month: str
    dates: int


class AmountRow(NamedTuple):
    """Money amounts in one currency (ISO 4217), or quantities in one unit."""

    kind: str
    unit: str
    amounts: int
    total: float


@attrs.frozen
class Summary:
    """What :func:`summarize` found in a corpus, most frequent first in each table.

    >>> import arnews
    >>> docs = [arnews.parse("قال وزير الخارجية جون كيري إن الحل ممكن. وأضاف كيري أن العمل مستمر.")]
    >>> s = summarize(docs)
    >>> [(row.name, row.quotes) for row in s.speakers]
    [('جون كيري', 2)]
    """

    articles: int
    characters: int
    speakers: tuple[SpeakerRow, ...] = ()
    sources: tuple[SourceRow, ...] = ()
    outlets: tuple[OutletRow, ...] = ()
    timeline: tuple[TimelineRow, ...] = ()
    amounts: tuple[AmountRow, ...] = ()


@attrs.define
class _Tally:
    names: Counter[str] = attrs.Factory(Counter)
    kind: str = ""
    agency: str | None = None
    count: int = 0
    articles: set[str] = attrs.Factory(set)
    outlets: Counter[str] = attrs.Factory(Counter)
    examples: list[QuoteRow] = attrs.Factory(list)


def _article(item: Document | tuple[Document, str | None]) -> tuple[Document, str | None]:
    if isinstance(item, Document):
        return item, None
    return item


def _merge_surnames(table: dict[str, _Tally]) -> None:
    """Fold a one-word person key (``كيري``) into the one full name that ends with it.

    Only when exactly one full name in the corpus ends with that word: two people
    sharing a surname (``جورج بوش``, ``لورا بوش``) leave a bare ``بوش`` on its own.
    """
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in table:
        kind, _, name = key.partition(":")
        words = name.split()
        if kind == "person" and len(words) > 1:
            by_last[words[-1]].append(key)
    for key in list(table):
        kind, _, name = key.partition(":")
        if kind != "person" or " " in name or len(by_last.get(name, ())) != 1:
            continue
        short, full = table.pop(key), table[by_last[name][0]]
        full.count += short.count
        full.articles |= short.articles
        full.outlets.update(short.outlets)
        full.examples.extend(short.examples[: max(0, EXAMPLES_PER_ROW - len(full.examples))])
        for written, n in short.names.items():
            full.names[written] += 0 if full.names else n


def summarize(
    docs: Iterable[Document | tuple[Document, str | None]], *, top: int | None = None
) -> Summary:
    """Count speakers, sources, outlets, dated months and amounts over parsed documents.

    Args:
        docs: ``Document`` values, or ``(document, outlet)`` pairs to count by outlet.
        top: keep only the ``top`` most frequent speakers and sources (all by default).

    >>> import arnews
    >>> pairs = [(arnews.parse("ذكرت وكالة فرانس برس أن الاجتماع انتهى."), "المصدر أ")]
    >>> summarize(pairs).outlets[0]
    OutletRow(outlet='المصدر أ', articles=1, quotes=1, attributions=1)
    """
    speakers: dict[str, _Tally] = defaultdict(_Tally)
    sources: dict[str, _Tally] = defaultdict(_Tally)
    outlets: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    months: Counter[str] = Counter()
    amounts: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    articles = characters = 0
    for index, item in enumerate(docs):
        doc, outlet = _article(item)
        name = f"#{index + 1}"
        articles += 1
        characters += len(doc.text)
        by_id = {e.id: e for e in doc.entities}
        if outlet:
            row = outlets[outlet]
            row[0] += 1
            row[1] += len(doc.quotes)
            row[2] += len(doc.attributions)
        for quote in doc.quotes:
            entity = by_id.get(quote.speaker_id or "")
            if entity is None:
                continue
            tally = speakers[entity.key]
            tally.names[entity.name] += 1
            tally.kind = entity.kind
            tally.count += 1
            tally.articles.add(name)
            if outlet:
                tally.outlets[outlet] += 1
            if len(tally.examples) < EXAMPLES_PER_ROW:
                tally.examples.append(QuoteRow(name, outlet, entity.name, quote.cue, quote.content))
        cited = [(a.source_id, getattr(a, "canonical", None)) for a in doc.attributions]
        if doc.dateline is not None and doc.dateline.source:
            dateline_ids = [
                e.id for e in doc.entities if any(m.role == "dateline" for m in e.mentions)
            ]
            cited.extend((i, getattr(doc.dateline, "canonical", None)) for i in dateline_ids)
        for source_id, canonical in cited:
            entity = by_id.get(source_id or "")
            if entity is None:
                continue
            tally = sources[entity.key]
            tally.names[entity.name] += 1
            tally.kind = entity.kind
            tally.agency = tally.agency or canonical
            tally.count += 1
            tally.articles.add(name)
            if outlet:
                tally.outlets[outlet] += 1
        for date in doc.dates:
            if date.iso and len(date.iso) >= 7 and date.iso[4] == "-" and date.iso[5] != "W":
                months[date.iso[:7]] += 1
        for amount in getattr(doc, "amounts", ()):
            unit = getattr(amount, "currency", None) or getattr(amount, "unit", None)
            value = getattr(amount, "value", None)
            if unit and isinstance(value, int | float):
                totals = amounts[(amount.kind, unit)]
                totals[0] += 1
                totals[1] += value

    _merge_surnames(speakers)
    _merge_surnames(sources)

    def rank(table: dict[str, _Tally]) -> list[tuple[str, _Tally]]:
        ordered = sorted(table.items(), key=lambda kv: (-kv[1].count, kv[0]))
        return ordered if top is None else ordered[:top]

    return Summary(
        articles=articles,
        characters=characters,
        speakers=tuple(
            SpeakerRow(
                key,
                t.names.most_common(1)[0][0],
                t.kind,
                t.count,
                len(t.articles),
                tuple(o for o, _ in t.outlets.most_common()),
                tuple(t.examples),
            )
            for key, t in rank(speakers)
        ),
        sources=tuple(
            SourceRow(
                key,
                t.names.most_common(1)[0][0],
                t.kind,
                t.agency,
                t.count,
                len(t.articles),
                tuple(o for o, _ in t.outlets.most_common()),
            )
            for key, t in rank(sources)
        ),
        outlets=tuple(
            OutletRow(o, *counts) for o, counts in sorted(outlets.items(), key=lambda kv: -kv[1][0])
        ),
        timeline=tuple(TimelineRow(m, n) for m, n in sorted(months.items())),
        amounts=tuple(
            AmountRow(kind, unit, int(n), total)
            for (kind, unit), (n, total) in sorted(amounts.items(), key=lambda kv: -kv[1][0])
        ),
    )


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The summary as JSON-ready dicts (``arnews report --json``).

    >>> summary_dict(Summary(articles=0, characters=0))["speakers"]
    []
    """

    def rows(items: Sequence[NamedTuple]) -> list[dict[str, Any]]:
        out = []
        for row in items:
            record = {
                name: list(value) if isinstance(value, tuple) else value
                for name, value in row._asdict().items()
            }
            if "examples" in record:
                record["examples"] = [e._asdict() for e in record["examples"]]
            out.append(record)
        return out

    return {
        "articles": summary.articles,
        "characters": summary.characters,
        "speakers": rows(summary.speakers),
        "sources": rows(summary.sources),
        "outlets": rows(summary.outlets),
        "timeline": rows(summary.timeline),
        "amounts": rows(summary.amounts),
    }


# ---------------------------------------------------------------------------------------
# The HTML page.

_CSS = """
body{font-family:"Noto Naskh Arabic","Segoe UI",Tahoma,sans-serif;margin:0;padding:1rem;
background:#fafafa;color:#222;line-height:1.6}
main{max-width:60rem;margin:auto}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.95rem}
td,th{padding:.25rem .5rem;text-align:start;vertical-align:top;border-bottom:1px solid #eee}
td.n{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:block;height:.6rem;background:#7aa6c2;border-radius:.2rem}
details{margin:.25rem 0}summary{cursor:pointer}
blockquote{margin:.25rem 1rem;padding:.25rem .5rem;border-inline-start:3px solid #cdb4db;
background:#fff}
.small{color:#666;font-size:.85rem}
svg{max-width:100%;height:auto}
@media (max-width:40rem){body{padding:.5rem}td,th{padding:.2rem}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bar(value: int, most: int) -> str:
    width = 100 * value / most if most else 0
    return f'<span class="bar" style="width:{width:.1f}%"></span>'


def _timeline_svg(rows: Sequence[TimelineRow]) -> str:
    """Dated mentions per month as inline SVG columns (oldest on the right, as RTL reads)."""
    if not rows:
        return '<p class="small">لا تواريخ · no dated mentions</p>'
    shown = list(rows)[-60:]
    most = max(r.dates for r in shown)
    width, height = 12 * len(shown) + 40, 160
    bars = []
    for i, row in enumerate(shown):
        x = width - 20 - 12 * (i + 1)
        h = 120 * row.dates / most
        bars.append(
            f'<rect x="{x}" y="{130 - h:.1f}" width="10" height="{h:.1f}" fill="#7aa6c2">'
            f"<title>{_e(row.month)}: {row.dates}</title></rect>"
        )
    first, last = shown[0].month, shown[-1].month
    return (
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="timeline">'
        + "".join(bars)
        + f'<text x="{width - 20}" y="150" font-size="10" text-anchor="end">{_e(first)}</text>'
        + f'<text x="20" y="150" font-size="10">{_e(last)}</text></svg>'
    )


def _table(title: str, headers: Sequence[str], rows: Sequence[str]) -> list[str]:
    """A section of the page: its heading, then a table of ``rows`` (each a ``<tr>``)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return [
        f"<h2>{_e(title)}</h2>",
        f"<table><thead><tr>{head}</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]


def render_report(summary: Summary, title: str = "arnews report", top: int = 50) -> str:
    """One self-contained HTML page of a :class:`Summary` (RTL, no script, no network).

    Each speaker's count opens the quotes behind it (a ``<details>`` element, which works
    by touch as well as by mouse).

    >>> page = render_report(Summary(articles=1, characters=10))
    >>> page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    True
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="small">{summary.articles:,} مقالا · articles, '
        f"{summary.characters:,} حرفا · characters</p>",
    ]
    speakers = summary.speakers[:top]
    most = max((r.quotes for r in speakers), default=0)
    rows = []
    for i, row in enumerate(speakers):
        quotes = "".join(
            f"<blockquote>{_e(q.content[:300])}<br><span class='small'>{_e(q.cue)} · "
            f"{_e(q.outlet or '')} {_e(q.article)}</span></blockquote>"
            for q in row.examples
        )
        rows.append(
            f'<tr id="speaker-{i + 1}"><td>{_e(row.name)} <span class="small">{_e(row.kind)}'
            f'</span></td><td class="n"><details><summary>{row.quotes:,}</summary>{quotes}'
            f"</details></td><td style='width:20%'>{_bar(row.quotes, most)}</td>"
            f'<td class="n">{row.articles:,}</td><td>{_e("، ".join(row.outlets[:5]))}</td></tr>'
        )
    parts += _table(
        "المتحدثون · who is quoted",
        ["المتحدث · speaker", "اقتباسات · quotes", "", "مقالات · articles", "الوسائل · outlets"],
        rows,
    )
    sources = summary.sources[:top]
    most = max((r.attributions for r in sources), default=0)
    parts += _table(
        "المصادر والوكالات · sources and agencies",
        ["المصدر · source", "وكالة · agency", "إسنادات · citations", "", "الوسائل · outlets"],
        [
            f"<tr><td>{_e(source.name)} <span class='small'>{_e(source.kind)}</span></td>"
            f"<td>{_e(source.agency or '')}</td><td class='n'>{source.attributions:,}</td>"
            f"<td style='width:20%'>{_bar(source.attributions, most)}</td>"
            f"<td>{_e('، '.join(source.outlets[:5]))}</td></tr>"
            for source in sources
        ],
    )
    if summary.outlets:
        parts += _table(
            "الوسائل · outlets",
            ["الوسيلة · outlet", "مقالات · articles", "اقتباسات · quotes", "إسنادات · citations"],
            [
                f"<tr><td>{_e(outlet.outlet)}</td><td class='n'>{outlet.articles:,}</td>"
                f"<td class='n'>{outlet.quotes:,}</td>"
                f"<td class='n'>{outlet.attributions:,}</td></tr>"
                for outlet in summary.outlets
            ],
        )
    parts.append("<h2>الخط الزمني · dated mentions by month</h2>")
    parts.append(_timeline_svg(summary.timeline))
    if summary.amounts:
        parts += _table(
            "المبالغ والكميات · amounts",
            ["العملة أو الوحدة · currency or unit", "عدد · count", "المجموع · total"],
            [
                f"<tr><td>{_e(amount.unit)} <span class='small'>{_e(amount.kind)}</span></td>"
                f"<td class='n'>{amount.amounts:,}</td><td class='n'>{amount.total:,.0f}</td></tr>"
                for amount in summary.amounts
            ],
        )
    parts.append("</main></body></html>")
    return "\n".join(parts)
