"""Officials, error by error: every gold official of the dev sets classed by what went wrong, and every false one.

Each gold official (a person and the titles the text gives them) is **found** (the scorer's match), or its
**title span is wrong** (the person holds a title that is cut from the gold one, grown past it, overlaps it, or
another one), or its **person is wrong** (the title is held by the surname alone, a cut or a grown name, or
another person), or it is **missed**: title not found (no TITLE entity; or only a cut or a grown one), person not
found, or both found but not paired (same sentence or not, the order, the distance in characters). Each false
official is classed by the link rule that made it and by cause (its person is no gold entity, its title is no gold
title: cut, grown or none; the title is another official's; both are gold entities the gold does not pair).

Reads the sets ``bench_quality.py --work DIR`` rebuilt (run it first) and extracts them with ``--tree``;
``--reuse`` reads instead the output bench_quality wrote there for the tree and the same ``--no-tagger``.

usage: python bench/officials_errors.py --work DIR [--tree TREE] [--no-tagger] [--reuse] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import ROOT, extract_sets, last_output  # noqa: E402
from quality_gold import load_scorer  # noqa: E402

_SENTENCE_END = regex.compile(r"[.!?؟\n]")
_DISTANCES = (20, 60, 150, 400)


def _first_word(text: str) -> str:
    words = text.split()
    return words[0] if words else "∅"


def _around(inner: str, outer: str) -> tuple[str, str]:
    """The words of ``outer`` before and after ``inner`` in it (empty where ``inner`` is not found)."""
    start = outer.find(inner)
    rest = outer[start + len(inner):].strip() if start >= 0 else ""
    head = outer[:start].strip() if start > 0 else ""
    return head, rest


def _span_class(got: str, want: str, fold: Callable[[str], str], raw_got: str, raw_want: str) -> str:
    """How title ``got`` differs from ``want`` (folded texts): cut (at the word that follows), grown (by the
    word added), overlapping or other."""
    if got in want:
        head, rest = _around(raw_got, raw_want)
        where = f"before «{_first_word(rest)}»" if rest else f"after «{head.split()[-1]}»" if head else "?"
        return f"cut {where}"
    if want in got:
        head, rest = _around(raw_want, raw_got)
        where = f"by «{_first_word(rest)}» after" if rest else f"by «{head.split()[-1]}» before" if head else "?"
        return f"grown {where}"
    common = set(raw_got.split()) & set(raw_want.split())
    return "overlapping" if common else "another title"


def _mentions(document: dict[str, Any], label: str, fold: Callable[[str], str]) -> list[tuple[str, int, int]]:
    return [(fold(e["text"]), e["start"], e["end"]) for e in document.get("entities", []) if e["label"] == label]


def _pair_place(text: str, people: list[tuple[int, int]], titles: list[tuple[int, int]]) -> str:
    """Where the nearest mentions of a person and a title stand: same sentence or not, order, distance."""
    best = min(((max(t[0] - p[1], p[0] - t[1], 0), p, t) for p in people for t in titles), key=lambda x: x[0])
    distance, person, title = best
    left, right = (person, title) if person[0] < title[0] else (title, person)
    same = "same sentence" if not _SENTENCE_END.search(text, left[1], right[0]) else "other sentence"
    order = "title first" if title[0] < person[0] else "person first"
    bucket = next((f"≤{d}" for d in _DISTANCES if distance <= d), f">{_DISTANCES[-1]}")
    return f"{same}, {order}, {bucket}"


def classify(gold: dict[str, Any], output: dict[str, Any], fold: Callable[[str], str]
             ) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """The (class, detail) of each gold official, and of each false official, of one document."""
    text = output.get("text", "")
    pred = [(fold(o.get("person", "")), fold(o.get("title", "")), o.get("title", ""), o.get("rule", ""))
            for o in output.get("officials", [])]
    pairs = {(p, t) for p, t, _raw, _rule in pred}
    golds = [(fold(x["person"]), {fold(t): t for t in x["titles"]}) for x in gold.get("officials", [])]
    gold_titles_of: dict[str, set[str]] = {}
    for person, titles in golds:
        gold_titles_of.setdefault(person, set()).update(titles)
    every_gold_title = {t: p for p, titles in golds for t in titles}
    people = _mentions(output, "PERSON", fold)
    titles_found = _mentions(output, "TITLE", fold)
    found: list[tuple[str, str]] = []
    matched: set[tuple[str, str]] = set()
    for person, titles in golds:
        hit = {(p, t) for p, t in pairs if p == person and t in titles}
        if hit:
            matched |= hit
            found.append(("found", ""))
            continue
        own = [(t, raw, rule) for p, t, raw, rule in pred if p == person and t not in gold_titles_of[person]]
        if own:
            t, raw, rule = own[0]
            want = min(titles, key=lambda w: abs(len(w) - len(t)))
            found.append(("title span wrong", f"{_span_class(t, want, fold, raw, titles[want])} [{rule}]"))
            continue
        holders = [(p, rule) for p, t, _raw, rule in pred if t in titles and p != person]
        if holders:
            p, rule = holders[0]
            if person.endswith(p):
                kind = "surname only" if " " not in p.strip() else "cut name"
            elif p in person:
                kind = "cut name"
            elif person in p:
                kind = "grown name"
            else:
                kind = "another person"
            found.append(("person wrong", f"{kind} [{rule}]"))
            continue
        person_at = [(s, e) for m, s, e in people if m == person]
        title_at = [(s, e) for m, s, e in titles_found if m in titles]
        if not person_at and not any(m and person.endswith(m) for m, _s, _e in people):
            found.append(("missed", "person not found" + ("" if title_at else ", title not found")))
        elif not title_at:
            near = [m for m, _s, _e in titles_found if any(m and (m in w or w in m) for w in titles)]
            detail = "title not found" if not near else \
                "title entity " + ("cut" if all(m in w for m in near for w in titles if m in w) else "grown")
            found.append(("missed", detail))
        else:
            person_at = person_at or [(s, e) for m, s, e in people if m and person.endswith(m)]
            found.append(("missed", "not paired: " + _pair_place(text, person_at, title_at)))
    gold_people = {p for p, _ in golds}
    gold_person_entities = {fold(x) for key in ("entities", "optional") for x in (gold.get(key) or {}).get("PERSON", [])}
    gold_title_entities = {fold(x) for key in ("entities", "optional") for x in (gold.get(key) or {}).get("TITLE", [])}
    false: list[tuple[str, str, str]] = []
    for p, t, _raw, rule in pred:
        if (p, t) in matched or p in gold_people and any(t in ts for q, ts in golds if q == p):
            continue
        if p in gold_people:
            cause = "the person's title span is wrong"
        elif t in every_gold_title:
            cause = "the title is another person's"
        elif p not in gold_person_entities:
            cause = "person is no gold PERSON"
        elif t not in gold_title_entities:
            inside = any(t in g for g in gold_title_entities)
            outside = any(g in t for g in gold_title_entities)
            cause = "title is no gold TITLE" + (": cut" if inside else ": grown" if outside else "")
        else:
            cause = "gold entities the gold does not pair"
        false.append((cause, rule, f"{p} / {t}"))
    return found, false


def main(argv: list[str] | None = None) -> int:
    """Print the table of gold officials by class and false officials by cause and rule, over all sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="the folder bench_quality.py --work rebuilt")
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--no-tagger", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="read the outputs bench_quality.py last wrote there")
    parser.add_argument("--list", action="store_true", help="print every error with its document and pair")
    args = parser.parse_args(argv)
    fold = load_scorer().fold
    classes: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    tree = args.tree.resolve()
    set_dirs = sorted(p for p in args.work.resolve().iterdir() if (p / "gold.json").exists() and "fresh" not in p.name)
    extracted = {} if args.reuse else extract_sets(tree, set_dirs, args.no_tagger)
    for set_dir in set_dirs:
        golds = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["documents"]
        outputs = last_output(tree, set_dir, args.no_tagger) if args.reuse else extracted[set_dir]
        for gold in golds:
            found, false = classify(gold, outputs.get((gold["source"], gold["record"]), {}), fold)
            for (kind, detail), official in zip(found, gold.get("officials", [])):
                classes[f"{kind}: {detail}" if detail else kind] += 1
                if args.list and kind != "found":
                    print(f"FN {gold['id']} {official['person']} / {official['titles'][0]}: {kind}: {detail}")
            for cause, rule, pair in false:
                causes[f"{cause} [{rule}]"] += 1
                if args.list:
                    print(f"FP {gold['id']} {pair}: {cause} [{rule}]")
    total = sum(classes.values())
    print(f"gold officials: {total}")
    for name in sorted(classes, key=lambda n: (n.split(":")[0] != "found", n.split(":")[0], -classes[n], n)):
        print(f"  {classes[name]:>4}  {name}")
    print(f"false officials: {sum(causes.values())}")
    for name, count in causes.most_common():
        print(f"  {count:>4}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
