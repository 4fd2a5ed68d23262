"""Time growth of the whole pipeline on the shapes that once made it super-linear (issue 9).

For each shape of ``tests/shapes.py`` (realistic news, one long token, «گفت:»
repeated, «« گفت» repeated, cues in bidi overrides, combining marks, a long run
of spaces …) the pipeline runs on a text of each size; each line prints the CPU
seconds per stage and time(2x)/time(x) against the size before it. Linear stages
give about 2; the target is at most 2.5 everywhere. Then a record of
``--big-mb`` MB (50 by default) is written to a temporary JSONL file between two
small ones and run through the command line (``persianews extract``): it must be
refused with ``RecordTooLarge`` while its neighbours come out, with a peak RSS
under 1 GB.

usage: python bench/bench_scaling.py [--sizes 250000 500000 1000000] [--shapes news ...] [--big-mb 50]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import persianews
from persianews.document import Document
from persianews.readers.plain_text import article_from_text
from tests.shapes import SHAPES, news

TARGET_RATIO = 2.5


def stage_seconds(nlp: persianews.Pipeline, text: str) -> dict[str, float]:
    """CPU seconds each stage takes on ``text`` (process time: other processes on the machine do not
    count)."""
    doc = Document.from_article(article_from_text(text))
    spent = {}
    for stage in nlp.stages:
        started = time.process_time()
        doc = stage(doc)
        spent[stage.name] = time.process_time() - started
    return spent


def scaling(sizes: list[int], shapes: list[str]) -> bool:
    """Print the time per stage at each size and the growth ratio; whether every ratio met the target."""
    nlp = persianews.load(max_record_chars=max(sizes))
    nlp("گرم کردن: واژه‌نامه‌ها بار می‌شوند.")
    names = [stage.name for stage in nlp.stages]
    print(f"{'shape':<18}{'chars':>10}" + "".join(f"{name:>11}" for name in names) + f"{'total':>9}{'ratio':>8}")
    met = True
    for shape in shapes:
        previous = None
        for number, size in enumerate(sizes):
            spent = stage_seconds(nlp, SHAPES[shape](size))
            total = sum(spent.values())
            ratio = ""
            if previous is not None:
                # time(2x)/time(x), scaled when the sizes are not exact doublings
                growth = total / max(previous, 1e-9) * (2 * sizes[number - 1] / size)
                ratio = f"{growth:.2f}" + (" !" if growth > TARGET_RATIO else "")
                met = met and growth <= TARGET_RATIO
            print(f"{shape:<18}{size:>10,}" + "".join(f"{spent[n]:>11.2f}" for n in names)
                  + f"{total:>9.2f}{ratio:>8}", flush=True)
            previous = total
    return met


def big_record(megabytes: int) -> bool:
    """Run ``persianews extract`` on a huge record between two small ones; print the peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.jsonl"
        small = {"title": "خبر کوتاه", "paragraphs": [news(2000)]}
        big = {"title": "خبر بزرگ", "paragraphs": [news(megabytes * 1_000_000)]}
        with source.open("w", encoding="utf-8") as handle:
            for record in (small, big, small):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "persianews.cli", "extract", str(source)],
                             check=False, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    errors = [line["error"]["type"] for line in lines if "error" in line]
    print(f"{megabytes} MB record: exit {run.returncode}, {len(lines)} lines, errors {errors}, "
          f"{seconds:.1f} s, peak RSS {peak_mb:,.0f} MB (target < 1,024 MB)")
    return len(lines) == 3 and errors == ["RecordTooLarge"] and peak_mb < 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--big-mb", type=int, default=50, help="size of the refused record (0: skip)")
    args = parser.parse_args()
    met = scaling(sorted(args.sizes), args.shapes)
    if args.big_mb:
        met = big_record(args.big_mb) and met
    print("all targets met" if met else "some targets missed")


if __name__ == "__main__":
    main()
