"""Features of the learned entity tagger: word form, affixes, shape, neighbours, word clusters and lexicon evidence.

Every token of a sentence gets a list of features (python-crfsuite's item
format). The features of a word type (its key, affixes, shape, dictionary
tags, given-name and surname evidence, word clusters) and the forms it lends
to its neighbours (its word, and its coarse cluster to the adjacent ones) are computed once per token key and cached in a bounded table, as
are the names of every lexicon phrase kind and rule tag; a token's list is
then one concatenation of cached tuples. Lexicon phrases (places with their
kind, organisations, organisation and title heads, honorifics, given names,
public figures, reporting cues, context words) come from the
:class:`~persianews.entities.matcher.TokenView` the rules already built, as
``B-``/``I-`` membership of every phrase over the token. The cost is linear
in the number of tokens times the longest lexicon phrase.

For training, features are strings (:class:`FeatureExtractor`). For tagging,
a word type's groups are vectors of the model's label scores instead, and a
phrase's or rule tags' group the number of its vector
(:class:`~persianews.entities.tagger_scores.EmissionScorer`), so that a
token's scores are a few vector additions.
"""

from __future__ import annotations

import array
import functools
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from persianews.entities import lexicons, words
from persianews.entities.clusters import cluster_table, clusters_of
from persianews.entities.keys import OPAQUE
from persianews.entities.matcher import TokenView
from persianews.entities.trie import Entry

if TYPE_CHECKING:
    from persianews.entities.candidates import Candidate

#: The features of one group (a word type, a lexicon phrase, rule tags), as strings.
Features = tuple[str, ...]

#: The most word types whose parts are kept.
CACHE_LIMIT = 200_000
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ZWNJ = "\u200c"

#: What :meth:`FeatureParts._phrase` finds for the kind names it has not seen (None is a value there).
_UNSEEN: Any = object()
#: Lexicon entry kinds whose row ``kind`` field is worth a feature of its own (place: province, city …).
_SUBKINDS = frozenset({"place", "org", "head", "honorific", "figure", "org_head"})


P = TypeVar("P")
C = TypeVar("C", bound=tuple)
#: A word type's own part, then the parts it lends to the tokens 2 and 1 after it and 1 and 2 before it.
TypeParts = tuple[P, P, P, P, P]


class FeatureParts(Generic[P, C]):
    """The feature groups of a sentence's tokens, each turned once into a part and cached: the groups of a
    word type (``lexical`` False drops the lexicon features, ``clusters`` False the word clusters) by
    ``prepare_word``, those of a lexicon phrase and of the rules' tags (``rules`` False drops them) by
    ``prepare_context``, into a tuple that :meth:`_add_context` concatenates to each token's (a tuple of
    feature strings for training, a tuple of at most one score vector's number for tagging). A subclass
    puts a sentence's parts together."""

    def __init__(self, prepare_word: Callable[[Iterable[str]], P], prepare_context: Callable[[Iterable[str]], C],
                 lexical: bool = True, rules: bool = True, clusters: bool = True) -> None:
        self.lexical = lexical
        self.rules = rules
        self.clusters = clusters
        self._prepare = prepare_word
        self._prepare_context = prepare_context
        self._types: dict[tuple[str, str], TypeParts[P]] = {}
        #: By the identity of a phrase's entries (the lexicon's own tuples, kept here alive): the entries
        #: and their parts (hashing the entries themselves would hash every row's data, at every token).
        self._phrases: dict[int, tuple[tuple[Entry, ...], tuple[C, C, C, C] | None]] = {}
        #: A phrase's parts by its sorted kind names (many phrases share them: a name's parts made once).
        self._phrase_names: dict[tuple[str, ...], tuple[C, C, C, C] | None] = {}
        self._rule_names: dict[tuple[str, ...], tuple[C, C, C]] = {}
        self._bos, self._eos = prepare_word(("BOS",)), prepare_word(("EOS",))

    def _type_parts(self, view: TokenView, start: int, end: int) -> list[TypeParts[P]]:
        """The parts of the word types of tokens ``[start, end)``, from the cache where it has them (a type new
        here is computed once, and found in the cache at its next tokens)."""
        keys, pieces = view.keys, view.pieces
        cached = self._types.get
        types = list(map(cached, zip(keys[start:end], pieces[start:end])))
        for offset in compress(range(end - start), map(not_, types)):  # only the tokens of types not cached
            key, piece = keys[start + offset], pieces[start + offset]
            types[offset] = cached((key, piece)) or self._new_type(key, piece)
        return types  # type: ignore[return-value]  # no None left

    def _new_type(self, key: str, text: str) -> TypeParts[P]:
        """The features of a word type not seen yet and the forms it lends to its neighbours (``w-2=…``,
        ``w-1=…`` and ``c-1=…`` (its coarse cluster), ``w+1=…`` and ``c+1=…``, ``w+2=…``), cached while the
        table has room."""
        plain = words.plain(key)
        own, coarse = self._own(key, plain, text)
        found = (own, *self._lent(plain, coarse))
        if len(self._types) < CACHE_LIMIT:
            self._types[(key, text)] = found
        return found

    def _own(self, key: str, plain: str, text: str) -> tuple[P, str | None]:
        """The part of a word type's own features (its form's, its lexicon evidence, its word clusters) and
        its coarse cluster (``-`` for a word with none; None without the clusters)."""
        tail = lexical_features(key, plain) if self.lexical else []
        coarse = None
        if self.clusters:
            clusters = clusters_of(plain)
            coarse = clusters[0] if clusters else "-"
            if clusters:
                tail += ["c=" + clusters[0], "cf=" + clusters[1]]
        return self._word_part(plain, text, tail), coarse

    def _word_part(self, plain: str, text: str, tail: list[str]) -> P:
        """The part of a word type's own features: its form's (:func:`form_features`), then ``tail`` (its
        lexicon evidence and clusters)."""
        return self._prepare([*form_features(plain, text), *tail])

    def _lent(self, plain: str, coarse: str | None) -> tuple[P, P, P, P]:
        """The parts a word type lends to the tokens 2 and 1 after it and 1 and 2 before it
        (:func:`lent_features`)."""
        return tuple(map(self._prepare, lent_features(plain, coarse)))  # type: ignore[return-value]  # four

    def _add_context(self, view: TokenView, start: int, end: int, rules: Sequence[tuple[str, ...]] | None,
                     out: list[Any]) -> None:
        """Concatenate to ``out[offset]`` (token ``start + offset``) the parts of the lexicon phrases and of the
        rules' tags."""
        if self.lexical:
            self._add_phrases(view, start, end, out)
        if rules is not None and self.rules:
            self._add_rule_tags(rules, start, end, out)

    def _add_phrases(self, view: TokenView, start: int, end: int, out: list[Any]) -> None:
        """Add to each token of ``[start, end)`` ``B-kind``/``I-kind`` for every lexicon phrase over it, and
        ``-1B-kind``/``+1B-kind`` for the phrases starting at its neighbours."""
        phrases = self._phrases
        last_offset = end - start - 1
        for first, last, entries in view.matches.starting(start, end):
            cached = phrases.get(id(entries))
            if cached is None or cached[0] is not entries:
                cached = phrases[id(entries)] = (entries, self._phrase(entries))
            parts = cached[1]
            if parts is None:
                continue
            begin, inside, before, after = parts
            offset = first - start
            out[offset] += begin
            if offset < last_offset:
                out[offset + 1] += before
            if offset:
                out[offset - 1] += after
            if last - first > 1:
                for inner in range(offset + 1, min(last, end) - start):
                    out[inner] += inside

    def _phrase(self, entries: tuple[Entry, ...]) -> tuple[C, C, C, C] | None:
        """The parts a lexicon phrase gives its first token, the tokens inside it, and the tokens after
        and before it (None when all four are empty: nothing to add), kept by the phrase's kind names."""
        names = set()
        for entry in entries:
            names.add(entry.kind)
            if entry.kind in _SUBKINDS and entry.data is not None:
                names.add(f"{entry.kind}:{entry.data.kind}")
        ordered = tuple(sorted(names))
        known = self._phrase_names.get(ordered, _UNSEEN)
        if known is not _UNSEEN:
            return known
        prepare = self._prepare_context
        parts = (prepare("B-" + n for n in ordered), prepare("I-" + n for n in ordered),
                 prepare("-1B-" + n for n in ordered), prepare("+1B-" + n for n in ordered))
        found = self._phrase_names[ordered] = parts if any(parts) else None
        return found

    def _add_rule_tags(self, rules: Sequence[tuple[str, ...]], start: int, end: int, out: list[Any]) -> None:
        """Add to each token of ``[start, end)`` its rule tags, and its neighbours' prefixed ``<`` (before)
        and ``>`` (after)."""
        last = end - start - 1
        tagged = rules[start:end]
        for offset in compress(range(end - start), tagged):  # only the tokens with tags
            tags = tagged[offset]
            own, before, after = self._rule_names.get(tags) or self._rule_parts(tags)
            out[offset] += own
            if offset < last:
                out[offset + 1] += before
            if offset:
                out[offset - 1] += after

    def _rule_parts(self, tags: tuple[str, ...]) -> tuple[C, C, C]:
        """The parts rule ``tags`` give their token and the tokens after and before it, cached."""
        prepare = self._prepare_context
        names = self._rule_names[tags] = (prepare(tags), prepare("<" + tag for tag in tags),
                                          prepare(">" + tag for tag in tags))
        return names


class FeatureExtractor(FeatureParts[Features, Features]):
    """Feature lists (python-crfsuite's item format, for training) for the tokens of a :class:`TokenView`
    (``lexical`` False drops the lexicon features, ``rules`` False the rules' entities, ``clusters`` False
    the word clusters)."""

    def __init__(self, lexical: bool = True, rules: bool = True, clusters: bool = True) -> None:
        super().__init__(tuple, tuple, lexical, rules, clusters)

    def sentence(self, view: TokenView, start: int, end: int,
                 rules: Sequence[tuple[str, ...]] | None = None) -> list[list[str]]:
        """The feature lists of tokens ``[start, end)`` of ``view`` (one sentence); ``rules`` (by token, from
        :func:`rule_tags`) adds the rules' own entities around each token as evidence."""
        if end <= start:
            return []
        own, lent_2, lent_1, lent1, lent2 = zip(*self._type_parts(view, start, end))
        nothing: tuple[Features, ...] = ((), ())
        out = [[*a, *b, *c, *d, *e] for a, b, c, d, e in zip(own, nothing + lent_2[:-2], (self._bos, *lent_1[:-1]),
                                                             (*lent1[1:], self._eos), lent2[2:] + nothing)]
        self._add_context(view, start, end, rules, out)
        return out


def rule_tags(candidates: Iterable[Candidate], view: TokenView) -> list[tuple[str, ...]]:
    """For each token of ``view``, ``rB-LABEL``/``rI-LABEL`` of every rule candidate over it (nested ones
    too), and ``rSurname`` where the word is the last word of a person the rules named in full elsewhere in
    the document (a later «محبی» after «جلیل محبی»). Linear in the tokens."""
    tags: list[tuple[str, ...]] = [()] * view.n
    surnames = set()
    for candidate in candidates:
        start, end = candidate.start, min(candidate.end, view.n)
        if start < end:
            first, inside = _RULE_TAGS[candidate.label]
            tags[start] += first
            for index in range(start + 1, end):
                tags[index] += inside
        if candidate.label == "PERSON" and candidate.end - candidate.start > 1:
            surnames.add(view.key(candidate.end - 1))
    if surnames:
        for index in compress(range(view.n), map(surnames.__contains__, view.keys)):
            tags[index] += _SURNAME_TAG
    return tags


_SURNAME_TAG = ("rSurname",)
#: The tags a rule candidate of each label gives its first token and each token after it, as one-tag tuples.
_RULE_TAGS = {label: (("rB-" + label,), ("rI-" + label,)) for label in ("PERSON", "TITLE", "ORG", "LOC")}


def lent_features(plain: str | None, coarse: str | None) -> tuple[Features, Features, Features, Features]:
    """The features a word lends to the tokens 2 and 1 after it and 1 and 2 before it: its ``plain`` form
    (``w-2=…``, ``w-1=…``, ``w+1=…``, ``w+2=…``; None: none) and, to the adjacent ones, its ``coarse``
    cluster (``c-1=…``, ``c+1=…``; None: none)."""
    after: Features = () if plain is None else (f"w-1={plain}",)
    before: Features = () if plain is None else (f"w+1={plain}",)
    if coarse is not None:
        after, before = (*after, f"c-1={coarse}"), (*before, f"c+1={coarse}")
    if plain is None:
        return (), after, before, ()
    return (f"w-2={plain}",), after, before, (f"w+2={plain}",)


def form_features(plain: str, text: str) -> list[str]:
    """The features of a word type's form: its ``plain`` key, the shape of its ``text``, the text itself
    where it holds a ZWNJ, and its affixes."""
    features = ["bias", "w=" + plain, "shape=" + word_shape(text)]
    if _ZWNJ in text:
        features.append("n=" + text)
    size = len(plain)
    if plain != OPAQUE and size > 1:  # the prefixes of 1 to 3 letters, the suffixes of 1 to 4, shorter than the word
        features += ("p1=" + plain[:1], "p2=" + plain[:2], "p3=" + plain[:3])[:size - 1]
        features += ("s1=" + plain[-1:], "s2=" + plain[-2:], "s3=" + plain[-3:], "s4=" + plain[-4:])[:size - 1]
    return features


def lexical_features(key: str, plain: str) -> list[str]:
    """The dictionary and name evidence of a word type (its ``key``, and ``plain``, the key without markers)."""
    tags = words.tags(key)
    features = [*(_TAG_FEATURES.get(tags) or _tag_features(tags))]
    frequency = words.frequency(key)
    features.append(f"freq={len(str(frequency)) if frequency else 0}")
    if words.is_given_name(key):
        features.append("given")
    if words.is_frequent_given_name(key):
        features.append("given:frequent")
    if words.is_stop(key):
        features.append("stop")
    surname = words.surname_class(key)
    if surname is not None:
        features.append("surname=" + surname)
    suffix = words.surname_suffix(key)
    if suffix is not None:
        features.append("surname_suffix=" + suffix)
    if words.is_detached_suffix(key):
        features.append("detached_suffix")
    if plain in lexicons.honorific_keys():
        features.append("honorific")
    return features


#: The features of a word's dictionary tags (:func:`_tag_features`), by tag set.
_TAG_FEATURES: dict[frozenset[str], tuple[str, ...]] = {}


def _tag_features(tags: frozenset[str]) -> tuple[str, ...]:
    """``pos=TAG`` for each of a word's dictionary ``tags`` in order, or ``oov`` for none; kept by tag set."""
    features = _TAG_FEATURES[tags] = tuple("pos=" + tag for tag in sorted(tags)) or ("oov",)
    return features


def type_analyses() -> tuple[Any, ...]:
    """What the compiled sum of a word type's own features (``crf_native.type_sum``, the twin of
    :meth:`FeatureParts._own` with the lexicon features and the clusters) reads, in its order: the word
    analyses of :func:`lexical_features` (those of the frequent given names and the honorifics as their
    sets of plain keys), the word clusters' table, :func:`word_shape` (for a character beyond
    :func:`shape_classes`) and the opaque key (no affixes)."""
    return (words.tags, _TAG_FEATURES, _tag_features, words.frequency, words.is_given_name,
            lexicons.frequent_given_names(), words.is_stop, words.surname_class, words.surname_suffix,
            words.is_detached_suffix, lexicons.honorific_keys(), cluster_table(), word_shape, OPAQUE)


#: The most characters of a word its shape reads.
SHAPE_CHARACTERS = 12
#: The code points :func:`shape_classes` covers: the Latin, Arabic and general punctuation blocks (ZWNJ).
SHAPE_TABLE_SIZE = 0x2100


def word_shape(text: str) -> str:
    """A coarse shape: script classes of the characters, runs collapsed (``fa``, ``9``, ``Aa``, ``.``)."""
    classes: list[str] = []
    for char in text[:SHAPE_CHARACTERS]:
        shape = _shape_class(char)
        if not classes or classes[-1] != shape:
            classes.append(shape)
    return "".join(classes)


def _shape_class(char: str) -> str:
    """The class of one character in :func:`word_shape`."""
    if char.isdigit():
        return "9"
    if char in _LATIN:
        return "A" if char.isupper() else "a"
    if char.isalpha():
        return "f"
    if char == _ZWNJ:
        return "z"
    return char if char in ".،:«»()!؟?" else "."


@functools.cache
def shape_classes() -> bytes:
    """The class of every code point below :data:`SHAPE_TABLE_SIZE` (:func:`word_shape`'s), as native 16-bit
    code units: the compiled shape's table (``crf_native.word_shape``)."""
    return array.array("H", [ord(_shape_class(chr(code))) for code in range(SHAPE_TABLE_SIZE)]).tobytes()
