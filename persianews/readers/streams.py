"""Binary stream helpers: put back bytes already read, count the bytes a parser consumes, split lines."""

from __future__ import annotations

import io
import re
from typing import IO, Iterator

import attrs


class _Chained(io.RawIOBase):
    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._parts: list[IO[bytes]] = [io.BytesIO(head), stream]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._parts:
            data = self._parts[0].read(len(buffer))
            if data:
                buffer[: len(data)] = data
                return len(data)
            self._parts.pop(0)
        return 0


def chain(head: bytes, stream: IO[bytes]) -> IO[bytes]:
    """A buffered stream that yields ``head`` and then the rest of ``stream``."""
    return io.BufferedReader(_Chained(head, stream))


class CountingReader:
    """Passes ``read`` calls through, remembering where the last block began and its bytes."""

    def __init__(self, stream: IO[bytes], offset: int = 0) -> None:
        self._stream = stream
        self.offset = offset
        self.block_start = offset
        self.block = b""

    def read(self, size: int = -1) -> bytes:
        """Read like the wrapped stream, keeping the offset and the last block read."""
        data = self._stream.read(size)
        if data:
            self.block_start, self.block = self.offset, data
            self.offset += len(data)
        return data


LINE_CHUNK = 1 << 16
_LINE_END = re.compile(rb"\r\n|\r|\n")


@attrs.frozen
class RawLine:
    """One physical line of a byte stream, without its line end."""

    data: bytes
    number: int
    """From 1; CR, LF and CRLF all end a line."""
    byte: int
    """Offset of the line's first byte in the stream."""


def physical_lines(stream: IO[bytes]) -> Iterator[RawLine]:
    """The lines of ``stream``, split at LF, CRLF or a lone CR (old Mac files).

    Reads fixed-size chunks, so memory is bounded by the longest line; time
    is linear in the stream's length.
    """
    pieces: list[bytes] = []
    start = consumed = 0
    number = 1
    after_cr = False
    for chunk in iter(lambda: stream.read(LINE_CHUNK), b""):
        position = 0
        if after_cr and chunk.startswith(b"\n"):
            position = 1
            start = consumed + 1
        after_cr = False
        for match in _LINE_END.finditer(chunk, position):
            pieces.append(chunk[position:match.start()])
            yield RawLine(b"".join(pieces), number, start)
            pieces.clear()
            number += 1
            position = match.end()
            start = consumed + position
            after_cr = match.group() == b"\r" and position == len(chunk)
        pieces.append(chunk[position:])
        consumed += len(chunk)
    rest = b"".join(pieces)
    if rest:
        yield RawLine(rest, number, start)
