"""Two openings of a Telegram speaker line that :mod:`persianews.quotes.headline` reads besides ``SPEAKER:``: a cover
word before the outlet that speaks («جلد جدید مجله X: …», rule ``cue:headline-cover``), and a «؛» or a dash in place
of the colon after a title or an organisation («نماینده X؛ …», «رویترز - …», rule ``cue:headline-separator``)."""

from __future__ import annotations

import regex

from persianews.quotes.antecedents import is_print_media_word
from persianews.quotes.context import STOP_WORDS, View
from persianews.quotes.cues import fold_form

_COVERS = frozenset(fold_form(word) for word in "جلد تیتر".split())
"""Words for an outlet's cover or front-page title: before the outlet they leave it the speaker («جلد جدید مجله X:
…», «تیتر نیویورک‌تایمز: …»; rule ``cue:headline-cover``)."""
_MAX_COVER_INDEX = 3
"""The outlet's index from the cover word: at most two words stand between them («جلد امروز روزنامه …», «جلد این
هفته …»)."""
_COVER_TIMES = frozenset("این امروز دیروز هفته".split())
"""Function words that may stand between a cover word and its outlet: they date the issue («جلد امروز …»)."""
_SEPARATOR = regex.compile(r"[ \t\u200c]*(?:؛|[ \t]*[-–—](?=[ \t«\"]))")
"""A «؛» or a dash (spaced after it) right after a speaker entity: ``نماینده تهران؛ …``, ``رویترز - …``."""
_SEPARATED_LABELS = frozenset({"TITLE", "ORG"})
_LINE_OPENING = regex.compile(r"[^\p{L}\p{N}\n]*", regex.REVERSE)


def cover_outlet(view: View, found: list[tuple[int, int]]) -> int:
    """The index of the outlet's first word in a post's speaker phrase opened by a cover word (:data:`_COVERS`): an
    outlet's type word (روزنامه، مجله …) or an organisation entity at most two words after it, with no function
    word but a date's («امروز», «این هفته») between («جلد جدید مجله X:», «جلد امروز روزنامه X:», «تیتر X:»). 0 when
    there is none: «تیتر:» alone is a label."""
    text = view.text
    if len(found) < 2 or fold_form(text[slice(*found[0])]) not in _COVERS:
        return 0
    for index in range(1, min(len(found), _MAX_COVER_INDEX + 1)):
        word = text[slice(*found[index])]
        entity = view.entity_at(found[index][0], found[-1][1])
        if is_print_media_word(word) or entity is not None and entity.label == "ORG":
            return index
        if word in STOP_WORDS and word not in _COVER_TIMES:
            break
    return 0


def separator_after_speaker(view: View, start: int, end: int) -> int:
    """Where a «؛» or a dash stands in place of a colon after a speaker entity (a title or an organisation) that
    opens a post's line: ``نماینده تهران؛ …``, ``رویترز - …`` (rule ``cue:headline-separator``); ``-1`` when the
    line opens otherwise."""
    text = view.text
    opening = _LINE_OPENING.match(text, 0, start)  # matches always (it may match nothing)
    if opening is None or opening.start() != text.rfind("\n", 0, start) + 1:
        return -1  # words before it on its line: the sentence opens mid-line
    entity = view.entity_at(start, end)
    if entity is None or entity.label not in _SEPARATED_LABELS or entity.span.start > start:
        return -1
    separator = _SEPARATOR.match(text, entity.span.end, end)
    return separator.end() - 1 if separator is not None else -1
