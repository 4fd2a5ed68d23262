"""Cross-validation of the entity tagger over the annotations' TRAIN split (never the test split).

Two ways of folding the train records (fit and dev alike):

- ``--folds K`` (default 5): K folds by other digits of the record's sha1 than the
  test and dev splits use; each fold is labelled by a model trained on the other
  folds + the ParsTwiNER slice of the shipped recipe. Prints each fold's combined
  F1 (how much a 15% split can move by chance) and the pooled scores.
- ``--share S``: train on that share of the other folds' records only (a learning curve by
  cross-validation: is the tagger starved of data?).
- ``--by-outlet``: leave one news outlet out (Fars, asriran, roozno, tabnak, and the
  small sobhanehonline + mashreghnews): each outlet is labelled by a model that
  never saw it (cross-outlet generalisation, as on an unseen outlet).

Pooled exact-span P/R/F1 per label, rules only / tagger only / combined, for the
news per outlet and for Telegram. The rules run once per record and the features
are extracted once; each fold only trains and tags. The fold models are kept in ``out/``
(``--no-train`` tags with them again, e.g. under another merge policy).

usage: python models/build/ner/cv.py [--folds K | --by-outlet] [--only NAME ...] [--share S] [--dump PICKLE]
       [--no-train] [--wins LABEL ...] [--vetoes LABEL ...] [--propagated LABEL ...] [--min-confidence P]
       [--param KEY=VALUE ...]
"""

from __future__ import annotations

import argparse
import pickle
from collections import defaultdict
from pathlib import Path

from dev import documents
from prelabel import source_of
from standoff import HERE
from train import PARSTWINER_SENTENCES, crfsuite_param
from variants import Prepared, predictions, prepared, train_variant

from persianews.entities.tagger import EntityTagger
from persianews.entities.tagger_training import LABELS, TRAINING_PARAMS, span_scores

#: Outlets with too few annotated records to be a fold of their own, joined.
SMALL_OUTLETS = {"mashreghnews.ir": "sobhanehonline.com"}


def group_of(doc, annotation: dict) -> str:
    """The outlet (news) or ``telegram`` a record belongs to."""
    if annotation["corpus"] == "telegram-dev":
        return "telegram"
    if annotation["corpus"] == "news-dev":
        return "farsnews"
    outlet = source_of(doc.article)
    return SMALL_OUTLETS.get(outlet, outlet)


def fold_of(annotation: dict, folds: int) -> int:
    """The record's fold, by digits of its sha1 that neither the test nor the dev split reads."""
    return int(annotation["sha1"][16:24], 16) % folds


def fold_records() -> tuple[list[Prepared], list[tuple]]:
    """ParsTwiNER's training sentences prepared, and every annotated train record as (prepared document, gold
    spans, group, annotation): what the folds are drawn from."""
    twitter, fit, dev = documents(PARSTWINER_SENTENCES)
    records = [(prepared(doc, labels, a["sha1"]), [tuple(e) for e in a["entities"]], group_of(doc, a), a)
               for doc, labels, a in fit + dev]
    return [prepared(doc, labels) for doc, labels in twitter], records


def line(name: str, scores: dict) -> str:
    return f"{name:<34}" + "".join(f"  {scores[label]['p']:.3f} {scores[label]['r']:.3f} {scores[label]['f1']:.3f}"
                                   for label in (*LABELS, "ALL"))


def policy(tagger: EntityTagger, args: argparse.Namespace) -> None:
    """Set the merge policy options given on the command line on ``tagger`` (the shipped policy otherwise)."""
    for option in ("wins", "vetoes", "propagated"):
        if getattr(args, option) is not None:
            setattr(tagger, option, frozenset(getattr(args, option)))
    if args.min_confidence is not None:
        tagger.min_confidence = args.min_confidence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-outlet", action="store_true", help="leave one news outlet out per fold")
    parser.add_argument("--dump", type=Path, help="write the pooled gold and predicted spans with the records' "
                        "texts to this pickle, for reading errors by class (corpus text: keep it out of git)")
    parser.add_argument("--share", type=float, default=1.0, help="train on this share of the other folds' records "
                        "(in sha1 order, every corpus mixed; the ParsTwiNER slice always): a learning curve")
    parser.add_argument("--no-train", action="store_true", help="tag with the fold models an earlier run kept in "
                        "out/ (to compare merge policies without retraining)")
    parser.add_argument("--wins", nargs="*", choices=LABELS, help="the labels whose tagger span wins the merge")
    parser.add_argument("--vetoes", nargs="*", choices=LABELS, help="the labels whose rule candidates the tagger vetoes")
    parser.add_argument("--propagated", nargs="*", choices=LABELS, help="the labels the tagger repeats in a document")
    parser.add_argument("--min-confidence", type=float, help="the marginal a tagger span needs to be merged")
    parser.add_argument("--only", nargs="*", help="run only these folds (numbers or outlets)")
    parser.add_argument("--param", nargs="*", type=crfsuite_param, default=[], metavar="KEY=VALUE",
                        help="crfsuite training parameters to change from the shipped recipe's")
    args = parser.parse_args()
    twitter_prepared, records = fold_records()
    if args.by_outlet:
        keys = sorted({g for _p, _g, g, _a in records if g != "telegram"})
        member = {key: [r for r in records if r[2] == key] for key in keys}
    else:
        keys = [str(k) for k in range(args.folds)]
        member = {key: [r for r in records if str(fold_of(r[3], args.folds)) == key] for key in keys}
    if args.only:
        keys = [k for k in keys if k in args.only]
    pooled: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    texts: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        held = member[key]
        held_ids = {id(r[0]) for r in held}
        kept = sorted((r[0] for r in records if id(r[0]) not in held_ids), key=lambda p: p.sha1)
        training: list[Prepared] = twitter_prepared + kept[:round(args.share * len(kept))]
        share = "" if args.share == 1 else f"-{args.share:g}"
        share += "".join(f"-{name}={value}" for name, value in args.param)
        model = HERE / "out" / f"cv-{'outlet' if args.by_outlet else args.folds}{share}-{key}.crfsuite"
        if args.no_train:
            tagger = EntityTagger(model.read_bytes())
            print(f"fold {key}: {len(held)} records held out, {model.name}", flush=True)
        else:
            tagger, tokens, seconds = train_variant(training, True, True, keep=model,
                                                    params={**TRAINING_PARAMS, **dict(args.param)})
            print(f"fold {key}: {len(held)} records held out, {tokens} training tokens, {seconds:.0f} s", flush=True)
        policy(tagger, args)
        by_group: dict[str, list] = defaultdict(list)
        for record in held:
            by_group["news" if record[2] != "telegram" else "telegram"].append(record)
            if record[2] != "telegram":
                by_group[record[2]].append(record)
        for group, items in sorted(by_group.items()):
            docs, gold = [r[0] for r in items], [r[1] for r in items]
            systems = {**predictions(None, docs), **predictions(tagger, docs)}
            texts[group].extend(r[0].doc.article.text for r in items)
            for system, spans in systems.items():
                pooled[group, system][0].extend(gold)
                pooled[group, system][1].extend(spans)
            print(line(f"  {group} ({len(items)}) combined", span_scores(gold, systems["combined"])), flush=True)
    if args.dump:
        with open(args.dump, "wb") as handle:
            pickle.dump({key: (gold, spans, [r for r in texts[key[0]]]) for key, (gold, spans) in pooled.items()},
                        handle)
    print(f"\npooled over folds {' '.join(keys)}: P R F1 per label ({' '.join((*LABELS, 'ALL'))})")
    for group in sorted({g for g, _s in pooled}):
        print(f"{group} ({len(pooled[group, 'combined'][0])} records)")
        for system in ("rules only", "tagger only", "combined"):
            print(line(f"  {system}", span_scores(*pooled[group, system])))


if __name__ == "__main__":
    main()
