"""The speaker finder measured as a ranking: for every gold quote whose span the system finds, the candidates around
its cue, their features, the one chosen, and whether (and where) the gold speaker stood among them.

The finder (:func:`persianews.quotes.subjects.find_subject`) takes one subject per clause in a fixed order (a
pronoun or an entity opening the clause, a description, the words of a subject phrase, an entity after a source
lead-in, the first entity outside adverbials, else none) and the resolver turns it into a speaker. This script
lists what was there to choose from, read off the output: the PERSON, TITLE and ORG entities of the cue's sentence
and the sentence before it, the pronouns before the cue in its sentence, and the subject the output names
(``speaker_mention``). A candidate matches the gold speaker when one of the texts of its cluster folds (as the
scorer folds) to the gold speaker or an alternative.

Each matched quote falls in one class:

* ``chosen``: the speaker is right;
* ``lost: …``: the gold speaker is among the candidates and lost; why — ``resolution`` (the subject chosen is the
  gold's mention, the name it became is not), ``nearer chosen`` (a candidate between it and the cue won),
  ``farther chosen`` (it stood nearer the cue), ``after cue``, ``previous sentence``, ``anaphor`` (the subject
  chosen is a pronoun or dropped and resolved elsewhere);
* ``absent: …``: the gold speaker is no candidate; why — ``cut name`` (a candidate's text holds it or lies in
  it), ``missed entity`` (its words stand near the cue, no entity covers them), ``cross-sentence`` (an entity
  farther back names it; the subject was an anaphor or none: the resolution step chose wrong), ``elsewhere``
  (its words stand farther back with no entity), ``not in text``.

Reads the outputs ``bench_quality.py --work DIR`` wrote (run it first, with the same ``--no-tagger``), or runs
the tree itself when they are missing.

usage: python bench/speaker_candidates.py --work DIR [--sets dev] [--tree TREE] [--no-tagger] [--rows FILE.tsv]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import GOLD, ROOT, dev_sets, extract_sets, matched_pairs, output_path, read_output
from quality_gold import decode, load_scorer, read_entries

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_BREAK = re.compile(r"[؛;:.!?؟\n«»]")
_PRONOUN = re.compile(r"(?<![\w\u200c])(?:وی|او|ایشان|آنها|آن‌ها|اینها|این‌ها)(?![\w\u200c])")
_LEAD = re.compile(r"به\s+(?:گزارش|نقل\s+از|نوشته)")
_ANAPHORIC = ("subject:pronoun", "subject:dropped", "subject:description")
_REACH_AFTER = 80
"""Characters after the cue where a subject that follows it («به گفته X», «X می‌گوید» inverted) is looked for."""


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: from after the last stop or line break before it to the next."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, position)), default=0)
    found = _SENTENCE_END.search(text, position)
    return start, found.end() if found else len(text)


def _previous_start(text: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins."""
    return _sentence(text, max(0, start - 2))[0] if start > 1 else start


def _cluster_texts(document: dict[str, Any]) -> dict[int, set[str]]:
    """Every text of each cluster's entities."""
    texts: dict[int, set[str]] = {}
    for entity in document.get("entities", []):
        if entity.get("cluster") is not None:
            texts.setdefault(entity["cluster"], set()).add(entity["text"])
    return texts


def _quote_spans(document: dict[str, Any]) -> list[tuple[int, int]]:
    """The content spans of the output's quotes."""
    return [(q["parts"]["content"]["start"], q["parts"]["content"]["end"]) for q in document.get("quotes", [])
            if "content" in q.get("parts", {})]


def candidates(document: dict[str, Any], quote: dict[str, Any]) -> list[dict[str, Any]]:
    """The candidates around ``quote``'s cue with their features (see the module's docstring)."""
    text = document["text"]
    parts = quote.get("parts", {})
    cue = parts.get("cue") or parts.get("content")
    cue_start, cue_end = cue["start"], cue["end"]
    start, end = _sentence(text, cue_start)
    floor, ceiling = _previous_start(text, start), min(end, cue_end + _REACH_AFTER)
    content = parts.get("content", {})
    inside = _quote_spans(document)
    clusters = _cluster_texts(document)
    mention = parts.get("speaker_mention")
    found: list[dict[str, Any]] = []

    def add(kind: str, span_start: int, span_end: int, texts: set[str]) -> None:
        before = span_end <= cue_start
        gap = text[span_end:cue_start] if before else text[cue_end:span_start]
        found.append({
            "kind": kind, "text": text[span_start:span_end], "start": span_start, "end": span_end, "texts": texts,
            "before": before, "distance": cue_start - span_end if before else span_start - cue_end,
            "same_sentence": span_start >= start, "same_clause": span_start >= start and not _CLAUSE_BREAK.search(gap),
            "commas": gap.count("،"), "initial": not text[start:span_start].strip(),
            "lead": bool(_LEAD.search(text, start, span_start)) if span_start >= start else False,
            "in_quote": any(s <= span_start and span_end <= e for s, e in inside)
            or content.get("start", -1) <= span_start < content.get("end", -1),
            "chosen": bool(mention) and mention["start"] <= span_start and span_end <= mention["end"]
            or bool(mention) and span_start <= mention["start"] and mention["end"] <= span_end,
            "apposition": False,
        })

    for entity in document.get("entities", []):
        if entity["label"] in ("PERSON", "TITLE", "ORG") and floor <= entity["start"] and entity["end"] <= ceiling:
            texts = clusters.get(entity["cluster"], set()) if entity.get("cluster") is not None else set()
            add(entity["label"], entity["start"], entity["end"], texts | {entity["text"]})
    for match in _PRONOUN.finditer(text, start, cue_start):
        add("pronoun", match.start(), match.end(), set())
    if mention and not any(c["chosen"] for c in found):
        kind = "description" if any(rule == "subject:description" for rule in quote.get("evidence", [])) else "words"
        add(kind, mention["start"], mention["end"], {mention["text"]})
    found.sort(key=lambda c: c["start"])
    for left, right in zip(found, found[1:]):
        if {left["kind"], right["kind"]} == {"PERSON", "TITLE"} and 0 <= right["start"] - left["end"] <= 3:
            left["apposition"] = right["apposition"] = True
    return found


def classify(document: dict[str, Any], quote: dict[str, Any], wanted: set[str], fold: Callable[[str], str],
             found: list[dict[str, Any]]) -> str:
    """The class of a matched quote (see the module's docstring)."""
    if fold(quote.get("speaker") or "") in wanted:
        return "chosen"
    text = document["text"]
    cue_start = (quote["parts"].get("cue") or quote["parts"]["content"])["start"]
    subject = next((rule for rule in quote.get("evidence", []) if rule.startswith("subject:")), "subject:?")
    gold = [c for c in found if any(fold(t) in wanted for t in c["texts"]) and not c["in_quote"]]
    if gold:
        best = min(gold, key=lambda c: abs(c["distance"]))
        chosen = [c for c in found if c["chosen"]]
        if any(c["chosen"] for c in gold):
            return "lost: resolution (subject right, name wrong)"
        if subject in _ANAPHORIC:
            return "lost: anaphor resolved elsewhere"
        if not best["same_sentence"]:
            return "lost: previous sentence"
        if not best["before"]:
            return "lost: after cue"
        if chosen and chosen[0]["before"] and chosen[0]["start"] > best["end"]:
            return "lost: nearer chosen"
        if chosen and chosen[0]["before"] and chosen[0]["end"] < best["start"]:
            return "lost: farther chosen"
        return f"lost: other ({subject})"
    if any(any(w in fold(t) or fold(t) in w for w in wanted if len(fold(t)) > 2) for c in found for t in c["texts"]):
        return "absent: cut/over-grown name"
    start = _previous_start(text, _sentence(text, cue_start)[0])
    window = fold(text[start:cue_start + _REACH_AFTER])
    if any(w and w in window for w in wanted):
        return "absent: missed entity (near the cue)"
    earlier = [e for e in document.get("entities", []) if e["end"] <= start
               and any(fold(t) in wanted for t in _cluster_texts(document).get(e.get("cluster"), {e["text"]}) | {e["text"]})]
    if earlier:
        return f"absent: cross-sentence ({'resolution step' if subject in _ANAPHORIC else subject})"
    if any(w and w in fold(text) for w in wanted):
        return "absent: missed entity (elsewhere)"
    return "absent: not in text"


def main(argv: list[str] | None = None) -> int:
    """Print the table of classes (all sets, news, Telegram) and, with ``--rows``, one row per quote."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="the folder bench_quality.py --work filled")
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--no-tagger", action="store_true")
    parser.add_argument("--rows", type=Path, help="write one tab-separated row per matched quote here")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    fold, similarity = scorer.fold, scorer.similarity
    classes: dict[str, Counter[str]] = {"all": Counter(), "news": Counter(), "tg": Counter()}
    rows = []
    tree = args.tree.resolve()
    gold_paths: dict[Path, Path] = {}
    for path in dev_sets(args.sets, GOLD):
        set_dir = args.work.resolve() / path.stem
        gold_path = set_dir / "gold.json"
        gold_paths[set_dir] = gold_path if gold_path.exists() else decode(read_entries(path), set_dir)
    # the output bench_quality wrote for the tree in a set (the same key), else one fresh run over the sets without
    extracted = extract_sets(tree, [set_dir for set_dir in gold_paths
                                    if not output_path(tree, set_dir, args.no_tagger).exists()], args.no_tagger)
    for set_dir, gold_path in gold_paths.items():
        golds = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
        outputs = (extracted[set_dir] if set_dir in extracted
                   else read_output(output_path(tree, set_dir, args.no_tagger)))
        for gold in golds:
            output = outputs.get((gold["source"], gold["record"]), {})
            wants, quotes = gold.get("quotes", []), output.get("quotes", [])
            for want, quote in ((wants[i], quotes[j]) for i, j in matched_pairs(wants, quotes, similarity).items()):
                wanted = {fold(want["speaker"])} | {fold(a) for a in want.get("speaker_alternatives", [])}
                found = candidates(output, quote)
                label = classify(output, quote, wanted, fold, found)
                for group in ("all", "news" if set_dir.name.startswith("news") else "tg"):
                    classes[group][label] += 1
                chosen = next((c for c in found if c["chosen"]), None)
                rank = [c["kind"] + ("*" if any(fold(t) in wanted for t in c["texts"]) else "")
                        + ("^" if c["chosen"] else "") for c in found]
                rows.append([gold["id"], label, want["speaker"], quote.get("speaker") or "",
                             next((r for r in quote.get("evidence", []) if r.startswith("subject:")), ""),
                             next((r for r in quote.get("evidence", []) if r.startswith("speaker:")), ""),
                             chosen["kind"] if chosen else "none", " ".join(rank),
                             " | ".join(f"{c['text']}@{c['distance']}{'<' if c['before'] else '>'}"
                                        f"{'' if c['same_sentence'] else 'P'}{'' if c['same_clause'] else 'C'}"
                                        f"{'I' if c['initial'] else ''}{'L' if c['lead'] else ''}"
                                        f"{'Q' if c['in_quote'] else ''}{'A' if c['apposition'] else ''}"
                                        for c in found),
                             want["content"][:40].replace("\n", " ")])
    total = sum(classes["all"].values())
    print(f"matched gold quotes: {total} (news {sum(classes['news'].values())}, "
          f"telegram {sum(classes['tg'].values())})")
    print(f"{'class':<52}{'all':>6}{'news':>6}{'tg':>6}")
    for label in sorted(classes["all"], key=lambda name: (name.split(":")[0] != "chosen", name.split(":")[0],
                                                           -classes["all"][name])):
        print(f"{label:<52}{classes['all'][label]:>6}{classes['news'][label]:>6}{classes['tg'][label]:>6}")
    if args.rows:
        header = ["doc", "class", "gold", "got", "subject", "speaker", "chosen", "candidates (*gold ^chosen)",
                  "features (distance, < before / > after, P previous sentence, C other clause, I initial, "
                  "L lead, Q in quote, A apposition)", "content"]
        args.rows.write_text("\n".join("\t".join(row) for row in [header] + rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
