"""Exceptions raised by arnews, and the input checks shared by every entry point."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["ParseError", "check_text", "check_texts"]


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


def _what(name: str) -> str:
    """What the caller should pass for an argument called ``name``."""
    if name == "phrase":
        return "one phrase such as 'ثلاثة آلاف'"
    if name == "text":
        return "the article text"
    return "a text"


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``, else raise a ``TypeError`` that says what to pass.

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
    """
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, _BYTES):
        raise TypeError(
            f"{name} must be str, not {kind}: decode bytes first: data.decode('utf-8')"
        )
    if text is None:
        raise TypeError(f"{name} must be str ({_what(name)}), not None: pass '' for no text")
    if name == "text" and isinstance(text, (list, tuple)):
        raise TypeError(
            f"{name} must be str ({_what(name)}), not {kind}: "
            "to parse several texts use arnews.parse_many(texts)"
        )
    if name == "phrase" and isinstance(text, int) and not isinstance(text, bool):
        raise TypeError(
            f"{name} must be str ({_what(name)}), not int: "
            "to write a number in words use arnews.spell_number(n)"
        )
    raise TypeError(f"{name} must be str ({_what(name)}), not {kind}")


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
