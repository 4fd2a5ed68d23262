"""The data model: immutable attrs records that flow from readers through the pipeline."""

from __future__ import annotations

from typing import Any, Mapping, cast

import attrs

from persianews.errors import PersianewsError
from persianews.schema import SCHEMA_VERSION


def _non_negative(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the spans share a character."""
        return self.start < other.end and other.start < self.end

    def slice(self, text: str) -> str:
        """The characters of ``text`` in this span."""
        return text[self.start : self.end]


_new_object = object.__new__
_set_start = cast(Any, Span.__dict__["start"]).__set__
_set_end = cast(Any, Span.__dict__["end"]).__set__


def trusted_span(start: int, end: int) -> Span:
    """A :class:`Span` for offsets known to be valid (``0 <= start <= end``), made without the validators,
    which dominate the cost of the spans built per token and per sentence."""
    span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


@attrs.frozen
class Mention:
    """A piece of the normalized text with its place in the source."""

    text: str
    span: Span
    source_span: Span

    def to_dict(self) -> dict[str, Any]:
        """``text``, ``start``/``end`` (normalized text) and ``source_start``/``source_end``."""
        return {
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "source_start": self.source_span.start,
            "source_end": self.source_span.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """The mention :meth:`to_dict` describes."""
        return cls(data["text"], _span(data, "start", "end"), _span(data, "source_start", "source_end"))

    @classmethod
    def from_optional(cls, data: Mapping[str, Any] | None) -> Mention | None:
        """:meth:`from_dict`, or None for None."""
        return None if data is None else cls.from_dict(data)


@attrs.frozen
class Provenance:
    """Where an article came from: file, record index among the file's documents, position."""

    path: str | None = None
    record: int = 0
    format: str = "text"
    line: int | None = None
    byte: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """``path``, ``record``, ``format``, ``line`` and ``byte``."""
        return {"path": self.path, "record": self.record, "format": self.format,
                "line": self.line, "byte": self.byte}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Provenance:
        """The provenance :meth:`to_dict` describes."""
        return cls(data["path"], data["record"], data["format"], data["line"], data["byte"])


@attrs.frozen
class Section:
    """A named part of an article's text: supertitle, headline, lead or body."""

    name: str
    span: Span


@attrs.frozen
class Article:
    """A source record before any NLP.

    ``text`` is the record's original text, its sections joined by blank lines;
    every ``source_span`` of the pipeline indexes into it.
    """

    text: str
    sections: tuple[Section, ...] = ()
    metadata: Mapping[str, Any] = attrs.field(factory=dict)
    provenance: Provenance = attrs.field(factory=Provenance)
    replied_to: Article | None = attrs.field(default=None, eq=False, repr=False)
    """The article this one replies to (a Telegram reply thread), set by the reader.

    Readers keep a bounded window of context: the article replied to is held
    without its own ``replied_to`` (see :mod:`persianews.readers.telegram_thread`).
    """
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the reader noticed and repaired (legacy encoding, NaN, lone surrogates)."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle a reply chain as a flat tuple, so that a long chain does not recurse."""
        chain = []
        node: Article | None = self
        while node is not None:
            chain.append((node.text, node.sections, node.metadata, node.provenance, node.diagnostics))
            node = node.replied_to
        return (_article_chain, (tuple(chain),))

    @property
    def id(self) -> str:
        """``path#record``: the document's identifier in the output."""
        path = self.provenance.path or "text"
        return f"{path}#{self.provenance.record}"

    def section(self, name: str) -> str | None:
        """The source text of the first section called ``name``."""
        for section in self.sections:
            if section.name == name:
                return section.span.slice(self.text)
        return None


def _article_chain(chain: tuple[tuple[Any, ...], ...]) -> Article:
    """Rebuild a pickled reply chain (the article first, then what it replies to)."""
    article: Article | None = None
    for text, sections, metadata, provenance, diagnostics in reversed(chain):
        article = Article(text, sections, metadata, provenance, article, diagnostics)
    return cast(Article, article)


@attrs.frozen
class Sentence:
    """A sentence of the normalized text; ``text`` is filled in :attr:`Document.sents`."""

    span: Span
    source_span: Span
    text: str = attrs.field(default="", eq=False)


@attrs.frozen
class Token:
    """A word, number, punctuation mark, URL, handle, hashtag or emoji of the normalized text."""

    text: str
    span: Span
    source_span: Span
    kind: str = "word"


@attrs.frozen
class Place:
    """Gazetteer facts about a LOC entity."""

    place_id: str
    kind: str
    province: str | None = None


@attrs.frozen
class Entity:
    """A PERSON, TITLE, ORG or LOC mention; TITLE entities carry their parts."""

    text: str
    label: str
    span: Span
    source_span: Span
    canonical: str | None = None
    place: Place | None = None
    role: Mention | None = None
    portfolio: Mention | None = None
    organization: Mention | None = None
    location: Mention | None = None
    cluster: int | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The entity in the output schema; a TITLE's parts as mentions, a LOC's gazetteer facts."""
        out: dict[str, Any] = {
            "text": self.text,
            "label": self.label,
            "start": self.span.start,
            "end": self.span.end,
            "source_start": self.source_span.start,
            "source_end": self.source_span.end,
        }
        if self.canonical is not None:
            out["canonical"] = self.canonical
        if self.place is not None:
            out["place_id"] = self.place.place_id
            out["place_kind"] = self.place.kind
            out["province"] = self.place.province
        for name in ("role", "portfolio", "organization"):
            part = getattr(self, name)
            if part is not None:
                out[name] = part.to_dict()
        if self.location is not None:
            out["place"] = self.location.to_dict()
        if self.cluster is not None:
            out["cluster"] = self.cluster
        if self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        """The entity :meth:`to_dict` describes."""
        place = Place(data["place_id"], data["place_kind"], data["province"]) if "place_id" in data else None
        return cls(data["text"], data["label"], _span(data, "start", "end"), _span(data, "source_start", "source_end"),
                   canonical=data.get("canonical"), place=place, role=Mention.from_optional(data.get("role")),
                   portfolio=Mention.from_optional(data.get("portfolio")),
                   organization=Mention.from_optional(data.get("organization")),
                   location=Mention.from_optional(data.get("place")), cluster=data.get("cluster"),
                   rule=data.get("rule", ""))


@attrs.frozen
class Cluster:
    """The mentions of one referent (a person, a title holder or an organisation) in a document."""

    id: int
    label: str
    name: str | None
    title: str | None = None
    organization: str | None = None
    mentions: tuple[Span, ...] = ()

    @property
    def display(self) -> str | None:
        """The fullest name, else the title, else the organisation."""
        return self.name or self.title or self.organization

    def to_dict(self) -> dict[str, Any]:
        """The cluster with its mentions as ``[start, end]`` pairs."""
        return {"id": self.id, "label": self.label, "name": self.name, "title": self.title,
                "organization": self.organization,
                "mentions": [[span.start, span.end] for span in self.mentions]}


@attrs.frozen
class Official:
    """A person linked to the title the text gives them."""

    person: Mention
    title: Mention
    name: str
    cluster: int | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The person's name and title, their mentions, cluster and rule."""
        return {
            "person": self.name,
            "title": self.title.text,
            "person_mention": self.person.to_dict(),
            "title_mention": self.title.to_dict(),
            "cluster": self.cluster,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Official:
        """The official :meth:`to_dict` describes."""
        return cls(Mention.from_dict(data["person_mention"]), Mention.from_dict(data["title_mention"]),
                   data["person"], data["cluster"], data["rule"])


@attrs.frozen
class Quote:
    """A statement the text attributes to a speaker."""

    kind: str
    content: Mention
    cue: Mention | None
    speaker: str | None
    speaker_mention: Mention | None
    span: Span
    source_span: Span
    speaker_cluster: int | None = None
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The quote in the output schema: texts at the top, every part's offsets under ``parts``."""
        return {
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.text if self.speaker_mention else None,
            "cue": self.cue.text if self.cue else "",
            "kind": self.kind,
            "content": self.content.text,
            "start": self.span.start,
            "end": self.span.end,
            "source_start": self.source_span.start,
            "source_end": self.source_span.end,
            "parts": {
                "content": self.content.to_dict(),
                "cue": self.cue.to_dict() if self.cue else None,
                "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            },
            "speaker_cluster": self.speaker_cluster,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """The quote :meth:`to_dict` describes (the confidence as rounded there)."""
        parts = data["parts"]
        return cls(data["kind"], Mention.from_dict(parts["content"]), Mention.from_optional(parts["cue"]),
                   data["speaker"], Mention.from_optional(parts["speaker_mention"]), _span(data, "start", "end"),
                   _span(data, "source_start", "source_end"), data["speaker_cluster"], data["confidence"],
                   tuple(data["evidence"]))


@attrs.frozen
class Diagnostic:
    """A local anomaly that did not stop the document."""

    code: str
    message: str
    stage: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """``code``, ``message``, ``stage`` and, when it has one, the span's ``start``/``end``."""
        out: dict[str, Any] = {"code": self.code, "message": self.message, "stage": self.stage}
        if self.span is not None:
            out["start"], out["end"] = self.span.start, self.span.end
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """The diagnostic :meth:`to_dict` describes."""
        return cls(data["code"], data["message"], data["stage"], _span(data, "start", "end") if "start" in data else None)


@attrs.frozen
class FailedRecord:
    """A record that could not be read or processed, kept so that no record is lost."""

    provenance: Provenance
    error: Exception

    def to_dict(self) -> dict[str, Any]:
        """The error record: ``source`` (where) and ``error`` (``type``, ``message``, ``internal``)."""
        message = getattr(self.error, "reason", None) or str(self.error)

        error: dict[str, Any] = {"type": type(self.error).__name__, "message": message}
        if not isinstance(self.error, PersianewsError):
            error["internal"] = True
        return {"schema_version": SCHEMA_VERSION, "source": self.provenance.to_dict(), "error": error}


def _span(data: Mapping[str, Any], start: str, end: str) -> Span:
    return Span(data[start], data[end])
