"""A Telegram post's label line: a first line, ending in a colon, that names what the body under it is — a message, a
post, a translation, a statement or excerpts of one («پیام‌های دریافتی:», «پست X، ترجمه ماشین:», «اظهارات X درباره
ایران:», «بخش‌های … سخنرانی X …:»). It is the post's headline (the dev gold's ruling, ``bench/gold/README.md``).
The label of the readers' messages a channel received (``پیام‌های دریافتی …``) is one with no colon too, when it tells
where, when or about what they came, with no clause of its own («پیام‌های دریافتی از حوالی X», «… تایید نشده از ساعت
۲:۱۹»).

A speaker's line alone (``ترامپ:``, ``ترامپ درباره ایران:``) is none: its body is the speaker's statement.
"""

from __future__ import annotations

import regex

_LABEL_NOUN = regex.compile(
    r"(?:پیام|پست|توییت|تویت|بیانیه)(?:[\u200c ]{0,2}(?:ها|های))?|ترجمه|متن|اظهارات|سخنان|بخش[\u200c ]?(?:های|هایی)"
    r"|گزیده")
"""A noun that names a text the post copies: a message, a post, a tweet, a statement, a translation, a text, remarks,
excerpts."""
_SPACE = r"[\s\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*"
_MEDIA_AND = r"(?:(?:ویدیو|ویدئو|عکس|تصویر|تصاویر)(?:[\u200c ]?(?:ها|های|ی))?[\s\u200c]+و[\s\u200c]+)?"
"""A picture or video word and «و» before a label noun: the post shows them with the text («ویدیو و پیام‌های
دریافتی:»)."""
_LABEL_START = regex.compile(r"^" + _SPACE + _MEDIA_AND + r"(?:" + _LABEL_NOUN.pattern + r")(?![\p{L}\p{M}\u200c])")
"""A label noun opening the line («پیام‌های دریافتی:», «اظهارات X درباره ایران:»)."""
_RECEIVED = regex.compile(r"^" + _SPACE + _MEDIA_AND + r"(?:از[\s\u200c]+)?پیام(?:[\u200c ]{0,2}(?:ها|های))?"
                          r"[\s\u200c]+دریافتی(?![\p{L}\p{M}\u200c])")
"""The label of the readers' messages a channel received opening the line («پیام‌های دریافتی …», «از پیام‌های
دریافتی درباره …»)."""
CLOCK_COLON = regex.compile(r"\p{N}[ \t]*:[ \t]*\p{N}")
"""``ساعت ۲:۵۶``: a time, not a speaker's or a label's colon."""
_CLAUSE = regex.compile(r"(?<![\p{L}\p{M}\u200c])که(?![\p{L}\p{M}\u200c])")
"""«که» opening a clause: the line says something of the messages («… صدای انفجار که می‌تونه … باشه»), no label."""
_LABEL_TAIL = regex.compile(r"[،,]" + _SPACE + r"(?:" + _LABEL_NOUN.pattern + r")(?![\p{L}\p{M}\u200c])[^،,:\n]{0,30}:$")
"""A label noun opening the line's last part after a comma, a few words up to the colon («پست ترامپ، ترجمه ماشین:»,
«سنتکام، ترجمه ماشین:»); a clause that goes on after it («…، اظهارات خشمگینانه‌ای از سوی X صادر شد:») is none."""
_MAX_LABEL_CHARS = 400
"""A label may tell where the speech was given (``بخش‌های … سخنرانی X در …، جایی که …:``)."""


def is_label_headline(line: str) -> bool:
    """Whether ``line`` (a post's first line, without the space around it) is a label line: it ends in a colon,
    with no statement after it, and it opens with a label noun (:data:`_LABEL_NOUN`), or its last part after a
    comma does.
    """
    return (line.endswith(":") and len(line) <= _MAX_LABEL_CHARS
            and bool(_LABEL_START.match(line) or _LABEL_TAIL.search(line)))


def is_received_label(line: str) -> bool:
    """Whether ``line`` (a post's first line, without the space around it) is the label of received messages with no
    colon but a clock's: it tells where, when or about what they came («پیام‌های دریافتی از حوالی X», «پیام‌های دریافتی
    تایید نشده از ساعت ۲:۱۹»); a colon of its own makes it a label line (:func:`is_label_headline`) or a statement
    («پیام‌های دریافتی: صدای انفجار …»), and a clause («که …») a sentence about them. Over telegram-dev, 21 such first
    lines (VahidOnline), all labels over the messages."""
    return bool(_RECEIVED.match(line)) and ":" not in CLOCK_COLON.sub("", line) and not _CLAUSE.search(line)
