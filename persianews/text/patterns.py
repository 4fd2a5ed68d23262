"""Pattern helpers: patterns of the ``regex`` module compiled on first use (so that ``import persianews``
stays quick), and the characters of character classes."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex


ARABIC_SCRIPT = regex.compile(r"\p{Arabic}")
"""Any character of the Arabic script: a Persian letter or a Persian or Arabic digit (``ی``, ``۱``; not the Arabic
comma, the tatweel or a vowel mark, which are common to scripts): text holding one is written in Persian, not in Latin
letters, emoji or punctuation alone."""
CHANNEL_HANDLE = r"@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,})"
"""A Telegram channel's or user's handle (``@Farsna``): a letter, then four characters or more in all."""
SIGNOFF_LINK = r"(?:[ \t]*[-|–—][ \t]*Link)?"
"""What a channel's sign-off may carry after its handle on the same line: a dash or bar and ``Link``."""


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern]:
    """A function that gives ``regex.compile(pattern, flags)``, compiled on the first call (the
    patterns of the regex module are slow to compile)."""
    return functools.cache(lambda: regex.compile(pattern, flags))


def characters_of(ranges: str) -> str:
    """The characters of ``ranges``, the inside of a character class without escapes or brackets:
    single characters and ranges such as ``a-z`` (``"a-cx"`` gives ``"abcx"``)."""
    characters: list[str] = []
    index = 0
    while index < len(ranges):
        if ranges[index + 1:index + 2] == "-" and index + 2 < len(ranges):
            characters.extend(map(chr, range(ord(ranges[index]), ord(ranges[index + 2]) + 1)))
            index += 3
        else:
            characters.append(ranges[index])
            index += 1
    return "".join(characters)


def char_class(chars: str) -> re.Pattern:
    """A pattern matching one of ``chars``, written with ranges (large sets of single characters are slow)."""
    codes = sorted(set(map(ord, chars)))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("[" + "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
                                       for low, high in ranges) + "]")
