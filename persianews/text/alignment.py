"""Character alignment between a normalized text and the source it came from."""

from __future__ import annotations

from typing import Iterable, Sequence

import attrs

from persianews.records import Span

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string; ``start == end`` inserts."""


@attrs.frozen
class Alignment:
    """For each normalized character, the source range it came from.

    ``starts[i]``/``ends[i]`` bound the source characters behind normalized
    character ``i``; an inserted character has ``starts[i] == ends[i]``.
    """

    starts: Sequence[int] = attrs.field(repr=False)
    ends: Sequence[int] = attrs.field(repr=False)
    source_length: int

    @classmethod
    def identity(cls, length: int) -> Alignment:
        return cls(range(length), range(1, length + 1), length)

    def __len__(self) -> int:
        return len(self.starts)

    def source_offset(self, position: int) -> int:
        """The source offset at a boundary between normalized characters."""
        if position < len(self.starts):
            return self.starts[position]
        return self.ends[-1] if self.ends else 0

    def source_span(self, span: Span) -> Span:
        """The smallest source range that produced the normalized ``span``."""
        if span.end > len(self.starts):
            raise ValueError(f"span {span} lies outside a text of length {len(self.starts)}")
        if span.end == span.start:
            offset = self.source_offset(span.start)
            return Span(offset, offset)
        return Span(self.starts[span.start], self.ends[span.end - 1])


def apply_edits(text: str, alignment: Alignment, edits: Iterable[Edit]) -> tuple[str, Alignment, int]:
    """Apply sorted, non-overlapping edits; returns the new text, its alignment and the edit count.

    Characters an edit keeps at its edges stay aligned one to one; the rest of
    the replacement maps to the source range of what it replaced (or to a
    zero-width point for a pure insertion).
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    old_starts, old_ends = alignment.starts, alignment.ends
    position = 0
    count = 0
    for start, end, replacement in edits:
        old = text[start:end]
        if old == replacement:
            continue
        count += 1
        pieces.append(text[position:start])
        starts.extend(old_starts[position:start])
        ends.extend(old_ends[position:start])
        prefix = _common_prefix(old, replacement)
        suffix = _common_prefix(old[prefix:][::-1], replacement[prefix:][::-1])
        middle_start, middle_end = start + prefix, end - suffix
        starts.extend(old_starts[start:middle_start])
        ends.extend(old_ends[start:middle_start])
        inserted = len(replacement) - prefix - suffix
        if middle_end > middle_start:
            low, high = old_starts[middle_start], old_ends[middle_end - 1]
        else:
            low = high = alignment.source_offset(middle_start)
        starts.extend([low] * inserted)
        ends.extend([high] * inserted)
        starts.extend(old_starts[middle_end:end])
        ends.extend(old_ends[middle_end:end])
        pieces.append(replacement)
        position = end
    if not count:
        return text, alignment, 0
    pieces.append(text[position:])
    starts.extend(old_starts[position:])
    ends.extend(old_ends[position:])
    return "".join(pieces), Alignment(starts, ends, alignment.source_length), count


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b):
        if x != y:
            break
        size += 1
    return size
