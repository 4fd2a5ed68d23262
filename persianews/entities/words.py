"""What a single word is: a function word, a verb form, a dictionary word, a surname-shaped word."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from persianews.entities import lexicons
from persianews.entities.keys import SEPARATE_WORDS, fold
from persianews.native import compiled_module
from persianews.text.bounded_cache import Memo, byte_bounded_cache, memoized

_FUNCTION_TAGS = frozenset({"P", "POSTP", "CONJ", "PRO", "DET", "ADV", "NUM", "RES", "CL", "INT", "PREP", "V"})
_CONTENT_TAGS = frozenset({"N", "AJ"})
_MIN_PART = 3
_CACHE_BYTES = 16 * 1024 * 1024
"""What each cache of word analyses of two arguments may hold."""
_MEMO_ENTRIES = 32_768
_MEMO_KEY_CHARACTERS = 32
"""What one generation of each cache of a word's analysis holds: entries, of keys this long at most (a longer
word is analysed again each time): about as many bytes as :data:`_CACHE_BYTES`."""


def plain(key: str) -> str:
    """A token key without the separate-word markers."""
    return key.strip("\ue000\ue001")


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_stop(key: str) -> bool:
    """A function word, pronoun, date word or separate word, or a preposition written joined to a stop
    word (:func:`is_joined_preposition`): never part of a name."""
    return _analyses(key)[3]


#: What :func:`_analyses` gives a word: its :func:`tags`, :func:`frequency`, :func:`is_given_name`, :func:`is_stop`,
#: :func:`is_detached_suffix`, :func:`surname_suffix`, :func:`inflected`, :func:`is_compound` and :func:`surname_class`.
Analyses = tuple[frozenset[str], int, bool, bool, bool, str | None, str | None, bool, str | None]
#: The compiled module of :func:`_analyses` (``words_native.c``).
COMPILED = "persianews.entities._words_native"


def _analyses(key: str) -> Analyses:
    """The analyses of a word (:data:`Analyses`), computed together and stored in each one's memo: the tagger asks
    them all of every word type and the rules most of them, so a new word costs one memo miss, and its plain key
    and look-ups are made once. :func:`_analyses_in_python`, run by its compiled twin (``words_native.c``) where
    that was built, with the same values."""
    compiled = compiled_module(COMPILED)
    found: Analyses = _analyses_in_python(key) if compiled is None else compiled.analyses(_native_tables(), key)
    for memo, value in zip(_ANALYSED, found):
        memo.put(key, value)
    return found


def _analyses_in_python(key: str) -> Analyses:
    """:func:`_analyses` uncached, in Python (the reference twin of the compiled one)."""
    word = plain(key)
    dictionary = lexicons.dictionary()
    found = dictionary.tags(word)
    stop = word in SEPARATE_WORDS or key in lexicons.context("stop") or is_joined_preposition(key)
    detached = lexicons.context("surname_suffix").get(word) == _DETACHED
    suffix, inflection, compound = _surname_suffix_of(word), _inflection_of(word), _compound(word)
    return (found, dictionary.freq.get(word, 0), word in lexicons.given_name_keys(), stop, detached, suffix,
            inflection, compound, _surname_class_of(key, word, found, stop, detached, suffix, inflection, compound))


PREPOSITIONS = frozenset("در با از به برای طی ضمن بر درباره توسط نزد میان بین علیه".split())
"""Simple prepositions written apart: a noun right after one is its object, no clause's subject."""
COPULAS = frozenset("است بود هست نیست نبود".split())
"""Copulas, which the dictionary does not tag as verbs: words before a cue that hold one after their first are a
clause («جالب است آقایان …», «گفتنی است …»), no subject; one after an adjective makes it a predicate (… مکلف است)."""
_JOINED_PREPOSITIONS = ("در", "به", "با", "از", "بر")
_MIN_JOINED_REST = 4
"""The shortest stop word a joined preposition may carry (not بهروز, بهداد: به + a three-letter word)."""


def preposition_joined_to(key: str, rest: Callable[[str], bool]) -> bool:
    """Whether ``key`` is a simple preposition written joined to a word of four letters or more that ``rest``
    accepts (در + خصوص, با + توجه, در + قامت): the one reading of a preposition glued to the word it governs."""
    word = plain(key)
    return word.startswith(_JOINED_PREPOSITIONS) and any(  # one C test first: most words start with none
        word.startswith(p) and len(word) - len(p) >= _MIN_JOINED_REST and rest(word[len(p):])
        for p in _JOINED_PREPOSITIONS)


def glued_to_preposition(key: str) -> bool:
    """A word the dictionary does not know made of a simple preposition and a dictionary word of four letters or more
    (درقامت: در + قامت; not دریافت), as a copy without spaces writes it."""
    return not in_dictionary(plain(key)) and preposition_joined_to(key, in_dictionary)


def ezafe_after_vowel(key: str) -> bool:
    """A dictionary word ending in «ا» or «و» with the «ی» of the ezafe after it (ادعای, بازوی): the word governs
    the next one, no name ends there."""
    word = plain(key)
    return word.endswith(("ای", "وی")) and in_dictionary(word[:-1])


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_joined_preposition(key: str) -> bool:
    """A preposition written joined to a stop word of four letters or more, the two a compound
    preposition (درخصوص, درمورد, ازجمله): never a surname. Cached: the people rules ask it of the word after
    each name candidate, and :func:`is_stop` of each word it has not seen."""
    return preposition_joined_to(key, lexicons.context("stop").__contains__)


def is_adjective(key: str) -> bool:
    """A frequent adjective the dictionary lacks (اسلامی, ایرانی): never a surname."""
    return key in lexicons.context("adjective")


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def tags(key: str) -> frozenset[str]:
    """The dictionary's POS tags of a word (empty when it is not in the dictionary)."""
    return _analyses(key)[0]


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_verb(key: str) -> bool:
    """Whether the dictionary tags ``key`` as a verb."""
    return _verb_tags(tags(key))


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_function_word(key: str) -> bool:
    """A dictionary word with no noun or adjective reading, or a stop word."""
    return is_stop(key) or _function_tags(tags(key))


def _verb_tags(found: frozenset[str]) -> bool:
    """Whether dictionary tags ``found`` hold a verb reading."""
    return "V" in found


def _function_tags(found: frozenset[str]) -> bool:
    """Whether dictionary tags ``found`` are a word's with no noun or adjective reading."""
    return bool(found) and not (found & _CONTENT_TAGS)


def is_light_verb(key: str) -> bool:
    """A verb form that is also a noun (داد, نمود, داشت): a verb right after a noun (خبر داد, اعلام نمود, حضور
    داشت)."""
    return plain(key) in lexicons.context("light_verb")


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def verb_after_noun(key: str) -> bool:
    """Whether ``key`` may be the verb of a compound verb with the word before it: a verb form or a light
    verb (خبر | داد), not a verb of saying (استان فارس | گفت)."""
    return (is_verb(key) or is_light_verb(key)) and not is_speech_verb(key)


def is_speech_verb(key: str) -> bool:
    """A verb of saying (گفت, افزود, نوشت): the word before it is its subject, never its nominal part."""
    return plain(key) in lexicons.context("speech_verb")


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def frequency(key: str) -> int:
    """The dictionary's corpus frequency of a word (0 when unknown)."""
    return _analyses(key)[1]


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def in_dictionary(key: str) -> bool:
    """Whether ``key`` is a word of the dictionary."""
    return bool(tags(key))


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_compound(key: str) -> bool:
    """Two dictionary words written together (مردمیسازی, گفتمانسازی): not a name, unless the second
    is a surname ending (صالح‌پور)."""
    return _analyses(key)[7]


def _compound(word: str) -> bool:
    """:func:`is_compound` of a plain key."""
    masks, content, content_or_plural = _content_masks()
    lookup = masks.get
    suffixes = lexicons.context("surname_suffix")
    longest = lexicons.dictionary().longest
    # Both parts are dictionary words, so no part is longer than the longest one: O(longest²) per word.
    for cut in range(max(_MIN_PART, len(word) - longest), min(len(word) - _MIN_PART, longest) + 1):
        right = word[cut:]
        # a noun or adjective, then a noun, adjective or plural; not صالح|پور, a surname
        if lookup(word[:cut], 0) & content and lookup(right, 0) & content_or_plural and right not in suffixes:
            return True
    return False


@functools.cache
def _content_masks() -> tuple[dict[str, int], int, int]:
    """The dictionary's key → tag bits, the bits of a noun or adjective, and those bits with a plural's."""
    dictionary = lexicons.dictionary()
    return dictionary.masks, dictionary.mask(_CONTENT_TAGS), dictionary.mask(_CONTENT_TAGS | {"PL"})


_INFLECTIONS = ("هایشان", "هایمان", "هایش", "هایی", "های", "ها", "ترین", "تر", "ات", "اش", "یش", "ش", "ست", "ان", "ین",
                "مان", "تان", "شان")
_YEH_ENDINGS = ("ای", "ی")
_NOT_INFLECTED = "یان"
"""The ending of a plural that :func:`inflected` leaves to the ی reading (ایرانیان)."""
_MIN_SURNAME = 3
_DETACHED = "detached"
"""The value of a surname ending written as its own word in the lexicon (:func:`is_detached_suffix`)."""
_ARTICLE, _ARTICLE_PLURALS = "ال", ("ین", "ون")
"""An Arabic plural with the article (المؤمنین): never a surname."""


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def inflected(key: str) -> str | None:
    """How a word is a dictionary word plus an ending: ``"plural"`` (ها, ترین, ش …), ``"yeh"``
    (a relational or indefinite ی: ملتی, توجهی, and many surnames: فضلی) or None."""
    return _analyses(key)[6]


def _inflection_of(word: str) -> str | None:
    """:func:`inflected` of a plain key."""
    masks, content, _ = _content_masks()
    lookup = masks.get

    def known(stem: str) -> bool:
        return len(stem) >= 2 and bool(lookup(stem, 0) & content)

    # the endswith of all the endings at once first: most words have none
    if word.endswith(_INFLECTIONS) and not word.endswith(_NOT_INFLECTED) \
            and any(word.endswith(e) and known(word[: -len(e)]) for e in _INFLECTIONS):
        return "plural"
    if word.endswith(_YEH_ENDINGS) and any(word.endswith(e) and known(word[: -len(e)]) for e in _YEH_ENDINGS):
        return "yeh"
    return None


_HEH_PLURAL = "گان"
"""The plural ending of a noun that ends in ه, which it drops (فرستاده → فرستادگان)."""
_MIN_HEH_STEM = 3
"""The shortest stem of such a plural, its ه aside (not ری|گان, ریگان: a name, though ریه is a noun)."""


def is_heh_plural(key: str) -> bool:
    """A plural in «گان» of a dictionary noun ending in ه (فرستادگان, نمایندگان, رزمندگان), which the dictionary
    does not list; not a given name (مژگان)."""
    word = plain(key)
    stem = word[: -len(_HEH_PLURAL)]
    return word.endswith(_HEH_PLURAL) and len(stem) >= _MIN_HEH_STEM and "N" in tags(stem + "ه") \
        and not is_given_name(key)


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def surname_suffix(key: str) -> str | None:
    """The surname ending a word has (ی, زاده, پور, نیا …), the longest first."""
    return _analyses(key)[5]


def _surname_suffix_of(word: str) -> str | None:
    """:func:`surname_suffix` of a plain key."""
    suffixes = _surname_suffixes()
    if not word.endswith(suffixes):  # most words have none: all the endswith at once
        return None
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            return suffix
    return None


@functools.cache
def _surname_suffixes() -> tuple[str, ...]:
    """The surname endings, the longest first."""
    return tuple(sorted(lexicons.context("surname_suffix"), key=len, reverse=True))


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_detached_suffix(key: str) -> bool:
    """A surname ending written as its own word (حسن زاده, علی پور)."""
    return _analyses(key)[4]


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_given_name(key: str) -> bool:
    """Whether ``key`` is a known given name."""
    return _analyses(key)[2]


def is_frequent_given_name(key: str) -> bool:
    """A frequent given name that is not an ordinary word (علی, حسین): not a surname."""
    return plain(key) in lexicons.frequent_given_names()




@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def surname_class(key: str) -> str | None:
    """What a word is as a surname: ``unknown`` (a word the dictionary does not explain), ``yeh`` (a noun
    + ی: فضلی, حسینی), ``compound`` (two words run together: نیک‌فرجام), ``word`` (a dictionary word:
    ظریف), or None (never a surname: function words, verbs, adjectives, frequent given names, plurals,
    Arabic plurals with ال, words shorter than three letters)."""
    return _analyses(key)[8]


_ANALYSED: tuple[Memo, ...] = (tags, frequency, is_given_name, is_stop, is_detached_suffix,  # type: ignore[assignment]
                               surname_suffix, inflected, is_compound, surname_class)
"""The memos :func:`_analyses` fills, in the order of its values."""


def _surname_class_of(key: str, word: str, found: frozenset[str], stop: bool, detached: bool, suffix: str | None,
                      inflection: str | None, compound: bool) -> str | None:
    """:func:`surname_class` of ``key`` (``word`` without its markers) from its other analyses."""
    if len(word) < _MIN_SURNAME or word.startswith(_ARTICLE) and word.endswith(_ARTICLE_PLURALS) or stop:
        return None
    if _verb_tags(found) or "PL" in found or _function_tags(found) or detached or is_adjective(key) \
            or word in lexicons.frequent_given_names():
        return None
    if not found:
        return None if inflection == "plural" else "compound" if compound else inflection or "unknown"
    return "yeh" if suffix else "word"


@functools.cache
def _native_tables() -> tuple[Any, ...]:
    """What the compiled :func:`_analyses` reads (``words_native.c``'s order): the dictionary's tables, the lexicons'
    sets, the endings, the sizes and the values its analyses are made of."""
    dictionary = lexicons.dictionary()
    _, content, content_or_plural = _content_masks()
    return (dictionary.masks, dictionary.freq, dictionary.sets, frozenset(), lexicons.given_name_keys(), SEPARATE_WORDS,
            lexicons.context("stop"), lexicons.context("surname_suffix"), _surname_suffixes(),
            lexicons.context("adjective"), lexicons.frequent_given_names(),
            (dictionary.mask({"V"}), dictionary.mask({"PL"}), content, content_or_plural), dictionary.longest,
            _INFLECTIONS, _NOT_INFLECTED, _YEH_ENDINGS, _JOINED_PREPOSITIONS, (_MIN_JOINED_REST, _MIN_PART, _MIN_SURNAME),
            _ARTICLE, _ARTICLE_PLURALS, _DETACHED, ("plural", "yeh", "compound", "unknown", "word"))


HEH_YEH_ENDING = "ه\u200cای"
"""The ending of the words :func:`heh_yeh_surname` may read as surnames (a silent ه and a half-spaced ای)."""


@byte_bounded_cache(_CACHE_BYTES)
def heh_yeh_surname(word: str, places: bool = False) -> str | None:
    """``yeh`` for a word written with a silent ه and a half-spaced ای after a stem the dictionary does not
    know, or with ``places`` a place (زواره‌ای, ساوه‌ای: a demonym too, so only after a given name): its key is
    that of a plural (زوار + های), its spelling a surname's. A dictionary noun + ای is an indefinite
    (نامه‌ای), never a surname here."""
    if not word.endswith(HEH_YEH_ENDING) or len(word) < 6:
        return None
    key, stem = fold(word), fold(word[:-3])
    if tags(key) or is_stop(key) or is_verb(key) or is_adjective(key) or is_function_word(key) \
            or surname_class(stem) is None or not places and is_place_adjective(stem + "ی") \
            or in_dictionary(stem) and not (places and is_place_adjective(stem + "ی")):
        return None
    return "yeh"


@memoized(_MEMO_ENTRIES, _MEMO_KEY_CHARACTERS)
def is_place_adjective(key: str) -> bool:
    """A place name + ی (رفسنجانی, شیرازی): a surname part even where the dictionary knows it."""
    word = plain(key)
    if not word.endswith("ی"):
        return False
    stem = word[:-1]
    return any(e.kind == "place" for end, entries in lexicons.trie().walk(stem, 0) if end == len(stem)
               for e in entries)
