"""Packaging: version, package data and, when given, the built wheel and sdist.

CI builds the distributions and runs this file again with ``ARNEWS_WHEEL`` and
``ARNEWS_SDIST`` set to their paths; without them the archive tests skip.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import json
import os
import re
import subprocess
import tarfile
import tomllib
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import arnews

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = ("data/sample_article.txt", "schema/document.schema.json", "py.typed")
RUNTIME_DEPENDENCIES = {"regex", "attrs"}


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def tracked_package_files() -> list[str]:
    """Files under arnews/ that git tracks (what a clean clone builds from)."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "arnews"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [line for line in out.splitlines() if line and "__pycache__" not in line]


def archive(variable: str) -> Path:
    value = os.environ.get(variable)
    if not value:
        pytest.skip(f"set {variable} to a built distribution to check it")
    path = Path(value)
    assert path.is_file(), f"{variable}={value} is not a file"
    return path


# --- the source tree ---------------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGE_DATA)
def test_package_data_is_found_through_importlib_resources(name: str) -> None:
    assert resources.files("arnews").joinpath(name).is_file()


def test_sample_article_and_schema_load() -> None:
    text = resources.files("arnews").joinpath("data/sample_article.txt").read_text("utf-8")
    assert len(text) > 1000 and "قال" in text, "the demo needs a real article"
    schema = json.loads(
        resources.files("arnews").joinpath("schema/document.schema.json").read_text("utf-8")
    )
    assert "$defs" in schema


def test_version_is_single_sourced() -> None:
    project = pyproject()["project"]
    assert "version" not in project
    assert "version" in project["dynamic"]
    assert pyproject()["tool"]["hatch"]["version"]["path"] == "arnews/__init__.py"
    source = (ROOT / "arnews" / "__init__.py").read_text(encoding="utf-8")
    assert re.findall(r'^__version__ = "([^"]+)"$', source, re.MULTILINE) == [arnews.__version__]


def test_version_is_a_release_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?", arnews.__version__)


def test_installed_metadata_matches_when_installed() -> None:
    try:
        installed = importlib.metadata.version("arnews")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("arnews is not installed, only imported from the tree")
    assert installed == arnews.__version__


def test_project_metadata() -> None:
    project = pyproject()["project"]
    deps = {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0] for d in project["dependencies"]}
    assert deps == RUNTIME_DEPENDENCIES
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").is_file()
    assert project["scripts"]["arnews"] == "arnews.cli:main"
    assert "Typing :: Typed" in project["classifiers"]
    # Project URLs ship only once they are real: never a placeholder address.
    for url in project.get("urls", {}).values():
        assert "arnews/arnews" not in url and "arnews.readthedocs" not in url, url
    assert {"test", "docs", "dev"} <= set(project["optional-dependencies"])
    docs_extra = " ".join(project["optional-dependencies"]["docs"])
    for requirement in ("sphinx", "furo", "myst-parser"):
        assert requirement in docs_extra


# --- the built wheel (ARNEWS_WHEEL) ------------------------------------------------------


def wheel_names() -> set[str]:
    with zipfile.ZipFile(archive("ARNEWS_WHEEL")) as wheel:
        return set(wheel.namelist())


def wheel_metadata() -> Any:
    with zipfile.ZipFile(archive("ARNEWS_WHEEL")) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_wheel_holds_every_tracked_package_file() -> None:
    names = wheel_names()
    missing = [f for f in tracked_package_files() if f not in names]
    assert not missing


@pytest.mark.parametrize("name", PACKAGE_DATA)
def test_wheel_ships_package_data(name: str) -> None:
    assert f"arnews/{name}" in wheel_names()


def test_wheel_holds_only_the_package() -> None:
    for name in wheel_names():
        top = name.split("/", 1)[0]
        assert top == "arnews" or top.endswith(".dist-info"), name
        assert "__pycache__" not in name and not name.endswith(".pyc"), name


def test_wheel_metadata() -> None:
    meta = wheel_metadata()
    assert meta["Name"] == "arnews"
    assert meta["Version"] == arnews.__version__
    assert meta["Requires-Python"].startswith(">=3.11")
    runtime = [r for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r]
    assert {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0] for r in runtime} == RUNTIME_DEPENDENCIES
    assert meta.get_payload().lstrip().startswith("# arnews"), "README as long description"
    names = wheel_names()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(archive("ARNEWS_WHEEL")) as wheel:
        assert "arnews = arnews.cli:main" in wheel.read(entry_points).decode("utf-8")


# --- the built sdist (ARNEWS_SDIST) ------------------------------------------------------


def test_sdist_holds_sources_tests_and_docs() -> None:
    with tarfile.open(archive("ARNEWS_SDIST")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    expected = {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "docs/conf.py"}
    assert expected <= names
    assert all(f in names for f in tracked_package_files())
    assert any(n.startswith("tests/test_") for n in names)
    assert any(n.startswith("seeds/") for n in names)
    assert not any(n.startswith("docs/_build") or "__pycache__" in n for n in names)
