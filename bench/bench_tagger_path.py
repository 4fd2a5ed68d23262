"""Where the entity tagger's time goes: the entities stage with and without it, and the tagger's steps.

The news items go once through normalize and segment; then the entities stage
runs over each document twice, interleaved (rules alone, then with the
tagger, or the other way round with ``--tagger-first``: a change in machine
load hits both alike; the second run finds the word analyses of the document
that the first made), with a tagger whose caches
start empty, as in a fresh run. The tagger's steps are timed by wrapping the
functions that do them (CPU seconds of this process; a nested step is
printed under the one that calls it):

- ``word types first seen``: a word type's features and score vectors, built the
  first time the tagger meets it (its dictionary and name analyses, its form's
  features, the parts it lends its neighbours), then cached;
- ``decode``: the rest of scoring and decoding (the cached types' look-ups per
  token, the lexicon phrases and rule tags, Viterbi);
- ``rule tags``, ``propagate``, ``plausible + read whole``, ``merge``: the
  tagger's evidence and the merge with the rules;
- ``after the merge``: the title steps that run again on the merged entities
  (with_tagged_complements, _titles_beside_people).

``--rounds 2`` runs the documents once more with the caches warm (a long
stream's steady state). Issue 14 limits the whole pipeline with the tagger to
x1.20 the rules alone (bench_ner.py --speed-only measures that).

Interleaved, the run second at a document finds the rules' word analyses
the first made, so that the difference leaves out the tagger's share of them:
on news-dev the rules' cold analyses are about 1 s. ``--apart N`` measures as
the command line runs: N pairs of fresh processes, the rules alone and with the
tagger, each over all the documents with every cache cold, timing ``load()``,
each stage and the output's JSON (CPU s, medians), and the tagger's steps.

usage: python bench/bench_tagger_path.py [--limit N] [--rounds R] [--tagger-first] [--apart N]
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import itertools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from _shared import CORPORA

import persianews
from persianews.batch import collect_less_often, encode_line
from persianews.document import Document
from persianews.entities import extract, tagger, tagger_features, tagger_scores
from persianews.entities.linker_referents import thread_surnames
from persianews.resources import models_folder

SECONDS: collections.Counter[str] = collections.Counter()

#: (owner, attribute, label) of the functions timed, outer steps first; a label's indent is its nesting.
STEPS = (
    (tagger.EntityTagger, "combine", "tagger: candidates and merge"),
    (tagger_scores.EmissionScorer, "document_labels", "  scores and decoding"),
    (tagger_features.FeatureParts, "_new_type", "    word types first seen"),
    (tagger, "rule_tags", "  rule tags"),
    (tagger, "propagate", "  propagate"),
    (tagger, "plausible", "  plausible + read whole"),
    (tagger, "read_whole", "  plausible + read whole"),
    (tagger, "merge", "  merge"),
    (extract.TitleParser, "with_tagged_complements", "after the merge"),
    (extract, "_titles_beside_people", "after the merge"),
)


def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    """``function`` adding its CPU seconds to ``SECONDS[label]``."""
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SECONDS[label] += time.process_time() - start
    return wrapper


def pipeline_apart(corpus: str, limit: int | None, with_tagger: bool) -> dict[str, float]:
    """CPU seconds of ``load()`` (with the tagger: its model read), each stage and the output's JSON over the
    documents of ``corpus``, in this process as ``persianews extract`` spends them (every cache cold), and of
    the tagger's steps."""
    collect_less_often()
    seconds: collections.Counter[str] = collections.Counter()
    start = time.process_time()
    nlp = persianews.load(entities={"tagger": with_tagger})
    seconds["load()"] = time.process_time() - start
    articles = [a for a in itertools.islice(persianews.read(corpus), limit) if isinstance(a, persianews.Article)]
    for owner, name, label in STEPS:
        setattr(owner, name, timed(getattr(owner, name), label))
    for article in articles:
        doc = Document.from_article(article)
        for stage in nlp.stages:
            start = time.process_time()
            doc = stage(doc)
            seconds[f"stage {stage.name}"] += time.process_time() - start
        start = time.process_time()
        encode_line(doc.to_dict())
        seconds["output JSON"] += time.process_time() - start
    seconds["whole"] = sum(seconds.values())
    return {**seconds, **SECONDS}


def apart(args: argparse.Namespace) -> None:
    """Print :func:`pipeline_apart` of both modes, ``args.apart`` pairs of fresh processes in turn (medians)."""
    runs: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    for _pair in range(args.apart):
        for with_tagger in (False, True):
            command = [sys.executable, __file__, "--corpus", args.corpus, "--child", "tagger" if with_tagger else "rules"]
            command += ["--limit", str(args.limit)] if args.limit is not None else []
            runs[with_tagger].append(json.loads(subprocess.run(command, stdout=subprocess.PIPE, text=True,
                                                               check=True).stdout))
    steps = list(dict.fromkeys(label for _owner, _name, label in STEPS))
    labels = [label for label in dict.fromkeys(label for run in runs[True] for label in run) if label not in steps]
    labels += steps
    median = {mode: {label: statistics.median(run.get(label, 0.0) for run in found) for label in labels}
              for mode, found in runs.items()}
    print(f"apart: {args.apart} pairs of fresh processes (as persianews extract), CPU s, medians")
    print(f"{'':<36}{'rules':>8}{'tagger':>8}{'+':>8}")
    for label in labels:
        alone, combined = median[False][label], median[True][label]
        print(f"  {label:<34}{alone:8.3f}{combined:8.3f}{combined - alone:+8.3f}")
    ratios = sorted(b["whole"] / a["whole"] for a, b in zip(runs[False], runs[True]))
    print(f"whole, tagger / rules alone: x{statistics.median(ratios):.3f} (pairs x{ratios[0]:.3f} .. x{ratios[-1]:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPORA / "news-dev" / "farsnews-dev.jsonl"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--rounds", type=int, default=1, help="passes over the documents (the first cold)")
    parser.add_argument("--tagger-first", action="store_true",
                        help="with the tagger first at each document (the second run finds the rules' word "
                             "analyses of the document cached by the first)")
    parser.add_argument("--apart", type=int, default=0, metavar="N",
                        help="N pairs of fresh processes, each mode over the whole pipeline as the command line")
    parser.add_argument("--child", choices=("rules", "tagger"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(pipeline_apart(args.corpus, args.limit, args.child == "tagger")))
        return
    if args.apart:
        apart(args)
        return

    prepare = persianews.load(stages=("normalize", "segment"))
    docs = [prepare(article) for article in itertools.islice(persianews.read(args.corpus), args.limit)
            if isinstance(article, persianews.Article)]
    model_data = models_folder().joinpath(tagger.DEFAULT_MODEL).read_bytes()
    extract.extract_entities(docs[0], thread_surnames(docs[0]), tagger.EntityTagger(model_data))  # tables loaded
    model = tagger.EntityTagger(model_data)  # empty caches, as in a fresh run
    for owner, name, label in STEPS:
        setattr(owner, name, timed(getattr(owner, name), label))
    tokens = sum(len(doc.tokens) for doc in docs)
    gc.collect()
    gc.freeze()
    for round_number in range(1, args.rounds + 1):
        SECONDS.clear()
        alone = combined = 0.0
        for doc in docs:
            surnames = thread_surnames(doc)
            for with_tagger in (True, False) if args.tagger_first else (False, True):
                start = time.process_time()
                extract.extract_entities(doc, surnames, model if with_tagger else None)
                if with_tagger:
                    combined += time.process_time() - start
                else:
                    alone += time.process_time() - start
        types = len(model.scorer._types)
        print(f"round {round_number}: {len(docs)} documents, {tokens:,} tokens, {types:,} word types cached; "
              f"entities stage, rules alone {alone:.2f} s, with the tagger {combined:.2f} s "
              f"(+{combined - alone:.2f} s, x{combined / alone:.2f})")
        for label in dict.fromkeys(label for _owner, _name, label in STEPS):
            print(f"  {label:<36}{SECONDS[label]:7.3f} s")


if __name__ == "__main__":
    main()
