"""Number words of Modern Standard Arabic as written in news.

Plain data, in ordinary Arabic spelling; :mod:`arnews.numerals` normalises every entry
once at import. Sources: standard MSA grammar of the numeral (العدد والمعدود), checked
against usage in Gulf, Egyptian, Levantine and Maghrebi outlets (both مئة and مائة,
both مليار and بليون, accusative ألفا after 11-99, dual scales ألفين/مليونين).
"""

from __future__ import annotations

from arnews.lexicon import calendar as _calendar

__all__ = [
    "COUNTED_DUAL_STEMS",
    "DECIMAL_WORDS",
    "DIGITS_NOT_NUMBERS_AFTER",
    "DUAL_CONSTRUCT",
    "FRACTIONS",
    "FRACTIONS_BEFORE_DEFINITE",
    "HALF_SPOKEN",
    "HUNDREDS",
    "INDEFINITE_ORDINALS",
    "INDEFINITE_ORDINALS_FEMININE",
    "MONTH_WORDS",
    "NAMES_WITH_NUMBERS",
    "NOT_NUMBERS",
    "NOT_NUMBERS_AFTER",
    "ONES",
    "ONE_BEFORE_TENS",
    "ORDINAL_ONES",
    "ORDINAL_TENS",
    "PERCENT_WORDS",
    "PLURAL_SCALES",
    "QUALIFIERS_AFTER",
    "QUALIFIERS_BEFORE",
    "REGNAL_NAMES",
    "REGNAL_TITLES",
    "SCALES",
    "SCALES_AFTER_COUNT",
    "SCALES_ORDINAL",
    "SIGN_WORDS",
    "TEENS_SPOKEN",
    "TEEN_FIRST",
    "TEEN_SUFFIXES",
    "TENS",
    "TIME_PLURALS",
    "UNIT_STOPWORDS",
    "VAGUE_NEEDS_NOUN",
    "VAGUE_WORDS",
    "VAGUE_WORDS_DEFINITE",
]

# Cardinals 1-10, masculine and feminine forms (the gender of the numeral is the
# opposite of the counted noun for 3-10, so both are common).
ONES: dict[str, int] = {
    "صفر": 0,
    "واحد": 1,
    "واحدة": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "أربعة": 4,
    "أربع": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "ثمان": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
    # spoken forms that Egyptian, Levantine and Gulf quotes print (ت for ث, تمن for ثمان)
    "اتنين": 2,
    "إتنين": 2,
    "تلاتة": 3,
    "تلات": 3,
    "تمنية": 8,
    "تمانية": 8,
    "تمن": 8,
    "تمان": 8,
}

# 11-19 in one spoken word (حداشر، اتناشر، خمستاشر).
TEENS_SPOKEN: dict[str, int] = {
    "حداشر": 11,
    "احداشر": 11,
    "إحداشر": 11,
    "اتناشر": 12,
    "إتناشر": 12,
    "طناشر": 12,
    "تلتاشر": 13,
    "تلاتاشر": 13,
    "أربعتاشر": 14,
    "اربعتاشر": 14,
    "خمستاشر": 15,
    "ستاشر": 16,
    "سبعتاشر": 17,
    "تمنتاشر": 18,
    "تمانتاشر": 18,
    "تسعتاشر": 19,
}

# First words of 11 and 12, which have their own forms; 13-19 use ONES 3-9.
TEEN_FIRST: dict[str, int] = {
    "أحد": 1,
    "إحدى": 1,
    "حادي": 1,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
}

# The forms of "one" that open 21, 31 ... 91 (إحدى وعشرون، أحد وثلاثين) but are not
# numbers alone (أحد المسؤولين = one of the officials, الأحد = Sunday).
ONE_BEFORE_TENS: tuple[str, ...] = ("أحد", "إحدى")

# The second word of 11-19 (عشر with a masculine noun, عشرة with a feminine one).
TEEN_SUFFIXES: tuple[str, ...] = ("عشرة", "عشر")

# Tens, nominative (-ون) and oblique (-ين).
TENS: dict[str, int] = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "أربعون": 40,
    "أربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
    # spoken forms
    "تلاتين": 30,
    "تمانين": 80,
    "تمنين": 80,
}

# Hundreds, both spellings (مئة and the older مائة), in one word.
HUNDREDS: dict[str, int] = {
    "مئتان": 200,
    "مئتين": 200,
    "مئتا": 200,
    "مئتي": 200,
    "مائتان": 200,
    "مائتين": 200,
    "مائتا": 200,
    "مائتي": 200,
}
for _stem, _value in (
    ("ثلاث", 3),
    ("أربع", 4),
    ("خمس", 5),
    ("ست", 6),
    ("سبع", 7),
    ("ثمان", 8),
    ("ثماني", 8),
    ("تسع", 9),
):
    HUNDREDS[_stem + "مئة"] = _value * 100
    HUNDREDS[_stem + "مائة"] = _value * 100
# Spoken hundreds (خمسمية، ميتين، تلتمية).
for _stem, _value in (
    ("تلت", 3),
    ("تلات", 3),
    ("ربع", 4),
    ("أربع", 4),
    ("خمس", 5),
    ("ست", 6),
    ("سبع", 7),
    ("تمن", 8),
    ("تمان", 8),
    ("تسع", 9),
):
    HUNDREDS[_stem + "مية"] = _value * 100
HUNDREDS["ميتين"] = 200
HUNDREDS["ميتان"] = 200

# Multiplying words: value of the scale and the count it implies on its own
# (ألفين = two thousand). 100 is here too: "ثلاث مئة" is written in two words.
SCALES: dict[str, tuple[int, int]] = {
    "مئة": (100, 1),
    "مائة": (100, 1),
    "ألف": (1000, 1),
    "ألفا": (1000, 1),
    "آلاف": (1000, 1),
    "ألوف": (1000, 1),
    "ألفان": (1000, 2),
    "ألفين": (1000, 2),
    "ألفي": (1000, 2),
    "مليون": (10**6, 1),
    "مليونا": (10**6, 1),
    "ملايين": (10**6, 1),
    "مليونان": (10**6, 2),
    "مليونين": (10**6, 2),
    "مليوني": (10**6, 2),
    "مليار": (10**9, 1),
    "مليارا": (10**9, 1),
    "مليارات": (10**9, 1),
    "ملياران": (10**9, 2),
    "مليارين": (10**9, 2),
    "ملياري": (10**9, 2),
    "بليون": (10**9, 1),
    "بلايين": (10**9, 1),
    "تريليون": (10**12, 1),
    "ترليون": (10**12, 1),
    "تريليونات": (10**12, 1),
    "تريليونا": (10**12, 1),
    "تريليونان": (10**12, 2),
    "تريليونين": (10**12, 2),
    # spoken: مية (100), and the dozen (دزينة بيض، دزينتين، ثلاث دزينات)
    "مية": (100, 1),
    "دزينة": (12, 1),
    "دزينات": (12, 1),
    "دزينتين": (12, 2),
    "دزينتان": (12, 2),
}

# The scale words that are also ordinals with the article (للمرة المئة، الثاني بعد المئة).
SCALES_ORDINAL: tuple[str, ...] = ("مئة", "مائة", "ألف")

# Scale words read only after a count or a fraction (تلات مية، ربع مية); alone مية is a
# word part too (كمية).
SCALES_AFTER_COUNT: tuple[str, ...] = ("مية",)

# Plural scales: alone (آلاف، ملايين) they are vague quantities, after a count (ثلاثة
# آلاف) they multiply.
PLURAL_SCALES: tuple[str, ...] = (
    "آلاف",
    "ألوف",
    "ملايين",
    "مليارات",
    "بلايين",
    "تريليونات",
    "دزينات",
)

# The spoken half, read only after و (ساعة ونص، ألف ونص): alone نص is "text".
HALF_SPOKEN: tuple[str, ...] = ("نص",)

# Fractions that are also cardinals (خمس = five, a fifth): a fraction only in construct
# with a definite noun (لم تتلق سوى خمس التمويل). ثمن (price) and عشر (ten) are left out.
FRACTIONS_BEFORE_DEFINITE: dict[str, float] = {
    "خمس": 1 / 5,
    "سدس": 1 / 6,
    "سبع": 1 / 7,
    "تسع": 1 / 9,
}

# Words that make the number after them negative (سالب سبعة، ناقص 2).
SIGN_WORDS: tuple[str, ...] = ("سالب", "ناقص")

# The spoken decimal point (اثنان فاصلة خمسة = 2.5، 3 فاصل 7 = 3.7).
DECIMAL_WORDS: tuple[str, ...] = ("فاصلة", "فاصل")

# Ordinals without the article; the masculine ones are read anywhere (حادي only before
# عشر), the feminine ones only after a feminine noun (ولاية ثانية، لفترة خامسة), since
# ثانية alone is a second of time and رابعة a name.
INDEFINITE_ORDINALS: tuple[str, ...] = (
    "ثاني",
    "ثان",
    "ثالث",
    "رابع",
    "خامس",
    "سادس",
    "سابع",
    "ثامن",
    "تاسع",
    "عاشر",
)
INDEFINITE_ORDINALS_FEMININE: tuple[str, ...] = (
    "ثانية",
    "ثالثة",
    "رابعة",
    "خامسة",
    "سادسة",
    "سابعة",
    "ثامنة",
    "تاسعة",
    "عاشرة",
)

# Plural nouns of time after which a definite cardinal stays a cardinal (السنوات العشرين
# الماضية); after a singular definite noun it is an ordinal (الذكرى الثلاثين، للمرة المئة).
TIME_PLURALS: tuple[str, ...] = (
    "السنوات",
    "الأعوام",
    "الأيام",
    "الأشهر",
    "الشهور",
    "السنين",
    "العقود",
    "القرون",
    "الساعات",
    "الدقائق",
)

# A definite ordinal after a ruler's or a patriarch's name is part of the name (الحسن
# الثاني، لويس الرابع عشر، البابا بنديكت السادس عشر). The name right before the ordinal,
# or one of these titles up to three words before it, marks it.
REGNAL_TITLES: tuple[str, ...] = (
    "الملك",
    "الملكة",
    "العاهل",
    "السلطان",
    "الأمير",
    "الإمبراطور",
    "الامبراطور",
    "القيصر",
    "الشاه",
    "البابا",
    "الأنبا",
    "البطريرك",
    "الخديوي",
)
REGNAL_NAMES: tuple[str, ...] = (
    "الحسن",
    "محمد",
    "عبدالله",
    "عبد الله",
    "حسين",
    "فيصل",
    "فؤاد",
    "تواضروس",
    "شنودة",
    "كيرلس",
    "بنديكت",
    "بنديكتوس",
    "يوحنا",
    "بولس",
    "فرنسيس",
    "لويس",
    "هنري",
    "جورج",
    "إدوارد",
    "إليزابيث",
    "اليزابيث",
    "تشارلز",
    "شارل",
    "فيليب",
    "كارلوس",
    "ويليام",
    "وليام",
    "ريتشارد",
    "نابليون",
    "نيقولا",
    "نيكولاي",
    "ألكسندر",
    "بطرس",
    "فريدريك",
    "فيلهلم",
    "غليوم",
    "سليم",
    "مراد",
    "عبد الحميد",
    "عبدالحميد",
)

# Names followed by a number that is part of the name: رؤية 2030، خليجي 24، إس 400، إف 35.
DIGITS_NOT_NUMBERS_AFTER: tuple[str, ...] = (
    "رؤية",
    "رؤية المملكة",
    "رؤية السعودية",
    "رؤية مصر",
    "رؤية الإمارات",
    "رؤية عمان",
    "رؤية قطر",
    "رؤية الكويت",
    "رؤية البحرين",
    "خليجي",
    "إكسبو",
    "اكسبو",
    "كوب",
    "إف",
    "اف",
    "إس",
    "اس",
    "ميغ",
    "ميج",
    "سو",
    "بي",
    "تي",
    "كوفيد",
)

# Scale words that are a dual in construct when they open a number ("ألفا دولار" =
# 2000 dollars, "مليونا لاجئ"); after a count they are the accusative singular
# ("خمسة عشر ألفا" = 15 000).
DUAL_CONSTRUCT: tuple[str, ...] = ("ألفا", "مليونا", "مليارا")

# Fractions written as words. خمس (a fifth) is left out: it is far more often "five".
FRACTIONS: dict[str, float] = {
    "ثلاثة أرباع": 0.75,
    "ثلاث أرباع": 0.75,
    "ثلثا": 2 / 3,
    "ثلثي": 2 / 3,
    "نصف": 0.5,
    "ثلث": 1 / 3,
    "ربع": 0.25,
}

# Plural scale words used alone ("عشرات القتلى", "آلاف اللاجئين") and بضع (a few).
VAGUE_WORDS: tuple[str, ...] = (
    "بضعة",
    "بضع",
    "عدة",
    "عشرات",
    "مئات",
    "آلاف",
    "ألوف",
    "ملايين",
    "مليارات",
)

# Vague words that keep their meaning with the article ("تظاهر الآلاف", "قتل المئات").
VAGUE_WORDS_DEFINITE: tuple[str, ...] = ("عشرات", "مئات", "آلاف", "ألوف", "ملايين", "مليارات")

# Vague words reported only before their counted noun ("عدة أشخاص"); after a noun
# they are adjectives ("جولات عدة", "أيام بضعة").
VAGUE_NEEDS_NOUN: tuple[str, ...] = ("عدة", "بضع", "بضعة")

# Ordinals 1-10: masculine and feminine, written here without the article.
ORDINAL_ONES: dict[str, int] = {
    "صفر": 0,
    "أول": 1,
    "أولى": 1,
    "ثاني": 2,
    "ثان": 2,
    "ثانية": 2,
    "ثالث": 3,
    "ثالثة": 3,
    "رابع": 4,
    "رابعة": 4,
    "خامس": 5,
    "خامسة": 5,
    "سادس": 6,
    "سادسة": 6,
    "سابع": 7,
    "سابعة": 7,
    "ثامن": 8,
    "ثامنة": 8,
    "تاسع": 9,
    "تاسعة": 9,
    "عاشر": 10,
    "عاشرة": 10,
    "حادي": 1,
    "حادية": 1,
}

# Definite tens used in compound ordinals ("الحادي والعشرون").
ORDINAL_TENS: dict[str, int] = {"ال" + word: value for word, value in TENS.items()}

# Written after a number to make it a percentage ("15 في المئة", "15 بالمائة", "15%");
# المية is the spoken form that Levantine and Egyptian sites sometimes print.
PERCENT_WORDS: tuple[str, ...] = (
    "في المئة",
    "في المائة",
    "بالمئة",
    "بالمائة",
    "في المية",
    "بالمية",
)

# Words that open a qualified number, with the qualifier they give; the verbs are
# the ones news prose puts right before a figure (تجاوز عدد السكان 36 مليونا، ناهزت 63%).
QUALIFIERS_BEFORE: dict[str, str] = {
    "أكثر من": "more_than",
    "أزيد من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "يزيد عن": "more_than",
    "يزيد على": "more_than",
    "ما يربو على": "more_than",
    "يربو على": "more_than",
    "ما يفوق": "more_than",
    "يفوق": "more_than",
    "تجاوز": "more_than",
    "تجاوزت": "more_than",
    "يتجاوز": "more_than",
    "تتجاوز": "more_than",
    "ما يتجاوز": "more_than",
    "فاق": "more_than",
    "فاقت": "more_than",
    "أقل من": "less_than",
    "ما يقل عن": "less_than",
    "دون": "less_than",
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "ما لا يزيد عن": "at_most",
    "ما لا يزيد على": "at_most",
    "لا يزيد عن": "at_most",
    "لا يزيد على": "at_most",
    "ما يصل إلى": "at_most",
    "يصل إلى": "at_most",
    "نحو": "approx",
    "حوالي": "approx",
    "حوالى": "approx",
    "قرابة": "approx",
    "زهاء": "approx",
    "ما يقارب": "approx",
    "يقارب": "approx",
    "ما يناهز": "approx",
    "يناهز": "approx",
    "تناهز": "approx",
    "ناهز": "approx",
    "ناهزت": "approx",
    "قارب": "approx",
    "قاربت": "approx",
    "تقارب": "approx",
    "ما يقرب من": "approx",
    "تقريبا": "approx",
}

# Words that close a qualified number ("15 شخصا على الأقل").
QUALIFIERS_AFTER: dict[str, str] = {
    "على الأقل": "at_least",
    "كحد أدنى": "at_least",
    "أو أكثر": "at_least",
    "على الأكثر": "at_most",
    "كحد أقصى": "at_most",
    "أو أقل": "at_most",
    "تقريبا": "approx",
}

# Nouns counted in the dual without a numeral ("يومين" = two days). The stem is given
# as it appears before the dual ending (taa marbuta becomes ت).
COUNTED_DUAL_STEMS: tuple[str, ...] = (
    "ثانيت",
    "دقيقت",
    "ساعت",
    "يوم",
    "أسبوع",
    "شهر",
    "سنت",
    "عام",
    "عقد",
    "قرن",
    "مرت",
    "لقاء",
    "اجتماع",
    "جولت",
    "شخص",
    "طفل",
    "جندي",
    "برميل",
    "صاروخ",
    "قذيفت",
    "انفجار",
    "هجوم",
    "فريق",
    "طائرت",
    "سيارت",
    "دولار",
    "كيلومتر",
    "متر",
    "نقطت",
    "هدف",
    "مقعد",
)

# Phrases that look like numbers but are not counts: weekdays built on number roots,
# month names with ordinals, "the day before yesterday", names that contain a number.
NOT_NUMBERS: tuple[str, ...] = (
    "أول من أمس",
    "أول أمس",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الاثنان",
    # Chemistry: ثاني أكسيد الكربون (carbon dioxide), أول أكسيد الكربون (monoxide).
    "ثاني أكسيد",
    "ثاني اكسيد",
    "أول أكسيد",
    "أول اكسيد",
    "ثالث أكسيد",
    # the knockout rounds of a tournament
    "ربع النهائي",
    "نصف النهائي",
    "ثمن النهائي",
    "ربع نهائي",
    "نصف نهائي",
    "ربع نهائيات",
    "نصف نهائيات",
)

# A number word that is not a number after these words: "في آن واحد" and "في وقت
# واحد" (at the same time), the ruling family name "آل ثاني" (Qatar), لم تسع.
NOT_NUMBERS_AFTER: dict[str, tuple[str, ...]] = {
    "في آن": ("واحد",),
    "في وقت": ("واحد",),
    "آل": ("ثاني",),
    # لم تسعَ (did not strive): the jussive of سعى, not nine
    "لم": ("تسع",),
    "ولم": ("تسع",),
}

# Month names that contain an ordinal (كانون الأول، ربيع الثاني، جمادى الآخرة): the
# two-word Levantine and Hijri months of the calendar lexicon.
MONTH_WORDS: tuple[str, ...] = tuple(
    name
    for name in (*_calendar.GREGORIAN_MONTHS, *_calendar.HIJRI_MONTHS)
    if " " in name and not name.startswith(("ذو ", "ذي "))
)

# Proper names with a number in them: reported as no number at all.
NAMES_WITH_NUMBERS: tuple[str, ...] = (
    "مجموعة العشرين",
    "مجموعة السبع",
    "مجموعة الثماني",
    "مجموعة الثمانية",
    "مجموعة الـ20",
    "مجموعة ال20",
    "مجموعة الـ7",
    "مجموعة ال7",
    "مجموعة الـ77",
    "مجموعة ال77",
    "فرانس 24",
    "فرانس24",
    "رابعة العدوية",
    "الأسود الثلاثة",
)

# Words that follow a number without being the counted noun (prepositions,
# particles, conjunctions, adverbs of time, month names, common verbs of news prose).
# A word of و and a verb prefix (وأصيب، ويقول، وتم) is never a unit either; numerals.py
# checks that with a pattern.
UNIT_STOPWORDS: tuple[str, ...] = (
    "في",
    "من",
    "إلى",
    "الى",
    "على",
    "عن",
    "مع",
    "حتى",
    "منذ",
    "قد",
    "لقد",
    "لم",
    "لن",
    "ما",
    "لا",
    "أن",
    "إن",
    "أو",
    "أم",
    "ثم",
    "عندما",
    "حين",
    "حيث",
    "بعد",
    "قبل",
    "خلال",
    "عند",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "كما",
    "بين",
    "ضد",
    "نحو",
    "حول",
    "أي",
    "كل",
    "وقد",
    "وفي",
    "ومن",
    "وهو",
    "وهي",
    "هو",
    "هي",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "فقط",
    "تقريبا",
    "أيضا",
    "او",
    "أخرى",
    "آخرين",
    "آخرون",
    "إضافة",
    "بينهم",
    "منهم",
    "منها",
    "وذلك",
    "فيما",
    "بينما",
    "فيهم",
    "فيها",
    "لهم",
    "لها",
    "عليهم",
    "جراء",
    "إثر",
    "اثر",
    "عقب",
    "إلا",
    "لكن",
    "ولكن",
    "أمس",
    "صباح",
    "مساء",
    "فجر",
    "ظهر",
    "ليلة",
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "طبقا",
    "مقابل",
    "نتيجة",
    "بسبب",
    "غالبيتهم",
    "معظمهم",
    "أغلبهم",
    "أغلبيتهم",
    "بعضهم",
    "أمام",
    "داخل",
    "خارج",
    "لدى",
    "عبر",
    "ضمن",
    "دون",
    "غير",
    "سوى",
    "وسط",
    "قرب",
    "وقال",
    "وقتل",
    "وجرح",
    "وسقط",
    "وبلغ",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "جانفي",
    "فيفري",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "محرم",
    "صفر",
    "ربيع",
    "جمادى",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
)
