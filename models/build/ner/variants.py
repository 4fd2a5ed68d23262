"""Train and score tagger variants (shared by ``ablation.py`` and ``curve.py``).

The training documents of the shipped recipe (``train.py``: the first ParsTwiNER
train sentences + the annotations' train split) and the two test sets (the news
test split of the annotations, news corpora only, as ``bench/bench_ner.py``
has it; ParsTwiNER test) are read once, with the rules run once per document;
each variant then only extracts its features, trains and tags. Scores are
exact-span P/R/F1 per label, tagger only and combined with the rules.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from standoff import shared_root
from to_bio import annotated_documents
from train import PARSTWINER_SENTENCES, parstwiner

from persianews.entities.extract import extract_entities
from persianews.entities.linker_referents import thread_surnames
from persianews.entities.tagger import EntityTagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_training import (
    LABELS,
    TRAINING_PARAMS,
    conll_entities,
    flat_spans,
    read_conll,
    span_scores,
    train,
)

NEWS_CORPORA = ("news-dev", "news-dev-2")


class Prepared(NamedTuple):
    """A document with its BIO labels and what every variant reads: the rules' view, candidates and tags."""

    doc: object
    labels: list
    view: object
    rules: list
    tags: list
    ranges: list
    sha1: str


def prepared(doc, labels, sha1: str = "") -> Prepared:
    """``doc`` with its labels, the rules run on it once."""
    view, rules = rules_of(doc)
    return Prepared(doc, labels, view, rules, rule_tags(rules, view), sentence_ranges(doc), sha1)


def training_documents() -> tuple[list[Prepared], list[Prepared]]:
    """The ParsTwiNER slice and the news train split (sorted by sha1: any prefix mixes the corpora)."""
    twitter = [prepared(doc, labels) for doc, labels in parstwiner("train", PARSTWINER_SENTENCES)]
    news = [prepared(doc, labels, a["sha1"]) for split, doc, labels, a in annotated_documents() if split == "train"]
    return twitter, sorted(news, key=lambda p: p.sha1)


def test_sets() -> dict[str, tuple[list[Prepared], list]]:
    """``name → (documents, gold spans)`` for the news test split and ParsTwiNER test."""
    news = [(prepared(doc, labels), [tuple(e) for e in a["entities"]])
            for split, doc, labels, a in annotated_documents() if split == "test" and a["corpus"] in NEWS_CORPORA]
    with open(shared_root() / "data" / "ner-parstwiner" / "test.txt", encoding="utf-8") as handle:
        twitter_gold = [conll_entities(sentence)[1] for sentence in read_conll(handle)]
    twitter = [prepared(doc, labels) for doc, labels in parstwiner("test")]
    return {"news test": ([p for p, _g in news], [g for _p, g in news]), "ParsTwiNER test": (twitter, twitter_gold)}


def train_variant(documents: list[Prepared], lexical: bool, rules: bool, keep: Path | None = None,
                  params: Mapping[str, float | int | bool] = TRAINING_PARAMS) -> tuple[EntityTagger, int, float]:
    """A tagger trained on ``documents`` with the chosen feature groups and crfsuite ``params``, its training
    tokens and seconds (the model file written to ``keep`` when given, else to a temporary folder)."""
    extractor = FeatureExtractor(lexical, rules)
    sequences = [(extractor.sentence(p.view, start, end, p.tags), p.labels[start:end])
                 for p in documents for start, end in p.ranges]
    with tempfile.TemporaryDirectory() as folder:
        path = keep or Path(folder) / "model.crfsuite"
        started = time.perf_counter()
        train(sequences, str(path), params)
        seconds = time.perf_counter() - started
        tagger = EntityTagger(path.read_bytes(), lexical=lexical, rules=rules)
    return tagger, sum(len(labels) for _f, labels in sequences), seconds


def predictions(tagger: EntityTagger | None, documents: list[Prepared]) -> dict[str, list]:
    """The spans of the tagger alone and combined with the rules per document (rules alone when ``tagger`` is
    None)."""
    combined = [flat_spans(extract_entities(p.doc, thread_surnames(p.doc), tagger)) for p in documents]
    if tagger is None:
        return {"rules only": combined}
    alone = []
    for p in documents:
        tokens = p.doc.tokens
        alone.append([(tokens[c.start].source_span.start, tokens[c.end - 1].source_span.end, c.label)
                      for c in tagger.candidates(p.view, p.ranges, rules=p.rules)])
    return {"tagger only": alone, "combined": combined}


def score(tagger: EntityTagger | None, documents: list[Prepared], gold: list) -> dict[str, dict]:
    """Scores per label of the tagger alone and combined with the rules (rules alone when ``tagger`` is None)."""
    return {system: span_scores(gold, spans) for system, spans in predictions(tagger, documents).items()}


def header(first: str) -> str:
    """A table's header line: ``first``, then the labels."""
    return f"{first:<30}" + "".join(f"{label:>8}" for label in (*LABELS, "ALL"))


def row(name: str, scores: dict) -> str:
    """A table line: ``name``, then the F1 of every label."""
    return f"{name:<30}" + "".join(f"{scores[label]['f1']:>8.3f}" for label in (*LABELS, "ALL"))
