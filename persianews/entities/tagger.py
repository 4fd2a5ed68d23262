"""The learned entity tagger: a linear-chain CRF (python-crfsuite) over the lexicon-aware features.

The tagger labels each sentence's tokens with BIO tags for PERSON, ORG and LOC,
given the rules' own candidates as features (a stacked model: it learns where
the rules err), and returns the spans as :class:`~persianews.entities.candidates.Candidate`
objects over token indexes, which :func:`~persianews.entities.tagger_merge.merge` combines with the rules'
candidates. The shipped model (``models/ner_tagger.crfsuite``, built by
``models/build/ner/train.py``) is read on first use; a user's model is any
file written by :func:`train` (``persianews train-ner``). Tagging is linear in
the number of tokens (Viterbi over a fixed label set).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from persianews.entities.candidates import Candidate
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_merge import TAGGER_RULE, TAGGER_VETOES, TAGGER_WINS, merge, plausible
from persianews.errors import PipelineError
from persianews.optional import import_optional
from persianews.tokens import TokenTable

if TYPE_CHECKING:
    from persianews.document import Document
    from persianews.entities.matcher import TokenView

#: The shipped model's file name in ``models/``.
DEFAULT_MODEL = "ner_tagger.crfsuite"
LABELS = ("PERSON", "ORG", "LOC")
#: The marginal probability every token of a tagger span needs to be added to the rules' entities
#: (chosen on ParsTwiNER dev and the seeds: see bench/bench_ner.py).
MIN_CONFIDENCE = 0.0


class EntityTagger:
    """A trained CRF model with its feature extractor (``lexical`` must match how it was trained)."""

    def __init__(self, model: bytes, lexical: bool = True, min_confidence: float = MIN_CONFIDENCE,
                 source: str = "the model", rules: bool = True) -> None:
        crfsuite = import_optional("pycrfsuite", "ner", "the entity tagger")
        self._model = model  # crfsuite reads the model in place: the bytes must outlive the tagger
        self._tagger = crfsuite.Tagger()
        try:
            self._tagger.open_inmemory(model)
        except ValueError:
            raise PipelineError(f"{source} is not an entity tagger model (train one with 'persianews train-ner')") from None
        self.features = FeatureExtractor(lexical, rules, model_attributes(self._tagger))
        self.min_confidence = min_confidence
        #: The merge policy (see :func:`~persianews.entities.tagger_merge.merge`).
        self.wins = TAGGER_WINS
        self.vetoes = TAGGER_VETOES

    def tag(self, view: TokenView, ranges: Sequence[tuple[int, int]], rules: Iterable[Candidate] = ()) -> list[list[str]]:
        """BIO labels for the tokens of every range (sentence) of ``view`` (``rules``: the rules' candidates)."""
        tag, extract = self._tagger.tag, self.features.sentence
        tags = rule_tags(rules, view)
        return [tag(extract(view, start, end, tags)) if end > start else [] for start, end in ranges]

    def candidates(self, view: TokenView, ranges: Sequence[tuple[int, int]],
                   min_confidence: float = 0.0, rules: Iterable[Candidate] = ()) -> list[Candidate]:
        """The PERSON, ORG and LOC spans the model finds, as candidates over token indexes, given the rules'
        candidates; with ``min_confidence``, only spans whose every token has at least that marginal
        probability."""
        tag, marginal, extract = self._tagger.tag, self._tagger.marginal, self.features.sentence
        tags = rule_tags(rules, view)
        out = []
        for start, end in ranges:
            if end <= start:
                continue
            labels = tag(extract(view, start, end, tags))
            for label, first, last in bio_spans(labels):
                if min_confidence and min(marginal(labels[t], t) for t in range(first, last)) < min_confidence:
                    continue
                out.append(Candidate(label, start + first, start + last, TAGGER_RULE))
        return out

    def source_spans(self, doc: Document) -> list[tuple[int, int, str]]:
        """The model's entities of a segmented ``doc`` as ``(start, end, label)`` in the source text."""
        tokens = doc.tokens
        view, rules = rules_of(doc)
        return [(tokens[c.start].source_span.start, tokens[c.end - 1].source_span.end, c.label)
                for c in self.candidates(view, sentence_ranges(doc), rules=rules)]

    def combine(self, doc: Document, view: TokenView, chosen: list[Candidate]) -> list[Candidate]:
        """The rules' candidates of ``doc`` merged with the tagger's spans of at least
        :data:`MIN_CONFIDENCE` (see :func:`~persianews.entities.tagger_merge.merge`); titles stay as they are."""
        titles = [c for c in chosen if c.label == "TITLE"]
        others = [c for c in chosen if c.label != "TITLE"]
        tagged = plausible(self.candidates(view, sentence_ranges(doc), self.min_confidence, chosen), view, others)
        return titles + merge(others, tagged, titles, self.wins, self.vetoes, view)


def model_attributes(tagger: Any) -> frozenset[str] | None:
    """The attribute names an opened crfsuite ``tagger`` has weights for, read from its text dump (the
    only place python-crfsuite gives them; its own parser, ``Tagger.info()``, is several times slower);
    None when the dump cannot be written or read whole (the tagger then gets every feature)."""
    import os
    import tempfile

    try:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "model.txt")
            tagger.dump(path)
            with open(path, encoding="utf-8", errors="surrogateescape") as handle:
                dump = handle.read()
    except OSError:
        return None
    count = _DUMPED_COUNT.search(dump)
    start = dump.find("\nATTRIBUTES = {\n")
    names = frozenset(_DUMPED_ATTRIBUTE.findall(dump, start, dump.find("\n}", start))) if start >= 0 else frozenset()
    return names if count is not None and len(names) == int(count.group(1)) else None


_DUMPED_COUNT = re.compile(r"^ *num_attrs: (\d+)$", re.MULTILINE)
_DUMPED_ATTRIBUTE = re.compile(r"^ *\d+: (.*)$", re.MULTILINE)


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
