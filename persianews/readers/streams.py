"""Binary stream helpers: put back bytes already read, and count the bytes a parser consumes."""

from __future__ import annotations

import io
from typing import IO


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
