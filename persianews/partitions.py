"""Partitions of a batch run for cluster engines (Dask, Spark): what each one reads and how it is processed.

A JSON Lines file larger than ``blocksize`` is split into byte blocks that
start at line starts (found by reading a little at each cut), so that no
worker reads a whole large file; every other file (JSON documents, Telegram
exports, text) is one partition, and an input that cannot be read is a
partition holding its error record. A record's index is its place in the
whole file: :func:`count_records` (the reader alone, no pipeline) counts
each block's records, and a block starts from the sum of the counts before
it. Each worker process builds the pipeline once (:func:`worker_pipeline`).
Processing a partition is pure, so an engine may run it again after a
worker died: :func:`write_partition` replaces its part whole.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from persianews.batch import render
from persianews.errors import ReaderError
from persianews.pipeline import DEFAULT_MAX_RECORD_CHARS, Pipeline
from persianews.records import Article, FailedRecord, Provenance

DEFAULT_BLOCKSIZE = 8 * 2**20
"""Bytes of JSON Lines per partition (about 2,000 news records, a few minutes of one worker)."""
_CUT_SEARCH = 2**16


@attrs.frozen
class Block:
    """One partition's input: a whole file (``end`` None) or the JSON Lines bytes ``[start, end)`` of one."""

    path: str
    start: int = 0
    end: int | None = None
    lines_before: int = 0
    """Line ends before ``start``, so that line numbers stay those of the whole file."""
    failure: ReaderError | None = None
    """An input that cannot be read (a folder loop, an unreadable folder): its one error record."""


@attrs.frozen
class Settings:
    """What every partition needs to read and process its records."""

    format: str = "auto"
    chat: tuple[str, ...] | None = None
    max_record_chars: int = DEFAULT_MAX_RECORD_CHARS
    tagger: bool = True
    """Merge the shipped CRF tagger's entities in (the default; False: ``load(entities={"tagger": False})``)."""
    ner_model: str | None = None
    """A tagger model trained by ``persianews train-ner`` (implies ``tagger``)."""

    def pipeline_options(self) -> dict[str, Any]:
        """The keyword arguments of :func:`persianews.load` these settings ask for."""
        entities: dict[str, Any] = {}
        if not self.tagger:
            entities["tagger"] = False
        if self.ner_model is not None:
            entities["model"] = self.ner_model
        return {"max_record_chars": self.max_record_chars, **({"entities": entities} if entities else {})}


def blocks(paths: Sequence[str | os.PathLike[str]], format: str = "auto",
           blocksize: int = DEFAULT_BLOCKSIZE) -> list[Block]:
    """The partitions of the inputs (files, folders, globs), in output order."""
    from persianews.readers.inputs import input_paths

    found: list[Block] = []
    for path in input_paths([os.fspath(item) for item in paths]):
        if isinstance(path, ReaderError):
            found.append(Block(path.path or "", failure=path))
            continue
        if path == "-":
            raise ValueError("Dask partitions read files; stdin (-) cannot be split among workers")
        found.extend(_file_blocks(path, format, blocksize))
    return found


def _file_blocks(path: str, format: str, blocksize: int) -> list[Block]:
    try:
        size = os.path.getsize(path)
    except OSError:
        return [Block(path)]
    if size <= blocksize or not _is_json_lines(path, format):
        return [Block(path)]
    cuts = [0]
    with open(path, "rb") as stream:
        while cuts[-1] + blocksize < size:
            cut = _line_start_after(stream, cuts[-1] + blocksize)
            if cut >= size:
                break
            cuts.append(cut)
        found = []
        lines_before = 0
        for start, end in zip(cuts, [*cuts[1:], size]):
            found.append(Block(path, start, end, lines_before))
            lines_before += _count_newlines(stream, start, end)
    return found


def _is_json_lines(path: str, format: str) -> bool:
    """Whether the file reads as JSON Lines, decided by the readers' own detection on its head."""
    if format != "auto":
        return format == "jsonl"
    import codecs

    from persianews.readers import detect_format

    with open(path, "rb") as stream:
        head = stream.read(_CUT_SEARCH)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return detect_format(head.decode("utf-8-sig", errors="ignore")) == "jsonl"


def _line_start_after(stream: io.BufferedReader | Any, position: int) -> int:
    """The first line start at or after ``position`` (reading until a line end is found)."""
    stream.seek(position - 1)
    offset = position - 1
    while True:
        chunk = stream.read(_CUT_SEARCH)
        if not chunk:
            return offset
        found = chunk.find(b"\n")
        if found >= 0:
            return offset + found + 1
        offset += len(chunk)


def _count_newlines(stream: Any, start: int, end: int) -> int:
    stream.seek(start)
    count = 0
    while start < end:
        chunk = stream.read(min(_CUT_SEARCH * 16, end - start))
        if not chunk:
            break
        count += chunk.count(b"\n")
        start += len(chunk)
    return count


def block_records(block: Block, settings: Settings, first_record: int = 0) -> Iterator[Article | FailedRecord]:
    """The records of one partition, with their places (record, line, byte) in the whole file."""
    from persianews.readers import iter_records, read_records

    if block.failure is not None:
        yield FailedRecord(Provenance(block.failure.path, 0, settings.format), block.failure)
        return
    if block.end is None:
        yield from read_records([block.path], settings.format, chat=settings.chat)
        return
    with open(block.path, "rb") as stream:
        stream.seek(block.start)
        data = _NamedBytes(stream.read(block.end - block.start), block.path)
    if data.getvalue().isspace():
        return
    for record in iter_records(data, "jsonl"):
        provenance = record.provenance
        where = attrs.evolve(provenance, record=provenance.record + first_record,
                             line=None if provenance.line is None else provenance.line + block.lines_before,
                             byte=None if provenance.byte is None else provenance.byte + block.start)
        yield (attrs.evolve(record, provenance=where) if isinstance(record, Article)
               else FailedRecord(where, record.error))


class _NamedBytes(io.BytesIO):
    """A block's bytes, named after its file so that records name the file."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name = name


def count_records(block: Block, settings: Settings) -> int:
    """How many records a partition holds (reading only, no pipeline)."""
    return sum(1 for _ in block_records(block, settings))


_pipelines: dict[tuple[int, bool, str | None], Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline ``settings`` ask for, built once per worker process and kept."""
    key = (settings.max_record_chars, settings.tagger, settings.ner_model)
    if key not in _pipelines:
        from persianews.pipeline import load

        _pipelines[key] = load(**settings.pipeline_options())
    return _pipelines[key]


def partition_lines(block: Block, settings: Settings, first_record: int = 0) -> list[str]:
    """The strict JSON output lines (no newline) of one partition, by the per-record unit of every batch run."""
    nlp = worker_pipeline(settings)
    return [render(nlp, record).text[:-1] for record in block_records(block, settings, first_record)]


def write_partition(block: Block, settings: Settings, first_record: int, folder: str, name: str) -> dict[str, Any]:
    """Process one partition straight into ``folder/name`` and return its manifest entry.

    Memory stays that of one record: each output is written as it is made.
    The part appears whole or not at all (written beside, then renamed), so a
    rerun of the partition after its worker died replaces it, never adds to it.
    """
    nlp = worker_pipeline(settings)
    target = os.path.join(folder, name)
    temporary = f"{target}.{os.getpid()}.tmp"
    records, errors, first_error = 0, 0, None
    with open(temporary, "w", encoding="utf-8") as stream:
        for record in block_records(block, settings, first_record):
            output = render(nlp, record)
            stream.write(output.text)
            records += 1
            if output.error is not None:
                errors += 1
                first_error = first_error or output.error
    os.replace(temporary, target)
    return {"part": name, "records": records, "errors": errors, "first_error": first_error}


def remove_unfinished_parts(folder: str) -> None:
    """Delete the half-written parts of workers that died (their partitions were run again)."""
    remove_parts(folder, (".tmp",))


def remove_parts(folder: str, endings: tuple[str, ...]) -> None:
    """Delete the ``part-*`` files of ``folder`` that end in one of ``endings``."""
    for name in os.listdir(folder):
        if name.startswith("part-") and name.endswith(endings):
            os.remove(os.path.join(folder, name))
