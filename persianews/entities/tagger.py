"""The learned entity tagger: a linear-chain CRF (trained with python-crfsuite) over the lexicon-aware features.

The tagger labels each sentence's tokens with BIO tags for PERSON, ORG and LOC,
given the rules' own candidates as features (a stacked model: it learns where
the rules err), and returns the spans as :class:`~persianews.entities.candidates.Candidate`
objects over token indexes, which :func:`merge` combines with the rules'
candidates. The shipped model (``models/ner_tagger.crfsuite``, built by
``models/build/ner/train.py``) is read on first use; a user's model is any
file written by :func:`train` (``persianews train-ner``). Tagging reads the
model file's weights itself (:mod:`~persianews.entities.crf_model`), sums them
by cached feature group (:mod:`~persianews.entities.tagger_scores`) and decodes
in pure Python (:mod:`~persianews.entities.crf_decoder`), with crfsuite's
labels: no crfsuite at run time. Linear in the number of tokens.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

import attrs

from persianews.entities.candidates import Candidate
from persianews.entities.crf_decoder import CrfDecoder
from persianews.entities.crf_model import read_crf_model
from persianews.entities.intervals import IntervalIndex
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
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
#: The rule name of a tagger-only entity; an entity both found carries ``"<rule>+tagger"``.
TAGGER_RULE = "tagger"
#: The labels whose tagger span replaces the rule candidates it overlaps (chosen on the dev split of the
#: training annotations, models/build/ner/dev.py: people too added 0.4 points of F1 on the news, places
#: lost 0.2; see :func:`merge`).
TAGGER_WINS = frozenset({"ORG", "PERSON"})
#: The labels whose rule candidates are dropped when the tagger, which saw them as features, puts no span
#: over them (same dev split: fewer false organisations, +0.3 points on Telegram; people are not vetoed:
#: the rules' surname-only subjects, «🔹غفوری ضمن …», would be lost from the seeds).
TAGGER_VETOES = frozenset({"ORG", "LOC"})
#: The marginal probability every token of a tagger span needs to be added to the rules' entities
#: (chosen on ParsTwiNER dev and the seeds: see bench/bench_ner.py).
MIN_CONFIDENCE = 0.0


class EntityTagger:
    """A trained CRF model (a crfsuite model file's bytes) with its emission scorer and decoder
    (``lexical`` and ``rules`` must match how it was trained); crfsuite itself is needed only for
    ``min_confidence`` (marginal probabilities)."""

    def __init__(self, model: bytes, lexical: bool = True, min_confidence: float = MIN_CONFIDENCE,
                 source: str = "the model", rules: bool = True) -> None:
        self._model = model
        weights = read_crf_model(model, source)
        self.labels = weights.labels
        self.scorer = EmissionScorer(weights, lexical, rules)
        self.decoder = CrfDecoder(weights.transitions)
        self.min_confidence = min_confidence
        #: The merge policy (see :func:`merge`).
        self.wins = TAGGER_WINS
        self.vetoes = TAGGER_VETOES

    def tag(self, view: TokenView, ranges: Sequence[tuple[int, int]], rules: Iterable[Candidate] = ()) -> list[list[str]]:
        """BIO labels for the tokens of every range (sentence) of ``view`` (``rules``: the rules' candidates)."""
        tags = rule_tags(rules, view)
        return [self._labels(view, start, end, tags) for start, end in ranges]

    def _labels(self, view: TokenView, start: int, end: int, tags: Sequence[tuple[str, ...]]) -> list[str]:
        """The BIO labels of tokens ``[start, end)`` of ``view`` given the rules' ``tags``."""
        labels = self.labels
        return [labels[index] for index in self.decoder.decode(*self.scorer.addends(view, start, end, tags))]

    def candidates(self, view: TokenView, ranges: Sequence[tuple[int, int]],
                   min_confidence: float = 0.0, rules: Iterable[Candidate] = ()) -> list[Candidate]:
        """The PERSON, ORG and LOC spans the model finds, as candidates over token indexes, given the rules'
        candidates; with ``min_confidence``, only spans whose every token has at least that marginal
        probability (computed by crfsuite: the ``ner`` extra)."""
        tags = rule_tags(rules, view)
        marginal = self._marginals(view, tags) if min_confidence else None
        out = []
        for start, end in ranges:
            if end <= start:
                continue
            labels = self._labels(view, start, end, tags)
            if marginal is not None:
                probability = marginal(start, end, labels)
            for label, first, last in bio_spans(labels):
                if marginal is not None and min(probability[first:last]) < min_confidence:
                    continue
                out.append(Candidate(label, start + first, start + last, TAGGER_RULE))
        return out

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
        :data:`MIN_CONFIDENCE` (see :func:`merge`); titles stay as they are."""
        titles = [c for c in chosen if c.label == "TITLE"]
        others = [c for c in chosen if c.label != "TITLE"]
        tagged = self.candidates(view, sentence_ranges(doc), self.min_confidence, chosen)
        return titles + merge(others, tagged, titles, self.wins, self.vetoes)


def rules_of(doc: Document) -> tuple[TokenView, list[Candidate]]:
    """The token view of a segmented ``doc`` and the rules' candidates (the tagger's evidence)."""
    from persianews.entities.extract import rule_candidates
    from persianews.entities.linker import thread_surnames

    return rule_candidates(doc, thread_surnames(doc))


def bio_spans(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(label, start, end)`` of each entity in a BIO sequence (an ``I-`` without its ``B-`` opens one)."""
    spans = []
    current: list = []
    for index, tag in enumerate(labels):
        if tag == "O" and not current:
            continue
        prefix, _, label = tag.partition("-")
        if current and (prefix != "I" or label != current[0]):
            spans.append((current[0], current[1], index))
            current = []
        if prefix in ("B", "I") and not current:
            current = [label, index]
    if current:
        spans.append((current[0], current[1], len(labels)))
    return spans


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
        from importlib import resources

        model = resources.files("persianews.models").joinpath(DEFAULT_MODEL).read_bytes()
    else:
        try:
            with open(path, "rb") as handle:
                model = handle.read()
        except OSError as error:
            raise PipelineError(f"cannot read the entity tagger model {path!r}: {error.strerror}") from None
    return EntityTagger(model, source=repr(path) if path else DEFAULT_MODEL)


def merge(rules: Iterable[Candidate], tagged: Iterable[Candidate], titles: Iterable[Candidate],
          wins: frozenset[str] = TAGGER_WINS, vetoes: frozenset[str] = TAGGER_VETOES) -> list[Candidate]:
    """The rules' PERSON/ORG/LOC candidates combined with the tagger's.

    A rule candidate the tagger also found with the same label and span is kept
    with its rule marked ``+tagger``. A tagger span that overlaps no rule
    candidate is added. Where they overlap, a tagger span of a label in ``wins``
    (:data:`TAGGER_WINS`: people and organisations, whose boundaries it learned)
    replaces the rule candidates it overlaps, except places strictly inside it,
    which stay nested (صبای قم → LOC قم), and where it agrees with a rule
    candidate nested in a longer one of its label, the longer one goes (ORG
    «روزنامه «کیهان»» holding ORG «کیهان»: the outlet's name stays); for other
    labels (places: the gazetteer is more exact) the rules win. Titles block the tagger, except an
    organisation outside their role (in «مدیرعامل گروه صنعتی …»). A rule
    candidate of a label in ``vetoes`` (:data:`TAGGER_VETOES`) that no tagger
    span overlaps is dropped: the tagger saw it as a feature and rejected it.
    O(n log n) in the number of candidates.
    """
    tagged = list(tagged)
    out = _vetoed(list(rules), tagged, vetoes) if vetoes else list(rules)
    found = {(c.start, c.end, c.label) for c in tagged}
    out = [attrs.evolve(c, rule=f"{c.rule}+{TAGGER_RULE}") if (c.start, c.end, c.label) in found else c for c in out]
    known = {(c.start, c.end, c.label) for c in out}
    title_index = IntervalIndex(titles)
    index = IntervalIndex(out)
    dropped: set[int] = set()
    added = []
    for candidate in tagged:
        if (candidate.start, candidate.end, candidate.label) in known:
            if candidate.label in wins:  # the tagger chose this inner span: the rules' outer one goes
                dropped.update(id(c) for c in index.containing(candidate.start, candidate.end)
                               if c.label == candidate.label and (c.start, c.end) != (candidate.start, candidate.end))
            continue
        if any(_blocks(title, candidate) for title in title_index.overlapping(candidate.start, candidate.end)):
            continue
        overlapping = [c for c in index.overlapping(candidate.start, candidate.end) if id(c) not in dropped]
        if not overlapping:
            added.append(candidate)
        elif candidate.label in wins:
            dropped.update(id(c) for c in overlapping if not (c.label == "LOC" and candidate.contains(c)))
            added.append(candidate)
    return [c for c in out if id(c) not in dropped] + added


def _vetoed(rules: list[Candidate], tagged: list[Candidate], vetoes: frozenset[str]) -> list[Candidate]:
    """``rules`` without the candidates of a ``vetoes`` label that no ``tagged`` span overlaps."""
    index = IntervalIndex(tagged)
    return [c for c in rules if c.label not in vetoes or next(index.overlapping(c.start, c.end), None) is not None]


def _blocks(title: Candidate, candidate: Candidate) -> bool:
    """Whether a title keeps a tagger span out: it overlaps the title's role, or crosses the title's edge."""
    if not title.contains(candidate) and (title.start, title.end) != (candidate.start, candidate.end):
        return True
    role = title.part("role")
    return candidate.label != "ORG" or role is None or candidate.start < role.end and role.start < candidate.end
