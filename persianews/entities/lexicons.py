"""The entity lexicons, loaded once from ``models/`` and compiled into one trie.

Every phrase lexicon (places, given names, honorifics, title heads, generic
plurals, portfolios, organisations, organisation heads, reporting cues and the
context phrases of ``entity_context.tsv``) becomes entries of a single
:class:`~persianews.entities.trie.Trie`; single-word look-ups (stop words,
dictionary classes) are plain dictionaries keyed by :func:`~persianews.entities.keys.fold`.

Rows are named tuples of strings and booleans, and the tables hold strings,
numbers and tuples only: once loaded they are untracked by the garbage
collector, which would otherwise traverse them on every full collection.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Iterable
from typing import NamedTuple

from persianews.entities.keys import fold, fold_uncached, phrase_key, phrase_keys
from persianews.entities.trie import Entry, Trie
from persianews.resources import data_columns, data_rows


COUNTRY = "country"
"""The kind of a gazetteer row that names a country (``places.tsv``)."""
STATE_NAME = "state_name"
"""The role of ``entity_context.tsv``'s phrases that name a state by its regime (جمهوری اسلامی, رژیم صهیونیستی):
a title's, a broadcaster's or a lexicon organisation's place only."""


class PlaceRow(NamedTuple):
    """A gazetteer place (``places.tsv``): its canonical name, kind, id, province and whether it is also a word."""

    canonical: str
    kind: str
    place_id: str
    province: str | None
    ambiguous: bool


class GivenName(NamedTuple):
    """A given name (``given_names.tsv``): whether it is also a common word, and whether it is a frequent name."""

    common_word: bool
    frequent: bool


class Honorific(NamedTuple):
    """An honorific (``honorifics.tsv``): its canonical form and kind."""

    canonical: str
    kind: str


_TEACHING = frozenset({"استاد"})
"""Role words of a teacher, a title only with an academic body (استاد جامعه‌شناسی دانشگاه X); alone a master of an
art or an honorific (استاد موسیقی, استاد شجریان)."""


class TitleHead(NamedTuple):
    """A role word that heads a title (``title_heads.tsv``): canonical head, kind, whether it needs a complement,
    whether it is written with its ezafe (سخنگوی)."""

    canonical: str
    kind: str
    needs_complement: bool
    written_ezafe: bool

    @property
    def teaching(self) -> bool:
        """Whether the role word is a teacher's (:data:`_TEACHING`): a title only with an academic body."""
        return self.canonical in _TEACHING


class Figure(NamedTuple):
    """A well-known public figure's name (``public_figures.tsv``): a ``full`` name or a ``surname``."""

    kind: str
    ambiguous: bool


class OrgRow(NamedTuple):
    """A known organisation (``organizations.tsv``, ``sports_clubs.tsv``): its canonical name, kind, and whether it is
    also a word."""

    canonical: str
    kind: str
    ambiguous: bool


class OrgHead(NamedTuple):
    """A head word that forms organisation names (``org_heads.tsv``): the kind formed, what it takes after it and
    whether it is weak (entity_context.tsv's ``weak_org_head``)."""

    kind: str
    takes: str
    weak: bool


def _places() -> list[tuple[str, Entry]]:
    out = []
    for surface, canonical, kind, place_id, _province_id, province, ambiguous in data_rows("places.tsv"):
        row = PlaceRow(canonical, kind, place_id, province or None, ambiguous == "1")
        out.append((surface, Entry("place", row)))
    return out


def _given_names() -> list[tuple[str, Entry]]:
    return [(name, Entry("given", GivenName(common == "1", frequency == "common")))
            for name, _gender, frequency, common in data_rows("given_names.tsv")]


def _public_figures() -> list[tuple[str, Entry]]:
    """Figures' names, and foreign given names as given names (جان, سرگئی: not frequent, maybe common words)."""
    out = []
    for name, kind, ambiguous, _note in data_rows("public_figures.tsv"):
        if kind == "given":
            out.append((name, Entry("given", GivenName(ambiguous == "1", False))))
        else:
            out.append((name, Entry("figure", Figure(kind, ambiguous == "1"))))
    return out


def _honorifics() -> list[tuple[str, Entry]]:
    return [(surface, Entry("honorific", Honorific(canonical, kind)))
            for surface, canonical, kind in data_rows("honorifics.tsv")]


def _title_heads() -> list[tuple[str, Entry]]:
    return [(surface, Entry("head", TitleHead(canonical, kind, needs == "1", surface.endswith("\u200cی"))))
            for surface, canonical, kind, needs, _profession in data_rows("title_heads.tsv")]


def _word_list(name: str, kind: str) -> list[tuple[str, Entry]]:
    return [(row[0], Entry(kind)) for row in data_rows(name)]


def _joined_portfolios() -> list[tuple[str, Entry]]:
    """Portfolios with «و» written joined to them (واجتماعی), as older and hasty texts have them."""
    return [("و" + row[0], Entry("joined_portfolio")) for row in data_rows("portfolios.txt")]


def _organizations() -> list[tuple[str, Entry]]:
    return [(surface, Entry("org", OrgRow(canonical, kind, ambiguous == "1")))
            for surface, canonical, kind, _short, ambiguous in data_rows("organizations.tsv")]


def _sports_clubs() -> list[tuple[str, Entry]]:
    return [(name, Entry("org", OrgRow(name, "club", ambiguous == "1")))
            for name, ambiguous, _note in data_rows("sports_clubs.tsv")]


def _org_heads() -> list[tuple[str, Entry]]:
    weak = set(context("weak_org_head"))
    return [(head, Entry("org_head", OrgHead(kind, takes, phrase_key(head) in weak)))
            for head, kind, takes in data_rows("org_heads.tsv")]


def _cues() -> list[tuple[str, Entry]]:
    """Verbs of saying; a gated form (the bare «گفته», a noun as often) only with what follows it, which
    the quote stage checks and a word's lexicon entry cannot."""
    return [(form, Entry("cue", kind)) for form, kind, patterns, _ in data_rows("cues.tsv")
            if kind != "none" and "gated" not in patterns.split(",")]


def _context_phrases() -> list[tuple[str, Entry]]:
    return [(word, Entry(role, value)) for word, role, value in data_rows("entity_context.tsv")]


@functools.cache
def trie() -> Trie:
    """The automaton over every phrase lexicon (built on first use)."""
    items = (_places() + _given_names() + _public_figures() + _honorifics() + _title_heads() + _word_list("title_plurals.txt", "plural")
             + _word_list("portfolios.txt", "portfolio") + _joined_portfolios() + _organizations() + _sports_clubs() + _org_heads()
             + _cues()
             + _context_phrases())
    return Trie(zip(phrase_keys([surface for surface, _entry in items]), (entry for _surface, entry in items)))


def given_names_of(key: str) -> list[GivenName]:
    """The given-name entries of the phrase spelled as ``key`` (folded; none when it is no given name)."""
    return [entry.data for entry in trie().root.get(key, ()) if entry.kind == "given"]


def is_title_head(key: str) -> bool:
    """Whether the word ``key`` (folded) is spelled as a role word of ``title_heads.tsv`` (مجری, کارشناس)."""
    return "head" in trie().alone(key)[3]


#: Kinds of title heads that describe a person (a profession, a reporter's beat), no office.
_DESCRIPTION_KINDS = frozenset({"expert", "journalist"})


@functools.cache
def description_heads() -> frozenset[str]:
    """The canonical heads of professions and descriptions (kinds ``expert`` and ``journalist``: کارشناس,
    تحلیلگر, خبرنگار, عکاس; and the heads ``title_heads.tsv`` marks as professions among the kinds that hold
    offices: وکیل, قاضی, مجری, مربی): TITLEs that describe a person, never an office that makes an official."""
    return frozenset(canonical for _, canonical, kind, _, profession in data_rows("title_heads.tsv")
                     if kind in _DESCRIPTION_KINDS or profession == "1")


@functools.cache
def context(role: str) -> dict[str, str]:
    """Words of ``entity_context.tsv`` with ``role``: their key mapped to the row's value."""
    rows = [(word, value) for word, row_role, value in data_rows("entity_context.tsv") if row_role == role]
    return dict(zip(phrase_keys([word for word, _value in rows]), (value for _word, value in rows)))


@functools.cache
def _dictionary_tables() -> tuple[dict[str, int], dict[str, int], dict[int, frozenset[str]], dict[str, int]]:
    """Dictionary words: key → bit mask of POS tags, key → frequency, the tag set of each mask, and each tag's
    bit. The file is read as three columns (no list per row: 70,000 rows), its words folded in one pass over
    its text (the fold keeps tabs and line breaks; the other columns are ASCII), not by
    :func:`~persianews.entities.keys.fold`'s memo, which they would fill with words most texts never use."""
    keys, poses, counts = data_columns("entity_words.tsv", 3, fold_uncached)
    tag_lists = {pos: pos.split(",") for pos in set(poses)}  # a few dozen, each a mask made once
    bits = {tag: 1 << n for n, tag in enumerate(sorted({tag for tags in tag_lists.values() for tag in tags}))}
    pos_masks = {pos: sum(bits[tag] for tag in set(tags)) for pos, tags in tag_lists.items()}
    masks = dict(zip(keys, map(pos_masks.__getitem__, poses)))
    freq = dict(zip(keys, map(int, counts)))
    if len(masks) < len(keys):  # a key of several rows (spellings that fold alike) has the tags of all of them
        shared = {key for key, rows in collections.Counter(keys).items() if rows > 1}
        for key in shared:
            masks[key] = freq[key] = 0
        for key, pos, count in zip(keys, poses, counts):
            if key in shared:
                masks[key] |= pos_masks[pos]
                freq[key] = max(freq[key], int(count))
    sets = {mask: frozenset(tag for tag, bit in bits.items() if mask & bit) for mask in set(masks.values())}
    return masks, freq, sets, bits


_NO_TAGS: frozenset[str] = frozenset()


class _Dictionary:
    """A read-only mapping key → (POS tags, frequency) over the untracked tables."""

    def __init__(self) -> None:
        self.masks, self.freq, self.sets, self._bits = _dictionary_tables()
        #: The length of the longest key.
        self.longest = max(map(len, self.masks), default=0)

    def __contains__(self, key: str) -> bool:
        return key in self.masks

    def __getitem__(self, key: str) -> tuple[frozenset[str], int]:
        return self.sets[self.masks[key]], self.freq[key]

    def get(self, key: str, default=None):
        """``self[key]``, or ``default`` when ``key`` is not in the dictionary."""
        mask = self.masks.get(key)
        return default if mask is None else (self.sets[mask], self.freq[key])

    def __len__(self) -> int:
        return len(self.masks)

    def tags(self, key: str) -> frozenset[str]:
        """The POS tags of ``key`` (empty when it is not in the dictionary)."""
        mask = self.masks.get(key)
        return _NO_TAGS if mask is None else self.sets[mask]

    def mask(self, tags: Iterable[str]) -> int:
        """The bit mask of ``tags`` as :attr:`masks` holds them (``masks.get(key, 0) & mask(...)`` tests a word
        for any of them with no tag set built); a tag no word has adds no bit."""
        return sum(self._bits.get(tag, 0) for tag in set(tags))


@functools.cache
def dictionary() -> _Dictionary:
    """Dictionary words and verb forms (``entity_words.tsv``): key → (POS tags, frequency)."""
    return _Dictionary()


@functools.cache
def honorific_keys() -> frozenset[str]:
    """Keys of the honorifics (حجت‌الاسلام, آیت‌الله, دکتر …), spaces removed."""
    surfaces = [surface for surface, *_ in data_rows("honorifics.tsv")]
    return frozenset(key.replace(" ", "") for key in phrase_keys(surfaces))


@functools.cache
def greetings() -> frozenset[str]:
    """Keys of the one-word greetings, interjections and words of address of ``greetings.txt`` (الو, سلام, آقا …)."""
    return frozenset(phrase_keys([row[0] for row in data_rows("greetings.txt") if " " not in row[0]]))


@functools.cache
def greeting_pairs() -> frozenset[tuple[str, str]]:
    """The two-word interjections of ``greetings.txt`` (الله اکبر), as pairs of their words' keys."""
    pairs = (row[0].split(" ") for row in data_rows("greetings.txt") if " " in row[0])
    return frozenset((phrase_key(first), phrase_key(second)) for first, second in pairs)


@functools.cache
def professions() -> frozenset[str]:
    """Keys of the nouns of a profession or an activity of ``professions.txt`` (فعال, نویسنده, پزشک …)."""
    return frozenset(fold(row[0]) for row in data_rows("professions.txt"))


@functools.cache
def abstract_nouns() -> frozenset[str]:
    """Keys of the nouns of ``abstract_nouns.txt`` that name a thing, an act or a state, never an agent (تصمیم,
    نگرانی, ادعا …)."""
    return frozenset(fold(row[0]) for row in data_rows("abstract_nouns.txt"))


@functools.cache
def honorific_last_words() -> frozenset[str]:
    """The folded last word of each honorific (والمسلمین, حجت‌الاسلام, دکتر …): a quick test before
    looking for a whole honorific at the end of a text."""
    from persianews.text.segment import tokenize

    return frozenset(fold(span.slice(surface)) for surface, *_ in data_rows("honorifics.tsv")
                     for span, _kind in list(tokenize(surface))[-1:])


@functools.cache
def given_name_keys() -> frozenset[str]:
    """Keys of the given names (``given_names.tsv`` and the public figures' given names)."""
    return frozenset(phrase_keys([name for name, *_ in data_rows("given_names.tsv")]
                                 + [name for name, kind, *_ in data_rows("public_figures.tsv") if kind == "given"]))


@functools.cache
def frequent_given_names() -> frozenset[str]:
    """Keys of the given names marked common that are no common word."""
    return frozenset(phrase_keys([name for name, _gender, frequency, common in data_rows("given_names.tsv")
                                  if frequency == "common" and common == "0"]))


@functools.cache
def channel_provinces() -> tuple[tuple[str, str, str], ...]:
    """``(token, after, province)`` rows of ``channel_places.tsv``."""
    return tuple((token, after, province) for token, after, province in data_rows("channel_places.tsv"))
