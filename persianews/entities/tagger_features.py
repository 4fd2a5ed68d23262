"""Features of the learned entity tagger: word form, affixes, shape, neighbours and lexicon evidence.

Every token of a sentence gets a list of feature strings (python-crfsuite's
item format). The features of a word type (its key, affixes, shape, dictionary
tags, given-name and surname evidence) and the forms it lends to its
neighbours are computed once per token key and cached in a bounded table;
the per-token work is a few list concatenations. Lexicon phrases (places with
their kind, organisations, organisation and title heads, honorifics, given
names, public figures, reporting cues, context words) come from the
:class:`~persianews.entities.matcher.TokenView` the rules already built, as
``B-``/``I-`` membership of every phrase over the token. The cost is linear
in the number of tokens times the longest lexicon phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from persianews.entities import lexicons, words
from persianews.entities.clusters import clusters_of
from persianews.entities.keys import OPAQUE
from persianews.entities.matcher import Entry, TokenView

if TYPE_CHECKING:
    from persianews.entities.candidates import Candidate

_CACHE_LIMIT = 200_000
_NEIGHBOURS = (-2, -1, 1, 2)
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ZWNJ = "\u200c"

#: Lexicon entry kinds whose row ``kind`` field is worth a feature of its own (place: province, city …).
_SUBKINDS = frozenset({"place", "org", "head", "honorific", "figure", "org_head"})


class FeatureExtractor:
    """Feature lists for the tokens of a :class:`TokenView` (``lexical`` False drops the lexicon features,
    ``rules`` False the rules' entities, ``clusters`` False the word clusters)."""

    def __init__(self, lexical: bool = True, rules: bool = True, clusters: bool = True) -> None:
        self.lexical = lexical
        self.rules = rules
        self.clusters = clusters
        self._own: dict[tuple[str, str], list[str]] = {}
        self._as_neighbour: dict[str, tuple[str, ...]] = {}
        self._names: dict[tuple[Entry, ...], tuple[tuple[str, ...], ...]] = {}

    def sentence(self, view: TokenView, start: int, end: int,
                 rules: Sequence[tuple[str, ...]] | None = None) -> list[list[str]]:
        """The feature lists of tokens ``[start, end)`` of ``view`` (one sentence); ``rules`` (by token, from
        :func:`rule_tags`) adds the rules' own entities around each token as evidence."""
        keys = view.keys
        tokens = view.tokens
        size = end - start
        neighbour_forms = [self._neighbour(keys[i]) for i in range(start, end)]
        out = [self._word(keys[index], tokens[index].text)
               + ([neighbour_forms[offset - 1][1], neighbour_forms[offset - 1][4]] if offset else ["BOS"])
               + ([neighbour_forms[offset + 1][2], neighbour_forms[offset + 1][5]] if offset + 1 < size else ["EOS"])
               for offset, index in enumerate(range(start, end))]
        for offset in range(2, size):
            out[offset].append(neighbour_forms[offset - 2][0])
            out[offset - 2].append(neighbour_forms[offset][3])
        if self.lexical:
            self._add_phrases(view, start, end, out)
        if rules is not None and self.rules:
            _add_rule_tags(rules, start, end, out)
        return out

    def _neighbour(self, key: str) -> tuple[str, ...]:
        """The forms a word lends to the tokens around it (``w-2=…``, ``w-1=…``, ``w+1=…``, ``w+2=…``, then
        its coarse cluster to the token after and before it: ``c-1=…``, ``c+1=…``)."""
        found = self._as_neighbour.get(key)
        if found is None:
            plain = words.plain(key)
            clusters = clusters_of(plain) if self.clusters else None
            coarse = clusters[0] if clusters else "-"
            found = (*(f"w{shift:+d}={plain}" for shift in _NEIGHBOURS), f"c-1={coarse}", f"c+1={coarse}")
            if len(self._as_neighbour) < _CACHE_LIMIT:
                self._as_neighbour[key] = found
        return found

    def _word(self, key: str, text: str) -> list[str]:
        """The features of one word type, cached."""
        found = self._own.get((key, text))
        if found is None:
            found = _word_features(key, text, self.lexical, self.clusters)
            if len(self._own) < _CACHE_LIMIT:
                self._own[(key, text)] = found
        return found

    def _add_phrases(self, view: TokenView, start: int, end: int, out: list[list[str]]) -> None:
        """Add to each token of ``[start, end)`` ``B-kind``/``I-kind`` for every lexicon phrase over it, and
        ``-1B-kind``/``+1B-kind`` for the phrases starting at its neighbours."""
        matches = view.matches
        last_offset = end - start - 1
        for index in range(start, end):
            offset = index - start
            for match in matches[index]:
                names = self._names.get(match.entries)
                if names is None:
                    names = self._names[match.entries] = _phrase_names(match.entries)
                begin, inside, before, after = names
                out[offset] += begin
                if offset < last_offset:
                    out[offset + 1] += before
                if offset:
                    out[offset - 1] += after
                for inner in range(offset + 1, min(match.end, end) - start):
                    out[inner] += inside


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


def _add_rule_tags(rules: Sequence[tuple[str, ...]], start: int, end: int, out: list[list[str]]) -> None:
    """Add to each token of ``[start, end)`` its rule tags, and its neighbours' prefixed ``<`` (before) and
    ``>`` (after)."""
    last = end - start - 1
    for offset in range(end - start):
        own = rules[start + offset]
        if not own:
            continue
        out[offset] += own
        if offset < last:
            out[offset + 1] += [_RULE_NEIGHBOURS[tag][0] for tag in own]
        if offset:
            out[offset - 1] += [_RULE_NEIGHBOURS[tag][1] for tag in own]


def _phrase_names(entries: tuple[Entry, ...]) -> tuple[tuple[str, ...], ...]:
    """The feature names of a lexicon phrase: at its first token, inside it, and at the tokens after and
    before it."""
    names = []
    for entry in entries:
        names.append(entry.kind)
        if entry.kind in _SUBKINDS and entry.data is not None:
            names.append(f"{entry.kind}:{entry.data.kind}")
    names = sorted(set(names))
    return (tuple("B-" + n for n in names), tuple("I-" + n for n in names),
            tuple("-1B-" + n for n in names), tuple("+1B-" + n for n in names))


def _word_features(key: str, text: str, lexical: bool, clusters: bool) -> list[str]:
    plain = words.plain(key)
    features = ["bias", "w=" + plain, "shape=" + _shape(text)]
    found = clusters_of(plain) if clusters else None
    if found is not None:
        features += ["c=" + found[0], "cf=" + found[1]]
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
