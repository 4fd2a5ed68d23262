"""Throughput of the entities and officials stages on a news corpus, beside hazm's Normalizer.

The documents are read and run through ``normalize`` and ``segment`` first
(not timed); then the ``entities`` stage, the ``officials`` stage and hazm's
``Normalizer.normalize`` each process every document's text once. The lexicon
automaton is built before the timed run and its build time is printed apart.

usage: python bench/bench_entities.py [CORPUS ...]
"""

from __future__ import annotations

import argparse
import time

import persianews
from persianews.entities import lexicons
from persianews.stages.entities import EntitiesStage
from persianews.stages.officials import OfficialsStage

from _shared import CORPORA, require_hazm

DEFAULT_CORPORA = (str(CORPORA / "news-dev" / "farsnews-dev.jsonl"),)


def timed(label: str, function, items, characters: int) -> list:
    start = time.perf_counter()
    out = [function(item) for item in items]
    seconds = time.perf_counter() - start
    print(f"{label:<22} {len(items) / seconds:10.1f} docs/s {characters / seconds / 1e6:8.2f} M chars/s"
          f"   ({seconds:.2f} s)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=DEFAULT_CORPORA)
    args = parser.parse_args()
    require_hazm()

    prepare = persianews.load(stages=("normalize", "segment"))
    docs = [prepare(article) for path in args.corpora for article in persianews.read(path)]
    characters = sum(len(doc.text) for doc in docs)
    print(f"{len(docs)} documents, {characters / 1e6:.2f} M characters")

    start = time.perf_counter()
    lexicons.trie()
    lexicons.dictionary()
    print(f"lexicons built in {time.perf_counter() - start:.2f} s")

    with_entities = timed("persianews entities", EntitiesStage(), docs, characters)
    timed("persianews officials", OfficialsStage(), with_entities, characters)

    from hazm import Normalizer

    normalizer = Normalizer()
    timed("hazm Normalizer", normalizer.normalize, [doc.article.text for doc in docs],
          sum(len(doc.article.text) for doc in docs))


if __name__ == "__main__":
    main()
