"""Scaling of the readers: time and peak traced memory at size x and 2x for each input shape.

Each shape is generated in a temporary folder at ``--size`` and twice that,
and read in full with ``read_records`` (no pipeline). A linear reader prints
time ratios near 2.0; memory that stays bounded per record prints memory
ratios near 1.0 for the shapes of many small records (JSON Lines, arrays)
and near 2.0 for one record or one page that doubles (and for reply chains
until the reply index's window of 10,000 articles is full). Time is measured
without tracing, memory in a second, traced read.

usage: python bench/bench_readers.py [--size N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Callable

from persianews.readers import read_records

RECORD = {"titr": "استاندار قزوین", "text": "استاندار قزوین در نشست شورای اداری گفت: کار ادامه دارد. " * 20}


def json_lines(n: int) -> str:
    return "".join(json.dumps(RECORD, ensure_ascii=False) + "\n" for _ in range(n))


def cr_json_lines(n: int) -> str:
    return json_lines(n).replace("\n", "\r")


def json_array(n: int) -> str:
    return json.dumps([RECORD] * n, ensure_ascii=False, indent=1)


def one_long_line(n: int) -> str:
    return json.dumps({"titr": "خبر", "text": "متن " * (n * 1000)}, ensure_ascii=False) + "\n"


def open_strings(n: int) -> str:
    return "[\n" + ",\n".join('{"text": "open' if i % 2 else json.dumps(RECORD, ensure_ascii=False)
                              for i in range(n)) + "\n]\n"


def nested_html(n: int) -> str:
    depth = n * 20
    return ('<!DOCTYPE html><html><body><div class="page_wrap"><div class="history">'
            '<div class="message default clearfix" id="message1"><div class="body"><div class="text">'
            + '<div class="x">' * depth + "متن" + "</div>" * depth + "</div></div></div></div></div></body></html>")


def reply_chain(n: int) -> str:
    messages = [{"id": i, "type": "message", "text": f"پیام {i} " * 20,
                 **({"reply_to_message_id": i - 1} if i > 1 else {})} for i in range(1, n + 1)]
    return json.dumps({"name": "کانال", "type": "public_channel", "id": 1, "messages": messages},
                      ensure_ascii=False)


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "json-lines": ("news.jsonl", json_lines),
    "json-lines-cr": ("news.jsonl", cr_json_lines),
    "json-array": ("news.json", json_array),
    "one-long-line": ("news.jsonl", one_long_line),
    "array-open-strings": ("news.json", open_strings),
    "nested-html": ("messages.html", nested_html),
    "reply-chain": ("result.json", reply_chain),
}


def measure(path: Path) -> tuple[float, float, int]:
    """Seconds, peak traced MB and number of records for reading ``path`` in full."""
    start = time.perf_counter()
    count = sum(1 for _ in read_records([str(path)]))
    seconds = time.perf_counter() - start
    tracemalloc.start()
    sum(1 for _ in read_records([str(path)]))
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="records (or scale) of the smaller input")
    args = parser.parse_args()
    print(f"{'shape':<20}{'records':>10}{'t(x) s':>9}{'t(2x) s':>9}{'t ratio':>9}"
          f"{'MB(x)':>9}{'MB(2x)':>9}{'MB ratio':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for shape, (name, build) in SHAPES.items():
            results = []
            for scale in (args.size, 2 * args.size):
                path = Path(folder) / shape / str(scale) / name
                path.parent.mkdir(parents=True)
                path.write_text(build(scale), encoding="utf-8")
                results.append(measure(path))
            (t1, m1, n1), (t2, m2, n2) = results
            print(f"{shape:<20}{f'{n1}/{n2}':>10}{t1:9.2f}{t2:9.2f}{t2 / t1:9.2f}{m1:9.1f}{m2:9.1f}{m2 / m1:9.2f}")


if __name__ == "__main__":
    main()
