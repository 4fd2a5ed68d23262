"""Normalization throughput of ``persianews.normalize`` and ``hazm.Normalizer().normalize``.

Both run on the same texts, one call per text, in one process:

* farsnews: each item of ``farsnews-dev.jsonl`` as one text, its title,
  abstract and paragraphs joined by blank lines;
* ud-perdt: each line of the UD PerDT ``dev.txt`` as one text.

For each corpus it prints characters per second (CPU time) of hazm (best of
``--repeat`` runs after a warm-up run) and of persianews on its first pass
(every word type and word pair analysed for half-spaces once, and cached: on
farsnews that pass starts with empty caches) and on later passes (best of
``--repeat``: a long stream's steady state, where a text brings few new
words), with each ratio to hazm. With ``--profile``, the top of a cProfile
of persianews's later passes on the first corpus.

usage: python bench/bench_normalize.py [--repeat N] [--no-half-spaces] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import pstats
import time
from typing import Callable

import persianews
from persianews.text.normalize import NormalizationConfig

import bench_pipeline  # noqa: F401 - persianews.models from a source checkout
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


def seconds(function: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds of one call of ``function`` per text."""
    started = time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - started


def first_and_best(function: Callable[[str], object], texts: list[str], repeat: int) -> tuple[float, float]:
    """CPU seconds of the first run over ``texts`` and the best of ``repeat`` runs after it."""
    first = seconds(function, texts)
    return first, min(seconds(function, texts) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-half-spaces", action="store_true", help="persianews without the ZWNJ rule")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    require_hazm()

    from hazm import Normalizer

    config = NormalizationConfig(half_spaces=not args.no_half_spaces)
    hazm = Normalizer().normalize
    normalize = functools.partial(persianews.normalize, config=config)
    normalize("می کنند")  # the lexicons load on the first call: not counted
    corpora = {"farsnews": farsnews_texts(), "ud-perdt": line_texts()}
    print(f"{'corpus':<10}{'texts':>7}{'chars':>10}{'hazm':>12}{'persianews first pass':>31}"
          f"{'persianews later passes':>31}   (chars/s, CPU)")
    for corpus, texts in corpora.items():
        characters = sum(map(len, texts))
        _, hazm_seconds = first_and_best(hazm, texts, args.repeat)
        first, later = first_and_best(normalize, texts, args.repeat)
        columns = "".join(f"{characters / spent:>21,.0f} ({hazm_seconds / spent:.2f}x)" for spent in (first, later))
        print(f"{corpus:<10}{len(texts):>7}{characters:>10}{characters / hazm_seconds:>12,.0f}{columns}")
    if args.profile:
        profiler = cProfile.Profile()
        texts = corpora["farsnews"]
        profiler.runcall(lambda: [normalize(text) for text in texts])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
