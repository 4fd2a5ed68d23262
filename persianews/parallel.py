"""Local worker processes: records read in the parent, processed in batches by workers, outputs in input order.

The parent streams records from the readers, groups them into batches (by
count and by characters, so that sending a batch costs little against
processing it), keeps at most a few batches per worker in flight (bounded
memory) and yields the results in input order. Each worker builds its
pipeline once. Records the readers could not read are rendered in the parent
and never sent. A batch travels as a flat table of posts (:func:`pack`), so
that pickling never recurses along a long reply thread. Works with the ``fork`` and
``spawn`` start methods.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from persianews.batch import collect_less_often, process, render
from persianews.document import Document
from persianews.records import Article, FailedRecord, Provenance

if TYPE_CHECKING:
    from persianews.pipeline import Pipeline

PackedBatch = tuple[tuple[Article, ...], tuple[int, ...], tuple[int, ...]]
"""Posts without their ``replied_to``, each post's parent index (-1: none), and the batch's articles."""

BATCH_CHARS = 200_000
"""A batch closes when its texts reach this many characters (or ``batch_size`` records)."""
BATCHES_PER_WORKER = 3
"""Batches in flight per worker: enough to keep workers busy, few enough to bound memory."""


def cpu_count() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def resolve_n_process(n_process: int) -> int:
    """``-1`` is every CPU; other values must be at least 1."""
    if n_process == -1:
        return cpu_count()
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, or -1 for every CPU; got {n_process}")
    return n_process


def default_start_method() -> str:
    """``fork`` where it exists and is safe by default (Linux), else the platform's default."""
    if sys.platform.startswith("linux"):
        return "fork"
    return multiprocessing.get_start_method(allow_none=False)


def pack(articles: list[Article]) -> PackedBatch:
    """Articles and their reply chains as a flat table: every post once, its parent by index.

    Iterative (no recursion along a chain) and linear in the number of posts
    reachable from the batch; a post shared by several chains is sent once.
    """
    index: dict[int, int] = {}
    posts: list[Article] = []
    parents: list[int] = []
    for article in articles:
        walk: list[Article] = []
        post: Article | None = article
        while post is not None and id(post) not in index:
            index[id(post)] = len(posts) + len(walk)
            walk.append(post)
            post = post.replied_to
        posts.extend(attrs.evolve(item, replied_to=None) if item.replied_to is not None else item for item in walk)
        parents.extend(index[id(item.replied_to)] if item.replied_to is not None else -1 for item in walk)
    return tuple(posts), tuple(parents), tuple(index[id(article)] for article in articles)


def unpack(packed: PackedBatch) -> list[Article]:
    """The articles of :func:`pack`, their reply chains rebuilt (each post built once, farthest first)."""
    posts, parents, roots = packed
    built: list[Article | None] = [None] * len(posts)
    for start in range(len(posts)):
        walk = []
        at = start
        while at != -1 and built[at] is None:
            walk.append(at)
            at = parents[at]
        above = built[at] if at != -1 else None
        for position in reversed(walk):
            post = posts[position]
            built[position] = above = attrs.evolve(post, replied_to=above) if above is not None else post
    return [built[root] for root in roots]  # type: ignore[misc]


@attrs.frozen
class WorkerSpec:
    """What a worker needs to build its pipeline once: stage names, options, limit and stage factories."""

    names: tuple[str, ...]
    options: dict[str, dict[str, Any]]
    max_record_chars: int
    factories: dict[str, Any]
    rendering: str | None
    """The output format to render (``"jsonl"``, ``"conllu"``), or None to send Documents back."""


_worker: tuple[Pipeline, str | None] | None = None


def _start_worker(spec: WorkerSpec) -> None:
    global _worker
    from persianews.pipeline import Pipeline, register_stage

    collect_less_often()
    for name, factory in spec.factories.items():
        register_stage(name, factory)
    pipeline = Pipeline.from_names(spec.names, spec.options, max_record_chars=spec.max_record_chars)
    _worker = (pipeline, spec.rendering)


def _run_batch(packed: PackedBatch) -> list[Any]:
    assert _worker is not None, "worker started without its pipeline"
    pipeline, rendering = _worker
    if rendering is not None:
        return [render(pipeline, article, rendering) for article in unpack(packed)]
    return [_detached(process(pipeline, article)) for article in unpack(packed)]


def _detached(result: Document | FailedRecord) -> Document | FailedRecord:
    """A result safe to send back: the document without its article's reply chain."""
    if isinstance(result, Document) and result.article.replied_to is not None:
        return attrs.evolve(result, article=attrs.evolve(result.article, replied_to=None))
    return result


def run_parallel(pipeline: Pipeline, records: Iterable[Article | FailedRecord | str], *, n_process: int,
                 rendering: str | None, batch_size: int = 64,
                 start_method: str | None = None) -> Iterator[Any]:
    """Process ``records`` in ``n_process`` workers; one result per record, in input order.

    With ``rendering`` the results are :class:`~persianews.batch.RecordOutput`
    (compact), else Documents and FailedRecords holding the caller's own articles.
    """
    from persianews.pipeline import registered_factories

    spec = WorkerSpec(pipeline.names, pipeline.options, pipeline.max_record_chars,
                      registered_factories(pipeline.names), rendering)
    context = multiprocessing.get_context(start_method or default_start_method())
    with context.Pool(n_process, initializer=_start_worker, initargs=(spec,)) as pool:
        pending: deque[tuple[list[Any], Any]] = deque()
        for batch in _batches(records, batch_size):
            items = [_article_or_failure(item) for item in batch]
            sent = [item for item in items if isinstance(item, Article)]
            pending.append((items, pool.apply_async(_run_batch, (pack(sent),)) if sent else None))
            if len(pending) >= BATCHES_PER_WORKER * n_process:
                yield from _merge(pipeline, *pending.popleft(), rendering)
        while pending:
            yield from _merge(pipeline, *pending.popleft(), rendering)


def _article_or_failure(item: Article | FailedRecord | str) -> Article | FailedRecord:
    """Items are checked in the parent, as ``nlp()`` would check them: a bad one is its error record."""
    from persianews.pipeline import as_article

    if isinstance(item, FailedRecord):
        return item
    try:
        return as_article(item)
    except Exception as error:  # noqa: BLE001 - a bad item is that item's error record
        return FailedRecord(Provenance(), error)


def _merge(pipeline: Pipeline, items: list[Article | FailedRecord], async_result: Any,
           rendering: str | None) -> Iterator[Any]:
    results = iter(async_result.get() if async_result is not None else ())
    for item in items:
        if isinstance(item, FailedRecord):
            yield render(pipeline, item, rendering) if rendering is not None else item
            continue
        result = next(results)
        if rendering is None and isinstance(result, Document):
            result = attrs.evolve(result, article=item)
        yield result


def _batches(records: Iterable[Any], batch_size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    chars = 0
    for record in records:
        batch.append(record)
        chars += len(record.text) if isinstance(record, Article) else len(record) if isinstance(record, str) else 0
        if len(batch) >= batch_size or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
