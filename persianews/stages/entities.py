"""The ``entities`` stage: PERSON, TITLE, ORG and LOC mentions from lexicons and grammar."""

from __future__ import annotations

import attrs

from persianews.document import Document


@attrs.frozen
class EntitiesStage:
    name: str = "entities"
    requires: tuple[str, ...] = ("text", "tokens")
    provides: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
