"""The ``quotes`` stage: direct and indirect quotes with resolved speakers."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.quotes import extract_quotes


@attrs.frozen
class QuotesStage:
    """Find direct and indirect quotes and resolve their speakers."""

    name: str = "quotes"
    requires: tuple[str, ...] = ("sentences", "entities", "clusters")
    provides: tuple[str, ...] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        return attrs.evolve(doc, quotes=extract_quotes(doc))
