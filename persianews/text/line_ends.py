"""Whether a line ends in a compound preposition, a sign that the copy of a post broke it mid-sentence."""

from __future__ import annotations

import regex

_PREPOSITION_NOUNS = frozenset("اختیار برابر مقابل سوی سمت نزدیکی داخل عنوان".split())
"""Nouns of a compound preposition (``در اختیار``, ``به سمت``, ``از سوی``, ``به عنوان``): after a simple
preposition they need what follows. 10 telegram-dev lines end in one before a line of words, each cut
mid-sentence («… اسرائیل اطلاعاتی در اختیار» / «آمریکا قرار داده …»; read all). «در پی» is left out: «پی در
پی» ends two of the three lines that end in it."""
_SIMPLE_PREPOSITIONS = frozenset("در به از بر".split())
_LAST_WORDS = regex.compile(r"(?:(?<![\p{L}\u200c])(\p{L}+)[ \u200c]+)?([\p{L}\u200c]+)[ \t\u200c]*$")


def ends_in_compound_preposition(line: str, end: int | None = None) -> bool:
    """Whether ``line`` (up to ``end``, by default its end) ends in a simple preposition and a noun of a compound
    preposition (``در اختیار``; ``به‌سمت`` written joined with a ZWNJ too). Reads only the end of the line."""
    end = len(line) if end is None else end
    found = _LAST_WORDS.search(line, max(0, end - _TAIL), end)
    if found is None:
        return False
    head, _, noun = found.group(2).partition("\u200c")
    if noun:
        return head in _SIMPLE_PREPOSITIONS and noun in _PREPOSITION_NOUNS
    return found.group(1) in _SIMPLE_PREPOSITIONS and found.group(2) in _PREPOSITION_NOUNS


_TAIL = 40
"""How far back from the line's end the two words are looked for."""
