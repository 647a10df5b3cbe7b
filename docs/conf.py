"""Sphinx configuration for the arnews documentation (furo theme, MyST Markdown pages).

Build locally with ``sphinx-build -W --keep-going -b html docs docs/_build/html`` after
``pip install -e ".[docs]"``. Why Sphinx rather than MkDocs is recorded in decisions.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Document the source tree next to this file, even when another copy is installed.
sys.path.insert(0, str(ROOT))

import arnews  # noqa: E402

project = "arnews"
author = "arnews developers"
copyright = "2026, arnews developers"
version = arnews.__version__
release = arnews.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
language = "en"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# MyST: headings get anchors for in-page links; ``colon_fence`` allows ::: directives.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc + napoleon: the public docstrings are Google style with doctest examples.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Attributes sections become :ivar: fields, so attrs fields are not described twice.
napoleon_use_ivar = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = False
autodoc_default_options = {"members": True, "undoc-members": False}

# The build runs with -W (warnings are errors). Unresolved cross-references to standard
# library and attrs types are not errors: the site links no external inventories.
nitpicky = False

html_theme = "furo"
html_title = f"arnews {release}"
html_static_path = ["_static"]
html_css_files = ["arnews.css"]
html_show_sourcelink = False
pygments_style = "default"
pygments_dark_style = "monokai"


# --- table of contents -------------------------------------------------------------------
# index.md lists every planned page in its toctrees. Pages are written by several people, so
# at build time an entry whose page does not exist yet is dropped (Sphinx -W would fail on
# it), and a page that no toctree lists is added under "More" (-W would fail on an orphan).

_TOCTREE = re.compile(r"^```\{toctree\}\n(?P<body>.*?)^```\n", re.MULTILINE | re.DOTALL)


def pages(docs: Path = DOCS) -> set[str]:
    """The names of the Markdown pages in ``docs`` other than the index."""
    return {p.stem for p in docs.glob("*.md")} - {"index"}


def toctree_entries(source: str) -> list[str]:
    """Page names listed in the toctree blocks of ``source``, in order."""
    entries = []
    for block in _TOCTREE.finditer(source):
        for line in block["body"].splitlines():
            line = line.strip()
            if line and not line.startswith(":"):
                entries.append(line)
    return entries


def arrange_toctrees(source: str, existing: set[str]) -> str:
    """``source`` with missing pages dropped from its toctrees and unlisted pages appended."""

    def keep_existing(block: re.Match[str]) -> str:
        lines = block["body"].splitlines()
        entries = [x for x in lines if x.strip() and not x.strip().startswith(":")]
        kept = [x for x in lines if x not in entries or x.strip() in existing]
        if not any(x.strip() in existing for x in entries):
            return ""
        return "```{toctree}\n" + "\n".join(kept) + "\n```\n"

    listed = set(toctree_entries(source))
    result = _TOCTREE.sub(keep_existing, source)
    unlisted = sorted(existing - listed)
    if unlisted:
        result += "\n```{toctree}\n:maxdepth: 1\n:caption: More\n\n"
        result += "".join(f"{name}\n" for name in unlisted) + "```\n"
    return result


def _on_source_read(app: Any, docname: str, source: list[str]) -> None:
    if docname == root_doc:
        source[0] = arrange_toctrees(source[0], pages())


# --- examples with Arabic ------------------------------------------------------------------
# In a line that mixes Arabic and Latin, the bidirectional algorithm reorders neutral
# characters, so ``[('أمس', '2016-09-09')]`` could display as ``[('2016-09-09' ,'أمس')]``.
# The console lexer below also highlights example *output* as Python, so every string
# literal is its own token, and _static/arnews.css isolates string tokens (unicode-bidi:
# isolate): each Arabic string is shown right to left inside its quotes, in LTR order.


def _console_lexer() -> Any:
    from pygments.lexers import PythonConsoleLexer, PythonLexer
    from pygments.token import Generic

    class ConsoleLexer(PythonConsoleLexer):  # type: ignore[misc]
        """Python console sessions whose output lines are highlighted as Python too."""

        def get_tokens_unprocessed(self, text: str) -> Any:
            python = PythonLexer()
            for index, token, value in super().get_tokens_unprocessed(text):
                if token is Generic.Output:
                    for offset, sub, part in python.get_tokens_unprocessed(value):
                        yield index + offset, sub, part
                else:
                    yield index, token, value

    return ConsoleLexer


def setup(app: Any) -> dict[str, Any]:
    app.connect("source-read", _on_source_read)
    app.add_lexer("pycon", _console_lexer())
    return {"parallel_read_safe": True}
