"""Views and tables against plain JSONL writing, side by side on the same output lines.

    python bench/bench_views.py [--jsonl OUT.jsonl] [--documents 10000]

Reads output lines (``--jsonl``, else extracts news-dev into a temporary
folder first), repeats them up to ``--documents`` lines with fresh ids, and
times, on those same lines: writing JSONL (the baseline), the HTML report,
``to_dataframe`` of each table, and the Parquet and CSV folders. Prints each
time with its ratio to the baseline, and the report's size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _shared import CORPORA

from persianews.export.html import report_html
from persianews.export.tables import TABLES, open_table_writer, to_dataframe

ROOT = Path(__file__).resolve().parent.parent


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _write_jsonl(lines: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def _write_tables(lines: list[dict[str, Any]], output_format: str, folder: Path) -> None:
    writer = open_table_writer(output_format, folder)
    for line in lines:
        writer.write(line)
    writer.close()


def _lines(args: argparse.Namespace, folder: Path) -> list[dict[str, Any]]:
    source = args.jsonl
    if source is None:
        corpus = CORPORA / "news-dev" / "farsnews-dev.jsonl"
        if not corpus.is_file():
            raise SystemExit("news-dev not found: pass --jsonl OUT.jsonl or set PERSIANEWS_SHARED")
        source = folder / "news-dev.jsonl"
        subprocess.run([sys.executable, "-m", "persianews", "extract", str(corpus), "-o", str(source), "--quiet"],
                       cwd=ROOT, check=False)
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    return [dict(base[n % len(base)], id=f"bench#{n}") for n in range(args.documents or len(base))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, help="output lines of persianews extract (default: news-dev)")
    parser.add_argument("--documents", type=int, default=10_000, help="lines to time (the input repeated)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="persianews-bench-") as name:
        folder = Path(name)
        lines = _lines(args, folder)
        to_dataframe([], "documents")  # import pandas before the clock starts
        print(f"{len(lines):,} documents, load average {os.getloadavg()[0]:.1f}")
        baseline, _ = _timed(lambda: _write_jsonl(lines, folder / "out.jsonl"))
        print(f"{'JSONL (baseline)':<28}{baseline:8.2f} s   1.00×")
        rows: list[tuple[str, Callable[[], Any]]] = [("HTML report", lambda: report_html(lines))]
        rows += [(f"to_dataframe {table}", lambda table=table: to_dataframe(lines, table)) for table in TABLES]
        rows += [(f"{fmt} folder", lambda fmt=fmt: _write_tables(lines, fmt, folder / fmt)) for fmt in ("parquet", "csv")]
        for label, work in rows:
            seconds, result = _timed(work)
            extra = f"   {len(result) / 1e6:.1f} MB" if isinstance(result, str) else ""
            print(f"{label:<28}{seconds:8.2f} s {seconds / baseline:6.2f}×{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
