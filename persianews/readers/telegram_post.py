"""The structure of a Telegram channel post, shared by the text, JSON and HTML readers.

A post is: an optional headline (the ``🔰`` line, which may run over lines
until the first bullet; or a first line followed by a bullet line), paragraphs
opened by ``🔹``/``🔸``/``▪️``, links, ``#hashtags`` and a ``@handle`` signature.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from persianews.records import Span

HEADLINE_MARK = "🔰"
BULLETS = ("🔹", "🔸", "▪️", "▪", "🔺", "🔻", "◾", "▫️", "●", "•")
SIGNATURE = regex.compile(r"^[ \t\u200f\u200e]*@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,})[ \t\u200f\u200e]*$")
LINK = regex.compile(
    r"(?:https?://|www\.)[^\s«»<>\"']+[^\s«»<>\"'.,،؛!?؟)]"
    r"|(?<![@\w.])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:ir|com|org|net|me|io|news|info|co)"
    r"(?:/[^\s«»<>\"']*[^\s«»<>\"'.,،؛!?؟)])?(?![\w@])"
)
HASHTAG = regex.compile(r"(?<![\w&])#(?P<tag>[\p{L}\p{N}_\u200c]+)")
MENTION = regex.compile(r"(?<![\w.])@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,})")
_EMOJI_ONLY = regex.compile(r"^[\s\p{So}\p{Sk}\uFE0F\u200d\p{Extended_Pictographic}]*$")


@attrs.frozen
class PostParts:
    """Where the headline and body lie in a post's text, and what the post links to."""

    headline: str | None
    headline_span: Span | None
    body_span: Span
    links: tuple[str, ...]
    hashtags: tuple[str, ...]
    mentions: tuple[str, ...]

    def metadata(self) -> dict[str, Any]:
        return {"headline": self.headline, "links": list(self.links),
                "hashtags": list(self.hashtags), "mentions": list(self.mentions)}


def _lines(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((position, position + len(line.rstrip("\r\n"))))
        position += len(line)
    return spans


def _starts_paragraph(line: str) -> bool:
    return line.lstrip().startswith(BULLETS)


def parse_post(text: str) -> PostParts:
    """Split a post's text into headline and body and collect links, hashtags and mentions."""
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    headline_lines: list[tuple[int, int]] = []
    if lines:
        first = text[lines[0][0]:lines[0][1]].strip()
        if first.startswith(HEADLINE_MARK):
            for s, e in lines:
                if headline_lines and (_starts_paragraph(text[s:e]) or _EMOJI_ONLY.match(text[s:e])):
                    break
                headline_lines.append((s, e))
        else:
            for index, (s, e) in enumerate(lines):
                if _EMOJI_ONLY.match(text[s:e]):
                    continue
                if not _starts_paragraph(text[s:e]) and index + 1 < len(lines):
                    following = text[lines[index + 1][0]:lines[index + 1][1]]
                    if _starts_paragraph(following) or _EMOJI_ONLY.match(following):
                        headline_lines = [(s, e)]
                break
    headline = None
    headline_span = None
    body_start = 0
    if headline_lines:
        headline = " ".join(text[s:e].strip().lstrip(HEADLINE_MARK).strip() for s, e in headline_lines).strip() or None
        headline_span = Span(headline_lines[0][0], headline_lines[-1][1])
        body_start = headline_lines[-1][1]
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    links = tuple(dict.fromkeys(m.group() for m in LINK.finditer(text)))
    hashtags = tuple(dict.fromkeys(m.group("tag") for m in HASHTAG.finditer(text)))
    mentions = tuple(dict.fromkeys(m.group("handle") for m in MENTION.finditer(text)))
    return PostParts(headline, headline_span, Span(body_start, len(text.rstrip())), links, hashtags, mentions)
