"""Who said what, measured: the stand-off gold sets scored per set, per outlet or channel, side by side.

Each set of ``bench/gold/`` is rebuilt from the shared corpora (``quality_gold.py``),
extracted with ``persianews extract`` from this tree and, with ``--baseline TREE``,
from another checkout (each run from its tree, with the tree's own ``.venv`` when it has one),
and scored with the shared ``tools/score.py``. Printed for each set and for each
outlet (news) or channel (Telegram): quote detection and attribution F1, speaker
accuracy on matched quotes, officials F1, entity F1, and headline accuracy (a gold
``headline`` of null means the post has none, and counts too), and the scorer's metadata accuracy
(every non-null gold field: headline, agency, …); then the errors by
class (quotes missed, direct and indirect; quotes extracted that gold lacks;
wrong speakers; officials missed and extra; entities missed and extra per label).
With ``--entities`` the columns are entity precision and recall per label instead.

With ``--cache DIR`` the baseline's extraction of each set is kept in ``DIR`` under a key of a hash of
every file under the baseline tree's ``persianews/`` and ``models/`` (compiled files aside: they
follow their sources), its interpreter, the pipeline and the set's rebuilt input files; a later comparison
with an unchanged baseline reads it back and extracts with this tree alone. Use one cache folder for one
baseline checkout or many: a changed tree only misses.

Sets whose name holds ``fresh`` are held out: measured at a round's start and
end, never used for fixing; ``--sets dev`` (the default) leaves them out.

usage: python bench/bench_quality.py [--sets dev|fresh|all|NAME,...] [--gold DIR] [--tree TREE] [--baseline TREE]
                                     [--no-tagger] [--entities] [--errors DIR] [--work DIR] [--cache DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_gold import decode, load_scorer, read_entries

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
FIGURES = ("detection", "attribution", "speaker", "officials", "entities", "headline", "metadata")
ENTITY_FIGURES = tuple(f"{label} {measure}" for label in ("PERSON", "TITLE", "ORG", "LOC") for measure in ("P", "R"))
ERROR_CLASSES = ("quote FN (direct", "quote FN (indirect", "quote FP", "quote speaker wrong",
                 "official FN", "official FP", "entity FN", "entity FP")


def gold_sets(choice: str, folder: Path = GOLD) -> list[Path]:
    """The stand-off files of ``folder`` chosen: ``dev`` (no ``fresh`` in the name), ``fresh``, ``all`` or a
    comma list of names."""
    every = sorted(folder.glob("*.jsonl"))
    if choice == "all":
        return every
    if choice in ("dev", "fresh"):
        return [path for path in every if ("fresh" in path.stem) == (choice == "fresh")]
    return [folder / f"{name}.jsonl" for name in choice.split(",")]


def dev_sets(choice: str, folder: Path = GOLD) -> list[Path]:
    """:func:`gold_sets` without the held-out sets (a name holding ``fresh``), for the benches that study errors."""
    return [path for path in gold_sets(choice, folder) if "fresh" not in path.stem]


def interpreter(tree: Path) -> str:
    """The Python to run ``tree`` with: its own ``.venv`` when it has one (an editable install maps the data
    files to its own tree, so another tree's interpreter would mix code and data of two versions)."""
    own = tree / ".venv" / "bin" / "python"
    return str(own) if own.exists() else sys.executable


def extract(tree: Path, set_dir: Path, no_tagger: bool) -> dict[tuple[str, int], dict[str, Any]]:
    """The documents ``tree``'s ``persianews extract`` writes for a rebuilt set, keyed as the scorer keys them."""
    return extract_sets(tree, [set_dir], no_tagger)[set_dir]


#: The rebuilt sets' input files by pattern, each with the options of its format.
INPUT_FORMATS: tuple[tuple[str, list[str]], ...] = (("*.jsonl", []), ("*.txt", ["--format", "telegram-text"]))


def set_inputs(set_dir: Path, pattern: str) -> list[Path]:
    """A rebuilt set's input files matching ``pattern`` (its gold and the ``out-`` files extracted aside)."""
    return [path for path in sorted(set_dir.glob(pattern)) if not path.name.startswith("out-")]


def extract_sets(tree: Path, set_dirs: list[Path],
                 no_tagger: bool) -> dict[Path, dict[tuple[str, int], dict[str, Any]]]:
    """:func:`extract` for many rebuilt sets at once: one ``persianews extract`` per input format over every set's
    files (a fresh interpreter and ``load()`` per set cost more than most sets' extraction), each set's documents
    then written to its own :func:`output_path` as a run on that set alone writes them.

    Run from ``tree`` itself, with it first on ``PYTHONPATH``: ``python -m`` puts the working folder first on
    the path, so another folder there would shadow the tree measured. A run whose code reads another tree's
    data files (persianews warns of it) stops the benchmark."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    lines: dict[Path, list[str]] = {set_dir: [] for set_dir in set_dirs}
    for pattern, options in INPUT_FORMATS:
        inputs = [str(path) for set_dir in set_dirs for path in set_inputs(set_dir, pattern)]
        if not inputs:
            continue
        with tempfile.TemporaryDirectory(prefix="persianews-quality-run-") as folder:
            output = Path(folder) / "out.jsonl"
            command = [interpreter(tree), "-m", "persianews", "extract", *inputs, "-o", str(output), *options]
            run = subprocess.run(command + (["--no-tagger"] if no_tagger else []), env=env, check=True, cwd=tree,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if "reads the data files of another tree" in run.stderr:
                raise SystemExit(f"{tree}: {run.stderr.strip()}")
            with open(output, encoding="utf-8") as handle:
                for line in handle:
                    lines[Path(json.loads(line)["source"]["path"]).parent].append(line)
    documents = {}
    for set_dir in set_dirs:
        output = output_path(tree, set_dir, no_tagger)
        output.write_text("".join(lines[set_dir]), encoding="utf-8")
        documents[set_dir] = read_output(output)
    return documents


#: The folders of a tree whose files its extraction depends on (:func:`tree_key`).
CODE_FOLDERS = ("persianews", "models")
#: Endings of built files that follow their sources and stay out of the key.
COMPILED = (".pyc", ".so", ".o")


def tree_key(tree: Path, no_tagger: bool) -> str:
    """What a tree's extraction depends on, hashed: the name and bytes of every file under its
    :data:`CODE_FOLDERS` (caches and compiled files aside), its interpreter and the pipeline."""
    digest = hashlib.sha256(f"{interpreter(tree)}|{no_tagger}".encode("utf-8"))
    for folder in CODE_FOLDERS:
        for path in sorted((tree / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(COMPILED):
                digest.update(f"\0{path.relative_to(tree).as_posix()}\0".encode("utf-8"))
                digest.update(path.read_bytes())
    return digest.hexdigest()


def set_key(key: str, set_dir: Path) -> str:
    """:func:`tree_key` ``key`` with a rebuilt set's input files (name and bytes): the name of its cached
    extraction."""
    digest = hashlib.sha256(key.encode("utf-8"))
    for path in (path for pattern, _ in INPUT_FORMATS for path in set_inputs(set_dir, pattern)):
        digest.update(f"\0{path.name}\0".encode("utf-8"))
        digest.update(path.read_bytes())
    return f"{set_dir.name}-{digest.hexdigest()[:24]}"


def cached_extract_sets(tree: Path, set_dirs: list[Path], no_tagger: bool,
                        cache: Path) -> dict[Path, dict[tuple[str, int], dict[str, Any]]]:
    """:func:`extract_sets` through the folder ``cache``: the sets whose :func:`set_key` is there are read back
    (and written to their :func:`output_path`), the others extracted in one run and stored there."""
    cache.mkdir(parents=True, exist_ok=True)
    key = tree_key(tree, no_tagger)
    stored = {set_dir: cache / f"{set_key(key, set_dir)}.jsonl" for set_dir in set_dirs}
    missing = [set_dir for set_dir in set_dirs if not stored[set_dir].exists()]
    documents = extract_sets(tree, missing, no_tagger) if missing else {}
    for set_dir in set_dirs:
        output = output_path(tree, set_dir, no_tagger)
        if set_dir in documents:
            part = stored[set_dir].with_suffix(f".{os.getpid()}.part")  # renamed whole: benches may share a cache
            part.write_bytes(output.read_bytes())
            part.replace(stored[set_dir])
        else:
            output.write_bytes(stored[set_dir].read_bytes())
            documents[set_dir] = read_output(output)
    return documents


def output_path(tree: Path, set_dir: Path, no_tagger: bool) -> Path:
    """The file :func:`extract` writes for ``tree`` and a pipeline: the same one run after run."""
    key = hashlib.sha1(f"{tree}|{no_tagger}".encode("utf-8")).hexdigest()[:12]
    return set_dir / f"out-{key}.jsonl"


def read_output(output: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The documents of an output file, keyed (input file name, record) as the scorer keys them."""
    documents = {}
    with open(output, encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            source = document.get("source", {})
            documents[(Path(source.get("path", "")).name, source.get("record"))] = document
    return documents


def last_output(tree: Path, set_dir: Path, no_tagger: bool) -> dict[tuple[str, int], dict[str, Any]]:
    """The documents the last :func:`extract` of ``tree`` wrote for a set (possibly from older code of the tree:
    the benches read it only when asked, ``--reuse``)."""
    return read_output(output_path(tree, set_dir, no_tagger))


def matched_pairs(golds: list[dict[str, Any]], outs: list[dict[str, Any]],
                  similarity: Callable[[str, str], float]) -> dict[int, int]:
    """The scorer's greedy matching of gold and output quotes by content similarity (at least 0.5): gold index to
    output index, the most similar pairs first."""
    pairs = sorted(((similarity(g["content"], o.get("content", "")), i, j)
                    for i, g in enumerate(golds) for j, o in enumerate(outs)), reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score >= 0.5 and i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def group_of(gold: dict[str, Any], set_name: str, outlets: dict[tuple[str, int], str]) -> str:
    """A document's outlet (news) or channel (Telegram: its input file is ``SET_<channel>.txt``)."""
    source = gold["source"]
    if source.endswith(".txt"):
        return source.removeprefix(f"{set_name}_").removesuffix(".txt")
    return outlets.get((source, gold["record"]), "?")


def headline_accuracy(golds: list[dict[str, Any]], outputs: dict[tuple[str, int], dict[str, Any]],
                      fold: Any) -> tuple[int, int]:
    """Right headlines and headlines judged (every gold document with a ``headline`` key, null included)."""
    right = judged = 0
    for gold in golds:
        if "headline" not in (gold.get("metadata") or {}):
            continue
        judged += 1
        got = (outputs.get((gold["source"], gold["record"])) or {}).get("metadata", {}).get("headline")
        right += fold(got or "") == fold(gold["metadata"]["headline"] or "")
    return right, judged


def _f1(counts: dict[str, Any]) -> str:
    """An F1 to three places, or ``-`` where neither gold nor output has anything."""
    return f"{counts['f1']:.3f}" if counts["tp"] + counts["fp"] + counts["fn"] else "-"


def figures(scorer: ModuleType, golds: list[dict[str, Any]],
            outputs: dict[tuple[str, int], dict[str, Any]]) -> tuple[dict[str, str], Counter[str], list[str]]:
    """The scorer's figures for ``golds``, the errors by class, and the scorer's report lines."""
    report: list[str] = []
    result = scorer.score(golds, {(Path(g["source"]).name, g["record"]): outputs.get((g["source"], g["record"]), {})
                                  for g in golds}, report)
    right, judged = headline_accuracy(golds, outputs, scorer.fold)
    quotes = result["quotes"]
    row = {"detection": _f1(quotes["detection"]), "attribution": _f1(quotes["attribution"]),
           "speaker": f"{quotes['speaker_accuracy_on_matched']:.3f}" if quotes["detection"]["tp"] else "-",
           "officials": _f1(result["officials"]), "entities": _f1(result["entities"]["ALL"]),
           "headline": f"{right / judged:.3f}" if judged else "-",
           "metadata": f"{result['metadata_accuracy']:.3f}" if any(
               value not in (None, []) for g in golds for value in (g.get("metadata") or {}).values()) else "-"}
    for label, counts in result["entities"].items():
        for measure, key in (("P", "precision"), ("R", "recall")):
            row[f"{label} {measure}"] = f"{counts[key]:.3f}" if counts["tp"] + counts["fp"] + counts["fn"] else "-"
    errors: Counter[str] = Counter()
    for line in report:
        for name in ERROR_CLASSES:
            if name in line:
                errors[name.replace("(", "")] += 1
    return row, errors, report


def main(argv: list[str] | None = None) -> int:
    """Score the chosen sets with this tree (and a baseline tree) and print them side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the folder of stand-off sets (default bench/gold)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--baseline", type=Path, help="another checkout of persianews to compare with")
    parser.add_argument("--no-tagger", action="store_true", help="the rules alone, in both trees")
    parser.add_argument("--entities", action="store_true",
                        help="print entity precision and recall per label instead of the quote figures")
    parser.add_argument("--errors", type=Path, help="write each set's scorer report (this tree) into this folder")
    parser.add_argument("--work", type=Path, help="rebuild the sets here (default: a temporary folder)")
    parser.add_argument("--cache", type=Path,
                        help="keep the baseline's extraction here and read it back while the baseline tree, its "
                             "interpreter, the pipeline and the set are unchanged (key: a hash of its persianews/ and "
                             "models/ files), so that a second comparison runs this tree only")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    trees = [("now", args.tree.resolve())] + ([("base", args.baseline.resolve())] if args.baseline else [])
    work = (args.work or Path(tempfile.mkdtemp(prefix="persianews-quality-"))).resolve()
    columns = ENTITY_FIGURES if args.entities else FIGURES
    header = f"{'set / group':<28}{'docs':>5}{'quotes':>7}  " + "".join(f"{name:>18}" for name in columns)
    print(f"trees: {', '.join(f'{name}={tree}' for name, tree in trees)}; pipeline: "
          f"{'rules alone' if args.no_tagger else 'default (rules + tagger)'}; cells are "
          + ("base → now" if args.baseline else "now"))
    print(header)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    paths = gold_sets(args.sets, args.gold)
    gold_paths = {path: decode(read_entries(path), work / path.stem) for path in paths}
    set_dirs = [work / path.stem for path in paths]
    extracted = {name: cached_extract_sets(tree, set_dirs, args.no_tagger, args.cache) if args.cache and name == "base"
                 else extract_sets(tree, set_dirs, args.no_tagger) for name, tree in trees}
    for path in paths:
        set_dir = work / path.stem
        golds = json.loads(gold_paths[path].read_text(encoding="utf-8"))["documents"]
        outlets = {(p.name, n): json.loads(line).get("outlet", "?") for p in set_dir.glob("*.jsonl")
                   if not p.name.startswith("out-") for n, line in enumerate(p.read_text(encoding="utf-8").splitlines())}
        outputs = {name: extracted[name][set_dir] for name, _ in trees}
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for gold in golds:
            groups[group_of(gold, path.stem, outlets)].append(gold)
        for label, subset in [(path.stem, golds)] + [(f"  {g}", groups[g]) for g in sorted(groups)]:
            cells = {name: figures(scorer, subset, outputs[name]) for name, _ in trees}
            line = f"{label:<28}{len(subset):>5}{sum(len(g.get('quotes', [])) for g in subset):>7}  "
            for figure in columns:
                now = cells["now"][0][figure]
                line += f"{(cells['base'][0][figure] + ' → ' + now) if args.baseline else now:>18}"
            print(line)
            if label == path.stem:
                for name, _ in trees:
                    totals[name].update(cells[name][1])
                if args.errors:
                    args.errors.mkdir(parents=True, exist_ok=True)
                    (args.errors / f"{path.stem}.txt").write_text("\n".join(cells["now"][2]) + "\n", encoding="utf-8")
    print("\nerrors by class, all sets" + (" (base → now)" if args.baseline else ""))
    for name in ERROR_CLASSES:
        key = name.replace("(", "")
        print(f"  {key:<24}" + (f"{totals['base'][key]:>6} → " if args.baseline else "") + f"{totals['now'][key]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
