"""The per-record unit of every batch run: one record in, one compact output out, never an exception.

``nlp.pipe()``, the command line, local worker processes and Dask partitions
all go through :func:`process` and :func:`render`, so the guarantee "every
input record gives exactly one output" is written once, here.

An output is the document's ``to_dict()`` or, for a record that could not be
read or processed, an error record ``{"source": {...}, "error": {"type",
"message"}}``. Its JSON line is strict: ``NaN``/``Infinity`` become ``null``
and lone surrogates become U+FFFD (same length, so offsets stay valid), each
with a diagnostic in the output. Cost: linear in the size of the output.
"""

from __future__ import annotations

import gc
import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import regex

from persianews.document import Document
from persianews.readers.json_records import NONFINITE_NUMBER
from persianews.readers.plain_text import LONE_SURROGATE
from persianews.records import Article, FailedRecord, Provenance

if TYPE_CHECKING:
    from persianews.pipeline import Pipeline

Record = Article | FailedRecord
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@attrs.frozen
class RecordOutput:
    """What one record gives a writer: its rendered text and, if it failed, a short error."""

    text: str
    """The rendering for the output format, final newline included ("" when it writes nothing)."""
    error: str | None = None
    """``"Type: message (path#record)"`` when the record failed, for the summary and stderr."""

    @property
    def failed(self) -> bool:
        """Whether the record gave an error record instead of a document."""
        return self.error is not None

    def to_dict(self) -> dict[str, Any]:
        """The output dict of a ``jsonl`` rendering (decoded from its line)."""
        return json.loads(self.text)


COLLECTION_THRESHOLD = 10_000
"""Allocations between young-generation garbage collections in a batch process (Python's default: 700)."""


def collect_less_often() -> None:
    """Let the cyclic garbage collector run less often in a process persianews runs itself (the CLI, a worker).

    The stages make many short-lived objects but few reference cycles (about
    five per news item), so at Python's default the collector keeps walking
    the live lexicons and caches: on news-dev it took 0.65 of 13.8 CPU s, and
    0.16 s at :data:`COLLECTION_THRESHOLD`, with the same peak RSS. Never
    called by library functions: they leave their caller's collector alone.
    """
    gc.set_threshold(COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


def process(pipeline: Pipeline, record: Record | str) -> Document | FailedRecord:
    """The Document of one record, or a FailedRecord naming what went wrong; never raises."""
    if isinstance(record, FailedRecord):
        return record
    try:
        return pipeline(record)
    except Exception as error:  # noqa: BLE001 - every record must give one output
        provenance = record.provenance if isinstance(record, Article) else Provenance()
        return FailedRecord(provenance, error)


def output_dict(result: Document | FailedRecord) -> dict[str, Any]:
    """The output of a processed record as a strictly JSON-encodable dict (see :func:`encode_line`)."""
    return json.loads(encode_line(result.to_dict()))


def encode_line(output: dict[str, Any]) -> str:
    """The output as one line of strict JSON (no final newline), valid UTF-8.

    NaN and infinities become ``null`` and lone surrogates U+FFFD; either
    repair adds a diagnostic to the output's ``diagnostics``.
    """
    try:
        line = _dumps(output)
    except ValueError:
        repair = _Repair(lambda value: (None, 1) if isinstance(value, float) and not math.isfinite(value)
                         else (value, 0))
        output = repair(output)
        _add_diagnostic(output, NONFINITE_NUMBER, f"{repair.changes} NaN or infinite number(s) written as null")
        line = _dumps(output)
    if _LONE_SURROGATE.search(line) is None:
        return line
    repair = _Repair(lambda value: _LONE_SURROGATE.subn("\ufffd", value) if isinstance(value, str) else (value, 0))
    output = repair(output)
    _add_diagnostic(output, LONE_SURROGATE, f"{repair.changes} lone surrogate code point(s) replaced by U+FFFD")
    return _LONE_SURROGATE.sub("\ufffd", _dumps(output))


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=str, check_circular=False)
"""The output's encoder, made once. Without the circular-reference check (about a tenth of the encoding
time): an output that contains itself (only a stage's ``user_data`` could) still fails, by RecursionError,
as the repair of a ValueError would."""


def _dumps(output: dict[str, Any]) -> str:
    return _ENCODER.encode(output)


class _Repair:
    """A copy of a JSON-like value with ``fix`` applied to every leaf and key; ``fix`` returns (value, changes)."""

    def __init__(self, fix: Callable[[Any], tuple[Any, int]]) -> None:
        self.fix = fix
        self.changes = 0

    def __call__(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {self(key): self(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [self(item) for item in value]
        fixed, changes = self.fix(value)
        self.changes += changes
        return fixed


def _add_diagnostic(output: dict[str, Any], code: str, message: str) -> None:
    output.setdefault("diagnostics", []).append({"code": code, "message": message, "stage": "output"})


def _error_summary(failed: FailedRecord) -> str:
    where = f"{failed.provenance.path or '<text>'}#{failed.provenance.record}"
    message = getattr(failed.error, "reason", None) or str(failed.error)
    return _LONE_SURROGATE.sub("\ufffd", f"{type(failed.error).__name__}: {message} ({where})")


Renderer = Callable[[Document | FailedRecord], RecordOutput]


def render_jsonl(result: Document | FailedRecord) -> RecordOutput:
    """The record's strict JSON line."""
    error = _error_summary(result) if isinstance(result, FailedRecord) else None
    return RecordOutput(encode_line(result.to_dict()) + "\n", error)


def render_conllu(result: Document | FailedRecord) -> RecordOutput:
    """The document as CoNLL-U; a failed record writes nothing and is reported by its error."""
    if isinstance(result, FailedRecord):
        return RecordOutput("", _error_summary(result))
    from persianews.export.conllu import document_to_conllu

    return RecordOutput(_LONE_SURROGATE.sub("\ufffd", document_to_conllu(result)))


RENDERERS: dict[str, Renderer] = {"jsonl": render_jsonl, "conllu": render_conllu}
"""How each output format renders one processed record; formats written from dicts use ``jsonl``."""


def render(pipeline: Pipeline, record: Record | str, rendering: str = "jsonl") -> RecordOutput:
    """Process one record and render it for the output format; never raises.

    A failure while rendering (an exporter bug, say) gives the record's error
    record instead, so the record still has its one output.
    """
    result = process(pipeline, record)
    try:
        return RENDERERS[rendering](result)
    except Exception as error:  # noqa: BLE001 - every record must give one output
        provenance = result.provenance if isinstance(result, FailedRecord) else result.article.provenance
        failed = FailedRecord(provenance, error)
        return render_jsonl(failed) if rendering == "jsonl" else RecordOutput("", _error_summary(failed))
