"""The ``officials`` stage: people linked to their titles, and per-document mention clusters."""

from __future__ import annotations

import attrs

from persianews.document import Document


@attrs.frozen
class OfficialsStage:
    name: str = "officials"
    requires: tuple[str, ...] = ("entities",)
    provides: tuple[str, ...] = ("officials", "clusters")

    def __call__(self, doc: Document) -> Document:
        return doc
