"""Spaces lost between a word and the title, reporting verb or preposition after it.

Some copies of news lose spaces: a surname runs into the title after it («…احمدیسخنگوی»), a name into
its reporting verb («…احمدیگفت»), a pronoun into the next word («ویافزود»). A word split wherever its
two parts are dictionary words misfires on compounds and suffixed words, so the split here is certain
only: a word that no lexicon knows is split where its left part is a name the text uses — written alone
elsewhere in the text, and a frequent given name, or written after one somewhere, or the word itself follows
one — or is the pronoun «وی» or «او», and its right part is a title head, a reporting verb or «در» (a closed
list). A left part that the text writes alone but no given name marks as a name is left whole: a heading's last
word glued to the paragraph after it («…مصارفرئیس دیوان …») is :mod:`persianews.quotes.glued_headings`' to read,
a space there would join the heading to the paragraph's subject. Linear in the text: the closed words' starts are
found in one pass (:mod:`persianews.text.key_scan`, compiled where it was built); only a text with a glued
candidate is read word by word.

A citing phrase loses its spaces too («به گزارشمهربه نقل از …», «به گزارش خبرگزاری مهربه نقل از …»): after
«به گزارش» the word run into it is split off when it is an outlet's name or type word (its first word as
``organizations.tsv`` lists agencies and media, or an outlet word of ``entity_context.tsv``), and a word of the
next three that runs into the «به» of «به نقل از» is split before it when no lexicon knows it whole; a one-word
agency or media name run into «به نقل از» after it (به نقل ازرویترز) is split off too.

A subheading glued to the paragraph it heads, a name written twice with its last word run into its first
(«مینا سالاریمینا سالاری عضو …»), gets its line break back (:func:`doubled_name_edits`).

An honorific run into the given name after it, before a surname («دکترمحمدباقر قالیباف», «سردارحسن …»), gets its
space back (:func:`honorific_given_edits`): the name is then found whole, the honorific outside it, as it is when
written apart. Not a name prefix that stays inside the name («سیدعلی»), nor a word a lexicon knows whole
(«امیرحسین» is a given name).

A clause's last word run into the given name after it, before a surname, a subheading glued to its paragraph («… در
حال افزایش استمحمدعلی شاعری، …»), gets its line break back, and a «که» so run into a name its space
(:func:`verb_given_edits`): the name is then found whole, and the paragraph's subject is read from it.
"""

from __future__ import annotations

import functools
import re

import attrs

from persianews.resources import OUTLET_KINDS, data_rows
from persianews.text.alignment import Edit
from persianews.text.key_scan import KeyScanner, key_scanner
from persianews.text.patterns import characters_of
from persianews.text.pronouns import HE_SHE
from persianews.text.zwnj.lexicon import LETTERS, LONGEST_WORD, ZWNJ

# A word: a run of letters and half-spaces (a run with a half-space is never split nor a left part).
_WORD = re.compile(f"[{LETTERS}{ZWNJ}]+")
_LETTER_SET = frozenset(characters_of(LETTERS))
# Reporting verbs that open a report after a speaker's name (the past forms: a glued name says).
REPORTING_VERBS = frozenset("گفت گفتند افزود افزودند اظهار تصریح تاکید تأکید خاطرنشان یادآور".split())
# Prepositions glued to the word before them; a left part shorter than MIN_LEFT only for a pronoun.
PREPOSITIONS = frozenset(("در",))
PRONOUNS = frozenset(HE_SHE)
# What follows a glued word: the closed word opens a phrase that goes on («… ویدر» in quotes is a name).
_GOES_ON = frozenset((" ", ":"))
MIN_LEFT = 3  # letters of a left part that is not a pronoun
MIN_HEAD = 4  # letters of a title head that may be the right part (عضو, ولی are words too often)
# The citing phrase, and the «به» of «به نقل از» that a copy runs into the outlet's name before it.
# Each opens with its literal words, the look-behind after them, for speed: ``re`` then skips to where the words
# stand, where a pattern that opens with a look-behind is tried at every position.
_CITING = re.compile(f"به گزارش(?<![{LETTERS}{ZWNJ}]به گزارش)")
_CITED_BY = "به"
# «(به) نقل از», which a copy runs into the outlet's name after it (به نقل ازرویترز).
_CITED_FROM = re.compile(f"نقل از(?<![{LETTERS}{ZWNJ}]نقل از)(?=[{LETTERS}])")
_CITED_BY_NEXT = " نقل"
_CITING_WORDS = 3  # the words after «به گزارش» that may hold the outlet's name


@functools.cache
def closed_words() -> frozenset[str]:
    """The right parts: the one-word title heads of ``title_heads.tsv`` (their first word, written
    without a half-space), the reporting verbs and the prepositions."""
    heads = {row[0].split(" ")[0] for row in data_rows("title_heads.tsv")}
    return frozenset({head for head in heads if ZWNJ not in head and len(head) >= MIN_HEAD}
                     | REPORTING_VERBS | PREPOSITIONS)


@functools.cache
def _closed_words_scanner() -> tuple[KeyScanner, dict[str, tuple[str, ...]]]:
    """The scanner of the closed words' starts (after any character), and the closed words by their first letter,
    longest first."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(closed_words(), key=lambda word: (-len(word), word)):
        by_first.setdefault(word[0], []).append(word)
    return key_scanner(closed_words(), ""), {letter: tuple(words) for letter, words in by_first.items()}


def _glued_ends(text: str) -> dict[int, int]:
    """The end of each word of ``text`` that a closed word ends, glued to a letter and followed by a space or a
    colon -> where its longest such closed word starts."""
    scanner, by_first = _closed_words_scanner()
    found: dict[int, int] = {}
    for at in scanner.starts(" " + text):  # a start in the text after one space is the key's start in ``text``
        if at and text[at - 1] in _LETTER_SET:
            for closed in by_first[text[at]]:
                end = at + len(closed)
                if text.startswith(closed, at) and text[end:end + 1] in _GOES_ON:
                    found.setdefault(end, at)  # the first start is the longest closed word's
                    break
    return found


@attrs.frozen
class _OutletWords:
    """The words of outlets a citing phrase's lost spaces are found by."""

    types: frozenset[str]
    """The outlet type words (خبرگزاری, روزنامه …)."""
    starts: frozenset[str]
    """The words that may open a citing phrase's outlet: the first word of each agency and media name the lexicon
    lists, the name written without its spaces, and the type words."""
    one_word_names: frozenset[str]
    """The one-word agency and media names (سی‌ان‌بی‌سی)."""


@functools.cache
def _outlet_words() -> _OutletWords:
    """The :class:`_OutletWords` of ``organizations.tsv`` and ``entity_context.tsv``."""
    names = [row[0] for row in data_rows("organizations.tsv") if row[2] in OUTLET_KINDS]
    types = frozenset(row[0] for row in data_rows("entity_context.tsv")
                      if len(row) > 1 and row[1] == "outlet_word" and ZWNJ not in row[0] and " " not in row[0])
    starts = frozenset(word for name in names for word in (name.split(" ")[0], name.replace(" ", ""))
                       if ZWNJ not in word)
    return _OutletWords(types, starts | types, frozenset(name for name in names if " " not in name))


def _outlet_split(text: str, start: int, end: int) -> int | None:
    """Where a word of ``text`` that runs an outlet type word into a listed outlet's name splits
    (خبرگزاریمهر: after خبرگزاری); None for any other word."""
    outlets = _outlet_words()
    word = text[start:end]
    return next((start + len(kind) for kind in outlets.types
                 if word.startswith(kind) and word[len(kind):] in outlets.starts), None)


def citing_edits(text: str) -> list[Edit]:
    """Insertions of a space lost in a citing phrase (see the module docstring): after «به گزارش» before an
    outlet's name or type word run into it, between a type word and the name run into it, before the «به» of
    «به نقل از» run into the outlet's name, and after «به نقل از» before a listed outlet's name run into it."""
    from persianews.text.zwnj.restoration import known_word  # the lexicon loads on first use

    edits: list[Edit] = []
    for match in _CITING.finditer(text):
        starts = _outlet_words().starts  # the lexicons load on the first citing phrase
        at = match.end() + (text[match.end():match.end() + 1] == " ")
        for index in range(_CITING_WORDS):
            word = _WORD.match(text, at)
            if word is None:
                break
            start, end = word.span()
            cited = text.startswith(_CITED_BY_NEXT, end) and word.group().endswith(_CITED_BY) \
                and len(word.group()) > len(_CITED_BY) + 1 and not known_word(word.group())
            name_end = end - len(_CITED_BY) if cited else end
            if index == 0 and start == match.end() and text[start:name_end] in starts:
                edits.append((start, start, " "))
            split = _outlet_split(text, start, name_end) if index or start > match.end() else None
            if split is not None:
                edits.append((split, split, " "))
            if cited:
                edits.append((name_end, name_end, " "))
                break
            if text[end:end + 1] != " ":
                break
            at = end + 1
    for match in _CITED_FROM.finditer(text):
        word = _WORD.match(text, match.end())
        if word is not None and word.group() in _outlet_words().one_word_names:
            edits.append((match.end(), match.end(), " "))
    return sorted(edits)


def glued_word_edits(text: str) -> list[Edit]:
    """Insertions of a space inside the words of ``text`` that are a name the text uses, or «وی», run into a
    closed word (see the module docstring); sorted, one at most per word."""
    from persianews.text.zwnj.restoration import known_word  # the lexicon loads on first use

    closed = closed_words()
    candidates: list[tuple[int, int, str]] = []  # (start of the word, its split point, its left part)
    for end, split in sorted(_glued_ends(text).items()):
        start = split
        while start and text[start - 1] in _LETTER_SET and split - start <= LONGEST_WORD:
            start -= 1
        left = text[start:split]
        if ((left in PRONOUNS or len(left) >= MIN_LEFT and left not in closed) and split - start <= LONGEST_WORD
                and text[start - 1:start] != ZWNJ and not known_word(text[start:end])):
            candidates.append((start, split, left))
    if not candidates:
        return []
    from persianews.entities.words import is_frequent_given_name  # the lexicons load on first use

    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    alone = {word for _, _, word in words if ZWNJ not in word}
    after_given_name = {words[index][0] for index in range(1, len(words))
                        if text[words[index - 1][1]:words[index][0]] == " "
                        and is_frequent_given_name(words[index - 1][2])}
    named = {word for start, _, word in words if start in after_given_name}
    return [(split, split, " ") for start, split, left in candidates
            if left in PRONOUNS or left in alone and (left in named or start in after_given_name
                                                       or is_frequent_given_name(left))]


_DOUBLED_NAME = re.compile(
    f"^(?:[^\\s]+ ){{0,3}}?(?P<first>[{LETTERS}{ZWNJ}]{{2,}}) (?P<middle>(?:[{LETTERS}{ZWNJ}]+ ){{0,2}})"
    f"(?P<last>[{LETTERS}{ZWNJ}]{{2,}})(?P=first) (?P=middle)(?P=last)(?![{LETTERS}{ZWNJ}])", re.MULTILINE)
"""A name of two to four words written twice, its last word run into its first, spaced on one line: a subheading
glued to its paragraph, so within a line's first words (the heading's, «روایت عباس میلانیعباس میلانی هم …»)."""


def doubled_name_edits(text: str) -> list[Edit]:
    """Line breaks put back inside a name written twice with its last word run into its first, a subheading glued
    to the paragraph it heads («مینا سالاریمینا سالاری عضو …» → «مینا سالاری» and «مینا سالاری عضو …»): two to
    four words spaced on one line, among its first words (:data:`_DOUBLED_NAME`), whose first is a given name; only
    exactly a name twice. Linear in the text (tried at line starts only)."""
    matches = list(_DOUBLED_NAME.finditer(text))
    if not matches:
        return []
    from persianews.entities.words import is_given_name  # the lexicons load on first use

    return [(m.end("last"), m.end("last"), "\n") for m in matches if is_given_name(m.group("first"))]


@functools.cache
def _honorifics() -> tuple[KeyScanner, dict[str, tuple[str, ...]]]:
    """The scanner of the one-word honorifics' starts at a word's start (``honorifics.tsv``: دکتر، سردار،
    حجت‌الاسلام …, not the name prefixes of ``entity_context.tsv``, which stay inside the name: سید، حاج …), and
    those honorifics by their first letter, longest first."""
    prefixes = {row[0] for row in data_rows("entity_context.tsv") if len(row) > 1 and row[1] == "name_prefix"}
    surfaces = {row[0] for row in data_rows("honorifics.tsv") if " " not in row[0]} - prefixes
    by_first: dict[str, list[str]] = {}
    for surface in sorted(surfaces, key=lambda surface: (-len(surface), surface)):
        by_first.setdefault(surface[0], []).append(surface)
    return (key_scanner({surface.replace(ZWNJ, "") for surface in surfaces}, "".join(sorted(_LETTER_SET))),
            {letter: tuple(words) for letter, words in by_first.items()})


@functools.cache
def _given_name_openers() -> frozenset[str]:
    """The folded honorifics that open a given name of the lexicon before another (امیرحسین, آقاجان): glued to a
    given name, they may be a compound given name the lexicon lacks («امیرسینا»)."""
    from persianews.entities.keys import fold  # the lexicons load on first use
    from persianews.entities.lexicons import given_name_keys
    from persianews.entities.words import is_given_name

    keys = frozenset(fold(surface) for surfaces in _honorifics()[1].values() for surface in surfaces)
    openers = tuple(keys)
    return frozenset(key for name in given_name_keys() if name.startswith(openers)
                     for key in keys if name.startswith(key) and is_given_name(name[len(key):]))


def honorific_given_edits(text: str) -> list[Edit]:
    """Insertions of the space lost between an honorific and the given name run into it, before a name
    («دکترمحمدباقر قالیباف» → «دکتر محمدباقر قالیباف»): a word that no lexicon knows whole, neither a word nor a
    given name, that opens with a one-word honorific (no name prefix: :func:`_honorifics`, none that opens a given
    name: :func:`_given_name_openers`) whose rest is a given name, followed by a space and a given name or a word
    that may be a surname (not «آقامصطفی می‌تواند»). Linear in the text: the honorifics' starts are found in one
    pass."""
    scanner, honorifics = _honorifics()
    candidates: list[tuple[int, int, str]] = []  # (the word's start, its end, its honorific)
    for at in scanner.starts(" " + text):  # a start in the text after one space is the key's start in ``text``
        word = _WORD.match(text, at)
        if word is None or text[at - 1:at] == ZWNJ or text[word.end():word.end() + 1] != " ":
            continue
        honorific = next((h for h in honorifics.get(text[at], ()) if word.group().startswith(h)
                          and len(word.group()) > len(h)), None)
        if honorific is not None and word.group()[len(honorific)] != ZWNJ:  # a half-space: written apart
            candidates.append((at, word.end(), honorific))
    if not candidates:
        return []
    from persianews.entities.keys import fold  # the lexicons load on first use
    from persianews.entities.words import is_given_name
    from persianews.text.zwnj.restoration import known_word

    edits: list[Edit] = []
    for start, end, honorific in candidates:
        split = start + len(honorific)
        following = _WORD.match(text, end + 1)
        if fold(honorific) not in _given_name_openers() and is_given_name(fold(text[split:end])) \
                and not is_given_name(fold(text[start:end])) and not known_word(text[start:end].replace(ZWNJ, "")) \
                and following is not None and _may_be_name(fold(following.group())):
            edits.append((split, split, " "))
    return edits


def _may_be_name(key: str) -> bool:
    """Whether the folded word ``key`` may be (part of) a name after a glued given name: a given name, or a word that
    may be a surname."""
    from persianews.entities.words import is_given_name, surname_class  # the lexicons load on first use

    return is_given_name(key) or surname_class(key) is not None


# The copula and a verb ending a clause, and the word that opens a clause: a copy runs either into the given name
# after it.
COPULA = "است"
COMPLEMENTIZER = "که"
MIN_VERB = 3  # letters of a verb form run into a given name, but a past form of two letters (شد, زد)
_PAST_ENDS = frozenset("دت")  # how a past stem ends


@functools.cache
def _given_names() -> tuple[KeyScanner, frozenset[str]]:
    """The scanner of the starts of the one-word given names of ``given_names.tsv`` that are not rare (after any
    character), and those names."""
    names = frozenset(name for name, _gender, frequency, _common in data_rows("given_names.tsv")
                      if frequency != "rare" and " " not in name and ZWNJ not in name)
    return key_scanner(names, ""), names


def _ends_clause(word: str) -> bool:
    """Whether ``word`` may end a clause: «است», or a finite verb form, the dictionary's only reading of it, of three
    letters or more or a past form of two (شد, زد; not «آم» of «آمنوا»)."""
    from persianews.entities.keys import fold
    from persianews.entities.words import tags

    return word == COPULA or tags(fold(word)) == {"V"} and (len(word) >= MIN_VERB or word[-1] in _PAST_ENDS)


def verb_given_edits(text: str) -> list[Edit]:
    """Insertions of the line break lost between a clause's last word and the given name run into it, before a
    surname, a subheading glued to its paragraph («… در حال افزایش استمحمدعلی شاعری، …» → «… در حال افزایش است» /
    «محمدعلی شاعری، …», «… وجود نداردبهروز مهری در …»), or of the space lost after a «که» («… بود کهعبدالناصر همتی
    …»): a word that no lexicon knows whole, that has no analysis (not «تومانی») and is no given name nor a name
    prefix's (میرمحمد), whose one split into a word that ends a clause (:func:`_ends_clause`) or «که» and a given
    name leaves a given name that is not rare (not «درم|ورد» of «درمورد»; «شدمارتین», split two ways, stays whole),
    followed by a space and a given name or a word that may be a surname, no title head («ببندیدیک نماینده»).
    Linear in the text: the given names' starts are found in one pass."""
    scanner, names = _given_names()
    words: dict[int, tuple[int, int]] = {}  # the candidate words' starts -> (their end, the end of the word after)
    for at in scanner.starts(" " + text):  # a start in the text after one space is the key's start in ``text``
        if at == 0 or text[at - 1] not in _LETTER_SET:  # a given name inside a word only
            continue
        space = text.find(" ", at, at + LONGEST_WORD + 1)  # a name that ends its word before a space (a cheap test)
        if space < 0 or text[at:space] not in names:
            continue
        word = _WORD.match(text, at, at + LONGEST_WORD)  # a word's letters are read at most this far, from each start
        if word is None or word.group() not in names:
            continue
        following = _WORD.match(text, word.end() + 1, word.end() + 1 + LONGEST_WORD)
        start = at
        while start and text[start - 1] in _LETTER_SET and at - start <= LONGEST_WORD:
            start -= 1
        if text[word.end():word.end() + 1] == " " and following is not None and text[start - 1:start] != ZWNJ:
            words[start] = (word.end(), following.end())
    if not words:
        return []
    from persianews.entities.keys import fold  # the lexicons load on first use
    from persianews.entities.lexicons import context, is_title_head
    from persianews.entities.words import is_given_name
    from persianews.text.zwnj.restoration import analysable, known_word

    prefixes = tuple(context("name_prefix"))
    edits: list[Edit] = []
    for start, (end, next_end) in words.items():
        glued, after = text[start:end], fold(text[end + 1:next_end])
        splits = [cut for cut in range(2, len(glued) - 1) if is_given_name(fold(glued[cut:]))
                  and (glued[:cut] == COMPLEMENTIZER or _ends_clause(glued[:cut]))]
        if (len(splits) == 1 and glued[splits[0]:] in names and not is_given_name(fold(glued))
                and not known_word(glued) and not analysable(glued)
                and not any(glued.startswith(prefix) and is_given_name(fold(glued[len(prefix):])) for prefix in prefixes)
                and _may_be_name(after) and not is_title_head(after)):
            cut = start + splits[0]
            edits.append((cut, cut, " " if glued[:splits[0]] == COMPLEMENTIZER else "\n"))
    return edits
