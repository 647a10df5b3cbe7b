"""Reported speech: reporting verbs, participles, complementizers, quote marks, titles.

Words are in ordinary Arabic spelling; :mod:`arnews.quotes` and :mod:`arnews.speakers`
normalise them once, at import, when they compile their patterns.

Sources: the verb ranking and most forms come from the counts in the project's
``SPEECH_LEXICON.md`` (UD_Arabic-PADT newswire dev+test and the seed articles); the
rest is ordinary Modern Standard Arabic news usage. Public names here are stable:
other modules import them read-only.

>>> REPORTING_VERBS["قال"][:5]
('قال', 'قالت', 'قالا', 'قالتا', 'قالوا')
>>> "مضيفا" in PARTICIPLE_CUES["أضاف"]
True
"""

from __future__ import annotations

from arnews.lexicon.actors import PERSON_TITLES

#: Words for one of a group, which head a speaker like a title (أحد السكان، إحدى الناشطات).
GROUP_MEMBERS: tuple[str, ...] = ("أحد", "إحدى")

#: A reporter's title names who reports (an attribution: بحسب مراسل الوكالة), not who is
#: quoted: the words belong to the person the reporter quotes.
REPORTER_TITLES: tuple[str, ...] = ("مراسل", "مراسلة")

#: What may head a speaker like a title: person titles but a reporter's, and one of a group.
SPEAKER_TITLES: tuple[str, ...] = (
    *(title for title in PERSON_TITLES if title not in REPORTER_TITLES),
    *GROUP_MEMBERS,
)

__all__ = [
    "ADDRESSEES",
    "AGENT_PLURALS",
    "AUXILIARIES",
    "CLAUSE_WORDS",
    "COMPLEMENTIZERS",
    "COMPLEMENT_SUFFIXES",
    "COMPOUND_NAME_SECONDS",
    "DUAL_GROUPS",
    "GIVEN_NAMES",
    "GROUP_MEMBERS",
    "NAME_PARTICLES",
    "NATIONALITIES",
    "NOMINAL_COMPLEMENT",
    "NOT_COMPLEMENTIZER_AFTER",
    "NOT_CUES",
    "NOUN_CONTENT_HEADS",
    "PARTICIPLE_CUES",
    "PERSON_TITLES",
    "PRONOUN_SUBJECTS",
    "QUESTION_CUES",
    "QUOTE_MARKS",
    "RELATIVE_PRONOUNS",
    "REPORTER_TITLES",
    "REPORTING_VERBS",
    "SOURCE_HEADS",
    "SPEAKER_TITLES",
    "SPEAKING_BODIES",
    "STOP_WORDS",
    "TIME_WORDS",
    "TITLE_MODIFIERS",
    "VERB_PREPOSITIONS",
    "WAW_NAMES",
]

# --------------------------------------------------------------------------------------
# Reporting verbs.
#
# (lemma = 3rd masc. sing. past, 3rd masc. sing. present) for verbs whose agreement
# forms are regular: past + ت / ا / تا / وا / ن, present ي- / ت- / -ون / -ان.
# Ranked by the PADT counts of SPEECH_LEXICON.md (قال 122, أكد 52, أعلن 38, ...).
_REGULAR: tuple[tuple[str, str], ...] = (
    ("أكد", "يؤكد"),
    ("أعلن", "يعلن"),
    ("أضاف", "يضيف"),
    ("أوضح", "يوضح"),
    ("أشار", "يشير"),
    ("ذكر", "يذكر"),
    ("اعتبر", "يعتبر"),
    ("لفت", "يلفت"),
    ("توقع", "يتوقع"),
    ("أفاد", "يفيد"),
    ("شدد", "يشدد"),
    ("طلب", "يطلب"),
    ("كشف", "يكشف"),
    ("صرح", "يصرح"),
    ("تابع", "يتابع"),
    ("اقترح", "يقترح"),
    ("اعترف", "يعترف"),
    ("نقل", "ينقل"),
    ("اعتقد", "يعتقد"),
    ("وصف", "يصف"),
    ("أعرب", "يعرب"),
    ("أورد", "يورد"),
    ("نبه", "ينبه"),
    ("ألمح", "يلمح"),
    ("سأل", "يسأل"),
    ("استبعد", "يستبعد"),
    ("نوه", "ينوه"),
    ("بين", "يبين"),
    ("أردف", "يردف"),
    ("استطرد", "يستطرد"),
    ("استدرك", "يستدرك"),
    ("ختم", "يختم"),
    ("لاحظ", "يلاحظ"),
    ("رجح", "يرجح"),
    ("قدر", "يقدر"),
    ("أقر", "يقر"),
    ("أنكر", "ينكر"),
    ("زعم", "يزعم"),
    ("أصر", "يصر"),
    ("جدد", "يجدد"),
    ("أبلغ", "يبلغ"),
    ("أخبر", "يخبر"),
    ("كتب", "يكتب"),
    ("غرد", "يغرد"),
    ("علق", "يعلق"),
    ("أشاد", "يشيد"),
    ("انتقد", "ينتقد"),
    ("ندد", "يندد"),
    ("أدان", "يدين"),
    ("رحب", "يرحب"),
    ("طالب", "يطالب"),
    ("ناشد", "يناشد"),
    ("حذر", "يحذر"),
    ("هدد", "يهدد"),
    ("تعهد", "يتعهد"),
    ("اتهم", "يتهم"),
    ("حمل", "يحمل"),
    ("تحدث", "يتحدث"),
    ("تساءل", "يتساءل"),
    ("أجاب", "يجيب"),
    ("أبدى", "يبدي"),
    # Maghrebi agency style (MAP, Hespress): أبرز أن، سجل أن
    ("أبرز", "يبرز"),
    ("سجل", "يسجل"),
)

# Verbs with irregular agreement forms (hollow, defective, doubled), written out.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت", "قالا", "قالتا", "قالوا", "قلن",
            "يقول", "تقول", "يقولون", "يقولان", "تقولان", "يقلن"),
    "رأى": ("رأى", "رأت", "رأيا", "رأتا", "رأوا", "يرى", "ترى", "يرون", "يريان", "تريان"),
    "نفى": ("نفى", "نفت", "نفيا", "نفتا", "نفوا", "ينفي", "تنفي", "ينفون", "ينفيان"),
    "دعا": ("دعا", "دعت", "دعوا", "دعتا", "يدعو", "تدعو", "يدعون", "يدعوان"),
    "ادعى": ("ادعى", "ادعت", "ادعيا", "ادعوا", "يدعي", "تدعي", "يدعون"),
    "حث": ("حث", "حثت", "حثا", "حثتا", "حثوا", "يحث", "تحث", "يحثون", "يحثان"),
    "رد": ("رد", "ردت", "ردا", "ردوا", "يرد", "ترد", "يردون"),
    "زاد": ("زاد", "زادت", "زادا", "زادوا"),
    "روى": ("روى", "روت", "رويا", "رووا", "يروي", "تروي", "يروون"),
    "ألقى": ("ألقى", "ألقت", "ألقيا", "ألقوا", "يلقي", "تلقي", "يلقون"),
    "عزا": ("عزا", "عزت", "عزوا", "يعزو", "تعزو"),
    "توعد": ("توعد", "توعدت", "توعدا", "توعدوا", "يتوعد", "تتوعد"),
    "وعد": ("وعد", "وعدت", "وعدا", "وعدوا", "يعد", "تعد", "يعدون"),
    "أمل": ("أمل", "أملت", "أملا", "أملوا", "يأمل", "تأمل", "يأملون"),
}


def _regular_forms(past: str, present: str) -> tuple[str, ...]:
    stem = present[1:]
    return (
        past, past + "ت", past + "ا", past + "تا", past + "وا", past + "ن",
        present, "ت" + stem, present + "ون", present + "ان", "ت" + stem + "ان",
    )


#: lemma -> every finite form (past and present, all persons the news uses), without
#: the و/ف prefix. First form is the lemma itself.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "قال": _IRREGULAR["قال"],
    **{past: _regular_forms(past, present) for past, present in _REGULAR},
    **{lemma: forms for lemma, forms in _IRREGULAR.items() if lemma != "قال"},
}

# Circumstantial participles (حال): masculine stem; the forms add -ا (written -اً/-ًا),
# -ة, -ين, -ات, -تين. PADT counts: مشيرا 25, مؤكدا 11, معتبرا 7, قائلا 5, مضيفا 3.
_PARTICIPLE_STEMS: dict[str, str] = {
    "قال": "قائل",
    "أضاف": "مضيف",
    "أكد": "مؤكد",
    "أشار": "مشير",
    "اعتبر": "معتبر",
    "أوضح": "موضح",
    "حذر": "محذر",
    "لفت": "لافت",
    "شدد": "مشدد",
    "أعرب": "معرب",
    "تساءل": "متسائل",
    "أردف": "مردف",
    "قدر": "مقدر",
    "نوه": "منوه",
    "أعلن": "معلن",
    "كشف": "كاشف",
    "بين": "مبين",
    "طالب": "مطالب",
    "رجح": "مرجح",
    "توقع": "متوقع",
    "استبعد": "مستبعد",
    "ألمح": "ملمح",
    "وصف": "واصف",
    "أشاد": "مشيد",
    "انتقد": "منتقد",
    "هدد": "مهدد",
    "تعهد": "متعهد",
    "زعم": "زاعم",
    "استدرك": "مستدرك",
    "استطرد": "مستطرد",
    "نبه": "منبه",
    "اعترف": "معترف",
    "اتهم": "متهم",
    "حمل": "محمل",
    "جدد": "مجدد",
    "ذكر": "مذكر",
}

#: lemma -> participle forms used as a cue after a comma (مضيفا، مشيرة، محذرين).
PARTICIPLE_CUES: dict[str, tuple[str, ...]] = {
    lemma: (stem + "ا", stem + "ة", stem + "ين", stem + "ات", stem + "تين")
    for lemma, stem in _PARTICIPLE_STEMS.items()
}
PARTICIPLE_CUES["دعا"] = ("داعيا", "داعية", "داعين", "داعيات")
PARTICIPLE_CUES["نفى"] = ("نافيا", "نافية", "نافين")
PARTICIPLE_CUES["حث"] = ("حاثا", "حاثة", "حاثين")
PARTICIPLE_CUES["أبدى"] = ("مبديا", "مبدية", "مبدين")
# "by saying" after a verb that is not itself a cue (اكتفى المتحدث بالقول إن، ختم كلمته
# بقوله: ...): the subject of that verb speaks
PARTICIPLE_CUES["قال"] += ("بالقول", "بقوله", "بقولها")

#: Verbs whose content may be a noun phrase (no complementizer): after the preposition
#: when one is given, else right after the verb and its subject (أكد الاتفاق، نفت حدوث).
VERB_PREPOSITIONS: dict[str, str] = {
    "دعا": "إلى",
    "حث": "على",
    "شدد": "على",
    "طالب": "ب",
    "أفاد": "ب",
    "حذر": "من",
    "تحدث": "عن",
    "طلب": "من",
    "أعرب": "عن",
    "ناشد": "",
    "أكد": "",
    "نفى": "",
    "أعلن": "",
    "حمل": "",
}
NOMINAL_COMPLEMENT: frozenset[str] = frozenset(VERB_PREPOSITIONS)

#: Passive "was asked": the subject is the one who answers next (سُئل الأسد ... فأجاب).
QUESTION_CUES: tuple[str, ...] = ("سئل", "سئلت", "سئلوا")

#: Impersonal phrases that look like cues but report no one's speech (PADT: يذكر أن 8,
#: يشار إلى أن 10).
NOT_CUES: tuple[str, ...] = (
    "يذكر أن",
    "يذكر ان",
    "يشار إلى أن",
    "يشار الى ان",
    "يعتقد أن",
    "يقال إن",
    "يبدو أن",
    # "in response to", not a reply (قالت إن بلادها ستعمل ...، ردا على العقوبات)
    "ردا على",
    # an age, not a report (يبلغ من العمر 33 عاما)
    "يبلغ من العمر", "تبلغ من العمر",
    "من المتوقع أن",
    "من المرجح أن",
    "من المقرر أن",
    "قيل إن",
    # anonymity clauses inside a frame (مسؤول طلب عدم نشر اسمه)
    "طلب عدم", "طلبت عدم", "طلبوا عدم", "طلب عدم الكشف", "رفض الكشف", "رفضت الكشف",
)

#: Reporting verbs whose forms are also common nouns, prepositions or other verbs (بين
#: "between", طالب "student", طلب "a request", تحمل "bears", يرد "comes back"): their
#: content must follow the speaker directly, with no other words between.
AMBIGUOUS_CUES: tuple[str, ...] = ("بين", "طلب", "طالب", "حمل", "رد")

#: Prepositions after which a short quotation is a term, not speech (يرد على "قائمة
#: المخالفات"، تحدث عن "صفقة القرن").
TERM_PREPOSITIONS: tuple[str, ...] = (
    "على", "عن", "في", "من", "إلى", "حول", "بشأن", "ضد", "مثل", "باسم", "بعنوان",
)

#: Relative pronouns: a cue right after one is inside a relative clause (المتحدث، الذي
#: طلب عدم الكشف عن اسمه، ...), not a reporting frame.
RELATIVE_PRONOUNS: tuple[str, ...] = (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
)

#: Words before أن that make it a subordinator, not a speech complementizer.
NOT_COMPLEMENTIZER_AFTER: tuple[str, ...] = (
    "قبل", "بعد", "غير", "إلا", "رغم", "برغم", "بالرغم", "كما", "بما", "حيث", "منذ",
    "لولا", "شأن", "شأنها", "شأنه", "شأنهم", "يمكن", "ينبغي", "يجب", "دون", "بدل",
    "حين",
)

#: Complementizers opening indirect content (PADT: إلى أن 86, بأن 42, على أن 33).
COMPLEMENTIZERS: tuple[str, ...] = (
    "إلى أن", "إلى إن", "على أن", "من أن", "عن أن", "بأن", "بإن", "أن", "إن",
)
#: Attached pronouns on a complementizer (إنه، أنها، بأنهم).
COMPLEMENT_SUFFIXES: tuple[str, ...] = ("هما", "هم", "هن", "ها", "ه", "نا", "ني", "كم", "ك")


#: Conjunction + pronoun subjects before a verb (لكنه قال، ولكنهما قالا).
PRONOUN_SUBJECTS: dict[str, str] = {
    "لكنه": "singular", "لكنها": "singular", "لكنهما": "dual", "لكنهم": "plural",
    "ولكنه": "singular", "ولكنها": "singular", "ولكنهما": "dual", "ولكنهم": "plural",
    "إنه": "singular", "وإنه": "singular", "إلا أنه": "singular", "غير أنه": "singular",
    "غير أنهم": "plural", "إلا أنهم": "plural", "كما أنه": "singular",
}

#: Words that end a fronted subject when reading leftwards from a verb: complementizers
#: and clause-linking particles (غير أن الكرملين أعلن، لكن الوزارة نفت).
CLAUSE_WORDS: tuple[str, ...] = (
    "أن", "إن", "ان", "لكن", "ولكن", "بل", "إذ", "حيث", "فيما", "بينما", "ثم", "كما",
    "حين", "عندما", "بعدما", "وفيما", "وبينما", "لأن", "فإن", "وإن", "وأن", "بأن",
)

#: Auxiliaries between the conjunction and a fronted subject (وكانت الوزارة نفت).
AUXILIARIES: tuple[str, ...] = ("كان", "كانت", "كانوا", "قد", "لقد", "وقد", "وكان", "وكانت",
                                "وكانوا", "فقد")

# Quotation marks, grouped by family. A mark opens or closes depending on what is
# around it; guillemets are accepted in both stored orders (PADT: 71 of 72 sentences
# with guillemets store » as the opener).
QUOTE_MARKS: dict[str, str] = {
    "ascii_double": '"',
    "guillemets": "«»",
    "curly_double": "“”„",
    "curly_single": "‘’",
    "ascii_single": "'",
}

# --------------------------------------------------------------------------------------
# Speakers.


#: Nouns that head a body in the construct after a title (رئيس نادي الزمالك، عميد شؤون
#: الطلاب، مدير شركة أرامكو، أمين عام نادي التعاون).
CONSTRUCT_HEADS: tuple[str, ...] = (
    "نادي", "شؤون", "جامعة", "شركة", "مؤسسة", "جمعية", "مكتب", "مركز", "اتحاد",
    "منتخب", "فريق", "جهاز", "إدارة", "مديرية", "بلدية", "محكمة", "مستشفى", "معهد",
    "كلية", "غرفة", "نقابة", "صندوق", "بنك", "مصرف", "دائرة", "قسم",
)

#: Unnamed sources and groups (anonymous when indefinite: مسؤول أميركي، مصدر في الوفد).
SOURCE_HEADS: tuple[str, ...] = (
    "مسؤول", "المسؤول", "مسؤولة", "مسؤولون", "المسؤولون", "مسؤولين",
    "مصدر", "المصدر", "مصادر", "المصادر", "دبلوماسي", "الدبلوماسي", "دبلوماسيون",
    "متابعون", "مراقبون", "محللون", "خبراء", "ناشطون", "شهود", "سكان", "مواطنون",
    "مسؤولو", "معارضون", "المعارضون", "مقاتلون", "الناشطون", "المحللون", "الخبراء",
    "المراقبون", "المتابعون", "مصدران", "مسؤولان",
)

#: Dual/group nouns a dual pronoun may point back to (فشل الطرفان ... ولكنهما قالا).
DUAL_GROUPS: tuple[str, ...] = ("الطرفان", "الجانبان", "البلدان", "الوزيران", "الدولتان",
                                "الرئيسان", "الزعيمان")

#: Plural agents (طالب المحتجون).
AGENT_PLURALS: tuple[str, ...] = (
    "المحتجون", "المتظاهرون", "الأهالي", "السكان",
    # groups that protest, strike or testify in news reports (both cases of the plural)
    "المحتجين", "المتظاهرين", "الطلاب", "العمال", "المعلمون", "المعلمين", "الأطباء",
    "المزارعون", "المزارعين", "اللاجئون", "اللاجئين", "النازحون", "النازحين",
    "الموظفون", "الموظفين", "الناشطون", "الناشطين", "المعتصمون", "المعتصمين",
)

#: Bodies and documents that can speak, by their generic nouns (قال المرصد، أعلنت الوزارة،
#: ذكر البيان); bodies named in full are :data:`arnews.lexicon.actors.ORGANIZATIONS`.
SPEAKING_BODIES: tuple[str, ...] = (
    "المرصد", "وزارة", "الوزارة",
    "الخارجية", "الحكومة", "حكومة", "الجيش", "جيش", "الشرطة", "منظمة", "المنظمة",
    "مجلس", "المجلس", "وكالة", "الوكالة", "صحيفة", "الصحيفة",
    "قناة", "القناة", "البيان", "بيان", "التقرير", "تقرير", "الحزب", "حزب", "حركة",
    "الحركة", "جبهة", "هيئة", "الهيئة", "لجنة", "اللجنة", "الائتلاف", "التحالف",
    "الاتحاد", "مجموعة", "المجموعة", "الرئاسة", "السفارة",
    "البرلمان", "المفوضية", "موقع", "الموقع", "تلفزيون", "إذاعة",
    "الوثيقة", "وثائق", "الرسالة", "السلطات", "سلطات",
    # statements and communiqués (Maghrebi outlets: بلاغ لوزارة الداخلية)
    "بلاغ", "البلاغ", "البيان الختامي", "إعلان", "مذكرة", "المذكرة",
)


#: Nationality adjective stems (masc. sing. indefinite); agreement forms are derived.
NATIONALITIES: tuple[str, ...] = (
    "أميركي", "أمريكي", "روسي", "سوري", "فرنسي", "بريطاني", "ألماني", "صيني", "إيراني",
    "تركي", "سعودي", "مصري", "عراقي", "لبناني", "أردني", "قطري", "إماراتي", "كويتي",
    "إسرائيلي", "فلسطيني", "مغربي", "جزائري", "تونسي", "ليبي", "يمني", "سوداني",
    "بحريني", "عماني", "ياباني", "هندي", "باكستاني", "أوكراني", "أوروبي", "عربي",
    "خليجي", "أممي", "دولي", "غربي", "إقليمي", "محلي", "رسمي", "عسكري", "أمني",
    "حكومي", "إعلامي",
    # other relational adjectives that qualify a source (مصدر وزاري، مسؤول قضائي)
    "وزاري", "دبلوماسي", "قضائي", "برلماني", "حزبي", "طبي", "نيابي", "رئاسي", "ملكي",
    "كردي", "أفريقي", "آسيوي", "لاتيني", "مطلع", "موثوق",
    # further countries in world news
    "إيطالي", "إسباني", "برتغالي", "هولندي", "بلجيكي", "سويسري", "نمساوي", "يوناني",
    "بولندي", "سويدي", "نرويجي", "دنماركي", "فنلندي", "كندي", "مكسيكي", "برازيلي",
    "أرجنتيني", "كوري", "ماليزي", "فلبيني", "إندونيسي", "أفغاني", "تايلاندي", "فيتنامي",
    "أسترالي", "نيجيري", "إثيوبي", "صومالي", "موريتاني", "إفريقي", "جيبوتي", "إريتري",
    "تشادي", "مالي", "سنغالي", "كيني", "أوزبكي", "كازاخي", "أذربيجاني", "أرميني", "جورجي",
    "صربي", "كرواتي", "روماني", "بلغاري", "مجري", "تشيكي", "ايرلندي", "إيرلندي", "إنجليزي",
    "اسكتلندي", "ويلزي", "فنزويلي", "كولومبي", "تشيلي", "بيروفي", "كوبي",
)

#: Words that continue a title (وزير الخارجية، المبعوث الخاص، الأمين العام).
TITLE_MODIFIERS: tuple[str, ...] = (
    "الخارجية", "الداخلية", "الدفاع", "المالية", "الإعلام", "العدل", "الخاص", "الخاصة",
    "العام", "العامة", "الأعلى", "الوزراء", "الجمهورية", "الحكومة", "الأول",
    "السابق", "السابقة", "الجديد", "الأركان", "البرلمان", "الدولة", "الدولية",
    "كبير", "كبيرة", "كبار", "رفيع", "رفيعة", "المستوى", "بارز", "بارزة", "مطلع", "مطلعة",
    "مطلعون", "مقرب", "مقربة", "مقربون", "آخر", "أخرى", "مسؤول", "مسؤولة",
    "عيان", "محليون", "ميدانيون", "عام",
)

#: Particles inside personal names (ستيفان دي ميستورا، أبو بكر).
NAME_PARTICLES: tuple[str, ...] = ("دي", "دو", "فان", "فون", "بن", "ابن", "بنت", "أبو",
                                   "أبي", "عبد", "آل", "ولد", "لو", "لا", "ديل", "دا",
                                   "دير", "دوس", "ذو", "ذي", "أم")

#: A few given names that may be followed by a definite surname (بشار الأسد).
GIVEN_NAMES: tuple[str, ...] = (
    "بشار", "حسن", "حسين", "محمد", "أحمد", "علي", "عمر", "خالد", "سعد", "نبيه",
    "عبد", "صلاح", "جمال", "حافظ", "معمر", "سليمان", "عادل", "فيصل", "سعود", "نوري",
    # first parts of compound names (زين العابدين، نور الدين، سيف الإسلام، عز الدين)
    "زين", "نور", "سيف", "شمس", "عز", "علاء", "بهاء", "جلال", "كمال", "نصر", "تاج",
    "فخر", "بدر", "شرف", "محيي", "حسام", "عماد", "ضياء", "خير",
)

#: Who a speaker talks to, after the speaker (قال الوزير للصحفيين: ...). Outlets after لـ
#: (لرويترز، لوكالة) are taken from :mod:`arnews.lexicon.sources`.
ADDRESSEES: tuple[str, ...] = (
    "للصحفيين", "للصحافيين", "للصحافة", "للإعلام", "للمراسلين", "لوسائل", "للتلفزيون",
    "للإذاعة", "للجزيرة", "للعربية", "للحاضرين", "للمشاركين", "للنواب", "للجمهور",
)

#: Words right before a quoted medium that a speaker talked to (قال لموقع "سكاي نيوز"،
#: في حوار مع "الشرق الأوسط"، في تصريح لـ«عكاظ»): the quotation names an addressee.
ADDRESSEE_MEDIUM_WORDS: tuple[str, ...] = (
    "لموقع", "لصحيفة", "لقناة", "لوكالة", "لمجلة", "لشبكة", "لتلفزيون", "لإذاعة", "لراديو",
    "لبرنامج", "مع", "لجريدة", "لمحطة", "لمراسل", "لمراسلة",
)

#: Sentence openers with و/ف that continue a speaker's words after a colon quote
#: without marks (وقال المدرب: لعبنا جيدا. ولكننا أضعنا الفرص.); any other و/ف opener
#: returns to the narrative.
SPEECH_CONTINUERS: tuple[str, ...] = (
    "ولكن", "ولكنني", "ولكننا", "ولكنه", "ولكنها", "ولكنهم", "ولذلك", "ولهذا", "فنحن",
    "فأنا", "فهذا", "فهو", "فهي", "وأنا", "ونحن", "وأعتقد", "وأتمنى", "ونتمنى", "وأؤكد",
)

#: Names that begin with و, so that و is not read as "and" inside a name (common Arabic
#: given names and surnames).
WAW_NAMES: tuple[str, ...] = (
    "وليد", "وائل", "وسام", "وفاء", "وديع", "وحيد", "وهبي", "واصف", "وجدي", "وضاح",
    "وهيب", "ولي", "وداد", "وزان", "وهاب", "وردة", "ولد", "وهبة",
)

#: Second parts of two-part first names (نور الدين، سيف الإسلام، زين العابدين، عبد الله):
#: a family name may follow them.
COMPOUND_NAME_SECONDS: tuple[str, ...] = (
    "الدين", "الإسلام", "العابدين", "الله", "الرحمن", "العزيز", "الرحيم", "الكريم",
    "اللطيف", "الحق", "الحميد", "المجيد", "الناصر", "الفتاح", "السلام", "الرزاق",
)

#: Time and date words ending a speaker phrase (قال كيري الجمعة إن).
TIME_WORDS: tuple[str, ...] = (
    "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "أمس", "اليوم", "غدا", "مساء", "صباح", "ليل", "ليلة", "ظهر", "فجر",
    "حاليا", "لاحقا", "سابقا", "مؤخرا", "أيضا", "كذلك", "يوم", "الأسبوع", "الشهر",
)

#: Words that never belong to a speaker phrase.
STOP_WORDS: tuple[str, ...] = (
    "في", "من", "إلى", "على", "عن", "مع", "بعد", "قبل", "عقب", "خلال", "أثناء", "لدى",
    "حول", "بشأن", "إن", "أن", "بأن", "أنه", "إنه", "انه", "ما", "لا", "لم", "لن",
    "قد", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "كما",
    "حيث", "إذا", "لكن", "ولكن", "أو", "أي", "كل", "بين", "عند", "منذ", "حتى",
    "متوجها", "مخاطبا", "موجها", "ردا", "وردا", "تعليقا", "أمام", "عبر", "بحسب",
    "وفق", "وفقا", "نقلا", "لوكالة", "لصحيفة", "لقناة", "ضمن", "إثر", "وسط",
    "عما", "عمن", "هل", "كيف", "متى", "لماذا", "أين", "مما", "ممن", "فيما", "بينما",
    "اللذان", "اللتان", "أيضا", "خاصة", "قائلا", "قائلة",
)

#: Words that can never start (or be part of) a speaker: pronoun-bearing prepositions
#: (فيها، لها، عنه), particles and connectives that stand between a cue and its content
#: or before a cue (فقد قال، حسبما أفاد، قال فيها، اكتفى بالقول، بحضور), the object of
#: a verb of saying (قوله، اسمه) and adverbs (ذات مرة، ثانية). A closed list: every
#: speaker the extractor reports is checked against it.
NEVER_SPEAKER_WORDS: tuple[str, ...] = (
    # prepositions with an attached pronoun (addressee or topic between cue and content)
    "إليه", "إليها", "إليهم", "له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "لكم",
    "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "معه", "معها", "معهم",
    "فيه", "فيها", "فيهم", "فيهما", "عنه", "عنها", "عنهم", "به", "بها", "بهم",
    # particles, connectives and complementizers
    "فقد", "وقد", "لقد", "حسبما", "وحسبما", "حسب", "وحسب", "بحسب", "وبحسب", "كما", "وكما",
    "وفقا", "ووفقا", "وفق", "طبقا", "نقلا", "بحضور", "وبحضور", "بالقول", "قائلا", "بقوله",
    "إنها", "إنهم", "إنهما", "أنها", "أنهم", "أنهما", "بأنه", "وأن", "وإن", "فإن", "لأن",
    "هناك", "أيضا", "إلا", "غير", "فقط", "إذ", "أو", "ثم", "بذلك", "لذلك", "كذلك",
    "وذلك", "ذلك", "بعدما", "عندما", "حينها", "حينما", "لكنه", "لكنها",
    # reflexives and the "same one" words
    "نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "بدوره", "بدورها", "جهته", "جانبه",
    # the object of a verb of saying, a name's label, adverbs
    "قوله", "قولها", "اسمه", "اسمها", "ذات", "ثانية", "مجددا", "مرة",
    "كان", "كانت", "يكون", "ليس", "لدى", "إلى", "هكذا", "اليوم", "أمس",
    # adverbs and verbs that open a clause before a verb (وحين يسأل، ومضت تقول)
    "حين", "وحين", "سريعا", "طالما", "بعدها", "مضى", "مضت", "لسان",
    # the oblique dual of a group is an object, never the subject (البلدان is)
    "البلدين", "الطرفين", "الجانبين", "الدولتين", "الوزيرين", "الرئيسين", "الزعيمين",
    # objects of idioms of saying (لفت النظر، شد الانتباه)
    "النظر", "الانتباه",
)

#: Words that open an apposition or a circumstantial clause after a bare-name subject
#: (قال الشريف وهو مدرس ...، قالت خميس وهي رئيسة ...).
APPOSITION_OPENERS: tuple[str, ...] = ("وهو", "وهي", "وهما", "وهم")

#: Resumptive pronouns after a cue that refer to the occasion of the words (في الوقت
#: الذي قال فيه الوزير، كلمة أكد فيها أن): the speaker, if any, comes after them.
RESUMPTIVE_PRONOUNS: tuple[str, ...] = ("فيه", "فيها", "خلاله", "خلالها")

#: Words that put a source after its content (الاتحاد تلقى التقرير، حسبما قال المتحدث).
POSTPOSED_SOURCE_WORDS: tuple[str, ...] = (
    "حسبما", "حسب ما", "بحسب ما", "وفق ما", "وفقا لما", "طبقا لما", "على ما",
)

#: Heads of noun-phrase contents, never names (نفى المتحدث صحة الأنباء، أكد وصول).
NOUN_CONTENT_HEADS: tuple[str, ...] = (
    "صحة", "حدوث", "وجود", "وقوع", "ضرورة", "أهمية", "استعداد", "رفض", "دعم", "التزام",
    "تمسك", "حرص", "عزم", "نية", "وصول", "مقتل", "سقوط", "إصابة", "اعتقال", "توقيف",
    "استمرار", "تراجع", "ارتفاع", "انخفاض", "قلق", "أمل", "ترحيب", "تأييد", "إدانة",
)
