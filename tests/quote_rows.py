"""What the cue tests read of a document's quotes: one row per quote."""

from __future__ import annotations


def quote_rows(doc) -> list[tuple[str, str, str, str | None]]:
    """(content, cue, construction rule, speaker) of each quote of ``doc``."""
    return [(q.content.text, q.cue.text if q.cue else "", q.evidence[0], q.speaker) for q in doc.quotes]


def speakers(doc) -> list[str | None]:
    """The speaker of each quote of ``doc``."""
    return [q.speaker for q in doc.quotes]


def speakers_and_contents(doc) -> list[tuple[str | None, str]]:
    """(speaker, content) of each quote of ``doc``."""
    return [(q.speaker, q.content.text) for q in doc.quotes]
