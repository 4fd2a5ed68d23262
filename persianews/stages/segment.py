"""The ``segment`` stage: sentences and tokens with offsets in both texts."""

from __future__ import annotations

from typing import Sequence

import attrs

from persianews.document import Document
from persianews.records import Sentence, trusted_span
from persianews.text.segment import marked_token_lists, sentence_offsets
from persianews.tokens import TokenTable, source_span_of


@attrs.frozen
class SegmentStage:
    """Split ``Document.text`` into tokens and sentences; each gets its span in the normalized
    text and its ``source_span`` in the article's text (see :mod:`persianews.text.segment`).

    The tokens are a :class:`~persianews.tokens.TokenTable` (their records are made when read);
    source spans are read from the alignment arrays, and a span the normalizer left in place
    shares its object with the normalized span."""

    name: str = "segment"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        starts, ends, kinds, pieces, marks = marked_token_lists(text)
        offsets = sentence_offsets(text, starts, ends, kinds, pieces, marks)
        alignment = doc.alignment
        if alignment is None or _is_identity(alignment.starts, alignment.ends, len(text)):
            source_starts = source_ends = None
        else:
            source_starts, source_ends = alignment.starts, alignment.ends
        tokens = TokenTable(text, starts, ends, kinds, pieces, source_starts, source_ends)
        sentences = _sentences(offsets, source_starts, source_ends)
        return attrs.evolve(doc, tokens=tokens, sentences=sentences)


def _sentences(offsets: list[tuple[int, int]], source_starts: Sequence[int] | None,
               source_ends: Sequence[int] | None) -> tuple[Sentence, ...]:
    spans = [trusted_span(start, end) for start, end in offsets]
    return tuple(Sentence(span, source_span_of(span, source_starts, source_ends)) for span in spans)


def _is_identity(starts: Sequence[int], ends: Sequence[int], length: int) -> bool:
    """Whether an alignment maps every character to itself (the source is the normalized text)."""
    return isinstance(starts, range) and isinstance(ends, range) and starts == range(length) \
        and ends == range(1, length + 1)
