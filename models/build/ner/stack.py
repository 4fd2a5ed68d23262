"""Two-stage stacking by cross-validation (Krishnan & Manning 2006): does a second CRF, given the first
stage's document-level votes, beat the shipped tagger?

Uses the fold models ``cv.py`` keeps in ``out/`` (``cv-5-K.crfsuite``) as the first stage: every train
record is labelled by the fold model that never saw it (out-of-fold), and its tokens get the votes of
those labels (:func:`vote_tags`). For fold K the second stage trains on the ParsTwiNER slice (no votes:
one-sentence documents) and the other folds' records with their votes, and labels fold K with votes from
fold model K. The other folds' votes come from fold models that saw fold K's records (not nested: the
second stage's training features are honest about their own records only). Scores as ``cv.py`` pools them.

usage: python models/build/ner/stack.py [--only K ...] [--folds K] [--kinds vote weak last] [--reuse]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from typing import Sequence

from cv import fold_of, fold_records, line
from standoff import HERE
from variants import Prepared, predictions

from persianews.entities import words
from persianews.entities.tagger import EntityTagger, bio_spans, to_io
from persianews.entities.tagger_features import FeatureExtractor
from persianews.entities.tagger_training import LABELS, span_scores, train

KINDS = ("vote", "weak", "last")


def vote_tags(view, ranges: Sequence[tuple[int, int]], labels: list[list[str]],
              kinds: Sequence[str] = KINDS) -> list[tuple[str, ...]]:
    """Per token of ``view``, the first stage's votes elsewhere in the document: ``dv-LABEL`` where LABEL is
    the commonest label (O included) of the word's other occurrences, ``dw-LABEL`` where LABEL is given to
    some of them but O to more, ``dLast`` where the word ends a PERSON span of two words or more elsewhere."""
    flat = ["O"] * view.n
    for (start, end), found in zip(ranges, labels):
        flat[start:end] = to_io(found)
    keys = view.keys
    counts: dict[str, Counter] = defaultdict(Counter)
    for key, label in zip(keys, flat):
        counts[key][label] += 1
    last_at: dict[str, set[int]] = defaultdict(set)
    if "last" in kinds:
        for (start, end), found in zip(ranges, labels):
            for label, first, last in bio_spans(found):
                if label == "PERSON" and last - first > 1:
                    last_at[keys[start + last - 1]].add(start + last - 1)
    out: list[tuple[str, ...]] = [()] * view.n
    for index, key in enumerate(keys):
        tags: tuple[str, ...] = ()
        others = counts[key].copy()
        others[flat[index]] -= 1
        named = [(n, label) for label, n in others.items() if label != "O" and n > 0]
        if named and not words.is_stop(key):
            n, label = max(named)
            if n >= others["O"]:
                if "vote" in kinds:
                    tags += (f"dv-{label}",)
            elif "weak" in kinds:
                tags += (f"dw-{label}",)
        if last_at.get(key, set()) - {index}:
            tags += ("dLast",)
        out[index] = tags
    return out


class StackedTagger(EntityTagger):
    """A second-stage model whose rule tags carry the votes of a first-stage tagger's labels."""

    def __init__(self, model: bytes, first: EntityTagger, kinds: Sequence[str]) -> None:
        super().__init__(model)
        self.first = first
        self.kinds = kinds

    def _label_indexes(self, view, ranges, tags):
        ranges = list(ranges)
        votes = vote_tags(view, ranges, self.first._labels(view, ranges, tags), self.kinds)
        return super()._label_indexes(view, ranges, [a + b for a, b in zip(tags, votes)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--reuse", action="store_true", help="tag with a fold's second stage kept in out/ if there")
    args = parser.parse_args()
    twitter_prepared, records = fold_records()
    keys = [str(k) for k in range(args.folds)]
    firsts = {key: EntityTagger((HERE / "out" / f"cv-{args.folds}-{key}.crfsuite").read_bytes()) for key in keys}
    fold = {id(r[0]): str(fold_of(r[3], args.folds)) for r in records}
    votes = {}
    for record in records:
        p = record[0]
        first = firsts[fold[id(p)]]
        votes[id(p)] = vote_tags(p.view, p.ranges, first._labels(p.view, p.ranges, p.tags), args.kinds)
    fired = Counter(tag for v in votes.values() for tags in v for tag in tags)
    print("vote tags on the train records:", dict(sorted(fired.items())), flush=True)
    extractor = FeatureExtractor()
    pooled: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for key in keys if not args.only else args.only:
        training: list[tuple[Prepared, list]] = [(p, p.tags) for p in twitter_prepared]
        training += [(r[0], [a + b for a, b in zip(r[0].tags, votes[id(r[0])])]) for r in records
                     if fold[id(r[0])] != key]
        path = HERE / "out" / f"stack-{'-'.join(args.kinds)}-{key}.crfsuite"
        if not (args.reuse and path.exists()):
            train([(extractor.sentence(p.view, start, end, tags), p.labels[start:end])
                   for p, tags in training for start, end in p.ranges], str(path))
        tagger = StackedTagger(path.read_bytes(), firsts[key], args.kinds)
        held = [r for r in records if fold[id(r[0])] == key]
        by_group: dict[str, list] = defaultdict(list)
        for record in held:
            by_group["news" if record[2] != "telegram" else "telegram"].append(record)
        for group, items in sorted(by_group.items()):
            docs, gold = [r[0] for r in items], [r[1] for r in items]
            systems = predictions(tagger, docs)
            for system, spans in systems.items():
                pooled[group, system][0].extend(gold)
                pooled[group, system][1].extend(spans)
            print(line(f"  fold {key} {group} ({len(items)}) combined", span_scores(gold, systems["combined"])),
                  flush=True)
    print(f"\npooled: P R F1 per label ({' '.join((*LABELS, 'ALL'))})")
    for group in sorted({g for g, _s in pooled}):
        for system in ("tagger only", "combined"):
            print(line(f"{group} {system}", span_scores(*pooled[group, system])))


if __name__ == "__main__":
    main()
