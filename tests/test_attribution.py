"""Attributions: tables of sentences in the styles of several outlets, plus properties."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.attribution import find_attributions
from arnews.mentions import Attribution

Row = tuple[str, str, str, bool]  # source, cue, kind, anonymous


def summary(text: str) -> list[Row]:
    return [(a.source, a.cue, a.kind, a.anonymous) for a in find_attributions(text)]


# Cue phrase + source. Styles: AFP Arabic (وفق ما أفاد، بحسب), Gulf papers (طبقا لـ،
# استنادا إلى), Egyptian sites (نقلا عن، على لسان), Levantine agencies, Maghrebi sites.
CUE_CASES: list[tuple[str, list[Row]]] = [
    (
        "قتل 15 شخصا، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
        [("المرصد السوري لحقوق الإنسان", "وفق ما أفاد", "organization", False)],
    ),
    (
        "ارتفع عدد القتلى إلى 30 بحسب وكالة رويترز.",
        [("رويترز", "بحسب", "media", False)],
    ),
    (
        "وذلك حسبما ذكرت وكالة الأنباء السعودية (واس).",
        [("واس", "حسبما ذكرت", "media", False)],
    ),
    (
        "وفقاً لوكالة الأناضول التركية، وصل الوفد إلى أنقرة.",
        [("الأناضول", "وفقاً لـ", "media", False)],
    ),
    (
        "وفقا للمرصد السوري، قتل عشرة مدنيين.",
        [("المرصد السوري", "وفقا لـ", "organization", False)],
    ),
    (
        "طبقا لوزارة الصحة الفلسطينية فإن الحصيلة ارتفعت.",
        [("وزارة الصحة الفلسطينية", "طبقا لـ", "organization", False)],
    ),
    (
        "استنادا إلى تقرير سري، تراجعت الصادرات.",
        [("تقرير سري", "استنادا إلى", "document", False)],
    ),
    (
        "نقلا عن مصادر مطلعة، فإن الاجتماع تأجل.",
        [("مصادر مطلعة", "نقلا عن", "unnamed", True)],
    ),
    (
        "جاء ذلك على لسان وزير الخارجية المصري سامح شكري خلال مؤتمر.",
        [("وزير الخارجية المصري سامح شكري", "على لسان", "person", False)],
    ),
    (
        'وفي حديث لوكالة "إنترفاكس" قال المصدر إن الحوار مستمر.',
        [("إنترفاكس", "في حديث لـ", "media", False), ("المصدر", "قال", "unnamed", True)],
    ),
    (
        'وأضاف في تصريح لصحيفة «الشرق الأوسط» أن المفاوضات مستمرة.',
        [("الشرق الأوسط", "في تصريح لـ", "media", False)],
    ),
    (
        'وقال في مقابلة مع قناة "العربية" إن الاتفاق قريب.',
        [("العربية", "في مقابلة مع", "media", False)],
    ),
    (
        "وبحسب الأمم المتحدة، نزح أكثر من مليون شخص.",
        [("الأمم المتحدة", "بحسب", "organization", False)],
    ),
    (
        "ويتوقع نمو الاقتصاد 3% وفق البنك الدولي.",
        [("البنك الدولي", "وفق", "organization", False)],
    ),
    (
        "ذلك ما أكدته أرقام رسمية، بحسب ما نقلت وكالة فرانس برس.",
        [("فرانس برس", "بحسب ما نقلت", "media", False)],
    ),
    (
        # Eastern digits and a Maghrebi site named in guillemets.
        "توفي ٣ أشخاص حسب موقع «هسبريس» المغربي.",
        [("هسبريس", "حسب", "media", False)],
    ),
    (
        'وبحسب وثائق مسربة اطلعت عليها صحيفة "واشنطن بوست"، فإن المقترح جديد.',
        [
            ("وثائق مسربة", "بحسب", "document", False),
            ("واشنطن بوست", "اطلعت عليها", "media", False),
        ],
    ),
    (
        "وأشار تقرير لصحيفة نيويورك تايمز إلى أن المحادثات فشلت.",
        [("نيويورك تايمز", "أشار تقرير لـ", "media", False)],
    ),
]

# Reporting verb + source: media, monitoring organisations and unnamed sources.
VERB_CASES: list[tuple[str, list[Row]]] = [
    ("وقال المرصد إن الغارات استهدفت حيا سكنيا.", [("المرصد", "قال", "organization", False)]),
    (
        "وذكرت وكالة الأنباء الكويتية (كونا) أن الأمير استقبل الوزير.",
        [("كونا", "ذكرت", "media", False)],
    ),
    ("وأفادت سانا بأن الجيش تقدم.", [("سانا", "أفادت", "media", False)]),
    ("وقال مسؤول أميركي كبير إن كيري يتشاور.", [("مسؤول أميركي كبير", "قال", "unnamed", True)]),
    ("ويرى متابعون أن الخلافات كبيرة.", [("متابعون", "يرى", "unnamed", True)]),
    (
        "وحمّل مصدر في الوفد الروسي إلى جنيف واشنطن المسؤولية.",
        [("مصدر في الوفد الروسي", "حمّل", "unnamed", True)],
    ),
    (
        "وقالت مصادر دبلوماسية غربية إن الاجتماع تأجل.",
        [("مصادر دبلوماسية غربية", "قالت", "unnamed", True)],
    ),
    ("وقال شهود عيان إن الانفجار كان قويا.", [("شهود عيان", "قال", "unnamed", True)]),
    (
        "وأفاد مراسل الجزيرة بأن القصف تجدد.",
        [("الجزيرة", "أفاد", "media", False)],
    ),
    (
        "وكان مسؤول أميركي قد تحدث عن تقدم في المحادثات.",
        [("مسؤول أميركي", "تحدث", "unnamed", True)],
    ),
    (
        'ونشرت النص الكامل وكالة الأنباء السورية "سانا".',
        [("سانا", "نشرت", "media", False)],
    ),
    (
        "وقال مسؤول عراقي رفض الكشف عن اسمه إن الهجوم صد.",
        [("مسؤول عراقي", "قال", "unnamed", True)],
    ),
]

# Credits: credit lines, agencies in parentheses, Latin photo credits.
CREDIT_CASES: list[tuple[str, list[Row]]] = [
    (
        "المصدر : الجزيرة + وكالات",
        [("الجزيرة", "المصدر", "media", False), ("وكالات", "المصدر", "media", True)],
    ),
    ("المصدر: وكالات", [("وكالات", "المصدر", "media", True)]),
    (
        "كيري ولافروف قالا إن هناك بضع مسائل (رويترز)",
        [("رويترز", "", "media", False)],
    ),
    ("جانب من الدمار في حلب (أ ف ب)", [("أ ف ب", "", "media", False)]),
    (
        "attend a news conference in Geneva. REUTERS/Pierre Albouy",
        [("REUTERS", "", "media", False)],
    ),
    ("Syrian civil defence members. AFP/Getty Images", [("AFP", "", "media", False)]),
]

# Not attributions.
NEGATIVE_CASES: list[str] = [
    "وزير الخارجية الروسي سيرغي لافروف (يمين) مصافحا نظيره الأميركي",
    "يذكر أن هذه هي الدفعة الأولى من المقاتلين.",
    "وقال وزير الخارجية الأميركي جون كيري إن الجانبين حققا وضوحا.",
    "غير أن الكرملين أعلن الجمعة أنه لم يتم بحث الموضوع.",
    "وكانت وزارة الخارجية الأميركية نفت حدوث توقف في المحادثات.",
    "وحمل الرئيس المسؤولية للحكومة، ومسؤولية الفشل كبيرة.",
    "وقع الطرفان 5 وثائق في جنيف.",
    "يشكل النفط مصدر دخل رئيسيا للبلاد.",
    "وقال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات لم تبحث التعاون.",
    "",
    "(((((((",
    '""""',
]


@pytest.mark.parametrize(("text", "expected"), CUE_CASES + VERB_CASES + CREDIT_CASES)
def test_table(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_not_attributions(text: str) -> None:
    assert find_attributions(text) == ()


def test_spans_cover_cue_and_source() -> None:
    text = "قتل 15 شخصا، وفق ما أفاد المرصد السوري لحقوق الإنسان."
    (a,) = find_attributions(text)
    assert a.text == "وفق ما أفاد المرصد السوري لحقوق الإنسان"
    assert text[a.start : a.end] == a.text


def test_one_source_for_two_names() -> None:
    (a,) = find_attributions('ونشرت الخبر وكالة الأنباء السورية "سانا".')
    assert a.source == "سانا"
    assert a.text == 'وكالة الأنباء السورية "سانا"'


def test_credit_spans_each_source() -> None:
    text = "نص الخبر\n\nالمصدر : الجزيرة + وكالات"
    sources = [text[a.start : a.end] for a in find_attributions(text)]
    assert sources == ["الجزيرة", "وكالات"]


def test_diacritics_and_eastern_digits_keep_offsets() -> None:
    text = "قُتِلَ ١٥ شخصاً، وَفقَ ما أفادَ المرصدُ السوريُّ لحقوقِ الإنسانِ."
    (a,) = find_attributions(text)
    assert a.source == "المرصدُ السوريُّ لحقوقِ الإنسانِ"
    assert text[a.start : a.end] == a.text


def test_dateline_source_is_not_an_attribution() -> None:
    text = "بيروت (رويترز) - قال مسؤول إن الوضع هادئ."
    assert summary(text) == [("مسؤول", "قال", "unnamed", True)]


def test_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_attributions(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_attributions(None)  # type: ignore[arg-type]


def test_pickle_round_trip() -> None:
    found = find_attributions("قال مسؤول أميركي كبير إن المحادثات مستمرة")
    assert pickle.loads(pickle.dumps(found)) == found


def test_long_repetitions_return() -> None:
    assert len(find_attributions("بحسب " * 20000)) == 0
    text = "وقال مسؤول أميركي إن " * 2000
    found = find_attributions(text)
    assert len(found) == 2000
    assert all(text[a.start : a.end] == a.text for a in found)


@given(st.text())
def test_any_text(text: str) -> None:
    for a in find_attributions(text):
        assert isinstance(a, Attribution)
        assert text[a.start : a.end] == a.text
        assert a.kind in ("media", "organization", "person", "document", "unnamed")


ARABIC_NOISE = st.text(
    alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءأإآى،:\"«»()-\n0123456789٠١٢٣", max_size=60
)


@given(ARABIC_NOISE, ARABIC_NOISE)
def test_arabic_noise_keeps_offsets(before: str, after: str) -> None:
    text = before + " وفق ما أفاد المرصد السوري " + after
    for a in find_attributions(text):
        assert text[a.start : a.end] == a.text


# cue × source × position -> the attribution
GEN_CUES = ["بحسب", "وفق", "حسب", "نقلا عن", "وفق ما أفادت", "بحسب ما ذكرت"]
GEN_SOURCES: list[tuple[str, str, str, bool]] = [
    ('صحيفة "الغارديان"', "الغارديان", "media", False),
    ("وكالة شينخوا", "شينخوا", "media", False),
    ("رويترز", "رويترز", "media", False),
    ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "organization", False),
    ("منظمة الصحة العالمية", "منظمة الصحة العالمية", "organization", False),
    ("مصادر أمنية", "مصادر أمنية", "unnamed", True),
    ("مسؤول حكومي", "مسؤول حكومي", "unnamed", True),
    ("تقرير أممي", "تقرير أممي", "document", False),
]
GEN_CONTEXT = ["قتل 12 شخصا", "ارتفعت الأسعار 5%", "تأجل الاجتماع إلى الأسبوع المقبل"]


@given(
    st.sampled_from(GEN_CUES),
    st.sampled_from(GEN_SOURCES),
    st.sampled_from(GEN_CONTEXT),
    st.sampled_from(["before", "after"]),
    st.sampled_from(["", "و"]),
)
def test_generated(
    cue: str, source: tuple[str, str, str, bool], context: str, position: str, prefix: str
) -> None:
    written, name, kind, anonymous = source
    phrase = f"{prefix}{cue} {written}"
    text = f"{phrase}، {context}." if position == "before" else f"{context}، {phrase}."
    found = find_attributions(text)
    assert [(a.source, a.cue, a.kind, a.anonymous) for a in found] == [
        (name, cue, kind, anonymous)
    ]
    assert found[0].text == f"{cue} {written}"
