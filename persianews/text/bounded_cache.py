"""Caches of bounded memory: by the bytes they hold, or by entries of bounded size.

Per-word analyses are cached by the word: news repeats its words, so most
look-ups hit. A cap on the number of entries does not bound memory when the
words are long (one 100,000-character token weighs as much as 20,000 short
ones), so these caches estimate the size of every key and value
(:func:`approximate_size`, recursing into tuples and attrs records) and keep
the recently used entries within a byte budget. An entry larger than half
the budget is computed and returned, never stored.

Recency is kept by two generations of dicts (a look-up that hits the recent
one is one C-level ``dict.get``): new and recalled entries go to the recent
generation; when it holds half the budget it becomes the older one and the
previous older one is dropped. So the least recently used entries go first,
at most ``max_bytes`` are held, and nothing moves on a hit.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from persianews.native import compiled_module

F = TypeVar("F", bound=Callable[..., Any])
_MISSING = object()
_ENTRY_OVERHEAD = 100
"""Bytes a dict entry costs besides its key and value (hash slot, index, share of the table)."""
_STR_HEADER = 80
_NUMBERS = frozenset({int, float, bool, type(None)})
_NUMBER_SIZE = 32
_CONTAINER_HEADER = 64
DEFAULT_BUDGET = 32 * 1024 * 1024
"""Bytes one cache may hold unless told otherwise."""


def approximate_size(value: object) -> int:
    """An upper estimate of the bytes ``value`` takes: a string at most 4 bytes a character plus its
    header, the items of tuples, lists and sets and the fields of attrs records counted too (shared
    objects such as small integers are counted each time). Cheap: no :func:`sys.getsizeof` for the
    common kinds."""
    kind = type(value)
    if kind is str:
        return _STR_HEADER + 4 * len(value)  # type: ignore[arg-type]
    if kind in _NUMBERS:
        return _NUMBER_SIZE
    if isinstance(value, (tuple, list, frozenset, set)):
        size = _CONTAINER_HEADER
        for item in value:  # strings and numbers inline: the common items, counted as above
            item_kind = type(item)
            if item_kind is str:
                size += 8 + _STR_HEADER + 4 * len(item)
            elif item_kind in _NUMBERS:
                size += 8 + _NUMBER_SIZE
            else:
                size += 8 + approximate_size(item)
        return size
    fields = getattr(kind, "__attrs_attrs__", None)  # an attrs record
    if fields is not None:
        return _CONTAINER_HEADER + sum(8 + approximate_size(getattr(value, field.name)) for field in fields)
    return sys.getsizeof(value)


class ByteBoundedLRU(dict[Hashable, Any]):
    """A cache that keeps its recently used entries within ``max_bytes`` (keys, values and entries).

    The mapping itself is the recent generation: ``get``, ``[]`` and ``in`` look there only, one
    C-level look-up; :meth:`recall` also looks in the older generation and moves what it finds back.
    Storing (``cache[key] = value`` or :meth:`put`) counts the entry's bytes.
    """

    def __init__(self, max_bytes: int = DEFAULT_BUDGET, size_of: Callable[[object], int] = approximate_size) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.size_of = size_of
        self._recent_bytes = 0
        self._older: dict[Hashable, Any] = {}
        self._older_bytes = 0

    @property
    def nbytes(self) -> int:
        """The bytes the entries take (as :func:`approximate_size` counts them)."""
        return self._recent_bytes + self._older_bytes

    def entries(self) -> int:
        """The number of entries in both generations."""
        return len(self) + len(self._older)

    def recall(self, key: Hashable, default: Any = None) -> Any:
        """The value of ``key`` in either generation (now recently used), else ``default``."""
        value = dict.get(self, key, _MISSING)
        if value is not _MISSING:
            return value
        value = self._older.get(key, _MISSING)
        if value is _MISSING:
            return default
        self.put(key, value)  # used again: it moves to the recent generation
        return value

    def put(self, key: Hashable, value: Any) -> None:
        """Store ``value`` under ``key`` in the recent generation (see the module's docstring)."""
        size = self.size_of(key) + self.size_of(value) + _ENTRY_OVERHEAD
        if 2 * size > self.max_bytes:
            return
        if self._older.pop(key, _MISSING) is not _MISSING:
            self._older_bytes -= size
        if key not in self:
            self._recent_bytes += size
        dict.__setitem__(self, key, value)
        if 2 * self._recent_bytes > self.max_bytes:
            self._older, self._older_bytes = dict(self), self._recent_bytes
            dict.clear(self)
            self._recent_bytes = 0

    __setitem__ = put

    def clear(self) -> None:
        """Drop every entry."""
        dict.clear(self)
        self._recent_bytes = 0
        self._older, self._older_bytes = {}, 0


class _DictFunction:
    """What a cache that is its own function has (mixed into a dict subclass whose call is ``dict.__getitem__``):
    it wears the function's name and docstring, and it is pickled by name."""

    def _wear(self, function: Callable[[Any], Any]) -> None:
        """Take ``function``'s name and docstring; ``.cache`` is the cache itself, as byte_bounded_cache's
        wrappers have it."""
        functools.update_wrapper(self, function)  # type: ignore[arg-type]  # called as the dict subclass it is in
        self.cache = self

    def __reduce__(self) -> str:
        return self.__qualname__  # type: ignore[attr-defined]  # pickled by name, as functions are


class CachedFunction(_DictFunction, ByteBoundedLRU):
    """A function of one hashable argument with its results in a :class:`ByteBoundedLRU`: calling it is
    ``dict.__getitem__`` itself, so a result already held in the recent generation costs one C-level
    look-up and no Python frame; a miss (``__missing__``) recalls the older generation or computes."""

    __call__ = dict.__getitem__

    def __init__(self, function: Callable[[Any], Any], max_bytes: int = DEFAULT_BUDGET) -> None:
        super().__init__(max_bytes)
        self._wear(function)
        self.function = function

    def __missing__(self, key: Hashable) -> Any:
        value = self.recall(key, _MISSING)
        if value is _MISSING:
            value = self.function(key)
            self.put(key, value)
        return value


def byte_bounded_cache(max_bytes: int = DEFAULT_BUDGET) -> Callable[[F], F]:
    """Cache a function of hashable positional arguments in a :class:`ByteBoundedLRU` (the decorated
    function has it as ``.cache``); a function of exactly one parameter becomes a :class:`CachedFunction`."""
    def decorate(function: F) -> F:
        code = getattr(function, "__code__", None)
        if code is not None and code.co_argcount == 1 and not code.co_kwonlyargcount \
                and not code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS):
            return CachedFunction(function, max_bytes)  # type: ignore[return-value]
        cache = ByteBoundedLRU(max_bytes)
        lookup, recall, store = cache.get, cache.recall, cache.put

        @functools.wraps(function)
        def cached(*args: Hashable) -> Any:
            key = args[0] if len(args) == 1 else args
            value = lookup(key, _MISSING)  # the recent generation: one C-level look-up
            if value is _MISSING:
                value = recall(key, _MISSING)
                if value is _MISSING:
                    value = function(*args)
                    store(key, value)
            return value

        cached.cache = cache  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]

    return decorate


MEMO_ENTRIES = 65_536
"""Entries one generation of a :class:`Memo` holds unless told otherwise."""
MEMO_KEY_CHARACTERS = 100
"""Longest key (characters of a string, or of the strings of a tuple) a :class:`Memo` stores."""


class PythonMemo(dict[Hashable, Any]):
    """The results of a function of one argument, by argument: ``memo[key]`` is ``function(key)`` (the
    reference twin of the compiled memo, ``memo_native.c``: see :class:`Memo`).

    Cheaper than :class:`ByteBoundedLRU` for per-word analyses, whose keys are short: a hit is one
    C-level dict look-up (``memo[key]``, or ``map(memo.__getitem__, keys)`` over many), and memory is
    bounded by counting entries, not bytes. Only keys of at most ``max_key_characters`` are stored
    (a longer one is computed each time), so that every entry, whose value derives from its key, has
    a bounded size. Recency is kept in two generations as in :class:`ByteBoundedLRU`: when the recent
    one holds ``max_entries`` it becomes the older one; an entry found in the older one moves back.
    Calling the memo is subscripting it (``memo(key)`` is ``memo[key]``).
    """

    # slots: a miss reads them, and news-dev's first pass misses about half a million times
    __slots__ = ("_older", "function", "max_entries", "max_key_characters")

    __call__ = dict.__getitem__

    def __init__(self, function: Callable[[Any], Any], max_entries: int = MEMO_ENTRIES,
                 max_key_characters: int = MEMO_KEY_CHARACTERS) -> None:
        super().__init__()
        self.function = function
        self.max_entries = max_entries
        self.max_key_characters = max_key_characters
        self._older: dict[Hashable, Any] = {}

    def __missing__(self, key: Hashable) -> Any:
        if self._older:
            value = self._older.pop(key, _MISSING)
            if value is _MISSING:
                value = self.function(key)
        else:
            value = self.function(key)
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        """Store ``value`` as ``key``'s result, as a miss does (within the bounds: a key too long is not
        stored): for results computed together with another memo's (see ``words.py``'s analyses)."""
        size = len(key) if type(key) is str else sum(map(len, key))  # type: ignore[call-overload]
        if size <= self.max_key_characters:
            if len(self) >= self.max_entries and key not in self:
                self._older = dict(self)
                dict.clear(self)
            self[key] = value

    def entries(self) -> int:
        """The number of entries in both generations."""
        return len(self) + len(self._older)

    def clear(self) -> None:
        """Drop every entry."""
        dict.clear(self)
        self._older = {}


#: The compiled module of :class:`Memo`'s base (None: not built, or stale).
_COMPILED = compiled_module("persianews.text._memo_native")
if TYPE_CHECKING:  # the compiled base has PythonMemo's methods
    _MemoBase = PythonMemo
else:
    _MemoBase = PythonMemo if _COMPILED is None else _COMPILED.Memo


class Memo(_MemoBase):
    """The results of a function of one argument, by argument, in bounded memory: :class:`PythonMemo`, run by
    its compiled twin (``memo_native.c``: the miss and the store without a Python frame, a call or a subscript
    straight to dict's look-up) where that was built, with the same results and bounds."""

    __slots__ = ()

    def __init__(self, function: Callable[[Any], Any], max_entries: int = MEMO_ENTRIES,
                 max_key_characters: int = MEMO_KEY_CHARACTERS) -> None:
        super().__init__(function, max_entries, max_key_characters)


class MemoFunction(_DictFunction, Memo):
    """A function of one hashable argument (a word) with its results in a :class:`Memo`: calling it is
    ``dict.__getitem__`` itself, so a hit is one C-level look-up with no Python frame, and a miss computes
    and stores with no size estimate (cheaper than :class:`CachedFunction`'s). For analyses of short keys
    whose values are small (flags, classes, lexicon strings): memory is bounded by ``max_entries`` and
    ``max_key_characters``."""

    def __init__(self, function: Callable[[Any], Any], max_entries: int = MEMO_ENTRIES,
                 max_key_characters: int = MEMO_KEY_CHARACTERS) -> None:
        super().__init__(function, max_entries, max_key_characters)
        self._wear(function)


def memoized(max_entries: int = MEMO_ENTRIES, max_key_characters: int = MEMO_KEY_CHARACTERS
             ) -> Callable[[F], F]:
    """Cache a function of one hashable argument in a :class:`MemoFunction`."""
    def decorate(function: F) -> F:
        return MemoFunction(function, max_entries, max_key_characters)  # type: ignore[return-value]

    return decorate
