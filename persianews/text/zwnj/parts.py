"""Half-spaces inside a word that part nothing: after a letter that never joins forward (ا د ر و …), in a
word that reads as a word without them (د‌ر, اند‌ازه, شد‌ه, کاند‌ید‌اها). One stays where a suffix follows
(کشور‌ها), where it parts two words (بر‌اساس, or an Arabic phrase's: علیهما‌السلام; a half-space for a space), and where the restoration would
join the pieces written apart (کار‌آفرینی), so that normalizing twice changes nothing more."""

from __future__ import annotations

import functools
import re

from persianews.text.zwnj.lexicon import (
    COPULA_CLITICS, HA_SUFFIXES, LETTERS, LONGEST_WORD, NON_JOINING, PARTICIPLE_CLITICS, PLURAL_CLITICS,
    POSSESSIVE_CLITICS, TAR_SUFFIXES, ZWNJ,
)
from persianews.text.zwnj.restoration import analysable, half_space_edits, known_word

# Opens with the half-space itself, for speed (``re`` skips to it; a look-behind first is tried at every position).
_AFTER_NON_JOINER = re.compile(f"{ZWNJ}(?<=[{''.join(sorted(NON_JOINING))}]{ZWNJ}){ZWNJ}*(?=[{LETTERS}])")
_PIECE_BEFORE = re.compile(f"[{LETTERS}]+$")
_PIECE_AFTER = re.compile(f"[{LETTERS}]+")
_WORD_BEFORE = re.compile(f"[{LETTERS}{ZWNJ}]+$")
_WORD_AFTER = re.compile(f"[{LETTERS}{ZWNJ}]*")
_NEXT_WORD = re.compile(f" +[{LETTERS}{ZWNJ}]+")
_ARTICLE = "ال"  # an Arabic phrase's second word (علیهما‌السلام, دار‌الحکومه): a half-space for a space
_SUFFIXES = frozenset((*HA_SUFFIXES, *TAR_SUFFIXES, *POSSESSIVE_CLITICS, *COPULA_CLITICS, *PARTICIPLE_CLITICS,
                      *PLURAL_CLITICS, "ای", "ایی", "یی"))
"""What a half-space after a non-joining letter may part from its stem (کشور‌ها، آزاد‌تر، آمریکا‌یی)."""


def _word(piece: str) -> bool:
    return len(piece) > 1 and known_word(piece)


@functools.lru_cache(maxsize=4096)
def _joined(left: str, right: str) -> bool:
    """Whether the restoration joins ``left right`` (``right`` with the word after it: a participle head
    joins before a noun) with a half-space."""
    return (len(left), len(left) + 1, ZWNJ) in half_space_edits(f"{left} {right}")


@functools.lru_cache(maxsize=4096)
def _reads_joined(word: str) -> bool:
    return analysable(word.replace(ZWNJ, ""))


def idle_joiners(text: str) -> dict[int, int]:
    """The runs of half-spaces of ``text`` (start → end) that follow a non-joining letter inside a word that
    reads as a word without its half-spaces, and part neither a suffix from its stem, nor two words (or an Arabic
    article's word from the word before it), nor two pieces that the restoration joins when written apart."""
    idle = {}
    for m in _AFTER_NON_JOINER.finditer(text):
        start, end = m.span()
        after = _PIECE_AFTER.match(text, end, end + LONGEST_WORD)
        before = _PIECE_BEFORE.search(text, max(0, start - LONGEST_WORD), start)
        if (not after or not before or after.group() in _SUFFIXES or after.group().startswith(_ARTICLE)
                or _word(before.group()) and _word(after.group())):
            continue
        following = _NEXT_WORD.match(text, after.end(), after.end() + LONGEST_WORD)
        if _joined(before.group(), after.group() + (following.group() if following else "")):
            continue
        head = _WORD_BEFORE.search(text, max(0, start - LONGEST_WORD), start)
        tail = _WORD_AFTER.match(text, end, end + LONGEST_WORD)
        if head and tail and _reads_joined(head.group() + tail.group()):
            idle[start] = end
    return idle
