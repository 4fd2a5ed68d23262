"""Stand-off annotations + the shared corpora → token/BIO training sentences (CoNLL, one per split).

Each annotated record is read with ``persianews.read``, checked against its
sha1, run through persianews's own ``normalize`` and ``segment`` stages, and
its entities (source offsets) are projected onto those tokens, so training and
run-time tokens agree. One sentence of the segmenter is one CoNLL sentence.
Only ``corrected`` records are used unless ``--prelabelled`` is given. The
output holds corpus text: it goes to ``out/`` (ignored by git), never into the
repository.

usage: python models/build/ner/to_bio.py [--prelabelled] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Iterator

from standoff import ANNOTATIONS, HERE, annotated_articles, read_annotations, split_of

from persianews.entities.tagger import sentence_ranges
from persianews.entities.tagger_training import prepare_pipeline, token_labels


def annotated_documents(statuses: tuple[str, ...] = ("corrected",),
                        files: list[Path] | None = None) -> Iterator[tuple[str, object, list[str], dict]]:
    """``(split, document, BIO labels, annotation)`` for every annotated record of ``statuses``."""
    prepare = prepare_pipeline()
    paths = files if files is not None else sorted(ANNOTATIONS.glob("*.jsonl"))
    chosen = (a for a in read_annotations(paths) if a["status"] in statuses)
    for annotation, article in annotated_articles(chosen):
        doc = prepare(article)
        yield split_of(annotation["sha1"]), doc, token_labels(doc, annotation["entities"]), annotation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prelabelled", action="store_true", help="use records not yet corrected by hand too")
    parser.add_argument("--out-dir", type=Path, default=HERE / "out")
    args = parser.parse_args()
    statuses = ("corrected", "prelabelled") if args.prelabelled else ("corrected",)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"train": 0, "test": 0}
    with contextlib.ExitStack() as stack:
        outputs = {split: stack.enter_context(open(args.out_dir / f"{split}.conll", "w", encoding="utf-8"))
                   for split in counts}
        for split, doc, labels, _annotation in annotated_documents(statuses):
            out = outputs[split]
            for start, end in sentence_ranges(doc):
                out.writelines(f"{token.text}\t{label}\n" for token, label in zip(doc.tokens[start:end], labels[start:end]))
                out.write("\n")
            counts[split] += len(doc.tokens)
    print(f"tokens: train {counts['train']}, test {counts['test']} → {args.out_dir}")


if __name__ == "__main__":
    main()
