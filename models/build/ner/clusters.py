"""Build models/word_clusters.tsv: word clusters learned from the unlabeled text of the shared corpora.

Every record of the Persian ``corpora/`` files (news, Telegram, the UD treebanks' text) goes
through persianews's ``normalize`` and ``segment`` stages; records whose text
falls in the annotations' test split (by sha1, as ``standoff.split_of``) are
left out, so the clusters never see the tagger's test text. Each word is
described by its left and right neighbours among the most frequent words
(counts per side, square-rooted distributions), reduced to ``--dims``
principal components, and grouped by spherical k-means twice: a coarse and a
fine clustering. Deterministic (k-means++ from a fixed seed, words in
frequency order). Needs numpy. Writes ``key<TAB>coarse<TAB>fine`` for each
word seen ``--min-count`` times (token keys as the tagger's ``w=`` feature).

usage: python models/build/ner/clusters.py [--words N] [--context N] [--coarse K] [--fine K] [-o FILE]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np
from standoff import HERE, corpora_root, split_of, text_sha1

import persianews
from persianews.entities import words
from persianews.entities.keys import OPAQUE, token_keys
from persianews.entities.tagger import sentence_ranges
from persianews.entities.tagger_training import prepare_pipeline

OUTPUT = HERE.parent.parent / "word_clusters.tsv"
BOUNDARY = "<s>"


def sentences() -> list[list[str]]:
    """The plain token keys of every sentence of every train-side corpus record."""
    prepare = prepare_pipeline()
    out = []
    paths = [p for p in sorted(corpora_root().rglob("*.jsonl")) if "arabic" not in p.name]
    for path in paths + sorted(corpora_root().glob("ud-*/dev.txt")):
        for article in persianews.read(str(path), format="jsonl" if path.suffix == ".jsonl" else "auto"):
            if not getattr(article, "text", None) or split_of(text_sha1(article.text)) == "test":
                continue
            doc = prepare(article)
            keys = token_keys([t.text for t in doc.tokens], [t.kind for t in doc.tokens])
            for start, end in sentence_ranges(doc):
                out.append([words.plain(key) for key in keys[start:end] if key != OPAQUE])
    return out


def context_vectors(corpus: list[list[str]], vocabulary: list[str], context: list[str]) -> np.ndarray:
    """Per word, the square roots of its left- and right-neighbour distributions over ``context``."""
    row = {word: i for i, word in enumerate(vocabulary)}
    column = {word: i for i, word in enumerate(context)}
    width = len(context)
    codes = []
    for sentence in corpus:
        padded = [BOUNDARY, *sentence, BOUNDARY]
        for position in range(1, len(padded) - 1):
            target = row.get(padded[position])
            if target is None:
                continue
            left, right = column.get(padded[position - 1]), column.get(padded[position + 1])
            if left is not None:
                codes.append(target * 2 * width + left)
            if right is not None:
                codes.append(target * 2 * width + width + right)
    cells, counts = np.unique(np.array(codes, dtype=np.int64), return_counts=True)
    matrix = np.zeros((len(vocabulary), 2 * width), dtype=np.float32)
    matrix.flat[cells] = counts
    matrix /= np.maximum(matrix.sum(axis=1, keepdims=True), 1)
    return np.sqrt(matrix, out=matrix)


def reduce(matrix: np.ndarray, dims: int) -> np.ndarray:
    """The rows projected on the ``dims`` principal components, then scaled to unit length."""
    matrix -= matrix.mean(axis=0)
    _values, vectors = np.linalg.eigh(matrix.T @ matrix)
    vectors = vectors[:, ::-1][:, :dims]
    vectors *= np.sign(vectors[np.abs(vectors).argmax(axis=0), range(dims)])  # a fixed sign per component
    points = matrix @ vectors
    return points / np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-9)


def kmeans(points: np.ndarray, k: int, iterations: int = 25, seed: int = 0) -> np.ndarray:
    """Spherical k-means (cosine), k-means++ seeding from ``seed``: the cluster of every point."""
    random = np.random.RandomState(seed)
    centres = [points[0]]
    distance = 1 - points @ points[0]
    for _ in range(1, k):
        weights = np.maximum(distance, 0) ** 2
        chosen = random.choice(len(points), p=weights / weights.sum())
        centres.append(points[chosen])
        distance = np.minimum(distance, 1 - points @ points[chosen])
    centre_matrix = np.array(centres)
    for _ in range(iterations):
        assigned = (points @ centre_matrix.T).argmax(axis=1)
        for cluster in range(k):
            members = points[assigned == cluster]
            if len(members):
                total = members.sum(axis=0)
                centre_matrix[cluster] = total / max(np.linalg.norm(total), 1e-9)
    return (points @ centre_matrix.T).argmax(axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--words", type=int, default=40_000, help="cluster at most the N most frequent words")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--context", type=int, default=600, help="neighbours counted: the N most frequent words")
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--coarse", type=int, default=64)
    parser.add_argument("--fine", type=int, default=512)
    args = parser.parse_args()
    start = time.perf_counter()
    corpus = sentences()
    frequency = Counter(word for sentence in corpus for word in sentence)
    ranked = sorted(frequency, key=lambda word: (-frequency[word], word))
    vocabulary = [word for word in ranked[:args.words] if frequency[word] >= args.min_count]
    print(f"{len(corpus)} sentences, {sum(frequency.values())} tokens, {len(frequency)} words, "
          f"{len(vocabulary)} clustered ({time.perf_counter() - start:.0f} s)", flush=True)
    points = reduce(context_vectors(corpus, vocabulary, [BOUNDARY, *ranked[:args.context - 1]]), args.dims)
    coarse, fine = kmeans(points, args.coarse), kmeans(points, args.fine)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# word_clusters.tsv — distributional word clusters for the entity tagger's features.\n"
                  "# columns: key (token key, as persianews.entities.keys), coarse cluster, fine cluster\n"
                  f"# source: learned from the unlabeled text of the project's development corpora "
                  f"(test-split records left out) by models/build/ner/clusters.py "
                  f"(--words {args.words} --min-count {args.min_count} --context {args.context} "
                  f"--dims {args.dims} --coarse {args.coarse} --fine {args.fine})\n"
                  "# licence: MIT (derived statistics, no text)\n")
        out.writelines(f"{word}\t{c}\t{f}\n" for word, c, f in zip(vocabulary, coarse, fine))
    print(f"{args.output}: {len(vocabulary)} words, {args.output.stat().st_size / 1e6:.2f} MB "
          f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
