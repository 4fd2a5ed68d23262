"""Output writers for batch runs: ``open_writer(output_format, path)`` gives a :class:`Writer`.

Every writer takes output dicts (``write``) and is closed once. The text
writers (``jsonl``, ``conllu``) also take text already rendered by the
per-record unit (``write_rendered``), so that worker processes can send
compact lines and the parent writes them as they are. Each record is flushed
as soon as it is written: a killed run keeps every finished record.
Other formats plug in with :func:`register_writer`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any, Protocol, runtime_checkable

from persianews.batch import encode_line


class Writer(Protocol):
    """Where output dicts go, one per record, in order."""

    rendering: str
    """The renderer of :data:`persianews.batch.RENDERERS` whose outputs this writer takes."""

    def write(self, output: dict[str, Any]) -> None:
        """Write one record's output."""

    def close(self) -> None:
        """Finish the output (flush, write footers, close files)."""


@runtime_checkable
class RenderedWriter(Writer, Protocol):
    """A writer that also takes the per-record unit's rendered text as it is."""

    def write_rendered(self, text: str) -> None:
        """Write text rendered by :func:`persianews.batch.render`."""


class TextWriter:
    """UTF-8 text written record by record to a file or stdout (``-``), flushed after each record."""

    def __init__(self, path: str, rendering: str) -> None:
        self.rendering = rendering
        self.path = path
        # held open across write() calls until close(), so no context manager here
        self._stream: IO[bytes] = (open(sys.stdout.fileno(), "wb", closefd=False) if path == "-"  # noqa: SIM115
                                   else open(path, "wb"))  # noqa: SIM115

    def write(self, output: dict[str, Any]) -> None:
        """Write one output dict as a strict JSON line (the ``jsonl`` rendering)."""
        if self.rendering != "jsonl":
            raise ValueError(f"a {self.rendering} writer takes rendered text, not dicts")
        self.write_rendered(encode_line(output) + "\n")

    def write_rendered(self, text: str) -> None:
        """Write rendered text and flush it to the operating system."""
        if text:
            self._stream.write(text.encode("utf-8"))
            self._stream.flush()

    def close(self) -> None:
        """Close the file (stdout stays open)."""
        self._stream.close()


WriterFactory = Callable[[str], Writer]
_WRITERS: dict[str, WriterFactory] = {
    "jsonl": lambda path: TextWriter(path, "jsonl"),
    "conllu": lambda path: _conllu_writer(path),
    "parquet": lambda path: _table_writer("parquet", path),
    "csv": lambda path: _table_writer("csv", path),
}
def _table_writer(output_format: str, folder: str) -> Writer:
    """A folder of tables (:mod:`persianews.export.tables`): one file per table, from output dicts."""
    from persianews.export.tables import open_table_writer

    return open_table_writer(output_format, folder)


def _conllu_writer(path: str) -> Writer:
    """A CoNLL-U text writer; fails at once with MissingExtraError when stanza is not installed."""
    from persianews.optional import import_optional

    import_optional("stanza.models.common.doc", "stanza", "CoNLL-U output")
    return TextWriter(path, "conllu")


def register_writer(output_format: str, factory: WriterFactory) -> None:
    """Make ``output_format`` available to :func:`open_writer` (and the CLI's ``--output-format``)."""
    _WRITERS[output_format] = factory


def output_formats() -> list[str]:
    """The output formats :func:`open_writer` knows."""
    return list(_WRITERS)


def open_writer(output_format: str, path: str) -> Writer:
    """A writer of ``output_format`` to ``path`` (``-``: stdout); OSError when the path cannot be opened."""
    if output_format not in _WRITERS:
        raise ValueError(f"unknown output format {output_format!r}; known: {', '.join(_WRITERS)}")
    return _WRITERS[output_format](path)
