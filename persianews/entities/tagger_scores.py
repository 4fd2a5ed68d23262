"""The tagger's emission scores: each token's score for every label of a CRF model, read from its weights.

A linear-chain CRF scores label ``y`` at a token as the sum of the weights
``(attribute, y)`` of the token's attributes. The attributes come in the
groups :class:`~persianews.entities.tagger_features.FeatureParts` caches (a
word type's own, the ones it lends each neighbour, a lexicon phrase's, the
rules' tags); :class:`EmissionScorer` sums every group's weights once, when
the group is first seen, into a vector over the labels, and the context
groups over a token once per distinct set, so that a token's score is the sum
of six vectors (its own type's, the four neighbours', its context's), which
:meth:`~persianews.entities.crf_decoder.CrfDecoder.decode_window` adds as it
decodes. The scores equal crfsuite's up to the rounding of the additions'
order. A group's weights are summed by the compiled
:mod:`~persianews.entities.crf_native` where it was built (the same additions in
the same order). Linear in the number of tokens.
"""

from __future__ import annotations

import array
from collections.abc import Iterable, Sequence
from typing import Any, cast

from persianews.entities.crf_decoder import TypeVectors, window_addends
from persianews.entities.crf_model import CrfModel
from persianews.entities.crf_native import native
from persianews.entities.keys import OPAQUE
from persianews.entities.matcher import TokenView
from persianews.entities.tagger_features import (
    CACHE_LIMIT,
    FeatureParts,
    TypeParts,
    lent_features,
    shape_classes,
    type_analyses,
    word_shape,
)
from persianews.entities.trie import Entry

#: A score per label, in the model's label order: a tuple of floats, or where the compiled module runs,
#: the same numbers packed as native doubles (a bytes object).
Vector = tuple[float, ...] | bytes


#: The most distinct sets of context parts whose sums :class:`EmissionScorer` keeps.
_SUMS_LIMIT = 100_000
#: The prefixes of the features a word lends its neighbours.
_NEIGHBOURS = ("w-2=", "w-1=", "w+1=", "w+2=")


class EmissionScorer(FeatureParts[Vector, tuple[int, ...]]):
    """Label scores for the tokens of a :class:`TokenView` under ``model`` (``lexical``, ``rules`` and
    ``clusters`` as the model was trained: see :class:`~persianews.entities.tagger_features.FeatureExtractor`;
    ``compiled`` False sums the weights in Python where the compiled module is there)."""

    def __init__(self, model: CrfModel, lexical: bool = True, rules: bool = True, clusters: bool = True,
                 compiled: bool = True) -> None:
        self.width = len(model.labels)
        #: The compiled module in use (None: pure Python): the vectors are packed where it runs.
        self.compiled = native() if compiled else None
        #: The state weights as the sums read them: where compiled, one block (the pairs' objects, about
        #: 9 MB for the shipped model, are not kept); else the model's pairs by feature.
        self._table = None if self.compiled is None else self.compiled.weight_table(model.states, self.width)
        self._states = model.states if self.compiled is None else {}
        #: The word analyses the compiled sums of word types read (read on first use).
        self._analyses: tuple[Any, ...] | None = None
        self._zero: Vector = self._pack((0.0,) * self.width)
        #: The vectors of the context groups (lexicon phrases, rule tags) the model knows, by number: a
        #: token's context is the tuple of its groups' numbers, and its sum is kept by that tuple.
        self._context_vectors: list[Vector] = []
        self._sums: dict[tuple[int, ...], Vector] = {(): self._zero}
        #: The words of the model's neighbour features (``w-2=…``, ``w-1=…``, ``w+1=…``, ``w+2=…``), and the
        #: parts lent by a word of none of them, by its coarse cluster (see :meth:`_lent`).
        self._neighbours = {feature.partition("=")[2] for feature in model.states if feature.startswith(_NEIGHBOURS)}
        self._lent_by_cluster: dict[str | None, tuple[Vector, Vector, Vector, Vector]] = {}
        #: The vectors of the context groups as :meth:`document_labels` reads them: a lexicon phrase's by
        #: the identity of its entries (with them), rule tags' by the tags (see :meth:`_new_phrase`).
        self._phrase_vectors: dict[int, tuple[tuple[Entry, ...], tuple[Vector | None, ...] | None]] = {}
        self._rule_vectors: dict[tuple[str, ...], tuple[Vector | None, ...]] = {}
        #: The compiled look-up's index of the word types' cache by piece alone: ``(key, parts)`` of the last
        #: type of each piece found there (see ``crf_native.type_parts``).
        self._by_piece: dict[str, tuple[str, TypeParts[Vector]]] = {}
        super().__init__(self._vector, self._context, lexical, rules, clusters)

    def window(self, view: TokenView, start: int, end: int, rules: Sequence[tuple[str, ...]] | None = None
               ) -> tuple[list[TypeParts[Vector]], list[Vector], Vector, Vector]:
        """The scores of tokens ``[start, end)`` of ``view`` (one sentence) as
        :meth:`~persianews.entities.crf_decoder.CrfDecoder.decode_window` reads them: each token's word
        type's vectors (its own and those it lends its neighbours), each token's context vector (lexicon
        phrases, and the rules' tags from :func:`~persianews.entities.tagger_features.rule_tags`), and the
        vectors lent by the sentence's start and end."""
        types = self._type_parts(view, start, end)
        contexts: list[tuple[int, ...]] = [()] * (end - start)
        self._add_context(view, start, end, rules, contexts)
        known = list(map(self._sums.get, contexts))
        context = cast("list[Vector]", known) if None not in known else \
            [found or self._sum(parts) for found, parts in zip(known, contexts)]
        return types, context, self._bos, self._eos

    def document_labels(self, transitions: bytes, view: TokenView, ranges: Sequence[tuple[int, int]],
                        rules: Sequence[tuple[str, ...]] | None = None) -> list[list[int]]:
        """The compiled twin of :meth:`window` then
        :meth:`~persianews.entities.crf_decoder.CrfDecoder.decode_window` for every range ``(start, end)``
        (``0 <= start <= end <= view.n``) of ``view``'s tokens: the label indexes of each, in one pass of
        the compiled module over the document, under the ``transitions`` packed as
        :attr:`~persianews.entities.crf_decoder.CrfDecoder.packed` holds them. The word types' vectors come
        from the cache (read in C); the lexicon phrases' and the rule tags' parts are added in C, token by token in the
        order :meth:`_add_context` adds them, and each sentence decoded there: the same sums in the same
        order, so the same labels. Linear in the tokens and the phrases (plus a binary search per range)."""
        if self.compiled is None:
            raise ValueError("document_labels needs the compiled module (crf_native)")
        matches = view.matches.reads() if self.lexical else None
        tags = list(rules) if rules is not None and self.rules else None
        types = self.compiled.type_parts(self._types, self._by_piece, view.keys, view.pieces, self._new_type,
                                         self._maker()) \
            if type(view.keys) is list and type(view.pieces) is list else self._type_parts(view, 0, view.n)
        return self.compiled.tag_document(transitions, self._bos, self._eos, types, matches,
                                          self._phrase_vectors, self._new_phrase, tags, self._rule_vectors,
                                          self._new_rule, list(ranges))

    def _maker(self) -> tuple[Any, ...] | None:
        """What the compiled module reads to make a new word type's parts itself (``crf_native.type_parts``:
        the twin of :meth:`_new_type` with :meth:`_own` and :meth:`_lent`), or None where it cannot (no lexicon
        features or no clusters: :meth:`_new_type` then)."""
        if not (self.lexical and self.clusters):
            return None
        if self._analyses is None:
            self._analyses = type_analyses()
        return (self._table, shape_classes(), self._analyses, self._neighbours, self._lent_by_cluster, self._lent,
                self._zero, CACHE_LIMIT)

    def _new_phrase(self, entries: tuple[Entry, ...]) -> tuple[Vector | None, ...] | None:
        """The vectors of a lexicon phrase's parts (:meth:`_phrase`; None: nothing to add) for
        :meth:`document_labels`, kept by the entries' identity (with the entries, as
        :meth:`_add_phrases` keeps their numbers)."""
        parts = self._phrase(entries)
        vectors = None if parts is None else tuple(map(self._context_vector, parts))
        self._phrase_vectors[id(entries)] = (entries, vectors)
        return vectors

    def _new_rule(self, tags: tuple[str, ...]) -> tuple[Vector | None, ...]:
        """The vectors of rule ``tags``' parts (:meth:`_rule_parts`) for :meth:`document_labels`, kept."""
        parts = self._rule_names.get(tags) or self._rule_parts(tags)
        vectors = self._rule_vectors[tags] = tuple(map(self._context_vector, parts))
        return vectors

    def _context_vector(self, part: tuple[int, ...]) -> Vector | None:
        """The vector of a context part (None for the empty part: nothing to add)."""
        return self._context_vectors[part[0]] if part else None

    def scores(self, view: TokenView, start: int, end: int,
               rules: Sequence[tuple[str, ...]] | None = None) -> list[tuple[float, ...]]:
        """The score vectors of tokens ``[start, end)`` of ``view`` (see :meth:`window`), as tuples."""
        types, context, bos, eos = self.window(view, start, end, rules)
        unpacked = [cast(TypeVectors, tuple(map(_floats, parts))) for parts in types]
        addends = window_addends(unpacked, list(map(_floats, context)), _floats(bos), _floats(eos))
        return [tuple(map(sum, zip(*row))) for row in zip(*addends)]

    def _pack(self, scores: Sequence[float]) -> Vector:
        """``scores`` as this scorer's vectors are: packed where the compiled module runs, else a tuple."""
        return tuple(scores) if self.compiled is None else array.array("d", scores).tobytes()

    def _sum(self, parts: tuple[int, ...]) -> Vector:
        """The sum of the vectors of the context groups numbered ``parts`` (label by label, left to right),
        kept while there is room."""
        vectors = [self._context_vectors[part] for part in parts]
        if self.compiled is not None:
            found = self.compiled.sum_vectors(vectors)
        else:
            total = cast("tuple[float, ...]", vectors[0])
            for vector in vectors[1:]:
                total = tuple(a + b for a, b in zip(total, cast("tuple[float, ...]", vector)))
            found = total
        if len(self._sums) < _SUMS_LIMIT:
            self._sums[parts] = found
        return found

    def _lent(self, plain: str, coarse: str | None) -> tuple[Vector, Vector, Vector, Vector]:
        """:meth:`FeatureParts._lent <persianews.entities.tagger_features.FeatureParts._lent>`; for a word
        of none of the model's neighbour features (most words of a text), the vectors of its cluster alone
        (the same sums: a feature the model does not know adds nothing), kept by cluster; where compiled, the
        others' are written and summed in C."""
        if plain in self._neighbours:
            if self.compiled is None:
                return super()._lent(plain, coarse)
            zero = self._zero
            lent = self.compiled.lent_sums(self._table, plain, coarse)
            return tuple(vector or zero for vector in lent)  # type: ignore[return-value]  # four
        found = self._lent_by_cluster.get(coarse)
        if found is None:
            after_2, after_1, before_1, before_2 = map(self._vector, lent_features(None, coarse))
            found = self._lent_by_cluster[coarse] = (after_2, after_1, before_1, before_2)
        return found

    def _own(self, key: str, plain: str, text: str) -> tuple[Vector, str | None]:
        """:meth:`FeatureParts._own <persianews.entities.tagger_features.FeatureParts._own>`: where compiled
        and with the lexicon features and the clusters, read and summed in C (the same features in the same
        order, :func:`~persianews.entities.tagger_features.type_analyses`)."""
        if self.compiled is None or not (self.lexical and self.clusters):
            return super()._own(key, plain, text)
        if self._analyses is None:
            self._analyses = type_analyses()
        own, coarse = self.compiled.type_sum(self._table, shape_classes(), self._analyses, key, plain, text)
        return own or self._zero, coarse

    def _word_part(self, plain: str, text: str, tail: list[str]) -> Vector:
        """:meth:`FeatureParts._word_part <persianews.entities.tagger_features.FeatureParts._word_part>`:
        where compiled, the form's shape is read and its features are written and summed in C (the same
        features, in the same order)."""
        if self.compiled is None:
            return super()._word_part(plain, text, tail)
        shape = self.compiled.word_shape(shape_classes(), text)
        return self.compiled.word_sum(self._table, plain, text, word_shape(text) if shape is None else shape,
                                      plain != OPAQUE, tail) or self._zero

    def _context(self, features: Iterable[str]) -> tuple[int, ...]:
        """The context part of ``features``: the number of their vector, or nothing when the model knows
        none of them."""
        vector = self._vector(features)
        if vector is self._zero:
            return ()
        self._context_vectors.append(vector)
        return (len(self._context_vectors) - 1,)

    def _vector(self, features: Iterable[str]) -> Vector:
        """The summed weights of ``features`` by label (the shared zero vector when the model knows none)."""
        if self.compiled is not None:
            return self.compiled.table_sum(self._table, features) or self._zero
        states = self._states
        scores = None
        for feature in features:
            weights = states.get(feature)
            if weights:
                if scores is None:
                    scores = [0.0] * self.width
                for label, weight in weights:
                    scores[label] += weight
        return self._zero if scores is None else tuple(scores)


def _floats(vector: Vector) -> tuple[float, ...]:
    """A vector's scores as a tuple of floats."""
    return tuple(array.array("d", vector)) if isinstance(vector, bytes) else vector
