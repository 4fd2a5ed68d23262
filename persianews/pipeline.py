"""Stages composed into a pipeline: requirements checked up front, a registry of named stages."""

from __future__ import annotations

import logging
import multiprocessing
from typing import Any, Callable, Iterable, Iterator, Literal, Protocol, Sequence

import attrs

from persianews.document import Document
from persianews.errors import InputTypeError, PipelineError, RecordTooLarge
from persianews.records import Article, FailedRecord, Provenance

logger = logging.getLogger("persianews")

DEFAULT_STAGES = ("normalize", "segment", "entities", "officials", "quotes")
DEFAULT_MAX_RECORD_CHARS = 1_000_000
"""Records longer than this many characters are refused with :class:`RecordTooLarge`."""


class Stage(Protocol):
    """A pipeline step: takes a Document, returns an evolved one."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[..., Stage]
_REGISTRY: dict[str, str] = {
    "normalize": "persianews.stages.normalize:NormalizeStage",
    "segment": "persianews.stages.segment:SegmentStage",
    "entities": "persianews.stages.entities:EntitiesStage",
    "officials": "persianews.stages.officials:OfficialsStage",
    "quotes": "persianews.stages.quotes:QuotesStage",
}


def register_stage(name: str, factory: StageFactory | str) -> None:
    """Register a stage factory (or a ``"module:attribute"`` path loaded on first use)."""
    _REGISTRY[name] = factory  # type: ignore[assignment]


def registered_stages() -> list[str]:
    return sorted(_REGISTRY)


def create_stage(name: str, **options: Any) -> Stage:
    """Build a registered stage by name; an unknown name lists the known ones."""
    if name not in _REGISTRY:
        raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(registered_stages())}")
    factory = _REGISTRY[name]
    if isinstance(factory, str):
        import importlib

        module, _, attribute = factory.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
    return factory(**options)


def _as_article(item: str | Article) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, (bytes, bytearray)):
        raise InputTypeError("persianews takes text (str), not bytes: decode first, "
                             "e.g. data.decode('utf-8'), or read files with persianews.read(path)")
    if isinstance(item, str):
        from persianews.readers.plain_text import article_from_text

        return article_from_text(item)
    raise InputTypeError(f"expected str or Article, got {type(item).__name__}")


@attrs.frozen
class Pipeline:
    """An ordered list of stages; the order is the one given, never registration order."""

    stages: tuple[Stage, ...]
    names: tuple[str, ...] = ()
    options: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    max_record_chars: int = DEFAULT_MAX_RECORD_CHARS

    @classmethod
    def from_names(cls, names: Sequence[str] = DEFAULT_STAGES,
                   options: dict[str, dict[str, Any]] | None = None, *,
                   max_record_chars: int = DEFAULT_MAX_RECORD_CHARS) -> Pipeline:
        options = options or {}
        stages = tuple(create_stage(name, **options.get(name, {})) for name in names)
        pipeline = cls(stages, tuple(names), options, max_record_chars)
        pipeline.check()
        return pipeline

    def check(self) -> None:
        """Report every unmet requirement of the chain at once."""
        available: set[str] = set()
        missing = []
        for stage in self.stages:
            lacking = [need for need in stage.requires if need not in available]
            if lacking:
                missing.append(f"stage {stage.name!r} requires {', '.join(lacking)}")
            available.update(stage.provides)
        if missing:
            raise PipelineError("pipeline cannot run: " + "; ".join(missing)
                                + f" (stages in order: {', '.join(s.name for s in self.stages)})")

    def __call__(self, item: str | Article) -> Document:
        """Run every stage on a text or an Article; a record over ``max_record_chars`` raises RecordTooLarge."""
        article = _as_article(item)
        if len(article.text) > self.max_record_chars:
            raise RecordTooLarge(len(article.text), self.max_record_chars)
        doc = Document.from_article(article)
        for stage in self.stages:
            doc = stage(doc)
            doc = attrs.evolve(doc, layers=doc.layers | set(stage.provides))
        return doc

    def pipe(self, items: Iterable[str | Article | FailedRecord], *, n_process: int = 1,
             batch_size: int = 16,
             on_error: Literal["raise", "skip", "record"] = "raise") -> Iterator[Document | FailedRecord]:
        """Process many items in input order.

        ``on_error``: ``"raise"`` stops at the first failure; ``"skip"`` logs and
        drops failed items; ``"record"`` yields a :class:`FailedRecord` in their
        place, so that every input gives exactly one output.
        """
        if on_error not in ("raise", "skip", "record"):
            raise ValueError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
        if n_process > 1:
            results: Iterable[Document | FailedRecord] = self._pipe_parallel(items, n_process, batch_size)
        else:
            results = (self._safe_call(item) for item in items)
        for result in results:
            if isinstance(result, FailedRecord):
                if on_error == "raise":
                    raise result.error
                if on_error == "skip":
                    logger.warning("skipped %s: %s", result.provenance.path, result.error)
                    continue
            yield result

    def _safe_call(self, item: str | Article | FailedRecord) -> Document | FailedRecord:
        if isinstance(item, FailedRecord):
            return item
        try:
            return self(item)
        except Exception as error:  # noqa: BLE001 - every record must give one output
            provenance = item.provenance if isinstance(item, Article) else Provenance()
            return FailedRecord(provenance, error)

    def _pipe_parallel(self, items, n_process: int, batch_size: int):
        context = multiprocessing.get_context("fork")
        with context.Pool(n_process, initializer=_init_worker,
                          initargs=(self.names, self.options, self.max_record_chars)) as pool:
            yield from pool.imap(_worker_call, items, chunksize=batch_size)


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(names: tuple[str, ...], options: dict[str, dict[str, Any]], max_record_chars: int) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline.from_names(names, options, max_record_chars=max_record_chars)


def _worker_call(item: str | Article | FailedRecord) -> Document | FailedRecord:
    if _WORKER_PIPELINE is None:
        raise RuntimeError("worker process used before _init_worker")
    return _WORKER_PIPELINE._safe_call(item)



def load(stages: Sequence[str] = DEFAULT_STAGES, *, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
         **options: dict[str, Any]) -> Pipeline:
    """The default pipeline (embedded resources only, nothing downloaded).

    ``options`` maps a stage name to keyword arguments for its factory, e.g.
    ``load(normalize={"config": NormalizationConfig(digits="fa")})``.
    ``max_record_chars`` refuses longer records with :class:`RecordTooLarge`.
    """
    return Pipeline.from_names(tuple(stages), options, max_record_chars=max_record_chars)
