"""Verbs of naming in their frame: «از X به عنوان Y یاد کرد/نام برد» (called X a Y). The verbs are cues of pattern
``as`` (``models/cues.tsv``) only in that frame: the cue lexicon's gate (:mod:`persianews.quotes.cues`) and the reader
of the frame (:func:`persianews.quotes.indirect.from_quotes`) both ask :func:`naming_frame`. Elsewhere «از شهدا یاد
کرد» remembers and reports nothing.
"""

from __future__ import annotations

import regex

_AS_WORDS = regex.compile(r"(?<![\p{L}\u200c])به[ \u200c]?عنوان(?![\p{L}\u200c])")
FROM = regex.compile(r"(?<![\p{L}\u200c])از(?![\p{L}\u200c])")
"""The word «از» (the preposition), not inside another word."""
_WORD_BEFORE = regex.compile(r"([\p{L}\u200c]+)[ \u200c]*$")
_RELATIVE = frozenset("که آنچه چیزی".split())
"""Words before the frame's «از» that make it a relative clause («آنچه از آن به عنوان … یاد کرد»)."""
_PASSIVE_AFTER = regex.compile(r"[ \u200c]*+(?:ن?می[ \u200c]?)?(?:شد|شده|شود|شوند|شدند)(?![\p{L}])")
_BREAKS = ".!؟?\n:"
_PASSIVE_REACH = 20
"""How far after a verb of naming its passive auxiliary is looked for (the look-up stays bounded)."""
NAMING = "as"
"""The cue lexicon's pattern of a verb of naming («یاد کرد», «نام برد»): a cue only in its frame «از X به عنوان Y»
(:func:`naming_frame`)."""


def naming_frame(text: str, window_start: int, start: int, end: int) -> int | None:
    """Where the «از» of «از X به عنوان Y» before the verb of naming at ``[start, end)`` starts: the last «از»
    before the last «به عنوان», both after ``window_start`` and after the last sentence break before the verb; none
    when there is no such frame, when «که», «آنچه» or «چیزی» stands right before that «از» (a relative clause names
    no claim of the sentence's subject) or when a passive auxiliary follows the verb («… یاد می‌شود», «نام برده شده
    است»: no one's statement)."""
    if _PASSIVE_AFTER.match(text, end, end + _PASSIVE_REACH) is not None:
        return None
    window = max(window_start, *(text.rfind(mark, window_start, start) + 1 for mark in _BREAKS))
    as_words = [m.start() for m in _AS_WORDS.finditer(text, window, start)]
    froms = [m.start() for m in FROM.finditer(text, window, as_words[-1])] if as_words else []
    if not froms:
        return None
    before = _WORD_BEFORE.search(text, window, froms[-1])
    return None if before is not None and before.group(1).replace("\u200c", "") in _RELATIVE else froms[-1]
