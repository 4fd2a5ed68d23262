"""Quote candidates before overlap resolution: for every gold indirect quote of the dev sets that the output
misses, whether a candidate for its words was made, and where it was lost.

The tree is run in this process (``persianews extract`` on each rebuilt set) with the resolution steps of
:mod:`persianews.quotes.extract` wrapped to log, per document, every candidate, the candidates given to
``_drop_overlaps`` and those it kept, and the headline quotes dropped as restatements. A missed gold quote's
candidate is the logged one whose words are most like the gold content (the scorer's similarity, 0.5 at least).
Each missed quote falls in one class:

* ``no candidate``;
* ``lost on overlap: …``: its candidate was dropped by a kept one — ``inner won`` (the winner lies inside it),
  ``outer won``, ``partial``; with the winner's and the loser's rule and confidence, and whether the winner was
  itself dropped later as a restating headline or is a quote gold lacks;
* ``inside a container``: the candidate's cue stands inside a direct quote (or a source's report) and it was
  not kept as a quote of its own;
* ``kept``: the candidate survived (its quote paired with another gold quote, or was dropped as a restating
  headline).

usage: python bench/quote_candidates.py --work DIR [--sets dev] [--no-tagger] [--list CLASS]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_indirect import pairs
from bench_quality import dev_sets, read_output
from quality_gold import decode, load_scorer, read_entries


class _Log:
    """What the wrapped steps saw, per document text."""

    def __init__(self) -> None:
        self.documents: dict[str, dict[str, Any]] = {}
        self.current: dict[str, Any] = {}

    def install(self) -> None:
        from persianews.quotes import extract as module

        collect, split, drop, restating = (module.collect_names, module._split_nested, module._drop_overlaps,
                                           module.restating_headlines)

        def collect_names(view: Any) -> Any:
            self.current = self.documents.setdefault(view.text, {"all": [], "dropped": [], "restating": []})
            return collect(view)

        def split_nested(candidates: Any, *rest: Any) -> Any:
            if not rest:
                self.current["all"] = list(candidates)
            return split(candidates, *rest)

        def drop_overlaps(candidates: Any) -> Any:
            kept = drop(candidates)
            self.current["dropped"].append((list(candidates), kept))
            return kept

        def restating_headlines(view: Any, candidates: Any, resolutions: Any) -> Any:
            found = restating(view, candidates, resolutions)
            self.current["restating"] = [candidates[i] for i in found]
            return found

        module.collect_names, module._split_nested = collect_names, split_nested
        module._drop_overlaps, module.restating_headlines = drop_overlaps, restating_headlines


def _run(set_dir: Path, no_tagger: bool) -> dict[tuple[str, int], dict[str, Any]]:
    from persianews.cli import main

    output = set_dir / f"out-candidates{'-rules' if no_tagger else ''}.jsonl"
    documents: dict[tuple[str, int], dict[str, Any]] = {}
    for pattern, options in (("*.jsonl", []), ("*.txt", ["--format", "telegram-text"])):
        inputs = sorted(str(p) for p in set_dir.glob(pattern) if not p.name.startswith("out-"))
        if inputs:
            main(["extract", *inputs, "-o", str(output), "--quiet", *options, *(["--no-tagger"] if no_tagger else [])])
            documents.update(read_output(output))
    return documents


def _relation(loser: Any, winner: Any) -> str:
    a, b = loser.content, winner.content
    if a.start <= b.start and b.end <= a.end:
        return "inner won"
    if b.start <= a.start and a.end <= b.end:
        return "outer won"
    return "partial"


def classify(scorer: Any, text: str, gold: str, gold_all: list[str], log: dict[str, Any]) -> tuple[str, str]:
    """The class of a missed gold quote's loss, and a line to read."""
    def words(c: Any) -> str:
        return text[c.content.start:c.content.end]

    seen = {id(c): c for c in log["all"]}
    for given, _ in log["dropped"]:
        seen.update({id(c): c for c in given})
    scored = [(scorer.similarity(gold, words(c)), c) for c in seen.values()]
    scored = [(s, c) for s, c in scored if s >= 0.5]
    if not scored:
        return "no candidate", ""
    _, best = max(scored, key=lambda pair: pair[0])
    for given, kept in log["dropped"]:
        if any(c is best or c == best for c in given):
            if any(c == best for c in kept):
                return "kept", ""
            overlapping = [k for k in kept if k.content.start < best.content.end and best.content.start < k.content.end]
            if not overlapping:
                return "lost on overlap: winner not found", ""
            winner = max(overlapping, key=lambda k: min(k.content.end, best.content.end)
                         - max(k.content.start, best.content.start))
            later = ("winner a restating headline" if any(winner == r for r in log["restating"])
                     else "winner in gold" if any(scorer.similarity(g, words(winner)) >= 0.5 for g in gold_all)
                     else "winner not in gold")
            name = (f"lost on overlap: {_relation(best, winner)}; {later}; "
                    f"{winner.rule} {winner.confidence} over {best.rule} {best.confidence}")
            line = f"loser ⟦{words(best)[:90]}⟧\n   winner ⟦{words(winner)[:90]}⟧"
            return name, line
    return "inside a container", f"⟦{words(best)[:90]}⟧ {best.rule}"


def main(argv: list[str] | None = None) -> int:
    """Log the candidates of the chosen sets and class the losses of missed gold indirect quotes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--no-tagger", action="store_true")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--list", help="print each case whose class starts with this")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    log = _Log()
    log.install()
    classes: Counter[str] = Counter()
    missed = total = 0
    for path in dev_sets(args.sets):
        set_dir = args.work.resolve() / path.stem
        gold_path = set_dir / "gold.json"
        if not gold_path.exists():
            gold_path = decode(read_entries(path), set_dir)
        documents = _run(set_dir, args.no_tagger)
        import json

        for gold in json.loads(gold_path.read_text(encoding="utf-8"))["documents"]:
            document = documents.get((gold["source"], gold["record"])) or {}
            text = document.get("text", "")
            out_quotes = document.get("quotes", [])
            paired = pairs(scorer, gold["quotes"], out_quotes)
            gold_all = [q["content"] for q in gold["quotes"]]
            for i, quote in enumerate(gold["quotes"]):
                if quote["kind"] != "indirect":
                    continue
                total += 1
                if i in paired:
                    continue
                missed += 1
                entry = log.documents.get(text, {"all": [], "dropped": [], "restating": []})
                name, line = classify(scorer, text, quote["content"], gold_all, entry)
                classes[name] += 1
                if args.list is not None and name.startswith(args.list):
                    print(f"{gold['id']} [{name}]\n   gold ⟦{quote['content'][:90]}⟧\n   {line}")
        log.documents.clear()
    print(f"gold indirect quotes: {total}; missed: {missed}; {'rules alone' if args.no_tagger else 'default pipeline'}")
    coarse = Counter(name.split(";")[0] for name in classes.elements())
    for name, count in coarse.most_common():
        print(f"  {name:<60}{count:>5}")
    print("losses on overlap, by winner:")
    for name, count in classes.most_common():
        if name.startswith("lost on overlap"):
            print(f"  {name.removeprefix('lost on overlap: '):<100}{count:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
