"""Plain text: the whole input is one document."""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.readers.assemble import assemble
from persianews.readers.decoding import add_diagnostic
from persianews.readers.news_text import cut_trailer, text_metadata
from persianews.records import Article, Provenance

FORMAT = "text"
LONE_SURROGATE = "lone-surrogate"
"""Diagnostic code: unpaired surrogates in the input became U+FFFD."""
LONE_SURROGATE_NOTE = "unpaired surrogate characters in the input became U+FFFD"
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> tuple[str, bool]:
    """``text`` with unpaired surrogates (which cannot be written as UTF-8) made U+FFFD, and whether any were."""
    if not _LONE_SURROGATE.search(text):
        return text, False
    return _LONE_SURROGATE.sub("\ufffd", text), True


def article_from_text(text: str, path: str | None = None, record: int = 0) -> Article:
    """One Article from a text, with the news metadata its dateline/opener/trailer give.

    Lone surrogates are replaced by U+FFFD, with a ``lone-surrogate`` diagnostic.
    """
    text, replaced = without_lone_surrogates(text)
    trailer = cut_trailer(text)
    body = text[:trailer.length]
    metadata = text_metadata(None, body) | trailer.metadata
    article = assemble([("body", body)], metadata, Provenance(path, record, FORMAT, 1, 0))
    return add_diagnostic(article, LONE_SURROGATE, LONE_SURROGATE_NOTE) if replaced else article


def read_plain_text(text: str, path: str | None = None) -> Iterator[Article]:
    """The text as one Article."""
    yield article_from_text(text, path)
