"""Calendar words: month names of every style, weekdays, parts of day, relative words,
duration units and Hijri months.

Written in ordinary Arabic spelling; :mod:`arnews.dates` passes every word through
:func:`arnews.text.normalize` once, at import, when it compiles its patterns.

Sources: the month names are those used by Arab news outlets and listed in the Arabic
Wikipedia articles on the Gregorian and Syriac month names (Egypt and the Gulf transliterate
the Latin names, the Levant and Iraq use the Syriac names, Morocco and Algeria follow the
French names); Hijri month names and their common spelling variants are from the Umm
al-Qura calendar and the Arabic Wikipedia article on the Hijri calendar; weekday, part-of-day,
relative and unit words are the ordinary words of Modern Standard Arabic news prose.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_MONTHS",
    "CLOCK_HOURS",
    "COALITION_DAYS",
    "DAYPARTS",
    "DAY_WORDS",
    "DEFINITE_COUNTS",
    "DURATION_QUALIFIERS",
    "DURATION_UNITS",
    "ENGLISH_MONTHS",
    "FUTURE_CUES",
    "FUTURE_PARTICLES",
    "FUTURE_WORDS",
    "GREGORIAN_MONTHS",
    "HIJRI_MONTHS",
    "HOLIDAYS",
    "LASTING_VERBS",
    "MONTH_NAMES_BY_STYLE",
    "NARRATIVE_DAYS",
    "NEEDING_WORDS",
    "NOT_FUTURE_VERBS",
    "NOT_TODAY_AFTER",
    "NOT_TODAY_BEFORE",
    "NTH_ORDINALS",
    "ORDINAL_DAYS",
    "PAST_CUES",
    "PAST_WORDS",
    "PERIOD_MODIFIERS",
    "PRESENT_WORDS",
    "RELATIVE_DAYS",
    "SINGULAR_LEADS",
    "TEMPORAL_PREPOSITIONS",
    "TIME_ZONES",
    "WEEKDAYS",
    "WEEKDAYS_INDEFINITE",
    "YEAR_NOUNS",
    "YEAR_WORDS",
]

#: Gregorian month names of every style -> month number. Transliterated (Egypt, Gulf,
#: Sudan), Syriac (Levant, Iraq) and Maghrebi (Morocco, Algeria, Tunisia) names.
GREGORIAN_MONTHS: dict[str, int] = {
    # Transliterated, with the common spelling variants.
    "يناير": 1,
    "جانفي": 1,
    "فبراير": 2,
    "فيفري": 2,
    "مارس": 3,
    "أبريل": 4,
    "إبريل": 4,
    "ابريل": 4,
    "أفريل": 4,
    "مايو": 5,
    "ماي": 5,
    "يونيو": 6,
    "يونيه": 6,
    "جوان": 6,
    "يوليو": 7,
    "يوليه": 7,
    "يوليوز": 7,
    "جويلية": 7,
    "أغسطس": 8,
    "أغسطوس": 8,
    "اغسطس": 8,
    "غشت": 8,
    "أوت": 8,
    "سبتمبر": 9,
    "شتنبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "نونبر": 11,
    "ديسمبر": 12,
    "دجنبر": 12,
    "ديسمبير": 12,
    # Syriac names (Levant, Iraq).
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
}

#: Month names that are also ordinary words or names (Theresa May, the Nissan car maker,
#: "father", the Tishreen newspaper): a date only with a day, a year, a paired name or a
#: relative word (الماضي، المقبل) beside them.
AMBIGUOUS_MONTHS: tuple[str, ...] = ("ماي", "نيسان", "آب", "تموز", "مارس", "أوت", "جوان")

#: ``<day> آذار`` read as the Lebanese political coalitions (8 March, 14 March) unless a
#: year or a temporal word is written with them.
COALITION_DAYS: tuple[int, ...] = (8, 14)

#: Words standing for a day of the month: the Maghrebi فاتح (the first, "فاتح يناير") and
#: غرة (the first day of a Hijri month, "غرة رمضان").
DAY_WORDS: dict[str, int] = {"فاتح": 1, "غرة": 1}

_ORDINAL_UNITS = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
)  # fmt: skip

#: Days of the month written as masculine ordinals before ``من`` and a month name
#: («الحادي عشر من سبتمبر», «التاسع من أيلول»): 1..31 in the ordinary spelling of news prose.
ORDINAL_DAYS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    "العاشر": 10,
    "الحادي عشر": 11,
    **{f"{word} عشر": n + 10 for n, word in enumerate(_ORDINAL_UNITS, start=1) if n > 1},
    "العشرين": 20,
    "الحادي والعشرين": 21,
    **{f"{word} والعشرين": n + 20 for n, word in enumerate(_ORDINAL_UNITS, start=1) if n > 1},
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}

#: Hijri month names and spelling variants -> month number (Umm al-Qura names).
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع الاول": 3,
    "ربيع أول": 3,
    "ربيع الثاني": 4,
    "ربيع الآخر": 4,
    "ربيع آخر": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الاولى": 5,
    "جمادى الثانية": 6,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثاني": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}

#: English month names as they appear in photo captions -> month number.
ENGLISH_MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

#: Weekday names (with the article) -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 1,
    "الإثنين": 1,
    "الثلاثاء": 2,
    "الأربعاء": 3,
    "الخميس": 4,
    "الجمعة": 5,
    "السبت": 6,
    "الأحد": 7,
}

#: Parts of the day -> a label; the label decides how a clock hour written with it is read
#: (``الثالثة بعد الظهر`` is 15:00, ``العاشرة صباحا`` is 10:00, ``الثانية ليلا`` is 02:00).
DAYPARTS: dict[str, str] = {
    "فجر": "dawn",
    "الفجر": "dawn",
    "فجرا": "dawn",
    "صباح": "morning",
    "الصباح": "morning",
    "صباحا": "morning",
    "ظهر": "noon",
    "الظهر": "noon",
    "ظهرا": "noon",
    "ظهيرة": "noon",
    "الظهيرة": "noon",
    "بعد الظهر": "afternoon",
    "بعد ظهر": "afternoon",
    "بعد الظهيرة": "afternoon",
    "بعد ظهيرة": "afternoon",
    "عصر": "afternoon",
    "العصر": "afternoon",
    "عصرا": "afternoon",
    "مساء": "evening",
    "المساء": "evening",
    "مساءً": "evening",
    "ليلة": "night",
    "ليل": "night",
    "الليل": "night",
    "ليلا": "night",
    "منتصف الليل": "midnight",
    "منتصف ليلة": "midnight",
    "منتصف ليل": "midnight",
}

#: Clock hours written as ordinal words (الساعة العاشرة) -> hour 1..12.
CLOCK_HOURS: dict[str, int] = {
    "الواحدة": 1,
    "الثانية": 2,
    "الثالثة": 3,
    "الرابعة": 4,
    "الخامسة": 5,
    "السادسة": 6,
    "السابعة": 7,
    "الثامنة": 8,
    "التاسعة": 9,
    "العاشرة": 10,
    "الحادية عشرة": 11,
    "الحادية عشر": 11,
    "الثانية عشرة": 12,
    "الثانية عشر": 12,
}

#: Relative day words -> offset in days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "أول من أمس": -2,
    "أول أمس": -2,
    "أمس الأول": -2,
    "أمس": -1,
    "الأمس": -1,
    "الغد": 1,
    "البارحة": -1,
    "اليوم": 0,
    "غدا": 1,
    "غداً": 1,
    "بعد غد": 2,
}

#: Words after ``اليوم`` in a story that name a day by the one just told (في اليوم التالي،
#: في اليوم السابق، في اليوم نفسه) -> days from that day.
NARRATIVE_DAYS: dict[str, int] = {
    "التالي": 1,
    "الموالي": 1,
    "اللاحق": 1,
    "السابق": -1,
    "نفسه": 0,
    "ذاته": 0,
}

#: Words after ``اليوم`` (or أمس) that make it "the day" (the second day of a visit,
#: national day) rather than "today", or part of an idiom (بأمس الحاجة: in dire need).
NOT_TODAY_AFTER: tuple[str, ...] = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الأخير",
    "التالي",
    "السابق",
    "الموعود",
    "الوطني",
    "العالمي",
    "الدولي",
    "المفتوح",
    "الواحد",
    "نفسه",
    "ذاته",
    "الحاجة",
)

#: Words before ``اليوم`` that make it part of a title (newspapers, channels).
NOT_TODAY_BEFORE: tuple[str, ...] = (
    "المصري",
    "روسيا",
    "فلسطين",
    "العرب",
    "الجزائر",
    "تونس",
    "السودان",
    "ليبيا",
    "اليمن",
    "الأردن",
    "السعودية",
    "الإمارات",
    "الوطن",
    "أخبار",
    "صحيفة",
    "جريدة",
    "برنامج",
    "ذلك",
    "هذا",
)

#: Canonical month names used by :func:`arnews.dates.format_date`, by style.
MONTH_NAMES_BY_STYLE: dict[str, tuple[str, ...]] = {
    "gregorian": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "levantine": (
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ),
    "maghrebi": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ),
    "hijri": (
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
    ),
}

#: Words that qualify a duration written after them -> qualifier.
DURATION_QUALIFIERS: dict[str, str] = {
    "أكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "أزيد من": "more_than",
    "أقل من": "less_than",
    "نحو": "approx",
    "حوالي": "approx",
    "قرابة": "approx",
    "زهاء": "approx",
    "ما يقارب": "approx",
    "ما يقرب من": "approx",
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "لا يزيد عن": "at_most",
    "لا يزيد على": "at_most",
}

#: Cardinals with the article written after a plural unit (السنوات الخمس، الأيام الثلاثة,
#: "the five years") -> value. Masculine and feminine forms of ordinary news prose.
DEFINITE_COUNTS: dict[str, int] = {
    "الثلاث": 3,
    "الثلاثة": 3,
    "الأربع": 4,
    "الأربعة": 4,
    "الخمس": 5,
    "الخمسة": 5,
    "الست": 6,
    "الستة": 6,
    "السبع": 7,
    "السبعة": 7,
    "الثماني": 8,
    "الثمانية": 8,
    "الثمان": 8,
    "التسع": 9,
    "التسعة": 9,
    "العشر": 10,
    "العشرة": 10,
}

# Fractions written with a time unit (نصف ساعة، ساعة ونصف، ثلاثة أرباع الساعة) are the
# fractions of numbers: arnews.lexicon.numbers.FRACTIONS.

#: Words of extent before a lone singular unit that make it "one" of it (لمدة أسبوع، منذ
#: عام، خلال ساعة).
SINGULAR_LEADS: tuple[str, ...] = (
    "لمدة", "مدة", "طيلة", "طوال", "منذ", "خلال", "قرابة", "نحو", "قبل", "بعد", "تلو",
    "غضون",
)  # fmt: skip

#: Verbs of lasting before a lone unit, or before the subject and the unit (استمر الاجتماع
#: ساعة، دامت المعركة يوما).
LASTING_VERBS: tuple[str, ...] = (
    "استمر", "استمرت", "يستمر", "تستمر", "دام", "دامت", "يدوم", "تدوم", "استغرق",
    "استغرقت", "يستغرق", "تستغرق",
)  # fmt: skip

#: Words of needing before إلى and a lone unit (بحاجة إلى أسبوع، يحتاج إلى شهر).
NEEDING_WORDS: tuple[str, ...] = ("بحاجة", "حاجة", "يحتاج", "تحتاج", "نحتاج", "أحتاج")

#: Modifiers before a year or month (منتصف 2014، مطلع العام).
PERIOD_MODIFIERS: tuple[str, ...] = (
    "منتصف",
    "مطلع",
    "أوائل",
    "أواخر",
    "بداية",
    "نهاية",
    "مستهل",
    "أواسط",
    "ختام",
    "متم",
    # seasons (صيف 2014، شتاء العام الماضي): the value stays the year or month
    "صيف",
    "شتاء",
    "ربيع",
    "خريف",
)

#: Prepositions that make a bare year (في 2014) or a bare month name (في نيسان) a date.
TEMPORAL_PREPOSITIONS: tuple[str, ...] = (
    "في",
    "خلال",
    "منذ",
    "حتى",
    "قبل",
    "بعد",
    "من",
    "إلى",
    "شهر",
    "أشهر",
    "بحلول",
)

#: Events named by their year: a bare year right after one (or after it and its
#: complement: كأس العالم 2007) is a date (حرب 2014، انتخابات 2016، مونديال 2022).
YEAR_NOUNS: tuple[str, ...] = (
    "حرب", "ثورة", "انتفاضة", "انتخابات", "مونديال", "كأس", "بطولة", "دورة", "أولمبياد",
    "موسم", "ميزانية", "موازنة", "أحداث", "أزمة", "دستور", "تعداد", "نسخة", "احتجاجات",
    "هجمات", "فيضانات", "زلزال", "إعصار", "صيف", "شتاء",
)  # fmt: skip

#: Words after a weekday, month or period marking the past, the present or the future.
PAST_WORDS: tuple[str, ...] = ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة")
PRESENT_WORDS: tuple[str, ...] = ("الحالي", "الحالية", "الجاري", "الجارية")
FUTURE_WORDS: tuple[str, ...] = ("المقبل", "المقبلة", "القادم", "القادمة")

#: Words that introduce a year (عام 2011، العام 2016).
YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "سنة", "السنة", "عامي")

#: Time units (singular, dual, plural and accusative forms) -> (unit, count implied by
#: the word itself: 2 for a dual, 1 for a singular, None for a plural). A ``"decade"``
#: is reported as ten years.
DURATION_UNITS: dict[str, tuple[str, int | None]] = {
    "ثانية": ("second", 1),
    "ثانيتين": ("second", 2),
    "ثانيتان": ("second", 2),
    "ثوان": ("second", None),
    "ثواني": ("second", None),
    "ثوانٍ": ("second", None),
    "دقيقة": ("minute", 1),
    "دقيقتين": ("minute", 2),
    "دقيقتان": ("minute", 2),
    "دقائق": ("minute", None),
    "ساعة": ("hour", 1),
    "ساعتين": ("hour", 2),
    "ساعتان": ("hour", 2),
    "ساعات": ("hour", None),
    "يوم": ("day", 1),
    "يوما": ("day", 1),
    "يومين": ("day", 2),
    "يومان": ("day", 2),
    "أيام": ("day", None),
    "أسبوع": ("week", 1),
    "أسبوعا": ("week", 1),
    "أسبوعين": ("week", 2),
    "أسبوعان": ("week", 2),
    "أسابيع": ("week", None),
    "شهر": ("month", 1),
    "شهرا": ("month", 1),
    "شهرين": ("month", 2),
    "شهران": ("month", 2),
    "أشهر": ("month", None),
    "شهور": ("month", None),
    "سنة": ("year", 1),
    "سنتين": ("year", 2),
    "سنتان": ("year", 2),
    "سنوات": ("year", None),
    "سنين": ("year", None),
    "عام": ("year", 1),
    "عاما": ("year", 1),
    "عامين": ("year", 2),
    "عامان": ("year", 2),
    "أعوام": ("year", None),
    # decades: read as ten years each (DurationUnit has no decade)
    "عقد": ("decade", 1),
    "عقدا": ("decade", 1),
    "عقدين": ("decade", 2),
    "عقدان": ("decade", 2),
    "عقود": ("decade", None),
}

#: Tense cues read before a weekday (or a month) written without a direction word: a
#: word here makes the event announced or scheduled, so the weekday is the next one
#: (يزور الوزير القاهرة الأحد، من المقرر أن ... الأحد).
FUTURE_CUES: tuple[str, ...] = (
    "سوف", "المقرر", "المنتظر", "المتوقع", "المرتقب", "المرتقبة", "يعتزم", "تعتزم",
    "يعتزمون", "ينوي", "تنوي", "يرتقب", "ستكون", "سيكون", "غدا", "المزمع", "المزمعة",
    "المقررة", "المنتظرة", "المتوقعة",
)  # fmt: skip
#: Particles that put an imperfect verb after them in the future (على أن تستأنف، لن يشارك,
#: عندما يفتتح). After ``إن`` a verb cannot stand, so ``أن`` and ``إن`` need not differ.
FUTURE_PARTICLES: tuple[str, ...] = ("أن", "لن", "عندما", "حين", "حينما", "كي", "لكي")
#: Cues that make the clause a report of the past (بعد أن أعلنت، قد أعلن، كان).
PAST_CUES: tuple[str, ...] = (
    "قد", "لقد", "كان", "كانت", "كانوا", "لم", "أمس", "البارحة", "الماضي", "الماضية",
    "بعدما", "عقب", "تم", "جرى",
)  # fmt: skip
#: Imperfect-looking words that do not announce anything: present-tense reporting and
#: connectives (يذكر أن، يأتي ذلك، يشار إلى) and nouns that begin like a verb.
NOT_FUTURE_VERBS: tuple[str, ...] = (
    "يذكر", "يشار", "يأتي", "تأتي", "يقول", "تقول", "يقولون", "يضيف", "تضيف", "يبدو",
    "يعد", "تعد", "يعتبر", "تعتبر", "يوم", "يونيو", "يوليو", "يناير", "يونيه", "يوليه",
    "تحت", "نحو", "نفس", "نهاية", "نتائج", "تاريخ", "يوجد", "توجد", "يمكن", "يجب",
    "يزال", "تزال", "يزالون",
)  # fmt: skip

#: Time zones as written after a clock time (بتوقيت غرينتش، بتوقيت مكة المكرمة، GMT) -> the
#: fixed offset from UTC, or None where the zone keeps daylight saving time or is unknown.
TIME_ZONES: dict[str, str | None] = {
    "غرينتش": "+00:00", "غرينيتش": "+00:00", "جرينتش": "+00:00", "جرينيتش": "+00:00",
    "غرنتش": "+00:00", "GMT": "+00:00", "UTC": "+00:00", "التوقيت العالمي": "+00:00",
    "مكة المكرمة": "+03:00", "مكة": "+03:00", "السعودية": "+03:00", "الرياض": "+03:00",
    "الكويت": "+03:00", "قطر": "+03:00", "الدوحة": "+03:00", "البحرين": "+03:00",
    "المنامة": "+03:00", "بغداد": "+03:00", "العراق": "+03:00", "صنعاء": "+03:00",
    "اليمن": "+03:00", "موسكو": "+03:00", "أبوظبي": "+04:00", "الإمارات": "+04:00",
    "دبي": "+04:00", "مسقط": "+04:00", "الجزائر": "+01:00", "تونس": "+01:00",
    "طرابلس": "+02:00", "ليبيا": "+02:00", "الخرطوم": "+02:00",
    # zones with daylight saving time (or changing rules): kept as written, no offset
    "القاهرة": None, "مصر": None, "القدس": None, "بيروت": None, "دمشق": None, "عمان": None,
    "المغرب": None, "الرباط": None, "باريس": None, "لندن": None, "واشنطن": None,
    "نيويورك": None, "المحلي": None, "طهران": None, "أنقرة": "+03:00", "إسطنبول": "+03:00",
}  # fmt: skip

#: Feminine ordinals after a weekday (الجمعة الثانية من أكتوبر) -> N; الأخير(ة) is the last.
#: The masculine ordinals (الخميس الثاني من يناير) are read as the day of the month.
NTH_ORDINALS: dict[str, int] = {
    "الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "الأخيرة": -1,
    "الأخير": -1,
}  # fmt: skip

#: Weekdays without the article, as after آخر (آخر جمعة من رمضان) -> ISO weekday.
WEEKDAYS_INDEFINITE: dict[str, int] = {
    "اثنين": 1, "إثنين": 1, "ثلاثاء": 2, "أربعاء": 3, "خميس": 4, "جمعة": 5, "سبت": 6, "أحد": 7,
}  # fmt: skip

#: Holidays written by name -> (calendar, month, day). Hijri ones are converted with the
#: Umm al-Qura table for the year written, or the occurrence nearest the reference date.
HOLIDAYS: dict[str, tuple[str, int, int]] = {
    "عيد الفطر": ("hijri", 10, 1),
    "عيد الفطر المبارك": ("hijri", 10, 1),
    "عيد الأضحى": ("hijri", 12, 10),
    "عيد الأضحى المبارك": ("hijri", 12, 10),
    "يوم عرفة": ("hijri", 12, 9),
    "يوم عرفات": ("hijri", 12, 9),
    "رأس السنة الهجرية": ("hijri", 1, 1),
    "المولد النبوي": ("hijri", 3, 12),
    "المولد النبوي الشريف": ("hijri", 3, 12),
    "يوم عاشوراء": ("hijri", 1, 10),
    "ليلة القدر": ("hijri", 9, 27),
    "عيد الميلاد المجيد": ("gregorian", 12, 25),
    "عيد الميلاد": ("gregorian", 12, 25),
    "رأس السنة الميلادية": ("gregorian", 1, 1),
    "رأس السنة": ("gregorian", 1, 1),
    "عيد العمال": ("gregorian", 5, 1),
    "اليوم الوطني السعودي": ("gregorian", 9, 23),
    "عيد العرش": ("gregorian", 7, 30),
}
