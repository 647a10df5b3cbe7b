"""Dask integration (install the extra: ``pip install "arnews[dask]"``).

:func:`parse_bag` maps :func:`arnews.parse` over a ``dask.bag.Bag`` and returns a bag of
JSON-ready dicts (the :meth:`~arnews.Document.to_dict` layout). Dask does the distribution;
arnews only supplies a pure, picklable function per item. Dask itself is never imported
here: the bag's own ``map`` is used, so ``import arnews`` and ``import arnews.dask`` stay
free of Dask.

    import dask.bag as db
    from arnews.dask import parse_bag

    bag = db.read_text("articles-*.jsonl").map(json.loads)
    results = parse_bag(bag, text_field="text", published_field="date")
    lines = results.map(lambda r: json.dumps(r, ensure_ascii=False, allow_nan=False))
    lines.to_textfiles("out-*.jsonl")
"""

from __future__ import annotations

from typing import Any

import attrs

from arnews.document import Published, coerce_published, parse

__all__ = ["parse_bag", "parse_record"]


@attrs.frozen
class _RecordParser:
    """A picklable callable: one bag item (a text or a record dict) to a result dict."""

    text_field: str | None
    published_field: str | None
    published: Published
    keep_fields: tuple[str, ...]

    def __call__(self, item: Any) -> dict[str, Any]:
        return parse_record(
            item,
            text_field=self.text_field,
            published_field=self.published_field,
            published=self.published,
            keep_fields=self.keep_fields,
        )


def parse_record(
    item: Any,
    text_field: str | None = None,
    published_field: str | None = None,
    published: Published = None,
    keep_fields: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Parse one item: a ``str``, or a dict holding the text in ``text_field``.

    Args:
        item: the text, or a record (dict) when ``text_field`` is given.
        text_field: the record field holding the text.
        published_field: the record field holding an ISO publication date, if any.
        published: the reference date when the record has none.
        keep_fields: record fields copied into the result under ``"record"`` (e.g. an id).

    Returns:
        ``Document.to_dict()``, plus ``"record"`` when ``keep_fields`` is not empty.

    Raises:
        TypeError: a dict without ``text_field``, a non-dict with it, or a text that is
            not a ``str``.
        KeyError: a record without the ``text_field`` field.

    >>> parse_record({"id": 7, "text": "خبر"}, text_field="text", keep_fields=("id",))["record"]
    {'id': 7}
    """
    reference = published
    if text_field is None:
        if isinstance(item, dict):
            raise TypeError("got a dict item: pass text_field= to name the field holding the text")
        text = item
    else:
        if not isinstance(item, dict):
            raise TypeError(
                f"expected a dict with a {text_field!r} field, not {type(item).__name__}"
            )
        if text_field not in item:
            fields = ", ".join(map(str, item))
            raise KeyError(f"record has no {text_field!r} field (fields: {fields})")
        text = item[text_field]
        if published_field is not None and item.get(published_field):
            reference = item[published_field]
    result = parse(text, published=reference).to_dict()
    if keep_fields:
        if not isinstance(item, dict):
            raise TypeError("keep_fields needs dict items (and text_field)")
        result["record"] = {name: item.get(name) for name in keep_fields}
    return result


def parse_bag(
    bag: Any,
    published: Published = None,
    text_field: str | None = None,
    published_field: str | None = None,
    keep_fields: tuple[str, ...] = (),
) -> Any:
    """A bag of result dicts, one per item of ``bag``, in the same partitions and order.

    Args:
        bag: a ``dask.bag.Bag`` of texts, or of dicts when ``text_field`` is given.
        published: reference date for relative dates (a date, or an ISO string).
        text_field: the dict field holding the text.
        published_field: the dict field holding each item's ISO publication date.
        keep_fields: dict fields copied into each result under ``"record"``.

    Returns:
        A lazy ``dask.bag.Bag`` of ``Document.to_dict()`` dicts.

    >>> class FakeBag:
    ...     def map(self, function):
    ...         return [function(item) for item in ["وصل 700 مقاتل"]]
    >>> parse_bag(FakeBag())[0]["schema_version"]
    '1.0'
    """
    reference = coerce_published(published)
    return bag.map(_RecordParser(text_field, published_field, reference, tuple(keep_fields)))
