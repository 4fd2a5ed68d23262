"""The structure of a Telegram channel post, shared by the text, JSON and HTML readers.

A post is: an optional headline (the ``🔰`` line, which may run over lines
until the first bullet, a rubric before its title left out: «#یادداشت» / «| TITLE»; a title-like first line (one
may trail off in «...»; one with no Persian letter, a credit «Vahid» or a lone «*», is none) followed by a bullet or
emoji line (not one of faces alone, a reaction to a comment), by a short label line ending in a colon
(``ترجمه ماشین:``, ``عکس:``), by a credit line (``عکس: NAME``) or by a plain paragraph of a
dozen words or more (of five after a speaker line «X: statement», when a pronoun opens it, «وی …», or when it
opens with a speaker line of its own under a title with no colon, «X: …»; opened by «به گزارش …», or by a
preposition after «!» or «؟») — not a greeting, nor a verse; a title the copy broke
over two lines before such a line; a sentence ending in «.» over a bullet or a
translation label; a line ending in «!» or «؟» over a paragraph, or over a sentence the copy broke at a hashtag;
a title over a first sentence that restates it and that the copy broke over short lines; a title under its
source's label (``تسنیم:``); a label line ending in a colon that names what the body under it is
(``پیام‌های دریافتی:``, ``پست X، ترجمه ماشین:``, ``اظهارات X درباره Y:``: :mod:`persianews.readers.telegram_label`),
or the label of received messages with no colon (``پیام‌های دریافتی از حوالی X``);
a credit line that quotes its caption (``ویدیوی دریافتی: '…'``); or, in an
export, a first line set wholly in bold), paragraphs opened by
``🔹``/``🔸``/``▪️``, links, ``#hashtags``, and a closing ``@handle`` signature line, which names the channel
and is not part of the text. The signature may carry a link trailer (``@Farsna | Link``, or
``-`` and ``Link`` on lines of their own, as a web copy gives it), which
belongs to it. These are layout decisions: the reader records no evidence
code for them.

:func:`post_article` builds the Article of one post for every Telegram
reader: it parses the structure, adds the links an export marks, and links
the post to the one it replies to (``reply_to_record``, ``replied_to`` and,
for a continuation without a headline, ``metadata["thread_headline"]``).
"""

from __future__ import annotations

from typing import Any, Mapping

import attrs
import regex

from persianews.readers.telegram_headline import HEADLINE_MARK, INVISIBLE, bare, headline_lines
from persianews.records import Article, Provenance, Section, Span
from persianews.text.patterns import CHANNEL_HANDLE, SIGNOFF_LINK

SIGNATURE = regex.compile(rf"^[ \t\u200f\u200e]*{CHANNEL_HANDLE}{SIGNOFF_LINK}[ \t\u200f\u200e]*$")
SIGNATURE_TRAILER = regex.compile(r"^[ \t]*(?:[-|–—]|Link)?[ \t]*$")
"""A line after the signature that still belongs to it: ``-``, ``|``, ``Link`` (or blank)."""
_URL_END = r"[^\s«»<>\"'.,،؛!?؟)]"
LINK = regex.compile(
    rf"(?:https?://|www\.)[^\s«»<>\"']{{0,2000}}{_URL_END}"
    r"|(?<![@\w.-])[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8}"
    r"\.(?:ir|com|org|net|me|io|news|info|co)"
    rf"(?:/[^\s«»<>\"']{{0,2000}}{_URL_END})?(?![\w@])"
)
HASHTAG = regex.compile(r"(?<![\w&])#(?P<tag>[\p{L}\p{N}_\u200c]+)")
MENTION = regex.compile(rf"(?<![\w.]){CHANNEL_HANDLE}")
_VISIBLE = regex.compile(rf"[^\s{INVISIBLE}]")
_RUBRIC = regex.compile(r"^[ \t]*#[\p{L}\p{N}_\u200c]+[ \t]*\|[ \t]*")
"""A channel's rubric before a headline, a hashtag set off by a bar («🔰» / «#یادداشت» / «| TITLE»): no part of the
title (5 farsna posts of telegram-dev, all a column's name: #یادداشت، #تحلیل، #ویژه، #طرح)."""


@attrs.frozen
class Markup:
    """What an export marks beyond a post's characters: link targets and bold runs, by position."""

    links: tuple[tuple[int, str], ...] = ()
    bold: tuple[Span, ...] = ()

    def shifted(self, offset: int, length: int) -> Markup:
        """The markup of ``text[offset:offset + length]``, positions made relative to it."""
        links = tuple((p - offset, url) for p, url in self.links if offset <= p < offset + length)
        bold = tuple(Span(max(s.start, offset) - offset, min(s.end, offset + length) - offset)
                     for s in self.bold if s.end > offset and s.start < offset + length)
        return Markup(links, bold)


@attrs.frozen
class PostParts:
    """Where the headline and body lie in a post's text, its signature, and what it links to."""

    headline: str | None
    headline_span: Span | None
    body_span: Span
    end: int
    """Where the post's content ends: before the signature and trailing space."""
    signature: str | None
    links: tuple[str, ...]
    hashtags: tuple[str, ...]
    mentions: tuple[str, ...]

    def metadata(self) -> dict[str, Any]:
        """The post's headline, links, hashtags and mentions as article metadata."""
        return {"headline": self.headline, "links": list(self.links),
                "hashtags": list(self.hashtags), "mentions": list(self.mentions)}


def _lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank line, line breaks excluded. A line of nothing but
    invisible marks (a lone ZWNJ or direction mark, as a copy keeps an empty line) is blank."""
    spans, position = [], 0
    for line in text.splitlines(keepends=True):
        end = position + len(line.rstrip("\r\n"))
        if _VISIBLE.search(text, position, end):
            spans.append((position, end))
        position += len(line)
    return spans


def parse_post(text: str, markup: Markup = Markup()) -> PostParts:
    """Split a post's text into headline, body and signature; collect links, hashtags and mentions.

    ``markup`` adds what an export marks: link targets (merged with the links
    found in the text, in text order) and bold runs (a bold first line is a
    headline).
    """
    lines = _lines(text)
    signature = None
    if lines and (match := SIGNATURE.match(text[lines[-1][0]:lines[-1][1]])):
        signature = match.group("handle")
        lines.pop()
    end = lines[-1][1] if lines else 0
    title_lines = headline_lines(text, lines, markup.bold) if lines else []
    headline = headline_span = None
    body_start = 0
    if title_lines:
        headline = _RUBRIC.sub("", " ".join(bare(text[s:e]).lstrip(HEADLINE_MARK).strip() for s, e in title_lines),
                               count=1).strip() or None
        headline_span = Span(title_lines[0][0], title_lines[-1][1])
        body_start = title_lines[-1][1]
    while body_start < end and text[body_start].isspace():
        body_start += 1
    content = text[:end]
    found = [(m.start(), m.group()) for m in LINK.finditer(content)]
    found += [(position, url) for position, url in markup.links if position < end]
    links = tuple(dict.fromkeys(url for _, url in sorted(found, key=lambda item: item[0])))
    hashtags = tuple(dict.fromkeys(m.group("tag") for m in HASHTAG.finditer(content)))
    mentions = tuple(dict.fromkeys(m.group("handle") for m in MENTION.finditer(content)))
    return PostParts(headline, headline_span, Span(min(body_start, end), end), end, signature,
                     links, hashtags, mentions)


def closing_signature(text: str) -> tuple[int, str | None]:
    """Where a post's own text ends and the handle of the signature line that closes it, past the signature's
    trailer (``-``, ``Link``, blank lines): ``(len(text), None)`` when no signature closes it. Linear in the text."""
    lines = text.splitlines(keepends=True)
    end = len(text)
    while lines and SIGNATURE_TRAILER.match(lines[-1].rstrip("\r\n")):
        end -= len(lines.pop())
    match = SIGNATURE.match(lines[-1].rstrip("\r\n")) if lines else None
    if match is None:
        return len(text), None
    return end - len(lines[-1]), match.group("handle")


def post_article(text: str, provenance: Provenance, metadata: Mapping[str, Any] | None = None, *,
                 markup: Markup = Markup(), channel: str | None = None, reply_to_record: int | None = None,
                 replied_to: Article | None = None) -> Article:
    """The Article of one post: its text without surrounding space and signature, parsed.

    ``channel`` is the fallback when the post has no signature line;
    ``reply_to_record`` is the record index of the post replied to and
    ``replied_to`` its Article, when the reader still holds it.
    """
    start = len(text) - len(text.lstrip())
    stripped = text.strip()
    parts = parse_post(stripped, markup.shifted(start, len(stripped)))
    sections = []
    if parts.headline_span is not None:
        sections.append(Section("headline", parts.headline_span))
    if parts.body_span.end > parts.body_span.start:
        sections.append(Section("body", parts.body_span))
    out: dict[str, Any] = {"channel": parts.signature or channel, **parts.metadata()}
    bold = [stripped[s.start:s.end].strip() for s in markup.shifted(start, parts.end).bold]
    if any(bold):
        out["bold"] = [run for run in bold if run]
    out["reply_to_record"] = reply_to_record
    if parts.headline is None and replied_to is not None:
        thread_headline = replied_to.metadata.get("headline") or replied_to.metadata.get("thread_headline")
        if thread_headline:
            out["thread_headline"] = thread_headline
    out.update(metadata or {})
    return Article(stripped[:parts.end], tuple(sections), out, provenance, replied_to=replied_to)
