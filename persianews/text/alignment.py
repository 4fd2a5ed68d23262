"""Character alignment between a normalized text and the source it came from."""

from __future__ import annotations

from array import array
from typing import Iterable, Sequence

import attrs

from persianews.records import Span, trusted_span

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string; ``start == end`` inserts."""


@attrs.frozen
class Alignment:
    """For each normalized character, the source range it came from.

    ``starts[i]``/``ends[i]`` bound the source characters behind normalized
    character ``i``; both never decrease along the text. An inserted character
    is a zero-width point (``starts[i] == ends[i]``), unless it was inserted
    inside a ligature and shares its range. The identity alignment is two
    ``range`` objects; edited alignments are ``array('i')``.
    """

    starts: Sequence[int] = attrs.field(repr=False)
    ends: Sequence[int] = attrs.field(repr=False)
    source_length: int

    @classmethod
    def identity(cls, length: int) -> Alignment:
        """The alignment of a text with itself."""
        return cls(range(length), range(1, length + 1), length)

    def __len__(self) -> int:
        return len(self.starts)

    def source_offset(self, position: int) -> int:
        """The source offset at the boundary before normalized character ``position``."""
        if position < len(self.starts):
            return self.starts[position]
        return self.ends[-1] if len(self.ends) else 0

    def source_span(self, span: Span) -> Span:
        """The smallest source range that produced the normalized ``span`` (made without the validators:
        the offsets never decrease, and each character's end is at or after its start)."""
        if span.end > len(self.starts):
            raise ValueError(f"span {span} lies outside a text of length {len(self.starts)}")
        if span.end == span.start:
            offset = self.source_offset(span.start)
            return trusted_span(offset, offset)
        return trusted_span(self.starts[span.start], self.ends[span.end - 1])


def apply_edits(text: str, alignment: Alignment, edits: Iterable[Edit]) -> tuple[str, Alignment, int]:
    """Apply sorted, non-overlapping edits; returns the new text, its alignment and the edit count.

    Characters a replacement shares with the replaced text at its edges stay
    aligned one to one, the rest maps to the source range of what it replaced,
    and a non-empty replacement always covers the whole replaced range: in
    ``"اً" → "ا"`` the alef keeps the deleted tanvin in its source range. A pure
    insertion maps to the point where it was made (see :class:`Alignment`).
    Edits that each replace one character by one character leave the alignment
    as it is (they are not looked at again when the others realign it).
    """
    pieces: list[str] = []
    count = 0
    reshaping: list[Edit] = []  # the edits that change the alignment: all but one character for one
    position = 0
    for edit in edits:
        start, end, replacement = edit
        if text[start:end] == replacement:
            continue
        count += 1
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
        if end - start != 1 or len(replacement) != 1:
            reshaping.append(edit)
    if not count:
        return text, alignment, 0
    pieces.append(text[position:])
    new_text = "".join(pieces)
    if not reshaping:
        return new_text, alignment, count
    return new_text, _realign(text, alignment, reshaping), count


def _realign(text: str, alignment: Alignment, edits: list[Edit]) -> Alignment:
    old_starts, old_ends = _as_array(alignment.starts), _as_array(alignment.ends)
    starts, ends = array("i"), array("i")
    position = 0
    for start, end, replacement in edits:
        starts.extend(old_starts[position:start])
        ends.extend(old_ends[position:start])
        position = end
        if not replacement:
            continue
        if start == end:  # a pure insertion: the point where it was made
            low, high = _insertion_point(old_starts, old_ends, start)
            starts.extend(array("i", [low]) * len(replacement))
            ends.extend(array("i", [high]) * len(replacement))
            continue
        old = text[start:end]
        if len(replacement) == 1 and old[0] == replacement:  # a deletion attached to the character before
            starts.append(old_starts[start])
            ends.append(old_ends[end - 1])
            continue
        prefix = _common_prefix(old, replacement)
        suffix = _common_prefix(old[prefix:][::-1], replacement[prefix:][::-1])
        middle_start, middle_end = start + prefix, end - suffix
        first = len(starts)
        starts.extend(old_starts[start:middle_start])
        ends.extend(old_ends[start:middle_start])
        if middle_end > middle_start:
            low, high = old_starts[middle_start], old_ends[middle_end - 1]
        else:
            low, high = _insertion_point(old_starts, old_ends, middle_start)
        inserted = len(replacement) - prefix - suffix
        starts.extend(array("i", [low]) * inserted)
        ends.extend(array("i", [high]) * inserted)
        starts.extend(old_starts[middle_end:end])
        ends.extend(old_ends[middle_end:end])
        starts[first] = old_starts[start]
        ends[-1] = old_ends[end - 1]
    starts.extend(old_starts[position:])
    ends.extend(old_ends[position:])
    return Alignment(starts, ends, alignment.source_length)


def _insertion_point(starts: array, ends: array, position: int) -> tuple[int, int]:
    """The source range of a character inserted before ``position``: the point where the next
    character starts, widened to the end of the previous one when both share a source range
    (inside a ligature such as ﻻ → لا)."""
    if position == len(starts):
        end = ends[-1] if len(ends) else 0
        return end, end
    low = starts[position]
    high = max(low, ends[position - 1]) if position else low
    return low, high


_counting = array("i")


def _as_array(values: Sequence[int]) -> array:
    """``values`` as an ``array('i')``; ranges (identity alignments) are sliced from a shared
    array of 0, 1, 2, … rather than built number by number."""
    global _counting
    if isinstance(values, array):
        return values
    if isinstance(values, range) and values.step == 1 and values.start >= 0:
        counting = _counting
        if values.stop > len(counting):
            counting = _counting = array("i", range(max(values.stop, 2 * len(counting))))
        return counting[values.start:values.stop]
    return array("i", values)


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b):
        if x != y:
            break
        size += 1
    return size
