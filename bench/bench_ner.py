"""Entity tagger: accuracy (rules only / tagger only / combined) and speed, printed side by side.

Accuracy is exact-span P/R/F1 per label (PERSON, ORG, LOC) against flat gold
spans: ParsTwiNER's test split (labels mapped as ``train.py`` maps them) and
the test split (20%) of the stand-off news annotations (``corrected`` records;
with ``--prelabelled`` the uncorrected ones too, which only measures agreement
with the rules). The seeds' gold is scored through ``tools/score.py`` with the
tagger on. Speed (CPU seconds of this process): loading the model, tagger
tokens/s on one core (features + Viterbi; compiled and pure Python), and the whole pipeline with and
without the tagger on the same news documents, interleaved document by
document and each first in turn, with their ratio (issue 14 asks for at most x1.20); then the model's size and, in a fresh
interpreter, the seconds of ``load()`` and of the first document with and without the tagger.

usage: python bench/bench_ner.py [--model MODEL] [--prelabelled] [--docs N] [--speed-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "models" / "build" / "ner"))

from standoff import shared_root
from to_bio import annotated_documents
from train import parstwiner

import persianews
from persianews.entities.tagger import EntityTagger, load_tagger, rules_of, sentence_ranges
from persianews.entities.tagger_training import LABELS, flat_spans, span_scores
from persianews.stages.entities import EntitiesStage


def accuracy(title: str, docs: list, gold: list, model: str | None) -> None:
    """Print the three systems' scores on ``docs`` (normalized and segmented) against ``gold`` spans."""
    rules, combined, tagger = EntitiesStage(tagger=False), EntitiesStage(tagger=True, model=model), load_tagger(model)
    rows = {
        "rules only": [flat_spans(rules(doc).entities) for doc in docs],
        "tagger only": [tagger.source_spans(doc) for doc in docs],
        "combined": [flat_spans(combined(doc).entities) for doc in docs],
    }
    print(f"\n{title}: {len(docs)} documents, {sum(len(d.tokens) for d in docs)} tokens, "
          f"{sum(len(g) for g in gold)} gold entities")
    print(f"{'':<12}" + "".join(f"{label:>21}" for label in (*LABELS, "ALL")))
    print(f"{'':<12}" + "     P     R    F1    " * 4)
    for name, predicted in rows.items():
        scores = span_scores(gold, predicted)
        print(f"{name:<12}" + "".join(f"  {scores[label]['p']:.3f} {scores[label]['r']:.3f} {scores[label]['f1']:.3f}"
                                      for label in (*LABELS, "ALL")))


def seeds(model: str | None) -> None:
    spec = importlib.util.spec_from_file_location("score", shared_root() / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((shared_root() / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for name, nlp in (("rules only", persianews.load(entities={"tagger": False})), ("combined", persianews.load(entities={"tagger": True, "model": model}))):
        outputs = {}
        for path in sorted((ROOT / "seeds").iterdir()):
            for article in persianews.read(str(path)):
                doc = nlp(article)
                outputs[(path.name, article.provenance.record)] = doc.to_dict()
        entities = score.score(gold["documents"], outputs, [])["entities"]
        print(f"seeds {name:<11} entity F1 " + " ".join(f"{label} {entities[label]['f1']}" for label in entities))


_FIRST_DOCUMENT = """
import sys, time
import persianews
start = time.perf_counter()
nlp = persianews.load(entities={"tagger": sys.argv[1] == "tagger", "model": sys.argv[2] or None})
loaded = time.perf_counter()
article = next(iter(persianews.read(sys.argv[3])))
started = time.perf_counter()
nlp(article)
print(f"{loaded - start:.2f} {time.perf_counter() - started:.2f}")
"""


def model_path(model: str | None) -> Path:
    """The model file's path (the shipped model's when None)."""
    from importlib import resources

    from persianews.entities.tagger import DEFAULT_MODEL

    return Path(model) if model else Path(str(resources.files("persianews.models").joinpath(DEFAULT_MODEL)))


def startup(model: str | None) -> None:
    """The model file's size, and the seconds of load() and of the first document in a fresh interpreter,
    with and without the tagger."""
    import subprocess

    path = model_path(model)
    print(f"\ntagger model {path.stat().st_size / 1e6:.2f} MB", end="")
    corpus = shared_root() / "corpora" / "news-dev" / "farsnews-dev.jsonl"
    for name in ("rules", "tagger"):
        run = subprocess.run([sys.executable, "-c", _FIRST_DOCUMENT, name, model or "", str(corpus)],
                             capture_output=True, text=True, check=True)
        load_seconds, first_seconds = run.stdout.split()
        print(f"\nfresh interpreter, {name}: load() {load_seconds} s, first document {first_seconds} s", end="")


def speed(docs: list, model: str | None) -> None:
    """Tagger tokens/s alone, compiled (where crf_native was built) and in pure Python (first pass: empty
    feature cache; second: warm; third: a new tagger's empty feature cache, the word analyses it reads
    cached by the first), and the whole pipeline with and without it on the same documents (one
    pass, the tagger's caches empty at its start)."""
    from persianews.entities.crf_native import native

    load_tagger.cache_clear()
    start = time.process_time()
    load_tagger(model)
    print(f"\ntagger model loaded in {time.process_time() - start:.3f} s; compiled parts: "
          f"{'yes' if native() is not None else 'no (pure Python)'}", end="")
    views = [(*rules_of(doc), sentence_ranges(doc)) for doc in docs]
    tokens = sum(len(doc.tokens) for doc in docs)
    data = model_path(model).read_bytes()
    for compiled in (True, False) if native() is not None else (False,):
        taggers = {"cold cache": EntityTagger(data, compiled=compiled), "warm cache": None,
                   "cold feature cache, word analyses warm": EntityTagger(data, compiled=compiled)}
        tagger = taggers["cold cache"]
        for name, fresh in taggers.items():  # the third splits the cold cost: word analyses, feature groups
            tagger = fresh or tagger
            start = time.process_time()
            for view, rules, ranges in views:
                tagger.tag(view, ranges, rules)
            seconds = time.process_time() - start
            print(f"\ntagger {'compiled' if compiled else 'pure Python'}, {name} (features + Viterbi; lexicon matches "
                  f"and rules given): {tokens / seconds:,.0f} tokens/s ({tokens} tokens, {seconds:.2f} s)", end="")
    articles = [doc.article for doc in docs]
    load_tagger.cache_clear()  # the pipeline's tagger starts with empty caches, as in a fresh run
    pipelines = {"rules only": persianews.load(entities={"tagger": False}), "combined": persianews.load(entities={"tagger": True, "model": model})}
    timings = dict.fromkeys(pipelines, 0.0)
    for nlp in pipelines.values():
        nlp(articles[0])
    names = list(pipelines)
    for number, article in enumerate(articles):  # interleaved, document by document: a change in machine load
        # hits both alike; each first in turn: they share the per-word caches, and the one that meets a word
        # first pays for it (the rules alone always first put about 1 s of news-dev's cold word analyses on them)
        for name in names if number % 2 == 0 else names[::-1]:
            start = time.process_time()
            pipelines[name](article)
            timings[name] += time.process_time() - start
    print(f"\npipeline rules only {timings['rules only']:.2f} s, with tagger {timings['combined']:.2f} s: "
          f"x{timings['combined'] / timings['rules only']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model file (default: the shipped model)")
    parser.add_argument("--prelabelled", action="store_true", help="score the news test split's uncorrected records too")
    parser.add_argument("--docs", type=int, default=300, help="news documents for the speed runs")
    parser.add_argument("--speed-only", action="store_true", help="only the speed runs (no accuracy, no seeds)")
    args = parser.parse_args()
    if args.speed_only:
        speed(news_documents(args.docs), args.model)
        startup(args.model)
        print()
        return

    documents = parstwiner("test")
    from persianews.entities.tagger_training import conll_entities, read_conll

    with open(shared_root() / "data" / "ner-parstwiner" / "test.txt", encoding="utf-8") as handle:
        gold = [conll_entities(sentence)[1] for sentence in read_conll(handle)]
    accuracy("ParsTwiNER test", [doc for doc, _labels in documents], gold, args.model)

    statuses = ("corrected", "prelabelled") if args.prelabelled else ("corrected",)
    news = [(doc, annotation) for split, doc, _labels, annotation in annotated_documents(statuses) if split == "test"]
    for group, corpora in (("news", ("news-dev", "news-dev-2")), ("Telegram", ("telegram-dev",))):
        chosen = [(doc, a) for doc, a in news if a["corpus"] in corpora]
        if chosen:
            accuracy(f"{group} test split ({'/'.join(statuses)})", [doc for doc, _a in chosen],
                     [[tuple(e) for e in a["entities"]] for _doc, a in chosen], args.model)
    if not news:
        print("\nnews test split: no corrected annotations yet (--prelabelled scores agreement with the rules)")

    seeds(args.model)
    speed(news_documents(args.docs), args.model)
    startup(args.model)
    print()


def news_documents(limit: int) -> list:
    """The first ``limit`` news-dev items, normalized and segmented."""
    prepare = persianews.load(stages=("normalize", "segment"))
    corpus = shared_root() / "corpora" / "news-dev" / "farsnews-dev.jsonl"
    return [prepare(article) for _n, article in zip(range(limit), persianews.read(str(corpus)))]


if __name__ == "__main__":
    main()
