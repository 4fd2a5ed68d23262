"""The ``entities`` stage: PERSON, TITLE, ORG and LOC mentions from lexicons and grammar."""

from __future__ import annotations

import gc

import attrs

from persianews.document import Document
from persianews.entities.extract import extract_entities
from persianews.entities.linker import thread_surnames


@attrs.frozen
class EntitiesStage:
    """Entities of a document (see :mod:`persianews.entities`). The cyclic garbage collector is paused
    while a document is processed: the rules build tens of thousands of short-lived records (matches,
    candidates) that refcounting frees, and a collection every few hundred of them finds nothing."""

    name: str = "entities"
    requires: tuple[str, ...] = ("text", "tokens", "sentences")
    provides: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        surnames = thread_surnames(doc)
        collecting = gc.isenabled()
        gc.disable()
        try:
            entities = extract_entities(doc, surnames)
        finally:
            if collecting:
                gc.enable()
        return attrs.evolve(doc, entities=entities)
