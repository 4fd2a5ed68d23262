"""One automaton over every lexicon, run over a document's token keys.

The lexicons are compiled once into a character trie over phrase keys
(:mod:`persianews.entities.keys`). A document becomes a :class:`TokenView`: its
tokens' keys concatenated into one string, with line breaks kept as barriers.
Walking the trie from each token start finds every lexicon phrase that begins
there; a match counts only where it ends on a token boundary, except for the
parts of compound names, which may end inside a token (سید|جمالالدین).
The walk is linear in the text length times the longest phrase.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import attrs

from persianews.entities.keys import LINE_BREAK, token_key
from persianews.records import Token

_TERMINAL = "\ue0ff"


@attrs.frozen
class Entry:
    """A lexicon phrase's meaning: what ``kind`` of thing it is, with the row's ``data``."""

    kind: str
    data: Any = None


class Trie:
    """A character trie from phrase keys to the entries that spell them."""

    def __init__(self, items: Iterable[tuple[str, Entry]]):
        self.root: dict = {}
        for key, entry in items:
            if not key:
                continue
            node = self.root
            for char in key:
                node = node.setdefault(char, {})
            node.setdefault(_TERMINAL, []).append(entry)

    def walk(self, text: str, start: int) -> Iterator[tuple[int, list[Entry]]]:
        """Every ``(end, entries)`` for a phrase key equal to ``text[start:end]``, shortest first."""
        node = self.root
        for position in range(start, len(text)):
            node = node.get(text[position])
            if node is None:
                return
            entries = node.get(_TERMINAL)
            if entries:
                yield position + 1, entries


@attrs.frozen
class Match:
    """A lexicon phrase over tokens ``[start, end)`` of a :class:`TokenView`."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        return {entry.kind for entry in self.entries}

    def of(self, kind: str) -> list[Any]:
        return [entry.data for entry in self.entries if entry.kind == kind]


class TokenView:
    """A document's tokens with their keys, and all lexicon matches by start token."""

    def __init__(self, text: str, tokens: tuple[Token, ...], trie: Trie):
        self.text = text
        self.tokens = tokens
        self.keys = [token_key(t.text, t.kind) for t in tokens]
        pieces: list[str] = []
        self.starts: list[int] = []
        self.token_ending: dict[int, int] = {}
        length = 0
        for index, (token, key) in enumerate(zip(tokens, self.keys)):
            if index and "\n" in text[tokens[index - 1].span.end:token.span.start]:
                pieces.append(LINE_BREAK)
                length += 1
            self.starts.append(length)
            pieces.append(key)
            length += len(key)
            self.token_ending[length] = index
        self.compact = "".join(pieces)
        self.trie = trie
        #: Kinds of the phrases starting at each token that end anywhere, inside a token too.
        self.prefix_kinds: list[set[str]] = []
        self.matches: list[list[Match]] = [self._matches_at(i) for i in range(len(tokens))]
        self.kinds_at: list[frozenset[str]] = [frozenset(e.kind for m in found for e in m.entries)
                                               for found in self.matches]

    def __len__(self) -> int:
        return len(self.tokens)

    def _matches_at(self, index: int) -> list[Match]:
        """Token-aligned matches starting at token ``index``, longest first."""
        found = []
        kinds: set[str] = set()
        self.prefix_kinds.append(kinds)
        for end, entries in self.trie.walk(self.compact, self.starts[index]):
            kinds.update(e.kind for e in entries)
            last = self.token_ending.get(end)
            if last is not None:
                found.append(Match(index, last + 1, tuple(entries)))
        found.reverse()
        return found

    def find(self, index: int, kind: str) -> Match | None:
        """The longest match of ``kind`` starting at token ``index``."""
        if 0 <= index < len(self.tokens) and kind in self.kinds_at[index]:
            for match in self.matches[index]:
                if any(entry.kind == kind for entry in match.entries):
                    return match
        return None

    def parts(self, position: int, kinds: frozenset[str]) -> Iterator[tuple[int, list[Entry]]]:
        """Phrases of ``kinds`` starting at compact ``position``, ending anywhere (inside a token too)."""
        for end, entries in self.trie.walk(self.compact, position):
            chosen = [e for e in entries if e.kind in kinds]
            if chosen:
                yield end, chosen

    def key(self, index: int) -> str:
        return self.keys[index] if 0 <= index < len(self.keys) else ""

    def word(self, index: int) -> str:
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def is_word(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].kind == "word"

    def adjacent(self, left: int, right: int) -> bool:
        """Whether token ``right`` follows token ``left`` on the same line."""
        if not (0 <= left < len(self.tokens) and 0 <= right < len(self.tokens)):
            return False
        return "\n" not in self.text[self.tokens[left].span.end:self.tokens[right].span.start]
