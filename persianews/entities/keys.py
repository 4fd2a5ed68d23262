"""Matching keys: spellings that news text varies on fold to one key.

A key drops ZWNJ, diacritics and tatweel, unifies Arabic letter variants
and hamza seats (ئ ؤ أ إ; آ stays: آستان is not استان), collapses runs of ی, so that
رئیس/رییس, بوئین/بویین and رضائی/رضایی share a key. Spaces are not part of a
token's key: the matcher compares concatenated keys, so joined, spaced and
half-spaced compounds (سیدجمالالدین, سید جمال‌الدین) match alike.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import Sequence

import regex

from persianews.native import compiled_module
from persianews.text.bounded_cache import Memo, byte_bounded_cache, memoized
from persianews.text.fold import CharacterFold

_MARKS = "".join(map(chr, [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]))
"""Diacritics and Quranic marks: dropped from keys."""
_LETTERS = CharacterFold({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "ء": None, "\u200c": None, "\u200d": None, "\u0640": None,
    **dict.fromkeys(_MARKS),
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
})
_YEH_RUN = regex.compile("ی{2,}")

#: Words that are never part of a lexicon compound unless the entry spells them as
#: separate words: their keys are marked, so «به شهر» cannot match «بهشهر».
SEPARATE_WORDS = frozenset({"و", "به", "در", "از", "با", "را", "که", "تا", "بر", "این", "آن", "یا", "ها", "های"})
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
#: The keys of separate words as :func:`token_key` gives them (marked), for the rules that read them: و, در,
#: به, با, از, the object marker را (what comes before it is acted on), بر, این, که.
AND, IN, TO, WITH, FROM, OBJECT, ON, THIS, THAT = (
    f"{_MARK_OPEN}{word}{_MARK_CLOSE}" for word in ("و", "در", "به", "با", "از", "را", "بر", "این", "که"))
#: The keys that join the items of a list: «و» and the comma (every comma is keyed «،»).
LIST_JOINERS = frozenset({AND, "،"})
#: The key of a token that no lexicon entry may contain (emoji, links, handles).
OPAQUE = "\ue002"
#: Put between tokens separated by a line break: no match crosses it.
LINE_BREAK = "\n"
_CACHE_BYTES = 16 * 1024 * 1024
"""What the caches of folded words and phrase keys may hold."""
_PUNCTUATION_KEYS = {",": "،", "٬": "،", "–": "-", "—": "-", "ـ": "-"}
COMPILED = "persianews.entities._matcher_native"
"""The matcher's optional compiled module, built from ``matcher_native.c``: the twins of
:func:`python_token_keys` and of ``TokenView._match_all_in_python`` (matcher.py)."""


@memoized()
def fold(text: str) -> str:
    """The folded spelling of a word (no spaces are removed); cached by the word (news repeats its words:
    a hit is one dict look-up, with no Python frame)."""
    return fold_uncached(text)


def fold_uncached(text: str) -> str:
    """:func:`fold` without its memo: for words read once in bulk (a lexicon's rows), which would fill it."""
    folded = _LETTERS(text)
    return _YEH_RUN.sub("ی", folded) if "یی" in folded else folded


def token_key(text: str, kind: str) -> str:
    """The key of one token of the segmenter (``kind`` as :func:`persianews.text.segment.tokenize` gives)."""
    if kind in ("word", "number"):
        key = fold(text)
        return f"{_MARK_OPEN}{key}{_MARK_CLOSE}" if key in SEPARATE_WORDS else key
    if kind == "punct":
        return _PUNCTUATION_KEYS.get(text, text)
    return OPAQUE


def _word_key(word: str) -> str:
    """:func:`token_key` of a word token."""
    return token_key(word, "word")


_WORD_KEYS = Memo(_word_key)
"""The keys of the words seen, by word (bounded by entries; a long word is keyed each time)."""


def token_keys(pieces: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """:func:`token_key` of each token, given the tokens' texts and kinds as parallel lists: a word's key
    is found in the memo of word keys with one C-level look-up (news repeats its words).
    :func:`python_token_keys`, run by its compiled twin (``matcher_native.c``) where that was built and the
    tokens are lists."""
    compiled = compiled_module(COMPILED)
    if compiled is None or type(pieces) is not list or type(kinds) is not list:
        return python_token_keys(pieces, kinds)
    return compiled.token_keys(pieces, kinds, _WORD_KEYS, _PUNCTUATION_KEYS, token_key)


def python_token_keys(pieces: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """:func:`token_keys` in Python (the reference twin of the compiled one)."""
    word_key, punctuation = _WORD_KEYS.__getitem__, _PUNCTUATION_KEYS.get
    return [word_key(piece) if kind == "word"
            else punctuation(piece, piece) if kind == "punct" else token_key(piece, kind)
            for piece, kind in zip(pieces, kinds)]


@byte_bounded_cache(_CACHE_BYTES)
def phrase_key(phrase: str) -> str:
    """The key of a lexicon phrase: its tokens' keys, concatenated (the tokens as
    :func:`~persianews.text.segment.token_lists` gives them: those of ``tokenize``, read by the compiled segmenter)."""
    from persianews.text.segment import token_lists

    _starts, _ends, kinds, pieces = token_lists(phrase)
    return "".join(map(token_key, pieces, kinds))


def phrase_keys(phrases: Sequence[str]) -> list[str]:
    """:func:`phrase_key` of each of ``phrases`` (lexicon cells: none holds a line break), from one pass of the
    segmenter over them all, joined by line breaks (no token crosses white space, so each phrase's tokens are its
    own), and not cached: a lexicon's thousands of phrases, keyed once, in a third of the time of one call each."""
    from persianews.text.segment import token_lists

    text = "\n".join(phrases)
    if text.count("\n") != max(len(phrases) - 1, 0):
        raise ValueError("a phrase to key holds a line break")
    starts, _ends, kinds, pieces = token_lists(text)
    keys = list(map(token_key, pieces, kinds))
    # each phrase's first token: the first token from its offset on (the last entry: past the last token)
    firsts = list(map(functools.partial(bisect.bisect_left, starts),
                      itertools.accumulate((len(phrase) + 1 for phrase in phrases), initial=0)))
    return ["".join(keys[first:after]) for first, after in itertools.pairwise(firsts)]

