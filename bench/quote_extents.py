"""Where direct statements start and end, measured: every gold direct quote of the sets against the output.

Each gold direct quote is placed in the output's text (compared folded, as ``tools/score.py`` compares) and
set against the output quote that overlaps it most: ``exact`` (the same words), ``start wrong`` (it opens
elsewhere), ``end short`` (it stops before the gold end, after its k-th sentence of the gold), ``end long`` (it
runs on: into another gold quote — the next cue — or into narration), ``missed`` (no output quote overlaps it;
why: the mark before the gold content). Every output direct quote that matches no gold quote (the scorer's
greedy matching on similarity) is a false direct quote, by cause: a span error (it overlaps a gold direct quote
whose extent differs), a gold indirect quote given as direct, or none of the gold's quotes. The figures count
quotes whose similarity to their gold is under the scorer's 0.5 (a span error that costs a quote) apart.

Run on a ``bench_quality.py --work DIR`` folder, after that run (the outputs are its ``out-*.jsonl``):

usage: python bench/quote_extents.py DIR [--tree TREE] [--no-tagger] [--sets dev|NAME,...] [--list] [--cached]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import GOLD, extract_sets, gold_sets, last_output, matched_pairs
from quality_gold import load_scorer

ROOT = Path(__file__).resolve().parent.parent
_SCORER = load_scorer()


def folded_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded as the scorer folds it, and for each folded character its position in ``text``."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for folded in _SCORER.fold(char):
            chars.append(folded)
            where.append(index)
    return "".join(chars), where


def place(content: str, folded: str, where: list[int]) -> tuple[int, int] | None:
    """The span of ``text`` whose folded form is ``content`` folded (its first occurrence), or None."""
    key = _SCORER.fold(content)
    at = folded.find(key) if key else -1
    if at == -1:
        return None
    return where[at], where[at + len(key) - 1] + 1


def _sentence_count(text: str) -> int:
    return max(1, sum(text.count(mark) for mark in ".!؟?\n"))


def _missed_reason(text: str, start: int) -> str:
    before = text[max(0, text.rfind("\n", 0, start) + 1):start].rstrip(" \u200c\t")
    if not before:
        return "line start (continuation / paragraph)"
    if before.endswith(":"):
        return "after a colon"
    if before.endswith("«"):
        return "after ««»"
    return "mid-line, other"


def classify(gold: dict[str, Any], output: dict[str, Any], tally: Counter[str], lines: list[str]) -> None:
    """Add one document's direct quotes to ``tally`` and their description to ``lines``."""
    text = output.get("text", "")
    folded, where = folded_map(text)
    golds = gold.get("quotes", [])
    outs = output.get("quotes", [])
    gspans = [place(q["content"], folded, where) for q in golds]
    ospans = [(q["parts"]["content"]["start"], q["parts"]["content"]["end"]) for q in outs]
    used_g = matched_pairs(golds, outs, _SCORER.similarity)
    used_o = set(used_g.values())
    doc = gold["id"]
    for i, quote in enumerate(golds):
        if quote["kind"] != "direct":
            continue
        span = gspans[i]
        if span is None:
            tally["gold not placed"] += 1
            continue
        gs, ge = span
        tally["= gold direct quotes placed"] += 1
        overlaps = [(min(ge, oe) - max(gs, os_), j) for j, (os_, oe) in enumerate(ospans) if min(ge, oe) > max(gs, os_)]
        cost = "" if i in used_g else " (costs)"
        if not overlaps:
            reason = _missed_reason(text, gs)
            tally[f"missed: {reason}"] += 1
            lines.append(f"{doc} MISSED [{reason}] {text[gs:ge][:70]!r}")
            continue
        _, j = max(overlaps)
        os_, oe = ospans[j]
        kind = outs[j].get("kind")
        labels = []
        if _SCORER.fold(text[min(gs, os_):max(gs, os_)]):
            labels.append("start wrong")
        if oe < ge and _SCORER.fold(text[oe:ge]):
            cut = _sentence_count(text[gs:oe])
            labels.append(f"end short: cut after {'its first sentence' if cut == 1 else 'a later sentence'}")
        elif oe > ge and _SCORER.fold(text[ge:oe]):
            into = any(k != i and s is not None and s[0] < oe and s[1] > ge for k, s in enumerate(gspans))
            labels.append("end long: into the next quote" if into else "end long: into narration")
        if not labels:
            labels.append("exact")
        else:
            tally["= extent wrong" + cost] += 1
        if kind != "direct":
            labels = [f"{label} [as {kind}]" for label in labels]
        for label in labels:
            tally[label + cost] += 1
        if labels != ["exact"]:
            lines.append(f"{doc} {' + '.join(labels)}{cost}: gold {text[gs:ge][:50]!r}…{text[max(gs, ge - 30):ge]!r}"
                         f" | out {text[os_:oe][:50]!r}…{text[max(os_, oe - 30):oe]!r} | next {text[oe:oe + 40]!r}")
    gold_direct = [k for k, q in enumerate(golds) if q["kind"] == "direct"]
    for j, quote in enumerate(outs):
        if quote.get("kind") != "direct" or j in used_o:
            continue
        os_, oe = ospans[j]
        hit = [k for k, s in enumerate(gspans) if s is not None and min(s[1], oe) > max(s[0], os_)]
        if any(k in gold_direct for k in hit):
            cause = "false direct: span error of a gold direct quote"
        elif hit:
            cause = "false direct: a gold indirect quote"
        else:
            cause = "false direct: no gold quote there"
        tally[cause] += 1
        lines.append(f"{doc} {cause} ({', '.join(quote.get('evidence', [])[:2])}): {text[os_:oe][:70]!r}")


def work_parser(doc: str | None, list_help: str) -> argparse.ArgumentParser:
    """The arguments of a bench that reads a ``bench_quality.py --work`` folder: the folder, the tree, the pipeline,
    the sets and ``--list``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--no-tagger", action="store_true")
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--list", action="store_true", help=list_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Print the table of direct-quote extents over the chosen sets."""
    parser = work_parser(__doc__, "print each quote that is not exact")
    parser.add_argument("--cached", action="store_true", help="read the outputs the last run wrote, not extract")
    args = parser.parse_args(argv)
    tally: Counter[str] = Counter()
    lines: list[str] = []
    set_dirs = [args.work / path.stem for path in gold_sets(args.sets, GOLD)]
    extracted = {} if args.cached else extract_sets(args.tree.resolve(), set_dirs, args.no_tagger)
    for set_dir in set_dirs:
        golds = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["documents"]
        outputs = last_output(args.tree.resolve(), set_dir, args.no_tagger) if args.cached else extracted[set_dir]
        for gold in golds:
            output = outputs.get((gold["source"], gold["record"]))
            if output is not None:
                classify(gold, output, tally, lines)
    if args.list:
        print("\n".join(lines))
    for label, count in sorted(tally.items()):
        print(f"{count:6}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
