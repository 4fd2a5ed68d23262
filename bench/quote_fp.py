"""Quotes the output has and the gold lacks, classed by the rule that made them and by why the gold lacks them.

Each output quote the scorer's greedy matching leaves unmatched (similarity under 0.5 to every free gold quote)
is counted by its kind and its leading ``evidence`` code (the cue rule), and by a cause read off the gold and the
text: ``split/join`` (it overlaps a gold quote of the document: the gold cuts it differently), ``nested`` (it lies
inside a gold quote: a statement quoted within a statement), ``headline`` (it lies in the document's headline
line, restating a body quote or not), ``question`` (it ends with a question mark), ``figures/list`` (mostly
digits, or several short lines: a rate or a list after «:»), else ``none of the gold's quotes`` (narration).

Run on a ``bench_quality.py --work DIR`` folder, after that run:

usage: python bench/quote_fp.py DIR [--tree TREE] [--no-tagger] [--sets dev|NAME,...] [--list]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import GOLD, gold_sets, last_output, matched_pairs
from quote_extents import _SCORER, folded_map, place, work_parser


def unmatched(gold: dict[str, Any], output: dict[str, Any]) -> list[dict[str, Any]]:
    """The output quotes the scorer's greedy matching leaves without a gold quote."""
    outs = output.get("quotes", [])
    used = set(matched_pairs(gold.get("quotes", []), outs, _SCORER.similarity).values())
    return [o for j, o in enumerate(outs) if j not in used]


def cause(quote: dict[str, Any], gold: dict[str, Any], output: dict[str, Any]) -> str:
    """Why the gold lacks ``quote`` (the first class that fits)."""
    text = output.get("text", "")
    content = quote.get("parts", {}).get("content", {})
    start, end = content.get("start", quote["start"]), content.get("end", quote["end"])
    folded, where = folded_map(text)
    spans = [span for g in gold.get("quotes", []) if (span := place(g["content"], folded, where))]
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
        return "nested in a gold quote"
    if any(s < end and start < e for s, e in spans):
        return "split/join: overlaps a gold quote"
    headline = (output.get("metadata") or {}).get("headline") or ""
    first_line = text.split("\n", 1)[0]
    if start < len(first_line) and (headline and _SCORER.fold(first_line) == _SCORER.fold(headline)):
        return "headline line"
    body = quote.get("content", "").strip()
    if body.rstrip("»\"' .").endswith(("؟", "?")):
        return "question"
    digits = sum(char.isdigit() for char in body)
    lines = [line for line in body.split("\n") if line.strip()]
    if digits * 5 > len(body) or (len(lines) >= 3 and sum(map(len, lines)) / len(lines) < 40):
        return "figures/list"
    return "none of the gold's quotes"


def main(argv: list[str] | None = None) -> int:
    """Print the table of false quotes over the chosen sets."""
    args = work_parser(__doc__, "print each false quote").parse_args(argv)
    by_rule: Counter[str] = Counter()
    by_cause: Counter[str] = Counter()
    lines: list[str] = []
    for path in gold_sets(args.sets, GOLD):
        set_dir = args.work / path.stem
        golds = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["documents"]
        outputs = last_output(args.tree.resolve(), set_dir, args.no_tagger)
        for gold in golds:
            output = outputs.get((gold["source"], gold["record"]))
            for quote in unmatched(gold, output) if output else []:
                rule = f"{quote.get('kind')} {(quote.get('evidence') or ['?'])[0]}"
                why = cause(quote, gold, output)
                by_rule[rule] += 1
                by_cause[why] += 1
                lines.append(f"{gold['id']}\t{rule}\t{why}\t{' '.join(quote.get('evidence') or [])}\t"
                             f"{quote.get('content', '')[:80]!r}")
    if args.list:
        print("\n".join(lines))
    for label, count in by_rule.most_common():
        print(f"{count:6}  rule  {label}")
    for label, count in by_cause.most_common():
        print(f"{count:6}  cause {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
