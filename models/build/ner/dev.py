"""Tune the entity tagger on a dev split carved from the annotations' TRAIN split (never the test split).

The dev split is fixed by the record's sha1 (:func:`standoff.dev_of`: about 15%
of the train records); the rest of train ("fit") and the first N ParsTwiNER
train sentences train a model in a temporary folder, and the dev records are
scored three ways (rules only, tagger only, combined), news and Telegram apart.
``--errors`` prints the combined system's misses and false entities on dev by
kind, with a few words of context (corpus text: to the terminal only).
Prepared documents are cached in ``out/`` (ignored by git) between runs.

usage: python models/build/ner/dev.py [--limit N] [--scheme bio|io] [--c1 X] [--c2 X] [--no-clusters] [--errors] [--merge] [--model M [--no-train]]
       [--wins LABEL ...] [--vetoes LABEL ...] [--propagated LABEL ...] [--min-confidence P]
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import time
from collections import Counter
from pathlib import Path

from standoff import ANNOTATIONS, HERE, dev_of
from to_bio import annotated_documents
from train import PARSTWINER_SENTENCES, parstwiner

from persianews.entities.tagger import SCHEMES, bio_spans, io_spans, load_tagger, sentence_ranges, to_io
from persianews.entities.tagger_features import FeatureExtractor
from persianews.entities.tagger_training import (
    LABELS,
    TRAINING_PARAMS,
    flat_spans,
    labelled_sequences,
    span_scores,
    train,
)
from persianews.stages.entities import EntitiesStage

def cache_path() -> Path:
    """Where :func:`documents` keeps its documents: named by a digest of the annotation files, so that an
    edited annotation is never read from a cache written before it."""
    digest = hashlib.sha1(b"".join(path.read_bytes() for path in sorted(ANNOTATIONS.glob("*.jsonl"))))
    return HERE / "out" / f"dev-documents-{digest.hexdigest()[:12]}.pickle"


def documents(limit: int) -> tuple[list, list, list]:
    """ParsTwiNER's first ``limit`` train sentences, the fit records and the dev records (cached per state of
    the annotations, :func:`cache_path`)."""
    cache = cache_path()
    if cache.exists():
        with open(cache, "rb") as handle:
            twitter, fit, dev = pickle.load(handle)
    else:
        twitter = parstwiner("train")
        fit, dev = [], []
        for split, doc, labels, annotation in annotated_documents():
            if split == "train":
                (dev if dev_of(annotation["sha1"]) else fit).append((doc, labels, annotation))
        cache.parent.mkdir(exist_ok=True)
        with open(cache, "wb") as handle:
            pickle.dump((twitter, fit, dev), handle)
    return twitter[:limit], fit, dev


def io_merged(items: list) -> tuple[int, int]:
    """How many of the gold entities of ``(document, BIO labels, …)`` items IO labels cannot give (an entity
    next to one of its label merges with it), and how many there are."""
    lost = total = 0
    for doc, labels, *_ in items:
        for start, end in sentence_ranges(doc):
            entities = bio_spans(labels[start:end])
            lost += len(set(entities) - set(io_spans(to_io(labels[start:end]))))
            total += len(entities)
    return lost, total


def scores_row(name: str, gold: list, predicted: list) -> str:
    scores = span_scores(gold, predicted)
    return f"{name:<12}" + "".join(f"  {scores[label]['p']:.3f} {scores[label]['r']:.3f} {scores[label]['f1']:.3f}"
                                   for label in (*LABELS, "ALL"))


def errors(docs: list, gold: list, predicted: list) -> None:
    """Print the misses and false entities, classed by how they relate to the gold."""
    classes: Counter[str] = Counter()
    lines = []
    for doc, gold_spans, predicted_spans in zip(docs, gold, predicted):
        text = doc.article.text
        gold_set, predicted_set = set(map(tuple, gold_spans)), set(predicted_spans)
        for span in sorted(gold_set ^ predicted_set):
            start, end, label = span
            side = "miss" if span in gold_set else "false"
            other = predicted_set if side == "miss" else gold_set
            overlapping = [o for o in other if o[0] < end and start < o[1]]
            if not overlapping:
                kind = f"{side} {label}"
            elif any((o[0], o[1]) == (start, end) for o in overlapping):
                kind = f"{side} {label} (label: {next(o[2] for o in overlapping)})"
            else:
                kind = f"{side} {label} (boundary)"
            classes[kind] += 1
            context = text[max(0, start - 30):start] + "[" + text[start:end] + "]" + text[end:end + 30]
            lines.append(f"{kind:<32} {context.replace(chr(10), ' ')}")
    for kind, count in classes.most_common():
        print(f"{count:>5} {kind}")
    print("\n".join(sorted(lines)))


def merge_classes(gold: list, tagged: list, entities: list) -> None:
    """Print, by class, what the merge changes against the tagger alone: the combined system's spans that
    the tagger did not give (by the rule that gave them) and the tagger spans the merge lost (by what took
    their place), each right (in the gold) or wrong, with the net change in true positives."""
    classes: Counter[tuple[str, str]] = Counter()
    for gold_spans, tagger_spans, found in zip(gold, tagged, entities):
        gold_set, tagger_set = set(map(tuple, gold_spans)), set(tagger_spans)
        combined = flat_spans(found)
        rule_of = {(e.source_span.start, e.source_span.end, e.label): e.rule for e in found}
        for span in set(combined) - tagger_set:
            rule = rule_of.get(span, "?").replace("+tagger", "")
            overlapped = any(t[0] < span[1] and span[0] < t[1] for t in tagger_set)
            classes[f"added {span[2]} {rule} ({'over tagger' if overlapped else 'alone'})",
                    "right" if span in gold_set else "wrong"] += 1
        for span in tagger_set - set(combined):
            over = sorted({c[2] + ("=" if c[:2] == span[:2] else "") for c in combined if c[0] < span[1] and span[0] < c[1]})
            classes[f"lost {span[2]} (now {'/'.join(over) or 'nothing'})", "right" if span in gold_set else "wrong"] += 1
    kinds = sorted({kind for kind, _ in classes}, key=lambda k: -(classes[k, "right"] + classes[k, "wrong"]))
    print(f"{'merge change':<56} right wrong  net TP")
    for kind in kinds:
        right, wrong = classes[kind, "right"], classes[kind, "wrong"]
        print(f"{kind:<56} {right:>5} {wrong:>5} {right if kind.startswith('added') else -right:>+7}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=PARSTWINER_SENTENCES)
    parser.add_argument("--scheme", choices=SCHEMES, default="bio", help="the label scheme to train (default bio)")
    parser.add_argument("--c1", type=float, default=TRAINING_PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=TRAINING_PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=TRAINING_PARAMS["max_iterations"])
    parser.add_argument("--no-clusters", action="store_true", help="train without the word clusters (ablation)")
    parser.add_argument("--errors", action="store_true", help="print the combined system's errors on dev")
    parser.add_argument("--merge", action="store_true", help="print what the merge changes against the tagger "
                        "alone on dev, by class")
    parser.add_argument("--model", type=Path, default=HERE / "out" / "dev.crfsuite", help="the dev model's file")
    parser.add_argument("--no-train", action="store_true", help="score the --model file as it is")
    parser.add_argument("--wins", nargs="*", choices=LABELS, help="the labels whose tagger span wins the merge "
                        "(default: the tagger's)")
    parser.add_argument("--vetoes", nargs="*", choices=LABELS, help="the labels whose rule candidates the tagger "
                        "drops by leaving them out (default: the tagger's)")
    parser.add_argument("--min-confidence", type=float, help="the marginal probability a tagger span needs to be "
                        "merged (default: the tagger's)")
    parser.add_argument("--propagated", nargs="*", choices=LABELS, help="the labels whose tagger spans are repeated "
                        "at their other occurrences in the document (default: the tagger's)")
    args = parser.parse_args()
    twitter, fit, dev = documents(args.limit)
    print(f"fit {len(fit)} records, dev {len(dev)} records, ParsTwiNER {len(twitter)} sentences")
    if args.scheme == "io":
        for name, items in (("ParsTwiNER", twitter), ("fit", fit), ("dev", dev)):
            print("IO merges away {} of {} {} entities".format(*io_merged(items), name))
    model = args.model
    if not args.no_train:
        start = time.perf_counter()
        extractor = FeatureExtractor(clusters=not args.no_clusters)
        sequences = [s for doc, labels, *_ in twitter + fit for s in labelled_sequences(doc, labels, extractor, args.scheme)]
        params = {**TRAINING_PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
        train(sequences, str(model), params)
        print(f"trained in {time.perf_counter() - start:.0f} s, {model.stat().st_size / 1e6:.2f} MB, {params}")
    tagger = load_tagger(str(model))  # the one EntitiesStage uses
    if args.vetoes is not None:
        tagger.vetoes = frozenset(args.vetoes)
    if args.min_confidence is not None:
        tagger.min_confidence = args.min_confidence
    if args.propagated is not None:
        tagger.propagated = frozenset(args.propagated)
    if args.wins is not None:
        tagger.wins = frozenset(args.wins)
    rules, combined = EntitiesStage(tagger=False), EntitiesStage(tagger=True, model=str(model))
    for group, corpora in (("news", ("news-dev", "news-dev-2")), ("Telegram", ("telegram-dev",))):
        chosen = [doc for doc, _labels, a in dev if a["corpus"] in corpora]
        gold = [[tuple(e) for e in a["entities"]] for _doc, _labels, a in dev if a["corpus"] in corpora]
        found = [combined(doc).entities for doc in chosen]
        predicted = [flat_spans(entities) for entities in found]
        tagged = [tagger.source_spans(doc) for doc in chosen]
        print(f"\n{group} dev: {len(chosen)} records, {sum(len(g) for g in gold)} entities")
        print(scores_row("rules only", gold, [flat_spans(rules(doc).entities) for doc in chosen]))
        print(scores_row("tagger only", gold, tagged))
        print(scores_row("combined", gold, predicted))
        if args.merge:
            merge_classes(gold, tagged, found)
        if args.errors and group == "news":
            errors(chosen, gold, predicted)


if __name__ == "__main__":
    main()
