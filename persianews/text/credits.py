"""The credit label of a picture or a video a post or an article shows (``عکس: NAME``, ``تصاویر دریافتی: …``):
read by the Telegram reader (a title before it is the headline) and by the linker (the name it credits took the
picture: no sentence's subject)."""

from __future__ import annotations

import regex

CREDIT = regex.compile(r"(?:عکس|عکاس|تصویر|تصاویر|فیلم|ویدیو|ویدئو|ویدیوی|ویدئوی)"
                       r"(?:[ \u200c][^:\n]{0,30})?[ \u200c]*:")
"""A credit label, from its first word to its colon (``عکس:``, ``تصاویر دریافتی:``, ``ویدیوی ارسالی از …:``)."""
