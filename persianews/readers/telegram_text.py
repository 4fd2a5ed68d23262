"""Telegram channel posts copied as text: posts end at a ``@handle`` signature line.

A reply header (the channel's display name, a truncated preview of an
earlier post, and a lone ``.``) opens a post that replies to another; the
post gets ``reply_to_record`` and the header is left out of its text.
"""

from __future__ import annotations

from typing import Iterator

import attrs
import regex

from persianews.readers.telegram_post import SIGNATURE, parse_post
from persianews.records import Article, Provenance, Section

FORMAT = "telegram-text"
_LETTERS_ONLY = regex.compile(r"[^\p{L}\p{N}]+")
_FOLD = str.maketrans({"ي": "ی", "ك": "ک"})
_HEADER_LINES = 4


@attrs.frozen
class _RawPost:
    start: int
    end: int
    line: int
    channel: str | None
    header: tuple[str, ...] = ()


def fold_for_matching(text: str) -> str:
    """Letters and digits only, Arabic variants unified: to match previews with posts."""
    return _LETTERS_ONLY.sub("", text.translate(_FOLD))


def looks_like_telegram_text(text: str) -> bool:
    lines = text.splitlines()
    return any(SIGNATURE.match(line) for line in lines) and any(
        line.lstrip().startswith(("🔰", "🔹", "🔸", "▪")) for line in lines)


def _split_posts(text: str) -> Iterator[_RawPost]:
    position, start, start_line = 0, 0, 1
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        match = SIGNATURE.match(line.rstrip("\r\n"))
        if match:
            yield _RawPost(start, position, start_line, match.group("handle"))
            start, start_line = position + len(line), number + 1
        position += len(line)
    if text[start:].strip():
        yield _RawPost(start, len(text), start_line, None)


def _without_reply_header(text: str, post: _RawPost) -> _RawPost:
    """Move a leading 'name / preview / .' header out of the post's span."""
    lines = text[post.start:post.end].splitlines(keepends=True)
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if line.strip() == "." and index >= 1:
            header = tuple(l.strip() for l in lines[:index])
            skipped = sum(len(l) for l in lines[:index + 1])
            return attrs.evolve(post, start=post.start + skipped, line=post.line + index + 1, header=header)
    return post


def _reply_target(header: tuple[str, ...], earlier: list[str]) -> int | None:
    preview = fold_for_matching(" ".join(header[1:] if len(header) > 1 else header))
    if len(preview) < 8:
        return None
    probe = preview[:-3]
    for index in range(len(earlier) - 1, -1, -1):
        if earlier[index].startswith(probe) or probe in earlier[index]:
            return index
    return None


def read_telegram_text(text: str, path: str | None = None) -> Iterator[Article]:
    """One Article per post, in order; a trailing post without a signature counts too."""
    earlier: list[str] = []
    articles: list[Article] = []
    posts = [_without_reply_header(text, post) for post in _split_posts(text)]
    channel = next((p.channel for p in posts if p.channel), None)
    for index, post in enumerate(posts):
        raw = text[post.start:post.end]
        body = raw.strip()
        offset = post.start + (len(raw) - len(raw.lstrip()))
        parts = parse_post(body)
        metadata = {"channel": post.channel or channel, **parts.metadata(), "reply_to_record": None}
        if post.header:
            metadata["reply_header"] = list(post.header)
            metadata["reply_to_record"] = _reply_target(post.header, earlier)
        sections = [Section("body", parts.body_span)]
        if parts.headline_span is not None:
            sections.insert(0, Section("headline", parts.headline_span))
        byte = len(text[:offset].encode("utf-8"))
        line = text.count("\n", 0, offset) + 1
        target = metadata["reply_to_record"]
        article = Article(body, tuple(sections), metadata, Provenance(path, index, FORMAT, line, byte),
                          replied_to=articles[target] if target is not None else None)
        yield article
        articles.append(article)
        earlier.append(fold_for_matching(body))
