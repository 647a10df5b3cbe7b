"""Exceptions raised by arnews, and the input checks shared by every entry point."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterable

__all__ = ["ParseError", "check_date", "check_int", "check_text", "check_texts"]


class ParseError(ValueError):
    """A phrase given to a ``parse_*`` function is not one phrase of that kind.

    The message names the input, for example::

        >>> from arnews import parse_number
        >>> parse_number("مرحبا")
        Traceback (most recent call last):
        ...
        arnews.errors.ParseError: not a number phrase: 'مرحبا'
    """


_BYTES = (bytes, bytearray, memoryview)


#: What each public function takes, with an example call: every TypeError names both.
_INPUTS: dict[str, tuple[str, str]] = {
    "parse": ("the article text", "arnews.parse('قتل 15 شخصا أمس')"),
    "find_numbers": ("the article text", "find_numbers('قتل 15 شخصا')"),
    "find_dates": ("the article text", "find_dates('وصل الوفد الخميس 12 سبتمبر 2019')"),
    "find_durations": ("the article text", "find_durations('استمرت المعارك ثلاثة أيام')"),
    "find_quotes": ("the article text", "find_quotes('وقال الوزير «لن نتراجع»')"),
    "find_attributions": ("the article text", "find_attributions('بحسب وكالة رويترز')"),
    "find_speaker": ("the text naming the speaker", "find_speaker('المتحدث باسم الوزارة')"),
    "normalize": ("a text", "normalize('أكّد الوزيرُ')"),
    "parse_number": ("one number phrase", "parse_number('ثلاثة آلاف')"),
    "parse_date": ("one date phrase", "parse_date('10 سبتمبر 2016')"),
    "_iter_pairs": ("each text", "arnews.parse_many(['قتل 5', 'وصل 700 مقاتل'])"),
}

#: Extra advice for an ``int`` given where a phrase was expected.
_INT_ADVICE = {
    "parse_number": "to write a number in words use arnews.spell_number(n)",
    "parse_date": "to write a date in words use arnews.format_date(datetime.date(2016, 9, 10))",
}


def _caller() -> str | None:
    """The public function whose input is being checked (read from the call stack)."""
    frame = sys._getframe(2)
    for _ in range(5):
        if frame is None:
            return None
        if frame.f_code.co_name in _INPUTS:
            return frame.f_code.co_name
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _what(name: str, caller: str | None) -> str:
    """What the caller should pass for an argument called ``name``, with an example."""
    if caller is not None:
        what, example = _INPUTS[caller]
        return f"{what}, e.g. {example}"
    if name == "phrase":
        return "one phrase such as 'ثلاثة آلاف'"
    if name == "text":
        return "the article text"
    return "a text"


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``, else raise a ``TypeError`` that says what to pass.

    The message names the argument, what the calling public function expects and an
    example call of that function.

    Args:
        text: the value to check.
        name: the argument's name, used in the message (``text``, ``phrase``, ...).

    Returns:
        ``text`` itself: every ``str`` is accepted, whatever it contains (empty, lone
        surrogates, control characters, NUL).

    Raises:
        TypeError: for anything that is not a ``str``; bytes are told to be decoded first.

    >>> check_text("خبر")
    'خبر'
    >>> check_text("خبر".encode())
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes: decode bytes first: data.decode('utf-8')
    >>> import arnews
    >>> arnews.parse_date(20160910)
    Traceback (most recent call last):
    ...
    TypeError: phrase must be str (one date phrase, e.g. parse_date('10 سبتمبر 2016')), not int: ...
    """
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    caller = _caller()
    if isinstance(text, _BYTES):
        example = f"; e.g. {_INPUTS[caller][1]}" if caller else ""
        raise TypeError(
            f"{name} must be str, not {kind}: decode bytes first: data.decode('utf-8')"
            f"{example}"
        )
    what = _what(name, caller)
    if text is None:
        advice = "pass '' for no text" if name == "text" else f"pass the {name} as a str"
        raise TypeError(f"{name} must be str ({what}), not None: {advice}")
    if name == "text" and isinstance(text, (list, tuple)):
        raise TypeError(
            f"{name} must be str ({what}), not {kind}: "
            "to parse several texts use arnews.parse_many(texts)"
        )
    if name == "phrase" and isinstance(text, int) and not isinstance(text, bool):
        advice = _INT_ADVICE.get(caller or "", _INT_ADVICE["parse_number"])
        raise TypeError(f"{name} must be str ({what}), not int: {advice}")
    raise TypeError(f"{name} must be str ({what}), not {kind}")


def check_date(date: object, function: str = "format_date") -> datetime.date:
    """``date`` as a ``datetime.date``: a date, a datetime (its date) or an ISO string.

    Args:
        date: the value to check.
        function: the public function asking, named in the message.

    Raises:
        TypeError: anything else, with an example of what to pass.
        ValueError: a string that is not an ISO date.

    >>> check_date("2016-09-10")
    datetime.date(2016, 9, 10)
    >>> check_date(20160910)
    Traceback (most recent call last):
    ...
    TypeError: date must be a datetime.date or an ISO date string, e.g. ... not int
    """
    if isinstance(date, datetime.datetime):
        return date.date()
    if isinstance(date, datetime.date):
        return date
    if isinstance(date, str):
        try:
            return datetime.date.fromisoformat(date.strip()[:10])
        except ValueError:
            raise ValueError(
                f"date must be an ISO date string like '2016-09-10', not {date!r} "
                f"(to read a date written in Arabic use arnews.parse_date)"
            ) from None
    raise TypeError(
        "date must be a datetime.date or an ISO date string, e.g. "
        f"{function}(datetime.date(2016, 9, 10)) or {function}('2016-09-10'), "
        f"not {type(date).__name__}"
    )


def check_int(n: object, name: str = "n", example: str = "spell_number(3500)") -> int:
    """``n`` if it is an ``int`` (not a bool), else a ``TypeError`` with an example.

    >>> check_int("3500")
    Traceback (most recent call last):
    ...
    TypeError: n must be int, e.g. spell_number(3500), not str: to read a number phrase use ...
    """
    if isinstance(n, int) and not isinstance(n, bool):
        return n
    advice = ""
    if isinstance(n, str):
        advice = ": to read a number phrase use arnews.parse_number(phrase)"
    raise TypeError(f"{name} must be int, e.g. {example}, not {type(n).__name__}{advice}")


def check_texts(texts: object, name: str = "texts") -> Iterable[object]:
    """Return ``texts`` if it can be an iterable of texts, else raise a helpful ``TypeError``.

    Meant for functions that take many texts (``parse_many``): a single ``str`` or
    ``bytes`` is refused rather than parsed one character at a time, and a value that
    cannot be iterated is refused at once rather than when results are read. The items
    themselves are checked with :func:`check_text` as they are read.

    Args:
        texts: the value to check.
        name: the argument's name, used in the message.

    Returns:
        ``texts`` itself.

    Raises:
        TypeError: for a ``str``, ``bytes``, ``None`` or a non-iterable value.

    >>> check_texts(["خبر أول", "خبر ثان"])
    ['خبر أول', 'خبر ثان']
    >>> check_texts("خبر")
    Traceback (most recent call last):
    ...
    TypeError: texts must be an iterable of str, not one str: wrap it, [text], ...
    """
    if isinstance(texts, str):
        raise TypeError(
            f"{name} must be an iterable of str, not one str: "
            "wrap it, [text], or use arnews.parse(text)"
        )
    if isinstance(texts, _BYTES):
        raise TypeError(
            f"{name} must be an iterable of str, not {type(texts).__name__}: "
            "decode bytes first: data.decode('utf-8').splitlines()"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(
            f"{name} must be an iterable of str (a list, a generator, a file), "
            f"not {type(texts).__name__}"
        )
    return texts
