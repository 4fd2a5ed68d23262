"""Where a ``persianews extract`` run spends its time: reading, the stages, serialising, writing.

Runs, in this process, what the command line does for each record of the
corpus (``read_records`` → ``pipeline(record)`` → the record's ``jsonl``
rendering → the text writer) and sums the CPU seconds of each part:

* read: the reader yielding the next record (decoding, JSON parsing, the
  article's sections and metadata);
* stages: ``pipeline(record)``, every stage and the Document built between them;
* to_dict: ``Document.to_dict()``, the output dict;
* encode: the dict's strict JSON line (:func:`persianews.batch.encode_line`);
* write: UTF-8 encoding and writing the line to the output file.

Then it runs the command itself (``python -m persianews extract CORPUS -o
FILE --quiet``) in a child process and prints its CPU seconds and peak RSS.
Times are CPU seconds (``time.process_time``), so that other processes on a
shared machine do not count; compare shares and ratios, not seconds across runs.

usage: python bench/bench_cli.py [--corpus PATH] [--limit N] [--no-cli]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _shared import CORPORA

import persianews
from persianews.batch import collect_less_often, encode_line, process
from persianews.export.writers import TextWriter
from persianews.readers import read_records

FARSNEWS = str(CORPORA / "news-dev" / "farsnews-dev.jsonl")
PARTS = ("read", "stages", "to_dict", "encode", "write")


class Laps:
    """CPU seconds summed by part: each :meth:`lap` charges the time since the previous one to a part."""

    def __init__(self) -> None:
        self.spent: collections.Counter[str] = collections.Counter()
        self.clock = time.process_time()

    def lap(self, part: str) -> None:
        """Charge the CPU time since the last lap to ``part``."""
        now = time.process_time()
        self.spent[part] += now - self.clock
        self.clock = now


def split(corpus: str, limit: int | None, output: str) -> tuple[collections.Counter[str], int]:
    """CPU seconds of each part of the run over the first ``limit`` records, and the number of records."""
    collect_less_often()  # as the command line does
    nlp = persianews.load()
    nlp("وزیر امور خارجه گفت: گفت‌وگو ادامه دارد.")  # lexicons load on first use, as in the first record
    writer = TextWriter(output, "jsonl")
    count = 0
    laps = Laps()
    for record in itertools.islice(read_records([corpus]), limit):
        laps.lap("read")
        result = process(nlp, record)
        laps.lap("stages")
        output_dict = result.to_dict()
        laps.lap("to_dict")
        line = encode_line(output_dict) + "\n"
        laps.lap("encode")
        writer.write_rendered(line)
        laps.lap("write")
        count += 1
    writer.close()
    return laps.spent, count


def cli_run(corpus: str, output: str) -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of ``python -m persianews extract`` on the corpus, in a child process."""
    checkout = str(Path(persianews.__file__).resolve().parent.parent)  # the persianews measured above
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [checkout, os.environ.get("PYTHONPATH")]))}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "persianews", "extract", corpus, "-o", output, "--quiet"], check=True,
                   env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, after.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=FARSNEWS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N records (not for the CLI run)")
    parser.add_argument("--no-cli", action="store_true", help="skip the run of the command line itself")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "out.jsonl")
        spent, count = split(args.corpus, args.limit, output)
        written = os.path.getsize(output)
        total = sum(spent.values())
        print(f"{count} records of {args.corpus}; {written:,} bytes written")
        print(f"{'part':<10}{'CPU s':>8}{'share':>8}")
        for part in PARTS:
            print(f"{part:<10}{spent[part]:>8.2f}{spent[part] / total:>8.1%}")
        outside = total - spent["stages"]
        print(f"{'total':<10}{total:>8.2f}; outside the stages {outside:.2f} s ({outside / total:.1%})")
        if not args.no_cli:
            cpu, peak = cli_run(args.corpus, output)
            print(f"persianews extract (whole process, all records): {cpu:.2f} CPU s, peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
