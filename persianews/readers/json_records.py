"""Records of JSON Lines or of JSON documents (objects, arrays, several in a row), with their positions.

Both layouts are read line by line from a binary stream (LF, CRLF or a lone
CR end a line), each line decoded on its own (UTF-8, else Windows-1256 when
it reads as Persian), so memory stays bounded by the longest record and time
is linear in the input:

- JSON Lines (:func:`iter_json_lines`): every non-blank line is one record;
- JSON documents (:func:`iter_json_document`): every top-level value is one
  record, except that a top-level array holds records (its items); so
  ``[...][...]`` gives the items of both arrays and anything after a value is
  more records or an error record, never dropped. How bad items are cut out
  is said in :mod:`persianews.readers.json_split`.

:func:`json_layout` tells the two apart from the first lines. Every parsed
value is checked by :func:`clean_value`: nesting is limited, unpaired
surrogates (``"\\ud800"`` escapes, which cannot be written as UTF-8) become
U+FFFD, and NaN/Infinity (not JSON, but accepted by Python) become null,
each change noted on the record.
"""

from __future__ import annotations

import codecs
import json
from typing import Any, Iterable, Iterator

import attrs
import regex

from persianews.errors import ReaderError
from persianews.readers.decoding import decode_line
from persianews.readers.json_split import MAX_DEPTH, Cut, DecodedLine, ValueSplitter
from persianews.readers.plain_text import LONE_SURROGATE, LONE_SURROGATE_NOTE
from persianews.readers.streams import RawLine

NONFINITE_NUMBER = "nonfinite-number"
"""Diagnostic code: NaN or Infinity in the input became null."""
NOTES = {NONFINITE_NUMBER: "NaN or Infinity in the input (not JSON) became null",
         LONE_SURROGATE: LONE_SURROGATE_NOTE}
"""The message of each diagnostic code a JSON record can get."""
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_SURROGATE_IN_TEXT = regex.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")


@attrs.frozen
class RawRecord:
    """One record's parsed value, or the error that prevented parsing it."""

    value: Any
    line: int
    byte: int | None
    error: ReaderError | None = None
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()
    """Diagnostic codes of what was repaired (:data:`NONFINITE_NUMBER`, :data:`LONE_SURROGATE`)."""


class NestingError(ValueError):
    """A value nested deeper than :data:`MAX_DEPTH`."""


class _Parser:
    """Parses one record's text, noting NaN/Infinity (made null) and lone surrogates (made U+FFFD)."""

    def __init__(self) -> None:
        self.notes: set[str] = set()
        self._decoder = json.JSONDecoder(parse_constant=self._constant)

    def _constant(self, name: str) -> None:
        self.notes.add(NONFINITE_NUMBER)

    def parse(self, text: str) -> tuple[Any, tuple[str, ...]]:
        """The cleaned value of ``text`` and the notes; ValueError/RecursionError when it is not JSON."""
        self.notes = set()
        value, end = self._decoder.raw_decode(text, _skip(text, 0))
        if _skip(text, end) < len(text):
            raise ValueError(f"unexpected data after the JSON value at column {end + 1}")
        if _may_need_cleaning(text):
            value = clean_value(value, notes=self.notes)
        return value, tuple(sorted(self.notes))


def _may_need_cleaning(text: str) -> bool:
    """Whether the value parsed from ``text`` could hold a lone surrogate or nest deeper than :data:`MAX_DEPTH`.

    Only a surrogate (or a ``\\ud800``-``\\udfff`` escape) in the text gives
    the one, only more than MAX_DEPTH opening brackets the other: a
    conservative test at C speed (a few scans of the text), about four times
    cheaper than the walk of :func:`clean_value` it spares.
    """
    return text.count("{") + text.count("[") > MAX_DEPTH or _SURROGATE_IN_TEXT.search(text) is not None


def clean_value(value: Any, depth: int = 0, notes: set[str] | None = None) -> Any:
    """``value`` with unpaired surrogates replaced; :class:`NestingError` beyond :data:`MAX_DEPTH`.

    Codes of the changes made are added to ``notes`` when given.
    """
    if isinstance(value, str):
        if not _LONE_SURROGATE.search(value):
            return value
        if notes is not None:
            notes.add(LONE_SURROGATE)
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, (dict, list)) and depth >= MAX_DEPTH:
        raise NestingError(f"JSON nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        return {clean_value(key, depth, notes): clean_value(item, depth + 1, notes) for key, item in value.items()}
    if isinstance(value, list):
        return [clean_value(item, depth + 1, notes) for item in value]
    return value


def json_type(value: Any) -> str:
    """How a parsed JSON value is named in messages: "an object", "an array", "a string"…"""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def json_layout(first: str, second: str | None) -> str:
    """``"jsonl"`` or ``"news-json"`` (a JSON document) from the first two non-blank lines.

    JSON Lines when the first line is a complete value on its own, or when
    it opens an object with content and the next line opens another (a
    broken first record); a document otherwise: an array, or a value written
    over several lines.
    """
    first = first.strip().lstrip("\ufeff").strip()
    if first.startswith("["):
        return "news-json"
    try:
        _Parser().parse(first)
        return "jsonl"
    except (ValueError, RecursionError):
        pass
    if first.startswith("{") and len(first) > 1 and second is not None and second.lstrip().startswith("{"):
        return "jsonl"
    return "news-json"


def is_json_object(line: str) -> bool:
    """True when ``line`` is one JSON object and nothing else."""
    try:
        return isinstance(_Parser().parse(line)[0], dict)
    except (ValueError, RecursionError):
        return False


def iter_json_lines(lines: Iterable[RawLine], path: str | None) -> Iterator[RawRecord]:
    """Every non-blank line of JSON Lines as one record, in order; holds no line while a record is out."""
    parser = _Parser()
    for line in lines:
        if not line.data.strip():
            continue
        record = _line_record(line, parser, path)
        del line  # the line's bytes are not kept while the record is processed downstream
        yield record


def _line_record(line: RawLine, parser: _Parser, path: str | None) -> RawRecord:
    data, start = _without_bom(line)
    try:
        text, encoding = decode_line(data, path, start)
        value, notes = parser.parse(text)
        return RawRecord(value, line.number, start, encoding=encoding, notes=notes)
    except ReaderError as error:
        return RawRecord(None, line.number, start, _at(error, line.number, start))
    except (ValueError, RecursionError) as error:
        return RawRecord(None, line.number, start, ReaderError(f"invalid JSON: {_reason(error)}",
                                                               path=path, line=line.number, byte=start))


def iter_json_document(lines: Iterable[RawLine], path: str | None) -> Iterator[RawRecord]:
    """The records of one or more JSON values: top-level values, and the items of top-level arrays."""
    splitter = ValueSplitter()
    parser = _Parser()
    for line in lines:
        yield from (_record(cut, parser, path) for cut in splitter.feed(_decoded(line, path)))
    yield from (_record(cut, parser, path) for cut in splitter.close())


def _decoded(line: RawLine, path: str | None) -> DecodedLine:
    data, start = _without_bom(line)
    try:
        text, encoding = decode_line(data, path, start)
        return DecodedLine(text, line.number, start, encoding)
    except ReaderError as error:
        return DecodedLine(data.decode("utf-8", "replace"), line.number, start, "utf-8",
                           _at(error, line.number, start))


def _record(cut: Cut, parser: _Parser, path: str | None) -> RawRecord:
    encoding = "cp1256" if cut.legacy else "utf-8"
    if cut.error is not None:
        return RawRecord(None, cut.line, cut.byte, cut.error)
    if cut.problem is not None:
        error = ReaderError(f"invalid JSON: {cut.problem}", path=path, line=cut.line, byte=cut.byte)
        return RawRecord(None, cut.line, cut.byte, error)
    try:
        value, notes = parser.parse(cut.text)
    except (ValueError, RecursionError) as error:
        return RawRecord(None, cut.line, cut.byte, ReaderError(f"invalid JSON: {_reason(error)}",
                                                               path=path, line=cut.line, byte=cut.byte))
    return RawRecord(value, cut.line, cut.byte, encoding=encoding, notes=notes)


def _without_bom(line: RawLine) -> tuple[bytes, int]:
    if line.number == 1 and line.data.startswith(codecs.BOM_UTF8):
        return line.data[3:], line.byte + 3
    return line.data, line.byte


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def _at(error: ReaderError, line: int, byte: int) -> ReaderError:
    return type(error)(error.reason, path=error.path, line=line, byte=error.byte if error.byte is not None else byte)
