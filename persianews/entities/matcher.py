"""A document's tokens and every lexicon match over them (the lexicons' :class:`~persianews.entities.trie.Trie`).

A document becomes a :class:`TokenView`: its tokens' keys concatenated into
one string, with line breaks kept as barriers. Walking the trie from each
token start finds every lexicon phrase that begins there; a match counts only
where it ends on a token boundary, except for the parts of compound names,
which may end inside a token (سید|جمالالدین). The walk inside a token depends
only on the token's key and is cached per key; it goes on into the next
tokens only where the key is the prefix of a longer phrase, a token at a time,
and the walk over the keys of a run of tokens is cached as one key's. A step
that misses the cache walks its run's key from the start again, so the walk is
linear in the text length times the square of the longest phrase (a constant
of the lexicons). The token keys and the walk run compiled where
``matcher_native.c`` was built (the same steps in C; the Python methods here
and in :mod:`~persianews.entities.trie` are the reference twins).
"""

from __future__ import annotations

import bisect
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import Any, Collection, Iterable, Iterator, NamedTuple, Sequence, overload

from persianews.entities.keys import COMPILED, LINE_BREAK, token_keys
from persianews.entities.trie import NO_KINDS, Entry, Trie
from persianews.native import compiled_module
from persianews.records import Token
from persianews.text.segment import line_break_tokens
from persianews.tokens import TokenTable

_NO_MATCHES: tuple = ()


def indexes_of(values: list[str], value: str) -> list[int]:
    """The positions of ``value`` in ``values``, in order: C-level searches (``list.index``) from one
    position to the next, linear in ``values`` and much cheaper than a test per item for a rare value."""
    found: list[int] = []
    index = -1
    try:
        while True:
            index = values.index(value, index + 1)
            found.append(index)
    except ValueError:
        return found


#: Above this many values, :func:`indexes_of_any` tests each item once instead of searching per value.
_FEW_VALUES = 4


def indexes_of_any(values: list[str], wanted: Collection[str]) -> list[int]:
    """The positions in ``values`` of any of ``wanted``, in order: :func:`indexes_of` per value when they are
    few, else one pass testing each item (a list-like document with dozens of wanted types is read once)."""
    if len(wanted) > _FEW_VALUES:
        return list(compress(range(len(values)), map(set(wanted).__contains__, values)))
    return sorted(chain.from_iterable(indexes_of(values, value) for value in wanted))


class Match(NamedTuple):
    """A lexicon phrase over tokens ``[start, end)`` of a :class:`TokenView`."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        """The kinds of the lexicon entries this match found."""
        return {entry.kind for entry in self.entries}

    def of(self, kind: str) -> list[Any]:
        """The data of the entries of one kind."""
        return [entry.data for entry in self.entries if entry.kind == kind]


class TokenMatches(Sequence[tuple[Match, ...]]):
    """The token-aligned matches starting at each token, longest first, built when asked for: most tokens
    have one match only, the phrase spelled exactly as their key, whose tuple would be dropped unread
    (the rules read a few tokens' matches; the tagger reads them all). ``whole``: per token, the entries
    of the phrase spelled as its key; ``past_empty``: the tokens followed by tokens of empty keys (ء) on
    the same line, with the index after the last of those (where the phrase spelled as the key ends; else
    right after the token); ``longer``: the matches of the tokens where a phrase goes on past the token
    (set by :meth:`TokenView._match_all`)."""

    def __init__(self, whole: list[tuple[Entry, ...]], past_empty: dict[int, int]):
        self._whole = whole
        self._past_empty = past_empty
        self.longer: dict[int, tuple[Match, ...]] = {}
        self._longer_tokens: list[int] = []

    def __len__(self) -> int:
        return len(self._whole)

    @overload
    def __getitem__(self, index: int) -> tuple[Match, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[Match, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Match, ...] | list[tuple[Match, ...]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._whole)))]
        entries = self._whole[index]  # raises IndexError outside the tokens
        if index < 0:
            index += len(self._whole)
        found = self.longer.get(index)
        if found is not None:
            return found
        if not entries:
            return _NO_MATCHES
        return (self.spelled_as_key(index),)

    def spelled_as_key(self, index: int) -> Match:
        """The match of the phrase spelled as token ``index``'s key (``0 <= index``, a token with such a
        phrase): it ends with the token, or with the empty-keyed tokens after it."""
        return tuple.__new__(Match, (index, self.key_phrase_end(index), self._whole[index]))

    def key_phrase_end(self, index: int) -> int:
        """Where the phrase spelled as token ``index``'s key would end (``0 <= index``): right after the token,
        or after the empty-keyed tokens that follow it on its line (no match then ends right after it)."""
        return self._past_empty.get(index, index + 1)

    def starting(self, start: int, end: int) -> list[tuple[int, int, tuple[Entry, ...]]]:
        """``(start, end, entries)`` of every phrase starting at a token of ``[start, end)``, token after
        token as indexing gives them, without making their :class:`Match` records (the tagger reads them
        all): :meth:`_starting_in_python`, run by its compiled twin (``matcher_native.c``, linear in the
        tokens of the range) where that was built."""
        reads = self.reads()
        compiled = compiled_module(COMPILED)
        if compiled is None or start < 0:
            return self._starting_in_python(start, end)
        return compiled.starting(*reads, start, end)

    def reads(self) -> tuple[list[tuple[Entry, ...]], dict[int, tuple[Match, ...]], list[int], dict[int, int]]:
        """What the compiled reads of the matches take (:meth:`starting`'s, and the tagger's document pass,
        :meth:`~persianews.entities.tagger_scores.EmissionScorer.document_labels`): ``whole``, ``longer``,
        the tokens of ``longer`` in order, ``past_empty``."""
        if len(self._longer_tokens) != len(self.longer):  # set once _match_all has filled them
            self._longer_tokens = sorted(self.longer)
        return self._whole, self.longer, self._longer_tokens, self._past_empty

    def _starting_in_python(self, start: int, end: int) -> list[tuple[int, int, tuple[Entry, ...]]]:
        """:meth:`starting` in Python (the reference twin of the compiled one): only the tokens with a
        phrase are visited. O(k log k) for k such tokens."""
        whole, longer = self._whole, self.longer
        indexes: Iterable[int] = compress(range(start, end), whole[start:end])
        if longer:
            tokens = self._longer_tokens
            inside = tokens[bisect.bisect_left(tokens, start):bisect.bisect_left(tokens, end)]
            if inside:
                indexes = sorted({*indexes, *inside})
        out: list[tuple[int, int, tuple[Entry, ...]]] = []
        past_empty = self._past_empty.get
        for index in indexes:
            found = longer.get(index)
            if found is not None:
                out += found
            else:  # the phrase spelled as the key, as indexing makes it
                out.append((index, past_empty(index, index + 1), whole[index]))
        return out


class TokenView:
    """A document's tokens with their keys, and all lexicon matches by start token.

    Built from the token lists of a :class:`~persianews.tokens.TokenTable` (or read off any sequence of
    tokens), with list comprehensions over the tokens: the per-token work in Python is a few look-ups.
    """

    def __init__(self, text: str, tokens: Sequence[Token], trie: Trie):
        self.text = text
        self.tokens = tokens
        #: The number of tokens.
        self.n = n = len(tokens)
        if isinstance(tokens, TokenTable) and tokens.text == text:
            offsets, ends, kinds, pieces = tokens.starts, tokens.ends, tokens.kinds, tokens.pieces
        else:
            offsets = [t.span.start for t in tokens]
            ends = [t.span.end for t in tokens]
            kinds = [t.kind for t in tokens]
            pieces = [t.text for t in tokens]
        self.kinds_of = kinds
        #: Each token's start and end in the text, and its text.
        self.offsets = offsets
        self.ends = ends
        self.pieces = pieces
        self.keys = keys = token_keys(pieces, kinds)
        breaks = sorted(line_break_tokens(text, offsets))
        #: For each token, whether it follows the previous token on the same line.
        self.same_line = same_line = [True] * n
        if n:
            same_line[0] = False
        for index in breaks:
            same_line[index] = False
        # The keys of each line's tokens concatenated, lines joined by LINE_BREAK (no match crosses it):
        # the last key of a line carries the break.
        keyed = keys.copy()
        for index in breaks:
            keyed[index - 1] += LINE_BREAK
        self.compact = "".join(keyed)
        bounds = list(accumulate(map(len, keyed), initial=0))
        #: Each token's start in ``compact``.
        self.starts: list[int] = bounds[:-1]
        #: Each token's end in ``compact``, ascending (an empty key ends where it starts).
        self.compact_ends = compact_ends = bounds[1:]
        for index in breaks:
            compact_ends[index - 1] -= len(LINE_BREAK)
        self.trie = trie
        #: Kinds of the phrases starting at each token that end anywhere, inside a token too.
        self.prefix_kinds: list[frozenset[str]] = []
        self.matches: TokenMatches
        #: Kinds of the token-aligned matches starting at each token.
        self.kinds_at: list[frozenset[str]] = []
        self._match_all(compact_ends)
        self._having: dict[str, list[int]] = {}
        self._by_kinds: dict[frozenset[str], list[int]] | None = None
        self._types: frozenset[str] | None = None

    def __len__(self) -> int:
        return self.n

    def _match_all(self, compact_ends: list[int]) -> None:
        """Token-aligned matches starting at each token, longest first, and the kinds of every phrase
        starting there (``compact_ends``: each token's end in ``compact``): :meth:`_match_all_in_python`, run
        by its compiled twin (``matcher_native.c``) where that was built, with the same results."""
        compiled = compiled_module(COMPILED)
        if compiled is None:
            self._match_all_in_python(compact_ends)
            return
        trie = self.trie
        whole, self.prefix_kinds, self.kinds_at, longer = compiled.match_all(
            self.keys, self.compact, self.starts, compact_ends, self.same_line, trie._alone, trie._inside,
            trie.inside, trie.root, Match, NO_KINDS)
        self.matches = TokenMatches(whole, self._past_empty())
        self.matches.longer = longer

    def _match_all_in_python(self, compact_ends: list[int]) -> None:
        """:meth:`_match_all` in Python (the reference twin of the compiled one).

        What a token alone gives is cached per key (:meth:`Trie.alone`, :meth:`Trie.inside`) and taken with
        list comprehensions; only where the key and the character after it are the prefix of a longer
        phrase does the walk go on past the token, over the keys of the next tokens on its line, one token
        at a time (the walk over a run of keys is cached as a key's: :meth:`Trie.inside`)."""
        compact, keys, starts, token_ending = self.compact, self.keys, self.starts, self.token_ending_at
        inside, table, same_line, final = self.trie.inside, self.trie.root, self.same_line, self.n - 1
        found = list(map(self.trie._alone.__getitem__, keys))
        tokens = range(self.n)
        # the fields of Trie.alone: followers, entries, kinds, aligned kinds
        self.prefix_kinds = prefix_kinds = list(map(itemgetter(2), found))
        self.kinds_at = kinds_at = list(map(itemgetter(3), found))
        self.matches = TokenMatches(list(map(itemgetter(1), found)), self._past_empty())
        longer_matches, new_match = self.matches.longer, tuple.__new__
        for index in compress(tokens, map(itemgetter(0), found)):
            if compact[compact_ends[index]:compact_ends[index] + 1] not in found[index][0]:
                continue
            start = starts[index]
            # The character after the key goes on, so the next token is on the same line.
            walked = ""
            ends: tuple[int, ...] = ()
            following, going = index, True
            while going and following < final and same_line[following + 1]:
                following += 1
                walked = compact[start:compact_ends[following]]
                ends, going = inside(walked)
            if not ends or ends[-1] <= len(keys[index]):
                continue  # no phrase longer than the token
            phrases = [(end, table[walked[:end]]) for end in ends]
            prefix_kinds[index] = frozenset(e.kind for _end, entries in phrases for e in entries)
            aligned = []
            for end, entries in reversed(phrases):
                last = token_ending(start + end)
                if last is not None:
                    aligned.append(new_match(Match, (index, last + 1, entries)))
            longer_matches[index] = tuple(aligned)
            kinds_at[index] = frozenset(e.kind for m in aligned for e in m.entries) if aligned else NO_KINDS

    def _past_empty(self) -> dict[int, int]:
        """The tokens followed on their line by tokens of empty keys, each with the index after the last of
        those (see :class:`TokenMatches`); only the rare empty keys are visited."""
        past: dict[int, int] = {}
        if "" in self.keys:
            same_line = self.same_line
            for index in reversed([i for i, key in enumerate(self.keys) if not key]):
                if same_line[index]:  # it ends where the token before ends
                    past[index - 1] = past.get(index, index + 1)
        return past

    def token_ending_at(self, position: int) -> int | None:
        """The token ending at ``position`` of ``compact`` (the last one, after empty keys), or None when no
        token ends there. O(log n)."""
        ends = self.compact_ends
        index = bisect.bisect_right(ends, position) - 1
        return index if index >= 0 and ends[index] == position else None

    def having(self, kind: str) -> list[int]:
        """The tokens where a token-aligned match of ``kind`` starts, in order (cached for the rules that ask
        again). The tokens where some match starts are grouped once by their set of kinds (a document holds
        a few dozen such sets, shared by the trie); each kind then joins the groups whose set holds it:
        linear in the tokens, with one pass in Python for all the kinds asked."""
        found = self._having.get(kind)
        if found is None:
            groups = self._by_kinds
            if groups is None:
                groups = self._by_kinds = {}
                kinds_at = self.kinds_at
                for index in compress(range(self.n), kinds_at):
                    group = groups.get(kinds_at[index])
                    if group is None:
                        groups[kinds_at[index]] = [index]
                    else:
                        group.append(index)
            holding = [group for kinds, group in groups.items() if kind in kinds]
            found = holding[0].copy() if len(holding) == 1 else sorted(chain.from_iterable(holding))
            self._having[kind] = found
        return found

    @property
    def types(self) -> frozenset[str]:
        """The distinct token keys (the word types) of the document, made once: the rules test a property
        per type, then pick the tokens of the few types that have it (:func:`indexes_of`)."""
        if self._types is None:
            self._types = frozenset(self.keys)
        return self._types

    def tokens_of_types(self, wanted: Collection[str]) -> list[int]:
        """The tokens whose key is one of ``wanted``, in order: the document's word types (:attr:`types`) that
        are wanted, then their tokens (:func:`indexes_of_any`)."""
        return indexes_of_any(self.keys, self.types.intersection(wanted))

    def types_ending_with(self, endings: Iterable[str]) -> set[str]:
        """The distinct token keys that end with one of ``endings`` (non-empty strings without a line break):
        each ending searched for in ``compact`` (C-level) where it ends a token's key, rather than each word
        type tested. Linear in ``compact`` per ending, plus a binary search per occurrence."""
        compact, starts, ends, keys = self.compact, self.starts, self.compact_ends, self.keys
        found = set()
        for ending in endings:
            position = compact.find(ending)
            while position >= 0:
                end = position + len(ending)
                index = bisect.bisect_left(ends, end)  # the first token ending there (empty keys follow it)
                if index < self.n and ends[index] == end and starts[index] <= position:
                    found.add(keys[index])
                position = compact.find(ending, position + 1)
        return found

    def has(self, index: int, kinds: frozenset[str]) -> bool:
        """Whether a token-aligned match of one of ``kinds`` starts at token ``index`` (no match is built)."""
        return 0 <= index < self.n and not kinds.isdisjoint(self.kinds_at[index])

    def find(self, index: int, kind: str) -> Match | None:
        """The longest match of ``kind`` starting at token ``index``."""
        if 0 <= index < self.n and kind in self.kinds_at[index]:
            longer = self.matches.longer.get(index)
            if longer is None:  # the one match, spelled as the key, holds ``kind`` (kinds_at says so)
                return self.matches.spelled_as_key(index)
            for match in longer:
                for entry in match.entries:
                    if entry.kind == kind:
                        return match
        return None

    def parts(self, position: int, kinds: frozenset[str]) -> Iterator[tuple[int, tuple[Entry, ...]]]:
        """Phrases of ``kinds`` starting at compact ``position``, ending anywhere (inside a token too), with
        their entries of ``kinds``."""
        return self.trie.walk(self.compact, position, kinds)

    def key(self, index: int) -> str:
        """The lookup key of token ``index`` ("" outside the text)."""
        return self.keys[index] if 0 <= index < self.n else ""

    def word(self, index: int) -> str:
        """The text of token ``index`` ("" outside the text)."""
        return self.pieces[index] if 0 <= index < self.n else ""

    def is_word(self, index: int) -> bool:
        """Whether token ``index`` exists and is a word (not punctuation, number …)."""
        return 0 <= index < self.n and self.kinds_of[index] == "word"

    def adjacent(self, left: int, right: int) -> bool:
        """Whether token ``right`` follows token ``left`` on the same line."""
        if not (0 <= left < self.n and 0 <= right < self.n):
            return False
        if right == left + 1:
            return self.same_line[right]
        return "\n" not in self.text[self.ends[left]:self.offsets[right]]
