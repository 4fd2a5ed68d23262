"""The cold cost of the per-word analyses (persianews/entities/words.py) over a corpus's word types.

The news items go once through normalize and segment; their distinct token keys
are then analysed with every cache of words.py empty, as a fresh run meets them
the first time: the entity tagger's dictionary and name features of each type
(``lexical_features``, which asks surname_class, surname_suffix, is_stop, tags,
frequency ...), then each analysis alone. Each figure is the minimum of
``--repeat`` passes (CPU seconds of this process), with the microseconds a type
and its ratio to the cost of a cache hit (the same pass with the caches full).
Run it in two checkouts to compare them.

usage: python bench/bench_words.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable

from _shared import CORPORA

import persianews
from persianews.entities import lexicons, tagger_features, words
from persianews.entities.matcher import TokenView

#: The analyses timed alone, after the tagger's features of a type.
ANALYSES = ("surname_class", "inflected", "is_compound", "surname_suffix", "is_stop", "tags", "frequency",
            "is_given_name", "is_detached_suffix", "is_place_adjective")


def caches() -> list[dict[object, object]]:
    """Every cache of words.py's analyses."""
    return [value.cache for value in vars(words).values() if isinstance(getattr(value, "cache", None), dict)]


def best_of(repeat: int, keys: list[str], analyse: Callable[[str], object], cold: bool) -> float:
    """The least CPU seconds of ``repeat`` passes of ``analyse`` over ``keys``, with the caches emptied before
    each pass when ``cold`` (else filled by a first pass)."""
    if not cold:
        list(map(analyse, keys))
    best = float("inf")
    for _ in range(repeat):
        if cold:
            for cache in caches():
                cache.clear()
        start = time.process_time()
        list(map(analyse, keys))
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPORA / "news-dev" / "farsnews-dev.jsonl"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--repeat", type=int, default=5, help="passes timed; the least is printed")
    args = parser.parse_args()

    prepare = persianews.load(stages=("normalize", "segment"))
    trie = lexicons.trie()
    keys: dict[str, None] = {}
    for article in itertools.islice(persianews.read(args.corpus), args.limit):
        if isinstance(article, persianews.Article):
            doc = prepare(article)
            keys.update(dict.fromkeys(TokenView(doc.text, doc.tokens, trie).keys))
    types = list(keys)

    def features(key: str) -> list[str]:
        return tagger_features.lexical_features(key, words.plain(key))

    features(types[0])  # the lexicons loaded
    print(f"{len(types):,} word types; CPU seconds, the least of {args.repeat} passes with the caches empty")
    for name, analyse in (("tagger's lexical_features", features),
                          *((name, getattr(words, name)) for name in ANALYSES)):
        cold = best_of(args.repeat, types, analyse, cold=True)
        warm = best_of(args.repeat, types, analyse, cold=False)
        print(f"  {name:<28}{cold:7.3f} s {1e6 * cold / len(types):6.1f} us a type  (x{cold / warm:.1f} a cache hit)")


if __name__ == "__main__":
    main()
