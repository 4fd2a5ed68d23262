"""Cut the text of each record out of JSON documents, line by line, before parsing it.

:class:`ValueSplitter` follows strings and brackets (not the full grammar)
and cuts out every top-level value; a top-level array is a container whose
items are cut out instead. Each cut is parsed afterwards on its own, so a bad
item is one error record and the items after it are still found.

How it resynchronizes after a bad item:

- a raw line break cannot occur inside a JSON string, so a string still open
  at the end of a line is closed there and its item is an error; when the
  item is one level deep, a next line that opens an object starts a new item;
- a closing bracket that does not match the innermost open one closes the
  nearest open bracket of its kind (the item is an error); one that matches
  no open bracket of the item ends the item just before it and is read again
  at the level of the array, where a ``]`` closes the array;
- items need no comma between them, and extra commas are ignored;
- text between top-level values that is not JSON (a bare word, a number)
  runs to the next line that opens an object or array, as one error record.

Where it cannot: an item that opens more brackets than it closes, without a
mismatch, runs on to the end of the file and makes one error record together
with what it swallowed. Time is linear in the input (regular-expression
jumps between the characters that matter); memory is the current item's text.
"""

from __future__ import annotations

import re
from typing import Iterator

import attrs

from persianews.errors import ReaderError

MAX_DEPTH = 64
"""Deepest nesting accepted inside one record (news records and Telegram messages are shallow)."""

_CLOSER = {"{": "}", "[": "]"}
_STRUCTURE = re.compile(r'"|[\[{]+|\]+|\}+')
_STRING_STOP = re.compile(r'["\\]')
_ITEM_START = re.compile(r"[^\s,]")
_VALUE_START = re.compile(r"\S")
_SCALAR_END = re.compile(r"[\s,\]]")


@attrs.frozen
class DecodedLine:
    """A line of the input as text, with its number, byte offset and how it was decoded."""

    text: str
    number: int
    byte: int
    encoding: str = "utf-8"
    error: ReaderError | None = None


@attrs.frozen
class Cut:
    """The text of one record and where it starts; ``problem`` or ``error`` when it is known to be bad."""

    text: str
    line: int
    byte: int
    legacy: bool = False
    problem: str | None = None
    error: ReaderError | None = None


@attrs.define
class _Item:
    """The record being cut out."""

    line: int
    byte: int
    scalar: bool
    top_level: bool
    parts: list[str] = attrs.field(factory=list)
    closers: list[str] = attrs.field(factory=list)
    too_deep: int = 0
    overflowed: bool = False
    in_string: bool = False
    problem: str | None = None
    legacy: bool = False
    error: ReaderError | None = None


class ValueSplitter:
    """Feed decoded lines, get the :class:`Cut` of every record as soon as it is complete."""

    def __init__(self) -> None:
        self._in_array = False
        self._array_line = 0
        self._item: _Item | None = None
        self._last_line = 0

    def feed(self, line: DecodedLine) -> Iterator[Cut]:
        """The records completed by ``line``."""
        text, position = line.text, 0
        self._last_line = line.number
        bytes_at = _ByteCounter(text, line)
        item_start = 0
        item = self._item
        opens_value = text.lstrip()[:1] in ("{", "[")
        if item is not None and opens_value and (item.scalar or item.problem and len(item.closers) == 1):
            yield self._cut(item, None)
        if self._item is not None:
            self._item.legacy |= line.encoding == "cp1256"
            self._item.error = self._item.error or line.error
        while position < len(text):
            item = self._item
            if item is None:
                found = (_ITEM_START if self._in_array else _VALUE_START).search(text, position)
                if found is None:
                    break
                position = found.start()
                char = text[position]
                if char == "[" and not self._in_array:
                    self._in_array, self._array_line = True, line.number
                    position += 1
                    continue
                if char == "]" and self._in_array:
                    self._in_array = False
                    position += 1
                    continue
                item_start = position
                self._item = item = _Item(line.number, bytes_at(position), scalar=char not in "[{\"",
                                          top_level=not self._in_array, legacy=line.encoding == "cp1256",
                                          error=line.error)
                if item.scalar:
                    position += 1
            position, done, problem = self._scan(item, text, position)
            if done:
                item.parts.append(text[item_start:position])
                yield self._cut(item, problem)
                item_start = position
        if self._item is not None:
            self._item.parts.append(text[item_start:] + "\n")

    def close(self) -> Iterator[Cut]:
        """An error record for an item or array left open at the end of the input."""
        item = self._item
        if item is not None:
            yield self._cut(item, None if item.scalar else "the value is not closed (a bracket opened in it is "
                                                           "never closed)")
        elif self._in_array:
            yield Cut("", self._last_line, 0, problem=f"the JSON array opened on line {self._array_line} "
                                                     "is not closed")
            self._in_array = False

    def _scan(self, item: _Item, text: str, position: int) -> tuple[int, bool, str | None]:
        """Scan the item from ``position``; (where it stopped, whether the item ended, why it is bad)."""
        if item.scalar and item.top_level:
            return len(text), False, None
        if item.scalar:
            found = _SCALAR_END.search(text, position)
            return (found.start() if found else len(text)), True, None
        while True:
            if item.in_string:
                found = _STRING_STOP.search(text, position)
                if found is None or found.end() >= len(text) and found.group() == "\\":
                    item.in_string, item.problem = False, "a string is not closed on its line"
                    return len(text), False, None
                if found.group() == "\\":
                    position = found.end() + 1
                    continue
                item.in_string = False
                position = found.end()
                if not item.closers and not item.too_deep:
                    return position, True, None
                continue
            found = _STRUCTURE.search(text, position)
            if found is None:
                return len(text), False, None
            run = found.group()
            if run == '"':
                item.in_string, position = True, found.end()
                continue
            if run[0] in _CLOSER:
                room = max(0, MAX_DEPTH - len(item.closers))
                item.closers.extend(_CLOSER[run[0]] * min(room, len(run)))
                item.too_deep += len(run) - min(room, len(run))
                item.overflowed |= item.too_deep > 0
                position = found.end()
                continue
            for offset, closer in enumerate(run):
                if item.too_deep:
                    item.too_deep -= 1
                elif closer not in item.closers:
                    return found.start() + offset, True, f"unexpected {closer!r}"
                else:
                    if item.closers[-1] != closer:
                        item.problem = item.problem or f"unexpected {closer!r}"
                    del item.closers[len(item.closers) - 1 - item.closers[::-1].index(closer):]
                if not item.closers and not item.too_deep:
                    return found.start() + offset + 1, True, None
            position = found.end()

    def _cut(self, item: _Item, problem: str | None) -> Cut:
        self._item = None
        problem = problem or item.problem
        if problem is None and item.overflowed:
            problem = f"JSON nested deeper than {MAX_DEPTH} levels"
        return Cut("".join(item.parts), item.line, item.byte, item.legacy, problem, item.error)


class _ByteCounter:
    """Byte offsets of increasing character positions in one line (linear over the line)."""

    def __init__(self, text: str, line: DecodedLine) -> None:
        self._text = text
        self._single_byte = line.encoding == "cp1256"
        self._position, self._byte = 0, line.byte

    def __call__(self, position: int) -> int:
        if self._single_byte:
            return self._byte + position
        self._byte += len(self._text[self._position:position].encode("utf-8", "surrogatepass"))
        self._position = position
        return self._byte
