"""Telegram headlines measured post by post: every post of the Telegram dev sets with its gold headline (or null)
and ours, each miss in one class.

A post's headline is decided by the reader's post layout (:func:`persianews.readers.telegram_post.parse_post`);
the gold says (decision 8 of round 12's adjudication) that it is the first line when that is a short title line
set off from the body, null otherwise. Compared as ``bench_quality.py`` compares them (the scorer's fold), each
post falls in one class:

* ``right``: both the same (both null included);
* ``we say none``: gold has a headline, we have none;
* ``one where gold has none``: we have a headline, gold has none;
* ``text differs``: both have one and one holds the other (a title broken over lines, a mark kept or cut);
* ``another line``: both have one and neither holds the other.

Reads the outputs ``bench_quality.py --work DIR`` wrote (run it first; a headline does not depend on
``--no-tagger``); with ``--reread`` parses the rebuilt inputs with this tree's reader instead (seconds, no
extraction: for trying a change of the reader). ``--show CLASS,...`` (or ``all``) lists the posts of those classes
with the opening lines of each for reading; the table alone holds no corpus text.

usage: python bench/headlines.py --work DIR [--sets dev] [--tree TREE] [--reread] [--show CLASS,...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import ROOT, dev_sets, group_of, last_output
from quality_gold import load_scorer

CLASSES = ("right", "we say none", "one where gold has none", "text differs", "another line")
_SHOWN_LINES = 4


def headline_class(gold: str | None, ours: str | None, fold: Callable[[str], str]) -> str:
    """The class of one post's headline (see the module's docstring)."""
    wanted, got = fold(gold or ""), fold(ours or "")
    if wanted == got:
        return "right"
    if not got:
        return "we say none"
    if not wanted:
        return "one where gold has none"
    return "text differs" if wanted in got or got in wanted else "another line"


def reread(set_dir: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The text and metadata of each post of a rebuilt Telegram set, as this tree's reader gives them."""
    from persianews.readers import read

    documents = {}
    for path in sorted(set_dir.glob("*.txt")):
        for article in read(str(path), format="telegram-text"):
            documents[(path.name, article.provenance.record)] = {"text": article.text,
                                                                 "metadata": dict(article.metadata)}
    return documents


def main(argv: list[str] | None = None) -> int:
    """Print the classes per set and per channel; list the posts of the classes asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="the folder bench_quality.py --work wrote")
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--no-tagger", action="store_true", help="read the outputs of the rules-alone run")
    parser.add_argument("--reread", action="store_true", help="parse the inputs with this tree's reader")
    parser.add_argument("--show", default="", help="classes whose posts to list (comma list, or all)")
    args = parser.parse_args(argv)
    fold = load_scorer().fold
    shown = set(CLASSES[1:]) if args.show == "all" else {name for name in args.show.split(",") if name}
    table: dict[str, Counter[str]] = defaultdict(Counter)
    listing: list[str] = []
    for path in dev_sets(args.sets):
        set_dir = args.work.resolve() / path.stem
        if not path.stem.startswith("tg") or not (set_dir / "gold.json").exists():
            continue
        golds = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["documents"]
        outputs = reread(set_dir) if args.reread else last_output(args.tree.resolve(), set_dir, args.no_tagger)
        for gold in golds:
            if "headline" not in (gold.get("metadata") or {}):
                continue
            document = outputs.get((gold["source"], gold["record"])) or {}
            wanted, ours = gold["metadata"]["headline"], (document.get("metadata") or {}).get("headline")
            name = headline_class(wanted, ours, fold)
            channel = group_of(gold, path.stem, {})
            for row in ("all", path.stem, f"  {channel}"):
                table[row][name] += 1
            if name in shown:
                opening = [line for line in document.get("text", "").splitlines() if line.strip()][:_SHOWN_LINES]
                listing.append(f"\n[{name}] {path.stem} {gold['source']}#{gold['record']}\n  gold: {wanted!r}\n"
                               f"  ours: {ours!r}\n" + "".join(f"  | {line}\n" for line in opening))
    print(f"{'set / channel':<28}{'posts':>6}{'accuracy':>9}" + "".join(f"{name:>25}" for name in CLASSES[1:]))
    for row in sorted(table, key=lambda r: (r == "all", r.startswith(" "), r)):
        counts = table[row]
        total = sum(counts.values())
        print(f"{row:<28}{total:>6}{counts['right'] / total:>9.3f}" + "".join(f"{counts[n]:>25}" for n in CLASSES[1:]))
    print("".join(listing), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
