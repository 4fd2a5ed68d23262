"""Where a reported statement starts and ends."""

from __future__ import annotations

import regex

from persianews.quotes.context import View, skip_over
from persianews.quotes.cues import lexicon
from persianews.quotes.subjects import find_subject
from persianews.records import Span
from persianews.text.segment import BULLETS

_OPENING = regex.compile(r"[\s\u200c\p{So}\p{Sk}\ufe0f،,]*")
_ASIDE = regex.compile(
    r"(?:به\s+گزارش|گفتنی\s+است|لازم\s+به\s+(?:ذکر|یادآوری)|شایان\s+ذکر|قابل\s+ذکر|یادآور\s*\u200c?\s*می|"
    r"خاطرنشان\s*\u200c?\s*می|براساس|بر\s+اساس|بنا\s*بر|طبق|همچنین|در\s+پایان|در\s+ادامه|در\s+این\s+(?:نشست|جلسه|مراسم|دیدار))")
_NEW_SUBJECTS = frozenset({"subject:entity", "subject:pronoun", "subject:description"})
_TRAILING = " \t\n\u200c،,؛"
_DANGLING = regex.compile(r"(?<=\s)(?:و|که|را)$")


def trim(view: View, start: int, end: int) -> Span | None:
    """``[start, end)`` without surrounding blanks, bullets and dangling commas; None when no letter is left."""
    text = view.text
    start = skip_over(_OPENING, text, start, end)
    while end > start:
        if text[end - 1] in _TRAILING:
            end -= 1
            continue
        dangling = _DANGLING.search(text, start, end)
        if dangling is None:
            break
        end = dangling.start()
    if not regex.search(r"\p{L}", text[start:end]):
        return None
    return Span(start, end)


def statement_after(view: View, position: int) -> Span | None:
    """The statement that starts after a colon at ``position``.

    It runs to the end of its sentence, and on through the following
    sentences of the same paragraph while they carry no attribution of their
    own (no cue, no colon, no new subject, no narrator's aside). When the
    colon ends its line («فرماندار جاسک:» then a bullet), the statement
    starts at the next sentence.
    """
    text = view.text
    start = skip_over(_OPENING, text, position)

    if start >= len(text):
        return None
    index = view.sentence_index(start)
    sentence = view.sentences[index]
    if sentence.end <= start:
        return trim(view, start, _line_end(text, start))
    end = sentence.end
    while index + 1 < len(view.sentences) and _continues(view, end, view.sentences[index + 1]):
        index += 1
        end = view.sentences[index].end
    return trim(view, start, end)


def _continues(view: View, end: int, sentence: Span) -> bool:
    """Whether ``sentence`` goes on with the statement that ended at ``end``."""
    text = view.text
    if text[end:sentence.start].strip(" \t\u200c") or text[sentence.start] in BULLETS:
        return False
    if ":" in sentence.slice(text) or view.cues_in(sentence.start, sentence.end) or _ASIDE.match(text, sentence.start):
        return False
    if lexicon().according.search(text, sentence.start, sentence.end):
        return False  # «…»، به گفته وی: a statement of its own
    return find_subject(view, sentence.start, sentence.end).rule not in _NEW_SUBJECTS


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def guillemet_end(text: str, opening: int, limit: int) -> int | None:
    """The position after the «»» that closes the «« at ``opening`` (nesting counted), before ``limit``."""
    depth = 0
    for index in range(opening, limit):
        char = text[index]
        if char == "«":
            depth += 1
        elif char == "»":
            depth -= 1
            if depth == 0:
                return index + 1
        elif char == "\n":
            return None
    return None
