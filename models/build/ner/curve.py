"""Learning curve of the entity tagger: F1 against the annotated news tokens it is trained on.

The shipped recipe (``train.py``) with a growing share of the annotations'
train split (records in sha1 order, so every share mixes the corpora; the
ParsTwiNER slice always in): for each share, the training tokens and the
exact-span F1 per label on the news test split and ParsTwiNER test, tagger
alone and combined with the rules. Scored only, never tuned on.

usage: python models/build/ner/curve.py [--shares 0 0.125 0.25 0.5 1]
"""

from __future__ import annotations

import argparse

from variants import header, row, score, test_sets, train_variant, training_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shares", type=float, nargs="+", default=[0, 0.125, 0.25, 0.5, 1],
                        help="shares of the annotated news train split")
    args = parser.parse_args()
    twitter, news = training_documents()
    tests = test_sets()
    lines = {name: [] for name in tests}
    for share in args.shares:
        chosen = news[:round(share * len(news))]
        news_tokens = sum(len(p.labels) for p in chosen)
        tagger, tokens, seconds = train_variant(twitter + chosen, True, True)
        print(f"share {share:g}: {len(chosen)} news records, {news_tokens} news tokens ({tokens} in all), "
              f"trained in {seconds:.0f} s", flush=True)
        for name, (documents, gold) in tests.items():
            for system, scores in score(tagger, documents, gold).items():
                lines[name].append(row(f"{news_tokens:>7} tokens, {system}", scores))
    for name, rows in lines.items():
        print(f"\n{header(name + ' (F1)')}")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
