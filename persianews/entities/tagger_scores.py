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

from collections.abc import Iterable, Sequence
from typing import cast

from persianews.entities.crf_decoder import window_addends
from persianews.entities.crf_model import CrfModel
from persianews.entities.crf_native import native
from persianews.entities.matcher import TokenView
from persianews.entities.tagger_features import FeatureParts, TypeParts

#: A score per label, in the model's label order.
Vector = tuple[float, ...]


#: The most distinct sets of context parts whose sums :class:`EmissionScorer` keeps.
_SUMS_LIMIT = 100_000


class EmissionScorer(FeatureParts[Vector, tuple[int, ...]]):
    """Label scores for the tokens of a :class:`TokenView` under ``model`` (``lexical``, ``rules`` and
    ``clusters`` as the model was trained: see :class:`~persianews.entities.tagger_features.FeatureExtractor`;
    ``compiled`` False sums the weights in Python where the compiled module is there)."""

    def __init__(self, model: CrfModel, lexical: bool = True, rules: bool = True, clusters: bool = True,
                 compiled: bool = True) -> None:
        self.width = len(model.labels)
        module = native() if compiled else None
        self._state_vector = None if module is None else module.state_vector
        self._states = model.states
        self._zero: Vector = (0.0,) * self.width
        #: The vectors of the context groups (lexicon phrases, rule tags) the model knows, by number: a
        #: token's context is the tuple of its groups' numbers, and its sum is kept by that tuple.
        self._context_vectors: list[Vector] = []
        self._sums: dict[tuple[int, ...], Vector] = {(): self._zero}
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

    def scores(self, view: TokenView, start: int, end: int,
               rules: Sequence[tuple[str, ...]] | None = None) -> list[Vector]:
        """The score vectors of tokens ``[start, end)`` of ``view`` (see :meth:`window`)."""
        return [tuple(map(sum, zip(*row))) for row in zip(*window_addends(*self.window(view, start, end, rules)))]

    def _sum(self, parts: tuple[int, ...]) -> Vector:
        """The sum of the vectors of the context groups numbered ``parts``, kept while there is room."""
        vectors = self._context_vectors
        found = tuple(map(sum, zip(*(vectors[part] for part in parts))))
        if len(self._sums) < _SUMS_LIMIT:
            self._sums[parts] = found
        return found

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
        if self._state_vector is not None:
            return self._state_vector(self._states, features, self.width) or self._zero
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
