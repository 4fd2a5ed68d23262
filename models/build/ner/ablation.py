"""Feature ablation of the entity tagger: the shipped recipe retrained with every feature, without the
lexicon features and without the rules' entities as features.

Each variant is trained on the shipped recipe's data (``train.py``) and scored
on the news test split and ParsTwiNER test: exact-span F1 per label, the
tagger alone and combined with the rules (the rules alone as the baseline).
The test sets are only scored here, never tuned on. Prints one table per test
set and the training tokens and seconds of each variant.

usage: python models/build/ner/ablation.py
"""

from __future__ import annotations

import argparse

from variants import header, row, score, test_sets, train_variant, training_documents

#: ``name → (lexical, rules)``: which feature groups the variant keeps.
VARIANTS = {"all features": (True, True), "no lexicon features": (False, True), "no rules features": (True, False)}


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    twitter, news = training_documents()
    tests = test_sets()
    results = {name: score(None, documents, gold) for name, (documents, gold) in tests.items()}
    for variant, (lexical, rules) in VARIANTS.items():
        tagger, tokens, seconds = train_variant(twitter + news, lexical, rules)
        print(f"{variant}: {tokens} training tokens, trained in {seconds:.0f} s", flush=True)
        for name, (documents, gold) in tests.items():
            for system, scores in score(tagger, documents, gold).items():
                results[name][f"{variant}, {system}"] = scores
    for name, rows in results.items():
        print(f"\n{header(name + ' (F1)')}")
        for system, scores in rows.items():
            print(row(system, scores))


if __name__ == "__main__":
    main()
