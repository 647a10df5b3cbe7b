"""Amounts: money with its currency, quantities with their unit, rates, and the article
context that names a bare currency.

The sentences are written for these tests in the styles of Gulf, Egyptian, Levantine and
Maghrebi outlets; none is copied from an article.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import arnews
from arnews.amounts import extract_amounts, find_amounts
from arnews.cli import summary
from arnews.document import json_schema
from arnews.lexicon import units as lex
from arnews.mentions import AmountMention
from arnews.numerals import spell_number
from arnews.render import highlights
from arnews.spacy_component import mention_spans
from arnews.text import normalize_with_offsets


def only(text: str) -> AmountMention:
    found = find_amounts(text)
    assert len(found) == 1, found
    a = found[0]
    assert text[a.start : a.end] == a.text
    return a


# ---------------------------------------------------------------------------
# Money: a currency noun, with or without its nationality adjective.

MONEY = [
    # Gulf
    ("رصدت الوزارة 2.5 مليار ريال سعودي للمشروع", "2.5 مليار ريال سعودي", 2_500_000_000, "SAR"),
    ("منحت الهيئة 300 ألف ريال قطري للفائزين", "300 ألف ريال قطري", 300_000, "QAR"),
    ("صرف 250 دينارا كويتيا لكل أسرة", "250 دينارا كويتيا", 250, "KWD"),
    ("بلغت الأرباح ٤٫٢ مليار درهم إماراتي", "٤٫٢ مليار درهم إماراتي", 4_200_000_000, "AED"),
    ("تكلف الطريق 12 مليون ريال عماني", "12 مليون ريال عماني", 12_000_000, "OMR"),
    ("غرامة قدرها خمسمئة دينار بحريني", "خمسمئة دينار بحريني", 500, "BHD"),
    # Egypt and Sudan
    (
        "خصصت الحكومة 6 ملايين و500 ألف جنيه مصري للدعم",
        "6 ملايين و500 ألف جنيه مصري",
        6_500_000,
        "EGP",
    ),
    ("ارتفع سعر الخبز إلى 50 جنيها سودانيا", "50 جنيها سودانيا", 50, "SDG"),
    ("دفع النادي 30 مليون جنيه إسترليني لضم اللاعب", "30 مليون جنيه إسترليني", 30_000_000, "GBP"),
    # Levant
    ("بلغ سعر الصرف 1500 ليرة لبنانية للدولار", "1500 ليرة لبنانية", 1500, "LBP"),
    ("رفعت الحكومة الرواتب 20 ألف ليرة سورية", "20 ألف ليرة سورية", 20_000, "SYP"),
    ("قدرت الخسائر بـ3 ملايين دينار أردني", "3 ملايين دينار أردني", 3_000_000, "JOD"),
    ("وصلت الليرة إلى 7 ليرات تركية مقابل الدولار", "7 ليرات تركية", 7, "TRY"),
    # Maghreb
    ("خصص المجلس 40 مليون درهم مغربي لتأهيل المدينة", "40 مليون درهم مغربي", 40_000_000, "MAD"),
    ("بلغت الميزانية 2,3 مليار دينار تونسي", "2,3 مليار دينار تونسي", 2_300_000_000, "TND"),
    ("صادق المجلس على 800 مليون دينار جزائري", "800 مليون دينار جزائري", 800_000_000, "DZD"),
    # world currencies, with both spellings of American
    ("بلغت قيمة الصفقة 23.5 مليون دولار أميركي", "23.5 مليون دولار أميركي", 23_500_000, "USD"),
    ("بلغت قيمة الصفقة 23.5 مليون دولار أمريكي", "23.5 مليون دولار أمريكي", 23_500_000, "USD"),
    ("اقترضت الشركة أربعة ملايين يورو", "أربعة ملايين يورو", 4_000_000, "EUR"),
    ("استثمرت بكين 2.4 مليار يوان", "2.4 مليار يوان", 2_400_000_000, "CNY"),
    ("انخفض الروبل إلى 67 روبلا للدولار", "67 روبلا", 67, "RUB"),
    ("بيعت اللوحة بثمانية آلاف ين ياباني", "ثمانية آلاف ين ياباني", 8000, "JPY"),
    ("جمع الصندوق 10 ملايين دولار أسترالي", "10 ملايين دولار أسترالي", 10_000_000, "AUD"),
    ("تبرع بمليون دولار للمتضررين", "مليون دولار", 1_000_000, "USD"),
    ("قدمت الدولة ألفي دولار لكل عائلة", "ألفي دولار", 2000, "USD"),
    ("لم يتجاوز الأجر دولارين في اليوم", "دولارين في اليوم", 2, "USD"),
]


@pytest.mark.parametrize(("text", "span", "value", "currency"), MONEY)
def test_money(text: str, span: str, value: float, currency: str) -> None:
    a = only(text)
    assert (a.text, a.value, a.kind, a.currency, a.unit) == (span, value, "money", currency, None)


def test_value_types_and_unit_text() -> None:
    a = only("بلغ العجز 1.5 مليون دولار أميركي")
    assert a.value == 1_500_000 and isinstance(a.value, int)
    assert a.unit_text == "دولار أميركي"
    assert only("ارتفعت الليرة إلى 5.75 ليرة تركية").value == 5.75


# ---------------------------------------------------------------------------
# Symbols before the number.

SYMBOLS = [
    ("رفعت الشركة رأسمالها إلى $5 مليارات", "$5 مليارات", 5_000_000_000, "USD"),
    ("بلغت الصفقة US$ 300 مليون", "US$ 300 مليون", 300_000_000, "USD"),
    ("بيعت التذكرة بـ €45", "€45", 45, "EUR"),
    ("قيمة السهم £12.5", "£12.5", 12.5, "GBP"),
    ("سعر البرميل 75 USD", "75 USD", 75, "USD"),
]


@pytest.mark.parametrize(("text", "span", "value", "currency"), SYMBOLS)
def test_currency_symbols(text: str, span: str, value: float, currency: str) -> None:
    a = only(text)
    assert (a.text, a.value, a.currency) == (span, value, currency)


# ---------------------------------------------------------------------------
# Rule bare_currency: a noun shared by several currencies, resolved from the article.

BARE = [
    # the same noun with its adjective elsewhere in the article
    ("تراجعت الليرة التركية أمس. وبلغ سعر الدولار 5.75 ليرة", "5.75 ليرة", "TRY"),
    ("هبطت الليرة اللبنانية مجددا، وسجل الدولار 1600 ليرة", "1600 ليرة", "LBP"),
    ("منح 200 ريال قطري لكل طالب، ثم 300 ريال لكل معلم", "300 ريال", "QAR"),
    # the country the article names
    ("أعلنت وزارة المالية في الكويت صرف 500 دينار لكل مواطن", "500 دينار", "KWD"),
    ("قال مصرف العراق المركزي إن السعر بلغ 1200 دينار", "1200 دينار", "IQD"),
    ("في تونس ارتفع سعر الخبز إلى 200 مليم", "200 مليم", "TND"),
    ("أعلنت دمشق رفع سعر المازوت إلى 180 ليرة", "180 ليرة", "SYP"),
    ("خصصت بلدية الدار البيضاء في المغرب 5 مليارات سنتيم للطرق", "5 مليارات سنتيم", "MAD"),
    ("رصدت ولاية وهران في الجزائر مليار سنتيم لترميم المدارس", "مليار سنتيم", "DZD"),
    ("أعلن مطار دبي أرباحا بلغت 9 مليارات درهم", "9 مليارات درهم", "AED"),
    # the noun's usual reading when no country is named
    ("ارتفع سعر الكيلو إلى 45 ريالا", "45 ريالا", "SAR"),
    ("وصل سعر تذكرة المترو إلى 10 جنيهات", "10 جنيهات", "EGP"),
    ("بلغ سعر الأونصة 1300 دولار", "1300 دولار", "USD"),
]


@pytest.mark.parametrize(("text", "span", "currency"), BARE)
def test_bare_currency_from_the_article(text: str, span: str, currency: str) -> None:
    found = [a for a in find_amounts(text) if a.text == span]
    assert [a.currency for a in found] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير المالية إن الميزانية تبلغ 300 مليون دينار",  # no country: which dinar?
        "أعلن البنك أن سعر الصرف بلغ 1500 ليرة",  # Lebanese, Syrian or Turkish
    ],
)
def test_bare_currency_left_empty_rather_than_guessed(text: str) -> None:
    assert [a.currency for a in find_amounts(text)] == [None]


# ---------------------------------------------------------------------------
# Rule subunit: the value is in the main unit.

SUBUNITS = [
    ("خصص المجلس في المغرب 5 مليارات سنتيم", 50_000_000, "MAD"),
    ("ارتفع سعر الرغيف 50 هللة", 0.5, "SAR"),
    ("زاد سعر لتر البنزين 25 قرشا في مصر", 0.25, "EGP"),
    ("رفعت الكويت سعر البنزين 20 فلسا", 0.02, "KWD"),
    ("تقاضت الشركة 500 بيسة عن كل رسالة", 0.5, "OMR"),
    ("انخفض السهم 30 سنتا", 0.3, "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), SUBUNITS)
def test_subunits(text: str, value: float, currency: str) -> None:
    a = only(text)
    assert a.value == pytest.approx(value)
    assert a.currency == currency


# ---------------------------------------------------------------------------
# Rule dot_grouping: one dot and three digits before a currency.

DOTS = [
    ("بلغ الإيجار 25.000 ريال", 25_000, "SAR"),  # 100 halalas: thousands
    ("باع السيارة بـ 180.000 درهم مغربي", 180_000, "MAD"),
    ("بلغ سعر الغرام 1.500 دينار كويتي", 1.5, "KWD"),  # 1,000 fils: three decimals
    ("دفع 12.250 دينار أردني", 12.25, "JOD"),
    ("بلغ السعر 3.75 دولار", 3.75, "USD"),  # two digits: always decimals
]


@pytest.mark.parametrize(("text", "value", "currency"), DOTS)
def test_dot_grouping_decided_by_the_currency(text: str, value: float, currency: str) -> None:
    a = only(text)
    assert (a.value, a.currency) == (value, currency)


# ---------------------------------------------------------------------------
# Quantities.

QUANTITIES = [
    # length
    ("تبعد المدينة 200 كلم عن العاصمة", "200 كلم", 200, "km"),
    ("قطع العداء 42 كيلومترا", "42 كيلومترا", 42, "km"),
    ("يبلغ طول اللاعب 185سم", "185سم", 185, "cm"),
    ("هطلت أمطار بلغت 35 ملم", "35 ملم", 35, "mm"),
    ("اعترضت البحرية القارب على بعد 12 ميلا بحريا", "12 ميلا بحريا", 12, "nmi"),
    ("ارتفاع البرج 828 مترا", "828 مترا", 828, "m"),
    # area
    ("تبلغ مساحة المحمية 1200 كيلومتر مربع", "1200 كيلومتر مربع", 1200, "km2"),
    ("أقيم المعرض على 40 ألف متر مربع", "40 ألف متر مربع", 40_000, "m2"),
    ("استصلحت الوزارة أربعة ملايين فدان", "أربعة ملايين فدان", 4_000_000, "feddan"),
    ("صادرت السلطات 300 دونم في الضفة", "300 دونم", 300, "dunam"),
    ("التهمت النيران 700 هكتار من الغابات", "700 هكتار", 700, "ha"),
    ("مساحة الشقة 120 م2", "120 م2", 120, "m2"),
    # volume
    ("يضخ الحقل 4.2 مليون متر مكعب يوميا", "4.2 مليون متر مكعب يوميا", 4_200_000, "m3"),
    ("ملأ الخزان 20 ليترا", "20 ليترا", 20, "L"),
    ("صدرت 1.5 مليون برميل", "1.5 مليون برميل", 1_500_000, "barrel"),
    # mass
    ("ضبطت الشرطة 32 كيلو جراما من المخدرات", "32 كيلو جراما", 32, "kg"),
    ("يباع المن 16 كيلو", "16 كيلو", 16, "kg"),
    ("صدرت 50 ألف طن من القمح", "50 ألف طن", 50_000, "t"),
    ("يزن الهاتف 180 غراما", "180 غراما", 180, "g"),
    ("أنتج المنجم 70 ألف أونصة من الذهب", "70 ألف أونصة", 70_000, "oz"),
    # energy and power
    ("أضافت الصين 20 غيغاوات من الطاقة الشمسية", "20 غيغاوات", 20, "GW"),
    ("تنتج المحطة 300 ميجاوات", "300 ميجاوات", 300, "MW"),
    ("بلغ الاستهلاك 50 تيراواط ساعة", "50 تيراواط ساعة", 50, "TWh"),
    # temperature
    ("سجلت الحرارة 48 درجة مئوية في البصرة", "48 درجة مئوية", 48, "C"),
    ("تبلغ حرارة الفرن 400 درجة فهرنهايت", "400 درجة فهرنهايت", 400, "F"),
    # speed
    ("بلغت سرعة الرياح 120 كم/س", "120 كم/س", 120, "km/h"),
    ("يسير القطار بسرعة 250 كيلومترا في الساعة", "250 كيلومترا في الساعة", 250, "km/h"),
    ("أبحرت السفينة بسرعة 20 عقدة", "20 عقدة", 20, "kn"),
    # data
    ("تبلغ سعة الهاتف 256 غيغابايت", "256 غيغابايت", 256, "GB"),
    ("وصلت سرعة الإنترنت إلى 100 ميغابت في الثانية", "100 ميغابت في الثانية", 100, "Mbit/s"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), QUANTITIES)
def test_quantities(text: str, span: str, value: float, unit: str) -> None:
    a = only(text)
    assert (a.text, a.value, a.kind, a.unit, a.currency) == (span, value, "quantity", unit, None)


# ---------------------------------------------------------------------------
# Rule rate.

RATES = [
    ("ينتج الحقل 400 ألف برميل يوميا", "400 ألف برميل يوميا", "day"),
    ("ضخت الشركة 3 ملايين برميل في اليوم", "3 ملايين برميل في اليوم", "day"),
    ("تدفع الدولة ثلاثة مليارات دولار سنويا", "ثلاثة مليارات دولار سنويا", "year"),
    ("يتقاضى العامل 15 دولارا في الساعة", "15 دولارا في الساعة", "hour"),
    ("يحصل المتقاعد على 900 جنيه شهريا", "900 جنيه شهريا", "month"),
    ("ينتج المصنع 440 ألف طن في السنة", "440 ألف طن في السنة", "year"),
    ("تصدر البلاد 2 مليون برميل/يوم", "2 مليون برميل/يوم", "day"),
]


@pytest.mark.parametrize(("text", "span", "per"), RATES)
def test_rates(text: str, span: str, per: str) -> None:
    a = only(text)
    assert (a.text, a.per) == (span, per)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("بلغت الواردات ثلاثة مليارات دولار في العام الماضي", "ثلاثة مليارات دولار"),
        ("صدرت 5 ملايين برميل في اليوم التالي", "5 ملايين برميل"),
        ("باعت 300 طن في العام 2017", "300 طن"),
    ],
)
def test_a_time_after_the_unit_is_not_a_rate(text: str, span: str) -> None:
    a = only(text)
    assert (a.text, a.per) == (span, None)


# ---------------------------------------------------------------------------
# Qualifiers, offsets, what is not an amount.


def test_qualifier_comes_from_the_number_and_stays_outside_the_span() -> None:
    a = only("بلغت الخسائر أكثر من 5 ملايين دولار")
    assert (a.text, a.qualifier) == ("5 ملايين دولار", "more_than")
    assert only("يضخ نحو 300 ألف برميل يوميا").qualifier == "approx"


def test_offsets_survive_normalisation() -> None:
    text = "دفعَ الــمستثمرُ ٣٠٠ مليونِ ريالٍ سعوديٍ"
    a = only(text)
    assert text[a.start : a.end] == a.text == "٣٠٠ مليونِ ريالٍ سعوديٍ"
    assert (a.value, a.currency) == (300_000_000, "SAR")


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع الدولار 3% أمام اليورو",  # a percentage is not an amount
        "احتل المركز الثاني دولار",  # nor is an ordinal
        "خسر ملايين الدولارات",  # a vague quantity has no value
        "قال 15 شخصا إنهم دفعوا",  # a counted noun that is not a unit
        "عاش سنتين في الخارج",  # سنتين: two years, not cents
        "الدولار الواحد",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == ()


def test_parse_leaves_out_amounts_inside_a_date() -> None:
    text = "في عام 2009 قدم الفريق عرضا بقيمة 5 ملايين دولار"
    doc = arnews.parse(text)
    assert [a.text for a in doc.amounts] == ["5 ملايين دولار"]


def test_numbers_inside_amounts_stay_in_numbers() -> None:
    doc = arnews.parse("صدرت المملكة 7 ملايين برميل بقيمة 500 مليون دولار")
    assert [n.text for n in doc.numbers] == ["7 ملايين", "500 مليون"]
    assert [a.text for a in doc.amounts] == ["7 ملايين برميل", "500 مليون دولار"]


def test_extract_amounts_reuses_the_numbers_given() -> None:
    nt = normalize_with_offsets("بلغت 5 ملايين يورو")
    numbers = arnews.numerals.read_numbers(nt)
    assert extract_amounts(nt, numbers) == extract_amounts(normalize_with_offsets(nt.original))


@pytest.mark.parametrize("bad", [None, b"5 dollars", 5])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        find_amounts(bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# The amount everywhere a document goes: dict, schema, CLI, HTML, spaCy spans.

ARTICLE = "الرياض - ضخت الشركة 400 ألف برميل يوميا بقيمة 2.5 مليار ريال سعودي."


def test_document_dict_and_schema() -> None:
    import jsonschema

    data = arnews.parse(ARTICLE).to_dict()
    jsonschema.validate(data, json_schema())
    assert [(a["text"], a["unit"], a["currency"], a["per"]) for a in data["amounts"]] == [
        ("400 ألف برميل يوميا", "barrel", None, "day"),
        ("2.5 مليار ريال سعودي", None, "SAR", None),
    ]
    json.dumps(data, ensure_ascii=False)


def test_cli_summary_html_and_spacy_spans() -> None:
    doc = arnews.parse(ARTICLE)
    assert "amount    '2.5 مليار ريال سعودي' = 2500000000 SAR" in summary(doc)
    kinds = [(h.kind, ARTICLE[h.start : h.end]) for h in highlights(doc)]
    assert ("amount", "400 ألف برميل يوميا") in kinds
    labels = [(label, item["text"]) for _, _, label, item in mention_spans(ARTICLE)]
    assert ("AMOUNT", "2.5 مليار ريال سعودي") in labels


# ---------------------------------------------------------------------------
# Round trips: a generated amount phrase gives back its value and currency.

_FIXED = [c for c in lex.CURRENCIES if c.adjectives and " " not in c.adjectives[0]]
_SCALES = [("", 1), ("ألف", 1000), ("مليون", 10**6), ("مليار", 10**9)]


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from(_SCALES),
    currency=st.sampled_from(_FIXED),
    spelled=st.booleans(),
    eastern=st.booleans(),
)
def test_money_round_trip(
    n: int, scale: tuple[str, int], currency: lex.Currency, spelled: bool, eastern: bool
) -> None:
    number = spell_number(n) if spelled else str(n)
    if eastern:
        number = number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    noun = lex.CURRENCY_NOUNS[currency.noun][0]
    words = [number, scale[0], noun, currency.adjectives[0]]
    phrase = " ".join(w for w in words if w)
    text = f"أعلنت الشركة أرباحا بلغت {phrase} هذا العام"
    found = find_amounts(text)
    assert [(a.text, a.value, a.currency) for a in found] == [(phrase, n * scale[1], currency.code)]


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=99_999),
    tenths=st.integers(min_value=0, max_value=9),
    unit=st.sampled_from(sorted(lex.QUANTITY_UNITS)),
    per=st.sampled_from([None, *lex.RATES]),
)
def test_quantity_round_trip(whole: int, tenths: int, unit: str, per: str | None) -> None:
    forms = [f for f in lex.QUANTITY_UNITS[unit] if not f.isascii()]
    if not forms:
        return
    value = whole + tenths / 10 if tenths else whole
    rate = f" {lex.RATES[per][0]}" if per else ""
    assume(not any(f"{forms[0]}{rate}" in other for other in lex.QUANTITY_UNITS.values()))
    phrase = f"{value} {forms[0]}{rate}"
    found = find_amounts(f"سجلت المحطة {phrase} وفق البيانات")
    assert [(a.text, a.value, a.unit, a.per) for a in found] == [(phrase, value, unit, per)]
