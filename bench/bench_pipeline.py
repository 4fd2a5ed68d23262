"""Throughput of the whole pipeline beside hazm's Normalizer, on the same news, in one run.

The news items of ``farsnews-dev.jsonl`` are read once with
``persianews.read``; then, on the same Article texts:

* persianews: ``load()`` run on every Article (all stages), one process;
  the time each stage takes is summed separately;
* hazm: ``Normalizer().normalize`` on every Article text (normalization only).

Prints documents per second and characters per second for each, and the
share of each persianews stage.

usage: python bench/bench_pipeline.py [--limit N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import time

import persianews
from persianews.document import Document

from _shared import CORPORA, require_hazm

FARSNEWS = str(CORPORA / "news-dev" / "farsnews-dev.jsonl")


def run_pipeline(nlp, articles) -> tuple[float, dict[str, float], int]:
    """Seconds for all articles, seconds per stage, and the number of quotes found."""
    per_stage: dict[str, float] = collections.Counter()
    quotes = 0
    started = time.perf_counter()
    for article in articles:
        doc = Document.from_article(article)
        for stage in nlp.stages:
            stage_started = time.perf_counter()
            doc = stage(doc)
            per_stage[stage.name] += time.perf_counter() - stage_started
        quotes += len(doc.quotes)
    return time.perf_counter() - started, dict(per_stage), quotes


def run_hazm(texts) -> float:
    from hazm import Normalizer

    normalizer = Normalizer()
    normalizer.normalize(texts[0])
    started = time.perf_counter()
    for text in texts:
        normalizer.normalize(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=FARSNEWS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    args = parser.parse_args()
    require_hazm()

    articles = [a for a in itertools.islice(persianews.read(args.corpus), args.limit)
                if isinstance(a, persianews.Article)]
    texts = [a.text for a in articles]
    characters = sum(map(len, texts))
    nlp = persianews.load()
    nlp(articles[0])  # warm-up: lexicons load on first use

    seconds, per_stage, quotes = run_pipeline(nlp, articles)
    hazm_seconds = run_hazm(texts)

    print(f"{len(articles)} documents, {characters:,} characters, {quotes} quotes found")
    print(f"{'system':<28}{'seconds':>9}{'docs/s':>10}{'chars/s':>13}")
    for name, spent in (("persianews (all stages)", seconds), ("hazm Normalizer.normalize", hazm_seconds)):
        print(f"{name:<28}{spent:>9.2f}{len(articles) / spent:>10.1f}{characters / spent:>13,.0f}")
    print("persianews stages:")
    for name, spent in per_stage.items():
        print(f"  {name:<26}{spent:>9.2f}{100 * spent / seconds:>9.1f}%  {characters / spent:>13,.0f} chars/s")


if __name__ == "__main__":
    main()
