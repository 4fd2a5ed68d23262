"""Local parallelism: ``persianews extract`` with 1 and N processes on copies of news-dev, side by side.

    python bench/bench_parallel.py [--copies 4] [--n-process 2] [--corpus PATH/farsnews-dev.jsonl]

The input (``--copies`` copies of the corpus) is generated in a temporary
folder, never in the repository. Both runs go through the command line as a
user would run it; the outputs must be byte-identical. Prints the times,
documents per second and the speed-up ratio, with the load average before
the run (the ratio only means something on a quiet machine), and the CPU
seconds of each run, whose ratio holds on a busy machine too.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("shared") / "corpora" / "news-dev" / "farsnews-dev.jsonl"


def find_corpus() -> Path | None:
    """news-dev beside the repository (or beside one of its parent folders), or $PERSIANEWS_SHARED."""
    if os.environ.get("PERSIANEWS_SHARED"):
        return Path(os.environ["PERSIANEWS_SHARED"]) / CORPUS.relative_to("shared")
    for folder in ROOT.parents:
        if (folder / CORPUS).is_file():
            return folder / CORPUS
    return None


def extract(inputs: list[Path], out: Path, n_process: int) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds of the run's processes (parent and workers)."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "persianews", "extract", *map(str, inputs), "-o", str(out),
                    "--quiet", "--n-process", str(n_process)], cwd=ROOT, check=False)
    return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    corpus = args.corpus or find_corpus()
    if corpus is None or not corpus.is_file():
        print("news-dev not found: pass --corpus or set PERSIANEWS_SHARED", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="persianews-bench-") as folder:
        inputs = []
        for copy in range(args.copies):
            inputs.append(Path(folder) / f"copy{copy}.jsonl")
            shutil.copyfile(corpus, inputs[-1])
        load = os.getloadavg()
        serial, serial_cpu = extract(inputs, Path(folder) / "one.jsonl", 1)
        parallel, parallel_cpu = extract(inputs, Path(folder) / f"n{args.n_process}.jsonl", args.n_process)
        one = (Path(folder) / "one.jsonl").read_bytes()
        identical = one == (Path(folder) / f"n{args.n_process}.jsonl").read_bytes()
        documents = one.count(b"\n")
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    print(f"{documents} records ({args.copies} copies of {corpus.name})")
    print(f"n_process=1: {serial:.1f} s, {documents / serial:.1f} docs/s")
    print(f"n_process={args.n_process}: {parallel:.1f} s, {documents / parallel:.1f} docs/s")
    print(f"speed-up: {serial / parallel:.2f}x; identical output: {identical}")
    print(f"CPU seconds: {serial_cpu:.1f} (1 process) vs {parallel_cpu:.1f} ({args.n_process} processes): "
          f"{parallel_cpu / serial_cpu:.2f}x the work; on {args.n_process} idle CPUs the speed-up would be at most "
          f"{args.n_process * serial_cpu / parallel_cpu:.2f}x")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
