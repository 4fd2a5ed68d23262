"""The ``segment`` stage: sentences and tokens with offsets in both texts."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.records import Sentence, Token
from persianews.text.segment import split_sentences, tokenize


@attrs.frozen
class SegmentStage:
    """Split ``Document.text`` into tokens and sentences; each gets its span in the normalized
    text and its ``source_span`` in the article's text (see :mod:`persianews.text.segment`)."""

    name: str = "segment"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        spans = list(tokenize(doc.text))
        tokens = tuple(Token(span.slice(doc.text), span, doc.source_span(span), kind) for span, kind in spans)
        sentences = tuple(Sentence(span, doc.source_span(span)) for span in split_sentences(doc.text, spans))
        return attrs.evolve(doc, tokens=tokens, sentences=sentences)
