"""Dask: the same extraction on a cluster, one partition per JSONL block or per whole file.

``extract(paths)`` gives a ``dask.bag.Bag`` of output dicts; ``extract_lines``
the strict JSON lines. The union of the partitions, in order, is exactly the
output of one local process (every record one line, error records included).
How inputs are split and records numbered: :mod:`persianews.partitions`; here,
each block's first record index is a chain of small tasks (count the block
before, add) in the same graph. Tasks are pure, so a partition whose worker
died is simply run again by Dask: nothing is lost or duplicated.

Needs the ``dask`` extra: ``pip install 'persianews[dask]'``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from operator import add
from typing import Any

from persianews.optional import import_optional
from persianews.partitions import (
    DEFAULT_BLOCKSIZE,
    Block,
    Settings,
    blocks,
    count_records,
    partition_lines,
    remove_parts,
    remove_unfinished_parts,
    write_partition,
)
from persianews.pipeline import DEFAULT_MAX_RECORD_CHARS


def _first_records(parts: list[Block], settings: Settings) -> list[Any]:
    """Each partition's first record index, as delayed values (0 for a file's first partition)."""
    dask = import_optional("dask", "dask", "persianews.dask")
    firsts: list[Any] = []
    for index, block in enumerate(parts):
        if block.start == 0:
            firsts.append(0)
            continue
        counted = dask.delayed(count_records, pure=True)(parts[index - 1], settings)
        firsts.append(dask.delayed(add, pure=True)(firsts[-1], counted))
    return firsts


def extract_lines(paths: Sequence[str | os.PathLike[str]], *, format: str = "auto",
                  chat: Sequence[str] | None = None, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
                  blocksize: int = DEFAULT_BLOCKSIZE) -> Any:
    """A ``dask.bag.Bag`` of output lines (strict JSON, no newline), one partition per :class:`Block`."""
    dask = import_optional("dask", "dask", "persianews.dask")
    bag = import_optional("dask.bag", "dask", "persianews.dask")
    settings = Settings(format, tuple(chat) if chat else None, max_record_chars)
    parts = blocks(paths, format, blocksize)
    firsts = _first_records(parts, settings)
    run = dask.delayed(partition_lines, pure=True)
    return bag.from_delayed([run(block, settings, first) for block, first in zip(parts, firsts)])


def extract(paths: Sequence[str | os.PathLike[str]], *, format: str = "auto",
            chat: Sequence[str] | None = None, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
            blocksize: int = DEFAULT_BLOCKSIZE) -> Any:
    """A ``dask.bag.Bag`` of output dicts (documents and error records), in input order."""
    return extract_lines(paths, format=format, chat=chat, max_record_chars=max_record_chars,
                         blocksize=blocksize).map(json.loads)


def partition_tasks(parts: list[Block], settings: Settings, folder: str) -> list[Any]:
    """One delayed :func:`write_partition` per block, parts named ``part-NNNNN.jsonl`` in output order."""
    dask = import_optional("dask", "dask", "persianews.dask")
    write = dask.delayed(write_partition, pure=True)
    return [write(block, settings, first, folder, f"part-{index:05d}.jsonl")
            for index, (block, first) in enumerate(zip(parts, _first_records(parts, settings)))]


def extract_to_folder(args: argparse.Namespace) -> int:
    """``persianews extract … --engine dask -o OUT_DIR``: one JSONL part per partition and manifest.json.

    Parts of an earlier run in OUT_DIR are replaced; other files are left alone.
    """
    distributed = import_optional("distributed", "dask", "--engine dask")
    from persianews.cli import extract_settings
    from persianews.parallel import resolve_n_process

    started = time.monotonic()
    os.makedirs(args.output, exist_ok=True)
    remove_parts(args.output, (".jsonl", ".tmp"))
    settings = extract_settings(args)
    parts = blocks(args.inputs, args.format, args.blocksize or DEFAULT_BLOCKSIZE)
    tasks = partition_tasks(parts, settings, args.output)
    if args.scheduler:
        client = distributed.Client(args.scheduler)
        cluster = None
    else:
        workers = resolve_n_process(-1 if args.n_process is None else args.n_process)
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.ERROR)
        client = distributed.Client(cluster)
    try:
        entries = client.compute(tasks, sync=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    remove_unfinished_parts(args.output)
    for entry, block in zip(entries, parts):
        entry["source"] = {"path": block.path, "start_byte": block.start, "end_byte": block.end}
    records = sum(entry["records"] for entry in entries)
    errors = sum(entry["errors"] for entry in entries)
    manifest = {"inputs": list(args.inputs), "records": records, "errors": errors, "parts": entries}
    with open(os.path.join(args.output, "manifest.json"), "w", encoding="utf-8") as stream:
        json.dump(manifest, stream, ensure_ascii=False, indent=1)
    first = next((entry["first_error"] for entry in entries if entry["first_error"]), None)
    if errors or not args.quiet:
        summary = f"{records - errors} documents, {errors} errors in {time.monotonic() - started:.1f} s"
        if first:
            summary += f"; first error: {first}"
        print(summary, file=sys.stderr)
    return 1 if errors else 0
