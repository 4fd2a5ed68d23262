"""One stage alone, on documents that went through the stages before it once: its CPU time and profile.

The news items of ``farsnews-dev.jsonl`` go once through the stages before
``STAGE`` (``load()``'s, or the rules' alone with ``--no-tagger``); then only
``STAGE`` runs over those documents, ``--rounds`` times, after one document
(the lexicons and the tagger's model load on first use). The best round is
printed, and the first, which fills the per-word caches (the words'
analyses, the trie's walks, the tagger's word types) as one pass of the
pipeline or the CLI does (``bench_pipeline.py`` times such a pass): for the
entities stage it costs about half as much again as the best. With
``--profile N`` the N functions with the most self time in one more round
(cProfile: trust its call counts, not its seconds), with ``--pyinstrument`` a
sampling profile of it.
The cached documents are frozen out of the garbage collector's reach
(``gc.freeze``), so that its passes over them do not count.

usage: python bench/bench_stage.py STAGE [--limit N] [--rounds R] [--no-tagger] [--profile [N]] [--pyinstrument]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import pstats
import sys
import time

from _shared import CORPORA

import persianews
from persianews.document import Document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", help="a stage of load()'s pipeline: normalize, segment, entities, officials, quotes")
    parser.add_argument("--corpus", default=str(CORPORA / "news-dev" / "farsnews-dev.jsonl"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the stage over every document")
    parser.add_argument("--no-tagger", action="store_true", help="the rules' entities alone")
    parser.add_argument("--profile", type=int, nargs="?", const=30, default=0, metavar="N")
    parser.add_argument("--pyinstrument", action="store_true")
    args = parser.parse_args()

    nlp = persianews.load(entities={"tagger": False}) if args.no_tagger else persianews.load()
    names = [stage.name for stage in nlp.stages]
    if args.stage not in names:
        raise SystemExit(f"no stage {args.stage!r} in {names}")
    before, stage = nlp.stages[:names.index(args.stage)], nlp.stages[names.index(args.stage)]
    docs = []
    for article in itertools.islice(persianews.read(args.corpus), args.limit):
        if isinstance(article, persianews.Article):
            doc = Document.from_article(article)
            for earlier in before:
                doc = earlier(doc)
            docs.append(doc)
    if docs:
        stage(docs[0])  # warm-up: lexicons and the tagger's model load on first use
    gc.collect()
    gc.freeze()

    def run() -> None:
        for doc in docs:
            stage(doc)

    spent = []
    for _ in range(args.rounds):
        started = time.process_time()
        run()
        spent.append(time.process_time() - started)
    best = min(spent)
    characters = sum(len(doc.text) for doc in docs)
    print(f"stage {args.stage}: {len(docs)} documents, {characters:,} characters; "
          f"best of {args.rounds} rounds {best:.3f} CPU s ({characters / best:,.0f} chars/s); "
          f"first round {spent[0]:.3f} CPU s")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    if args.pyinstrument:
        from pyinstrument import Profiler

        sampler = Profiler()
        sampler.start()
        run()
        sampler.stop()
        print(sampler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
