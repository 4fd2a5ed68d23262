"""Spark: the same partitions as Dask, processed with ``mapPartitions`` (the ``spark`` extra).

``extract_lines(sc, paths)`` gives an RDD of strict JSON output lines whose
order (``collect()``, ``saveAsTextFile``) is exactly the output of one local
process. Two jobs: the first counts each JSON Lines block's records (reader
only), so that the second can number records as in the whole file; both map
the functions of :mod:`persianews.partitions`, one partition per block.

    from pyspark import SparkContext
    sc = SparkContext("local[4]", "persianews")
    persianews.spark.extract_lines(sc, ["archive/"]).saveAsTextFile("out/")
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from persianews.partitions import (
    DEFAULT_BLOCKSIZE,
    Block,
    Settings,
    blocks,
    count_records,
    partition_lines,
)
from persianews.pipeline import DEFAULT_MAX_RECORD_CHARS


def first_records(sc: Any, parts: list[Block], settings: Settings) -> list[int]:
    """Each block's first record index in its file, from one Spark job counting the blocks' records."""
    counted = sc.parallelize(parts, max(len(parts), 1)).map(lambda block: count_records(block, settings)).collect()
    firsts: list[int] = []
    for index, block in enumerate(parts):
        firsts.append(0 if block.start == 0 else firsts[-1] + counted[index - 1])
    return firsts


def _lines(settings: Settings) -> Any:
    def run(items: Iterable[tuple[Block, int]]) -> Iterator[str]:
        for block, first in items:
            yield from partition_lines(block, settings, first)

    return run


def extract_lines(sc: Any, paths: Sequence[str | os.PathLike[str]], *, format: str = "auto",
                  chat: Sequence[str] | None = None, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
                  blocksize: int = DEFAULT_BLOCKSIZE) -> Any:
    """An RDD of output lines (strict JSON, no newline), one Spark partition per block, in input order."""
    settings = Settings(format, tuple(chat) if chat else None, max_record_chars)
    parts = blocks(paths, format, blocksize)
    work = list(zip(parts, first_records(sc, parts, settings)))
    return sc.parallelize(work, max(len(work), 1)).mapPartitions(_lines(settings))

