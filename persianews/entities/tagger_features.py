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

For training, features are strings. For tagging with a model (``known``: the
model's attributes), each cached tuple keeps only the features the model has
a weight for, as UTF-8 bytes: crfsuite reads bytes without encoding them, and
an attribute it does not know costs conversion and a dictionary miss for
nothing. The model's labels are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from persianews.entities import lexicons, words
from persianews.entities.clusters import clusters_of
from persianews.entities.keys import OPAQUE
from persianews.entities.matcher import Entry, TokenView

if TYPE_CHECKING:
    from persianews.entities.candidates import Candidate

#: One feature: a string, or its UTF-8 bytes when prepared for a model.
Feature = str | bytes
Features = tuple[Feature, ...]
#: A word type's own features, then the forms it lends to the tokens 2 and 1 after it and 1 and 2 before it.
_TypeFeatures = tuple[Features, Features, Features, Features, Features]
#: A lexicon phrase's features at its first token, inside it, at the token after it and the one before it.
_PhraseFeatures = tuple[Features, Features, Features, Features]

_CACHE_LIMIT = 200_000
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ZWNJ = "\u200c"

#: Lexicon entry kinds whose row ``kind`` field is worth a feature of its own (place: province, city …).
_SUBKINDS = frozenset({"place", "org", "head", "honorific", "figure", "org_head"})


class FeatureExtractor:
    """Feature lists for the tokens of a :class:`TokenView` (``lexical`` False drops the lexicon features,
    ``rules`` False the rules' entities, ``clusters`` False the word clusters; ``known``, a model's
    attribute names, keeps only those, as UTF-8 bytes)."""

    def __init__(self, lexical: bool = True, rules: bool = True, known: Collection[str] | None = None,
                 clusters: bool = True) -> None:
        self.lexical = lexical
        self.rules = rules
        self.clusters = clusters
        self._prepare: Callable[[Iterable[str]], Features] = tuple if known is None else _model_input(known)
        self._types: dict[tuple[str, str], _TypeFeatures] = {}
        self._phrases: dict[tuple[Entry, ...], _PhraseFeatures] = {}
        self._rule_names: dict[tuple[str, ...], tuple[Features, Features, Features]] = {}
        self._bos, self._eos = self._prepare(("BOS",)), self._prepare(("EOS",))

    def sentence(self, view: TokenView, start: int, end: int,
                 rules: Sequence[tuple[str, ...]] | None = None) -> list[list[Feature]]:
        """The feature lists of tokens ``[start, end)`` of ``view`` (one sentence); ``rules`` (by token, from
        :func:`rule_tags`) adds the rules' own entities around each token as evidence."""
        if end <= start:
            return []
        pairs = list(zip(view.keys[start:end], view.pieces[start:end]))
        types = list(map(self._types.get, pairs))
        if not all(types):
            types = [found or self._new_type(*pair) for found, pair in zip(types, pairs)]
        own, lent_2, lent_1, lent1, lent2 = zip(*types)
        nothing: tuple[Features, ...] = ((), ())
        out = [[*a, *b, *c, *d, *e] for a, b, c, d, e in zip(own, nothing + lent_2[:-2], (self._bos, *lent_1[:-1]),
                                                             (*lent1[1:], self._eos), lent2[2:] + nothing)]
        if self.lexical:
            self._add_phrases(view, start, end, out)
        if rules is not None and self.rules:
            self._add_rule_tags(rules, start, end, out)
        return out

    def _new_type(self, key: str, text: str) -> _TypeFeatures:
        """The features of a word type not seen yet and the forms it lends to its neighbours (``w-2=…``,
        ``w-1=…`` and ``c-1=…`` (its coarse cluster), ``w+1=…`` and ``c+1=…``, ``w+2=…``), cached while the
        table has room."""
        prepare = self._prepare
        plain = words.plain(key)
        own = _word_features(key, plain, text, self.lexical)
        after: tuple[str, ...] = (f"w-1={plain}",)
        before: tuple[str, ...] = (f"w+1={plain}",)
        if self.clusters:
            clusters = clusters_of(plain)
            coarse = clusters[0] if clusters else "-"
            if clusters:
                own += ["c=" + clusters[0], "cf=" + clusters[1]]
            after, before = (*after, f"c-1={coarse}"), (*before, f"c+1={coarse}")
        found = (prepare(own), prepare((f"w-2={plain}",)), prepare(after), prepare(before), prepare((f"w+2={plain}",)))
        if len(self._types) < _CACHE_LIMIT:
            self._types[(key, text)] = found
        return found

    def _add_phrases(self, view: TokenView, start: int, end: int, out: list[list[Feature]]) -> None:
        """Add to each token of ``[start, end)`` ``B-kind``/``I-kind`` for every lexicon phrase over it, and
        ``-1B-kind``/``+1B-kind`` for the phrases starting at its neighbours."""
        phrases = self._phrases
        last_offset = end - start - 1
        for offset, found in enumerate(view.matches[start:end]):
            for match in found:
                names = phrases.get(match.entries)
                if names is None:
                    names = phrases[match.entries] = self._phrase(match.entries)
                begin, inside, before, after = names
                out[offset] += begin
                if offset < last_offset:
                    out[offset + 1] += before
                if offset:
                    out[offset - 1] += after
                for inner in range(offset + 1, min(match.end, end) - start):
                    out[inner] += inside

    def _phrase(self, entries: tuple[Entry, ...]) -> _PhraseFeatures:
        """The features a lexicon phrase gives its first token, the tokens inside it, and the tokens after
        and before it."""
        names = set()
        for entry in entries:
            names.add(entry.kind)
            if entry.kind in _SUBKINDS and entry.data is not None:
                names.add(f"{entry.kind}:{entry.data.kind}")
        ordered = sorted(names)
        prepare = self._prepare
        return (prepare("B-" + n for n in ordered), prepare("I-" + n for n in ordered),
                prepare("-1B-" + n for n in ordered), prepare("+1B-" + n for n in ordered))

    def _add_rule_tags(self, rules: Sequence[tuple[str, ...]], start: int, end: int, out: list[list[Feature]]) -> None:
        """Add to each token of ``[start, end)`` its rule tags, and its neighbours' prefixed ``<`` (before)
        and ``>`` (after)."""
        last = end - start - 1
        for offset in range(end - start):
            tags = rules[start + offset]
            if not tags:
                continue
            names = self._rule_names.get(tags)
            if names is None:
                prepare = self._prepare
                names = self._rule_names[tags] = (prepare(tags), prepare(_RULE_NEIGHBOURS[tag][0] for tag in tags),
                                                  prepare(_RULE_NEIGHBOURS[tag][1] for tag in tags))
            own, before, after = names
            out[offset] += own
            if offset < last:
                out[offset + 1] += before
            if offset:
                out[offset - 1] += after


def _model_input(known: Collection[str]) -> Callable[[Iterable[str]], Features]:
    """The features of a model's input: those in ``known``, as UTF-8 bytes."""
    def prepare(features: Iterable[str]) -> Features:
        return tuple([feature.encode() for feature in features if feature in known])
    return prepare


def rule_tags(candidates: Iterable[Candidate], view: TokenView) -> list[tuple[str, ...]]:
    """For each token of ``view``, ``rB-LABEL``/``rI-LABEL`` of every rule candidate over it (nested ones
    too), and ``rSurname`` where the word is the last word of a person the rules named in full elsewhere in
    the document (a later «محبی» after «جلیل محبی»). Linear in the tokens."""
    tags: list[tuple[str, ...]] = [()] * view.n
    surnames = set()
    for candidate in candidates:
        for index in range(candidate.start, min(candidate.end, view.n)):
            tags[index] += (_RULE_TAGS[candidate.label][index != candidate.start],)
        if candidate.label == "PERSON" and candidate.end - candidate.start > 1:
            surnames.add(view.key(candidate.end - 1))
    if surnames:
        for index, key in enumerate(view.keys):
            if key in surnames:
                tags[index] += (_SURNAME_TAG,)
    return tags


_SURNAME_TAG = "rSurname"
_RULE_TAGS = {label: ("rB-" + label, "rI-" + label) for label in ("PERSON", "TITLE", "ORG", "LOC")}
_RULE_NEIGHBOURS = {tag: ("<" + tag, ">" + tag) for pair in _RULE_TAGS.values() for tag in (*pair, _SURNAME_TAG)}


def _word_features(key: str, plain: str, text: str, lexical: bool) -> list[str]:
    """The features of one word type: its plain form, shape, affixes and (``lexical``) dictionary and name
    evidence."""
    features = ["bias", "w=" + plain, "shape=" + _shape(text)]
    if _ZWNJ in text:
        features.append("n=" + text)
    if plain != OPAQUE and len(plain) > 1:
        features += [f"p{n}={plain[:n]}" for n in (1, 2, 3) if len(plain) > n]
        features += [f"s{n}={plain[-n:]}" for n in (1, 2, 3, 4) if len(plain) > n]
    if not lexical:
        return features
    tags = words.tags(key)
    features += ["pos=" + tag for tag in sorted(tags)]
    if not tags:
        features.append("oov")
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


def _shape(text: str) -> str:
    """A coarse shape: script classes of the characters, runs collapsed (``fa``, ``9``, ``Aa``, ``.``)."""
    classes: list[str] = []
    for char in text[:12]:
        if char.isdigit():
            shape = "9"
        elif char in _LATIN:
            shape = "A" if char.isupper() else "a"
        elif char.isalpha():
            shape = "f"
        elif char == _ZWNJ:
            shape = "z"
        else:
            shape = char if char in ".،:«»()!؟?" else "."
        if not classes or classes[-1] != shape:
            classes.append(shape)
    return "".join(classes)
