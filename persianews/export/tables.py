"""Tables of output lines: documents, entities, officials and quotes, one row per item.

Rows are built from output lines (Documents or their dicts) with plain Python;
pandas (``to_dataframe``, extra ``pandas``) and pyarrow (Parquet, extra
``parquet``) are imported only where used. Every table starts with the same
join columns (``doc_id``, ``source_path``, ``source_record``, ``date``) and
keeps offsets into both the normalized text (``start``/``end``) and the
source text (``source_start``/``source_end``). Column names and types are
fixed by :data:`TABLES`, so that an empty table has the same columns and
dtypes as a full one. Building rows is linear in the size of the lines; the
writers stream, holding at most one row group per table in memory.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from persianews.document import Document
from persianews.export.outputs import (
    OutputLine,
    SpeakerIndex,
    is_error,
    output_line,
    output_lines,
)
from persianews.optional import import_optional

if TYPE_CHECKING:
    from persianews.export.writers import Writer

Row = dict[str, Any]

_JOIN = (("doc_id", "str"), ("source_path", "str"), ("source_record", "int"), ("date", "str"))


def _offsets(prefix: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{prefix}{name}", "int") for name in ("start", "end", "source_start", "source_end"))


TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": _JOIN + (
        ("source_format", "str"), ("headline", "str"), ("agency", "str"), ("channel", "str"),
        ("text_chars", "int"), ("entities", "int"), ("officials", "int"), ("quotes", "int"), ("diagnostics", "int"),
        ("error_type", "str"), ("error_message", "str"),
    ),
    "entities": _JOIN + (
        ("index", "int"), ("text", "str"), ("label", "str"), *_offsets(""), ("canonical", "str"),
        ("place_id", "str"), ("place_kind", "str"), ("province", "str"), ("role", "str"), ("portfolio", "str"),
        ("organization", "str"), ("place", "str"), ("cluster", "int"), ("rule", "str"),
    ),
    "officials": _JOIN + (
        ("index", "int"), ("person", "str"), ("title", "str"), *_offsets("person_"), *_offsets("title_"),
        ("cluster", "int"), ("rule", "str"),
    ),
    "quotes": _JOIN + (
        ("index", "int"), ("speaker", "str"), ("speaker_mention", "str"), ("speaker_title", "str"),
        ("speaker_organization", "str"), ("speaker_place", "str"), ("cue", "str"), ("kind", "str"),
        ("content", "str"), *_offsets(""), *_offsets("content_"), *_offsets("cue_"), *_offsets("speaker_mention_"),
        ("speaker_cluster", "int"), ("confidence", "float"), ("evidence", "str"),
    ),
}
"""Each table's columns in order, with their type: ``str``, ``int`` or ``float`` (all nullable)."""

_PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64"}


def _join_values(line: OutputLine) -> Row:
    source = line.get("source") or {}
    return {"doc_id": line.get("id") or f"{source.get('path')}#{source.get('record')}",
            "source_path": source.get("path"), "source_record": source.get("record"),
            "date": (line.get("metadata") or {}).get("date")}


def _offset_values(prefix: str, part: Mapping[str, Any] | None) -> Row:
    part = part or {}
    return {f"{prefix}{name}": part.get(name) for name in ("start", "end", "source_start", "source_end")}


def _document_rows(line: OutputLine, join: Row) -> Iterator[Row]:
    metadata = line.get("metadata") or {}
    error = line.get("error") or {}
    yield {**join, "source_format": (line.get("source") or {}).get("format"), "headline": metadata.get("headline"),
           "agency": metadata.get("agency"), "channel": metadata.get("channel"),
           "text_chars": None if is_error(line) else len(line.get("text") or ""),
           **{name: None if is_error(line) else len(line.get(name, ()))
              for name in ("entities", "officials", "quotes", "diagnostics")},
           "error_type": error.get("type"), "error_message": error.get("message")}


def _entity_rows(line: OutputLine, join: Row) -> Iterator[Row]:
    for index, entity in enumerate(line.get("entities", ())):
        yield {**join, "index": index, **{name: entity.get(name) for name in (
                   "text", "label", "start", "end", "source_start", "source_end", "canonical", "place_id",
                   "place_kind", "province", "cluster", "rule")},
               **{name: (entity.get(name) or {}).get("text") for name in ("role", "portfolio", "organization", "place")}}


def _official_rows(line: OutputLine, join: Row) -> Iterator[Row]:
    for index, official in enumerate(line.get("officials", ())):
        yield {**join, "index": index, "person": official["person"], "title": official["title"],
               **_offset_values("person_", official.get("person_mention")),
               **_offset_values("title_", official.get("title_mention")),
               "cluster": official.get("cluster"), "rule": official.get("rule")}


def _quote_rows(line: OutputLine, join: Row) -> Iterator[Row]:
    quotes = line.get("quotes", ())
    speakers = SpeakerIndex(line) if quotes else None
    for index, quote in enumerate(quotes):
        details = speakers.details(quote) if speakers else None
        parts = quote.get("parts") or {}
        yield {**join, "index": index, "speaker": quote.get("speaker"), "speaker_mention": quote.get("speaker_mention"),
               "speaker_title": details and details.title, "speaker_organization": details and details.organization,
               "speaker_place": details and details.place, "cue": quote.get("cue"), "kind": quote.get("kind"),
               "content": quote.get("content"), **_offset_values("", quote),
               **_offset_values("content_", parts.get("content")), **_offset_values("cue_", parts.get("cue")),
               **_offset_values("speaker_mention_", parts.get("speaker_mention")),
               "speaker_cluster": quote.get("speaker_cluster"), "confidence": quote.get("confidence"),
               "evidence": " ".join(quote.get("evidence", ()))}


_TEXT_COLUMNS = {table: tuple(name for name, kind in columns if kind == "str") for table, columns in TABLES.items()}
_ROW_BUILDERS = {"documents": _document_rows, "entities": _entity_rows, "officials": _official_rows,
                 "quotes": _quote_rows}


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; the tables are {', '.join(TABLES)}")


def table_rows(line: Document | OutputLine, table: str) -> Iterator[Row]:
    """The rows one document (or error record) gives ``table``; an error record gives a ``documents`` row only.

    An empty string is a missing value (``None``), as it will be in a CSV file.
    """
    _check_table(table)
    line = output_line(line)
    texts = _TEXT_COLUMNS[table]
    for row in _ROW_BUILDERS[table](line, _join_values(line)):
        for name in texts:
            if row[name] == "":
                row[name] = None
        yield row


def to_dataframe(docs: Document | OutputLine | Iterable[Document | OutputLine], table: str = "documents") -> Any:
    """A pandas DataFrame with one row per document, entity, official or quote (``table``).

    ``docs`` are Documents or output lines (dicts, e.g. read back from JSONL);
    the columns and their nullable dtypes are those of :data:`TABLES`. Needs
    the ``pandas`` extra.
    """
    _check_table(table)
    pd = import_optional("pandas", "pandas", "to_dataframe")
    columns = TABLES[table]
    rows = [row for line in output_lines(docs) for row in table_rows(line, table)]
    values = {name: [row[name] for row in rows] for name, _ in columns}
    return pd.DataFrame({name: pd.array(values[name], dtype=_PANDAS_DTYPES[kind]) for name, kind in columns})


class ParquetTables:
    """One Parquet file per table in ``folder``, written in row groups of ``row_group_size`` rows (the last
    may be shorter).

    Memory stays bounded by one row group per table whatever the input size.
    Needs the ``parquet`` extra.
    """

    rendering = "jsonl"
    """The writer takes output dicts (see :mod:`persianews.export.writers`)."""

    def __init__(self, folder: str | os.PathLike[str], row_group_size: int = 10_000) -> None:
        pa = import_optional("pyarrow", "parquet", "Parquet output")
        parquet = import_optional("pyarrow.parquet", "parquet", "Parquet output")
        os.makedirs(folder, exist_ok=True)
        self._pa = pa
        self._row_group_size = row_group_size
        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
        self._schemas = {table: pa.schema([(name, types[kind]) for name, kind in columns])
                         for table, columns in TABLES.items()}
        self._writers = {table: parquet.ParquetWriter(os.path.join(folder, f"{table}.parquet"), schema)
                         for table, schema in self._schemas.items()}
        self._buffers: dict[str, list[Row]] = {table: [] for table in TABLES}

    def write(self, line: OutputLine) -> None:
        """Add one output line's rows, flushing any table whose buffer is full."""
        for table, buffer in self._buffers.items():
            buffer.extend(table_rows(line, table))
            while len(buffer) >= self._row_group_size:
                self._flush(table, self._row_group_size)

    def _flush(self, table: str, rows: int | None = None) -> None:
        """Write the first ``rows`` buffered rows of ``table`` (all of them by default) as one row group."""
        buffer = self._buffers[table]
        group = buffer[:rows]
        if group:
            self._writers[table].write_table(self._pa.Table.from_pylist(group, schema=self._schemas[table]))
            del buffer[:len(group)]

    def close(self) -> None:
        """Write what is buffered and close every file (an empty table still gets its file and schema)."""
        for table, writer in self._writers.items():
            self._flush(table)
            writer.close()


class CsvTables:
    """One CSV file per table in ``folder``: UTF-8 with a BOM (so spreadsheets show Persian right),
    a header row, empty cells for missing values; rows are written as they come."""

    rendering = "jsonl"
    """The writer takes output dicts (see :mod:`persianews.export.writers`)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        os.makedirs(folder, exist_ok=True)
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for table, columns in TABLES.items():
            # held open across write() calls until close(), so no context manager here
            handle = open(os.path.join(folder, f"{table}.csv"), "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._files[table] = handle
            self._writers[table] = csv.DictWriter(handle, fieldnames=[name for name, _ in columns])
            self._writers[table].writeheader()

    def write(self, line: OutputLine) -> None:
        """Append one output line's rows to every table."""
        for table, writer in self._writers.items():
            writer.writerows(table_rows(line, table))

    def close(self) -> None:
        """Close every file."""
        for handle in self._files.values():
            handle.close()


TABLE_FORMATS = {"parquet": ParquetTables, "csv": CsvTables}
"""Output formats that write a folder of tables."""


def open_table_writer(output_format: str, folder: str | os.PathLike[str]) -> Writer:
    """A writer of the ``parquet`` or ``csv`` tables of output lines into ``folder`` (created if missing)."""
    if output_format not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {output_format!r}; the formats are {', '.join(TABLE_FORMATS)}")
    writer: Writer = TABLE_FORMATS[output_format](folder)
    return writer


def read_table(folder: str | os.PathLike[str], table: str, output_format: str = "parquet") -> Any:
    """A table written by :func:`open_table_writer`, read back as a DataFrame with the dtypes of :data:`TABLES`."""
    _check_table(table)
    pd = import_optional("pandas", "pandas", "read_table")
    columns = TABLES[table]
    path = os.path.join(folder, f"{table}.{output_format}")
    dtypes = {name: _PANDAS_DTYPES[kind] for name, kind in columns}
    if output_format == "parquet":
        import_optional("pyarrow", "parquet", "Parquet input")
        return pd.read_parquet(path).astype(dtypes)
    if output_format == "csv":
        return pd.read_csv(path, encoding="utf-8-sig", dtype=dtypes, keep_default_na=False,
                           na_values={name: [""] for name in dtypes})
    raise ValueError(f"unknown table format {output_format!r}; the formats are {', '.join(TABLE_FORMATS)}")
