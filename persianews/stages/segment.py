"""The ``segment`` stage: sentences and tokens with offsets in both texts."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.records import Sentence, Span, Token
from persianews.text.segment import sentence_offsets, span_factory, token_offsets


@attrs.frozen
class SegmentStage:
    """Split ``Document.text`` into tokens and sentences; each gets its span in the normalized
    text and its ``source_span`` in the article's text (see :mod:`persianews.text.segment`).

    Source spans are read in bulk from the alignment arrays (a span the normalizer left in place
    shares its object with the normalized span)."""

    name: str = "segment"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        starts, ends, kinds = token_offsets(text)
        make = span_factory()
        alignment = doc.alignment
        if alignment is None or _is_identity(alignment.starts, alignment.ends, len(text)):
            def source(span: Span, start: int, end: int) -> Span:
                return span
        else:
            source_starts, source_ends = alignment.starts, alignment.ends

            def source(span: Span, start: int, end: int) -> Span:
                low, high = source_starts[start], source_ends[end - 1]
                return span if low == start and high == end else make(low, high)
        tokens = []
        append = tokens.append
        for start, end, kind in zip(starts, ends, kinds):
            span = make(start, end)
            append(Token(text[start:end], span, source(span, start, end), kind))
        sentences = []
        for start, end in sentence_offsets(text, starts, ends, kinds):
            span = make(start, end)
            sentences.append(Sentence(span, source(span, start, end)))
        return attrs.evolve(doc, tokens=tuple(tokens), sentences=tuple(sentences))


def _is_identity(starts, ends, length: int) -> bool:
    return isinstance(starts, range) and isinstance(ends, range) and starts == range(length) \
        and ends == range(1, length + 1)
