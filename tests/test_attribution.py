"""Attributions: tables of sentences in the styles of several outlets, plus properties."""

from __future__ import annotations

import gzip
import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews import (
    attribution,
    attribution_credits,
    attribution_rules,
    attribution_sources,
    attribution_triggers,
)
from arnews.attribution import extract_attributions, find_attributions
from arnews.lexicon import sources as lex
from arnews.mentions import Attribution
from arnews.text import normalize, normalize_with_offsets
from tests.conftest import Seed, overlapping
from tests.strategies import SPACES, arabic_like_text

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

# Cue phrases written the ways other outlets write them.
MORE_CUE_CASES: list[tuple[str, list[Row]]] = [
    (
        # Egyptian style: the verb takes an object pronoun after وفقا لما.
        "ووفقا لما ذكرته صحيفة المصري اليوم، فإن القرار صدر.",
        [("المصري اليوم", "وفقا لما ذكرته", "media", False)],
    ),
    (
        "وفق ما ذكرت صحيفة عكاظ السعودية، فإن القرار سيصدر قريبا.",
        [("عكاظ", "وفق ما ذكرت", "media", False)],
    ),
    (
        "بحسب ما أوردت قناة سكاي نيوز عربية، انتهى الاجتماع.",
        [("سكاي نيوز عربية", "بحسب ما أوردت", "media", False)],
    ),
    (
        "كما أفادت وكالة الأنباء الكويتية (كونا) بأن الأمير عاد.",
        [("كونا", "كما أفادت", "media", False)],
    ),
    (
        "وذلك على ذمة صحيفة الشرق الأوسط.",
        [("الشرق الأوسط", "على ذمة", "media", False)],
    ),
    (
        "وبحسب وكالة أنباء الشرق الأوسط (أ ش أ)، فإن الرئيس التقى الوفد.",
        [("أ ش أ", "بحسب", "media", False)],
    ),
    (
        "طبقا لبيان وزارة الداخلية، تم القبض على المشتبه به.",
        [("بيان وزارة الداخلية", "طبقا لـ", "document", False)],
    ),
    (
        # Saudi style (GASTAT): a document named with the body that publishes it.
        "ووفقا لبيانات الهيئة العامة للإحصاء، فإن عدد السكان تجاوز ٣٤ مليونا.",
        [("بيانات الهيئة العامة للإحصاء", "وفقا لـ", "document", False)],
    ),
    (
        "استنادا إلى إحصاءات البنك الدولي، تراجع النمو.",
        [("إحصاءات البنك الدولي", "استنادا إلى", "document", False)],
    ),
    (
        "وحسب وزارة الصحة المغربية فإن عدد الحالات بلغ 300.",
        [("وزارة الصحة المغربية", "حسب", "organization", False)],
    ),
    (
        "وبحسب الوكالة الوطنية للإعلام، فإن الاجتماع سيعقد في السراي.",
        [("الوكالة الوطنية للإعلام", "بحسب", "media", False)],
    ),
    (
        "وحسب مصادر مطلعة، فإن الحكومة ستعقد اجتماعا.",
        [("مصادر مطلعة", "حسب", "unnamed", True)],
    ),
    (
        # A person named without a title, the title after a comma.
        "وبحسب محمد عبد الرحمن، مدير مركز الدراسات، فإن الأزمة ستطول.",
        [("محمد عبد الرحمن", "بحسب", "person", False)],
    ),
    (
        # Maghrebi style: حسب ما أفادت به.
        "وحسب ما أفادت به مصادر محلية، فإن القصف طال السوق.",
        [("مصادر محلية", "حسب ما أفادت به", "unnamed", True)],
    ),
    (
        "وعلمت هسبريس من مصادر مطلعة أن الوزارة ستعلن القرار.",
        [("هسبريس", "علمت", "media", False), ("مصادر مطلعة", "علمت", "unnamed", True)],
    ),
    (
        # يومية: a daily paper, in Moroccan outlets.
        'وأوردت يومية "الصباح" أن الحكومة تستعد للتعديل.',
        [("الصباح", "أوردت", "media", False)],
    ),
    (
        # The body that issued the document is the source (the document is what it issued).
        "وأفاد بيان صادر عن وزارة الخارجية بأن الوزير استقبل السفير.",
        [("وزارة الخارجية", "أفاد", "organization", False)],
    ),
    (
        # البيان is a document here, not the Emirati paper of that name.
        "بحسب ما جاء في البيان الختامي للقمة، فإن القادة اتفقوا على التعاون.",
        [("البيان الختامي للقمة", "بحسب ما جاء في", "document", False)],
    ),
    (
        "بحسب مصدر حكومي، فإن القرار سيصدر غدا.",
        [("مصدر حكومي", "بحسب", "unnamed", True)],
    ),
]

# The outlet a statement was given to: في حديث لـ، في تصريح لـ، في مقابلة مع، لـ.
OUTLET_CASES: list[tuple[str, list[Row]]] = [
    (
        'وأكد في حديث لـ"الشرق الأوسط" أن الأزمة انتهت.',
        [("الشرق الأوسط", "في حديث لـ", "media", False)],
    ),
    (
        'وأكد في حديث لقناة "الميادين" أن الأزمة انتهت.',
        [("الميادين", "في حديث لـ", "media", False)],
    ),
    (
        "وقال في تصريحات لـ«سكاي نيوز عربية» إن الاتفاق وشيك.",
        [("سكاي نيوز عربية", "في تصريحات لـ", "media", False)],
    ),
    (
        'وقال في تصريح خاص لـ"هسبريس" إن المشروع سينطلق.',
        [("هسبريس", "في تصريح خاص لـ", "media", False)],
    ),
    (
        'وقال في مقابلة مع "بي بي سي" إن الوضع خطير.',
        [("بي بي سي", "في مقابلة مع", "media", False)],
    ),
    (
        "وقال الوزير في مقابلة مع صحيفة لوموند الفرنسية إن باريس مستعدة.",
        [("لوموند", "في مقابلة مع", "media", False)],
    ),
    (
        'وقال مصدر مطلع لـ"الجزيرة نت" إن المفاوضات متعثرة.',
        [
            ("مصدر مطلع", "قال", "unnamed", True),
            ("الجزيرة نت", "لـ", "media", False),
        ],
    ),
    (
        "وقال متحدث باسم الشرطة لوكالة فرانس برس إن التحقيق جار.",
        [("متحدث باسم الشرطة", "قال", "unnamed", True), ("فرانس برس", "لـ", "media", False)],
    ),
    (
        "وقال شاهد عيان لرويترز إن الانفجار كان قويا.",
        [("شاهد عيان", "قال", "unnamed", True), ("رويترز", "لـ", "media", False)],
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

# Agencies of every region, named with their head and often their acronym.
AGENCY_CASES: list[tuple[str, list[Row]]] = [
    (
        "وذكرت وكالة الأنباء السعودية (واس) أن خادم الحرمين استقبل الوزير.",
        [("واس", "ذكرت", "media", False)],
    ),
    (
        "وقالت وكالة أنباء الإمارات (وام) إن الطائرة هبطت بسلام.",
        [("وام", "قالت", "media", False)],
    ),
    (
        "ونقلت وكالة الأنباء القطرية (قنا) عن وزير الخارجية قوله إن الحوار مستمر.",
        [("قنا", "نقلت", "media", False)],
    ),
    (
        "وأفادت وكالة أنباء البحرين (بنا) بأن الملك استقبل السفير.",
        [("بنا", "أفادت", "media", False)],
    ),
    (
        "وأوردت وكالة الأنباء الأردنية (بترا) أن الحكومة قررت رفع الأسعار.",
        [("بترا", "أوردت", "media", False)],
    ),
    (
        "وذكرت الوكالة الوطنية للإعلام أن غارة استهدفت بلدة في الجنوب.",
        [("الوكالة الوطنية للإعلام", "ذكرت", "media", False)],
    ),
    (
        "وأفادت وكالة المغرب العربي للأنباء (لاماب) بأن الملك ترأس مجلس الوزراء.",
        [("لاماب", "أفادت", "media", False)],
    ),
    (
        "وقالت وكالة الأنباء الجزائرية (وأج) إن الرئيس وقع المرسوم.",
        [("وأج", "قالت", "media", False)],
    ),
    (
        "وذكرت وكالة تونس إفريقيا للأنباء (وات) أن الحكومة أقرت الميزانية.",
        [("وات", "ذكرت", "media", False)],
    ),
    (
        "ونقلت وكالة شينخوا الصينية عن متحدث قوله إن بكين ترفض.",
        [("شينخوا", "نقلت", "media", False)],
    ),
    (
        "وذكرت وكالة الأنباء الألمانية (د ب أ) أن المستشارة وصلت.",
        [("د ب أ", "ذكرت", "media", False)],
    ),
    (
        "ونقلت وكالة إنترفاكس عن مصدر عسكري أن السفن أبحرت.",
        [("إنترفاكس", "نقلت", "media", False), ("مصدر عسكري", "نقلت", "unnamed", True)],
    ),
    ("وقالت وكالة تاس الروسية إن الطائرة هبطت.", [("تاس", "قالت", "media", False)]),
    ("وذكرت وكالة نوفوستي أن الوفد وصل.", [("نوفوستي", "ذكرت", "media", False)]),
    (
        "وأفادت وكالة الأناضول بأن الزلزال ضرب المدينة.",
        [("الأناضول", "أفادت", "media", False)],
    ),
    (
        "وقالت وكالة أسوشيتد برس إن الشرطة اعتقلت شخصين.",
        [("أسوشيتد برس", "قالت", "media", False)],
    ),
    (
        "وقالت وكالة الصحافة الفرنسية إن 20 شخصا قتلوا.",
        [("وكالة الصحافة الفرنسية", "قالت", "media", False)],
    ),
    ("وذكرت صحيفة الأهرام أن الحكومة تدرس القرار.", [("الأهرام", "ذكرت", "media", False)]),
    (
        'ونقل موقع "اليوم السابع" عن مصدر أمني أن الحادث وقع ليلا.',
        [("اليوم السابع", "نقل", "media", False), ("مصدر أمني", "نقل", "unnamed", True)],
    ),
    ("وذكر موقع هسبريس أن الأمطار تسببت في فيضانات.", [("هسبريس", "ذكر", "media", False)]),
    (
        # Lebanese channel named by one definite word after its head.
        "ونقلت قناة الجديد عن مصدر وزاري قوله إن الخلافات قائمة.",
        [("الجديد", "نقلت", "media", False), ("مصدر وزاري", "نقلت", "unnamed", True)],
    ),
    (
        "وقال التلفزيون الرسمي إن الرئيس ألقى خطابا.",
        [("التلفزيون الرسمي", "قال", "media", False)],
    ),
    (
        'وقالت صحيفة "وول ستريت جورنال" إن الشركة تدرس بيع أصولها.',
        [("وول ستريت جورنال", "قالت", "media", False)],
    ),
]

# The same source named twice in different words is one source name.
SAME_SOURCE_CASES: list[tuple[str, list[Row]]] = [
    (
        'وذكرت وكالة الأنباء السورية الرسمية "سانا" أن الجيش تقدم.',
        [("سانا", "ذكرت", "media", False)],
    ),
    ("وكالة الأنباء السورية (سانا)", [("سانا", "", "media", False)]),
    (
        "وقالت وكالة أنباء الإمارات (وام) إن الوفد وصل.",
        [("وام", "قالت", "media", False)],
    ),
]

# Documents and chains: the document and the outlet or body it is chained to.
CHAIN_CASES: list[tuple[str, list[Row]]] = [
    (
        'وكشفت وثيقة حصلت عليها "رويترز" أن الشركة خططت للبيع.',
        [("وثيقة", "كشفت", "document", False), ("رويترز", "حصلت عليها", "media", False)],
    ),
    (
        "وبحسب رسالة اطلعت عليها وكالة فرانس برس، طلبت الحكومة تمديد المهلة.",
        [("رسالة", "بحسب", "document", False), ("فرانس برس", "اطلعت عليها", "media", False)],
    ),
    (
        'ووفق تقرير سري نشرته صحيفة "الغارديان"، فإن الصفقة تمت.',
        [("تقرير سري", "وفق", "document", False), ("الغارديان", "نشرته", "media", False)],
    ),
    (
        "وأظهرت وثائق مسربة نشرها موقع ويكيليكس أن السفارة حذرت.",
        [("وثائق مسربة", "أظهرت", "document", False), ("ويكيليكس", "نشرها", "media", False)],
    ),
    (
        "وأظهرت صور بثتها وسائل إعلام محلية الدمار الكبير.",
        [("صور", "أظهرت", "document", False), ("وسائل إعلام محلية", "بثتها", "media", True)],
    ),
    (
        "وأفادت تقارير إعلامية بأن الرئيس سيزور القاهرة.",
        [("تقارير إعلامية", "أفادت", "document", False)],
    ),
    ("وقال البيان إن الاجتماع بحث التعاون.", [("البيان", "قال", "document", False)]),
    (
        # Moroccan ministries publish a بلاغ (communiqué).
        # The ministry that issued the بلاغ is the source.
        "أفاد بلاغ لوزارة الداخلية، صدر مساء الخميس، بأن السلطات أحبطت مخططا.",
        [("وزارة الداخلية", "أفاد", "organization", False)],
    ),
    (
        "وبحسب تقرير لمنظمة هيومن رايتس ووتش، تعرض المعتقلون للتعذيب.",
        [("منظمة هيومن رايتس ووتش", "بحسب", "organization", False)],
    ),
]

# Unnamed sources with their qualifiers.
UNNAMED_CASES: list[tuple[str, list[Row]]] = [
    (
        "وقال مسؤول رفيع المستوى في وزارة الخارجية إن الاتفاق قريب.",
        [("مسؤول رفيع المستوى في وزارة الخارجية", "قال", "unnamed", True)],
    ),
    (
        "وقال مسؤول أمني، طلب عدم الكشف عن هويته، إن الهجوم أحبط.",
        [("مسؤول أمني", "قال", "unnamed", True)],
    ),
    (
        "وقال مسؤول طلب عدم الكشف عن اسمه إن الاتفاق قريب.",
        [("مسؤول", "قال", "unnamed", True)],
    ),
    (
        "وأوضحت مصادر مقربة من الحكومة أن التعديل وشيك.",
        [("مصادر مقربة من الحكومة", "أوضحت", "unnamed", True)],
    ),
    ("وقال سكان محليون إن القوات انسحبت.", [("سكان محليون", "قال", "unnamed", True)]),
    ("وأفاد ناشطون بأن القصف استهدف السوق.", [("ناشطون", "أفاد", "unnamed", True)]),
    (
        "وقالت مصادر طبية في المستشفى إن الحصيلة ارتفعت.",
        [("مصادر طبية في المستشفى", "قالت", "unnamed", True)],
    ),
    (
        "وذكرت مصادر أمنية عراقية أن انفجارا وقع في بغداد.",
        [("مصادر أمنية عراقية", "ذكرت", "unnamed", True)],
    ),
    (
        "وقال دبلوماسي غربي إن المحادثات متعثرة.",
        [("دبلوماسي غربي", "قال", "unnamed", True)],
    ),
    (
        "وأكد المصدر ذاته أن عمليات المراقبة ستتواصل.",
        [("المصدر ذاته", "أكد", "unnamed", True)],
    ),
    (
        "وقال مصدران مطلعان لرويترز إن الشركة ستعلن النتائج.",
        [("مصدران مطلعان", "قال", "unnamed", True), ("رويترز", "لـ", "media", False)],
    ),
    (
        # Saudi style (SPA): a source "in" a ministry written with بـ.
        "وصرح مصدر مسؤول بوزارة الداخلية بأن قوات الأمن ألقت القبض على المتهمين.",
        [("مصدر مسؤول بوزارة الداخلية", "صرح", "unnamed", True)],
    ),
    (
        "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إن المساعدات توقفت.",
        [("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "قال", "organization", False)],
    ),
    (
        "وذكرت مواقع إخبارية محلية أن الاشتباكات تجددت.",
        [("مواقع إخبارية محلية", "ذكرت", "media", True)],
    ),
    (
        "ونسبت وكالة الأنباء الفرنسية إلى مصدر عسكري قوله إن الهجوم صد.",
        [
            ("وكالة الأنباء الفرنسية", "نسبت", "media", False),
            ("مصدر عسكري", "نسبت", "unnamed", True),
        ],
    ),
    (
        'وذكرت صحيفة "نيويورك تايمز" نقلا عن مسؤولين أميركيين أن الهجوم وشيك.',
        [
            ("نيويورك تايمز", "ذكرت", "media", False),
            ("مسؤولين أميركيين", "نقلا عن", "unnamed", True),
        ],
    ),
    (
        # An agency of the UN system is an organisation, not a news agency.
        "وقالت وكالة الطاقة الدولية في تقريرها الشهري إن الطلب سيرتفع.",
        [("وكالة الطاقة الدولية", "قالت", "organization", False)],
    ),
    (
        "وقالت منظمة العفو الدولية إن السجناء تعرضوا للتعذيب.",
        [("منظمة العفو الدولية", "قالت", "organization", False)],
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
    (
        "المصدر: الجزيرة نت + وكالات",
        [("الجزيرة نت", "المصدر", "media", False), ("وكالات", "المصدر", "media", True)],
    ),
    (
        "المصدر: رويترز، أ ف ب",
        [("رويترز", "المصدر", "media", False), ("أ ف ب", "المصدر", "media", False)],
    ),
    ("مصدر الخبر: هسبريس", [("هسبريس", "مصدر الخبر", "media", False)]),
    ("نص الخبر هنا.\nالمصدر: الشرق الأوسط", [("الشرق الأوسط", "المصدر", "media", False)]),
    ("متظاهرون في الرباط (أ ف ب)", [("أ ف ب", "", "media", False)]),
    ("الزعيمان خلال المؤتمر الصحفي (الأناضول)", [("الأناضول", "", "media", False)]),
    ("حريق في مصنع (د ب أ)", [("د ب أ", "", "media", False)]),
    ("صورة أرشيفية (أ ب)", [("أ ب", "", "media", False)]),
    (
        "A general view of the port of Beirut. REUTERS/Mohamed Azakir",
        [("REUTERS", "", "media", False)],
    ),
    ("Rescuers at the site. AP Photo/Hussein Malla", [("AP Photo", "", "media", False)]),
    ("Smoke rises over Gaza. EPA/MOHAMMED SABER", [("EPA", "", "media", False)]),
    ("صورة: رويترز", [("رويترز", "صورة", "media", False)]),
    ("جنود قرب الحدود (صورة: أ ف ب)", [("أ ف ب", "صورة", "media", False)]),
    (
        # A caption position marker next to a real credit.
        "الرئيس الفرنسي إيمانويل ماكرون (يمين) يصافح نظيره (رويترز)",
        [("رويترز", "", "media", False)],
    ),
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
    "الملك محمد السادس (وسط) خلال الحفل",
    "ويذكر أن الوزير زار المنطقة.",
    "والجدير بالذكر أن الحكومة أقرت القرار.",
    "وقال الرئيس إن البلاد تواجه تحديات.",
    "وأعلنت وزارة الداخلية القبض على المتهمين.",
    "كما أكد الوزير أن الحكومة ماضية في الإصلاح.",
    "وبحسب الخطة فإن العمل سيبدأ في يناير.",
    "ارتفعت الأسعار بحسب المواسم.",
    "وفقا للقانون، يحق للمواطن الطعن.",
    "وفق الدستور يتم انتخاب الرئيس.",
    "الصورة: الرئيس خلال زيارته إلى المدينة",
    "وقال إن الفرق بين الطرفين كبير.",
    "وبحسب الخطة الجديدة، الرئيس سيصل غدا.",
    "وقالت الخارجية الأميركية في بيان إن واشنطن تراقب الوضع.",
    "وقال الناطق باسم الحكومة إن القرار نهائي.",
    "وأشار الوزير في حديثه إلى أن المصدر الرئيسي للدخل هو النفط.",
    "",
    "(((((((",
    '""""',
]


ALL_CASES = (
    CUE_CASES + MORE_CUE_CASES + OUTLET_CASES + VERB_CASES + AGENCY_CASES + SAME_SOURCE_CASES
    + CHAIN_CASES + UNNAMED_CASES + CREDIT_CASES
)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_table(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_table_spans_quote_the_text(text: str, expected: list[Row]) -> None:
    for a in find_attributions(text):
        assert text[a.start : a.end] == a.text
        # The source is quoted from the text; after a glued لـ (للمرصد) it gets its
        # alef back (المرصد).
        source = normalize(a.source)
        assert source in normalize(a.text) or "ل" + source[1:] in normalize(a.text)


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
GEN_CONTEXT = [
    "قتل 12 شخصا",
    "ارتفعت الأسعار 5%",
    "تأجل الاجتماع إلى الأسبوع المقبل",
    "وصل ١٥٠ مهاجرا إلى الشواطئ",
]


def place(phrase: str, context: str, position: str) -> str:
    """The phrase before, after or between two clauses of the context."""
    if position == "before":
        return f"{phrase}، {context}."
    if position == "after":
        return f"{context}، {phrase}."
    return f"{context}، {phrase}، ثم {context}."


POSITIONS = st.sampled_from(["before", "after", "middle"])


@given(
    st.sampled_from(GEN_CUES),
    st.sampled_from(GEN_SOURCES),
    st.sampled_from(GEN_CONTEXT),
    POSITIONS,
    st.sampled_from(["", "و"]),
)
def test_generated(
    cue: str, source: tuple[str, str, str, bool], context: str, position: str, prefix: str
) -> None:
    written, name, kind, anonymous = source
    phrase = f"{prefix}{cue} {written}"
    text = place(phrase, context, position)
    found = find_attributions(text)
    assert [(a.source, a.cue, a.kind, a.anonymous) for a in found] == [
        (name, cue, kind, anonymous)
    ]
    assert found[0].text == f"{cue} {written}"


# Cues ending in a glued لـ: the preposition joins the source, an article loses its alef.
GLUED_CUES = ["وفقا ل", "طبقا ل", "استنادا ل", "في حديث ل", "في تصريح ل", "في تصريحات ل"]
GLUED_SOURCES: list[tuple[str, str, str]] = [
    # written after لـ, source, kind
    ("لوكالة شينخوا", "شينخوا", "media"),
    ('لصحيفة "الغارديان"', "الغارديان", "media"),
    ("لقناة «العربية»", "العربية", "media"),
    ("لوكالة الأنباء الأردنية (بترا)", "بترا", "media"),
    ('لـ"سكاي نيوز عربية"', "سكاي نيوز عربية", "media"),
    ("للمرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "organization"),
    ("لمنظمة الصحة العالمية", "منظمة الصحة العالمية", "organization"),
]


@given(
    st.sampled_from(GLUED_CUES),
    st.sampled_from(GLUED_SOURCES),
    st.sampled_from(GEN_CONTEXT),
    POSITIONS,
)
def test_generated_glued(
    cue: str, source: tuple[str, str, str], context: str, position: str
) -> None:
    written, name, kind = source
    text = place(f"{cue[:-1]}{written}", context, position)
    found = find_attributions(text)
    assert [(a.source, a.cue, a.kind) for a in found] == [(name, cue + "ـ", kind)]


# Reporting verb + a source that reports facts (medium, monitor, unnamed source).
GEN_VERBS = ["قال", "ذكرت", "أفادت", "أكد", "أوضحت", "نقلت"]
VERB_SOURCES: list[tuple[str, str, str, bool]] = [
    ("وكالة الأنباء القطرية (قنا)", "قنا", "media", False),
    ('صحيفة "القدس العربي"', "القدس العربي", "media", False),
    ("وكالة الأناضول", "الأناضول", "media", False),
    ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "organization", False),
    ("منظمة العفو الدولية", "منظمة العفو الدولية", "organization", False),
    ("مصادر مطلعة", "مصادر مطلعة", "unnamed", True),
    ("مسؤول عسكري رفيع", "مسؤول عسكري رفيع", "unnamed", True),
    ("مصدر في وزارة الخارجية", "مصدر في وزارة الخارجية", "unnamed", True),
]


@given(
    st.sampled_from(GEN_VERBS),
    st.sampled_from(VERB_SOURCES),
    st.sampled_from(GEN_CONTEXT),
    st.sampled_from(["", "و"]),
)
def test_generated_verb(
    verb: str, source: tuple[str, str, str, bool], context: str, prefix: str
) -> None:
    written, name, kind, anonymous = source
    text = f"{prefix}{verb} {written} إن {context}."
    found = find_attributions(text)
    assert [(a.source, a.cue, a.kind, a.anonymous) for a in found] == [
        (name, verb, kind, anonymous)
    ]
    assert found[0].text == f"{verb} {written}"


# ---------------------------------------------------------------------------
# seed articles


def test_seed_gold_attributions(seed: Seed) -> None:
    """Every required gold attribution is found with its source, kind and anonymity."""
    found = find_attributions(seed.text)
    for gold in seed.spans("attributions"):
        if gold.optional:
            continue
        sources = {normalize(s) for s in gold.data["source"]}
        matches = [
            a
            for a in overlapping(gold.start, gold.end, found)
            if normalize(a.source) in sources
            and a.kind == gold.data["kind"]
            and a.anonymous == gold.data["anonymous"]
        ]
        assert matches, f"{seed.name}: {gold.data['text']!r} not found"


def test_seed_nothing_spurious(seed: Seed) -> None:
    gold = seed.spans("attributions")
    for a in find_attributions(seed.text):
        assert any(g.start < a.end and a.start < g.end for g in gold), a


# ---------------------------------------------------------------------------
# speed-ups that must not change what is found

_TRIGGER_PIECES = (
    *sorted(
        {
            piece
            for phrase in (*lex.PREPOSITION_CUES, *lex.ATTRIBUTION_VERBS,
                           *lex.MEDIA_HEADS, *lex.UNNAMED_HEADS,
                           *(a for aliases, _ in lex.AGENCIES.values()
                             for a in aliases))
            for piece in (phrase, *phrase.split())
        }
    ),
    "و", "ف", "ل", "ب", "ال", '"', "«", "“", "²", "\u0301", "_", "x", "7",
)


@st.composite
def _trigger_text(draw: st.DrawFn) -> str:
    """Lexicon phrases and their words, glued or spaced in every way."""
    pieces = draw(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=14))
    seps = st.sampled_from((*SPACES, "", "", "\r", "\x0b", "\x85", "\u2028", "\x1c", "،", ":"))
    return "".join(piece + draw(seps) for piece in pieces)


def _finditer_starts(nt: attribution.NormalizedText) -> list[int]:
    p = attribution_rules._patterns()
    starts = []
    end = 0
    for start, _ in attribution_triggers._trigger_words(p, nt):
        if start >= end and (m := p.trigger.match(nt.text, start)) is not None:
            starts.append(start)
            end = m.end()
    return starts


@settings(deadline=None)  # the first call compiles the patterns
@given(st.one_of(_trigger_text(), arabic_like_text()))
def test_trigger_starts_give_the_trigger_scan(text: str) -> None:
    """Matching only at the located starts finds what scanning the whole text finds."""
    nt = normalize_with_offsets(text)
    p = attribution_rules._patterns()
    assert _finditer_starts(nt) == [m.start() for m in p.trigger.finditer(nt.text)]


@settings(deadline=None)
@given(st.one_of(_trigger_text(), arabic_like_text()))
def test_trigger_words_and_their_tries_match_as_the_trigger(text: str) -> None:
    """At each located start, the whole word there is what the word index says, and
    the first word's own trie ends where the whole trigger ends."""
    nt = normalize_with_offsets(text)
    t = nt.text
    p = attribution_rules._patterns()
    for start, word_end in attribution_triggers._trigger_words(p, nt):
        word = t[start:word_end]
        # the whole word: a run of word characters with none on either side
        assert re.fullmatch(r"\w+", word), word
        assert start == 0 or not re.match(r"\w", t[start - 1])
        assert not re.match(r"\w", t[word_end : word_end + 1])
        m = p.trigger.match(t, start)
        assert attribution_triggers._trigger_end(p, t, start, word) == (m.end() if m else -1)
        # A word the scan takes as matched alone is what the trigger matches.
        plan = attribution_triggers._word_plan_of(p, word)
        if plan is not None and plan.exact_unless is not None:
            if nt.words.isdisjoint(plan.exact_unless):
                assert m is not None and m.end() == word_end, word
    for start in (m.start() for m in p.trigger.finditer(t)):
        if re.match(r"\w", t[start : start + 1]):
            word = re.match(r"\w+", t[start:]).group()  # type: ignore[union-attr]
            match = p.trigger.match(t, start)
            assert match is not None
            assert attribution_triggers._trigger_end(p, t, start, word) == match.end()


def test_trigger_words_on_glued_letters_and_punctuated_names() -> None:
    """First words that begin with و/ف/ل/ب, names written with dots, a glued لـ."""
    p = attribution_rules._patterns()
    assert not p.trigger_single & p.trigger_trie_ends.keys()
    sample = 'قال وقال فقال تقرير ل وفق ما افاد في حديث ا.ف.ب وا.ف.ب لرويترز ل"الجزيرة"'
    assert attribution_triggers._word_plan_of(p, "وقال").exact_unless == frozenset({"تقرير"})
    assert attribution_triggers._word_plan_of(p, "وقال").lone_verb is not None
    nt = normalize_with_offsets(sample)
    for m in p.trigger.finditer(nt.text):
        word = re.match(r"\w+", nt.text[m.start() :])
        assert word is not None
        assert attribution_triggers._trigger_end(p, nt.text, m.start(), word.group()) == m.end()


def test_plain_characters_read_alike_by_both_engines() -> None:
    import re

    import regex

    plain = [chr(c) for c in range(0x110000) if attribution_rules._PLAIN_TEXT.fullmatch(chr(c))]
    words = [c for c in plain if attribution_rules._PLAIN_WORD.fullmatch(c)]
    assert len(plain) > 250 and len(words) > 190
    for char in plain:
        for pattern in (r"\w", r"\s", r"\d", r"[^\S\n]"):
            assert bool(re.match(pattern, char)) == bool(regex.match(pattern, char)), (
                hex(ord(char)), pattern
            )
    for char in words:
        assert re.match(r"\w", char)
    # What _PLAIN_WORD stops at is no word character for either engine.
    stops = [c for c in map(chr, range(0x110000))
             if attribution_rules._PLAIN_WORD.fullmatch(c) is None
             and attribution_rules._PLAIN_WORD.match("a" + c) is not None]
    for char in stops:
        assert not re.match(r"\w", char) and not regex.match(r"\w", char), hex(ord(char))


@settings(deadline=None)
@given(st.one_of(_trigger_text(), arabic_like_text()))
def test_plain_patterns_find_what_regex_finds(text: str) -> None:
    """The standard-library twins used on plain texts agree with the ``regex`` patterns."""
    nt = normalize_with_offsets(text)
    p = attribution_rules._patterns()
    found = []
    for patterns in (p, p.plain):
        lists: tuple[list[attribution_sources._Found], ...] = ([], [], [], [])
        attribution_credits._credit_attributions(patterns, nt, lists[0])
        attribution._scan_words(patterns, nt, *lists[1:])
        found.append(lists)
    if attribution_rules._PLAIN_TEXT.fullmatch(nt.text):
        assert found[0] == found[1]


def test_dateline_passed_explicitly() -> None:
    """parse() hands the dateline it found to extract_attributions: no hidden channel."""
    nt = normalize_with_offsets("بيروت (رويترز) - قال مصدر أمني إن الوضع هادئ.")
    # Read from the text by default: the agency in the dateline is not reported again.
    assert [a.source for a in extract_attributions(nt)] == ["مصدر أمني"]
    # Given no dateline, the agency in parentheses is a credit like any other.
    assert [a.source for a in extract_attributions(nt, dateline=None)] == ["رويترز", "مصدر أمني"]


# ---------------------------------------------------------------------------
# Tables per class of source phrase (issue 16). Sentences written for these tests in
# the styles of Gulf, Egyptian, Levantine and Maghrebi outlets.

# A source named by a noun phrase with a preposition: the author after لـ، من or صادر
# عن is the source, not the document (or survey, or figures) it issued.
AUTHOR_CASES: list[tuple[str, list[Row]]] = [
    (
        "وأظهرت أرقام من المكتب الوطني للإحصاء أن البطالة بلغت 12 في المئة.",
        [("المكتب الوطني للإحصاء", "أظهرت", "organization", False)],
    ),
    (
        "وأظهر مسح لبلومبرغ أن المستثمرين يتوقعون خفض الفائدة.",
        [("بلومبرغ", "أظهر", "media", False)],
    ),
    (
        "بحسب تقرير لمنظمة العفو الدولية، يقبع المئات في السجون دون محاكمة.",
        [("منظمة العفو الدولية", "بحسب", "organization", False)],
    ),
    (
        # Egypt: CAPMAS figures.
        "وكشفت دراسة للجهاز المركزي للتعبئة العامة والإحصاء أن معدل الفقر ارتفع.",
        [("الجهاز المركزي للتعبئة العامة", "كشفت", "organization", False)],
    ),
    (
        # Morocco: the High Commission for Planning.
        "وأفادت معطيات صادرة عن المندوبية السامية للتخطيط بأن نسبة البطالة تراجعت.",
        [("المندوبية السامية للتخطيط", "أفادت", "organization", False)],
    ),
    (
        "ووفقا لإحصاءات من وزارة الصحة الفلسطينية، ارتفع عدد الضحايا.",
        [("وزارة الصحة الفلسطينية", "وفقا لـ", "organization", False)],
    ),
    (
        # With no author after it, a لـ word still ends the document's name.
        "وبحسب البيان الختامي للقمة، اتفق القادة على التعاون.",
        [("البيان الختامي للقمة", "بحسب", "document", False)],
    ),
    (
        "بحسب وصف الحارس، كان المهاجم ملثما.",
        [("الحارس", "بحسب وصف", "person", False)],
    ),
    (
        # The outlet's own reporter between the cue and the person.
        "بحسب ما صرح به لمراسلنا المدير العام للشركة، فإن الأرباح تضاعفت.",
        [("المدير العام للشركة", "بحسب ما صرح به", "person", False)],
    ),
]

# A medium or body referred to by its noun: a source, resolved to the name given before.
BODY_NOUN_CASES: list[tuple[str, list[Row]]] = [
    (
        'نشرت صحيفة "الخليج" الإماراتية تقريرا عن الإيجارات. وذكرت الصحيفة أن الأسعار ارتفعت.',
        [("الخليج", "نشرت", "media", False), ("الخليج", "ذكرت", "media", False)],
    ),
    (
        "أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة. وأكدت الوزارة أن الوضع مستقر.",
        [("وزارة الصحة المصرية", "أكدت", "organization", False)],
    ),
    (
        "وأضافت القناة أن القصف استمر حتى الفجر.",
        [("القناة", "أضافت", "media", False)],
    ),
    (
        "قالت منظمة هيومن رايتس ووتش في تقرير لها إن المعتقلين عذبوا، وأضافت المنظمة أن"
        " السلطات لم تحقق.",
        [
            ("منظمة هيومن رايتس ووتش", "قالت", "organization", False),
            ("منظمة هيومن رايتس ووتش", "أضافت", "organization", False),
        ],
    ),
    (
        'وأوردت يومية "المساء" أن الحكومة تستعد للتعديل، وأضافت اليومية أن الأسماء جاهزة.',
        [("المساء", "أوردت", "media", False), ("المساء", "أضافت", "media", False)],
    ),
    (
        'وقالت وكالة الأنباء الأردنية "بترا" إن الملك استقبل الوفد. وأضافت الوكالة أن اللقاء'
        " تناول التعاون.",
        [("بترا", "قالت", "media", False), ("بترا", "أضافت", "media", False)],
    ),
    (
        # A noun followed by its own name opens a new name: not a body named before.
        "وقال المكتب الإعلامي لحزب الوسط إن الاجتماع تأجل.",
        [],
    ),
    (
        # The verb agrees with the body: a present with ت for a feminine noun.
        "وتكشف الصحيفة أن المفاوضات بلغت مرحلة حاسمة.",
        [("الصحيفة", "تكشف", "media", False)],
    ),
    ("وأكد المرصد أن الاشتباكات تجددت في ريف حلب.", [("المرصد", "أكد", "organization", False)]),
    (
        # A medium after a document, without a preposition, is its author.
        'وطبقا لتقرير صحيفة "حرييت" المحلية، فإن البلدية غيرت أسماء الشوارع.',
        [("حرييت", "طبقا لـ", "media", False)],
    ),
    (
        # A medium followed by its verb.
        'صحيفة "لوفيغارو" الفرنسية تكتب عن الانتخابات الأوروبية.',
        [("لوفيغارو", "تكتب", "media", False)],
    ),
]

# Bodies whose business is to report facts, after a bare reporting verb.
FACT_BODY_CASES: list[tuple[str, list[Row]]] = [
    (
        "أكدت هيئة الطيران المدني أن الرحلات استؤنفت صباح اليوم.",
        [("هيئة الطيران المدني", "أكدت", "organization", False)],
    ),
    (
        "وقالت الشرطة المغربية إن ثلاثة أشخاص أصيبوا في الحادث.",
        [("الشرطة المغربية", "قالت", "organization", False)],
    ),
    (
        "وذكر المركز الوطني للأرصاد أن درجات الحرارة ستنخفض في الرياض.",
        [("المركز الوطني للأرصاد", "ذكر", "organization", False)],
    ),
    (
        "وأعلنت المديرية العامة للدفاع المدني أن فرقها أخمدت الحريق.",
        [("المديرية العامة للدفاع المدني", "أعلنت", "organization", False)],
    ),
    (
        # A ministry speaking for itself is a quote, not an attribution.
        "وقالت وزارة الخارجية إن الوزير سيزور الرياض الأسبوع المقبل.",
        [],
    ),
]

# Anonymous and plural sources.
ANONYMOUS_CASES: list[tuple[str, list[Row]]] = [
    ("وقال مصدر مطلع إن الاجتماع تأجل.", [("مصدر مطلع", "قال", "unnamed", True)]),
    (
        # The request not to be named is part of the span, not of the source.
        "وقال مسؤول عراقي رفض الكشف عن اسمه إن الهجوم صد.",
        [("مسؤول عراقي", "قال", "unnamed", True)],
    ),
    (
        "وأفاد شهود عيان بسماع دوي انفجارات في حمص.",
        [("شهود عيان", "أفاد", "unnamed", True)],
    ),
    (
        "وقال سكان محليون إن المياه انقطعت منذ أيام.",
        [("سكان محليون", "قال", "unnamed", True)],
    ),
    (
        "ويرى بعض المراقبين أن الانتخابات ستتأجل.",
        [("بعض المراقبين", "يرى", "unnamed", True)],
    ),
    (
        # The nationality stays in the source.
        "ونقلت رويترز عن دبلوماسيين غربيين أن المفاوضات متعثرة.",
        [("رويترز", "نقلت", "media", False), ("دبلوماسيين غربيين", "نقلت", "unnamed", True)],
    ),
    (
        "وأوضح عدد من الأهالي أن المياه لم تصل إلى القرية.",
        [("عدد من الأهالي", "أوضح", "unnamed", True)],
    ),
    (
        "وتوقع محللان اقتصاديان أن ترتفع أسعار الوقود في الكويت.",
        [("محللان اقتصاديان", "توقع", "unnamed", True)],
    ),
    ("بحسب مراقبين، فإن التصعيد سيستمر.", [("مراقبين", "بحسب", "unnamed", True)]),
    (
        "نقلا عن مصادر طبية وسكان الحي، قتل خمسة أشخاص.",
        [("مصادر طبية", "نقلا عن", "unnamed", True), ("سكان الحي", "نقلا عن", "unnamed", True)],
    ),
    (
        # The subject before its verb.
        "وكان المرصد السوري لحقوق الإنسان قد قال إن الغارات أسفرت عن قتلى.",
        [("المرصد السوري لحقوق الإنسان", "قال", "organization", False)],
    ),
    (
        "وقالت متحدثة باسم الولاية إن الطريق أغلق بسبب الثلوج.",
        [("متحدثة باسم الولاية", "قالت", "unnamed", True)],
    ),
]

# Not attributions: "in accordance with", a medium or an unnamed head as a topic or object.
NOT_SOURCE_CASES: list[str] = [
    "تم تسليم الوثائق حسب الأصول.",
    "يعمل النظام وفقا لسلسلة من الخطوات.",
    "تجري الانتخابات طبقا للمعايير الدولية.",
    "قال رئيس تحرير صحيفة «الأيام» إن الوضع صعب.",
    'واصل مستخدمو موقع "تويتر" انتقاداتهم.',
    "وجاء في المرتبة الثانية فريق الهلال.",
    "وأعلنت روسيا إجراءات ضد دبلوماسيين بريطانيين.",
    "بلغ عدد سكان المدينة مليون نسمة.",
    "وانتقد ما جاء في التقرير من اتهامات.",
    # A verbal noun that looks like a verb does not agree with the body after it.
    "وأثار قرار نقل السفارة غضبا واسعا.",
    # The other party of a call is no source.
    "وبحث الملك في اتصال هاتفي مع الرئيس المصري العلاقات الثنائية.",
    # A group of things after a cue.
    "ووفقا للعديد من الشكاوى، تأخرت الرحلات.",
    # A bare head names no body (وكالة فيتش is not known).
    "وقالت وكالة فيتش إنها خفضت التصنيف.",
]


@pytest.mark.parametrize(
    ("text", "expected"), AUTHOR_CASES + BODY_NOUN_CASES + FACT_BODY_CASES + ANONYMOUS_CASES
)
def test_source_phrase_classes(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected
    for a in find_attributions(text):
        assert text[a.start : a.end] == a.text


@pytest.mark.parametrize("text", NOT_SOURCE_CASES)
def test_not_sources(text: str) -> None:
    assert find_attributions(text) == ()


# Agency forms -> one canonical name each (credits, cues, verbs, datelines alike).
CANONICAL_CASES: list[tuple[str, str]] = [
    ("وذكرت وكالة فرانس برس أن الهدنة صامدة.", "AFP"),
    ("وقال مصدر أمني لوكالة الصحافة الفرنسية إن الهدنة صامدة.", "AFP"),
    ("صورة: أ ف ب", "AFP"),
    ("الصورة: ا ف ب", "AFP"),
    ("بحسب رويترز، ارتفعت الأسعار.", "Reuters"),
    ("نقلا عن وكالة د ب أ، فإن المحادثات فشلت.", "dpa"),
    ("استقبل ولي العهد الوفد في جدة (واس)", "SPA"),
    ("حسب ما ذكرت وكالة واس، فإن عدد السكان ارتفع.", "SPA"),
    ("ترأس الملك مجلس الوزراء (و م ع)", "MAP"),
    ("أعلنت الحكومة الجزائرية خطة جديدة (وأج)", "APS"),
    ("أعلنت الحكومة التونسية خطة جديدة (وات)", "TAP"),
    ("وذكرت وكالة الأنباء القطرية (قنا) أن الأمير استقبل الوزير.", "QNA"),
    ("وذكرت وكالة الأنباء الكويتية (كونا) أن الأمير استقبل الوزير.", "KUNA"),
    ('وذكرت وكالة أنباء الإمارات "وام" أن الرئيس استقبل الوزير.', "WAM"),
    ("وأفادت وكالة أنباء البحرين (بنا) بأن الملك استقبل الوفد.", "BNA"),
    ("وذكرت وكالة الأنباء العمانية أن السلطان استقبل الوفد.", "ONA"),
    ("وقالت وكالة بترا إن الملك استقبل الوفد.", "Petra"),
    ('وذكرت وكالة الأنباء السورية "سانا" أن الجيش تقدم.', "SANA"),
    ("بحسب وكالة وفا، اقتحم المستوطنون القرية.", "WAFA"),
    ("نقلا عن وكالة أ ش أ، فإن الرئيس استقبل الوفد.", "MENA"),
    ("وذكرت وكالة الأناضول أن الرئيس التركي استقبل الوفد.", "Anadolu"),
    ("وأفادت وكالة شينخوا بأن الصادرات ارتفعت.", "Xinhua"),
    ('وقال الوزير في حديث لوكالة "إنترفاكس" إن المحادثات مستمرة.', "Interfax"),
    ("وذكرت وكالة تاس أن الكرملين رحب بالاتفاق.", "TASS"),
    ("REUTERS/Pierre Albouy", "Reuters"),
]


@pytest.mark.parametrize(("text", "canonical"), CANONICAL_CASES)
def test_agency_canonical(text: str, canonical: str) -> None:
    found = find_attributions(text)
    assert [a.canonical for a in found if a.kind == "media"] == [canonical]


def test_canonical_only_for_agencies() -> None:
    (a,) = find_attributions('وذكرت صحيفة "الأهرام" أن الحكومة ستستقيل.')
    assert (a.source, a.canonical) == ("الأهرام", None)
    (b,) = find_attributions("وقال مسؤول أميركي إن المحادثات مستمرة.")
    assert b.canonical is None


def test_dateline_agency_is_not_an_attribution_in_any_house_style() -> None:
    for text in (
        "الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس\nاستقبل ولي العهد الوفد.",
        "الرباط (و م ع) - ترأس الملك مجلس الوزراء.",
        "دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول إن الرحلات استؤنفت.",
        "جدة - عكاظ\nأعلنت الأمانة خطة جديدة.",
    ):
        doc = arnews.parse(text)
        assert doc.dateline is not None
        assert all(a.start >= doc.dateline.end for a in doc.attributions), text
        assert all(a.start >= doc.dateline.end for a in find_attributions(text)), text


# ---------------------------------------------------------------------------
# The real corpus (../shared/corpus beside the repository, when it is there).

_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
# Function words that are never a source by themselves.
_FUNCTION_WORDS = frozenset(
    normalize(w)
    for w in (
        "في", "من", "على", "إلى", "عن", "أن", "إن", "مع", "ما", "لا", "لم", "لن", "قد",
        "هو", "هي", "هم", "هذا", "هذه", "ذلك", "التي", "الذي", "كان", "كانت", "و", "أو",
        "ثم", "بعد", "قبل", "حول", "حتى", "له", "لها", "به", "بها", "عنه", "عنها", "إنه",
        "أنه", "كما", "بين", "منذ", "خلال", "عند", "لدى", "ل", "ب", "ف",
    )
)


def _corpus_sample(every: int = 10) -> list[str]:
    texts = []
    for path in sorted(_CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh)
    return texts[::every]


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="../shared/corpus is not beside the repo")
def test_corpus_datelines_and_sources() -> None:
    """On a sample of real articles: every dateline has a place or an agency, and no
    attribution's source is a single function word."""
    texts = _corpus_sample()
    assert len(texts) > 100
    datelines = 0
    for text in texts:
        doc = arnews.parse(text)
        if doc.dateline is not None:
            datelines += 1
            assert doc.dateline.place or doc.dateline.canonical or doc.dateline.source, text
            assert text[doc.dateline.start : doc.dateline.end] == doc.dateline.text
        for a in doc.attributions:
            assert a.source.strip(), a
            assert normalize(a.source.strip()) not in _FUNCTION_WORDS, a
            assert text[a.start : a.end] == a.text
    assert datelines > 0
