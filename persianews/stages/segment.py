"""The ``segment`` stage: sentences and tokens with offsets in both texts."""

from __future__ import annotations

import attrs

from persianews.document import Document
from persianews.records import Sentence, Token
from persianews.text.segment import sentence_offsets, span_factory, token_offsets


@attrs.frozen
class SegmentStage:
    """Split ``Document.text`` into tokens and sentences; each gets its span in the normalized
    text and its ``source_span`` in the article's text (see :mod:`persianews.text.segment`).

    Source spans are read in bulk from the alignment arrays; a span the normalizer left in place
    shares its object with the normalized span."""

    name: str = "segment"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        starts, ends, kinds = token_offsets(text)
        pieces = [text[start:end] for start, end in zip(starts, ends)]
        offsets = sentence_offsets(text, starts, ends, kinds, pieces)
        alignment = doc.alignment
        if alignment is None or _is_identity(alignment.starts, alignment.ends, len(text)):
            source_starts = source_ends = None
        else:
            source_starts, source_ends = alignment.starts, alignment.ends
        tokens = _tokens(starts, ends, kinds, pieces, source_starts, source_ends)
        sentences = _sentences(offsets, source_starts, source_ends)
        return attrs.evolve(doc, tokens=tokens, sentences=sentences)


def _tokens(starts, ends, kinds, pieces, source_starts, source_ends) -> tuple[Token, ...]:
    """Tokens with their spans; ``source_starts``/``source_ends`` are the alignment arrays (None: the
    identity)."""
    make = span_factory()
    tokens: list[Token] = []

    append = tokens.append
    if source_starts is None:
        for start, end, kind, piece in zip(starts, ends, kinds, pieces):
            span = make(start, end)
            append(Token(piece, span, span, kind))
        return tuple(tokens)
    for start, end, kind, piece in zip(starts, ends, kinds, pieces):
        span = make(start, end)
        low, high = source_starts[start], source_ends[end - 1]
        append(Token(piece, span, span if low == start and high == end else make(low, high), kind))
    return tuple(tokens)


def _sentences(offsets, source_starts, source_ends) -> tuple[Sentence, ...]:
    make = span_factory()
    sentences = []
    for start, end in offsets:
        span = make(start, end)
        if source_starts is None:
            sentences.append(Sentence(span, span))
            continue
        low, high = source_starts[start], source_ends[end - 1]
        sentences.append(Sentence(span, span if low == start and high == end else make(low, high)))
    return tuple(sentences)


def _is_identity(starts, ends, length: int) -> bool:
    """Whether an alignment maps every character to itself (the source is the normalized text)."""
    return isinstance(starts, range) and isinstance(ends, range) and starts == range(length) \
        and ends == range(1, length + 1)
