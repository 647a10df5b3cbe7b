"""The documentation pages: every page is reachable and every example is collected.

The examples themselves run through ``--doctest-glob=*.md``; these tests check the things
that would silently let an example or a page drop out of the site or the test run.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
PARSER_PAGES = ("numbers", "dates", "quotes", "attributions")

# A fenced block: its info string and its body (fences are at the start of a line).
FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def load_conf() -> ModuleType:
    """Import docs/conf.py as a module (it is not importable by name)."""
    spec = importlib.util.spec_from_file_location("arnews_docs_conf", DOCS / "conf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fences(text: str) -> list[tuple[str, str]]:
    """(info string, body) of every fenced block in a Markdown text."""
    return [(m["info"].strip(), m["body"]) for m in FENCE.finditer(text)]


def example_count(text: str) -> int:
    """How many examples doctest collects from ``text``."""
    return len(doctest.DocTestParser().get_examples(text))


def test_there_are_pages() -> None:
    names = {p.stem for p in PAGES}
    assert {"index", "getting-started", "api", "decisions"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_has_one_title(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    outside_fences = FENCE.sub("", text)
    titles = re.findall(r"^# \S.*$", outside_fences, flags=re.MULTILINE)
    assert len(titles) == 1, f"{page.name}: expected one '# Title' line, found {titles}"
    assert outside_fences.lstrip().startswith("# "), f"{page.name}: start with the title"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_example_is_in_a_pycon_block(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    in_pycon = sum(example_count(body) for info, body in fences(text) if info == "pycon")
    # Examples outside pycon blocks would run but render as plain text or Python source.
    assert example_count(text) == in_pycon, f"{page.name}: put '>>>' examples in pycon blocks"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pycon_blocks_are_collected_whole(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for info, body in fences(text):
        if info != "pycon":
            continue
        examples = doctest.DocTestParser().get_examples(body)
        first = body.strip().splitlines()[0] if body.strip() else ""
        assert examples, f"{page.name}: a pycon block with no '>>>' example: {first!r}"
        # doctest reads an expected output up to an empty line, so without one the
        # closing fence would become part of the expected output and the example fails.
        message = f"{page.name}: end the pycon block {first!r} with an empty line"
        assert body.endswith("\n\n"), message


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_relative_links_and_images_exist(page: Path) -> None:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        path = target.split("#", 1)[0]
        if not path or re.match(r"[a-z][a-z0-9+.-]*:", path):
            continue  # an anchor on this page, or an external URL
        assert (page.parent / path).is_file(), f"{page.name} links to missing {target!r}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_each_page_is_doctested_by_the_glob(page: Path, pytestconfig: pytest.Config) -> None:
    globs = pytestconfig.getoption("doctestglob") or []
    if not globs:
        pytest.skip("run with the project's addopts (--doctest-glob=*.md)")
    assert any(page.match(g) for g in globs)
    assert "docs" in (pytestconfig.getini("testpaths") or [])


def test_every_page_is_in_the_built_toctree() -> None:
    conf = load_conf()
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    existing = conf.pages(DOCS)
    arranged = conf.arrange_toctrees(index, existing)
    assert set(conf.toctree_entries(arranged)) == existing


def test_toctree_arrangement_drops_missing_pages_and_adds_unlisted() -> None:
    conf = load_conf()
    source = (
        "# Title\n\n```{toctree}\n:caption: Parsers\n\nnumbers\ndates\n```\n\n"
        "```{toctree}\n:caption: Empty\n\nplanned\n```\n"
    )
    arranged = conf.arrange_toctrees(source, {"dates", "extra"})
    assert conf.toctree_entries(arranged) == ["dates", "extra"]
    assert ":caption: Parsers" in arranged
    assert ":caption: Empty" not in arranged  # no toctree left without pages
    assert "numbers" not in arranged


def test_index_lists_the_planned_pages() -> None:
    conf = load_conf()
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    entries = conf.toctree_entries(index)
    assert len(entries) == len(set(entries)), "a page is listed twice"
    for name in ("getting-started", *PARSER_PAGES, "schema", "cli", "api", "integrations"):
        assert name in entries


@pytest.mark.parametrize("name", PARSER_PAGES)
def test_parser_page_states_its_known_limits(name: str) -> None:
    page = DOCS / f"{name}.md"
    if not page.exists():
        pytest.skip(f"docs/{name}.md is not written yet")
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    assert re.search(r"^#{2,3} Known limits", text, flags=re.MULTILINE | re.IGNORECASE)
    assert "```pycon" in page.read_text(encoding="utf-8"), "show examples with their output"


@pytest.mark.parametrize(
    "command", ["pip install . && arnews demo", 'pip install -e ".[test]" && pytest']
)
def test_getting_started_repeats_the_readme_commands(command: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    page = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    assert command in readme
    assert command in page


def test_sphinx_configuration_matches_the_package() -> None:
    import arnews

    conf = load_conf()
    assert conf.release == arnews.__version__
    assert conf.html_theme == "furo"
    assert {"myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"} <= set(conf.extensions)
    assert "_build" in conf.exclude_patterns


def test_api_reference_covers_every_public_name() -> None:
    import arnews

    api = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. auto\w+:: arnews\.(\w+)$", api, flags=re.MULTILINE))
    public = {name for name in arnews.__all__ if not name.startswith("__")}
    assert public - documented == set(), "add these names to docs/api.md"
