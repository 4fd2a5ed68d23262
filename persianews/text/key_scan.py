"""Where a key of a word list may start in a text, one pass over the text: what the quote cues' finder
(:meth:`persianews.quotes.cues.CueLexicon.find`) and the glued-word splitter (:mod:`persianews.text.glued`) read.

A key (a folded form: no spaces or ZWNJs) starts after a character that is not one of the letters given as standing
inside a word, and its letters may have spaces and ZWNJs between them. :class:`KeyScanner` finds every such
position: with one ``re`` pattern of the keys as a trie, tried at every position (the reference), or with its
compiled twin (``key_scan_native.c``) where that was built, with the same results: one pass over the text in C
rather than ``re``'s try of the trie at every space (the scan was about half of the cue finder's time).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import regex

from persianews.native import compiled_module

COMPILED = "persianews.text._key_scan_native"
_JOINT = "[ \u200c]*+"
"""What may stand between two letters of a form's key in the text: the spaces between its words and the
ZWNJs inside them (a key has neither)."""


@attrs.frozen
class KeyScanner:
    """The keys' starts in a text: :meth:`starts`."""

    source: str
    """The regex source of :attr:`pattern`."""
    trie: Any = attrs.field(eq=False, repr=False)
    """The compiled twin's trie of the keys, or None where it was not built."""

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The character before the letters of some key (a word's start or not), none inside a word: searched in the
        text after one space, so that a match's start is where the key starts in the text. A pattern that opens with a
        character class lets ``re`` skip to where one stands (most characters are letters inside words); one that
        opens with a look-behind tries every position. Compiled on first use: the compiled twin never reads it (the
        cue lexicon's took about 0.02 CPU s to compile)."""
        return re.compile(self.source)

    def starts(self, text: str) -> list[int]:
        """Every position where :attr:`pattern` matches in ``text``, in order (by the compiled twin where it was
        built)."""
        compiled = compiled_module(COMPILED)
        if compiled is None or self.trie is None:
            return self.python_starts(text)
        return compiled.key_starts(self.trie, text)

    def python_starts(self, text: str) -> list[int]:
        """:meth:`starts` in Python (the reference twin of the compiled one): :attr:`pattern` searched from each
        position after the last match's start."""
        found = []
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            found.append(match.start())
            position = match.start() + 1
        return found


def trie_of(keys: Iterable[Sequence[str]]) -> dict[str, dict]:
    """The keys (each a sequence of pieces: letters, or a pattern's pieces) as a trie of nested dicts, ``""`` in
    a node where a key ends."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for piece in key:
            node = node.setdefault(piece, {})
        node[""] = {}
    return trie


def key_scanner(keys: Iterable[str], inside_word: str) -> KeyScanner:
    """The scanner of ``keys``: a key starts after any character but the letters of ``inside_word`` (of
    U+0600-U+06FF; none: after any character)."""
    trie = trie_of(keys)
    compiled = compiled_module(COMPILED)
    return KeyScanner(_starts_pattern(trie, inside_word),
                      None if compiled is None else compiled.compile_trie(*flat_trie(trie), inside_word))


def inside_letters(word: regex.Pattern[str]) -> str:
    """The letters of U+0600-U+06FF that ``word`` matches (a character inside a word), «و» aside (a glued «و»)."""
    return "".join(letter for letter in map(chr, range(0x600, 0x700))
                   if letter != "و" and word.fullmatch(letter) is not None)


def _starts_pattern(trie: dict[str, dict], inside_word: str) -> str:
    """A regex source that finds where any key of ``trie`` starts, with a ``_JOINT`` between two letters: the
    trie, each key cut at the first key it continues (one that matches wherever it does), after a character
    that is not in ``inside_word``: see :attr:`KeyScanner.pattern`."""
    def alternatives(node: dict[str, dict]) -> str:
        return "|".join(re.escape(letter) + after(node[letter]) for letter in sorted(node) if letter)

    def after(node: dict[str, dict]) -> str:
        return "" if "" in node else f"{_JOINT}(?:{alternatives(node)})"

    before = f"[^{inside_word}]" if inside_word else "(?s:.)"
    return f"{before}(?:{alternatives(trie)})"


def flat_trie(trie: dict[str, dict]) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """``trie`` as the compiled twin reads it: each node's first edge, number of edges and whether a key ends there
    (a node where one ends keeps no edges: the key is cut there, as in the pattern); each edge's letter (a code
    point) and node. The root is node 0."""
    first: list[int] = []
    count: list[int] = []
    terminal: list[int] = []
    letters: list[int] = []
    targets: list[int] = []
    nodes = [trie]
    for node in nodes:  # breadth first: the list grows as it is read
        first.append(len(letters))
        terminal.append(int("" in node))
        edges = [] if "" in node else sorted(letter for letter in node if letter)
        count.append(len(edges))
        for letter in edges:
            letters.append(ord(letter))
            targets.append(len(nodes))
            nodes.append(node[letter])
    return first, count, terminal, letters, targets
