"""Segmentation quality of persianews and hazm against the UD Persian dev sets.

UD gives sentences but no paragraphs, so the input is built from blocks of
``--block`` consecutive sentences (10 by default) joined by a single space, as
in running text; each block is one input to both systems.

Metrics, both over character offsets in the block:

* sentence-boundary F1: the offsets where one sentence ends and the next
  begins inside a block (the block's own end is trivial and not counted);
* token F1: a predicted token is right when its (start, end) equals a gold
  token's; UD multiword tokens (``38-39``) count as their surface token.

persianews runs the ``normalize`` and ``segment`` stages and is scored on the
tokens' source spans; hazm runs ``sent_tokenize`` and ``word_tokenize`` on the
same block, and its output strings are located in the block left to right
(hazm joins verb parts with ``_``, which is matched against a space or ZWNJ).

usage: python bench/bench_segment.py [--block N] [--errors K] [CONLLU ...]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from dataclasses import dataclass, field

from persianews.document import Document
from persianews.records import Article
from persianews.stages.normalize import NormalizeStage
from persianews.stages.segment import SegmentStage

from _shared import CORPORA, require_hazm

DEFAULT_CORPORA = (
    str(CORPORA / "ud-perdt" / "fa_perdt-ud-dev.conllu"),
    str(CORPORA / "ud-seraji" / "fa_seraji-ud-dev.conllu"),
)


@dataclass
class Block:
    text: str
    boundaries: set[int] = field(default_factory=set)
    tokens: set[tuple[int, int]] = field(default_factory=set)


def read_conllu(path: str) -> list[tuple[str, list[str]]]:
    """(text, surface token forms) per sentence; a multiword token replaces its parts."""
    sentences, text, forms, covered_until = [], None, [], 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line:
            if text is not None:
                sentences.append((text, forms))
            text, forms, covered_until = None, [], 0
        elif not line.startswith("#"):
            columns = line.split("\t")
            if "-" in columns[0]:
                covered_until = int(columns[0].split("-")[1])
                forms.append(columns[1])
            elif "." not in columns[0] and int(columns[0]) > covered_until:
                forms.append(columns[1])
    if text is not None:
        sentences.append((text, forms))
    return sentences


def locate(pieces: list[str], text: str, joiner: str = "") -> list[tuple[int, int] | None]:
    """The span of each piece found in ``text`` left to right (None when it cannot be found)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for piece in pieces:
        pattern = re.escape(piece)
        if joiner:
            pattern = pattern.replace(re.escape(joiner), "[ \u200c_]?")
        match = re.compile(pattern).search(text, cursor, cursor + 200 + len(piece))
        if match is None:
            spans.append(None)
            continue
        spans.append((match.start(), match.end()))
        cursor = match.end()
    return spans


def build_blocks(sentences: list[tuple[str, list[str]]], size: int) -> tuple[list[Block], int]:
    """Blocks of ``size`` sentences with gold boundaries and token spans; also the unlocated gold tokens."""
    blocks, missing = [], 0
    for first in range(0, len(sentences), size):
        block = Block("")
        for text, forms in sentences[first:first + size]:
            if block.text:
                block.boundaries.add(len(block.text))
                block.text += " "
            offset = len(block.text)
            for span in locate(forms, text):
                if span is None:
                    missing += 1
                else:
                    block.tokens.add((offset + span[0], offset + span[1]))
            block.text += text
        blocks.append(block)
    return blocks, missing


def internal_boundaries(spans: list[tuple[int, int]], text: str) -> set[int]:
    """Where a sentence ends inside the text (trailing spaces skipped), the last one excluded."""
    ends = set()
    for start, end in spans[:-1]:
        ends.add(len(text[:end].rstrip()))
    return ends


def persianews_segments(block: Block) -> tuple[set[int], set[tuple[int, int]]]:
    doc = SEGMENT(NORMALIZE(Document.from_article(Article(block.text))))
    sentences = [(s.source_span.start, s.source_span.end) for s in doc.sentences]
    tokens = {(t.source_span.start, t.source_span.end) for t in doc.tokens}
    return internal_boundaries(sentences, block.text), tokens


def hazm_segments(block: Block) -> tuple[set[int], set[tuple[int, int]]]:
    import hazm

    sentences = [span for span in locate(hazm.sent_tokenize(block.text), block.text) if span]
    tokens = {span for span in locate(hazm.word_tokenize(block.text), block.text, joiner="_") if span}
    return internal_boundaries(sentences, block.text), tokens


NORMALIZE, SEGMENT = NormalizeStage(), SegmentStage()
SYSTEMS = {"persianews": persianews_segments, "hazm": hazm_segments}


def f1(gold: int, predicted: int, correct: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def evaluate(blocks: list[Block], system, show_errors: int) -> dict[str, object]:
    counts = Counter()
    errors: Counter[str] = Counter()
    started = time.perf_counter()
    for block in blocks:
        boundaries, tokens = system(block)
        counts["gold_b"] += len(block.boundaries)
        counts["pred_b"] += len(boundaries)
        counts["ok_b"] += len(boundaries & block.boundaries)
        counts["gold_t"] += len(block.tokens)
        counts["pred_t"] += len(tokens)
        counts["ok_t"] += len(tokens & block.tokens)
        if show_errors:
            for start, end in tokens - block.tokens:
                errors["+" + block.text[start:end]] += 1
            for start, end in block.tokens - tokens:
                errors["-" + block.text[start:end]] += 1
            for end in boundaries - block.boundaries:
                errors["+| " + block.text[max(0, end - 25):end] + " ‖ " + block.text[end:end + 15]] += 1
            for end in block.boundaries - boundaries:
                errors["-| " + block.text[max(0, end - 25):end] + " ‖ " + block.text[end:end + 15]] += 1
    seconds = time.perf_counter() - started
    return {
        "sentence": f1(counts["gold_b"], counts["pred_b"], counts["ok_b"]),
        "token": f1(counts["gold_t"], counts["pred_t"], counts["ok_t"]),
        "seconds": seconds,
        "errors": errors.most_common(show_errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", default=DEFAULT_CORPORA)
    parser.add_argument("--block", type=int, default=10, help="sentences per input block (default 10)")
    parser.add_argument("--errors", type=int, default=0, help="show the K most frequent disagreements")
    args = parser.parse_args()
    require_hazm()
    for path in args.corpora:
        blocks, missing = build_blocks(read_conllu(path), args.block)
        gold_tokens = sum(len(b.tokens) for b in blocks)
        print(f"\n{path}: {len(blocks)} blocks of {args.block} sentences, {gold_tokens} gold tokens"
              + (f" ({missing} not located in # text)" if missing else ""))
        print(f"{'system':<12}{'sent P':>8}{'sent R':>8}{'sent F1':>9}{'tok P':>8}{'tok R':>8}{'tok F1':>8}{'sec':>7}")
        for name, system in SYSTEMS.items():
            result = evaluate(blocks, system, args.errors)
            (sp, sr, sf), (tp, tr, tf) = result["sentence"], result["token"]
            print(f"{name:<12}{sp:8.4f}{sr:8.4f}{sf:9.4f}{tp:8.4f}{tr:8.4f}{tf:8.4f}{result['seconds']:7.2f}")
            for error, count in result["errors"]:
                print(f"    {count:5d}  {error}")


if __name__ == "__main__":
    main()
