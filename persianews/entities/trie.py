"""The lexicons' trie: every phrase key of every lexicon, compiled once, with the walk over one key.

The lexicons are compiled once into a trie over phrase keys
(:mod:`persianews.entities.keys`), stored flat: every prefix of a phrase key
maps to the entries of the phrases spelled exactly so (an empty tuple for a
prefix that is no phrase). The flat table holds only strings and tuples, so the
garbage collector has next to nothing to traverse in it. The walk over a
token's key (:meth:`Trie.inside`) runs compiled where ``matcher_native.c`` was
built (the Python method here is the reference twin); a document's tokens and
their matches are :class:`~persianews.entities.matcher.TokenView`'s.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, NamedTuple

from persianews.entities.keys import COMPILED
from persianews.native import compiled_module
from persianews.text.bounded_cache import Memo

NO_KINDS: frozenset[str] = frozenset()
"""The one empty set of kinds (of a key no phrase ends in)."""
_CACHE_LIMIT = 200_000
_CACHED_KEY_CHARACTERS = 128
"""Longer keys (a hostile run of letters) are walked but not cached: memory stays bounded per key."""


class Entry(NamedTuple):
    """A lexicon phrase's meaning: what ``kind`` of thing it is, with the row's ``data``."""

    kind: str
    data: Any = None


class Trie:
    """A trie from phrase keys to the entries that spell them (a flat table of every key prefix)."""

    def __init__(self, items: Iterable[tuple[str, Entry]]):
        phrases: dict[str, list[Entry]] = {}
        shared: dict = {}  # equal entries and entry tuples share one object: fewer objects to collect
        for key, entry in items:
            if key:
                phrases.setdefault(key, []).append(shared.setdefault(entry, entry))
        table: dict[str, tuple[Entry, ...]] = {}
        #: Per phrase key: the one shared set of its entries' kinds (read by :meth:`alone`, built here once).
        self._phrase_kinds: dict[str, frozenset[str]] = {}
        for key, entries in phrases.items():
            for end in range(1, len(key)):
                table.setdefault(key[:end], ())
            frozen = tuple(entries)
            table[key] = shared.setdefault(frozen, frozen)
            kinds = frozenset(entry.kind for entry in frozen)
            self._phrase_kinds[key] = shared.setdefault(kinds, kinds)

        self.root = table
        following: dict[str, str] = {}  # strings, not a set per prefix: nothing for the collector to visit
        for key in table:
            parent = key[:-1]
            following[parent] = following.get(parent, "") + key[-1]
        sets: dict[str, frozenset[str]] = {}  # one set per string of characters (a few thousand)
        for chars in set(following.values()):
            frozen_chars = frozenset(chars)
            sets[chars] = shared.setdefault(frozen_chars, frozen_chars)
        #: Per phrase key prefix: the characters that go on to a longer phrase key.
        self.followers: dict[str, frozenset[str]] = {key: sets[chars] for key, chars in following.items()}
        #: Per token key (or run of keys): where the phrases ending inside the key or at its end end, and
        #: whether the whole key is the prefix of a phrase (the walk goes on past it). Numbers only: the
        #: garbage collector leaves these tuples alone.
        self._inside: dict[str, tuple[tuple[int, ...], bool]] = {}
        #: Per token key: :meth:`alone` (a memo: a hit is one C-level look-up).
        self._alone = Memo(self._alone_of)
        #: Each set of kinds :meth:`alone` has made, kept once: the memo's values share a few hundred sets.
        self._kind_sets: dict[frozenset[str], frozenset[str]] = {}
        #: Each value :meth:`alone` has made, kept once: most word types share a few thousand values (news-dev:
        #: 28,200 types, 3,100 values), and a tuple of sets is one more object for the garbage collector to visit.
        self._alone_values: dict[tuple, tuple] = {}
        #: Per set of kinds: :meth:`table_of`.
        self._tables: dict[frozenset[str], dict[str, tuple[Entry, ...]]] = {}

    def walk(self, text: str, start: int, kinds: frozenset[str] | None = None
             ) -> Iterator[tuple[int, tuple[Entry, ...]]]:
        """Every ``(end, entries)`` for a phrase key equal to ``text[start:end]``, shortest first; with
        ``kinds``, only the phrases and entries of those kinds (over :meth:`table_of`, whose walk stops as soon
        as no phrase of the kinds goes on)."""
        table = self.root if kinds is None else self.table_of(kinds)
        for end in range(start + 1, len(text) + 1):
            entries = table.get(text[start:end])
            if entries is None:
                return
            if entries:
                yield end, entries

    def table_of(self, kinds: frozenset[str]) -> dict[str, tuple[Entry, ...]]:
        """The flat table (as :attr:`root`) of the phrases of ``kinds`` alone: every prefix of their keys,
        mapped to the entries of ``kinds`` spelled exactly so (an empty tuple for a prefix that is none).
        Built once per set of kinds (the rules ask for a few), linear in the table's size."""
        table = self._tables.get(kinds)
        if table is None:
            table = {}
            for key, entries in self.root.items():
                if not entries or kinds.isdisjoint(self._phrase_kinds[key]):
                    continue  # a prefix of phrases alone, or a phrase of none of the kinds: most keys
                chosen = tuple(e for e in entries if e.kind in kinds)
                if chosen:
                    for end in range(1, len(key)):
                        table.setdefault(key[:end], ())
                    table[key] = chosen
            self._tables[kinds] = table
        return table

    def alone(self, key: str) -> tuple[frozenset[str], tuple[Entry, ...], frozenset[str], frozenset[str]]:
        """For one token ``key``: the characters after it that go on to a longer phrase (none: no phrase goes
        on past it), the entries of the phrases spelled exactly as the key, the kinds of every phrase ending
        inside it or at its end, and the kinds of the former (cached)."""
        return self._alone[key]

    def _alone_of(self, key: str) -> tuple[frozenset[str], tuple[Entry, ...], frozenset[str], frozenset[str]]:
        found: tuple[frozenset[str], tuple[Entry, ...], frozenset[str], frozenset[str]]
        ends = self.inside(key)[0]
        if not ends:  # no phrase ends inside the key: most keys (news-dev: 55% of its word types)
            found = self.followers.get(key, NO_KINDS), (), NO_KINDS, NO_KINDS
        else:
            # the kinds of each phrase ending inside the key, from the table built with the trie
            each = [self._phrase_kinds[key[:end]] for end in ends]
            whole_kinds = each[-1] if ends[-1] == len(key) else NO_KINDS
            kinds = each[0] if len(each) == 1 else self._kinds(each[0].union(*each[1:]))
            found = (self.followers.get(key, NO_KINDS), self.root[key] if whole_kinds else (), kinds,
                     whole_kinds)
        return self._alone_values.setdefault(found, found)

    def _kinds(self, kinds: frozenset[str]) -> frozenset[str]:
        """The one shared set of ``kinds``."""
        return self._kind_sets.setdefault(kinds, kinds) if kinds else NO_KINDS

    def inside(self, key: str) -> tuple[tuple[int, ...], bool]:
        """The walk over one token ``key`` alone (see ``_inside``), cached: :meth:`_inside_in_python`, run by
        its compiled twin (``matcher_native.c``) where that was built."""
        found = self._inside.get(key)
        if found is None:
            compiled = compiled_module(COMPILED)
            found = self._inside_in_python(key) if compiled is None else compiled.inside(self.root, key)
            if len(key) <= _CACHED_KEY_CHARACTERS and len(self._inside) < _CACHE_LIMIT:
                self._inside[key] = found
        return found

    def ends(self, key: str, kinds: frozenset[str]) -> tuple[int, ...]:
        """The ends of the phrases of ``kinds`` that ``key`` starts with, shortest first (``walk(key, 0, kinds)``'s):
        :meth:`_inside_in_python` over :meth:`table_of`, compiled (``matcher_native.c``) where that was built."""
        table = self.table_of(kinds)
        compiled = compiled_module(COMPILED)
        return (self._inside_in_python(key, table) if compiled is None else compiled.inside(table, key))[0]

    def _inside_in_python(self, key: str, table: dict[str, tuple[Entry, ...]] | None = None
                          ) -> tuple[tuple[int, ...], bool]:
        """:meth:`inside` uncached, in Python (the reference twin of the compiled one): the ends of the prefixes
        of ``key`` that are phrase keys of ``table`` (by default :attr:`root`), and whether every prefix is a
        phrase key's prefix (the walk goes on)."""
        table = self.root if table is None else table
        ends: list[int] = []
        for end in range(1, len(key) + 1):
            entries = table.get(key[:end])
            if entries is None:
                return tuple(ends), False
            if entries:
                ends.append(end)
        return tuple(ends), True

    def phrases(self, key: str) -> list[tuple[int, tuple[Entry, ...]]]:
        """``(end, entries)`` of every phrase ending inside ``key`` or at its end, shortest first (:meth:`inside`
        and the entries in the table)."""
        table = self.root
        return [(end, table[key[:end]]) for end in self.inside(key)[0]]
