"""Quoted speech: tables of reporting frames in the styles of several outlets, the hard
cases seen in real articles, hypothesis properties, and the seed gold.

The sentences are written for these tests in the house styles of Gulf agencies (واس، وام،
قنا), Egyptian papers (الأهرام، أ ش أ), Levantine outlets (الوكالة الوطنية، النهار),
Maghrebi sites (هسبريس، ماب) and the pan-Arab wires (رويترز، فرانس برس، الجزيرة).
"""

from __future__ import annotations

import functools
import pickle
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews import quote_cues, quote_marks
from arnews.mentions import Quote
from arnews.quotes import find_quotes, pair_quote_marks
from arnews.text import normalize, normalize_with_offsets
from tests.conftest import Seed, overlapping

Row = tuple[str | None, str, str, str]  # speaker, cue, kind, content


def summary(text: str) -> list[Row]:
    return [(q.speaker, q.cue, q.kind, q.content) for q in find_quotes(text)]


# --------------------------------------------------------------------------------------
# Speaker before the content: title + name, organisations, unnamed sources, groups.

SPEAKER_FIRST: list[tuple[str, list[Row]]] = [
    # WAM (UAE): honorific title + compound name with بن
    (
        "وقال الشيخ محمد بن زايد إن الإمارات ماضية في دعم الاستقرار في المنطقة.",
        [("محمد بن زايد", "قال", "indirect", "الإمارات ماضية في دعم الاستقرار في المنطقة")],
    ),
    # Ahram (Egypt): title + name, apposition between commas
    (
        "وأكد الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، أن الحكومة تعمل على خفض التضخم.",
        [("مصطفى مدبولي", "أكد", "indirect", "الحكومة تعمل على خفض التضخم")],
    ),
    # Egypt: a title chain with an organisation (رئيس مجلس الوزراء الدكتور ...)
    (
        "من جانبه، أكد رئيس مجلس الوزراء الدكتور مصطفى مدبولي أن الحكومة تستهدف خفض "
        "البطالة.",
        [("مصطفى مدبولي", "أكد", "indirect", "الحكومة تستهدف خفض البطالة")],
    ),
    # NNA (Lebanon): nationality adjective + name, guillemets
    (
        "وقال وزير الخارجية اللبناني جبران باسيل: «لن نقبل بتوطين اللاجئين على أرضنا».",
        [("جبران باسيل", "قال", "direct", "لن نقبل بتوطين اللاجئين على أرضنا")],
    ),
    # MAP (Morocco): compound name with عبد
    (
        "وأوضح وزير الداخلية المغربي عبد الوافي لفتيت أن الانتخابات ستجري في موعدها.",
        [("عبد الوافي لفتيت", "أوضح", "indirect", "الانتخابات ستجري في موعدها")],
    ),
    # Hespress (Morocco): spokesperson باسم + definite surname
    (
        "وقال الناطق باسم الحكومة المغربية مصطفى الخلفي إن المملكة ترفض أي تدخل في "
        "شؤونها الداخلية.",
        [("مصطفى الخلفي", "قال", "indirect", "المملكة ترفض أي تدخل في شؤونها الداخلية")],
    ),
    # BNA (Bahrain)
    (
        "وأكد وزير الخارجية البحريني عبد اللطيف الزياني أن المنامة تدعم جهود التهدئة.",
        [("عبد اللطيف الزياني", "أكد", "indirect", "المنامة تدعم جهود التهدئة")],
    ),
    # Petra (Jordan): definite surname after a title, then a participle with a quote
    (
        "وقال رئيس الوزراء الأردني بشر الخصاونة إن المملكة ستواصل دعم الأشقاء، مضيفا أن "
        '"الأردن لن يتخلى عن دوره التاريخي".',
        [
            ("بشر الخصاونة", "قال", "indirect", "المملكة ستواصل دعم الأشقاء"),
            ("بشر الخصاونة", "مضيفا", "mixed", "الأردن لن يتخلى عن دوره التاريخي"),
        ],
    ),
    # TASS in Arabic: spokesman باسم + organisation + name, addressees before إن
    (
        "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن بوتين لم يتخذ قرارا بعد.",
        [("دميتري بيسكوف", "قال", "indirect", "بوتين لم يتخذ قرارا بعد")],
    ),
    # two-part first names, with and without a title
    (
        "وقال سيف الإسلام القذافي إن الانتخابات ستجري في موعدها.",
        [("سيف الإسلام القذافي", "قال", "indirect", "الانتخابات ستجري في موعدها")],
    ),
    (
        "قال نور الدين زكري إن الفريق جاهز.",
        [("نور الدين زكري", "قال", "indirect", "الفريق جاهز")],
    ),
    (
        "وقال الرئيس بشار الأسد الجمعة إن الحرب ستنتهي.",
        [("بشار الأسد", "قال", "indirect", "الحرب ستنتهي")],
    ),
    # genitive organisation inside the title
    (
        "وحذر الأمين العام لجامعة الدول العربية أحمد أبو الغيط من خطورة التصعيد.",
        [("أحمد أبو الغيط", "حذر", "indirect", "خطورة التصعيد")],
    ),
    # organisations, ministries and documents speak
    (
        "وقالت الوزارة في بيان إن الحدود ستبقى مغلقة حتى إشعار آخر.",
        [("الوزارة", "قالت", "indirect", "الحدود ستبقى مغلقة حتى إشعار آخر")],
    ),
    (
        "وأعلن الجيش اللبناني في بيان أنه أوقف ثلاثة أشخاص.",
        [("الجيش اللبناني", "أعلن", "indirect", "أوقف ثلاثة أشخاص")],
    ),
    (
        "أفاد بلاغ لوزارة الداخلية، صدر مساء الخميس، بأن السلطات أحبطت محاولة للهجرة.",
        [("بلاغ لوزارة الداخلية", "أفاد", "indirect", "السلطات أحبطت محاولة للهجرة")],
    ),
    # unnamed sources and groups
    (
        "قال مصدر في الوفد الروسي إن المحادثات تعثرت.",
        [("مصدر في الوفد الروسي", "قال", "indirect", "المحادثات تعثرت")],
    ),
    (
        "وقال شهود عيان إن الانفجار وقع قرب السوق.",
        [("شهود عيان", "قال", "indirect", "الانفجار وقع قرب السوق")],
    ),
    (
        "وقال ناشطون إن الطائرات قصفت البلدة.",
        [("ناشطون", "قال", "indirect", "الطائرات قصفت البلدة")],
    ),
    (
        "فيما قال مسؤول عسكري إن القوات تقدمت نحو المدينة.",
        [("مسؤول عسكري", "قال", "indirect", "القوات تقدمت نحو المدينة")],
    ),
    # a one-word definite subject before a colon or a preposition
    (
        "وقال المدرب: ‘سنقاتل حتى النهاية في هذه البطولة’.",
        [("المدرب", "قال", "direct", "سنقاتل حتى النهاية في هذه البطولة")],
    ),
    (
        'وقال الكاتب في كتابه "الطريق إلى دمشق" إن الحرب ستطول.',
        [("الكاتب", "قال", "indirect", "الحرب ستطول")],
    ),
    # present tense and plural subjects
    (
        "ويقول الخبراء إن الأسعار سترتفع خلال الأشهر المقبلة.",
        [("الخبراء", "يقول", "indirect", "الأسعار سترتفع خلال الأشهر المقبلة")],
    ),
    (
        "وأكد المحتجون أنهم لن يغادروا الساحة قبل تحقيق مطالبهم.",
        [("المحتجون", "أكد", "indirect", "لن يغادروا الساحة قبل تحقيق مطالبهم")],
    ),
    # كما / فيما before the cue
    (
        "كما أكد الوزير أن بلاده لن تتراجع عن قرارها.",
        [("الوزير", "أكد", "indirect", "بلاده لن تتراجع عن قرارها")],
    ),
    # Eastern Arabic digits are kept as written in the content
    (
        "وقال المرصد إن ١٥ شخصا قتلوا في القصف.",
        [("المرصد", "قال", "indirect", "١٥ شخصا قتلوا في القصف")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_FIRST)
def test_speaker_first(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# --------------------------------------------------------------------------------------
# Quote marks: every style, reversed guillemets, unbalanced, nested, speaker after.

MARKS: list[tuple[str, list[Row]]] = [
    (
        "وقال الوزير: » لسنا رجال قضاء، ولن نتدخل في عمل المحاكم « .",
        [("الوزير", "قال", "direct", "لسنا رجال قضاء، ولن نتدخل في عمل المحاكم")],
    ),
    (
        "وقالت المتحدثة باسم الخارجية الأمريكية: “نحن قلقون للغاية من هذه التطورات”.",
        [
            (
                "المتحدثة باسم الخارجية الأمريكية",
                "قالت",
                "direct",
                "نحن قلقون للغاية من هذه التطورات",
            )
        ],
    ),
    (
        "وقال الوزير: ”لن نقبل بأي تسوية على حساب شعبنا“.",
        [("الوزير", "قال", "direct", "لن نقبل بأي تسوية على حساب شعبنا")],
    ),
    (
        "وقال اللاعب: 'نحن جاهزون تماما للمباراة النهائية'.",
        [("اللاعب", "قال", "direct", "نحن جاهزون تماما للمباراة النهائية")],
    ),
    # a quote that spans sentences
    (
        'وقال كيري: "لا نريد اتفاقا من أجل الاتفاق. نريد شيئا فعالا يفيد الشعب السوري".',
        [
            (
                "كيري",
                "قال",
                "direct",
                "لا نريد اتفاقا من أجل الاتفاق. نريد شيئا فعالا يفيد الشعب السوري",
            )
        ],
    ),
    # a missing closing mark ends the quote at the paragraph end
    (
        'وقال مسؤول أمني: "الوضع خطير جدا في المنطقة الشمالية\n\nفي سياق آخر، ارتفعت '
        "أسعار النفط.",
        [("مسؤول أمني", "قال", "direct", "الوضع خطير جدا في المنطقة الشمالية")],
    ),
    # a stray closing mark does not swallow the next paragraph
    (
        'قتل 15 شخصا في الغارة على حي الشعار" وفق ناشطين.\n\nوقال الدفاع المدني إن '
        "فرق الإنقاذ ما زالت تبحث عن ناجين.",
        [("الدفاع المدني", "قال", "indirect", "فرق الإنقاذ ما زالت تبحث عن ناجين")],
    ),
    # quotes inside quotes, in two mark families and in one
    (
        'وقال الرئيس: «إن الشعب قال كلمته "لن نتراجع" وهذا موقفنا النهائي».',
        [("الرئيس", "قال", "direct", 'إن الشعب قال كلمته "لن نتراجع" وهذا موقفنا النهائي')],
    ),
    (
        'وقال المتحدث: "نحن ندعو إلى "حوار وطني شامل" دون شروط مسبقة".',
        [("المتحدث", "قال", "direct", 'نحن ندعو إلى "حوار وطني شامل" دون شروط مسبقة')],
    ),
    # speaker after the quote
    (
        '"سنواصل العمل حتى تحرير آخر شبر من أرضنا"، قال رئيس الوزراء العراقي حيدر العبادي.',
        [("حيدر العبادي", "قال", "direct", "سنواصل العمل حتى تحرير آخر شبر من أرضنا")],
    ),
    (
        "«لن نسمح بذلك أبدا مهما كان الثمن»، قال الوزير.",
        [("الوزير", "قال", "direct", "لن نسمح بذلك أبدا مهما كان الثمن")],
    ),
    (
        '"نحن مستعدون للحوار مع الجميع"، قال لافروف.',
        [("لافروف", "قال", "direct", "نحن مستعدون للحوار مع الجميع")],
    ),
    (
        '"هذا يوم تاريخي لجماهيرنا"، هكذا علق رئيس النادي على الفوز.',
        [("رئيس النادي", "علق", "direct", "هذا يوم تاريخي لجماهيرنا")],
    ),
    # words between the speaker and the colon
    (
        'وقال لافروف للصحفيين في موسكو يوم الخميس: "ننتظر ردا من واشنطن".',
        [("لافروف", "قال", "direct", "ننتظر ردا من واشنطن")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_quote_marks(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


def test_pair_quote_marks_accepts_both_guillemet_orders() -> None:
    assert [(q.open, q.close) for q in pair_quote_marks("«نعم» و»لا«")] == [(0, 4), (7, 10)]


def test_pair_quote_marks_leaves_unclosed_quote_to_paragraph_end() -> None:
    (q,) = pair_quote_marks('قال "نعم\nثم')
    assert (q.open, q.close, q.closed) == (4, 8, False)


def test_pair_quote_marks_ignores_apostrophes_inside_words() -> None:
    assert pair_quote_marks("O'Brien") == []


# --------------------------------------------------------------------------------------
# Continuity: participles, continuity markers, pronoun-only cues, agreement.

CONTINUITY: list[tuple[str, list[Row]]] = [
    (
        "وقال المتحدث باسم الجيش إن القوات استعادت السيطرة على المدينة، مشيرا إلى أن "
        "العمليات مستمرة.",
        [
            ("المتحدث باسم الجيش", "قال", "indirect", "القوات استعادت السيطرة على المدينة"),
            ("المتحدث باسم الجيش", "مشيرا", "indirect", "العمليات مستمرة"),
        ],
    ),
    (
        "وقالت الوزيرة إن المفاوضات ستستأنف، مشيرة إلى أن الجولة المقبلة ستعقد في عمان.",
        [
            ("الوزيرة", "قالت", "indirect", "المفاوضات ستستأنف"),
            ("الوزيرة", "مشيرة", "indirect", "الجولة المقبلة ستعقد في عمان"),
        ],
    ),
    (
        "من جهته، قال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن الدوحة تدعم "
        "الحوار.",
        [("محمد بن عبد الرحمن آل ثاني", "قال", "indirect", "الدوحة تدعم الحوار")],
    ),
    (
        "من جانبها، قالت الخارجية الفرنسية إن باريس تتابع الوضع عن كثب.",
        [("الخارجية الفرنسية", "قالت", "indirect", "باريس تتابع الوضع عن كثب")],
    ),
    # a pronoun-only cue resolves to the current speaker, also across sentences
    (
        "وقال لافروف إن موسكو مستعدة للحوار. وأضاف أن العقوبات لن تغير موقف بلاده.",
        [
            ("لافروف", "قال", "indirect", "موسكو مستعدة للحوار"),
            ("لافروف", "أضاف", "indirect", "العقوبات لن تغير موقف بلاده"),
        ],
    ),
    (
        'وقال الوزير إن الوضع هادئ.\n\nوتابع: "لن نتراجع عن مواقفنا".',
        [
            ("الوزير", "قال", "indirect", "الوضع هادئ"),
            ("الوزير", "تابع", "direct", "لن نتراجع عن مواقفنا"),
        ],
    ),
    # attached pronouns: لكنه (singular), ولكنهما (dual)
    (
        "وقال مسؤول أميركي كبير إن واشنطن لم تتلق ردا بعد، لكنه أشار إلى أن الاتصالات "
        "مستمرة.",
        [
            ("مسؤول أميركي كبير", "قال", "indirect", "واشنطن لم تتلق ردا بعد"),
            ("مسؤول أميركي كبير", "أشار", "indirect", "الاتصالات مستمرة"),
        ],
    ),
    (
        "فشل الطرفان في التوصل إلى اتفاق، ولكنهما قالا إن المحادثات ستستمر.",
        [("الطرفان", "قالا", "indirect", "المحادثات ستستمر")],
    ),
    # dual agreement without a pronoun
    (
        "التقى الرئيسان في القاهرة أمس، وقالا إن العلاقات بين البلدين ممتازة.",
        [("الرئيسان", "قالا", "indirect", "العلاقات بين البلدين ممتازة")],
    ),
    # a definite anaphor resolves to the person named earlier
    (
        "وقال وزير الخارجية الأميركي جون كيري إن الاتفاق ممكن. وأكد الوزير الأميركي أن "
        "بلاده لن تتخلى عن حلفائها.",
        [
            ("جون كيري", "قال", "indirect", "الاتفاق ممكن"),
            ("جون كيري", "أكد", "indirect", "بلاده لن تتخلى عن حلفائها"),
        ],
    ),
    # a later short name is the same speaker as the full name
    (
        "وقال الرئيس المصري عبد الفتاح السيسي إن مصر لن تسمح بالمساس بأمنها المائي. "
        'وأضاف السيسي أن "الخيارات كلها مفتوحة".',
        [
            ("عبد الفتاح السيسي", "قال", "indirect", "مصر لن تسمح بالمساس بأمنها المائي"),
            ("عبد الفتاح السيسي", "أضاف", "mixed", "الخيارات كلها مفتوحة"),
        ],
    ),
    # المصدر ذاته: the source that just spoke
    (
        "أفاد بلاغ لوزارة الداخلية بأن السلطات أحبطت محاولة للهجرة. وأكد المصدر ذاته أن "
        "المراقبة ستتواصل.",
        [
            ("بلاغ لوزارة الداخلية", "أفاد", "indirect", "السلطات أحبطت محاولة للهجرة"),
            ("بلاغ لوزارة الداخلية", "أكد", "indirect", "المراقبة ستتواصل"),
        ],
    ),
    # a coordinated second complement (وأن) is a second quote of the same frame
    (
        'وأضاف كيري أن الجانبين "حققا وضوحا بشأن الطريق"، وأن معظم الخطوات قد '
        "استكملت.",
        [
            ("كيري", "أضاف", "mixed", 'الجانبين "حققا وضوحا بشأن الطريق"'),
            ("كيري", "أضاف", "indirect", "معظم الخطوات قد استكملت"),
        ],
    ),
    # the next reporting frame ends the content
    (
        "قال الوزير إن الوضع مستقر وأكد المرصد أن 15 شخصا قتلوا في القصف.",
        [
            ("الوزير", "قال", "indirect", "الوضع مستقر"),
            ("المرصد", "أكد", "indirect", "15 شخصا قتلوا في القصف"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUITY)
def test_continuity(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# --------------------------------------------------------------------------------------
# Agencies reporting someone's words, calls and demands.

CALLS: list[tuple[str, list[Row]]] = [
    (
        "ونقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله إن المملكة ترفض هذه الاتهامات.",
        [("مصدر مسؤول", "نقلت", "indirect", "المملكة ترفض هذه الاتهامات")],
    ),
    (
        'ونقلت قناة الجديد عن مصدر وزاري قوله إن "الخلافات ما زالت قائمة" حول توزيع '
        "الخسائر.",
        [("مصدر وزاري", "نقلت", "mixed", '"الخلافات ما زالت قائمة" حول توزيع الخسائر')],
    ),
    (
        "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى وقف القتال فورا.",
        [("أنطونيو غوتيريش", "دعا", "indirect", "وقف القتال فورا")],
    ),
    (
        "وحث الاتحاد الأوروبي الطرفين على العودة إلى طاولة المفاوضات.",
        [("الاتحاد الأوروبي", "حث", "indirect", "العودة إلى طاولة المفاوضات")],
    ),
    (
        "وطالب المتظاهرون بإسقاط الحكومة ومحاسبة الفاسدين.",
        [("المتظاهرون", "طالب", "indirect", "إسقاط الحكومة ومحاسبة الفاسدين")],
    ),
    (
        "وشدد الوزير على ضرورة حماية المدنيين في مناطق النزاع.",
        [("الوزير", "شدد", "indirect", "ضرورة حماية المدنيين في مناطق النزاع")],
    ),
    (
        "ونفت وزارة الدفاع الروسية حدوث أي غارات على المنطقة.",
        [("وزارة الدفاع الروسية", "نفت", "indirect", "حدوث أي غارات على المنطقة")],
    ),
    (
        "وأعرب الرئيس التونسي قيس سعيد عن أمله في أن تتجاوز البلاد الأزمة قريبا.",
        [("قيس سعيد", "أعرب", "indirect", "أمله في أن تتجاوز البلاد الأزمة قريبا")],
    ),
    # a time adverbial before a noun-phrase content is not content
    (
        "أعلنت وزارة الصحة السعودية، اليوم الأحد، تسجيل ١٬٢٤٥ إصابة جديدة.",
        [("وزارة الصحة السعودية", "أعلنت", "indirect", "تسجيل ١٬٢٤٥ إصابة جديدة")],
    ),
    # a noun phrase that runs into a quotation is mixed
    (
        'وأكد المرصد وصول "خمس حافلات على الأقل إلى مدينة إدلب".',
        [("المرصد", "أكد", "mixed", 'وصول "خمس حافلات على الأقل إلى مدينة إدلب"')],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_and_agencies(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# --------------------------------------------------------------------------------------
# Hard cases from real articles.

HARD: list[tuple[str, list[Row]]] = [
    # the name nearest the quote is the addressee, not the speaker
    (
        'وقال كيري متوجها إلى لافروف "نحن مستعدون للعمل معكم حتى النهاية".',
        [("كيري", "قال", "direct", "نحن مستعدون للعمل معكم حتى النهاية")],
    ),
    # لـ + the press or an outlet after the speaker is who was spoken to (bug I1)
    (
        "وقال وزير الخارجية للصحفيين: «لن نتراجع».",
        [("وزير الخارجية", "قال", "direct", "لن نتراجع")],
    ),
    (
        "وقال وزير الخارجية لرويترز إن الهدنة صامدة.",
        [("وزير الخارجية", "قال", "indirect", "الهدنة صامدة")],
    ),
    (
        "وقال لافروف لرويترز إن الحوار مستمر.",
        [("لافروف", "قال", "indirect", "الحوار مستمر")],
    ),
    (
        "وقال لافروف لوكالة إنترفاكس إن الحوار مستمر.",
        [("لافروف", "قال", "indirect", "الحوار مستمر")],
    ),
    # a name inside the content is not the speaker
    (
        "وقال المرصد إن لافروف وصل إلى دمشق في زيارة لم يعلن عنها.",
        [("المرصد", "قال", "indirect", "لافروف وصل إلى دمشق في زيارة لم يعلن عنها")],
    ),
    # سئل X ... فأجاب: the one asked answers
    (
        'سئل الوزير عما إذا كانت بلاده ستنسحب من الاتفاق، فأجاب "هذا غير وارد على الإطلاق".',
        [("الوزير", "أجاب", "direct", "هذا غير وارد على الإطلاق")],
    ),
    (
        'وقال الرئيس بشار الأسد إن الحرب ستنتهي. سئل الأسد عن المفاوضات، فأجاب "لم يحدث '
        'أبدا".',
        [
            ("بشار الأسد", "قال", "indirect", "الحرب ستنتهي"),
            ("بشار الأسد", "أجاب", "direct", "لم يحدث أبدا"),
        ],
    ),
    # an editor's insertion inside a quote stays in the content
    (
        'وقال لافروف "اقتربنا من ذلك، لكن لا نعرف بعد موقف أصدقائنا ( كيري) من هذه '
        'المسألة".',
        [
            (
                "لافروف",
                "قال",
                "direct",
                "اقتربنا من ذلك، لكن لا نعرف بعد موقف أصدقائنا ( كيري) من هذه المسألة",
            )
        ],
    ),
    # إن written where أن is expected
    (
        "وأكد الوزير إن المفاوضات مستمرة رغم الصعوبات.",
        [("الوزير", "أكد", "indirect", "المفاوضات مستمرة رغم الصعوبات")],
    ),
    # قبل أن is not a complementizer
    (
        "وقال لافروف قبل أن يغادر القاعة إن الاجتماع كان مثمرا.",
        [("لافروف", "قال", "indirect", "الاجتماع كان مثمرا")],
    ),
    # غير أن before a fronted subject
    (
        "غير أن الكرملين أعلن الجمعة أنه لم يتم بحث التعاون العسكري.",
        [("الكرملين", "أعلن", "indirect", "لم يتم بحث التعاون العسكري")],
    ),
    # بعد أن between the speaker and إن, إلا أن before a fronted subject
    (
        "وقال الوزير بعد أن التقى نظيره الفرنسي إن العلاقات ممتازة.",
        [("الوزير", "قال", "indirect", "العلاقات ممتازة")],
    ),
    (
        "إلا أن الوزير أكد أن الحوار سيستمر.",
        [("الوزير", "أكد", "indirect", "الحوار سيستمر")],
    ),
    # dual verb after a dual subject in an earlier clause
    (
        "التقى الوزيران في عمان، وحذرا من خطورة الوضع في المنطقة.",
        [("الوزيران", "حذرا", "indirect", "خطورة الوضع في المنطقة")],
    ),
    # a plural verb after a plural group named in an earlier clause
    (
        "وتظاهر مئات الطلاب أمام الوزارة، وأكدوا أنهم لن يتراجعوا عن مطالبهم.",
        [("الطلاب", "أكدوا", "indirect", "لن يتراجعوا عن مطالبهم")],
    ),
    # a definite organisation anaphor
    (
        "وقال المرصد السوري لحقوق الإنسان إن 20 شخصا قتلوا. وأشار المرصد إلى أن بين "
        "القتلى أطفالا.",
        [
            ("المرصد السوري لحقوق الإنسان", "قال", "indirect", "20 شخصا قتلوا"),
            ("المرصد السوري لحقوق الإنسان", "أشار", "indirect", "بين القتلى أطفالا"),
        ],
    ),
    # two speakers in one sentence (بينما قال ...)
    (
        "وقال رئيس الحكومة المغربية سعد الدين العثماني إن الحكومة ستواصل الإصلاحات، بينما "
        "قال زعيم المعارضة إن الإصلاحات فشلت.",
        [
            ("سعد الدين العثماني", "قال", "indirect", "الحكومة ستواصل الإصلاحات"),
            ("زعيم المعارضة", "قال", "indirect", "الإصلاحات فشلت"),
        ],
    ),
    # a cue inside the content is part of the content
    (
        "وقال المتحدث إن الوزير أكد أن الوضع هادئ.",
        [("المتحدث", "قال", "indirect", "الوزير أكد أن الوضع هادئ")],
    ),
    # a short quoted term inside indirect content keeps it indirect
    (
        'وقال المرصد إن عناصر "داعش" انسحبوا من المدينة بعد معارك عنيفة.',
        [("المرصد", "قال", "indirect", 'عناصر "داعش" انسحبوا من المدينة بعد معارك عنيفة')],
    ),
]


# More outlet styles: MAP (أبرز)، Asharq Al-Awsat (في تصريح لـ«...»)، Al Arabiya, Reuters.
STYLES: list[tuple[str, list[Row]]] = [
    (
        "وأبرز وزير الداخلية، في تصريح للصحافة، أن الأمن مستتب في جميع المدن.",
        [("وزير الداخلية", "أبرز", "indirect", "الأمن مستتب في جميع المدن")],
    ),
    (
        "وصرح الناطق الرسمي باسم القصر الملكي لوكالة المغرب العربي للأنباء بأن الملك "
        "سيزور المنطقة.",
        [("الناطق الرسمي باسم القصر الملكي", "صرح", "indirect", "الملك سيزور المنطقة")],
    ),
    (
        'وقال الوزير إن الوضع صعب. وأردف قائلا: "لكننا سنتجاوز هذه المرحلة".',
        [
            ("الوزير", "قال", "indirect", "الوضع صعب"),
            ("الوزير", "قائلا", "direct", "لكننا سنتجاوز هذه المرحلة"),
        ],
    ),
    (
        "وقال الوزير إن الخطة جاهزة، على حد تعبيره.",
        [("الوزير", "قال", "indirect", "الخطة جاهزة")],
    ),
    (
        "وفي تصريح لـ«الشرق الأوسط»، قال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان "
        "إن السوق متوازنة.",
        [("عبد العزيز بن سلمان", "قال", "indirect", "السوق متوازنة")],
    ),
    (
        "ونفى المتحدث باسم الجيش صحة هذه الأنباء جملة وتفصيلا.",
        [("المتحدث باسم الجيش", "نفى", "indirect", "صحة هذه الأنباء جملة وتفصيلا")],
    ),
    (
        "ولفتت الوزارة إلى أن عدد الإصابات تراجع خلال الأسبوع الماضي.",
        [("الوزارة", "لفتت", "indirect", "عدد الإصابات تراجع خلال الأسبوع الماضي")],
    ),
    (
        "وحذرت منظمة الصحة العالمية من انتشار الوباء في المخيمات.",
        [("منظمة الصحة العالمية", "حذرت", "indirect", "انتشار الوباء في المخيمات")],
    ),
    (
        'وأكدت مصادر مطلعة لـ"العربية.نت" أن المفاوضات وصلت إلى طريق مسدود.',
        [("مصادر مطلعة", "أكدت", "indirect", "المفاوضات وصلت إلى طريق مسدود")],
    ),
    (
        "وقال مسؤولون أميركيون إن واشنطن تدرس الرد، وأضافوا أن القرار لم يتخذ بعد.",
        [
            ("مسؤولون أميركيون", "قال", "indirect", "واشنطن تدرس الرد"),
            ("مسؤولون أميركيون", "أضافوا", "indirect", "القرار لم يتخذ بعد"),
        ],
    ),
    (
        'وأوضحت الوزيرة أنها "متفائلة جدا" بنتائج الاجتماع.',
        [("الوزيرة", "أوضحت", "mixed", '"متفائلة جدا" بنتائج الاجتماع')],
    ),
    (
        'وتساءل النائب: "من يتحمل مسؤولية هذا الانهيار؟".',
        [("النائب", "تساءل", "direct", "من يتحمل مسؤولية هذا الانهيار؟")],
    ),
    (
        "واعتبر المحلل السياسي أن الانتخابات المقبلة ستكون حاسمة.",
        [("المحلل السياسي", "اعتبر", "indirect", "الانتخابات المقبلة ستكون حاسمة")],
    ),
    (
        'وكتب ترامب في تغريدة على تويتر: "سنعيد لأمريكا عظمتها".',
        [("ترامب", "كتب", "direct", "سنعيد لأمريكا عظمتها")],
    ),
    (
        'وقال رئيس الوزراء: «لن نسمح بأي تجاوز».\n\nوأضاف: «سنحاسب كل من يتورط».',
        [
            ("رئيس الوزراء", "قال", "direct", "لن نسمح بأي تجاوز"),
            ("رئيس الوزراء", "أضاف", "direct", "سنحاسب كل من يتورط"),
        ],
    ),
]


# Wire and Gulf agency frames (KUNA, WAFA, SANA, AFP), with material between speaker and
# content: an agency credit, a relative clause, a nickname in parentheses.
WIRE: list[tuple[str, list[Row]]] = [
    (
        "وقال وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد في تصريح لوكالة الأنباء "
        "الكويتية (كونا) اليوم الاثنين إن الكويت تدعم الحل السياسي.",
        [("أحمد ناصر المحمد", "قال", "indirect", "الكويت تدعم الحل السياسي")],
    ),
    (
        "وأضاف المتحدث، الذي طلب عدم الكشف عن اسمه، أن الاتصالات مستمرة.",
        [("المتحدث", "أضاف", "indirect", "الاتصالات مستمرة")],
    ),
    (
        "وقال مسؤول في وزارة الخارجية الأمريكية طلب عدم نشر اسمه إن واشنطن تراقب الوضع.",
        [
            (
                "مسؤول في وزارة الخارجية الأمريكية",
                "قال",
                "indirect",
                "واشنطن تراقب الوضع",
            )
        ],
    ),
    (
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ستغادر الاتحاد الأوروبي.",
        [("تيريزا ماي", "قالت", "indirect", "بلادها ستغادر الاتحاد الأوروبي")],
    ),
    (
        "وأكد الرئيس الفلسطيني محمود عباس (أبو مازن) أن القدس هي العاصمة الأبدية.",
        [("محمود عباس", "أكد", "indirect", "القدس هي العاصمة الأبدية")],
    ),
    (
        "وقالت وكالة الأنباء الرسمية (سانا) إن الجيش سيطر على البلدة.",
        [("وكالة الأنباء الرسمية", "قالت", "indirect", "الجيش سيطر على البلدة")],
    ),
    (
        '"لن نقبل بهذه الشروط"، قالت الوزارة في بيان.',
        [("الوزارة", "قالت", "direct", "لن نقبل بهذه الشروط")],
    ),
    (
        "وأوضح البيان أن الاجتماع سيعقد الأسبوع المقبل.",
        [("البيان", "أوضح", "indirect", "الاجتماع سيعقد الأسبوع المقبل")],
    ),
    (
        'وردا على سؤال حول موقف بلاده، قال لافروف: "موقفنا معروف".',
        [("لافروف", "قال", "direct", "موقفنا معروف")],
    ),
    (
        "وقال كيري إن الاتفاق قريب. وقال لافروف إن بعض المسائل عالقة. وأضاف كيري أن "
        "فريقين سيلتقيان.",
        [
            ("كيري", "قال", "indirect", "الاتفاق قريب"),
            ("لافروف", "قال", "indirect", "بعض المسائل عالقة"),
            ("كيري", "أضاف", "indirect", "فريقين سيلتقيان"),
        ],
    ),
    (
        "قال الرئيس الأميركي دونالد ترامب، الخميس، إن بلاده ستفرض عقوبات جديدة.",
        [("دونالد ترامب", "قال", "indirect", "بلاده ستفرض عقوبات جديدة")],
    ),
    (
        "وصرحت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا بأن موسكو سترد.",
        [("ماريا زاخاروفا", "صرحت", "indirect", "موسكو سترد")],
    ),
    (
        'وقال أحد السكان لفرانس برس: "لم ننم طوال الليل".',
        [("أحد السكان", "قال", "direct", "لم ننم طوال الليل")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE)
def test_wire_frames(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), STYLES)
def test_outlet_styles(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), HARD)
def test_hard_cases(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


NOT_SPEECH = [
    "يذكر أن الاتفاق وقع عام 2015 في فيينا.",
    "ويشار إلى أن المدينة تخضع للحصار منذ عامين.",
    'ونشرت صحيفة "واشنطن بوست" تقريرا عن المفاوضات.',
    'وعقد الاجتماع في فندق "فور سيزونز" بجنيف.',
    'واستهدفت الغارات مواقع "جبهة النصرة" في ريف إدلب.',
    'واستهدفت الطائرات من وصفتهم دمشق بـ"الإرهابيين" في المنطقة.',
    'وصدر كتاب "President Wilson" في نيويورك.',
    "وجاء ذلك بعد أن وصل الوفد إلى جنيف.",
    "",
    "قال",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_speech(text: str) -> None:
    assert find_quotes(text) == ()


def test_scare_quote_is_never_the_content() -> None:
    text = 'وقال كيري إن "فترة تهدئة" ستسبق التنفيذ.'
    (quote,) = find_quotes(text)
    assert quote.kind == "indirect"
    assert quote.content == '"فترة تهدئة" ستسبق التنفيذ'


def test_offsets_point_into_the_original() -> None:
    text = "وقالَ وزيرُ الخارجيّة الأميركي جون كيري: «لا نريدُ اتفاقاً»."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == q.text
    assert text[q.content_start : q.content_end] == q.content == "لا نريدُ اتفاقاً"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end] == q.speaker == "جون كيري"
    assert q.cue == "قالَ"


def test_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_quotes("قال".encode())  # type: ignore[arg-type]


def test_quotes_pickle() -> None:
    quotes = find_quotes("وقال كيري إن الاتفاق ممكن.")
    assert pickle.loads(pickle.dumps(quotes)) == quotes


# --------------------------------------------------------------------------------------
# Properties.

SPEAKERS = [  # (phrase as written, speaker reported)
    ("وزير الخارجية الأردني أيمن الصفدي", "أيمن الصفدي"),
    ("المتحدث باسم الحكومة", "المتحدث باسم الحكومة"),
    ("مسؤول أميركي كبير", "مسؤول أميركي كبير"),
    ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    ("رئيس الوزراء العراقي حيدر العبادي", "حيدر العبادي"),
    ("لافروف", "لافروف"),
    ("مصدر في الوفد الروسي", "مصدر في الوفد الروسي"),
]
CUES = ["قال", "أكد", "أوضح", "أضاف", "صرح", "ذكر", "أعلن"]
MARK_STYLES = [('"', '"'), ("«", "»"), ("»", "«"), ("“", "”"), ("‘", "’")]
CONTENT_WORDS = [
    "الوضع", "مستقر", "في", "المنطقة", "والحكومة", "تعمل", "على", "تحسين", "الخدمات",
    "للمواطنين", "خلال", "الأشهر", "المقبلة", "بلادنا", "لن", "تتراجع", "عن", "مواقفها",
    "١٥", "2016", "نحو", "السلام", "والاستقرار", "الاقتصاد", "ينمو", "ببطء",
]


@st.composite
def frames(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """(text, speaker, cue, kind, content) for one generated reporting frame."""
    phrase, speaker = draw(st.sampled_from(SPEAKERS))
    cue = draw(st.sampled_from(CUES))
    words = draw(st.lists(st.sampled_from(CONTENT_WORDS), min_size=4, max_size=12))
    content = " ".join(words)
    shape = draw(st.sampled_from(["colon", "after", "indirect"]))
    opening, closing = draw(st.sampled_from(MARK_STYLES))
    prefix = draw(st.sampled_from(["و", ""]))
    if shape == "colon":
        text = f"{prefix}{cue} {phrase}: {opening}{content}{closing}."
        return text, speaker, cue, "direct", content
    if shape == "after":
        text = f"{opening}{content}{closing}، {cue} {phrase}."
        return text, speaker, cue, "direct", content
    text = f"{prefix}{cue} {phrase} إن {content}."
    return text, speaker, cue, "indirect", content


@given(frames())
@settings(max_examples=300)
def test_generated_frame_gives_one_quote(frame: tuple[str, str, str, str, str]) -> None:
    text, speaker, cue, kind, content = frame
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue, q.kind, q.content) == (speaker, cue, kind, content)
    assert text[q.content_start : q.content_end] == content
    assert q.speaker_start is not None and q.speaker_end is not None
    assert normalize(text[q.speaker_start : q.speaker_end]) == normalize(speaker)


def check_offsets(text: str, quotes: tuple[Quote, ...]) -> None:
    last_end = 0
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert text[q.content_start : q.content_end] == q.content
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        assert q.start >= last_end, "frames overlap"
        last_end = q.end


QUOTE_TEXT = st.lists(
    st.sampled_from(
        [
            "قال", "وقال", "وأضاف", "مضيفا", "إن", "أن", "بأن", "إلى", "كيري", "لافروف",
            "وزير", "الخارجية", "المرصد", "سئل", "فأجاب", "لكنه", "من جهته،", '"', "«", "»",
            "“", "”", "'", ":", "،", ".", "\n", "الوضع", "هادئ", "دعا", "ولكنهما", "قالا",
        ]
    ),
    max_size=40,
).map(" ".join)


@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    check_offsets(text, find_quotes(text))


@given(QUOTE_TEXT)
def test_offsets_on_cue_soup(text: str) -> None:
    check_offsets(text, find_quotes(text))


def test_many_unbalanced_marks() -> None:
    text = '"' * 50_000 + "«" * 25_000 + "“" * 25_000
    assert find_quotes(text) == ()


def test_many_repeated_cues() -> None:
    text = "قال إن " * 50_000
    quotes = find_quotes(text)
    assert quotes
    check_offsets(text, quotes)


# --------------------------------------------------------------------------------------
# Seeds.


def test_seed_gold_quotes(seed: Seed) -> None:
    quotes = find_quotes(seed.text)
    for gold in seed.spans("quotes"):
        if gold.optional:
            continue
        hits = [q for q in quotes if q.content_start < gold.end and gold.start < q.content_end]
        item = gold.data
        speakers = {normalize(s) for s in item["speaker"]}
        good = [
            q
            for q in hits
            if (normalize(q.speaker or "") in speakers or (not speakers and q.speaker is None))
            and normalize(q.cue) == normalize(item["cue"])
            and q.kind == item["kind"]
        ]
        assert good, f"{item['text'][:40]!r}: {[(q.speaker, q.cue, q.kind) for q in hits]}"
        # the content runs from the gold head to the gold tail (a call's content may
        # leave out the addressee that the gold keeps: حث ... روسيا ... على العمل)
        assert any(
            item["content_tail"] in q.content
            and (item["content_head"] in q.content or q.content in item["text"])
            for q in good
        ), (item["content_head"], item["content_tail"], [q.content for q in good])


def test_seed_nothing_spurious(seed: Seed) -> None:
    spans = seed.spans("quotes")
    for q in find_quotes(seed.text):
        assert any(
            True for _ in overlapping(q.content_start, q.content_end, spans)
        ), f"spurious quote {q.content[:50]!r}"


def test_seed_scare_quotes_not_reported(seed: Seed) -> None:
    quotes = find_quotes(seed.text)
    nt = normalize_with_offsets(seed.text)
    gold = seed.spans("quotes")
    for mark in pair_quote_marks(nt.text):
        start, end = nt.span(mark.open + 1, mark.close)
        inner = seed.text[start:end]
        in_gold = any(True for _ in overlapping(start, end, gold))
        if mark.closed and len(inner.split()) < 4 and not in_gold:
            assert not any(
                q.content == inner and q.kind == "direct" for q in quotes
            ), f"scare quote reported: {inner!r}"


@pytest.mark.parametrize(
    ("text", "frame", "content"),
    [
        (
            "وأضاف أن «القصف استمر ثلاث ساعات».",
            "أضاف أن «القصف استمر ثلاث ساعات»",
            "القصف استمر ثلاث ساعات",
        ),
        (
            'وأوضح الناطق أن "الجيش أحبط الهجوم بالكامل"، مضيفا',
            'أوضح الناطق أن "الجيش أحبط الهجوم بالكامل"',
            "الجيش أحبط الهجوم بالكامل",
        ),
    ],
)
def test_clause_quoted_whole_frame_ends_after_the_closing_mark(
    text: str, frame: str, content: str
) -> None:
    quote = find_quotes(text)[0]
    assert (quote.text, quote.content, quote.kind) == (frame, content, "mixed")


# --------------------------------------------------------------------------------------
# Cue location: the word-index lookup finds what a scan of the text with the whole
# lexicon would find.


@functools.cache
def _reference_cue_pattern() -> re.Pattern[str]:
    words = sorted(quote_cues._EVENT_WORDS, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _reference_cues(text: str) -> list[tuple[int, int, str]]:
    """(frame start, end, kind) of the cues, located by scanning with one alternation of
    every cue entry (longest first) and filtered as the extractor filters verbs."""
    out = []
    for m in _reference_cue_pattern().finditer(text):
        start, end = m.span()
        kind, _, prefix = quote_cues._EVENT_WORDS[m.group()]
        if kind == "verb" and (
            text.startswith(quote_cues._NOT_CUES, start + prefix)
            or text.endswith(quote_cues._RELATIVES, max(0, start - 8), start)
        ):
            continue
        out.append((start, end, kind))
    return out


CUE_SOUP = st.lists(
    st.sampled_from(
        [
            "قال", "وقال", "فقال", "ووقال", "القائل", "قالا", "وأضاف", "مضيفا", "سئل",
            "فأجاب", "الرئيس", "والرئيس", "الرئيس التنفيذي", "والرئيس التنفيذي",
            "الرئيس التنفيذيون", "وزير", "ووزير", "الوزير", "يذكر أن", "يذكر", "الذي قال",
            "طلب عدم", "نظيره", "ونظيره", "الطرفان", "كيري", "إن", "_قال", "قال_", "قال2",
            "2قال", "ـقال",
        ]
    ),
    max_size=30,
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "  ", "\n", "،", ".", "«", "»", '"', "-", ""]),
        min_size=len(words),
        max_size=len(words),
    ).map(lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))
)


@given(CUE_SOUP)
@settings(max_examples=300)
def test_cues_match_a_scan_with_the_whole_lexicon(text: str) -> None:
    nt = normalize_with_offsets(text)
    cues, speech = quote_cues._cues(nt)
    assert [(c.frame_start, c.end, c.kind) for c in cues] == _reference_cues(nt.text)
    assert speech == [c for c in cues if c.kind != "mention"]
    # a text with many distinct cue words is scanned with the trie instead: same cues
    with mock.patch.object(quote_cues, "MAX_FIND_PASSES", 0):
        scanned, scanned_speech = quote_cues._cues(normalize_with_offsets(text))
    assert _cue_fields(scanned) == _cue_fields(cues)
    assert _cue_fields(scanned_speech) == _cue_fields(speech)


def _cue_fields(cues: list[quote_cues._Cue]) -> list[tuple[int, int, int, str, str]]:
    return [(c.start, c.end, c.frame_start, c.lemma, c.kind) for c in cues]


@given(st.text(alphabet="ab \"'«»“”„‘’\n"))
def test_quote_mark_positions_match_a_character_class_scan(text: str) -> None:
    scan = re.compile("[" + re.escape("".join(quote_marks._FAMILY)) + "]")
    assert quote_marks._mark_positions(text) == [m.start() for m in scan.finditer(text)]


def test_every_cue_entry_starts_and_ends_with_a_word_character() -> None:
    """Cue entries are located as whole words, so each must begin and end with ``\\w``."""
    import re

    for entry in quote_cues._EVENT_WORDS:
        assert re.fullmatch(r"\w+(?:\W+\w+)*", entry), entry


# --------------------------------------------------------------------------------------
# Classes of errors seen on articles from many outlets (issue 15), each a table of
# sentences written for these tests.

# A word of the closed list after the cue (an addressee pronoun, the object of the verb,
# بالقول) is never the speaker: the current speaker, or the subject before it, speaks.
NEVER_A_SPEAKER: list[tuple[str, list[Row]]] = [
    # Maghrebi: an addressee pronoun between the cue and إن
    (
        "واستقبل بوريطة السفير الفرنسي. وقال له إن الرباط شريك أساسي لباريس.",
        [(None, "قال", "indirect", "الرباط شريك أساسي لباريس")],
    ),
    # Egyptian: قال فيها after the message it introduces, colloquial content
    (
        'ووجه رسالة إلى الجماهير قال فيها: "ما تخافوش، الفريق راجع".',
        [(None, "قال", "direct", "ما تخافوش، الفريق راجع")],
    ),
    # Tunisian: قوله after the title is the object, not a name
    (
        "وأضاف الرئيس التونسي قوله: «لن نتراجع عن الإصلاحات مهما كان الثمن».",
        [("الرئيس التونسي", "أضاف", "direct", "لن نتراجع عن الإصلاحات مهما كان الثمن")],
    ),
    # Levantine: بالقول ends the title and is itself the cue
    (
        "وأردف الناطق الرسمي باسم الحكومة بالقول إن الأسعار لن ترتفع.",
        [("الناطق الرسمي باسم الحكومة", "بالقول", "indirect", "الأسعار لن ترتفع")],
    ),
    # Gulf: اكتفى ... بالقول (the verb is no cue, بالقول is)
    (
        "واكتفى المتحدث باسم الوزارة بالقول إن التحقيق ما زال جاريا.",
        [("المتحدث باسم الوزارة", "بالقول", "indirect", "التحقيق ما زال جاريا")],
    ),
]


NEVER_A_SPEAKER += [
    (  # Gulf: the oblique dual is the object of the cue, the one named before speaks
        "وقال الوزير الإماراتي إن التعاون متين. وأكد البلدين يعملان معا على الاستقرار.",
        [("الوزير الإماراتي", "قال", "indirect", "التعاون متين"),
         ("الوزير الإماراتي", "أكد", "indirect", "البلدين يعملان معا على الاستقرار")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_A_SPEAKER)
def test_never_a_speaker(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# A bare name is the subject when its title, وهو/وهي, a participle or its family name
# follows (the name is not yet known in the article).
NAME_THEN_DESCRIPTION: list[tuple[str, list[Row]]] = [
    (  # Iraqi: name + title with باسم
        "وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار إن المدارس تضررت بشدة.",
        [("عيد عماش", "قال", "indirect", "المدارس تضررت بشدة")],
    ),
    (  # Moroccan sports: name + profession + nationality
        "يرى هيرفي رونار المدرب الفرنسي لمنتخب المغرب أن فريقه جاهز للمونديال.",
        [("هيرفي رونار", "يرى", "indirect", "فريقه جاهز للمونديال")],
    ),
    (  # Saudi: وهي + description, then a quotation
        'وقالت سلوى العتيبي وهي معلمة في الرياض: "الطالبات تأقلمن مع التعليم عن بعد".',
        [("سلوى العتيبي", "قالت", "direct", "الطالبات تأقلمن مع التعليم عن بعد")],
    ),
    (  # Palestinian: an accusative participle after a one-word name
        'وقال المالكي متحدثا في مؤتمر صحفي إن "الحوار هو الحل الوحيد".',
        [("المالكي", "قال", "mixed", "الحوار هو الحل الوحيد")],
    ),
    (  # Emirati: name + indefinite description + colon + إن
        "وقال سالم الكعبي بائع في سوق الجمعة: إن الأسعار مرتفعة هذا الموسم.",
        [("سالم الكعبي", "قال", "indirect", "الأسعار مرتفعة هذا الموسم")],
    ),
    (  # Lebanese: a fronted name with its title after it
        "لكن ماهر الخطيب نائب رئيس البلدية قال إن الطريق سيفتح قريبا.",
        [("ماهر الخطيب", "قال", "indirect", "الطريق سيفتح قريبا")],
    ),
]


NAME_THEN_DESCRIPTION += [
    (  # Turkish president without a title: the third word before إن is his
        "وقال رجب طيب أردوغان إن تركيا لن تتراجع.",
        [("رجب طيب أردوغان", "قال", "indirect", "تركيا لن تتراجع")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_THEN_DESCRIPTION)
def test_name_then_description(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# Titles joined by و, bodies in the construct, a second title, a name set off by commas.
TITLE_CHAINS: list[tuple[str, list[Row]]] = [
    (  # Moroccan: و inside the ministry's name
        "أكد وزير الشؤون الخارجية والتعاون الإفريقي ناصر بوريطة أن المغرب يدعم الحل "
        "السياسي.",
        [("ناصر بوريطة", "أكد", "indirect", "المغرب يدعم الحل السياسي")],
    ),
    (  # Syrian: لـ + definite words with و
        "وقال وزير الدولة للشؤون الخارجية والمغتربين أحمد السعيد إن الحكومة تتابع الملف.",
        [("أحمد السعيد", "قال", "indirect", "الحكومة تتابع الملف")],
    ),
    (  # Jordanian: a club in the construct
        "وأوضح رئيس نادي الوحدات طارق خوري أن الفريق سيشارك في البطولة العربية.",
        [("طارق خوري", "أوضح", "indirect", "الفريق سيشارك في البطولة العربية")],
    ),
    (  # Egyptian: title، name، addressee
        "وقال محافظ البحر الأحمر، عمرو حنفي، لبي بي سي إن الفنادق آمنة تماما.",
        [("عمرو حنفي", "قال", "indirect", "الفنادق آمنة تماما")],
    ),
    (  # Kuwaiti: وزير خارجية + country, then الشيخ + three-part name
        "وصرح وزير خارجية الكويت الشيخ أحمد ناصر المحمد بأن الوساطة مستمرة.",
        [("أحمد ناصر المحمد", "صرح", "indirect", "الوساطة مستمرة")],
    ),
    (  # Saudi: a title, a body with a qualifier, a second title, then the name
        "وأكد وكيل الجامعة للتطوير الدكتور سامي الحربي أن التسجيل يبدأ الأحد.",
        [("سامي الحربي", "أكد", "indirect", "التسجيل يبدأ الأحد")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CHAINS)
def test_title_chains(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# A short quotation naming the medium spoken to is not the content.
ADDRESSEE_QUOTES: list[tuple[str, list[Row]]] = [
    (  # Okaz style
        "وقال المدرب لـ«عكاظ»: «الفريق في أفضل حالاته».",
        [("المدرب", "قال", "direct", "الفريق في أفضل حالاته")],
    ),
    (  # Sky News Arabia style
        'وأوضح الخبير الاقتصادي محمد عادل لموقع "سكاي نيوز عربية" أن الدينار سيتعافى.',
        [("محمد عادل", "أوضح", "indirect", "الدينار سيتعافى")],
    ),
    (  # Algerian daily
        'وقال اللاعب في حوار مع "الشروق" إن الانتقال لم يحسم بعد.',
        [("اللاعب", "قال", "indirect", "الانتقال لم يحسم بعد")],
    ),
    (  # a bare name before لـ«...»
        "وقال فينسنت لـ«رويترز»: «أتحمل مسؤولية ما كتبت».",
        [("فينسنت", "قال", "direct", "أتحمل مسؤولية ما كتبت")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEE_QUOTES)
def test_addressee_quotes(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# Content boundaries: a second complement after plain words stays in the quote, after a
# quotation it is a second quote; a colon without marks runs on over the speaker's
# sentences and stops where the narrative resumes.
BOUNDARIES: list[tuple[str, list[Row]]] = [
    (
        "وقال الوزير إن الحكومة ستدعم الأسر وإن الضرائب لن ترتفع هذا العام.",
        [("الوزير", "قال", "indirect",
          "الحكومة ستدعم الأسر وإن الضرائب لن ترتفع هذا العام")],
    ),
    (
        'وأكد المتحدث أن "الحدود مغلقة"، وأن المعابر ستفتح الأسبوع المقبل.',
        [("المتحدث", "أكد", "mixed", "الحدود مغلقة"),
         ("المتحدث", "أكد", "indirect", "المعابر ستفتح الأسبوع المقبل")],
    ),
    (
        "وقال المدرب : كان اختبارا صعبا لنا. لعبنا بشكل جيد. وانتهت المباراة بالتعادل.",
        [("المدرب", "قال", "direct", "كان اختبارا صعبا لنا. لعبنا بشكل جيد")],
    ),
    (
        "وقال المدرب: لعبنا جيدا. ولكننا أضعنا فرصا كثيرة. وغادر اللاعبون الملعب.",
        [("المدرب", "قال", "direct", "لعبنا جيدا. ولكننا أضعنا فرصا كثيرة")],
    ),
    (
        "قال الوزير المصري إن الوضع مستقر.\nوأضاف في مؤتمر صحفي: الأمور تسير بشكل طبيعي.",
        [("الوزير المصري", "قال", "indirect", "الوضع مستقر"),
         ("الوزير المصري", "أضاف", "direct", "الأمور تسير بشكل طبيعي")],
    ),
]


# A source written after its content (حسبما قال، وفق ما أفاد): the content is the
# sentence before the comma.
POSTPOSED_SOURCE: list[tuple[str, list[Row]]] = [
    (  # Egyptian sports site
        "وتلقى الاتحاد المصري ملاحظات روتينية من الوزارة، حسبما قال المتحدث باسم الاتحاد "
        "أسامة إسماعيل لموقع \"سكاي نيوز عربية\".",
        [("أسامة إسماعيل", "قال", "indirect",
          "وتلقى الاتحاد المصري ملاحظات روتينية من الوزارة")],
    ),
    (  # Gulf business page
        "وارتفعت أسعار الإسمنت بنسبة كبيرة هذا الشهر، وفق ما أفاد مسؤول في وزارة التجارة.",
        [("مسؤول في وزارة التجارة", "أفاد", "indirect",
          "وارتفعت أسعار الإسمنت بنسبة كبيرة هذا الشهر")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSTPOSED_SOURCE)
def test_postposed_source(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# Fronted subjects with an apposition, a family name; a resumptive pronoun after a cue.
MORE_SUBJECTS: list[tuple[str, list[Row]]] = [
    (  # British politics in a pan-Arab site: the apposition between commas
        "ولكن بن واليس، الوزير البريطاني المسؤول عن الأمن، قال إن التفتيش أمر روتيني.",
        [("بن واليس", "قال", "indirect", "التفتيش أمر روتيني")],
    ),
    (  # Egyptian: يذكر أن + a name with its family name
        "يذكر أن عمرو السولية أكد في وقت سابق أنه لن يلعب لأي ناد آخر.",
        [("عمرو السولية", "أكد", "indirect", "لن يلعب لأي ناد آخر")],
    ),
    (  # Jordanian: الذي قال فيه + the speaker
        "وقال رئيس مجلس النواب عاطف الطراونة إن الجلسة انتهت. وتظاهر المحتجون في "
        "الوقت الذي قال فيه الطراونة إنه تم التوافق على تشكيل لجنة.",
        [("عاطف الطراونة", "قال", "indirect", "الجلسة انتهت"),
         ("عاطف الطراونة", "قال", "indirect", "تم التوافق على تشكيل لجنة")],
    ),
]


MORE_SUBJECTS += [
    (  # Kuwaiti: a body's name with و, fronted after فإن
        "ورغم التوصية فإن هيئة الشباب والرياضة الكويتية أكدت أن الملاعب ستكون جاهزة.",
        [("هيئة الشباب والرياضة الكويتية", "أكدت", "indirect", "الملاعب ستكون جاهزة")],
    ),
    (  # a plural nationality as the subject (a headline)
        "الفلسطينيون يطالبون بتحقيق دولي في الأحداث",
        [("الفلسطينيون", "يطالبون", "indirect", "تحقيق دولي في الأحداث")],
    ),
    (  # Chinese authorities; a cue in a clause after إذ starts its own frame
        "وأعلن الجانبان توقيع عدة اتفاقيات، إذ شدد ولي العهد على تعدد المصالح المشتركة.",
        [("الجانبان", "أعلن", "indirect", "توقيع عدة اتفاقيات"),
         ("ولي العهد", "شدد", "indirect", "تعدد المصالح المشتركة")],
    ),
    (
        "وقالت السلطات الصينية إن الطائرة الجديدة تحلق بسرعة كبيرة.",
        [("السلطات الصينية", "قالت", "indirect", "الطائرة الجديدة تحلق بسرعة كبيرة")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_SUBJECTS)
def test_more_subjects(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


BOUNDARIES += [
    (  # Egyptian: نقلت "was taken" inside the content is no new frame (no عن follows)
        "وأضاف المحافظ أن الزوجة أصيبت بإعياء شديد ونقلت إلى مستشفى الغردقة قبل وفاتها.",
        [("المحافظ", "أضاف", "indirect",
          "الزوجة أصيبت بإعياء شديد ونقلت إلى مستشفى الغردقة قبل وفاتها")],
    ),
    (  # Saudi: a web address does not end the sentence
        "وأكد المتحدث أن الخدمة متاحة عبر الموقع www.sp.com.sa أو مكاتب البريد.",
        [("المتحدث", "أكد", "indirect",
          "الخدمة متاحة عبر الموقع www.sp.com.sa أو مكاتب البريد")],
    ),
    (  # Russian ministry: ردا على "in response to" goes on with the content
        'وقالت المتحدثة إن بلادها "ستعمل على اتخاذ إجراءات انتقامية"، ردا على العقوبات.',
        [("المتحدثة", "قالت", "mixed",
          'بلادها "ستعمل على اتخاذ إجراءات انتقامية"، ردا على العقوبات')],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_content_boundaries(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


# A cue with no subject of its own, in a sentence that a verb with a named subject opens.
SENTENCE_SUBJECT: list[tuple[str, list[Row]]] = [
    (  # Saudi sports page
        'وامتدح رئيس نادي الاتحاد أنمار الحائلي أداء اللاعبين، وقال: "نحن راضون تماما".',
        [("أنمار الحائلي", "قال", "direct", "نحن راضون تماما")],
    ),
    (  # Lebanese
        "أشاد وزير التربية اللبناني عباس الحلبي بالمعلمين، وأكد أن العام الدراسي سينطلق "
        "في موعده.",
        [("عباس الحلبي", "أكد", "indirect", "العام الدراسي سينطلق في موعده")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_SUBJECT)
def test_sentence_subject(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


NOT_SPEECH_EITHER = [
    # بين "between", طالب "student": verbs of saying only with their content right after
    "وبين المنتجات التي فرضت عليها بكين رسوما الفواكه والنبيذ، في حين أن الرسوم تشمل اللحوم.",
    "ونشر طالب جامعي تعليقات على الإنترنت اعتبرت مسيئة، في حين أن الجامعة فتحت تحقيقا.",
    # a term after a preposition
    'ويرد الاتحاد على "قائمة المخالفات" في مؤتمر صحفي الأحد.',
    # an age
    "وكان المدرس يبلغ من العمر 33 عاما عندما بدأ مبادرته.",
]


@pytest.mark.parametrize("text", NOT_SPEECH_EITHER)
def test_not_speech_either(text: str) -> None:
    assert find_quotes(text) == ()


def test_age_between_speaker_and_quote_is_not_a_cue() -> None:
    (q,) = find_quotes('وقال الشريف وهو مدرس يبلغ من العمر 33 عاما "إحنا بنلغي هذا الإهدار".')
    assert (q.speaker, q.cue, q.content) == ("الشريف", "قال", "إحنا بنلغي هذا الإهدار")
