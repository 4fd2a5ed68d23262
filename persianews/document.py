"""The Document: one article with its normalized text and every layer the stages add."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import attrs

from persianews.errors import SchemaError
from persianews.records import (
    Article, Cluster, Diagnostic, Entity, Mention, Official, Provenance, Quote, Sentence, Span, Token,
)
from persianews.schema import SCHEMA_VERSION
from persianews.text.alignment import Alignment
from persianews.text.segment import BULLETS

if TYPE_CHECKING:
    import stanza

_LAYERS = ("entities", "officials", "quotes")
_KNOWN_KEYS = frozenset({"id", "source", "metadata", "text", "diagnostics", "user_data", "schema_version", *_LAYERS})


def _user_data(value: Mapping[str, Any]) -> dict[str, Any]:
    if not all(isinstance(key, str) for key in value):
        raise TypeError("user_data keys are namespaces (str), e.g. {'myext': {...}}")
    return dict(value)


_BULLETS = tuple(sorted(BULLETS))
"""The bullet characters, each looked for with ``in`` (a C scan, several times faster than a regex class)."""


@attrs.frozen(repr=False)
class Document:
    """An article flowing through the pipeline; stages return evolved copies.

    The layers (``sentences``, ``tokens``, ``entities``, ``clusters``,
    ``officials``, ``quotes``, ``diagnostics``) are tuples of immutable records
    (``tokens`` a read-only sequence that makes its records when read) whose
    spans index :attr:`text`, and whose ``source_span`` index
    :attr:`source_text`. ``user_data`` holds a custom stage's results under
    its own namespace (see :meth:`with_user_data`); it is carried into
    :meth:`to_dict` under ``"user_data"``.
    """

    article: Article
    text: str = ""
    alignment: Alignment | None = attrs.field(default=None, repr=False)
    sentences: tuple[Sentence, ...] = ()
    tokens: Sequence[Token] = ()
    """A :class:`~persianews.tokens.TokenTable` after the segment stage."""
    entities: tuple[Entity, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    officials: tuple[Official, ...] = ()
    quotes: tuple[Quote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    layers: frozenset[str] = frozenset()
    user_data: Mapping[str, Any] = attrs.field(factory=dict, converter=_user_data, repr=False)

    @classmethod
    def from_article(cls, article: Article) -> Document:
        """A document before any stage: the text is the source text, aligned to itself.

        It starts with the reader's diagnostics of the article.
        """
        return cls(article, article.text, Alignment.identity(len(article.text)), diagnostics=article.diagnostics)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """The document a :meth:`to_dict` output describes: ``from_dict(d).to_dict() == d``.

        The output schema holds the normalized text and every span's source
        offsets, not the source text nor the alignment: the rebuilt document's
        :attr:`source_text` is empty and :meth:`source_span` returns its span
        unchanged. ``schema_version`` is accepted and ignored. Raises
        :class:`~persianews.errors.SchemaError` for anything else (an error
        record, a missing or unknown key, a value of the wrong type).
        """
        if not isinstance(data, Mapping):
            raise SchemaError(f"a document is a mapping, not {type(data).__name__}")
        if "error" in data:
            raise SchemaError("this is an error record (a FailedRecord), not a document")
        unknown = set(data) - _KNOWN_KEYS
        if unknown:
            raise SchemaError(f"unknown document keys: {', '.join(sorted(map(str, unknown)))}")
        try:
            article = Article("", metadata=dict(data["metadata"]), provenance=Provenance.from_dict(data["source"]))
            doc = cls(article, data["text"],
                      entities=tuple(Entity.from_dict(e) for e in data["entities"]),
                      officials=tuple(Official.from_dict(o) for o in data["officials"]),
                      quotes=tuple(Quote.from_dict(q) for q in data["quotes"]),
                      diagnostics=tuple(Diagnostic.from_dict(d) for d in data["diagnostics"]),
                      layers=frozenset({"text", *(name for name in _LAYERS if data[name])}),
                      user_data=data.get("user_data", {}))
            identifier = data["id"]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise SchemaError(f"not a document of the output schema: {type(error).__name__}: {error}") from None
        if identifier != article.id:
            raise SchemaError(f"id {identifier!r} does not match its source ({article.id!r})")
        return doc

    @property
    def source_text(self) -> str:
        """The record's original text (its sections joined by blank lines)."""
        return self.article.text

    @property
    def metadata(self) -> dict[str, Any]:
        """A copy of the article's metadata (headline, date, channel, …)."""
        return dict(self.article.metadata)

    @property
    def ents(self) -> tuple[Entity, ...]:
        """The entities (PERSON, TITLE, ORG, LOC), as spaCy's ``doc.ents``."""
        return self.entities

    @property
    def sents(self) -> tuple[Sentence, ...]:
        """The sentences with their ``text``, as spaCy's ``doc.sents``."""
        return tuple(attrs.evolve(sentence, text=sentence.span.slice(self.text)) for sentence in self.sentences)

    def with_user_data(self, namespace: str, value: Any) -> Document:
        """A copy whose ``user_data[namespace]`` is ``value``: where a custom stage keeps its results.

        Use the stage's or the package's name as ``namespace``; a value that
        should reach :meth:`to_dict` must be JSON-serializable (dicts, lists,
        strings, numbers, booleans, None).
        """
        return attrs.evolve(self, user_data={**self.user_data, namespace: value})

    def source_span(self, span: Span) -> Span:
        """The range of the source text behind ``span`` of the normalized text."""
        if self.alignment is None:
            return span
        return self.alignment.source_span(span)

    def mention(self, span: Span) -> Mention:
        """A :class:`Mention` of the normalized text at ``span``, with its source span."""
        return Mention(span.slice(self.text), span, self.source_span(span))

    @property
    def is_post(self) -> bool:
        """Whether the document is a Telegram post (its format or its channel says so, or a bullet in its text):
        a post's headline is the channel's summary of the one item its body tells."""
        article = self.article
        extra = article.metadata.get("extra")
        return (article.provenance.format.startswith("telegram") or bool(article.metadata.get("channel"))
                or (isinstance(extra, dict) and bool(extra.get("channel")))
                or any(bullet in self.text for bullet in _BULLETS))

    def sections_in_text(self) -> dict[str, Span]:
        """Each article section's span in the normalized text (first section of each name)."""
        if self.alignment is None:
            return {s.name: s.span for s in self.article.sections}
        out: dict[str, Span] = {}
        starts = self.alignment.starts
        for section in self.article.sections:
            first = bisect_left(starts, section.span.start)  # C: the alignment's starts never decrease
            last = bisect_left(starts, section.span.end)
            out.setdefault(section.name, Span(first, last))
        return out

    def with_diagnostic(self, code: str, message: str, stage: str = "", span: Span | None = None) -> Document:
        """A copy with one more :class:`Diagnostic`."""
        return attrs.evolve(self, diagnostics=self.diagnostics + (Diagnostic(code, message, stage, span),))

    def to_dict(self) -> dict[str, Any]:
        """The JSON output schema (one object per document); ``user_data`` only when a stage set some."""
        out: dict[str, Any] = {
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
        if self.user_data:
            out["user_data"] = _jsonable(self.user_data)
        return out

    def _repr_html_(self) -> str:
        """The document with its entities and quotes marked, for Jupyter."""
        from persianews.export.html import fragment_html

        return fragment_html(self)

    def to_stanza(self) -> stanza.Document:
        """This document as a ``stanza.Document`` (sentences, tokens, BIOES entity tags); needs ``[stanza]``."""
        from persianews.export.conllu import to_stanza

        return to_stanza(self)

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in (
            "sentences", "tokens", "entities", "officials", "quotes", "diagnostics"))
        extra = f", user_data: {', '.join(self.user_data)}" if self.user_data else ""
        return f"<Document {self.article.id!r} {len(self.text):,} chars: {counts}{extra}>"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
