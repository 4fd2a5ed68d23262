"""Records of a JSON document (object or array) or of JSON Lines, with their positions.

JSON Lines are read line by line from a binary stream, so memory stays
bounded by the longest line; a JSON document is decoded whole and walked item
by item (the bound is the file size). Every parsed value is checked by
:func:`clean_value`: nesting is limited and unpaired surrogates (``"\\ud800"``
escapes, which cannot be written as UTF-8) become U+FFFD.
"""

from __future__ import annotations

import codecs
import json
from typing import IO, Any, Iterator

import attrs
import regex

from persianews.errors import ReaderError
from persianews.readers.decoding import decode

MAX_DEPTH = 64
"""Deepest nesting accepted inside one record (news records and Telegram messages are shallow)."""

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@attrs.frozen
class RawRecord:
    """One record's parsed value, or the error that prevented parsing it."""

    value: Any
    line: int
    byte: int | None
    error: ReaderError | None = None
    encoding: str = "utf-8"


class NestingError(ValueError):
    """A value nested deeper than :data:`MAX_DEPTH`."""


def clean_value(value: Any, depth: int = 0) -> Any:
    """``value`` with unpaired surrogates replaced; :class:`NestingError` beyond :data:`MAX_DEPTH`."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value) if _LONE_SURROGATE.search(value) else value
    if isinstance(value, (dict, list)) and depth >= MAX_DEPTH:
        raise NestingError(f"JSON nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        return {clean_value(key): clean_value(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [clean_value(item, depth + 1) for item in value]
    return value


def json_type(value: Any) -> str:
    """How a parsed JSON value is named in messages: "an object", "an array", "a string"…"""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


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
            text, encoding = decode(raw, path, start)
            yield RawRecord(clean_value(json.loads(text)), number, start, encoding=encoding)
        except ReaderError as error:
            yield RawRecord(None, number, start, _at(error, number, start))
        except (ValueError, RecursionError) as error:
            yield RawRecord(None, number, start, ReaderError(f"invalid JSON: {_reason(error)}",
                                                             path=path, line=number, byte=start))


def iter_json_document(text: str, path: str | None) -> Iterator[RawRecord]:
    """The items of a top-level array, or the single top-level object."""
    lines = _LineCounter(text)
    position = _skip(text, 0)
    if position < len(text) and text[position] == "[":
        yield from _array_items(text, position + 1, path, lines)
        return
    line = lines.at(position)
    try:
        value, end = _DECODER.raw_decode(text, position)
        yield RawRecord(clean_value(value), line, None)
    except (ValueError, RecursionError) as error:
        yield RawRecord(None, line, None, ReaderError(f"invalid JSON: {_reason(error)}", path=path, line=line))
        return
    if _skip(text, end) < len(text):
        line = lines.at(_skip(text, end))
        yield RawRecord(None, line, None, ReaderError("unexpected data after the JSON value", path=path, line=line))


def _array_items(text: str, position: int, path: str | None, lines: _LineCounter) -> Iterator[RawRecord]:
    while True:
        position = _skip(text, position)
        line = lines.at(position)
        if position >= len(text):
            yield RawRecord(None, line, None, ReaderError("JSON array is not closed", path=path, line=line))
            return
        if text[position] == "]":
            return
        try:
            value, position = _DECODER.raw_decode(text, position)
            yield RawRecord(clean_value(value), line, None)
        except (ValueError, RecursionError) as error:
            yield RawRecord(None, line, None, ReaderError(f"invalid JSON: {_reason(error)}", path=path, line=line))
            return
        position = _skip(text, position)
        if position < len(text) and text[position] == ",":
            position += 1


class _LineCounter:
    """Line numbers of increasing positions in a text, counted incrementally."""

    def __init__(self, text: str) -> None:
        self._text, self._position, self._line = text, 0, 1

    def at(self, position: int) -> int:
        self._line += self._text.count("\n", self._position, position)
        self._position = max(self._position, position)
        return self._line


def looks_like_json_lines(head: str) -> bool:
    """True when ``head`` has several lines and most of them are one JSON object each.

    A pretty-printed document has a single line opening with ``{`` at the
    margin; a JSON Lines file has one per record, so a broken line among them
    does not change the verdict. The last line of ``head`` may be cut short.
    """
    lines = [line for line in head.lstrip("\ufeff" + _WHITESPACE).split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    complete = lines[:-1] if not head.endswith("\n") else lines
    opening = sum(1 for line in lines if line.startswith("{"))
    return opening * 2 >= len(lines) and any(_is_json_object(line) for line in complete)


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def _at(error: ReaderError, line: int, byte: int) -> ReaderError:
    return type(error)(error.reason, path=error.path, line=line, byte=error.byte if error.byte is not None else byte)
