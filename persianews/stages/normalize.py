"""The ``normalize`` stage: character-level normalization with the alignment to the source."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.records import Span
from persianews.text.normalize import NormalizationConfig, normalize


REPLACEMENT_CHARACTER = "\ufffd"


@attrs.frozen
class NormalizeStage:
    """Normalize the article's text (:func:`persianews.text.normalize.normalize` with ``config``);
    the document keeps the alignment, so every later span maps back to the source."""

    config: NormalizationConfig = attrs.field(factory=NormalizationConfig)
    name: str = "normalize"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("text",)

    def __call__(self, doc: Document) -> Document:
        result = normalize(doc.article.text, self.config)
        doc = attrs.evolve(doc, text=result.text, alignment=result.alignment)
        if doc.article.metadata.get("encoding") == "cp1256":
            doc = doc.with_diagnostic("legacy-encoding", "the source was decoded as Windows-1256, not UTF-8",
                                      self.name)
        damaged = doc.text.count(REPLACEMENT_CHARACTER)
        if damaged:
            first = doc.text.index(REPLACEMENT_CHARACTER)
            doc = doc.with_diagnostic("replacement-characters",
                                      f"{damaged} character(s) of the source could not be decoded (U+FFFD)",
                                      self.name, Span(first, first + 1))
        return doc
