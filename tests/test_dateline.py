"""Datelines: the place, source and date that open an article or its second paragraph."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arnews
from arnews.dateline import extract_dateline
from arnews.mentions import Dateline
from arnews.text import normalize, normalize_with_offsets
from tests.conftest import Seed


def dateline(text: str, published: datetime.date | None = None) -> Dateline | None:
    return extract_dateline(normalize_with_offsets(text), published=published)


# text, dateline text, place, source. Styles: AFP/Reuters/AP Arabic wires, the Gulf
# agencies (واس، وام، قنا، كونا، بنا), Levant (سانا، بترا، وفا), Egypt (أ ش أ، اليوم
# السابع), Maghreb (هسبريس، وأج، وات، و م ع), papers signing from a bureau (إيلاف).
CASES: list[tuple[str, str, str, str]] = [
    ("إيلاف من جنيف: عقد الوزيران اجتماعا.", "إيلاف من جنيف:", "جنيف", "إيلاف"),
    ("القاهرة - (أ ف ب) - أعلنت الحكومة.", "القاهرة - (أ ف ب) -", "القاهرة", "أ ف ب"),
    ("دمشق – سانا\nأعلنت الحكومة.", "دمشق – سانا", "دمشق", "سانا"),
    ("الرياض ـ واس: استقبل خادم الحرمين.", "الرياض ـ واس:", "الرياض", "واس"),
    ("بيروت (رويترز) - قال مسؤول.", "بيروت (رويترز) -", "بيروت", "رويترز"),
    ("الرباط – هسبريس:\nأفاد بلاغ.", "الرباط – هسبريس:", "الرباط", "هسبريس"),
    ("الدوحة - قنا: استقبل أمير البلاد.", "الدوحة - قنا:", "الدوحة", "قنا"),
    ("المنامة - بنا: استقبل الملك.", "المنامة - بنا:", "المنامة", "بنا"),
    ("الجزائر - وأج - أعلن الرئيس.", "الجزائر - وأج -", "الجزائر", "وأج"),
    ("تونس (وات) - أعلنت الحكومة.", "تونس (وات) -", "تونس", "وات"),
    ("الرباط (و م ع) - ترأس الملك.", "الرباط (و م ع) -", "الرباط", "و م ع"),
    ("غزة - وفا - قصفت الطائرات.", "غزة - وفا -", "غزة", "وفا"),
    ("موسكو - إنترفاكس - أعلن الكرملين.", "موسكو - إنترفاكس -", "موسكو", "إنترفاكس"),
    ("برلين (د ب أ) - أعلنت الحكومة.", "برلين (د ب أ) -", "برلين", "د ب أ"),
    ("واشنطن - (أ ب) - قال الرئيس.", "واشنطن - (أ ب) -", "واشنطن", "أ ب"),
    ("أنقرة (الأناضول) - أعلنت الحكومة.", "أنقرة (الأناضول) -", "أنقرة", "الأناضول"),
    ("القاهرة - أ ش أ\nقال الرئيس.", "القاهرة - أ ش أ", "القاهرة", "أ ش أ"),
    (
        "القاهرة - اليوم السابع: أعلنت الحكومة.",
        "القاهرة - اليوم السابع:",
        "القاهرة",
        "اليوم السابع",
    ),
    ("بيروت - «الحياة»: أعلنت الحكومة.", "بيروت - «الحياة»:", "بيروت", "الحياة"),
    ("الخرطوم – سونا: أعلن المجلس.", "الخرطوم – سونا:", "الخرطوم", "سونا"),
    ("صنعاء - سبأ: أعلن المجلس.", "صنعاء - سبأ:", "صنعاء", "سبأ"),
    ("بغداد/ الأناضول: أعلن الجيش.", "بغداد/ الأناضول:", "بغداد", "الأناضول"),
    ("القدس المحتلة - وفا: اقتحم مستوطنون.", "القدس المحتلة - وفا:", "القدس المحتلة", "وفا"),
    # A country in parentheses after the city is not the source.
    ("طرابلس (ليبيا) - وال: أعلنت الحكومة.", "طرابلس (ليبيا) - وال:", "طرابلس", "وال"),
    # Kuwaiti style: the date as day - month, a doubled dash.
    ("الكويت - 15 - 3 (كونا) -- استقبل الأمير.", "الكويت - 15 - 3 (كونا) --", "الكويت", "كونا"),
    # WAM and MENA style: في + date, the agency between slashes.
    ("أبوظبي في 5 مارس / وام / استقبل سموه.", "أبوظبي في 5 مارس / وام /", "أبوظبي", "وام"),
    # The dateline opens the second paragraph, after a title line.
    ("عنوان الخبر\nالقاهرة - (أ ش أ) - أعلنت الحكومة.", "القاهرة - (أ ش أ) -", "القاهرة", "أ ش أ"),
    ("عنوان الخبر\n\nعمان - بترا - أعلنت الحكومة.", "عمان - بترا -", "عمان", "بترا"),
    # Eastern digits in the date do not disturb the offsets.
    ("بكين، ٣ يناير (شينخوا) -- أعلنت الصين.", "بكين، ٣ يناير (شينخوا) --", "بكين", "شينخوا"),
]


# More house styles (issue 16), one or more per outlet: text, dateline text, place, source,
# canonical agency. Outlets: SPA, QNA, KUNA, WAM, BNA, ONA (Gulf); MENA, Al-Ahram
# Gate (Egypt); Petra, SANA, WAFA, NNA (Levant); MAP, APS, TAP, Al-Akhbar Mauritania
# (Maghreb); AFP, Reuters, AP, dpa, Anadolu, Xinhua, CNN Arabic, Okaz, Ain Alyoum, Sabq.
HOUSE_STYLES: list[tuple[str, str, str | None, str, str | None]] = [
    (
        "الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس\nاستقبل ولي العهد الوفد.",
        "الرياض 15 رمضان 1445 هـ الموافق 25 مارس 2024 م واس", "الرياض", "واس", "SPA",
    ),
    (
        # The same, inline, with the calendar letters glued to the years.
        "الدمام 3 صفر 1446هـ الموافق 7 أغسطس 2024م واس افتتح أمير المنطقة المعرض.",
        "الدمام 3 صفر 1446هـ الموافق 7 أغسطس 2024م واس", "الدمام", "واس", "SPA",
    ),
    ("بيروت (أ ف ب) - أعلن الجيش اللبناني.", "بيروت (أ ف ب) -", "بيروت", "أ ف ب", "AFP"),
    ("ا ف ب - عمان - أعلنت الحكومة الأردنية.", "ا ف ب - عمان -", "عمان", "ا ف ب", "AFP"),
    ("الرياض - واس\nاستقبل أمير المنطقة.", "الرياض - واس", "الرياض", "واس", "SPA"),
    ("الرباط (و م ع) - ترأس الملك مجلس الوزراء.", "الرباط (و م ع) -", "الرباط", "و م ع", "MAP"),
    ("الجزائر - وأج - أعلن الرئيس.", "الجزائر - وأج -", "الجزائر", "وأج", "APS"),
    ("تونس (وات) - أعلنت الحكومة.", "تونس (وات) -", "تونس", "وات", "TAP"),
    (
        # Moroccan month name, Reuters in parentheses.
        "مدريد 3 شتنبر (رويترز) - قال رئيس الوزراء.",
        "مدريد 3 شتنبر (رويترز) -", "مدريد", "رويترز", "Reuters",
    ),
    (
        # CNN Arabic: a city and its country before the agency.
        "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة.",
        "دبي، الإمارات العربية المتحدة (CNN)--", "دبي، الإمارات العربية المتحدة", "CNN", None,
    ),
    ("(CNN) -- قال مسؤولان أمريكيان.", "(CNN) --", None, "CNN", None),
    ("عين اليوم – جدة\nأعلنت الأمانة.", "عين اليوم – جدة", "جدة", "عين اليوم", None),
    ("جدة - عكاظ\nأعلنت الأمانة.", "جدة - عكاظ", "جدة", "عكاظ", None),
    (
        "ماجد الحربي- سبق- تبوك: شهدت المنطقة أمطارا.", "ماجد الحربي- سبق- تبوك:",
        "تبوك", "سبق", None,
    ),
    ("الدوحة - قنا\nاستقبل الأمير الوزير.", "الدوحة - قنا", "الدوحة", "قنا", "QNA"),
    (
        "الكويت - 15 - 3 (كونا) -- استقبل الأمير.", "الكويت - 15 - 3 (كونا) --",
        "الكويت", "كونا", "KUNA",
    ),
    ("أبوظبي في 5 مارس / وام / استقبل سموه.", "أبوظبي في 5 مارس / وام /", "أبوظبي", "وام", "WAM"),
    (
        "المنامة في 3 يناير / بنا / استقبل الملك.", "المنامة في 3 يناير / بنا /",
        "المنامة", "بنا", "BNA",
    ),
    ("مسقط - العمانية\nاستقبل الوزير.", "مسقط - العمانية", "مسقط", "العمانية", "ONA"),
    ("عمان (بترا) - قال رئيس الوزراء.", "عمان (بترا) -", "عمان", "بترا", "Petra"),
    ("دمشق-سانا\nأعلنت الحكومة.", "دمشق-سانا", "دمشق", "سانا", "SANA"),
    ("رام الله - وفا - أعلنت الحكومة.", "رام الله - وفا -", "رام الله", "وفا", "WAFA"),
    ("القاهرة (أ ش أ) - أعلن مجلس الوزراء.", "القاهرة (أ ش أ) -", "القاهرة", "أ ش أ", "MENA"),
    (
        "القاهرة - بوابة الأهرام\nقال وزير المالية.", "القاهرة - بوابة الأهرام",
        "القاهرة", "بوابة الأهرام", None,
    ),
    ("نواكشوط – الأخبار\nقال الرئيس.", "نواكشوط – الأخبار", "نواكشوط", "الأخبار", None),
    ("أنقرة (الأناضول) - أعلن الرئيس.", "أنقرة (الأناضول) -", "أنقرة", "الأناضول", "Anadolu"),
    (
        "بكين 12 يناير 2020 (شينخوا) -- أعلنت الصين.", "بكين 12 يناير 2020 (شينخوا) --",
        "بكين", "شينخوا", "Xinhua",
    ),
    ("برلين (د ب أ) - أعلنت الحكومة.", "برلين (د ب أ) -", "برلين", "د ب أ", "dpa"),
    ("واشنطن - (أ ب) - قال الرئيس.", "واشنطن - (أ ب) -", "واشنطن", "أ ب", "AP"),
    ("موسكو - تاس - أعلن الكرملين.", "موسكو - تاس -", "موسكو", "تاس", "TASS"),
    # A reporter's byline under the title.
    (
        "عنوان الخبر\nوهران: محمد بوزيد\nأعلنت الولاية.", "وهران: محمد بوزيد",
        "وهران", "محمد بوزيد", None,
    ),
    (
        "عنوان الخبر\nسعيد العتيبي – بريدة\nأعلنت الأمانة.", "سعيد العتيبي – بريدة",
        "بريدة", "سعيد العتيبي", None,
    ),
]


@pytest.mark.parametrize(("text", "written", "place", "source", "canonical"), HOUSE_STYLES)
def test_house_styles(
    text: str, written: str, place: str | None, source: str, canonical: str | None
) -> None:
    d = dateline(text)
    assert d is not None
    assert (d.text, d.place, d.source, d.canonical) == (written, place, source, canonical)
    assert text[d.start : d.end] == d.text
    # Nothing inside the dateline is reported again as an attribution.
    assert all(a.start >= d.end for a in arnews.find_attributions(text))


def test_house_styles_cover_fifteen_outlets() -> None:
    sources = {normalize(source) for *_, source, _ in HOUSE_STYLES}
    assert len(sources) >= 15


def test_dateline_date_in_two_calendars() -> None:
    d = dateline("جدة 3 صفر 1446 هـ الموافق 7 أغسطس 2024 م واس\nافتتح")
    assert d is not None and d.date is not None
    assert d.date.iso == "2024-08-07"


NOT_DATELINES_MORE: list[str] = [
    # A title of two teams or two cities is no byline when it is the first line.
    "ريال مدريد - برشلونة\nفاز الفريق.",
    "القاهرة - الإسكندرية\nطريق جديد.",
    # A headline with a colon is no bureau line.
    "بكين: ندعم جهود تركيا لحماية أمنها\nقالت الصين.",
    "مصر: طائرة تهبط اضطراريا\nهبطت طائرة.",
]


@pytest.mark.parametrize("text", NOT_DATELINES_MORE)
def test_more_not_datelines(text: str) -> None:
    assert dateline(text) is None


@pytest.mark.parametrize(("text", "written", "place", "source"), CASES)
def test_table(text: str, written: str, place: str, source: str) -> None:
    d = dateline(text)
    assert d is not None
    assert (d.text, d.place, d.source) == (written, place, source)
    assert text[d.start : d.end] == d.text


# text, published, the dateline's date (iso)
DATE_CASES: list[tuple[str, datetime.date | None, str]] = [
    ("دمشق، 12 أيلول (سانا) - أعلنت الحكومة.", datetime.date(2016, 9, 12), "2016-09-12"),
    ("بكين، ٣ يناير (شينخوا) -- أعلنت الصين.", datetime.date(2021, 1, 4), "2021-01-03"),
    ("القاهرة في 12 سبتمبر 2016 /أ ش أ/ أعلنت الحكومة.", None, "2016-09-12"),
    ("أبوظبي في 5 مارس / وام / استقبل سموه.", datetime.date(2020, 3, 6), "2020-03-05"),
    ("تونس، 2 شتنبر 2019 (وات) - أعلنت الحكومة.", None, "2019-09-02"),
]


@pytest.mark.parametrize(("text", "published", "iso"), DATE_CASES)
def test_dateline_date(text: str, published: datetime.date | None, iso: str) -> None:
    d = dateline(text, published)
    assert d is not None and d.date is not None
    assert d.date.iso == iso
    assert text[d.date.start : d.date.end] == d.date.text


def test_dateline_date_from_parse_dates() -> None:
    """Given the dates parse() found, the dateline takes its date from them."""
    text = "دمشق، 12 أيلول (سانا) - أعلنت الحكومة."
    nt = normalize_with_offsets(text)
    dates = arnews.find_dates(text, published=datetime.date(2016, 9, 12))
    d = extract_dateline(nt, dates=dates)
    assert d is not None and d.date is dates[0]


NOT_DATELINES: list[str] = [
    "قال الرئيس إن البلاد تواجه تحديات.",
    "وزير الخارجية الروسي سيرغي لافروف (يمين) - مصافحا نظيره",
    "الرئيس (وسط) - خلال الحفل",
    # Third paragraph: too far from the start.
    "عنوان\nسطر ثان\nالقاهرة - (أ ف ب) - أعلنت الحكومة.",
    "دمشق سانا الرياض واس",
    "",
    "((((((",
    "-" * 50,
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    assert dateline(text) is None


def test_parse_has_the_dateline_and_no_attribution_inside() -> None:
    text = "بيروت (رويترز) - قال مصدر أمني إن الوضع هادئ."
    doc = arnews.parse(text)
    assert doc.dateline is not None and doc.dateline.source == "رويترز"
    assert all(a.start >= doc.dateline.end for a in doc.attributions)


def test_seed_dateline(seed: Seed) -> None:
    gold = seed.gold["dateline"]
    d = dateline(seed.text)
    if gold is None:
        assert d is None
        return
    assert d is not None
    assert normalize(d.source or "") == normalize(gold["source"])
    assert normalize(d.place or "") == normalize(gold["place"])
    assert d.text == gold["text"]


# place × separator × agency -> the dateline
GEN_PLACES = [
    "القاهرة", "دمشق", "الرياض", "أبوظبي", "الدوحة", "الكويت", "عمان", "بيروت", "الرباط",
    "الجزائر", "تونس", "بغداد", "جنيف", "موسكو", "القدس المحتلة", "الخرطوم", "المنامة",
]
GEN_AGENCIES = [
    "رويترز", "أ ف ب", "أ ب", "سانا", "واس", "وام", "قنا", "كونا", "بترا", "بنا", "وفا",
    "الأناضول", "شينخوا", "د ب أ", "وأج", "أ ش أ", "إنترفاكس",
]
# How the header is written: {p} place, {a} agency.
GEN_SHAPES = [
    "{p} - {a} -",
    "{p} – {a}:",
    "{p} ـ {a}:",
    "{p} ـ {a}",
    "{p} ({a}) -",
    "{p} - ({a}) -",
    "{p} ({a}) --",
    "{p}/ {a}:",
    "{p} / {a} /",
]
GEN_BODIES = [
    "أعلنت الحكومة اليوم خطة جديدة.",
    "قال مسؤول إن 12 شخصا قتلوا.",
    "\nاستقبل الوزير الوفد.",
]


@given(
    st.sampled_from(GEN_PLACES),
    st.sampled_from(GEN_SHAPES),
    st.sampled_from(GEN_AGENCIES),
    st.sampled_from(GEN_BODIES),
    st.sampled_from(["", "عنوان الخبر\n", "عنوان الخبر\n\n"]),
)
def test_generated(place: str, shape: str, agency: str, body: str, title: str) -> None:
    header = shape.format(p=place, a=agency)
    text = f"{title}{header} {body}"
    d = dateline(text)
    assert d is not None
    assert (d.text, d.place, d.source) == (header, place, agency)
    assert d.start == len(title)
    # The normalised text has the same dateline.
    n = dateline(normalize(text))
    assert n is not None
    assert (normalize(n.place or ""), normalize(n.source or "")) == (
        normalize(place),
        normalize(agency),
    )


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    d = dateline(text)
    if d is not None:
        assert text[d.start : d.end] == d.text
        if d.date is not None:
            assert text[d.date.start : d.date.end] == d.date.text


DATE_NOISE = st.text(alphabet="٠١٢٣٤٥٦٧٨٩0123456789 /-،,()أيلولمارسيناير", max_size=25)


@given(st.sampled_from(GEN_PLACES), DATE_NOISE, st.sampled_from(GEN_AGENCIES))
def test_noisy_dates_keep_offsets(place: str, date: str, agency: str) -> None:
    text = f"{place}، {date} ({agency}) - أعلنت الحكومة."
    d = dateline(text, datetime.date(2020, 1, 1))
    if d is not None:
        assert text[d.start : d.end] == d.text
        if d.date is not None:
            assert d.start <= d.date.start <= d.date.end <= d.end
            assert text[d.date.start : d.date.end] == d.date.text
