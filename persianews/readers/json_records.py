"""Records of a JSON document (object or array) or of JSON Lines, with their positions.

JSON Lines are read line by line from a binary stream, so memory stays
bounded by the longest line; a JSON document is decoded whole and walked item
by item (the bound is the file size).
"""

from __future__ import annotations

import codecs
import json
from typing import IO, Any, Iterator

import attrs

from persianews.errors import ReaderError
from persianews.readers.decoding import decode

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


@attrs.frozen
class RawRecord:
    """One record's parsed value, or the error that prevented parsing it."""

    value: Any
    line: int
    byte: int | None
    error: ReaderError | None = None


def iter_json_lines(stream: IO[bytes], path: str | None) -> Iterator[RawRecord]:
    """Every non-blank line of a JSON Lines stream."""
    byte = 0
    for number, raw in enumerate(stream, 1):
        start = byte
        byte += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, start = raw[3:], start + 3
        if not raw.strip():
            continue
        try:
            text, _ = decode(raw, path, start)
            yield RawRecord(json.loads(text), number, start)
        except ReaderError as error:
            yield RawRecord(None, number, start, _at(error, number, start))
        except (ValueError, RecursionError) as error:
            yield RawRecord(None, number, start, ReaderError(f"invalid JSON: {_reason(error)}",
                                                             path=path, line=number, byte=start))


def iter_json_document(text: str, path: str | None) -> Iterator[RawRecord]:
    """The items of a top-level array, or the single top-level object."""
    position = _skip(text, 0)
    if position < len(text) and text[position] == "[":
        yield from _array_items(text, position + 1, path)
        return
    try:
        value, end = _DECODER.raw_decode(text, position)
    except (ValueError, RecursionError) as error:
        yield RawRecord(None, _line_of(text, position), None,
                        ReaderError(f"invalid JSON: {_reason(error)}", path=path, line=_line_of(text, position)))
        return
    yield RawRecord(value, _line_of(text, position), None)
    if _skip(text, end) < len(text):
        line = _line_of(text, _skip(text, end))
        yield RawRecord(None, line, None, ReaderError("unexpected data after the JSON value", path=path, line=line))


def _array_items(text: str, position: int, path: str | None) -> Iterator[RawRecord]:
    while True:
        position = _skip(text, position)
        if position >= len(text):
            line = _line_of(text, position)
            yield RawRecord(None, line, None, ReaderError("JSON array is not closed", path=path, line=line))
            return
        if text[position] == "]":
            return
        line = _line_of(text, position)
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError) as error:
            yield RawRecord(None, line, None, ReaderError(f"invalid JSON: {_reason(error)}", path=path, line=line))
            return
        yield RawRecord(value, line, None)
        position = _skip(text, position)
        if position < len(text) and text[position] == ",":
            position += 1


def looks_like_json_lines(head: str) -> bool:
    """True when the first line of ``head`` is a complete JSON value followed by more lines."""
    first, _, rest = head.lstrip("\ufeff" + _WHITESPACE).partition("\n")
    if not rest.strip() or not first.strip().startswith("{"):
        return False
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _reason(error: Exception) -> str:
    return error.msg if isinstance(error, json.JSONDecodeError) else str(error) or type(error).__name__


def _at(error: ReaderError, line: int, byte: int) -> ReaderError:
    return type(error)(error.reason, path=error.path, line=line, byte=error.byte if error.byte is not None else byte)
