"""Indirect quotes as a mechanism: every gold indirect quote of the dev sets found, found with a wrong span, or
missed (by the construction that carries it), and every quote extracted that gold lacks (by the rule that fired).

Each gold indirect quote is paired with an extracted quote as ``tools/score.py`` pairs them (greedy on content
similarity, 0.5 at least). A pair's span is *right* when the two contents fold equal or nearly (similarity 0.9),
else its start and end are compared in the document's text (``early``/``late``). A missed quote that an unpaired extracted quote
overlaps is counted apart (its span too far off to pair); another is put in the first class of
:data:`CONSTRUCTIONS` whose test holds around its content and cue in the text; its cue is
also marked *listed* or *unlisted* in the cue lexicon. An unpaired extracted quote is counted by its kind and
its first ``cue:`` evidence code.

The sets are rebuilt and extracted as ``bench_quality.py`` does (``--work DIR`` keeps them; ``--reuse`` reads
again the output already there for the same tree and pipeline). Held-out sets (``fresh``) are never read.

usage: python bench/bench_indirect.py [--sets dev|NAME,...] [--tree TREE] [--no-tagger] [--work DIR] [--reuse]
       [--list CLASS]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import ROOT, dev_sets, extract_sets, last_output, output_path
from quality_gold import FoldedText, decode, load_scorer, read_entries

NEAR = 0.9
"""Content similarity at which a found span counts as right."""
_BEFORE = 90
_AFTER = 50

_ACCORDING = re.compile(r"(?:به|طبق|بنابر|بر\s*اساس|براساس|از)\s*(?:گفته|اعتقاد|باور|عقیده|اظهارات|نوشته|ادعای|"
                        r"زعم|نظر|نگاه|دید|روایت|تاکید|تأکید)")
_PARTICIPIAL = re.compile(r"(?:با|ضمن)\s+\S+(?:\s+\S+)?\s+(?:(?:به|بر|از)\s*)?این\s*\u200c?\s*(?:که|نکته|مطلب|موضوع)")
_REQUEST = re.compile(r"خواست|خواستار|خواهان|دستور|توصیه|درخواست|تقاضا|دعوت|فراخوان|هشدار")
_PASSIVE = re.compile(r"(?:^|\s)(?:شد|شده|می\u200c?\s?شود|گردید)(?:\s|$)")
_DEEM = re.compile(r"دانست|خواند|توصیف|قلمداد|ارزیابی|تلقی|تعبیر|برشمرد|شمرد")

CONSTRUCTIONS: tuple[tuple[str, Callable[[dict[str, str]], bool]], ...] = (
    ("noun of saying (به گفته/به اعتقاد/طبق اظهارات)", lambda c: bool(_ACCORDING.search(c["before"][-60:]))),
    ("participial (با بیان/اشاره اینکه)", lambda c: bool(_PARTICIPIAL.search(c["before"][-70:]))),
    ("cue after the content («…، X گفت»)", lambda c: c["cue_at"] == "after"),
    ("passive cue", lambda c: bool(_PASSIVE.search(" " + c["cue"] + " "))),
    ("request/order", lambda c: bool(_REQUEST.search(c["cue"]))),
    ("«X را Y دانست» (deem)", lambda c: bool(_DEEM.search(c["cue"]))),
    ("cue + «که»", lambda c: c["link"] == "که"),
    ("cue + colon", lambda c: c["link"] == ":"),
    ("cue + comma", lambda c: c["link"] == "،"),
    ("cue + bare clause", lambda c: c["cue_at"] == "before"),
    ("cue not in the text", lambda c: True),
)


def construction(text: str, start: int, end: int, cue: str, folded: FoldedText) -> tuple[str, dict[str, str]]:
    """The construction of a gold quote at ``[start, end)`` of ``text`` and what it was read from."""
    before = text[max(0, start - _BEFORE):start]
    found = folded.find(cue) if cue else None
    cue_at = "none"
    if found is not None:  # the cue nearest the content, before or after it
        near = [at for at in _all(folded, cue) if start - 160 <= at[0] < start or end <= at[0] < end + 120]
        if near:
            best = min(near, key=lambda at: min(abs(start - at[1]), abs(at[0] - end)))
            cue_at = "before" if best[0] < start else "after"
            if cue_at == "before":
                before = text[best[1]:start]
    link = before.strip(" \u200c«\"")
    link = "که" if re.search(r"که$", link) else (link[-1:] if link[-1:] in (":", "،") else "")
    return next(name for name, test in CONSTRUCTIONS if test(
        {"before": text[max(0, start - _BEFORE):start], "cue": cue, "cue_at": cue_at, "link": link})), \
        {"cue_at": cue_at, "link": link}


def _all(folded: FoldedText, needle: str) -> list[tuple[int, int]]:
    """Every place of ``needle`` in the text (exact, else the first folded one)."""
    places = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), folded.text)]
    one = folded.find(needle)
    return places or ([one] if one else [])


def span_class(text_found: FoldedText, gold: str, got: dict[str, Any], similarity: float) -> str:
    """``right`` or how a found span is wrong: its start and end against the gold content's."""
    if similarity >= NEAR:
        return "right"
    place = text_found.find(gold)
    if place is None or "start" not in got:
        return "wrong (gold not placed)"
    parts = []
    content = got.get("parts", {}).get("content", got)
    for name, g, o in (("start", place[0], content["start"]), ("end", place[1], content["end"])):
        if abs(g - o) > 3:
            parts.append(f"{name} {'early' if o < g else 'late'}")
    return "wrong: " + (", ".join(parts) or "inside")


def _listed(cue: str) -> str:
    """Whether the cue lexicon lists a gold cue as a form (its last two words, its last word, or none)."""
    from persianews.quotes.cues import fold_form, lexicon

    words = cue.split()
    if not words:
        return "no cue"
    for size in range(len(words), 0, -1):
        if fold_form(" ".join(words[-size:])) in lexicon().forms or fold_form(" ".join(words[:size])) in lexicon().forms:
            return "cue listed"
    return "cue unlisted"


def pairs(scorer: Any, gold_quotes: list[dict[str, Any]], out_quotes: list[dict[str, Any]]) -> dict[int, tuple[int, float]]:
    """The scorer's greedy pairing: gold index → (output index, similarity)."""
    scored = sorted(((scorer.similarity(x["content"], y.get("content", "")), i, j)
                     for i, x in enumerate(gold_quotes) for j, y in enumerate(out_quotes)), reverse=True)
    paired: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for similarity, i, j in scored:
        if similarity >= 0.5 and i not in paired and j not in used:
            paired[i] = (j, similarity)
            used.add(j)
    return paired


def main(argv: list[str] | None = None) -> int:
    """Classify every gold indirect quote and every unpaired extracted quote of the chosen sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--no-tagger", action="store_true")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--reuse", action="store_true", help="read the output last extracted there for the tree")
    parser.add_argument("--list", help="print each case whose class starts with this")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    tree = args.tree.resolve()
    work = (args.work or Path(tempfile.mkdtemp(prefix="persianews-indirect-"))).resolve()
    found: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    gold_paths: dict[Path, Path] = {}
    for path in dev_sets(args.sets):
        set_dir = work / path.stem
        gold_path = set_dir / "gold.json"
        gold_paths[set_dir] = gold_path if gold_path.exists() and args.reuse else decode(read_entries(path), set_dir)
    extracted = extract_sets(tree, [set_dir for set_dir in gold_paths if not (
        args.reuse and output_path(tree, set_dir, args.no_tagger).exists())], args.no_tagger)
    for set_dir, gold_path in gold_paths.items():
        documents = extracted[set_dir] if set_dir in extracted else last_output(tree, set_dir, args.no_tagger)
        for gold in json.loads(gold_path.read_text(encoding="utf-8"))["documents"]:
            document = documents.get((gold["source"], gold["record"])) or {}
            text = document.get("text", "")
            folded = FoldedText(text, scorer.fold)
            out_quotes = document.get("quotes", [])
            paired = pairs(scorer, gold["quotes"], out_quotes)
            for i, quote in enumerate(gold["quotes"]):
                if quote["kind"] != "indirect":
                    continue
                if i in paired:
                    j, similarity = paired[i]
                    name = span_class(folded, quote["content"], out_quotes[j], similarity)
                    found[name] += 1
                    detail = out_quotes[j].get("content", "")
                else:
                    place = folded.find(quote["content"])
                    taken = {j for j, _ in paired.values()}
                    if place is None:
                        name = "not placed in the text"
                        detail = ""
                    elif any(j not in taken and q.get("start", 0) < place[1] and place[0] < q.get("end", 0)
                             for j, q in enumerate(out_quotes)):
                        name = "overlapped by a quote gold lacks (span too far off)"
                        detail = text[max(0, place[0] - 70):place[0]] + " ⟦" + text[place[0]:place[1]][:80]
                    else:
                        name, how = construction(text, place[0], place[1], quote.get("cue") or "", folded)
                        detail = text[max(0, place[0] - 70):place[0]] + " ⟦" + text[place[0]:place[1]][:80]
                    missed[name] += 1
                    listed[_listed(quote.get("cue") or "")] += 1
                if args.list is not None and name.startswith(args.list):
                    print(f"{gold['id']} [{name}] cue={quote.get('cue')!r}: {detail!r}\n   gold: {quote['content'][:100]!r}")
            used = {j for j, _ in paired.values()}
            for j, quote in enumerate(out_quotes):
                if j in used:
                    continue
                codes = [code for code in quote.get("evidence", []) if code.startswith(("cue:", "content:"))]
                name = f"{quote.get('kind')} {codes[0] if codes else '-'}"
                false[name] += 1
                if args.list is not None and ("false " + name).startswith(args.list):
                    print(f"{gold['id']} [false {name}] cue={quote.get('cue')!r}: {quote.get('content', '')[:100]!r}")
    total = sum(found.values()) + sum(missed.values())
    print(f"gold indirect quotes: {total}; tree {tree}; {'rules alone' if args.no_tagger else 'default pipeline'}")
    print(f"found: {sum(found.values())}")
    for name, count in found.most_common():
        print(f"  {name:<52}{count:>5}")
    print(f"missed: {sum(missed.values())}")
    for name, count in missed.most_common():
        print(f"  {name:<52}{count:>5}")
    print("missed, by the gold cue: " + ", ".join(f"{name} {count}" for name, count in listed.most_common()))
    print(f"extracted, not in gold: {sum(false.values())}")
    for name, count in false.most_common():
        print(f"  {name:<52}{count:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
