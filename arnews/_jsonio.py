"""Every JSON text arnews writes goes through here: strict JSON, and never a lost line.

* UTF-8 text, Arabic written as is (``ensure_ascii=False``).
* ``allow_nan=False``: ``NaN``/``Infinity`` are not JSON; :meth:`arnews.Document.to_dict`
  already writes an overflowing number as null, so this only guards against a bug.
* A lone surrogate (``"\\ud800"``, which Python strings may hold and UTF-8 cannot encode)
  is written as the JSON escape ``\\ud800``: the line is still valid JSON and reads back
  to the same Python string. Only such lines are escaped; the others keep their Arabic.
"""

from __future__ import annotations

import json
from typing import IO, Any

__all__ = ["dumps", "write_line"]


def dumps(data: Any, indent: int | None = None) -> str:
    """``data`` as strict JSON text that UTF-8 can encode.

    >>> dumps({"text": "خبر"})
    '{"text": "خبر"}'
    >>> dumps({"text": "\\ud800"})
    '{"text": "\\\\ud800"}'
    """
    result = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    try:
        result.encode("utf-8")
    except UnicodeEncodeError:
        result = json.dumps(data, ensure_ascii=True, allow_nan=False, indent=indent)
    return result


def write_line(sink: IO[str], data: Any) -> None:
    """Write ``data`` to ``sink`` as one JSON line (see :func:`dumps`).

    >>> import io
    >>> out = io.StringIO()
    >>> write_line(out, {"n": 1})
    >>> out.getvalue()
    '{"n": 1}\\n'
    """
    sink.write(dumps(data) + "\n")
