"""Readers: source files or strings to Articles, one module per format.

``read(source, format="auto")`` streams Articles. Formats:

- ``news-json``: IRNA-style and generic news JSON, one object or an array
  (decoded whole);
- ``jsonl``: news records as JSON Lines (streamed line by line);
- ``telegram-text``: a copy of channel posts;
- ``telegram-json``: a Telegram Desktop JSON export (streamed with ijson);
- ``telegram-html``: a Telegram Desktop HTML export (page by page);
- ``text``: the whole input is one document.

Detection looks at the content, not the file name. A folder holding a
Telegram export (``result.json`` or ``messages.html``) reads as that export;
``chat=`` picks chats of a Telegram export by name or id. Every record gives
one Article or one :class:`FailedRecord` (file, record index, line/byte),
in input order; an empty file gives nothing.
"""

from __future__ import annotations

import codecs
import glob
import io
import os
from typing import IO, Callable, Iterator, Literal, Sequence, cast

import regex

from persianews.errors import ReaderError
from persianews.readers.decoding import decode, mark_legacy_encoding
from persianews.readers.json_records import iter_json_document, iter_json_lines, looks_like_json_lines
from persianews.readers.news_json import articles_from_records
from persianews.readers.plain_text import read_plain_text
from persianews.readers.streams import chain
from persianews.readers.telegram_html import FIRST_PAGE, read_telegram_html
from persianews.readers.telegram_json import read_telegram_json
from persianews.readers.telegram_text import looks_like_telegram_text, read_telegram_text
from persianews.readers.telegram_thread import ChatSelection
from persianews.records import Article, FailedRecord, Provenance

Record = Article | FailedRecord
FORMATS = ("auto", "news-json", "jsonl", "telegram-text", "telegram-json", "telegram-html", "text")
EXPORT_FILES = ("result.json", FIRST_PAGE)
"""Files that make a folder a Telegram export, in order of preference."""
_FULL_HTML_EXPORT = "export_results.html"
_HEAD_BYTES = 65536
_FILE_SUFFIXES = (".json", ".jsonl", ".ndjson", ".txt", ".html", ".htm")
_TELEGRAM_JSON_HEAD = regex.compile(r'"personal_information"\s*:\s*\{|"messages"\s*:\s*\[\s*(?:\]|\{\s*"id"\s*:)')
_EMPTY_FILES = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

TextReader = Callable[[str, "str | None", ChatSelection], Iterator[Record]]
_TEXT_READERS: dict[str, TextReader] = {
    "news-json": lambda text, path, chat: articles_from_records(iter_json_document(text, path), path),
    "telegram-text": lambda text, path, chat: read_telegram_text(text, path),
    "telegram-html": read_telegram_html,
    "text": lambda text, path, chat: read_plain_text(text, path),
}


def detect_format(head: str) -> str:
    """The format of a text from its first characters."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")) and looks_like_json_lines(stripped):
        return "jsonl"
    if stripped.startswith("{") and _TELEGRAM_JSON_HEAD.search(stripped):
        return "telegram-json"
    if stripped.startswith(("{", "[")):
        return "news-json"
    if _looks_like_telegram_html(stripped):
        return "telegram-html"
    if looks_like_telegram_text(head):
        return "telegram-text"
    return "text"


def _looks_like_telegram_html(head: str) -> bool:
    lowered = head[:4096].lower()
    return lowered.startswith(("<!doctype html", "<html")) and any(
        marker in head for marker in ('class="page_wrap"', 'class="history"', 'class="message default'))


def iter_records(source: str | os.PathLike | IO[bytes], format: str = "auto", *,
                 chat: ChatSelection = None) -> Iterator[Record]:
    """Articles, and a FailedRecord in place of each record that could not be read.

    ``source`` is a path (a file, or a folder holding a Telegram export), a
    binary stream or a text. Raises :class:`ReaderError` only for a bad
    argument or a file that cannot be opened.
    """
    if format not in FORMATS:
        raise ReaderError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
    if isinstance(source, (bytes, bytearray)):
        raise ReaderError("read() takes a path, a str or a binary stream; decode bytes first "
                          "or wrap them in io.BytesIO")
    if hasattr(source, "read"):
        return _read_stream(cast(IO[bytes], source), getattr(source, "name", "<stream>"), format, chat)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _is_path(source)):
        return _read_path(os.fspath(source), format, chat)
    return _read_text(str(source), format, chat)


def _is_path(value: str) -> bool:
    """An existing file or folder, or a name that can only be meant as a file (``news.jsonl``)."""
    if len(value) >= 4096 or "\n" in value:
        return False
    return os.path.exists(value) or (value.strip() == value and value.lower().endswith(_FILE_SUFFIXES))


def export_file(folder: str) -> str | None:
    """The file to read for a folder holding a Telegram export, or None."""
    for name in EXPORT_FILES:
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate):
            return candidate
    return None


def _read_path(path: str, format: str, chat: ChatSelection) -> Iterator[Record]:
    if os.path.isdir(path):
        found = export_file(path)
        if found is None:
            raise ReaderError("is a folder without a Telegram export (result.json or messages.html); "
                              "use expand_inputs() to read the files in it", path=path)
        path = found
    try:
        stream = open(path, "rb")
    except OSError as error:
        raise ReaderError(f"cannot open: {error.strerror or error}", path=path) from None
    return _closing(stream, _read_stream(stream, path, format, chat))


def _closing(stream: IO[bytes], records: Iterator[Record]) -> Iterator[Record]:
    with stream:
        yield from records


def _read_text(text: str, format: str, chat: ChatSelection) -> Iterator[Record]:
    chosen = detect_format(text[:_HEAD_BYTES]) if format == "auto" else format
    if chosen in ("jsonl", "telegram-json"):
        return _read_stream(io.BytesIO(text.encode("utf-8", "surrogatepass")), None, chosen, chat)
    return _TEXT_READERS[chosen](text, None, chat)


def _read_stream(stream: IO[bytes], path: str | None, format: str, chat: ChatSelection) -> Iterator[Record]:

    head = stream.read(_HEAD_BYTES)
    if head in _EMPTY_FILES:
        return
    chosen = detect_format(_decode_head(head)) if format == "auto" else format
    if chosen in ("jsonl", "telegram-json") and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, _ = decode(head + stream.read(), path)
        except ReaderError as error:
            yield FailedRecord(Provenance(path, 0, chosen, None, error.byte), error)
            return
        head, stream = b"", io.BytesIO(text.encode("utf-8", "surrogatepass"))
    if chosen == "jsonl":
        yield from articles_from_records(iter_json_lines(chain(head, stream), path), path)
        return
    if chosen == "telegram-json":
        yield from read_telegram_json(chain(head, stream), path, chat)
        return
    try:
        text, encoding = decode(head + stream.read(), path)
    except ReaderError as error:
        yield FailedRecord(Provenance(path, 0, chosen, None, error.byte), error)
        return
    for record in _TEXT_READERS[chosen](text, path, chat):
        yield mark_legacy_encoding(record) if encoding == "cp1256" and isinstance(record, Article) else record


def _decode_head(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8-sig", errors="ignore")


def read(source: str | os.PathLike | IO[bytes], format: str = "auto",
         on_error: Literal["raise", "skip"] = "raise", *, chat: ChatSelection = None) -> Iterator[Article]:
    """Stream the Articles of a file, a folder holding a Telegram export, a binary stream or a text.

    A record that cannot be read raises its :class:`ReaderError`
    (``on_error="raise"``) or is skipped (``"skip"``). ``chat`` picks chats
    of a Telegram export by name or id (default: all).
    """
    return _articles(iter_records(source, format, chat=chat), on_error)


def _articles(records: Iterator[Record], on_error: str) -> Iterator[Article]:
    for record in records:
        if isinstance(record, FailedRecord):
            if on_error == "raise":
                raise record.error
            continue
        yield record


def read_records(inputs: Sequence[str | os.PathLike], format: str = "auto", *,
                 chat: ChatSelection = None) -> Iterator[Record]:
    """Every record of several inputs (files, folders, globs, ``-`` for stdin), in order.

    Never raises for a bad file or record: each gives a :class:`FailedRecord`
    naming the path and position, so that batch runs keep one output per record.
    """
    import sys

    for path in expand_inputs([os.fspath(item) for item in inputs]):
        count = 0
        try:
            for record in iter_records(sys.stdin.buffer if path == "-" else path, format, chat=chat):
                count += 1
                yield record
        except ReaderError as error:
            yield FailedRecord(Provenance(path, count, format, error.line, error.byte), error)


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """Files named by paths, folders (recursively, sorted) and globs; ``-`` is stdin.

    In a folder, hidden entries are skipped and a Telegram export gives only
    the file to read (``result.json``, ``messages.html``, or each chat's
    ``messages.html`` of a full HTML export), not its pages, media and styles.
    """
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            yield from _walk(item)
        elif any(c in item for c in "*?[") and not os.path.exists(item):
            for match in sorted(glob.glob(item, recursive=True)):
                yield from _walk(match) if os.path.isdir(match) else [match]
        else:
            yield item


def _walk(folder: str) -> Iterator[str]:
    found = export_file(folder)
    if found is not None:
        yield found
        return
    entries = sorted((e for e in os.scandir(folder) if not e.name.startswith(".")), key=lambda e: e.name)
    if any(e.name == _FULL_HTML_EXPORT for e in entries):
        entries = [e for e in entries if e.name == "chats" and e.is_dir()]
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path
