"""Durations: digits, spelled numbers, duals, fractions, qualifiers, vague plurals (none), the
منذ distinction, traps, precomputed numbers and the seed gold."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.dates import extract_dates
from arnews.durations import extract_durations, find_durations
from arnews.mentions import DateMention
from arnews.numerals import extract_numbers
from arnews.text import normalize_with_offsets
from tests.conftest import Seed, overlapping

# (sentence, mention text, value, unit, qualifier)
DURATIONS = [
    ("استمرت المفاوضات ثلاثة أيام", "ثلاثة أيام", 3, "day", None),
    ("اعتصم المحتجون سبعة أيام في الساحة", "سبعة أيام", 7, "day", None),
    ("أمهل الجيش المسلحين يومين", "يومين", 2, "day", None),
    ("هدنة لمدة 48 ساعة", "48 ساعة", 48, "hour", None),
    ("هدنة لمدة ٧٢ ساعة", "٧٢ ساعة", 72, "hour", None),
    ("قضى في السجن خمس سنوات", "خمس سنوات", 5, "year", None),
    ("لم يزر البلاد منذ خمس سنوات", "خمس سنوات", 5, "year", None),
    ("تعطل المشروع منذ عامين", "عامين", 2, "year", None),
    ("أغلق المعبر لمدة أسبوع", "أسبوع", 1, "week", None),
    ("استمر الحصار نحو شهرين", "نحو شهرين", 2, "month", "approx"),
    ("انتظر المسافرون نصف ساعة", "نصف ساعة", 0.5, "hour", None),
    ("استغرق الاجتماع ساعة ونصف", "ساعة ونصف", 1.5, "hour", None),
    ("تأخرت الرحلة ساعتين ونصف", "ساعتين ونصف", 2.5, "hour", None),
    ("دامت الجلسة ثلاث ساعات ونصف", "ثلاث ساعات ونصف", 3.5, "hour", None),
    ("استمرت المحادثات أكثر من 13 ساعة", "أكثر من 13 ساعة", 13, "hour", "more_than"),
    ("بقي محتجزا أكثر من تسع ساعات", "أكثر من تسع ساعات", 9, "hour", "more_than"),
    ("انتهى الإحصاء في أقل من دقيقة", "أقل من دقيقة", 1, "minute", "less_than"),
    ("سجن ما لا يقل عن 20 عاما", "ما لا يقل عن 20 عاما", 20, "year", "at_least"),
    ("وصل بعد قرابة ١٠ دقائق", "قرابة ١٠ دقائق", 10, "minute", "approx"),
    ("شارك أزيد من 3 ساعات", "أزيد من 3 ساعات", 3, "hour", "more_than"),
    ("خلال أسبوعين", "أسبوعين", 2, "week", None),
    ("ظل معتقلا عشرة أشهر", "عشرة أشهر", 10, "month", None),
    ("أمام الحكومة مئة يوم", "مئة يوم", 100, "day", None),
    ("دقيقة صمت استمرت ثلاثين ثانية", "ثلاثين ثانية", 30, "second", None),
    ("تستمر الدورة أربعة أسابيع", "أربعة أسابيع", 4, "week", None),
    ("انتظر 2.5 ساعة", "2.5 ساعة", 2.5, "hour", None),
    ("ربع ساعة فقط", "ربع ساعة", 0.25, "hour", None),
    ("خلال السنوات الخمس الماضية", "السنوات الخمس", 5, "year", None),
    ("في الأيام الثلاثة الأخيرة", "الأيام الثلاثة", 3, "day", None),
    ("خلال الـ24 ساعة الماضية", "الـ24 ساعة", 24, "hour", None),
    ("الساعات الـ48 المقبلة حاسمة", "الساعات الـ48", 48, "hour", None),
    # a genitive between a plural and its count (Levant, Gulf)
    ("خلال سنوات الحرب السبع ولد آلاف الأطفال", "سنوات الحرب السبع", 7, "year", None),
    ("طوال أيام العيد الثلاثة", "أيام العيد الثلاثة", 3, "day", None),
    # digits in brackets (Gulf sports pages)
    ("أقام الفريق معسكرا لمدة (16) يوما", "(16) يوما", 16, "day", None),
    ("مدة العقد (3) سنوات", "(3) سنوات", 3, "year", None),
    # a unit and واحد
    ("تقرر تأجيل البطولة لعام واحد", "عام واحد", 1, "year", None),
    ("توقف البث ساعة واحدة فقط", "ساعة واحدة", 1, "hour", None),
    # a lone unit after a verb of lasting or needing, or غضون
    ("واستمر الاجتماع ساعة في مقر المحكمة", "ساعة", 1, "hour", None),
    ("دامت المعركة يوما كاملا", "يوما", 1, "day", None),
    ("سيحسم أمره في غضون أسبوع", "أسبوع", 1, "week", None),
    ("قال «أنا بحاجة إلى أسبوع لأقرر»", "أسبوع", 1, "week", None),
    ("الفريق يحتاج إلى شهر باش يرجع", "شهر", 1, "month", None),
    ("وصل قبل أسبوع", "أسبوع", 1, "week", None),
    ("توفي بعد يوم من الهجوم", "يوم", 1, "day", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "qualifier"), DURATIONS)
def test_one_duration_in_sentence(
    sentence: str, text: str, value: float, unit: str, qualifier: str | None
) -> None:
    found = find_durations(sentence)
    assert [(d.text, d.value, d.unit, d.qualifier) for d in found] == [
        (text, value, unit, qualifier)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "منذ عام 2011",  # a date (since a year), not a duration
        "منذ 2011",
        "في عام 2016",
        "خلال شهر رمضان",  # a month, not "one month"
        "خلال يوم الجمعة",
        "طوال العام الدراسي",
        "لم يكن يوما مع الحرب",  # يوما = ever
        "يوما بعد يوم",
        "عاما تلو عام",
        "قبل يوم الجمعة",
        "بعد شهر رمضان",
        "في اليوم الثاني من الزيارة",
        "شهر رمضان المبارك",
        "وقال وزير الدفاع",
        # vague plurals are not durations (no count is written)
        "بعد ساعات من الهجوم",
        "استمر القصف لعدة أيام",
        "منذ سنوات طويلة",
        "خلال سنوات الحرب الأهلية",
        "",
    ],
)
def test_not_durations(sentence: str) -> None:
    assert find_durations(sentence) == ()


def test_several_durations_in_order() -> None:
    text = "بعد يومين من المفاوضات التي استمرت 13 ساعة، أعلن هدنة لمدة سبعة أيام"
    found = find_durations(text)
    assert [(d.value, d.unit) for d in found] == [(2, "day"), (13, "hour"), (7, "day")]
    assert all(text[d.start : d.end] == d.text for d in found)


def test_precomputed_numbers_give_the_same_result() -> None:
    text = "استمرت المحادثات أكثر من ثلاث ساعات، ثم سبعة أيام، وتنتهي بعد 48 ساعة"
    nt = normalize_with_offsets(text)
    assert extract_durations(nt, extract_numbers(nt)) == extract_durations(nt)
    assert [d.value for d in extract_durations(nt)] == [3, 7, 48]


def test_precomputed_dates_give_the_same_result() -> None:
    text = "منذ عام 2011 استمرت الحرب خمس سنوات، وفي 12 سبتمبر 2016 بدأت هدنة لمدة 48 ساعة"
    nt = normalize_with_offsets(text)
    dates = extract_dates(nt)
    with_dates = extract_durations(nt, extract_numbers(nt), dates)
    assert with_dates == extract_durations(nt)
    assert [d.text for d in with_dates] == ["خمس سنوات", "48 ساعة"]


def test_precomputed_dates_are_used() -> None:
    # A duration inside a date that was passed in is dropped; without dates it stays.
    nt = normalize_with_offsets("استمرت ثلاثة أيام")
    fake = (DateMention(start=0, end=len(nt.original), text=nt.original, iso=None),)
    assert extract_durations(nt, dates=fake) == ()
    assert len(extract_durations(nt, dates=())) == 1


def test_precomputed_numbers_are_used() -> None:
    # Only the numbers passed in are read as spelled counts.
    nt = normalize_with_offsets("استمرت سبعة أيام")
    assert extract_durations(nt, ()) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ثلاثة \u200fأيام", 3),  # a bidi mark between the words (scraped text)
        ("14,240\u2060سنوات", 14240),
        ("ثلاث ساعات \u200fونصف", 3.5),
    ],
)
def test_invisible_marks_between_number_and_unit(text: str, value: float) -> None:
    (found,) = find_durations(text)
    assert found.value == value
    assert found.text == text[found.start : found.end]


def test_digits_python_cannot_read_do_not_raise() -> None:
    assert find_durations("\U00016d70\U00016d71 يوما") == ()


@pytest.mark.parametrize("text", ["ثلاثة سنتين", "2,328 سنتين"])
def test_number_before_a_dual_gives_one_duration(text: str) -> None:
    assert [(d.text, d.value) for d in find_durations(text)] == [("سنتين", 2)]


def test_diacritics_kept_in_text() -> None:
    text = "اسْتَمَرَّتْ ثَلَاثَ سَاعَاتٍ"
    (found,) = find_durations(text)
    assert found.text == text[found.start : found.end]
    assert (found.value, found.unit) == (3, "hour")


@pytest.mark.parametrize("bad", [None, b"3 days", 3])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        find_durations(bad)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_offsets_hold(text: str) -> None:
    for d in find_durations(text):
        assert text[d.start : d.end] == d.text


_SOUP = [
    *"0123456789٠١٢٣٤٥٦٧٨٩. ،",
    *[
        "ساعة",
        "ساعات",
        "يومين",
        "أيام",
        "عام",
        "عاما",
        "سنوات",
        "أسبوع",
        "شهرين",
        "دقيقة",
        "نصف",
        "ونصف",
        "ثلاثة",
        "سبعة",
    ],
    *["أكثر", "من", "نحو", "لمدة", "منذ", "خلال", "الـ", "السنوات", "الخمس", "و"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=30).map(" ".join))
def test_duration_like_soup(text: str) -> None:
    found = find_durations(text)
    assert list(found) == sorted(found, key=lambda d: (d.start, d.end))
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    for d in found:
        assert text[d.start : d.end] == d.text
        assert d.value >= 0


@pytest.mark.parametrize("count", [1, 3, 7, 12])
@pytest.mark.parametrize(
    ("unit_word", "unit"),
    [("ساعة", "hour"), ("يوما", "day"), ("دقيقة", "minute"), ("أسبوعا", "week")],
)
def test_digit_counts_round_trip(count: int, unit_word: str, unit: str) -> None:
    text = f"انتظر المسافرون {count * 11} {unit_word} في المطار"
    (found,) = find_durations(text)
    assert (found.value, found.unit) == (count * 11, unit)


def test_seed_gold_durations(seed: Seed) -> None:
    found = find_durations(seed.text)
    gold = seed.spans("durations")
    for g in gold:
        if g.optional:
            continue
        hits = list(overlapping(g.start, g.end, found))
        assert [(h.value, h.unit) for h in hits] == [(g.data["value"], g.data["unit"])], g.data
        if "qualifier" in g.data:
            assert hits[0].qualifier == g.data["qualifier"]
    for mention in found:
        assert any(overlapping(mention.start, mention.end, gold)), mention.text


# Rule "decade" (issue 17): عقد is ten years (DurationUnit has no decade); a lone عقد or
# عقدين is a decade only after a lead of extent, never when it is a contract or "held".
DECADES = [
    ("حكم الرئيس البلاد ثلاثة عقود", "ثلاثة عقود", 30, None),  # Gulf
    ("الحصار مفروض من نحو عقد", "نحو عقد", 10, "approx"),  # Levantine
    ("ما شفناش حاجة زي كده من عقدين", "عقدين", 20, None),  # Egyptian
    ("خدم في الجيش قبل عقدين من الزمن", "عقدين", 20, None),
    ("عاش في فرنسا أكثر من عقد", "أكثر من عقد", 10, "more_than"),  # Maghrebi
    ("اغتيل قبل 3 عقود", "3 عقود", 30, None),
    ("استمر النزاع على مدى عقد كامل", "عقد", 10, None),
    ("غاب عن البلاد منذ عقد ونصف", "عقد ونصف", 15, None),
    ("حققت في العقود الثلاثة الماضية نموا", "العقود الثلاثة", 30, None),
    ("تراجعت الأسعار خلال نصف عقد", "نصف عقد", 5, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "qualifier"), DECADES)
def test_decade_is_ten_years(sentence: str, text: str, value: int, qualifier: str | None) -> None:
    found = find_durations(sentence)
    assert [(d.text, d.value, d.unit, d.qualifier) for d in found] == [
        (text, value, "year", qualifier)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقع النادي عقدين مع اللاعب",  # two contracts
        "وقعت الوزارة ثلاثة عقود مع شركات محلية",
        "دفعت الشركة قيمة 22 عقداً",
        "عقد الوزير اجتماعا مع السفير",  # held
        "بعد عقد جلسة طارئة",  # after holding a session
        "منذ عقود",  # a bare plural is vague
    ],
)
def test_contracts_and_holding_are_not_decades(sentence: str) -> None:
    assert find_durations(sentence) == ()
