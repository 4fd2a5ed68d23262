"""The ``normalize`` stage: character-level normalization with the alignment to the source."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.text.normalize import NormalizationConfig, normalize


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
        return attrs.evolve(doc, text=result.text, alignment=result.alignment)
