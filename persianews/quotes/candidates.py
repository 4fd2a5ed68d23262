"""Quote candidates: what the extractors find before speakers are resolved, and the speakers resolved for them."""

from __future__ import annotations

import attrs

from persianews.records import Entity, Span


@attrs.frozen
class Subject:
    """What stands in subject position at a quote.

    ``kind``: ``entity`` (a PERSON/TITLE/ORG entity), ``pronoun`` (وی، او …),
    ``description`` (این مسئول …), ``words`` (a subject phrase no entity
    covers) or ``none`` (the subject is dropped: «افزود: …»).
    """

    kind: str
    span: Span | None = None
    entity: Entity | None = None
    partner: Entity | None = None
    """An entity in apposition (``عباس کاظمی معاون …``): the name beside a title or vice versa."""
    rule: str = ""


NO_SUBJECT = Subject("none", rule="subject:dropped")


@attrs.frozen
class Candidate:
    """A quote before speaker resolution."""

    kind: str
    content: Span
    cue: tuple[Span, ...]
    subject: Subject
    rule: str
    confidence: float
    container: bool = False
    """Whether cues inside the content belong to this quote (direct speech) rather than to new quotes."""
    content_rule: str = ""
    """How the content was delimited when a rule beyond the cue's own did it (``content:lines-as-sentences``)."""
    nested: bool = False
    """Whether the cue stands inside another quote's words (a statement quoted within a statement)."""

    @property
    def anchor(self) -> int:
        """Where the quote is attributed: its cue, else its subject, else its content."""
        if self.cue:
            return self.cue[0].start
        if self.subject.span is not None:
            return self.subject.span.start
        return self.content.start


@attrs.frozen
class Resolution:
    """A resolved speaker with how it was found."""

    speaker: str | None
    cluster: int | None
    rule: str
    confidence: float
    role: str = "other"
    """``name`` (a person named bare), ``titled-name`` (a person the document gives a title),
    ``title`` (a title or organisation with no name) or ``other``."""
    title: str | None = None
    """The title the text gives the speaker here or elsewhere (for ``titled-name``)."""
