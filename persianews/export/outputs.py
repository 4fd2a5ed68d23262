"""Output lines as the exporters read them: Documents and their dicts alike, and facts derived from them.

Every exporter (HTML, tables) works from output lines, the dicts of
:meth:`persianews.Document.to_dict` (or lines read back from a JSONL file),
so that a saved file and a live Document give the same view.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from persianews.document import Document
from persianews.schema import SCHEMA_VERSION

OutputLine = Mapping[str, Any]
"""One output line: a document's dict, or an error record (``{"source", "error"}``)."""


def output_line(item: Document | OutputLine) -> OutputLine:
    """The output line of a Document, or the line itself when ``item`` already is one."""
    if isinstance(item, Document):
        return item.to_dict()
    if isinstance(item, Mapping):
        return item
    raise TypeError(f"expected a persianews Document or an output line (dict), got {type(item).__name__}")


def output_lines(items: Document | OutputLine | Iterable[Document | OutputLine]) -> Iterator[OutputLine]:
    """Output lines of one item or of an iterable of items, lazily."""
    if isinstance(items, (Document, Mapping)):
        yield output_line(items)
        return
    for item in items:
        yield output_line(item)


def is_error(line: OutputLine) -> bool:
    """True for the error record of an input record that could not be processed."""
    return "error" in line


@attrs.frozen
class SpeakerDetails:
    """What the document says about a quote's speaker: their title and its organisation and place."""

    title: str | None = None
    organization: str | None = None
    place: str | None = None


def _span_key(part: Mapping[str, Any] | None) -> tuple[int, int] | None:
    return (part["start"], part["end"]) if part else None


class SpeakerIndex:
    """Look-ups over one output line's entities and officials, built once (linear in their number)."""

    def __init__(self, line: OutputLine) -> None:
        entities = line.get("entities", ())
        self._by_span = {(e["start"], e["end"]): e for e in entities}
        self._title_of_cluster: dict[int, tuple[int, int]] = {}
        self._title_of_person: dict[str, tuple[int, int]] = {}
        for official in line.get("officials", ()):
            title = (official["title_mention"]["start"], official["title_mention"]["end"])
            if official.get("cluster") is not None:
                self._title_of_cluster.setdefault(official["cluster"], title)
            self._title_of_person.setdefault(official["person"], title)

    def details(self, quote: Mapping[str, Any]) -> SpeakerDetails:
        """The speaker's title, organisation and place, from the title the text gives them.

        The title is the one an official links to the speaker (by cluster, else
        by name), else the speaker mention itself when it is a TITLE; an
        organisation that speaks is its own organisation.
        """
        mention = _span_key(quote.get("parts", {}).get("speaker_mention"))
        entity = self._by_span.get(mention) if mention else None
        cluster = quote.get("speaker_cluster")
        title_span = self._title_of_cluster.get(cluster) if cluster is not None else None
        title_span = title_span or self._title_of_person.get(quote.get("speaker") or "")
        title = self._by_span.get(title_span) if title_span else None
        if title is None and entity is not None and entity["label"] == "TITLE":
            title = entity
        if title is not None:
            return SpeakerDetails(title["text"], _part_text(title, "organization"), self._place_in(title))
        if entity is not None and entity["label"] == "ORG":
            return SpeakerDetails(None, entity.get("canonical") or entity["text"], None)
        return SpeakerDetails()

    def _place_in(self, title: Mapping[str, Any]) -> str | None:
        part = title.get("place")
        if part is None:
            return None
        place = self._by_span.get((part["start"], part["end"]))
        return (place or {}).get("canonical") or part["text"]


def _part_text(entity: Mapping[str, Any], name: str) -> str | None:
    part = entity.get(name)
    return part["text"] if part else None


def read_output_lines(path: str | os.PathLike[str]) -> Iterator[OutputLine]:
    """The lines of a JSONL output file, streamed; a line that is not a JSON object becomes an error
    record naming the file and line, so that every line keeps its place."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, text in enumerate(handle):
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except ValueError as error:
                value = error
            if isinstance(value, dict):
                yield value
                continue
            problem = str(value) if isinstance(value, ValueError) else f"expected a JSON object, got {type(value).__name__}"
            yield {"schema_version": SCHEMA_VERSION,
                   "source": {"path": os.fspath(path), "record": number, "format": "jsonl", "line": number + 1,
                              "byte": None},
                   "error": {"type": "InvalidOutputLine", "message": problem}}
