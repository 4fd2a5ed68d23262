"""The ``entities`` stage: PERSON, TITLE, ORG and LOC mentions from lexicons and grammar, merged with the
learned tagger's (on by default; ``load(entities={"tagger": False})`` for the rules alone, ``{"model": PATH}``
for a user's model)."""

from __future__ import annotations

import os

import attrs

from persianews.document import Document
from persianews.entities.extract import extract_entities
from persianews.entities.linker_referents import thread_surnames


@attrs.frozen
class EntitiesStage:
    """Entities of a document (see :mod:`persianews.entities`).

    ``tagger``: merge in the shipped CRF tagger's PERSON/ORG/LOC spans (default; False: the rules alone);
    ``model``: the path of a model trained by ``persianews train-ner`` (implies ``tagger``).
    """

    name: str = "entities"
    requires: tuple[str, ...] = ("text", "tokens", "sentences")
    provides: tuple[str, ...] = ("entities",)
    tagger: bool = True
    model: str | None = attrs.field(default=None, converter=attrs.converters.optional(os.fspath))

    def __attrs_post_init__(self) -> None:
        if self.tagger or self.model is not None:  # load now: a bad model path fails at load(), not mid-batch
            from persianews.entities.tagger import load_tagger

            load_tagger(self.model)

    def __call__(self, doc: Document) -> Document:
        tagger = None
        if self.tagger or self.model is not None:
            from persianews.entities.tagger import load_tagger

            tagger = load_tagger(self.model)
        return attrs.evolve(doc, entities=extract_entities(doc, thread_surnames(doc), tagger))
