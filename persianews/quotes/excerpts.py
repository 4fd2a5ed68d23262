"""Excerpts of a speech in a Telegram post: a label line that names the speech and its speaker, then bullets.

``بخش‌هایی از سخنرانی ترامپ، ترجمه ماشین:`` (or ``سخنرانی ترامپ، بخش‌هایی مربوط به ایران:``) alone on its
line names what follows as excerpts of the owner's speech (rule ``cue:headline-excerpt``); the owner after the
speech word speaks, as after a medium word (``cue:headline-medium``). When the lines after such a label (or
after a medium label, ``توییت X:``) open with a bullet (``🔻``), each block of lines between two bullets is
one quote of the owner (rule ``content:bulleted-excerpts``), up to a line with letters but no Persian one (the
author's handle, the channel's signature) or another label line. Under a speaker line of a post alone on its line
(«NAME، TITLE:»), the bullets are the speaker's statements (rule ``content:bulleted-statements``,
:func:`own_statements`) up to the first block after the first that reports with a verb of saying: the channel's
narration resumes there («NAME با اشاره به … تأکید کرد», «به گزارش …»).
"""

from __future__ import annotations

import regex

from persianews.quotes.context import BLANKS, PERSIAN_LETTER, View, first_words, lines_below
from persianews.quotes.cues import fold_form
from persianews.quotes.statements import trim
from persianews.records import Span

_EXCERPT_WORDS = frozenset(fold_form(word) for word in (
    "بخش بخشی بخش‌ها بخش‌های بخش‌هایی قسمت قسمتی قسمت‌هایی گزیده گزیده‌ای گزیده‌هایی فرازهایی خلاصه"
).split())
"""Words that call what follows a part of a speech («بخش‌هایی از …», «گزیده‌ای از …»)."""
_SPEECHES = frozenset(fold_form(word) for word in (
    "سخنرانی سخنان صحبت‌های صحبتهای نطق مصاحبه گفت‌وگوی گفتگوی گفت‌وگو گفتگو اظهارات"
).split())
"""Words for a speech or an interview, before their owner («سخنرانی ترامپ», «مصاحبه ونس با …»)."""
_MAX_LABEL_WORDS = 12
"""The excerpt word and the speech word stand among the label line's first words."""
_MAX_OWNER_WORDS = 14
_MAX_LABEL_CHARS = 400
"""A label line of excerpts may say where the speech was given: longer than a speaker line."""
_MAX_EXCERPTS_CHARS = 8000
BULLET_LINE = regex.compile(r"[^\p{L}\p{N}\n]*[^\p{L}\p{N}\s][^\p{L}\p{N}\n]*")
"""A line of symbols only (``🔻``, ``▪️``, ``📡``): a bullet between excerpts, or the post's sign-off."""


def excerpt_label(view: View, start: int, colon: int) -> list[tuple[int, int]] | None:
    """The words of a post's label line from its speech word on («سخنرانی دونالد ترامپ در …»), when the line
    (``text[start:colon]``, its colon ending the line) holds an excerpt word and a speech word among its first
    words; None otherwise. The caller reads the owner after the speech word as after a medium word."""
    text = view.text
    found = first_words(text, start, colon, _MAX_LABEL_WORDS)
    folded = [fold_form(text[s:e]) for s, e in found]
    if not any(word in _EXCERPT_WORDS for word in folded):
        return None
    speech = next((index for index, word in enumerate(folded) if word in _SPEECHES), None)
    if speech is None:
        return None
    return first_words(text, found[speech][0], colon, _MAX_OWNER_WORDS)


def long_label_colon(view: View, start: int, end: int) -> int:
    """The colon that ends the line from ``start`` (within ``end`` and ``_MAX_LABEL_CHARS``) when the line is
    a label of excerpts (:func:`excerpt_label`); -1 otherwise."""
    text = view.text
    line_end = text.find("\n", start, min(end, start + _MAX_LABEL_CHARS))
    if line_end == -1:
        if end - start > _MAX_LABEL_CHARS:
            return -1
        line_end = end
    colon = start + len(text[start:line_end].rstrip()) - 1
    if colon <= start or text[colon] != ":" or excerpt_label(view, start, colon) is None:
        return -1
    return colon


def bulleted_excerpts(view: View, position: int) -> list[Span]:
    """The blocks of lines between bullets after a label line that ends at ``position`` (rule
    ``content:bulleted-excerpts``): empty unless the first line after it is a bullet. Each line is read once."""
    text = view.text
    blocks: list[Span] = []
    block_start = end = -1
    bulleted = False
    for line_start, line_end in lines_below(text, position, _MAX_EXCERPTS_CHARS):
        if BULLET_LINE.fullmatch(text, line_start, line_end):
            bulleted = True
            block_start = _close(view, blocks, block_start, end)
        elif not BLANKS.fullmatch(text, line_start, line_end):
            if (not bulleted or not PERSIAN_LETTER.search(text, line_start, line_end)
                    or text[line_start:line_end].rstrip().endswith(":")):
                break  # no bullet first, a handle or the original text, or another label line
            block_start = line_start if block_start == -1 else block_start
            end = line_end
    _close(view, blocks, block_start, end)
    return blocks


def _close(view: View, blocks: list[Span], start: int, end: int) -> int:
    """Add the block ``[start, end)`` (when one is open) to ``blocks``; return -1, no block open."""
    if start != -1:
        block = trim(view, start, end)
        if block is not None:
            blocks.append(block)
    return -1


def own_statements(view: View, blocks: list[Span]) -> list[Span]:
    """The bulleted blocks under a speaker line (:func:`bulleted_excerpts`) that are the speaker's statements (rule
    ``content:bulleted-statements``): the first, and each after it up to the first holding a verb of saying, where
    the channel's narration resumes («NAME با اشاره به … تأکید کرد», «به گزارش …، NAME گفت: …», «خبرنگار: …»)."""
    for index, block in enumerate(blocks[1:], 1):
        if view.cues_in(block.start, block.end, "say"):
            return blocks[:index]
    return blocks
