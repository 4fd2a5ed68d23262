"""Why people and organisations are missed or wrong: every gold PERSON/ORG of the development sets that the
pipeline misses, and every PERSON/ORG it outputs that gold lacks, counted by cause.

For each document the final output (``persianews extract`` of this tree, as ``bench_quality.py`` runs it)
is set beside the rules' resolved candidates and the tagger's own spans (after its document propagation and
plausibility filter, before the merge). Strings are compared folded, as the scorer compares them. A missed
gold name is, in this order of causes:

- ``other-kind``: output with the same text under another label;
- ``tagger-dropped``: the tagger had it (label and text), the merge or a later stage dropped it
  (``-grown``: for a wider output span of the label; ``-cut``: for a narrower one);
- ``rules-vetoed``: the rules had it, the merge (the tagger's veto) or a later stage dropped it (``-grown``,
  ``-cut`` as above);
- ``cut``: output with the label holds a strict part of it (``cut-tagger`` / ``cut-rules``: whose span);
- ``grown``: output with the label holds it and more (``grown-tagger`` / ``grown-rules``);
- ``neither``: found by neither the rules nor the tagger in any form.

An extra output name is ``other-kind`` (gold has it under another label), ``cut`` / ``grown`` (a strict
part of, or more than, a gold name of the label) or ``no-entity``, each by its source (``tagger`` for
spans only the tagger proposed, ``rules`` for rule spans, ``both``). With ``--rules-only`` the pipeline is
the rules alone (``--no-tagger``) and the tagger is not consulted.

usage: python bench/entity_causes.py [--sets dev|NAME,...] [--work DIR] [--no-tagger] [--list FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import GOLD, ROOT, dev_sets, extract_sets, last_output  # noqa: E402
from quality_gold import decode, load_scorer, read_entries  # noqa: E402

LABELS = ("PERSON", "ORG")


def stages(set_dir: Path, no_tagger: bool) -> dict[tuple[str, int], dict[str, dict[str, dict[str, str]]]]:
    """For each document of a rebuilt set: the folded texts per label of the rules' candidates and (unless
    ``no_tagger``) of the tagger's spans before the merge."""
    import persianews
    from persianews.entities.extract import rule_candidates
    from persianews.entities.tagger import load_tagger, sentence_ranges
    from persianews.entities.tagger_document import propagate
    from persianews.entities.tagger_merge import plausible

    fold = load_scorer().fold
    prepare = persianews.load(stages=("normalize", "segment"))
    tagger = None if no_tagger else load_tagger()
    found: dict[tuple[str, int], dict[str, dict[str, dict[str, str]]]] = {}
    for pattern, fmt in (("*.jsonl", "auto"), ("*.txt", "telegram-text")):
        for path in sorted(p for p in set_dir.glob(pattern) if not p.name.startswith("out-")):
            for record, article in enumerate(persianews.read(str(path), format=fmt)):
                doc = prepare(article)
                view, chosen = rule_candidates(doc)

                def texts(candidates: Any) -> dict[str, dict[str, str]]:
                    out: dict[str, dict[str, str]] = defaultdict(dict)
                    for c in candidates:
                        out[c.label][fold(doc.text[view.offsets[c.start]:view.ends[c.end - 1]])] = c.rule
                    return out
                entry = {"rules": texts(chosen)}
                if tagger is not None:
                    others = [c for c in chosen if c.label != "TITLE"]
                    tagged = tagger.candidates(view, sentence_ranges(doc), tagger.min_confidence, chosen)
                    tagged = plausible(propagate(view, tagged, tagger.propagated), view, others)
                    entry["tagger"] = texts(tagged)
                found[(path.name, record)] = entry
    return found


def causes(golds: list[dict[str, Any]], outputs: dict[Any, dict[str, Any]], found: dict[Any, Any],
           listing: list[str], dropped: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """The counts of missed and of extra names by ``LABEL cause``, with a line per name in ``listing``; in
    ``dropped``, the rules' names the output lacks (vetoed or replaced) by ``LABEL rule right|optional|wrong``."""
    fold = load_scorer().fold
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for gold in golds:
        key = (Path(gold["source"]).name, gold["record"])
        output = outputs.get(key, {})
        stage = found.get(key, {"rules": {}})
        rules, tagged = stage["rules"], stage.get("tagger", {})
        pred: dict[str, set[str]] = defaultdict(set)
        for entity in output.get("entities", []):
            pred[entity.get("label")].add(fold(entity.get("text", "")))
        gold_of = {label: {fold(s) for s in gold.get("entities", {}).get(label, [])} for label in
                   ("PERSON", "TITLE", "ORG", "LOC")}
        optional = {fold(s) for items in gold.get("optional", {}).values() for s in items}
        for label in LABELS:
            for name in sorted(gold_of[label] - pred[label]):
                cause = _missed(name, label, pred, rules, tagged)
                missed[f"{label} {cause}"] += 1
                listing.append(f"{gold['id']}\tFN {label}\t{cause}\t{name}\t{rules.get(label, {}).get(name, '')}")
            for name, rule in sorted(rules.get(label, {}).items()):
                if name not in pred[label] and name not in tagged.get(label, {}):
                    right = "right" if name in gold_of[label] else "optional" if name in optional else "wrong"
                    dropped[f"{label} {rule} {right}"] += 1
                    listing.append(f"{gold['id']}\tDROP {label}\t{rule} {right}\t{name}")
            for name in sorted(pred[label] - gold_of[label] - optional):
                cause = _extra(name, label, gold_of, rules, tagged)
                extra[f"{label} {cause}"] += 1
                listing.append(f"{gold['id']}\tFP {label}\t{cause}\t{name}")
    return missed, extra


def _source(name: str, label: str, rules: dict[str, Any], tagged: dict[str, Any]) -> str:
    in_rules, in_tagger = name in rules.get(label, ()), name in tagged.get(label, ())
    return "both" if in_rules and in_tagger else "rules" if in_rules else "tagger" if in_tagger else "later"


def _missed(name: str, label: str, pred: dict[str, set[str]], rules: dict[str, Any],
            tagged: dict[str, Any]) -> str:
    if any(name in pred[other] for other in pred if other != label):
        return "other-kind"
    if name in tagged.get(label, ()) or name in rules.get(label, ()):
        lost = "tagger-dropped" if name in tagged.get(label, ()) else "rules-vetoed"
        if any(name in p and name != p for p in pred[label]):
            return f"{lost}-grown"
        return f"{lost}-cut" if any(p and p in name for p in pred[label]) else lost
    part = [p for p in pred[label] if p and p in name]
    if part:
        return f"cut-{_source(max(part, key=len), label, rules, tagged)}"
    whole = [p for p in pred[label] if name in p]
    if whole:
        return f"grown-{_source(min(whole, key=len), label, rules, tagged)}"
    return "neither"


def _extra(name: str, label: str, gold_of: dict[str, set[str]], rules: dict[str, Any],
           tagged: dict[str, Any]) -> str:
    source = _source(name, label, rules, tagged)
    if any(name in gold_of[other] for other in gold_of if other != label):
        return f"other-kind {source}"
    if any(name in g for g in gold_of[label]):
        return f"cut {source}"
    if any(g in name for g in gold_of[label]):
        return f"grown {source}"
    return f"no-entity {source}"


def main(argv: list[str] | None = None) -> int:
    """Print the cause tables over the chosen sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--work", type=Path, required=True, help="where the sets are rebuilt (bench_quality --work)")
    parser.add_argument("--no-tagger", action="store_true", help="the rules alone")
    parser.add_argument("--reuse", action="store_true", help="read the outputs bench_quality.py last wrote there")
    parser.add_argument("--list", type=Path, help="write one line per missed or extra name here")
    args = parser.parse_args(argv)
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    gold_total: Counter[str] = Counter()
    listing: list[str] = []
    dropped: Counter[str] = Counter()
    gold_paths = {args.work.resolve() / path.stem: decode(read_entries(path), args.work.resolve() / path.stem)
                  for path in dev_sets(args.sets, args.gold)}
    extracted = {} if args.reuse else extract_sets(ROOT, list(gold_paths), args.no_tagger)
    fold = load_scorer().fold
    for set_dir, gold_path in gold_paths.items():
        golds = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
        outputs = last_output(ROOT, set_dir, args.no_tagger) if args.reuse else extracted[set_dir]
        found = stages(set_dir, args.no_tagger)
        m, e = causes(golds, outputs, found, listing, dropped)
        missed += m
        extra += e
        for gold in golds:
            for label in LABELS:
                gold_total[label] += len({fold(s) for s in gold.get("entities", {}).get(label, [])})
    print(f"pipeline: {'rules alone' if args.no_tagger else 'default (rules + tagger)'}; "
          f"gold PERSON {gold_total['PERSON']}, ORG {gold_total['ORG']}")
    for title, counts in (("missed gold names by cause", missed), ("extra names by cause", extra)):
        print(f"\n{title}")
        for label in LABELS:
            rows = sorted(((k, n) for k, n in counts.items() if k.startswith(label + " ")), key=lambda r: -r[1])
            print(f"  {label} total {sum(n for _, n in rows)}: " + ", ".join(f"{k.split(' ', 1)[1]} {n}" for k, n in rows))
    if not args.no_tagger:
        print("\nthe rules' names the output lacks, the tagger not having them (vetoed or replaced), by rule")
        for label in LABELS:
            rules = sorted({k.split()[1] for k in dropped if k.startswith(label + " ")})
            for rule in rules:
                print(f"  {label} {rule}: " + ", ".join(f"{v} {dropped[f'{label} {rule} {v}']}"
                                                  for v in ("right", "optional", "wrong")))
    if args.list:
        args.list.write_text("\n".join(listing) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
