"""The learned entity tagger: a linear-chain CRF (trained with python-crfsuite) over the lexicon-aware features.

The tagger labels each sentence's tokens with BIO tags for PERSON, ORG and LOC
(or IO tags, for a model trained so: :data:`SCHEMES`, read from the model's labels),
given the rules' own candidates as features (a stacked model: it learns where
the rules err), and returns the spans as :class:`~persianews.entities.candidates.Candidate`
objects over token indexes, which :func:`~persianews.entities.tagger_merge.merge` combines with the rules'
candidates. The shipped model (``models/ner_tagger.crfsuite``, built by
``models/build/ner/train.py``) is read on first use; a user's model is any
file written by :func:`train` (``persianews train-ner``). Tagging reads the
model file's weights itself (:mod:`~persianews.entities.crf_model`), sums them
by cached feature group (:mod:`~persianews.entities.tagger_scores`) and decodes
(:mod:`~persianews.entities.crf_decoder`), with crfsuite's labels: no crfsuite
at run time. The sums and the decoding run compiled where the optional
:mod:`~persianews.entities.crf_native` was built, else in pure Python, with the
same labels. Linear in the number of tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress, count
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

import attrs

from persianews.entities.candidates import Candidate
from persianews.entities.crf_decoder import CrfDecoder
from persianews.entities.crf_model import read_crf_model
from persianews.entities.initials import read_whole
from persianews.entities.tagger_document import PROPAGATED, propagate
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_merge import TAGGER_RULE, TAGGER_VETOES, TAGGER_WINS, merge, plausible
from persianews.entities.tagger_scores import EmissionScorer
from persianews.errors import PipelineError
from persianews.optional import import_optional
from persianews.tokens import TokenTable

if TYPE_CHECKING:
    from persianews.document import Document
    from persianews.entities.matcher import TokenView

#: The shipped model's file name in ``models/``.
DEFAULT_MODEL = "ner_tagger.crfsuite"
LABELS = ("PERSON", "ORG", "LOC")
#: The label schemes a model may use: BIO (``B-PERSON``, ``I-PERSON``, ``O``) or IO (``PERSON``, ``O``: an
#: entity is a maximal run of one label, so two adjacent entities of one label come out as one; fewer labels
#: make decoding faster, its cost growing with the square of their number).
SCHEMES = ("bio", "io")
#: The marginal probability every token of a tagger span needs to be added to the rules' entities
#: (chosen on ParsTwiNER dev and the seeds: see bench/bench_ner.py).
MIN_CONFIDENCE = 0.0


class EntityTagger:
    """A trained CRF model (a crfsuite model file's bytes) with its emission scorer and decoder
    (``lexical`` and ``rules`` must match how it was trained); crfsuite itself is needed only for
    ``min_confidence`` (marginal probabilities). ``compiled`` False keeps the scorer and the decoder to
    pure Python where the compiled module (:mod:`~persianews.entities.crf_native`) is there: the same
    labels, slower."""

    def __init__(self, model: bytes, lexical: bool = True, min_confidence: float = MIN_CONFIDENCE,
                 source: str = "the model", rules: bool = True, compiled: bool = True) -> None:
        self._model = model
        weights = read_crf_model(model, source)
        self.labels = weights.labels
        #: The model's label scheme, read from its labels (:func:`label_scheme`).
        self.scheme = label_scheme(self.labels)
        self.scorer = EmissionScorer(weights, lexical, rules, compiled=compiled)
        self.decoder = CrfDecoder(weights.transitions, compiled)
        self.min_confidence = min_confidence
        #: The merge policy (see :func:`~persianews.entities.tagger_merge.merge`).
        self.wins = TAGGER_WINS
        self.vetoes = TAGGER_VETOES
        #: The labels whose spans are repeated at their words' other occurrences in the document
        #: (:func:`~persianews.entities.tagger_document.propagate`).
        self.propagated = PROPAGATED

    def tag(self, view: TokenView, ranges: Sequence[tuple[int, int]], rules: Iterable[Candidate] = ()) -> list[list[str]]:
        """The labels (in the model's :attr:`scheme`) for the tokens of every range (sentence) of ``view``
        (``rules``: the rules' candidates)."""
        return self._labels(view, ranges, rule_tags(rules, view))

    def _labels(self, view: TokenView, ranges: Sequence[tuple[int, int]],
                tags: Sequence[tuple[str, ...]]) -> list[list[str]]:
        """The labels of the tokens of every range of ``view`` given the rules' ``tags``
        (:meth:`_label_indexes` read as the model's labels)."""
        labels = self.labels
        return [list(map(labels.__getitem__, indexes)) for indexes in self._label_indexes(view, ranges, tags)]

    def _label_indexes(self, view: TokenView, ranges: Sequence[tuple[int, int]],
                       tags: Sequence[tuple[str, ...]]) -> list[list[int]]:
        """The label indexes (into :attr:`labels`) of the tokens of every range of ``view`` given the rules'
        ``tags``: in one compiled pass over the document
        (:meth:`~persianews.entities.tagger_scores.EmissionScorer.document_labels`) where the compiled module
        runs and the ranges lie within the tokens, else range by range in Python."""
        ranges = list(ranges)
        if self.scorer.compiled is not None and all(0 <= start <= end <= view.n for start, end in ranges):
            return self.scorer.document_labels(self.decoder.packed, view, ranges, tags)
        return [self.decoder.decode_window(*self.scorer.window(view, start, end, tags)) for start, end in ranges]

    def candidates(self, view: TokenView, ranges: Sequence[tuple[int, int]],
                   min_confidence: float = 0.0, rules: Iterable[Candidate] = ()) -> list[Candidate]:
        """The PERSON, ORG and LOC spans the model finds, as candidates over token indexes, given the rules'
        candidates; with ``min_confidence``, only spans whose every token has at least that marginal
        probability (computed by crfsuite: the ``ner`` extra)."""
        rules = list(rules)
        tags = rule_tags(rules, view)
        out = []
        ranges = [(start, end) for start, end in ranges if end > start]
        if min_confidence:
            marginal = self._marginals(view, tags)
            spans_of = SPANS_OF_SCHEME[self.scheme]
            for (start, end), labels in zip(ranges, self._labels(view, ranges, tags)):
                probability = marginal(start, end, labels)
                out += [Candidate(label, start + first, start + last, TAGGER_RULE) for label, first, last
                        in spans_of(labels) if not min(probability[first:last]) < min_confidence]
        else:  # the spans read from the label indexes (no label strings per token), all ranges at once
            out += [Candidate(label, first, last, TAGGER_RULE) for label, first, last
                    in ranged_spans(self.labels, self.scheme, ranges, self._label_indexes(view, ranges, tags))]
        return split_at_rules(out, rules) if self.scheme == "io" else out

    def _marginals(self, view: TokenView, tags: Sequence[tuple[str, ...]]) -> Callable[[int, int, list[str]], list[float]]:
        """A function of a sentence ``[start, end)`` of ``view`` and its labels giving each label's marginal
        probability, from crfsuite."""
        crfsuite = import_optional("pycrfsuite", "ner", "the entity tagger's confidence")
        tagger = crfsuite.Tagger()
        tagger.open_inmemory(self._model)
        extractor = FeatureExtractor(self.scorer.lexical, self.scorer.rules, self.scorer.clusters)

        def marginals(start: int, end: int, labels: list[str]) -> list[float]:
            tagger.set(extractor.sentence(view, start, end, tags))
            return [tagger.marginal(label, t) for t, label in enumerate(labels)]
        return marginals

    def source_spans(self, doc: Document) -> list[tuple[int, int, str]]:
        """The model's entities of a segmented ``doc`` as ``(start, end, label)`` in the source text."""
        tokens = doc.tokens
        view, rules = rules_of(doc)
        return [(tokens[c.start].source_span.start, tokens[c.end - 1].source_span.end, c.label)
                for c in self.candidates(view, sentence_ranges(doc), rules=rules)]

    def combine(self, doc: Document, view: TokenView, chosen: list[Candidate]) -> list[Candidate]:
        """The rules' candidates of ``doc`` merged with the tagger's spans of at least
        :data:`MIN_CONFIDENCE`, repeated at their words' other occurrences for the :attr:`propagated` labels
        (see :func:`~persianews.entities.tagger_merge.merge`); titles stay as they are."""
        titles = [c for c in chosen if c.label == "TITLE"]
        others = [c for c in chosen if c.label != "TITLE"]
        tagged = self.candidates(view, sentence_ranges(doc), self.min_confidence, chosen)
        if self.propagated:
            tagged = propagate(view, tagged, self.propagated)
        tagged = plausible(tagged, view, others)
        tagged = read_whole(view, others, tagged)
        return titles + merge(others, tagged, titles, self.wins, self.vetoes, view)


def rules_of(doc: Document) -> tuple[TokenView, list[Candidate]]:
    """The token view of a segmented ``doc`` and the rules' candidates (the tagger's evidence)."""
    from persianews.entities.extract import rule_candidates
    from persianews.entities.linker_referents import thread_surnames

    return rule_candidates(doc, thread_surnames(doc))


def bio_spans(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(label, start, end)`` of each entity in a BIO sequence (an ``I-`` without its ``B-`` opens one).
    Only the tokens labelled other than ``O`` are visited (an ``O`` ends the entity before it)."""
    return _bio_runs(map("O".__ne__, labels), lambda index: labels[index].partition("-"))


def _bio_runs(named: Iterable[bool], parse: Callable[[int], tuple[str, str, str]]) -> list[tuple[str, int, int]]:
    """:func:`bio_spans` of a sequence whose tokens other than ``O`` are those ``named`` is true of, token
    ``index``'s label partitioned at its first ``-`` by ``parse``."""
    spans = []
    current: tuple[str, int] | None = None
    previous = -2
    for index in compress(count(), named):
        prefix, _, label = parse(index)
        if current is not None and (index != previous + 1 or prefix != "I" or label != current[0]):
            spans.append((current[0], current[1], previous + 1))
            current = None
        if current is None and prefix in ("B", "I"):
            current = (label, index)
        previous = index
    if current is not None:
        spans.append((current[0], current[1], previous + 1))
    return spans


def io_spans(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(label, start, end)`` of each entity in an IO sequence: a maximal run of one label other than ``O``."""
    spans = []
    start = 0
    for index in range(1, len(labels) + 1):
        if index == len(labels) or labels[index] != labels[start]:
            if labels[start] != "O":
                spans.append((labels[start], start, index))
            start = index
    return spans


#: The span reader of each label scheme.
SPANS_OF_SCHEME: dict[str, Callable[[Sequence[str]], list[tuple[str, int, int]]]] = {"bio": bio_spans, "io": io_spans}


def ranged_spans(names: Sequence[str], scheme: str, ranges: Sequence[tuple[int, int]],
                 indexes: Iterable[Sequence[int]]) -> list[tuple[str, int, int]]:
    """``(label, start, end)`` in token positions of the entities of each range's label ``indexes`` (into a
    model's label ``names``, of label ``scheme``), range after range, as :data:`SPANS_OF_SCHEME` reads each
    range's labels. Read at once: the ranges' label indexes end to end as bytes, with a byte of no label
    between two ranges (which no entity crosses), matched by :func:`_span_pattern` (no Python step per
    token). Linear in the labels, plus a binary search per entity."""
    pattern = _span_pattern(tuple(names), scheme)
    if pattern is None:  # too many labels for a byte: range by range
        return [(label, start + first, start + last) for (start, _end), labels in zip(ranges, indexes)
                for label, first, last in SPANS_OF_SCHEME[scheme]([names[i] for i in labels])]
    joined = bytearray()
    starts: list[int] = []  # where each range's labels start in joined
    for labels in indexes:
        starts.append(len(joined))
        joined += bytes(labels)
        joined.append(_BETWEEN)
    entities = _entity_labels(tuple(names), scheme)
    shifts = [start - at for (start, _end), at in zip(ranges, starts)]  # from joined to the tokens, by range
    out = []
    for match in pattern.finditer(joined):
        first, last = match.span()
        shift = shifts[bisect.bisect_right(starts, first) - 1]
        out.append((entities[joined[first]], first + shift, last + shift))
    return out


#: The byte between two ranges' labels in :func:`ranged_spans` (no label's index: a model has fewer labels).
_BETWEEN = 255


@functools.lru_cache(maxsize=8)
def _entity_labels(names: tuple[str, ...], scheme: str) -> tuple[str, ...]:
    """The entity label each of a model's label ``names`` names in ``scheme``: ``PERSON`` of ``B-PERSON`` (BIO:
    the part after the first ``-``), the name itself (IO)."""
    return tuple(name.partition("-")[2] for name in names) if scheme == "bio" else names


@functools.lru_cache(maxsize=8)
def _span_pattern(names: tuple[str, ...], scheme: str) -> re.Pattern[bytes] | None:
    """A pattern matching each entity in label indexes as bytes, as :data:`SPANS_OF_SCHEME` reads them: in BIO,
    a ``B-`` or ``I-`` label of an entity label then its ``I-`` labels (an ``I-`` without its ``B-`` opens
    one; any other label, ``O`` or another entity's, ends it); in IO, a run of one label other than ``O``.
    None for a model of more labels than :data:`_BETWEEN`."""
    if len(names) > _BETWEEN:
        return None
    runs = []
    if scheme == "bio":
        parsed = [name.partition("-") for name in names]
        for entity in dict.fromkeys(label for prefix, _, label in parsed if prefix in ("B", "I")):
            first = bytes(i for i, (prefix, _, label) in enumerate(parsed) if label == entity and prefix in ("B", "I"))
            inside = bytes(i for i, (prefix, _, label) in enumerate(parsed) if label == entity and prefix == "I")
            runs.append(f"[{re.escape(first.decode('latin-1'))}]"
                        + (f"[{re.escape(inside.decode('latin-1'))}]*" if inside else ""))
    else:
        runs = [f"{re.escape(chr(i))}+" for i, name in enumerate(names) if name != "O"]
    return re.compile("|".join(runs).encode("latin-1") if runs else b"(?!)")


def split_at_rules(spans: list[Candidate], rules: Iterable[Candidate]) -> list[Candidate]:
    """IO ``spans`` with each one that the rules' candidates of its label tile exactly (two or more, end to
    end: adjacent entities that IO labels merge) split into those pieces. Linear in the spans and rules."""
    ends: dict[tuple[str, int], int] = {}
    for rule in rules:
        key = (rule.label, rule.start)
        ends[key] = max(ends.get(key, rule.end), rule.end)
    out: list[Candidate] = []
    for span in spans:
        pieces = []
        position = span.start
        while position < span.end and (span.label, position) in ends:
            pieces.append(attrs.evolve(span, start=position, end=ends[span.label, position]))
            position = pieces[-1].end
        out.extend(pieces if len(pieces) > 1 and position == span.end else (span,))
    return out


def label_scheme(labels: Iterable[str]) -> str:
    """The scheme of a model's ``labels``: ``"bio"`` when any has a ``B-`` or ``I-`` prefix, else ``"io"``."""
    return "bio" if any(label[:2] in ("B-", "I-") for label in labels) else "io"


def to_io(labels: Iterable[str]) -> list[str]:
    """BIO labels as IO labels (the prefixes dropped: adjacent entities of one label become one)."""
    return [label[2:] if label[:2] in ("B-", "I-") else label for label in labels]


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """The token index range ``[start, end)`` of each sentence of ``doc`` (every token in one range).
    O(s log n) for s sentences and n tokens, reading a token table's starts without making its records."""
    tokens = doc.tokens
    offsets = tokens.starts if isinstance(tokens, TokenTable) else [token.span.start for token in tokens]
    if not doc.sentences:
        return [(0, len(offsets))] if offsets else []
    ranges = []
    previous = 0
    for sentence in doc.sentences[1:]:
        cut = bisect.bisect_left(offsets, sentence.span.start, previous)
        ranges.append((previous, cut))
        previous = cut
    ranges.append((previous, len(offsets)))
    return [r for r in ranges if r[1] > r[0]]


@functools.lru_cache(maxsize=8)
def load_tagger(path: str | None = None) -> EntityTagger:
    """The tagger of the model file at ``path`` (the shipped model when None), loaded once per path."""
    if path is None:
        from persianews.resources import models_folder

        model = models_folder().joinpath(DEFAULT_MODEL).read_bytes()
    else:
        try:
            with open(path, "rb") as handle:
                model = handle.read()
        except OSError as error:
            raise PipelineError(f"cannot read the entity tagger model {path!r}: {error.strerror}") from None
    return EntityTagger(model, source=repr(path) if path else DEFAULT_MODEL)
