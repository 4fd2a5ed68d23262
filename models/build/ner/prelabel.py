"""Pre-label corpus records with the current system, as stand-off lines for annotators to correct.

Chooses ``--count`` records of a corpus file deterministically (the lowest
sha1 of ``file:record`` among records of ``--min-chars``..``--max-chars``
characters), runs ``persianews.load()`` (rules only) and writes their PERSON,
ORG and LOC entities as source offsets, status ``prelabelled``. Nested
entities keep the outermost of those labels. Lines already in the output file
whose status is not ``prelabelled`` (hand-corrected) are kept as they are.

usage: python models/build/ner/prelabel.py news-dev/farsnews-dev.jsonl --count 75
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from standoff import ANNOTATIONS, corpora_root, text_sha1, write_lines

from persianews.entities.tagger_training import flat_spans


def choose(file: str, count: int, min_chars: int, max_chars: int) -> list[tuple[int, object]]:
    import persianews

    candidates = []
    for index, article in enumerate(persianews.read(str(corpora_root() / file))):
        if min_chars <= len(article.text) <= max_chars:
            candidates.append((hashlib.sha1(f"{file}:{index}".encode()).hexdigest(), index, article))
    return [(index, article) for _key, index, article in sorted(candidates, key=lambda c: c[0])[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="corpus file relative to the shared corpora folder")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--min-chars", type=int, default=200)
    parser.add_argument("--max-chars", type=int, default=4000)
    parser.add_argument("--output", help="annotation file (default: annotations/<corpus>.jsonl)")
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
    nlp = persianews.load()
    for index, article in choose(args.file, args.count, args.min_chars, args.max_chars):
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
