"""The ``entities`` stage: PERSON, TITLE, ORG and LOC mentions from lexicons and grammar."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.entities.extract import extract_entities
from persianews.entities.linker import thread_surnames


@attrs.frozen
class EntitiesStage:
    """Entities of a document (see :mod:`persianews.entities`)."""

    name: str = "entities"
    requires: tuple[str, ...] = ("text", "tokens", "sentences")
    provides: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return attrs.evolve(doc, entities=extract_entities(doc, thread_surnames(doc)))
