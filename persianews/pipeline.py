"""Stages composed into a pipeline: requirements checked up front, a registry of named stages."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
    overload,
)

import attrs

from persianews.document import Document
from persianews.errors import InputTypeError, PipelineError, RecordTooLarge
from persianews.records import Article, FailedRecord

if TYPE_CHECKING:
    from persianews.batch import RecordOutput

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
_REGISTRY: dict[str, StageFactory | str] = {
    "normalize": "persianews.stages.normalize:NormalizeStage",
    "segment": "persianews.stages.segment:SegmentStage",
    "entities": "persianews.stages.entities:EntitiesStage",
    "officials": "persianews.stages.officials:OfficialsStage",
    "quotes": "persianews.stages.quotes:QuotesStage",
}


def register_stage(name: str, factory: StageFactory | str) -> None:
    """Register a stage factory (or a ``"module:attribute"`` path loaded on first use)."""
    _REGISTRY[name] = factory


def registered_stages() -> list[str]:
    """The names of every registered stage, sorted."""
    return sorted(_REGISTRY)


def registered_factories(names: Sequence[str]) -> dict[str, StageFactory | str]:
    """The registry entries of ``names``, for rebuilding the same stages in another process."""
    return {name: _REGISTRY[name] for name in names if name in _REGISTRY}


def create_stage(name: str, **options: Any) -> Stage:
    """Build a registered stage by name; an unknown name lists the known ones."""
    if name not in _REGISTRY:
        raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(registered_stages())}")
    factory = _REGISTRY[name]
    if isinstance(factory, str):
        import importlib

        module, _, attribute = factory.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
    _check_options(name, factory, options)
    return factory(**options)


def _check_options(name: str, factory: StageFactory, options: dict[str, Any]) -> None:
    """Raise PipelineError naming the stage and the option when ``factory`` does not take ``options``."""
    import inspect

    try:
        parameters = inspect.signature(factory).parameters
    except (TypeError, ValueError):  # a callable without a signature: let the call decide
        return
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return
    accepted = [p.name for p in parameters.values()
                if p.kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)]
    unknown = [option for option in options if option not in accepted]
    if unknown:
        shown = [option for option in accepted if option not in _STAGE_ATTRIBUTES]
        raise PipelineError(f"stage {name!r} has no option {', '.join(map(repr, unknown))}; "
                            f"its options: {', '.join(shown) or 'none'}")


_STAGE_ATTRIBUTES = frozenset({"name", "requires", "provides"})
"""Attributes every stage has (the Stage protocol), not options worth listing."""


def as_article(item: str | Article) -> Article:
    """An Article as given, or one made from a text; anything else is an :class:`InputTypeError`."""
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
        """A pipeline of registered stages, each built with its ``options``; checked before it is returned."""
        options = options or {}
        stray = [stage for stage in options if stage not in names]
        if stray:
            raise PipelineError(f"options for {', '.join(map(repr, stray))}, which is not a stage of this pipeline "
                                f"(stages: {', '.join(names)})")
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
        article = as_article(item)
        if len(article.text) > self.max_record_chars:
            raise RecordTooLarge(len(article.text), self.max_record_chars)
        doc = Document.from_article(article)
        for stage in self.stages:
            doc = stage(doc)
            doc = attrs.evolve(doc, layers=doc.layers | set(stage.provides))
        return doc

    @overload
    def pipe(self, items: Iterable[str | Article | FailedRecord], *, n_process: int = ..., batch_size: int = ...,
             on_error: Literal["raise", "skip"] = ..., start_method: str | None = ...) -> Iterator[Document]: ...

    @overload
    def pipe(self, items: Iterable[str | Article | FailedRecord], *, n_process: int = ..., batch_size: int = ...,
             on_error: Literal["record"], start_method: str | None = ...) -> Iterator[Document | FailedRecord]: ...

    def pipe(self, items: Iterable[str | Article | FailedRecord], *, n_process: int = 1, batch_size: int = 64,
             on_error: Literal["raise", "skip", "record"] = "raise",
             start_method: str | None = None) -> Iterator[Document] | Iterator[Document | FailedRecord]:
        """Process many items in input order.

        ``on_error``: ``"raise"`` stops at the first failure; ``"skip"`` logs and
        drops failed items; ``"record"`` yields a :class:`FailedRecord` in their
        place, so that every input gives exactly one output. ``n_process``
        worker processes (``-1``: one per CPU) each build the pipeline once;
        ``start_method`` is ``"fork"`` (default on Linux) or ``"spawn"``.
        Workers send Documents back; :meth:`pipe_outputs` is the faster way
        when encoded output lines are what you need.
        """
        from persianews.batch import process
        from persianews.parallel import resolve_n_process, run_parallel
        from persianews.readers import records_of

        if on_error not in ("raise", "skip", "record"):
            raise ValueError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
        items = records_of(items)
        n_process = resolve_n_process(n_process)
        if n_process > 1:
            results: Iterable[Document | FailedRecord] = run_parallel(
                self, items, n_process=n_process, rendering=None, batch_size=batch_size, start_method=start_method)
        else:
            results = (process(self, item) for item in items)
        return self._handle_errors(results, on_error)

    @staticmethod
    def _handle_errors(results: Iterable[Document | FailedRecord],
                       on_error: str) -> Iterator[Document | FailedRecord]:
        for result in results:
            if isinstance(result, FailedRecord):
                if on_error == "raise":
                    raise result.error
                if on_error == "skip":
                    logger.warning("skipped %s: %s", result.provenance.path, result.error)
                    continue
            yield result

    def pipe_outputs(self, items: Iterable[str | Article | FailedRecord], *, output_format: str = "jsonl",
                     n_process: int = 1, batch_size: int = 64,
                     start_method: str | None = None) -> Iterator[RecordOutput]:
        """One rendered output per item, in order, never an exception: what the CLI writes.

        ``output_format`` names a renderer of :data:`persianews.batch.RENDERERS`
        (``"jsonl"``: the strict JSON line of the document or its error record).
        Workers send these compact outputs back, not Documents.
        """
        from persianews.batch import render
        from persianews.parallel import resolve_n_process, run_parallel
        from persianews.readers import records_of

        items = records_of(items)
        n_process = resolve_n_process(n_process)
        if n_process > 1:
            return run_parallel(self, items, n_process=n_process, rendering=output_format,
                                batch_size=batch_size, start_method=start_method)
        return (render(self, item, output_format) for item in items)


def load(stages: Sequence[str] = DEFAULT_STAGES, *, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
         **options: dict[str, Any]) -> Pipeline:
    """The default pipeline (embedded resources only, nothing downloaded).

    ``options`` maps a stage name to keyword arguments for its factory, e.g.
    ``load(normalize={"config": NormalizationConfig(digits="fa")})``.
    ``max_record_chars`` refuses longer records with :class:`RecordTooLarge`.
    """
    return Pipeline.from_names(tuple(stages), options, max_record_chars=max_record_chars)
