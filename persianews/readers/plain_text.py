"""Plain text: the whole input is one document."""

from __future__ import annotations

from typing import Iterator

from persianews.readers.assemble import assemble
from persianews.readers.news_text import cut_trailer, text_metadata
from persianews.records import Article, Provenance

FORMAT = "text"


def article_from_text(text: str, path: str | None = None, record: int = 0) -> Article:
    """One Article from a text, with the news metadata its dateline/opener/trailer give."""
    trailer = cut_trailer(text)
    body = text[:trailer.length]
    metadata = text_metadata(None, body) | trailer.metadata
    return assemble([("body", body)], metadata, Provenance(path, record, FORMAT, 1, 0))


def read_plain_text(text: str, path: str | None = None) -> Iterator[Article]:
    """The text as one Article."""
    yield article_from_text(text, path)
