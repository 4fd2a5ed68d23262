"""The ``tokens`` layer of a document: parallel lists, with a :class:`~persianews.records.Token` made per read.

A news corpus has hundreds of thousands of tokens and the stages read them by
position (start, end, kind, text); building one frozen record and two spans per
token costs more than segmenting the text. :class:`TokenTable` keeps the lists the
segmenter produces and is a read-only sequence of ``Token`` records for everyone
else: ``doc.tokens[i]``, iteration and slices build the records on access.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from persianews.records import Span, Token, trusted_span


def source_span_of(span: Span, source_starts: Sequence[int] | None, source_ends: Sequence[int] | None) -> Span:
    """The source span of a non-empty normalized ``span``, read from an alignment's arrays (None: the
    source is the text itself); ``span`` itself when the normalizer left it in place. The hot-path form of
    :meth:`persianews.text.alignment.Alignment.source_span`, for offsets known to be valid."""
    if source_starts is None or source_ends is None:
        return span
    low, high = source_starts[span.start], source_ends[span.end - 1]
    return span if low == span.start and high == span.end else trusted_span(low, high)


class TokenTable(Sequence[Token]):
    """Tokens as parallel lists: ``starts``/``ends`` in the normalized text, ``kinds``, ``pieces`` (their
    texts) and, unless the text is its own source, the alignment arrays that give each token's source span.

    Equal to any sequence of the same tokens (a tuple of ``Token`` included).
    """

    __slots__ = ("ends", "kinds", "pieces", "source_ends", "source_starts", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], kinds: list[str], pieces: list[str],
                 source_starts: Sequence[int] | None = None, source_ends: Sequence[int] | None = None) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.kinds = kinds
        self.pieces = pieces
        #: The alignment's per-character source starts and ends (None: the source is the text itself).
        self.source_starts = source_starts
        self.source_ends = source_ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, index: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(index, slice):
            return tuple(self._token(i) for i in range(*index.indices(len(self.starts))))
        if index < 0:
            index += len(self.starts)
        if not 0 <= index < len(self.starts):
            raise IndexError("token index out of range")
        return self._token(index)

    def __iter__(self) -> Iterator[Token]:
        return map(self._token, range(len(self.starts)))

    def _token(self, index: int) -> Token:
        span = trusted_span(self.starts[index], self.ends[index])
        return Token(self.pieces[index], span, source_span_of(span, self.source_starts, self.source_ends),
                     self.kinds[index])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and not isinstance(other, str) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"<TokenTable of {len(self)} tokens>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (TokenTable, (self.text, self.starts, self.ends, self.kinds, self.pieces,
                             self.source_starts, self.source_ends))
