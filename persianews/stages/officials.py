"""The ``officials`` stage: people linked to their titles, and per-document mention clusters."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.entities.linker import link


@attrs.frozen
class OfficialsStage:
    """Cluster the mentions of each referent and link people to their titles (officials)."""

    name: str = "officials"
    requires: tuple[str, ...] = ("entities", "sentences")
    provides: tuple[str, ...] = ("officials", "clusters")

    def __call__(self, doc: Document) -> Document:
        clusters, officials, entities = link(doc)
        return attrs.evolve(doc, entities=entities, clusters=clusters, officials=officials)
