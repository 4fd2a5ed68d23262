"""Caches bounded by the bytes they hold, not by their number of entries.

Per-word analyses are cached by the word: news repeats its words, so most
look-ups hit. A cap on the number of entries does not bound memory when the
words are long (one 100,000-character token weighs as much as 20,000 short
ones), so these caches count the size of every key and value
(:func:`sys.getsizeof`, recursing into tuples) and drop the least recently
used entries once a byte budget is spent. An entry larger than the whole
budget is computed and returned, never stored.
"""

from __future__ import annotations

import functools
import sys
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_MISSING = object()
DEFAULT_BUDGET = 32 * 1024 * 1024
"""Bytes one cache may hold unless told otherwise."""


def approximate_size(value: object) -> int:
    """The bytes ``value`` takes, counting the items of tuples, lists and sets and the fields of attrs
    records (shared objects such as small integers are counted each time: an overestimate)."""
    size = sys.getsizeof(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        size += sum(approximate_size(item) for item in value)
    else:
        fields = getattr(type(value), "__attrs_attrs__", None)  # an attrs record
        if fields is not None:
            size += sum(approximate_size(getattr(value, field.name)) for field in fields)
    return size


class ByteBoundedLRU:
    """A mapping that keeps the most recently used entries within ``max_bytes`` (keys and values)."""

    def __init__(self, max_bytes: int = DEFAULT_BUDGET, size_of: Callable[[object], int] = approximate_size) -> None:
        self.max_bytes = max_bytes
        self.size_of = size_of
        self.nbytes = 0
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value of ``key`` (now the most recently used), else ``default``."""
        entry = self._entries.get(key)
        if entry is None:
            return default
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: Hashable, value: Any) -> None:
        """Store ``value`` under ``key``, dropping the least recently used entries beyond the budget."""
        size = self.size_of(key) + self.size_of(value)
        if size > self.max_bytes:
            return
        previous = self._entries.pop(key, None)
        if previous is not None:
            self.nbytes -= previous[1]
        self._entries[key] = (value, size)
        self.nbytes += size
        while self.nbytes > self.max_bytes:
            _, (_, dropped) = self._entries.popitem(last=False)
            self.nbytes -= dropped

    __setitem__ = put

    def clear(self) -> None:
        """Drop every entry."""
        self._entries.clear()
        self.nbytes = 0


def byte_bounded_cache(max_bytes: int = DEFAULT_BUDGET) -> Callable[[F], F]:
    """Cache a function of hashable positional arguments in a :class:`ByteBoundedLRU` (the decorated
    function has it as ``.cache``)."""
    def decorate(function: F) -> F:
        cache = ByteBoundedLRU(max_bytes)

        @functools.wraps(function)
        def cached(*args: Hashable) -> Any:
            key = args[0] if len(args) == 1 else args
            value = cache.get(key, _MISSING)
            if value is _MISSING:
                value = function(*args)
                cache.put(key, value)
            return value

        cached.cache = cache  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]

    return decorate
