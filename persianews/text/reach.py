"""Regex look-ups at a position that read a bounded stretch of the text.

Before it tries a pattern at a position, the ``regex`` module looks for the
pattern's required literal (the «:» of ``[ ]*:``) from there up to ``endpos``;
with no ``endpos`` that is the rest of the text. A look-up made per cue or per
token is then quadratic in the text's length when the literal is rare. These
helpers pass an ``endpos`` ``reach`` characters on: O(reach) per call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

REACH = 2000
"""Characters a look-up at a position may read (a match longer than that is not found)."""


def match_at(pattern: Any, text: str, position: int, reach: int = REACH) -> Any:
    """``pattern.match(text, position)``, reading at most ``reach`` characters."""
    return pattern.match(text, position, position + reach)


def search_from(pattern: Any, text: str, position: int, reach: int = REACH) -> Any:
    """``pattern.search(text, position)``, reading at most ``reach`` characters."""
    return pattern.search(text, position, position + reach)


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Where any of ``literals`` starts in ``text``, sorted, each position once (``str.find``: a C scan per
    literal, many times faster than a regex alternation of them tried at every position)."""
    found = set()
    for literal in literals:
        position = text.find(literal)
        while position != -1:
            found.add(position)
            position = text.find(literal, position + 1)
    return sorted(found)


def finditer_at_literals(pattern: Any, literals: Iterable[str], text: str, overlapped: bool = False) -> Iterator[Any]:
    """``pattern.finditer(text, overlapped=overlapped)`` for a pattern whose every match starts with one of
    ``literals`` (a look-behind before them is fine: it reads the text before the position): ``pattern`` is
    tried only where one of them starts (:func:`literal_starts`)."""
    end = 0
    for position in literal_starts(text, literals):
        if position < end:
            continue
        match = pattern.match(text, position)
        if match is not None:
            end = position + 1 if overlapped else match.end()
            yield match


def finditer_before_anchors(pattern: Any, head: Any, anchor: Any, reach: int, text: str) -> Iterator[Any]:
    """``pattern.finditer(text)`` for a pattern whose every match starts where ``head`` matches and holds a
    match of ``anchor`` that starts after its start and at most ``reach`` characters on (a rare connective
    after a frequent word): ``pattern`` is tried only where ``head`` matches in the ``reach`` characters
    before one of ``anchor``'s matches, so that most of the text is scanned by ``anchor`` alone."""
    position = scan = 0  # no match starts before ``position``; the next anchor is looked for from ``scan``
    while (found := anchor.search(text, scan)) is not None:
        bound = found.start()
        match = None
        for start in head.finditer(text, max(position, bound - reach), overlapped=True):
            if start.start() >= bound or (match := pattern.match(text, start.start())) is not None:
                break
        if match is not None:
            yield match
            position = scan = match.end()
        else:
            position, scan = bound, bound + 1
