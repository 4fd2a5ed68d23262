"""Build models/person_words.tsv: words that follow a given name or an honorific often and rarely stand otherwise.

Reads the same unlabeled text as ``clusters.py`` (every Persian corpus record through persianews's
``normalize`` and ``segment`` stages, the annotations' test-split records left out; the token keys cached
in ``out/``). For each word (not a stop word, not a given name itself) it counts its occurrences and those
right after a known given name or an honorific (a surname's place: «علی لاریجانی», «آقای لاریجانی»), and
keeps the words (no digits) seen there at least ``--min-after`` times and at least ``--min-share`` of their
occurrences, with that share. The tagger reads the share as a feature (``pw=`` + a bucket). Deterministic.

usage: python models/build/ner/person_words.py [--min-after N] [--min-share S] [-o FILE]
"""

from __future__ import annotations

import argparse
import pickle
import time
from collections import Counter
from pathlib import Path

from clusters import sentences
from standoff import HERE

from persianews.entities import lexicons, words

OUTPUT = HERE.parent.parent / "person_words.tsv"
CACHE = HERE / "out" / "corpus-keys.pickle"


def corpus() -> list[list[str]]:
    """The plain token keys of the corpora's sentences (``clusters.sentences``), cached in ``out/``."""
    if CACHE.exists():
        with open(CACHE, "rb") as handle:
            return pickle.load(handle)
    found = sentences()
    CACHE.parent.mkdir(exist_ok=True)
    with open(CACHE, "wb") as handle:
        pickle.dump(found, handle)
    return found


def counts(text: list[list[str]]) -> tuple[Counter, Counter]:
    """Each word's occurrences, and those right after a given name or an honorific."""
    total: Counter = Counter()
    after: Counter = Counter()
    honorifics = lexicons.honorific_keys()
    for sentence in text:
        total.update(sentence)
        for previous, word in zip(sentence, sentence[1:]):
            if words.is_given_name(previous) or previous in honorifics:
                after[word] += 1
    return total, after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--min-after", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.25)
    args = parser.parse_args()
    start = time.perf_counter()
    total, after = counts(corpus())
    kept = sorted((word for word, n in after.items()
                   if n >= args.min_after and n >= args.min_share * total[word]
                   and not any(char.isdigit() for char in word)
                   and not words.is_stop(word) and not words.is_given_name(word)),
                  key=lambda word: (-after[word] / total[word], word))
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# person_words.tsv — words found mostly right after a given name or an honorific (surnames).\n"
                  "# columns: key (plain token key), share (of its occurrences after a given name or honorific, "
                  "two decimals), occurrences\n"
                  "# source: counted on the unlabeled text of the project's development corpora (test-split "
                  f"records left out) by models/build/ner/person_words.py (--min-after {args.min_after} "
                  f"--min-share {args.min_share})\n"
                  "# licence: MIT (derived statistics, no text)\n")
        out.writelines(f"{word}\t{after[word] / total[word]:.2f}\t{total[word]}\n" for word in kept)
    print(f"{args.output}: {len(kept)} words ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
