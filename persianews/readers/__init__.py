"""Readers: source files or strings to Articles, one module per format.

``read(source, format="auto")`` streams Articles. Formats: ``news-json``
(IRNA-style and generic news JSON, a single object, an array or JSON Lines),
``telegram-text`` (a copy of channel posts), ``text`` (one document), and the
Telegram Desktop exports ``telegram-json`` and ``telegram-html`` where
installed. Detection looks at the content, not the file name.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Callable, Iterator, Literal

from persianews.errors import ReaderError
from persianews.readers.decoding import decode
from persianews.readers.json_records import iter_json_document, iter_json_lines, looks_like_json_lines
from persianews.readers.news_json import articles_from_records
from persianews.readers.plain_text import read_plain_text
from persianews.readers.telegram_text import looks_like_telegram_text, read_telegram_text
from persianews.records import Article, FailedRecord, Provenance

Record = Article | FailedRecord
_HEAD_BYTES = 65536

FORMATS = ("auto", "news-json", "jsonl", "telegram-text", "text")


def _text_readers() -> dict[str, Callable[[str, str | None], Iterator[Record]]]:
    return {
        "news-json": lambda text, path: articles_from_records(iter_json_document(text, path), path),
        "jsonl": lambda text, path: articles_from_records(
            iter_json_lines(io.BytesIO(text.encode("utf-8")), path), path),
        "telegram-text": read_telegram_text,
        "text": read_plain_text,
    }


def detect_format(head: str) -> str:
    """The format of a text from its first characters."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{") and looks_like_json_lines(stripped):
        return "jsonl"
    if stripped.startswith(("{", "[")):
        return "news-json"
    if looks_like_telegram_text(head):
        return "telegram-text"
    return "text"


def iter_records(source: str | os.PathLike | IO[bytes], format: str = "auto") -> Iterator[Record]:
    """Articles, and a FailedRecord in place of each record that could not be read."""
    if format not in FORMATS:
        raise ReaderError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
    if isinstance(source, (bytes, bytearray)):
        raise ReaderError("read() takes a path, a str or a binary stream; decode bytes first "
                          "or wrap them in io.BytesIO")
    if hasattr(source, "read"):
        yield from _read_stream(source, getattr(source, "name", "<stream>"), format)
        return
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _is_path(source)):
        path = os.fspath(source)
        try:
            with open(path, "rb") as stream:
                yield from _read_stream(stream, path, format)
        except OSError as error:
            raise ReaderError(f"cannot open: {error.strerror or error}", path=path) from None
        return
    text = str(source)
    chosen = detect_format(text[:_HEAD_BYTES]) if format == "auto" else format
    yield from _text_readers()[chosen](text, None)


def _is_path(value: str) -> bool:
    return len(value) < 4096 and "\n" not in value and os.path.isfile(value)


def _read_stream(stream: IO[bytes], path: str, format: str) -> Iterator[Record]:
    head = stream.read(_HEAD_BYTES)
    chosen = format
    if format == "auto":
        chosen = detect_format(_decode_head(head))
    if chosen == "jsonl":
        yield from articles_from_records(iter_json_lines(_chain(head, stream), path), path)
        return
    data = head + stream.read()
    if not data.strip():
        return
    try:
        text, encoding = decode(data, path)
    except ReaderError as error:
        yield FailedRecord(Provenance(path, 0, chosen, None, error.byte), error)
        return
    for record in _text_readers()[chosen](text, path):
        if encoding == "cp1256" and isinstance(record, Article):
            record = _with_encoding_note(record)
        yield record


def _with_encoding_note(article: Article) -> Article:
    import attrs

    return attrs.evolve(article, metadata={**article.metadata, "encoding": "cp1256"})


def _decode_head(head: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return head.decode(encoding, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _chain(head: bytes, stream: IO[bytes]) -> IO[bytes]:
    class _Chained(io.RawIOBase):
        def __init__(self) -> None:
            self._parts = [io.BytesIO(head), stream]

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

    return io.BufferedReader(_Chained())


def read(source: str | os.PathLike | IO[bytes], format: str = "auto",
         on_error: Literal["raise", "skip"] = "raise") -> Iterator[Article]:
    """Stream the Articles of a file, a binary stream or a text.

    A record that cannot be read raises its :class:`ReaderError`
    (``on_error="raise"``) or is skipped (``"skip"``).
    """
    for record in iter_records(source, format):
        if isinstance(record, FailedRecord):
            if on_error == "raise":
                raise record.error
            continue
        yield record


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """Files named by paths, directories (recursively, sorted) and globs; ``-`` is stdin."""
    import glob

    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for path in sorted(Path(item).rglob("*")):
                if path.is_file() and not any(part.startswith(".") for part in path.parts[len(Path(item).parts):]):
                    yield str(path)
        elif any(c in item for c in "*?["):
            yield from sorted(glob.glob(item, recursive=True))
        else:
            yield item
