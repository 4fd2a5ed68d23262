"""Pre-label corpus records with the current system, as stand-off lines for annotators to correct.

Chooses ``--count`` records of a corpus file deterministically (the lowest
sha1 of ``file:record`` among records of ``--min-chars``..``--max-chars``
characters; with ``--seed``, a random sample drawn with that seed instead),
optionally only from the outlets or channels named by ``--outlet``
(``metadata.extra.outlet``, else the Telegram channel); with ``--seed``,
records already in the output file are not drawn again, and
``--max-similarity`` skips near-duplicates of them or of each other (word
trigrams, Jaccard). Runs ``persianews.load()`` (rules only) and writes their PERSON,
ORG and LOC entities as source offsets, status ``prelabelled``. Nested
entities keep the outermost of those labels. Lines already in the output file
whose status is not ``prelabelled`` (hand-corrected) are kept as they are.

usage: python models/build/ner/prelabel.py news-dev/farsnews-dev.jsonl --count 75
       python models/build/ner/prelabel.py news-dev-2/articles.jsonl --count 10 --seed 14 --outlet mashreghnews.ir
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

from standoff import ANNOTATIONS, corpora_root, text_sha1, write_lines

from persianews.entities.tagger_training import flat_spans


def source_of(article: object) -> str:
    """The outlet (news) or channel (Telegram) an article comes from, or ``""``."""
    metadata = getattr(article, "metadata", {}) or {}
    extra = metadata.get("extra") or {}
    return str(extra.get("outlet") or extra.get("channel") or metadata.get("channel") or "")


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}


def similarity(first: set[tuple[str, ...]], second: set[tuple[str, ...]]) -> float:
    """Jaccard similarity of two trigram sets."""
    return len(first & second) / len(first | second) if first or second else 1.0


def choose(file: str, count: int, min_chars: int, max_chars: int, seed: int | None = None,
           outlets: list[str] | None = None, taken: set[int] | frozenset[int] = frozenset(),
           max_similarity: float = 1.0) -> list[tuple[int, object]]:
    """``count`` records of ``file`` in the length bounds (and outlets), none near-duplicating ``taken`` or each other.

    Comparisons are against the chosen and taken records only: O(count + taken) per candidate.
    """
    import persianews

    candidates, kept_shingles = [], []
    for index, article in enumerate(persianews.read(str(corpora_root() / file), format="jsonl")):
        if index in taken:
            if max_similarity < 1.0:
                kept_shingles.append(trigrams(article.text))
        elif min_chars <= len(article.text) <= max_chars and (not outlets or source_of(article) in outlets):
            candidates.append((hashlib.sha1(f"{file}:{index}".encode()).hexdigest(), index, article))
    candidates.sort(key=lambda c: c[0])
    if seed is not None:
        random.Random(seed).shuffle(candidates)
    chosen = []
    for _key, index, article in candidates:
        if len(chosen) == count:
            break
        shingles = trigrams(article.text)
        if max_similarity < 1.0 and any(similarity(shingles, other) >= max_similarity for other in kept_shingles):
            continue
        kept_shingles.append(shingles)
        chosen.append((index, article))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="corpus file relative to the shared corpora folder")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--min-chars", type=int, default=200)
    parser.add_argument("--max-chars", type=int, default=4000)
    parser.add_argument("--output", help="annotation file (default: annotations/<corpus>.jsonl)")
    parser.add_argument("--seed", type=int, help="draw a random sample with this seed (default: lowest sha1 first)")
    parser.add_argument("--outlet", action="append", help="only this outlet or channel (repeatable)")
    parser.add_argument("--max-similarity", type=float, default=1.0,
                        help="skip records this similar (word trigrams, Jaccard) to one already kept, e.g. 0.5")
    args = parser.parse_args()

    import persianews

    corpus = args.file.split("/")[0]
    output = ANNOTATIONS / f"{corpus}.jsonl" if args.output is None else Path(args.output)
    kept = {}
    if output.exists():
        for line in output.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                kept[(record["file"], record["record"])] = record
    nlp = persianews.load(entities={"tagger": False})  # the rules alone pre-label
    taken = {record for file, record in kept if file == args.file} if args.seed is not None else set()
    chosen = choose(args.file, args.count, args.min_chars, args.max_chars, args.seed, args.outlet, taken,
                    args.max_similarity)
    for index, article in chosen:
        existing = kept.get((args.file, index))
        if existing is not None and existing["status"] != "prelabelled":
            continue
        doc = nlp(article)
        kept[(args.file, index)] = {"corpus": corpus, "file": args.file, "record": index,
                                    "sha1": text_sha1(article.text), "status": "prelabelled",
                                    "entities": [list(span) for span in flat_spans(doc.entities)]}
    write_lines(output, (kept[key] for key in sorted(kept)))
    print(f"{output}: {len(kept)} records")


if __name__ == "__main__":
    main()
