"""Build an Article from named text parts, keeping each part's span in the assembled text."""

from __future__ import annotations

from typing import Any, Iterable

from persianews.records import Article, Provenance, Section, Span

SECTION_SEPARATOR = "\n\n"


def assemble(parts: Iterable[tuple[str, str | None]], metadata: dict[str, Any],
             provenance: Provenance) -> Article:
    """Join the non-empty parts (name, text) with blank lines into one Article."""
    pieces: list[str] = []
    sections: list[Section] = []
    position = 0
    for name, text in parts:
        if not text or not text.strip():
            continue
        text = text.strip()
        if pieces:
            pieces.append(SECTION_SEPARATOR)
            position += len(SECTION_SEPARATOR)
        sections.append(Section(name, Span(position, position + len(text))))
        pieces.append(text)
        position += len(text)
    return Article("".join(pieces), tuple(sections), metadata, provenance)
