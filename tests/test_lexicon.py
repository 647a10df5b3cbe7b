"""The lexicon's integrity: each concept listed once, no entry twice, every list used.

The word lists live in ``arnews/lexicon/``, one module per domain. A concept that two
extractors share (person titles, organisations, countries) is listed in one module and
imported by the others, so that the two cannot drift apart.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

import arnews
import arnews.lexicon
from arnews.lexicon import actors, calendar, numbers, sources, speech

PACKAGE = Path(arnews.__file__).resolve().parent

MODULES: list[ModuleType] = [
    importlib.import_module(f"arnews.lexicon.{info.name}")
    for info in pkgutil.iter_modules(arnews.lexicon.__path__)
]

# Public names that only the tests read, with the reason (an entry here is a debt).
USED_BY_TESTS_ONLY = {
    # quotes._COMP writes the complementizers into its pattern itself
    "COMPLEMENTIZERS",
}


def _public(module: ModuleType) -> dict[str, object]:
    return {name: getattr(module, name) for name in getattr(module, "__all__", ())}


def _word_lists() -> list[tuple[str, str, object]]:
    return [
        (module.__name__, name, value)
        for module in MODULES
        for name, value in _public(module).items()
        if isinstance(value, (tuple, dict))
    ]


@pytest.mark.parametrize(("module", "name", "value"), _word_lists())
def test_no_entry_is_listed_twice(module: str, name: str, value: object) -> None:
    assert isinstance(value, (tuple, dict))
    counts = Counter(word for word in value if isinstance(word, str))
    twice = sorted(word for word, count in counts.items() if count > 1)
    assert not twice, f"{module}.{name} lists {twice} twice"


def test_a_concept_shared_by_modules_is_one_object() -> None:
    seen: dict[str, tuple[str, object]] = {}
    for module in MODULES:
        for name, value in _public(module).items():
            if name in seen:
                first_module, first_value = seen[name]
                assert value is first_value, (
                    f"{name} is listed in {first_module} and again in {module.__name__}: "
                    "list it once and import it"
                )
            else:
                seen[name] = (module.__name__, value)


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        (speech.PERSON_TITLES, actors.PERSON_TITLES),
        (sources.PERSON_TITLES, actors.PERSON_TITLES),
        (sources.ORGANIZATIONS, actors.ORGANIZATIONS),
        (sources.COUNTRIES, actors.COUNTRIES),
    ],
)
def test_titles_organisations_and_countries_come_from_actors(
    copy: object, original: object
) -> None:
    assert copy is original


def test_month_names_with_an_ordinal_come_from_the_calendar() -> None:
    months = {*calendar.GREGORIAN_MONTHS, *calendar.HIJRI_MONTHS}
    assert set(numbers.MONTH_WORDS) <= months
    assert {"كانون الأول", "تشرين الثاني", "ربيع الآخر", "جمادى الأولى"} <= set(numbers.MONTH_WORDS)


def test_capitals_name_known_countries() -> None:
    assert set(actors.CAPITALS.values()) <= set(actors.COUNTRIES)
    assert len(actors.COUNTRIES_AND_CAPITALS) == len(set(actors.COUNTRIES_AND_CAPITALS))


def _library_source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))


def test_every_public_list_is_used_by_the_library() -> None:
    names = Counter(re.findall(r"\b[A-Za-z_][A-Za-z0-9_]*\b", _library_source()))
    unused = []
    for module in MODULES:
        for name in _public(module):
            # the definition and the __all__ entry do not count as uses
            uses = names[name] - 2
            if uses < 1 and name not in USED_BY_TESTS_ONLY:
                unused.append(f"{module.__name__}.{name}")
    assert not unused, unused


# The shared lists reach every extractor: a body named in full speaks in a quote and is a
# source in an attribution; a title known to one extractor is known to the others.
SPEAKERS = [
    ("وقالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف", "منظمة أطباء بلا حدود"),
    ("وأكد صندوق النقد الدولي أن النمو سيتباطأ هذا العام", "صندوق النقد الدولي"),
    ("وقالت الأونروا إن المدارس ستفتح أبوابها", "الأونروا"),
    ("وقالت الطبيبة إن حالة المريض مستقرة", "الطبيبة"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_named_bodies_and_titles_speak(text: str, speaker: str) -> None:
    assert [q.speaker for q in arnews.find_quotes(text)] == [speaker]


SOURCES = [
    ("وبحسب الكرملين، فإن الزيارة ستتم الشهر المقبل", "الكرملين"),
    ("وبحسب البروفيسور، فإن الدواء فعال", "البروفيسور"),
    ("ويتوقع خبراء أن ترتفع الأسعار", "خبراء"),
    ("وذكرت الأونروا أن آلاف العائلات نزحت", "الأونروا"),
]


@pytest.mark.parametrize(("text", "source"), SOURCES)
def test_named_bodies_and_experts_are_sources(text: str, source: str) -> None:
    assert source in [a.source for a in arnews.find_attributions(text)]
