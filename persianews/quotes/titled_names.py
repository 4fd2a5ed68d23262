"""A Telegram speaker line that names its speaker by a surname and a title: «حضرتی، رئیس‌شورای …:».

The channel writes a surname no entity covers, a comma or a semicolon, then the speaker's title (a role word),
and the colon, often alone on the next line (the source broke the line before it): the surname speaks.
"""

from __future__ import annotations

import regex

from persianews.quotes.context import STOP_WORDS, View, first_words, words
from persianews.quotes.cues import ZWNJ, fold_form, lexicon
from persianews.quotes.subject_phrases import PRESENT_PREFIXES

_SEPARATOR = regex.compile(r"[ \t\u200c]*[،؛]")
_MAX_NAME_WORDS = 2
"""A surname, or a given name and a surname, before the comma («شریعتمداری؛ …», «رسول جلیلی؛ …»)."""


def titled_name_end(view: View, start: int, colon: int) -> int:
    """Where the name ends in a post's speaker phrase ``[start, colon)`` of one or two words, a «،» or «؛», and a
    title reaching the colon: the title's first word that of a role word (``CueLexicon.role_openers``: not the
    heads of groups and media, «تکمیلی؛ رسانه‌های عراقی:» is a label over the media's words), also when the copy
    glued the next word to it with a joiner («رئیس‌شورای اطلاع‌رسانی دولت»); no function word or verb among the
    name's words, no label. A named person speaks by the entity's rule; here the title only lets the line run past
    the word cap of a broken speaker line. ``-1`` otherwise."""
    text = view.text
    separator = _SEPARATOR.search(text, start, colon)
    if separator is None:
        return -1
    name = words(text, start, separator.start())
    title = first_words(text, separator.end(), colon, 1)
    if not 1 <= len(name) <= _MAX_NAME_WORDS or not title:
        return -1
    labels = lexicon().labels
    if any(text[s:e] in STOP_WORDS or fold_form(text[s:e]) in labels or text[s:e].startswith(PRESENT_PREFIXES)
           for s, e in name):
        return -1
    head = text[slice(*title[0])]
    roles = lexicon().role_openers
    if fold_form(head) not in roles and fold_form(head.split(ZWNJ)[0]) not in roles:
        return -1
    return name[-1][1]
