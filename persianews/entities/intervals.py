"""Overlap and containment look-ups over ranges, without comparing every pair.

Entity candidates span a few tokens (the grammar caps every name, title and
organisation), so the items that can overlap or contain a query range all
start within the longest item's length before it: each query bisects the
sorted starts and reads that window, O(log n + k) for k items in it.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Generic, Protocol, TypeVar


class Ranged(Protocol):
    """Anything with a half-open range ``[start, end)``."""

    @property
    def start(self) -> int:
        """The first position of the range."""

    @property
    def end(self) -> int:
        """The position after the range."""


R = TypeVar("R", bound=Ranged)


class IntervalIndex(Generic[R]):
    """Items with ``start``/``end`` sorted by start, for overlap and containment queries."""

    def __init__(self, items: Iterable[R]) -> None:
        self.items = sorted(items, key=_START)
        self.starts = list(map(_START, self.items))
        self.longest = max(map(operator.sub, map(_END, self.items), self.starts), default=0)

    def overlapping(self, start: int, end: int) -> Iterator[R]:
        """The items that share a position with ``[start, end)`` (``a.start < b.end and b.start < a.end``)."""
        starts = self.starts
        low, high = bisect.bisect_left(starts, start - self.longest), bisect.bisect_right(starts, end - 1)
        for item in self.items[low:high] if low < high else ():
            if item.start < end and start < item.end:
                yield item

    def containing(self, start: int, end: int) -> Iterator[R]:
        """The items with ``item.start <= start`` and ``end <= item.end``."""
        starts = self.starts
        low, high = bisect.bisect_left(starts, end - self.longest), bisect.bisect_right(starts, start)
        for item in self.items[low:high] if low < high else ():
            if end <= item.end:
                yield item

    def any_overlapping(self, start: int, end: int) -> bool:
        """Whether an item shares a position with ``[start, end)`` (:meth:`overlapping`, with no generator
        nor window range: the rules ask it of every candidate, most often of an empty index)."""
        starts = self.starts
        if not starts:
            return False
        items = self.items
        for index in range(bisect.bisect_left(starts, start - self.longest), bisect.bisect_right(starts, end - 1)):
            item = items[index]
            if item.start < end and start < item.end:
                return True
        return False

    def any_containing(self, start: int, end: int) -> bool:
        """Whether an item contains ``[start, end)`` (:meth:`containing`, with no generator nor window range)."""
        starts = self.starts
        if not starts:
            return False
        items = self.items
        for index in range(bisect.bisect_left(starts, end - self.longest), bisect.bisect_right(starts, start)):
            if end <= items[index].end:
                return True
        return False


_START = attrgetter("start")
_END = attrgetter("end")
