"""Learning curve and feature ablation of the entity tagger, on ParsTwiNER test (tagger only, exact spans).

Trains on the first N ParsTwiNER train sentences (N doubling up to all), with
every feature, without the lexicon features and without the rules' entities
as features, and prints tokens, training time and PERSON/ORG/LOC/ALL F1 per
run. The models are written to a temporary folder.

usage: python models/build/ner/curve.py [--sizes 500 1000 ...]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from train import parstwiner

from persianews.entities.tagger import EntityTagger, bio_spans
from persianews.entities.tagger_features import FeatureExtractor
from persianews.entities.tagger_training import (
    LABELS,
    labelled_sequences,
    span_scores,
    train,
)


def gold_spans(doc, labels) -> list[tuple[int, int, str]]:
    tokens = doc.tokens
    return [(tokens[first].source_span.start, tokens[last - 1].source_span.end, label)
            for label, first, last in bio_spans(labels)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[400, 800, 1600, 3200, 6417])
    args = parser.parse_args()
    training = parstwiner("train")
    test = parstwiner("test")
    gold = [gold_spans(doc, labels) for doc, labels in test]
    print(f"{'features':<12}{'sentences':>10}{'tokens':>9}{'train s':>9}" + "".join(f"{label:>8}" for label in (*LABELS, "ALL")))
    with tempfile.TemporaryDirectory() as folder:
        for name, lexical, rules in (("all", True, True), ("no lexicon", False, True), ("no rules", True, False)):
            extractor = FeatureExtractor(lexical, rules)
            for size in args.sizes:
                sequences = [s for doc, labels in training[:size] for s in labelled_sequences(doc, labels, extractor)]
                model = Path(folder) / f"m{size}{lexical}{rules}.crfsuite"
                start = time.perf_counter()
                train(sequences, str(model))
                seconds = time.perf_counter() - start
                tagger = EntityTagger(model.read_bytes(), lexical=lexical, rules=rules)
                scores = span_scores(gold, [tagger.source_spans(doc) for doc, _labels in test])
                tokens = sum(len(labels) for _f, labels in sequences)
                print(f"{name:<12}{min(size, len(training)):>10}{tokens:>9}{seconds:>9.1f}"
                      + "".join(f"{scores[label]['f1']:>8.3f}" for label in (*LABELS, "ALL")), flush=True)


if __name__ == "__main__":
    main()
