"""Exceptions raised by arnews."""

from __future__ import annotations

__all__ = ["ParseError", "check_text"]


class ParseError(ValueError):
    """A phrase given to a ``parse_*`` function is not one phrase of that kind.

    The message names the input, for example::

        >>> from arnews import parse_number
        >>> parse_number("مرحبا")
        Traceback (most recent call last):
        ...
        arnews.errors.ParseError: not a number phrase: 'مرحبا'
    """


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``, else raise a helpful ``TypeError``.

    >>> check_text("خبر")
    'خبر'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(text).__name__}: "
            "decode bytes first: data.decode('utf-8')"
        )
    raise TypeError(
        f"{name} must be str (the article text), not {type(text).__name__}"
    )
