"""Throughput of persianews beside hazm's Normalizer, on the same news, in one run.

The news items of ``farsnews-dev.jsonl`` are read once with ``persianews.read``;
then, on the same Article texts, in one process:

* hazm: ``Normalizer().normalize`` on every text (when hazm is importable;
  otherwise the line says so: ``pip install 'persianews[hazm]'`` in a
  separate virtualenv, since hazm pins numpy 1.24);
* persianews ``normalize`` alone on every text;
* the whole pipeline (``load()``, the learned tagger merged into the rules'
  entities) on every Article, with the CPU time of each stage summed
  separately;
* the pipeline with the rules' entities alone (``load(entities={"tagger":
  False})``, ``extract --no-tagger``): its entities stage and its whole.

Prints characters per second and the ratio to hazm's normalizer for each,
the peak RSS of the process, and the cold start of a fresh interpreter
(``import persianews``; the first document after ``load()``). With
``--profile`` it also prints the functions with the most self time
(cProfile), with ``--pyinstrument`` a sampling profile, and with
``--cpu-sample`` the share of CPU time of each function, sampled on the
process's CPU clock (``setitimer(ITIMER_PROF)``, Unix): cProfile charges
every call its own cost and so overweights the small functions called
often (``TokenView.key``, ``any``, ``dict.get``), and pyinstrument samples
the wall clock, which a loaded machine fills with waits; the CPU clock's
samples share the run's CPU seconds out as they were spent (a compiled
call's time goes to the Python function that made it).

Times are CPU seconds of this process (``time.process_time``), so that other
processes on the machine do not count.

usage: python bench/bench_pipeline.py [--limit N] [--corpus PATH] [--profile [N]] [--pyinstrument]
                                      [--cpu-sample [N]]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import itertools
import pstats
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType

import importlib.util
from pathlib import Path

import persianews
from persianews.document import Document

from _shared import CORPORA


def _models_from_source_checkout() -> None:
    """Make ``persianews.models`` importable when persianews runs from a source checkout put on
    ``PYTHONPATH`` (e.g. under another virtualenv that has hazm) rather than installed: the data
    package is the checkout's ``models/`` folder."""
    if importlib.util.find_spec("persianews.models") is not None:
        return
    folder = Path(persianews.__file__).resolve().parent.parent / "models"
    spec = importlib.util.spec_from_file_location("persianews.models", folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    if spec is not None and spec.loader is not None:
        module = importlib.util.module_from_spec(spec)
        sys.modules["persianews.models"] = module
        spec.loader.exec_module(module)


_models_from_source_checkout()

FARSNEWS = str(CORPORA / "news-dev" / "farsnews-dev.jsonl")
COLD_START = """
import sys, time
started = time.perf_counter()
import persianews
imported = time.perf_counter()
sys.path.insert(0, sys.argv[1])
import bench_pipeline  # noqa: F401 - persianews.models from a source checkout
nlp = persianews.load()
loaded = time.perf_counter()
nlp("فرماندار تاکستان گفت: انتخابات در موعد مقرر برگزار می‌شود.")
done = time.perf_counter()
print(imported - started, done - loaded)
"""


def seconds(function: Callable[[], object]) -> float:
    """CPU seconds ``function`` takes."""
    started = time.process_time()
    function()
    return time.process_time() - started


def run_pipeline(nlp: persianews.Pipeline, articles: Sequence[persianews.Article]) -> dict[str, float]:
    """CPU seconds of each stage over all articles."""
    return run_pipelines([nlp], articles)[0]


def run_pipelines(pipelines: Sequence[persianews.Pipeline],
                  articles: Sequence[persianews.Article]) -> list[dict[str, float]]:
    """CPU seconds of each stage of each pipeline over all articles, the pipelines interleaved article by
    article and in turns first (they share the per-word caches, so the one that meets a word first pays for
    it: turns share that cost out)."""
    per_stage: list[dict[str, float]] = [collections.Counter() for _ in pipelines]
    for number, article in enumerate(articles):
        turn = number % len(pipelines)
        for index in [*range(turn, len(pipelines)), *range(turn)]:
            doc = Document.from_article(article)
            for stage in pipelines[index].stages:
                started = time.process_time()
                doc = stage(doc)
                per_stage[index][stage.name] += time.process_time() - started
    return [dict(stages) for stages in per_stage]


def hazm_normalizer() -> Callable[[str], str] | None:
    """hazm's ``Normalizer().normalize``, or None when hazm is not installed."""
    try:
        from hazm import Normalizer
    except ImportError:
        return None
    return Normalizer().normalize


def cold_start() -> tuple[float, float]:
    """Seconds to ``import persianews`` and to process the first document after ``load()``, in a fresh
    interpreter."""
    out = subprocess.run([sys.executable, "-c", COLD_START, str(Path(__file__).resolve().parent)],
                         capture_output=True, text=True, check=True).stdout
    imported, first = map(float, out.split())
    return imported, first


def profile(nlp: persianews.Pipeline, articles: Sequence[persianews.Article], top: int) -> None:
    """The functions with the most self time over the pipeline run (cProfile)."""
    profiler = cProfile.Profile()
    profiler.runcall(run_pipeline, nlp, articles)
    print(f"\ntop {top} functions by self time (cProfile; profiling slows each call):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def sampled_profile(nlp: persianews.Pipeline, articles: Sequence[persianews.Article]) -> None:
    """A sampling profile of the pipeline run (pyinstrument), when installed."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: no sampling profile")
        return
    profiler = Profiler()
    profiler.start()
    run_pipeline(nlp, articles)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


_SAMPLE_SECONDS = 0.001
"""The CPU time between two samples of :func:`cpu_sampled_profile` (the kernel may round it up to its tick)."""


def _function_name(frame: FrameType) -> str:
    """A frame's function as ``path:line(name)``, the path from the package's folder on."""
    code = frame.f_code
    return f"{code.co_filename.rpartition('persianews/')[2]}:{code.co_firstlineno}({code.co_name})"


def cpu_sampled_profile(nlp: persianews.Pipeline, articles: Sequence[persianews.Article], top: int) -> None:
    """The ``top`` functions by their share of the pipeline run's CPU time, alone (self) and with what they
    call (inclusive), sampled every :data:`_SAMPLE_SECONDS` of the process's CPU time (the frames of the
    pipeline's stages: this module's own are left out)."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()

    def sample(_signal: int, frame: FrameType | None) -> None:
        names = []
        while frame is not None and frame.f_code is not run_pipelines.__code__:
            names.append(_function_name(frame))
            frame = frame.f_back
        if names:
            own[names[0]] += 1
            inclusive.update(set(names))

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, _SAMPLE_SECONDS, _SAMPLE_SECONDS)
    try:
        spent = seconds(lambda: run_pipeline(nlp, articles))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    samples = sum(own.values()) or 1
    print(f"\nCPU time sampled ({samples} samples over {spent:.2f} CPU s; a compiled call's time goes to its caller)")
    for title, counts in (("self", own), ("inclusive", inclusive)):
        print(f"top {top} functions, {title}:")
        for name, count in counts.most_common(top):
            print(f"{100 * count / samples:7.2f}%  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=FARSNEWS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--profile", type=int, nargs="?", const=25, default=0, metavar="N",
                        help="print the N functions with the most self time (cProfile)")
    parser.add_argument("--pyinstrument", action="store_true", help="print a sampling profile (pyinstrument)")
    parser.add_argument("--cpu-sample", type=int, nargs="?", const=40, default=0, metavar="N",
                        help="print the N functions with the most CPU time, sampled on the CPU clock (Unix)")
    args = parser.parse_args()

    articles = [a for a in itertools.islice(persianews.read(args.corpus), args.limit)
                if isinstance(a, persianews.Article)]
    texts = [a.text for a in articles]
    characters = sum(map(len, texts))
    nlp = persianews.load()
    rules_alone = persianews.load(entities={"tagger": False})
    nlp(articles[0])  # warm-up: lexicons and the tagger's model load on first use
    rules_alone(articles[0])
    normalize = hazm_normalizer()
    if normalize is not None:
        normalize(texts[0])

    rows: list[tuple[str, float | None]] = []
    hazm_seconds = seconds(lambda: [normalize(text) for text in texts]) if normalize is not None else None
    rows.append(("hazm Normalizer.normalize", hazm_seconds))
    rows.append(("persianews normalize()", seconds(lambda: [persianews.normalize(text) for text in texts])))
    per_stage, rules_per_stage = run_pipelines([nlp, rules_alone], articles)
    rows += [(f"  stage {name}", spent) for name, spent in per_stage.items()]
    rows.append(("persianews whole pipeline", sum(per_stage.values())))
    rows.append(("  stage entities, rules alone", rules_per_stage["entities"]))
    rows.append(("pipeline, rules alone", sum(rules_per_stage.values())))

    print(f"{len(articles)} documents, {characters:,} characters ({args.corpus})")
    if hazm_seconds is None:
        print("hazm is not installed: no baseline (pip install 'persianews[hazm]' in a separate virtualenv)")
    print(f"{'':<30}{'CPU s':>8}{'chars/s':>13}{'vs hazm':>9}")
    for name, spent in rows:
        if spent is None:
            continue
        ratio = f"{hazm_seconds / spent:.2f}x" if hazm_seconds else ""
        print(f"{name:<30}{spent:>8.2f}{characters / spent:>13,.0f}{ratio:>9}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    imported, first = cold_start()
    print(f"peak RSS {peak:,.0f} MB; cold start: import persianews {imported:.3f} s, "
          f"first document after load() {first:.3f} s")
    if args.profile:
        profile(nlp, articles, args.profile)
    if args.pyinstrument:
        sampled_profile(nlp, articles)
    if args.cpu_sample:
        cpu_sampled_profile(nlp, articles, args.cpu_sample)


if __name__ == "__main__":
    main()
