"""Currencies, measurement units and rates, as news in Arabic writes them after a number.

Plain data in ordinary Arabic spelling; :mod:`arnews.amounts` normalises every entry once,
on first use. Facts: ISO 4217 codes and minor units (the Kuwaiti, Bahraini, Omani,
Jordanian, Tunisian, Libyan and Iraqi dinars and the Omani rial have 1,000 subunits), the
spellings of Gulf, Levantine, Egyptian and Maghrebi outlets (أميركي and أمريكي, غيغاواط and
جيجاوات, كلم and كم), and SI or trade units as canonical names (``km``, ``m3``, ``t``,
``barrel``, ``MW``, ``C``).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CURRENCIES",
    "CURRENCY_NOUNS",
    "CURRENCY_SYMBOLS",
    "PER_NOT_BEFORE",
    "QUANTITY_UNITS",
    "RATES",
    "SUBUNITS",
    "Currency",
    "Subunit",
    "adjective_forms",
    "noun_forms",
]


def noun_forms(singular: str, *others: str) -> tuple[str, ...]:
    """The singular, its accusative (-ا), dual (-ان, -ين) and the other forms given.

    >>> noun_forms("دولار", "دولارات")
    ('دولار', 'دولارا', 'دولاران', 'دولارين', 'دولارات')
    """
    stem = singular[:-1] + "ت" if singular.endswith("ة") else singular
    accusative = singular if singular.endswith(("ة", "ا", "و", "ي")) else singular + "ا"
    forms = dict.fromkeys((singular, accusative, stem + "ان", stem + "ين", *others))
    return tuple(forms)


def adjective_forms(adjective: str) -> tuple[str, ...]:
    """A nationality adjective in the forms it takes after a currency noun.

    Masculine and feminine (ليرة لبنانية, دنانير كويتية), accusative (ريالا سعوديا) and
    dual; a multiword adjective (هونغ كونغ) is kept as it is.

    >>> adjective_forms("سعودي")
    ('سعودي', 'سعوديا', 'سعودية', 'سعوديان', 'سعوديين', 'سعوديتان', 'سعوديتين')
    """
    if " " in adjective or not adjective.endswith("ي"):
        return (adjective,)
    endings = ("", "ا", "ة", "ان", "ين", "تان", "تين")
    return tuple(adjective + ending for ending in endings)


# Currency nouns: each key names the noun, the tuple lists how news writes it after a
# number (singular, accusative, dual, plural). One noun can name several currencies (ريال:
# Saudi, Qatari, Omani, Yemeni, Iranian); the adjective after it, or the country the article
# is about, decides (see arnews.amounts).
CURRENCY_NOUNS: dict[str, tuple[str, ...]] = {
    "dollar": noun_forms("دولار", "دولارات"),
    "euro": ("يورو",),
    "pound": noun_forms("جنيه", "جنيهات", "جنيهًا"),
    "sterling": ("إسترليني", "استرليني", "باوند"),
    "riyal": (*noun_forms("ريال", "ريالات"), *noun_forms("ريالًا")),
    "dirham": noun_forms("درهم", "دراهم"),
    "dinar": noun_forms("دينار", "دنانير"),
    "lira": noun_forms("ليرة", "ليرات"),
    "yen": ("ين",),
    "yuan": noun_forms("يوان", "رنمينبي"),
    "ruble": noun_forms("روبل", "روبلات"),
    "rupee": noun_forms("روبية", "روبيات"),
    "franc": noun_forms("فرنك", "فرنكات"),
    "shekel": noun_forms("شيكل", "شيكلات", "شواكل", "شيقل", "شيقلا"),
}


class Currency(NamedTuple):
    """One currency: its ISO 4217 code, the noun it is written with, the adjectives that
    name it after that noun, the words that name its country in an article, its region
    tag and its subunits to the main unit."""

    code: str
    noun: str
    adjectives: tuple[str, ...]
    cues: tuple[str, ...]
    region: str
    minor: int = 100
    default: bool = False  # the reading of the bare noun when the article names no country


CURRENCIES: tuple[Currency, ...] = (
    Currency(
        "USD",
        "dollar",
        ("أميركي", "أمريكي", "امريكي"),
        (),
        "world",
        default=True,
    ),
    Currency("CAD", "dollar", ("كندي",), (), "world"),
    Currency("AUD", "dollar", ("أسترالي", "استرالي"), (), "world"),
    Currency("HKD", "dollar", ("هونغ كونغ", "هونج كونج"), (), "world"),
    Currency("SGD", "dollar", ("سنغافوري",), (), "world"),
    Currency("TWD", "dollar", ("تايواني",), (), "world"),
    Currency("EUR", "euro", ("أوروبي",), (), "world", default=True),
    Currency("EGP", "pound", ("مصري",), ("مصر", "القاهرة"), "egypt", default=True),
    Currency("SDG", "pound", ("سوداني",), ("السودان", "الخرطوم"), "sudan"),
    Currency("SSP", "pound", ("جنوب سوداني",), ("جوبا",), "sudan"),
    Currency("GBP", "pound", ("إسترليني", "استرليني", "بريطاني"), ("بريطانيا", "لندن"), "world"),
    Currency("GBP", "sterling", (), (), "world", default=True),
    Currency(
        "SAR",
        "riyal",
        ("سعودي",),
        ("السعودية", "الرياض", "جدة", "الدمام", "مكة", "المدينة المنورة", "السعودي"),
        "gulf",
        default=True,
    ),
    Currency("QAR", "riyal", ("قطري",), ("قطر", "الدوحة", "القطرية", "القطري"), "gulf"),
    Currency("OMR", "riyal", ("عماني",), ("مسقط", "سلطنة عمان", "العمانية"), "gulf", minor=1000),
    Currency("YER", "riyal", ("يمني",), ("اليمن", "صنعاء", "عدن", "اليمنية"), "gulf"),
    Currency("IRR", "riyal", ("إيراني", "ايراني"), ("طهران",), "world"),
    Currency(
        "AED",
        "dirham",
        ("إماراتي", "اماراتي"),
        ("الإمارات", "دبي", "أبوظبي", "أبو ظبي"),
        "gulf",
        default=True,
    ),
    Currency(
        "MAD", "dirham", ("مغربي",), ("المغرب", "الرباط", "الدار البيضاء", "المغربية"), "maghreb"
    ),
    Currency("KWD", "dinar", ("كويتي",), ("الكويت", "الكويتية"), "gulf", minor=1000),
    Currency("BHD", "dinar", ("بحريني",), ("البحرين", "المنامة", "البحرينية"), "gulf", minor=1000),
    Currency(
        "JOD", "dinar", ("أردني", "اردني"), ("الأردن", "الاردن", "الأردنية"), "levant", minor=1000
    ),
    Currency("IQD", "dinar", ("عراقي",), ("العراق", "بغداد", "العراقية"), "levant", minor=1000),
    Currency(
        "LYD", "dinar", ("ليبي",), ("ليبيا", "طرابلس", "بنغازي", "الليبية"), "maghreb", minor=1000
    ),
    Currency("TND", "dinar", ("تونسي",), ("تونس", "التونسية"), "maghreb", minor=1000),
    Currency("DZD", "dinar", ("جزائري",), ("الجزائر", "الجزائرية"), "maghreb"),
    Currency("LBP", "lira", ("لبناني",), ("لبنان", "بيروت", "اللبنانية"), "levant"),
    Currency("SYP", "lira", ("سوري",), ("سوريا", "سورية", "دمشق", "السورية"), "levant"),
    Currency(
        "TRY", "lira", ("تركي",), ("تركيا", "أنقرة", "إسطنبول", "اسطنبول", "التركية"), "world"
    ),
    Currency("JPY", "yen", ("ياباني",), (), "world", default=True),
    Currency("CNY", "yuan", ("صيني",), (), "world", default=True),
    Currency("RUB", "ruble", ("روسي",), (), "world", default=True),
    Currency("INR", "rupee", ("هندي",), ("الهند", "نيودلهي"), "world"),
    Currency("PKR", "rupee", ("باكستاني",), ("باكستان", "إسلام آباد"), "world"),
    Currency("CHF", "franc", ("سويسري",), ("سويسرا",), "world"),
    Currency("XOF", "franc", ("أفريقي",), (), "world"),
    Currency("ILS", "shekel", ("إسرائيلي", "اسرائيلي"), (), "levant", default=True),
)

# Symbols and Latin codes written before or after the number ($5، 5 USD).
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "SAR": "SAR",
    "AED": "AED",
    "EGP": "EGP",
    "KWD": "KWD",
    "QAR": "QAR",
    "MAD": "MAD",
}


class Subunit(NamedTuple):
    """A subunit (سنتيم, هللة): its forms and the currencies it divides, most common first.

    The amount's value is in the main unit: ``5 مليارات سنتيم`` is 50,000,000 dirhams in
    Morocco and dinars in Algeria (100 centimes to the unit)."""

    forms: tuple[str, ...]
    currencies: tuple[str, ...]


SUBUNITS: tuple[Subunit, ...] = (
    Subunit(noun_forms("سنتيم", "سنتيمات", "سنتيما"), ("MAD", "DZD")),
    # (no dual: سنتين is "two years")
    Subunit(("سنت", "سنتا", "سنتات"), ("USD", "EUR")),
    Subunit(noun_forms("هللة", "هللات"), ("SAR",)),
    Subunit(noun_forms("قرش", "قروش"), ("EGP", "SYP", "LBP")),
    Subunit(noun_forms("فلس", "فلوس"), ("AED", "KWD", "BHD", "JOD", "IQD")),
    Subunit(noun_forms("بيسة", "بيسات"), ("OMR",)),
    Subunit(noun_forms("مليم", "مليمات", "مليما"), ("TND",)),
    Subunit(noun_forms("كوبيك"), ("RUB",)),
)

# Measured quantities: canonical unit -> the ways it is written after a number. Longer
# phrases win over shorter ones (كيلومتر مربع before كيلومتر). The bare "م" (metre) is
# left out: after a year it is the Gregorian era (2016م).
QUANTITY_UNITS: dict[str, tuple[str, ...]] = {
    # length
    "km": (
        *noun_forms("كيلومتر", "كيلومترات", "كيلو مترات"),
        *noun_forms("كيلو متر"),
        *noun_forms("كيلمتر", "كيلمترات"),
        "كلم",
        "كم",
        "km",
    ),
    "m": noun_forms("متر", "أمتار", "امتار"),
    "cm": (
        *noun_forms("سنتيمتر", "سنتيمترات", "سنتم", "سم"),
        *noun_forms("سنتمتر", "سنتمترات"),
        "cm",
    ),
    "mm": (*noun_forms("مليمتر", "مليمترات", "ملم", "مم"), *noun_forms("ملليمتر"), "mm"),
    "mi": noun_forms("ميل", "أميال", "اميال"),
    "nmi": ("ميل بحري", "ميلا بحريا", "أميال بحرية", "اميال بحرية"),
    "ft": noun_forms("قدم", "أقدام"),
    "in": (*noun_forms("بوصة", "بوصات"), *noun_forms("إنش", "إنشات")),
    # area
    "km2": (
        *(f"{w} مربع" for w in ("كيلومتر", "كيلو متر", "كلم", "كم")),
        *(f"{w} مربعا" for w in ("كيلومترا", "كيلو مترا")),
        "كيلومترات مربعة",
        "كيلومترين مربعين",
        "كم2",
        "كلم2",
        "كم²",
        "كلم²",
        "km2",
        "km²",
    ),
    "m2": ("متر مربع", "مترا مربعا", "أمتار مربعة", "مترين مربعين", "م2", "م²", "m2", "m²"),
    "ha": noun_forms("هكتار", "هكتارات", "هكتارا"),
    "dunam": noun_forms("دونم", "دونمات", "دونما"),
    "feddan": noun_forms("فدان", "أفدنة", "فدادين", "فدانا"),
    # volume
    "m3": ("متر مكعب", "مترا مكعبا", "أمتار مكعبة", "امتار مكعبة", "م3", "م³", "m3", "m³"),
    "ft3": ("قدم مكعب", "قدما مكعبا", "أقدام مكعبة"),
    "L": (*noun_forms("لتر", "لترات", "ليتر", "ليترات", "ليترا"),),
    "barrel": noun_forms("برميل", "براميل", "برميلا"),
    "gal": noun_forms("غالون", "غالونات", "جالون", "جالونات", "جالونا"),
    # mass
    "kg": (
        *noun_forms("كيلوغرام", "كيلوغرامات"),
        *noun_forms("كيلوجرام", "كيلوجرامات"),
        *noun_forms("كيلو غرام", "كيلو غرامات"),
        *noun_forms("كيلو جرام", "كيلو جرامات"),
        "كيلو",
        "كيلوات",
        "كغ",
        "كجم",
        "كلغ",
        "kg",
    ),
    "g": (*noun_forms("غرام", "غرامات"), *noun_forms("جرام", "جرامات"), "غ", "جم"),
    "mg": (*noun_forms("مليغرام", "مليغرامات", "ملغ"), *noun_forms("مليجرام", "ملجم"), "mg"),
    "t": noun_forms("طن", "أطنان", "اطنان", "طنا"),
    "oz": (*noun_forms("أونصة", "أونصات"), *noun_forms("أوقية", "أوقيات")),
    # energy and power
    "W": noun_forms("واط", "واطات", "وات"),
    "kW": (*noun_forms("كيلوواط"), *noun_forms("كيلووات"), "kW"),
    "MW": (
        *noun_forms("ميغاواط"),
        *noun_forms("ميغاوات"),
        *noun_forms("ميجاواط"),
        *noun_forms("ميجاوات"),
        *noun_forms("ميجا وات"),
        *noun_forms("ميغا واط"),
        "MW",
    ),
    "GW": (
        *noun_forms("غيغاواط"),
        *noun_forms("غيغاوات"),
        *noun_forms("جيجاواط"),
        *noun_forms("جيجاوات"),
        *noun_forms("جيغاواط"),
        *noun_forms("غيغا واط"),
        "GW",
    ),
    "kWh": ("كيلوواط ساعة", "كيلووات ساعة", "كيلوواط/ساعة", "كيلووات/ساعة", "kWh"),
    "MWh": ("ميغاواط ساعة", "ميغاوات ساعة", "ميجاوات ساعة", "ميجاواط ساعة", "MWh"),
    "GWh": ("غيغاواط ساعة", "غيغاوات ساعة", "جيجاوات ساعة", "جيجاواط ساعة", "GWh"),
    "TWh": ("تيراواط ساعة", "تيراوات ساعة", "TWh"),
    # temperature
    "C": (
        "درجة مئوية",
        "درجات مئوية",
        "درجة سيليزية",
        "درجة سلسيوس",
        "درجة سيلسيوس",
        "درجتين مئويتين",
        "°C",
        "° مئوية",
        "°م",
    ),
    "F": ("درجة فهرنهايت", "درجات فهرنهايت", "°F"),
    # speed
    "km/h": (
        "كيلومتر في الساعة",
        "كيلومترا في الساعة",
        "كيلومترات في الساعة",
        "كلم في الساعة",
        "كم في الساعة",
        "كلم/ساعة",
        "كم/ساعة",
        "كم/س",
        "كلم/س",
        "كيلومتر/ساعة",
        "km/h",
    ),
    "mph": ("ميل في الساعة", "ميلا في الساعة", "أميال في الساعة"),
    "kn": noun_forms("عقدة"),
    "mach": ("ماخ",),
    # data
    "kB": (*noun_forms("كيلوبايت"), "KB", "kB"),
    "MB": (*noun_forms("ميغابايت"), *noun_forms("ميجابايت"), "MB"),
    "GB": (*noun_forms("غيغابايت"), *noun_forms("جيجابايت"), "GB"),
    "TB": (*noun_forms("تيرابايت"), "TB"),
    "Mbit/s": ("ميغابت في الثانية", "ميجابت في الثانية", "ميغابت/ثانية", "Mbps"),
    "Gbit/s": ("غيغابت في الثانية", "جيجابت في الثانية", "Gbps"),
}

# Rates written after an amount (برميل يوميا، دولار سنويا، 3 دولارات للساعة).
RATES: dict[str, tuple[str, ...]] = {
    "hour": ("في الساعة", "بالساعة", "للساعة", "/ساعة", "/س", "ساعيا"),
    "day": ("يوميا", "في اليوم", "باليوم", "لليوم", "/يوم", "/اليوم"),
    "week": ("أسبوعيا", "في الأسبوع", "بالأسبوع", "/أسبوع"),
    "month": ("شهريا", "في الشهر", "بالشهر", "/شهر"),
    "year": ("سنويا", "في السنة", "بالسنة", "في العام", "/سنة", "/عام"),
}

# A rate word followed by one of these is a time, not a rate: "في العام الماضي", "في
# العام 2017", "في اليوم التالي", "في الشهر نفسه".
PER_NOT_BEFORE: tuple[str, ...] = (
    "الماضي",
    "الماضية",
    "المقبل",
    "المقبلة",
    "الجاري",
    "الجارية",
    "الحالي",
    "الحالية",
    "السابق",
    "السابقة",
    "القادم",
    "القادمة",
    "التالي",
    "التالية",
    "الأول",
    "الأخير",
    "الأخيرة",
    "نفسه",
    "ذاته",
    "الذي",
    "التي",
)
