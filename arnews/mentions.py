"""Result types: one frozen, slotted ``attrs`` class per kind of mention.

Every mention carries ``start``, ``end`` and ``text`` with
``text == input[start:end]`` for the caller's original string.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "AmountKind",
    "AmountMention",
    "Attribution",
    "AttributionKind",
    "DateKind",
    "DateMention",
    "Dateline",
    "DurationMention",
    "DurationUnit",
    "NumberKind",
    "NumberMention",
    "Qualifier",
    "Quote",
    "QuoteKind",
]

NumberKind = Literal["cardinal", "ordinal", "percent", "fraction", "vague"]
Qualifier = Literal["approx", "more_than", "less_than", "at_least", "at_most"]
DateKind = Literal["date", "time", "datetime", "week", "month", "year"]
Calendar = Literal["gregorian", "hijri"]
DurationUnit = Literal["second", "minute", "hour", "day", "week", "month", "year"]
QuoteKind = Literal["direct", "indirect", "mixed"]
AttributionKind = Literal["media", "organization", "person", "document", "unnamed"]
AmountKind = Literal["money", "quantity"]


@attrs.frozen
class NumberMention:
    """A number written in the text.

    >>> from arnews import find_numbers
    >>> m = find_numbers("قتل 15 شخصا على الأقل")[0]
    >>> (m.text, m.value, m.kind, m.qualifier)
    ('15', 15, 'cardinal', 'at_least')

    Attributes:
        start: offset of the first character in the caller's string.
        end: offset one past the last character.
        text: ``input[start:end]``.
        value: the resolved value (percent: the number before %, so 15 for 15%).
        kind: cardinal, ordinal, percent, fraction or vague.
        qualifier: approx, more_than, less_than, at_least, at_most or None.
        unit: the counted noun as written, when one follows, else None.
    """

    start: int
    end: int
    text: str
    value: int | float
    kind: NumberKind = "cardinal"
    qualifier: Qualifier | None = None
    unit: str | None = None


@attrs.frozen
class DateMention:
    """A date, time, week, month or year written in the text.

    ``iso`` is the resolved value at its granularity (``YYYY``, ``YYYY-MM``,
    ``YYYY-Www``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``), or None when a relative
    expression has no reference date. The other fields keep what was written.

    >>> from arnews import parse_date
    >>> parse_date("الجمعة 9 أيلول 2016").iso
    '2016-09-09'
    """

    start: int
    end: int
    text: str
    iso: str | None
    kind: DateKind = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None
    calendar: Calendar = "gregorian"
    relative: bool = False
    #: The time zone as written (``بتوقيت غرينتش``، ``GMT``), or None.
    tz: str | None = None
    #: The zone's fixed offset from UTC (``+00:00``, ``+03:00``); None when no zone is
    #: written or the zone keeps daylight saving time.
    utc_offset: str | None = None
    #: A range (من 10 إلى 12 سبتمبر، من 2011 إلى 2014): the value of its last end, at the
    #: same granularity as ``iso``, which is its first end; None for a single date.
    end_iso: str | None = None


@attrs.frozen
class DurationMention:
    """A length of time such as ``سبعة أيام`` or ``أكثر من 13 ساعة``.

    >>> from arnews import find_durations
    >>> d = find_durations("استمرت المحادثات سبعة أيام")[0]
    >>> (d.text, d.value, d.unit)
    ('سبعة أيام', 7, 'day')
    """

    start: int
    end: int
    text: str
    value: int | float
    unit: DurationUnit
    qualifier: Qualifier | None = None


@attrs.frozen
class Quote:
    """Reported speech: who said what.

    ``start``/``end``/``text`` cover the whole reporting frame (cue, speaker and
    content); ``content_start``/``content_end`` cover the reported words alone.
    ``speaker`` is resolved (also for pronoun-only cues such as ``وأضاف``);
    ``speaker_start``/``speaker_end`` point at where that speaker is named;
    ``speaker_id`` is the id of the speaker's entity in ``Document.entities`` (set by
    ``parse()``; None from ``find_quotes``). It is a link, not part of the quote's value:
    equality and hashing ignore it, so ``find_quotes(text) == parse(text).quotes``.

    >>> from arnews import find_quotes
    >>> q = find_quotes('وقال كيري "لا نريد اتفاقا من أجل الاتفاق".')[0]
    >>> (q.speaker, q.cue, q.content, q.kind)
    ('كيري', 'قال', 'لا نريد اتفاقا من أجل الاتفاق', 'direct')
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str
    content: str
    content_start: int
    content_end: int
    kind: QuoteKind
    speaker_id: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Attribution:
    """A source the text attributes information to.

    ``canonical`` is a news agency's one canonical name (``"AFP"``، ``"Reuters"``،
    ``"SPA"``، ``"MAP"`` ...) whatever spelling the text uses, else None.

    ``source_id`` is the id of the source's entity in ``Document.entities`` (set by
    ``parse()``; None from ``find_attributions``); equality and hashing ignore it.

    >>> from arnews import find_attributions
    >>> a = find_attributions("قتل 15 شخصا، وفق ما أفاد المرصد السوري لحقوق الإنسان.")[0]
    >>> (a.source, a.cue, a.kind, a.anonymous)
    ('المرصد السوري لحقوق الإنسان', 'وفق ما أفاد', 'organization', False)
    """

    start: int
    end: int
    text: str
    source: str
    cue: str
    kind: AttributionKind
    anonymous: bool = False
    canonical: str | None = None
    source_id: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Dateline:
    """The dateline opening an article or paragraph, such as ``إيلاف من جنيف:``.

    ``source`` is the agency, paper or reporter as written; ``canonical`` the agency's
    canonical name (``"Reuters"``، ``"SPA"`` ...) or None.

    >>> from arnews import parse
    >>> d = parse("بيروت (رويترز) - قال مسؤول إن الوضع هادئ.").dateline
    >>> (d.place, d.source)
    ('بيروت', 'رويترز')
    """

    start: int
    end: int
    text: str
    source: str | None
    place: str | None
    date: DateMention | None = None
    canonical: str | None = None


@attrs.frozen
class AmountMention:
    """A number with the currency or the unit it counts: money or a measured quantity.

    ``text`` spans the number and its unit words (with a currency's nationality
    adjective and a rate such as ``يوميا``), not the qualifier before it.

    >>> from arnews import find_amounts
    >>> a = find_amounts("بلغت الصادرات 23.5 مليون دولار أميركي")[0]
    >>> (a.text, a.value, a.kind, a.currency, a.unit_text)
    ('23.5 مليون دولار أميركي', 23500000, 'money', 'USD', 'دولار أميركي')

    Attributes:
        start: offset of the first character in the caller's string.
        end: offset one past the last character.
        text: ``input[start:end]``.
        value: the amount in the main unit (``5 مليارات سنتيم`` is 50,000,000 dirhams).
        kind: money or quantity.
        currency: ISO 4217 code for money (None when the article does not say which),
            None for quantities.
        unit: canonical unit of a quantity (``km``, ``m3``, ``t``, ``barrel``, ``MW``,
            ``C``), None for money.
        unit_text: the currency or unit words as written.
        qualifier: approx, more_than, less_than, at_least, at_most or None.
        per: the period of a rate (hour, day, week, month, year), else None.
    """

    start: int
    end: int
    text: str
    value: int | float
    kind: AmountKind
    currency: str | None = None
    unit: str | None = None
    unit_text: str = ""
    qualifier: Qualifier | None = None
    per: str | None = None
