"""Normalization throughput of ``persianews.normalize`` and ``hazm.Normalizer().normalize``.

Both run on the same texts, one call per text, in one process, best of
``--repeat`` runs (after one warm-up run each):

* farsnews: each item of ``farsnews-dev.jsonl`` as one text, its title,
  abstract and paragraphs joined by blank lines;
* ud-perdt: each line of the UD PerDT ``dev.txt`` as one text.

Prints characters per second for each system and corpus, and, with
``--profile``, the top of a cProfile of persianews on the first corpus.

usage: python bench/bench_normalize.py [--repeat N] [--no-half-spaces] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from typing import Callable

import persianews
from persianews.text.normalize import NormalizationConfig

from _shared import CORPORA, require_hazm

FARSNEWS = str(CORPORA / "news-dev" / "farsnews-dev.jsonl")
UD_PERDT = str(CORPORA / "ud-perdt" / "dev.txt")


def farsnews_texts(path: str = FARSNEWS) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            parts = [item.get("title") or "", item.get("abstract") or "", *(item.get("paragraphs") or [])]
            texts.append("\n\n".join(part for part in parts if part))
    return texts


def line_texts(path: str = UD_PERDT) -> list[str]:
    with open(path, encoding="utf-8") as lines:
        return [line.rstrip("\n") for line in lines if line.strip()]


def throughput(function: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Characters per second, best of ``repeat`` timed runs after one warm-up run."""
    characters = sum(map(len, texts))
    for text in texts:
        function(text)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - started)
    return characters / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-half-spaces", action="store_true", help="persianews without the ZWNJ rule")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    require_hazm()

    from hazm import Normalizer

    config = NormalizationConfig(half_spaces=not args.no_half_spaces)
    systems = {
        "persianews": lambda text: persianews.normalize(text, config),
        "hazm": Normalizer().normalize,
    }
    corpora = {"farsnews": farsnews_texts(), "ud-perdt": line_texts()}
    print(f"{'corpus':<10}{'texts':>7}{'chars':>10}" + "".join(f"{name:>14}" for name in systems) + "   (chars/s)")
    for corpus, texts in corpora.items():
        speeds = [throughput(function, texts, args.repeat) for function in systems.values()]
        columns = "".join(f"{speed:>14,.0f}" for speed in speeds)
        print(f"{corpus:<10}{len(texts):>7}{sum(map(len, texts)):>10}{columns}")
    if args.profile:
        profiler = cProfile.Profile()
        texts = corpora["farsnews"]
        profiler.runcall(lambda: [persianews.normalize(text, config) for text in texts])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
