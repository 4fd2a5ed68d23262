"""The Document: one article with its normalized text and every layer the stages add."""

from __future__ import annotations

from typing import Any

import attrs

from persianews.records import (
    Article, Cluster, Diagnostic, Entity, Mention, Official, Quote, Sentence, Span, Token,
)
from persianews.schema import SCHEMA_VERSION
from persianews.text.alignment import Alignment


@attrs.frozen
class Document:
    """An article flowing through the pipeline; stages return evolved copies."""

    article: Article
    text: str = ""
    alignment: Alignment | None = attrs.field(default=None, repr=False)
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    officials: tuple[Official, ...] = ()
    quotes: tuple[Quote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    layers: frozenset[str] = frozenset()

    @classmethod
    def from_article(cls, article: Article) -> Document:
        """A document before any stage: the text is the source text, aligned to itself."""
        return cls(article, article.text, Alignment.identity(len(article.text)))

    @property
    def source_text(self) -> str:
        return self.article.text

    @property
    def metadata(self) -> dict[str, Any]:
        return dict(self.article.metadata)

    def source_span(self, span: Span) -> Span:
        """The range of the source text behind ``span`` of the normalized text."""
        if self.alignment is None:
            return span
        return self.alignment.source_span(span)

    def mention(self, span: Span) -> Mention:
        """A :class:`Mention` of the normalized text at ``span``, with its source span."""
        return Mention(span.slice(self.text), span, self.source_span(span))

    def sections_in_text(self) -> dict[str, Span]:
        """Each article section's span in the normalized text (first section of each name)."""
        if self.alignment is None:
            return {s.name: s.span for s in self.article.sections}
        out: dict[str, Span] = {}
        starts = self.alignment.starts
        for section in self.article.sections:
            first = _bisect(starts, section.span.start)
            last = _bisect(starts, section.span.end)
            out.setdefault(section.name, Span(first, last))
        return out

    def with_diagnostic(self, code: str, message: str, stage: str = "", span: Span | None = None) -> Document:
        return attrs.evolve(self, diagnostics=self.diagnostics + (Diagnostic(code, message, stage, span),))

    def to_dict(self) -> dict[str, Any]:
        """The JSON output schema (one object per document)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.article.id,
            "source": self.article.provenance.to_dict(),
            "metadata": _jsonable(self.article.metadata),
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "officials": [o.to_dict() for o in self.officials],
            "quotes": [q.to_dict() for q in self.quotes],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def _repr_html_(self) -> str:
        """The document with its entities and quotes marked, for Jupyter."""
        from persianews.export.html import fragment_html

        return fragment_html(self)

    def to_stanza(self):
        """This document as a ``stanza.Document`` (sentences, tokens, BIOES entity tags)."""
        from persianews.export.conllu import to_stanza

        return to_stanza(self)


def _bisect(values, target: int) -> int:
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
