"""Readers: source files or strings to Articles, one module per format.

``read(path, format="auto")`` streams Articles. Formats:

- ``jsonl``: news records as JSON Lines, one per line (LF, CRLF or CR);
- ``news-json``: IRNA-style and generic news JSON: one object, an array of
  them, or several such values in a row (``[...][...]``);
- ``telegram-text``: a copy of channel posts;
- ``telegram-json``: a Telegram Desktop JSON export (streamed with ijson);
- ``telegram-html``: a Telegram Desktop HTML export (page by page);
- ``text``: the whole input is one document.

Detection looks at the content, not the file name. JSON Lines and JSON
documents are told apart by parsing the first line in full (see
:func:`~persianews.readers.json_records.json_layout`), never by a
fixed-size head. Detected JSON records of channel posts (a ``channel`` and
a ``text``, no headline, supertitle or lead) are read as posts
(``telegram-post-json``); a forced ``jsonl`` or ``news-json`` reads them as
news. ``chat=`` picks chats of a Telegram export by name or id.
Every record gives one Article or one :class:`FailedRecord` (file, record
index, line/byte), in input order; an empty file gives nothing; a file read
with a forced ``format`` that gives no record and is not of that format gives
one error record. Each reader is linear in its input; JSON, JSON Lines and
Telegram JSON hold one record at a time, the text formats one file.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
from collections import deque
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Literal, Sequence, cast, overload

import regex

from persianews.errors import InputTypeError, ReaderError, ReaderNotFoundError
from persianews.readers.decoding import add_diagnostic, decode, decode_mixed, mark_legacy_lines
from persianews.readers.inputs import EXPORT_FILES, expand_inputs, export_file, input_paths
from persianews.readers.json_records import is_json_object, iter_json_document, iter_json_lines, json_layout
from persianews.readers.news_json import articles_from_records
from persianews.readers.plain_text import LONE_SURROGATE_NOTE, read_plain_text, without_lone_surrogates
from persianews.readers.streams import RawLine, chain, physical_lines
from persianews.records import Article, FailedRecord, Provenance

if TYPE_CHECKING:
    from persianews.readers.telegram_thread import ChatSelection

__all__ = ["EXPORT_FILES", "FORMATS", "ArticleStream", "Record", "detect_format", "expand_inputs", "export_file", "iter_records",
           "read", "read_records", "records_of"]

logger = logging.getLogger("persianews")
Record = Article | FailedRecord
OnError = Literal["raise", "skip", "record"]
FORMATS = ("auto", "news-json", "jsonl", "telegram-text", "telegram-json", "telegram-html", "text")
_JSON_FORMATS = ("news-json", "jsonl", "telegram-json")
_HEAD_BYTES = 65536
_TELEGRAM_JSON_HEAD = regex.compile(r'"personal_information"\s*:\s*\{|"messages"\s*:\s*\[\s*(?:\]|\{\s*"id"\s*:)')
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_SAMPLED_LINES = 20
_EMPTY_FILES = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

TextReader = Callable[[str, "str | None", "ChatSelection"], Iterator[Record]]


def _read_telegram_text(text: str, path: str | None, chat: ChatSelection) -> Iterator[Record]:
    from persianews.readers.telegram_text import read_telegram_text  # the Telegram readers load on first use

    return read_telegram_text(text, path)


def _read_telegram_html(text: str, path: str | None, chat: ChatSelection) -> Iterator[Record]:
    from persianews.readers.telegram_html import read_telegram_html

    return read_telegram_html(text, path, chat)


_TEXT_READERS: dict[str, TextReader] = {
    "telegram-text": _read_telegram_text,
    "telegram-html": _read_telegram_html,
    "text": lambda text, path, chat: read_plain_text(text, path),
}


def detect_format(head: str) -> str:
    """The format of a text from its first characters (JSON vs JSON Lines from its first two lines)."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        first, second = (_LINE_BREAK.split(stripped, 1) + [""])[:2]
        one_line = not second.strip()
        if stripped.startswith("{") and (first.strip() == "{" or one_line) and _TELEGRAM_JSON_HEAD.search(stripped):
            return "telegram-json"
        following = next((line for line in _LINE_BREAK.split(second) if line.strip()), None)
        return json_layout(first, following)
    if _mostly_json_objects(stripped):
        return "jsonl"
    if _looks_like_telegram_html(stripped):
        return "telegram-html"
    from persianews.readers.telegram_text import looks_like_telegram_text

    if looks_like_telegram_text(head):
        return "telegram-text"
    return "text"


def _mostly_json_objects(head: str) -> bool:
    """JSON Lines whose first line is broken: most of the first complete lines are JSON objects."""
    lines = [line for line in _LINE_BREAK.split(head)[:_SAMPLED_LINES + 1][:-1] if line.strip()]
    objects = sum(1 for line in lines if line.lstrip().startswith("{") and is_json_object(line))
    return objects >= 2 and 3 * objects >= 2 * len(lines)


def _looks_like_telegram_html(head: str) -> bool:
    lowered = head[:4096].lower()
    return lowered.startswith(("<!doctype html", "<html")) and any(
        marker in head for marker in ('class="page_wrap"', 'class="history"', 'class="message default'))


def iter_records(source: str | os.PathLike | IO[bytes] | IO[str] | Sequence[str | os.PathLike] | None = None,
                 format: str = "auto", *, chat: ChatSelection = None, text: str | None = None) -> Iterator[Record]:
    """Articles, and a FailedRecord in place of each record (or file) that could not be read.

    ``source`` is a path (file or folder, str or PathLike), a list of paths,
    or a binary or text stream; a str is read as the text itself only with
    ``format="text"``, and any text can be given as ``text=``. Raises
    :class:`InputTypeError` or :class:`ReaderError` at once for a bad
    argument; problems with files are FailedRecords.
    """
    chat = _checked_options(format, chat)
    if text is not None or (isinstance(source, str) and format == "text"):
        value = source if text is None else text
        if text is not None and source is not None:
            raise InputTypeError("give either a source or text=, not both")
        if not isinstance(value, str):
            raise InputTypeError(f"text must be a str, not {type(value).__name__}")
        return _read_text(value, format, chat)
    if isinstance(source, (str, os.PathLike)):
        return read_records([source], format, chat=chat)
    if isinstance(source, (list, tuple)):
        for item in source:
            if not isinstance(item, (str, os.PathLike)):
                raise InputTypeError(f"a list of inputs holds paths (str or PathLike), not {type(item).__name__}")
        return read_records(source, format, chat=chat)
    if hasattr(source, "read") and not isinstance(source, type):
        stream = cast(IO[Any], source)
        if isinstance(stream.read(0), str):
            return _read_stream(io.BufferedReader(_EncodedText(stream)), _stream_name(stream), format, chat)
        return _read_stream(stream, _stream_name(stream), format, chat)
    if isinstance(source, (bytes, bytearray)):
        raise InputTypeError("read() takes a path, a binary stream or text=...; decode bytes first "
                             "or wrap them in io.BytesIO")
    raise InputTypeError(f"read() takes a path (str or PathLike), a list of paths, a stream or text=..., "
                         f"not {type(source).__name__}")


def _stream_name(stream: object) -> str:
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) and name else "<stream>"


def _checked_options(format: str, chat: ChatSelection) -> ChatSelection:
    """``chat`` as a name, an id, a tuple of them or None; a typed error for a bad format or chat."""
    if not isinstance(format, str) or format not in FORMATS:
        raise ReaderError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
    if chat is None or (isinstance(chat, (str, int)) and not isinstance(chat, bool)):
        return chat
    if not isinstance(chat, Iterable) or isinstance(chat, (bytes, bytearray, dict)):
        raise InputTypeError(f"chat must be a name, an id or a list of them, not {type(chat).__name__}")
    chosen = tuple(chat)
    for item in chosen:
        if not isinstance(item, (str, int)) or isinstance(item, bool):
            raise InputTypeError(f"chat must be a name (str), an id (int) or a list of them, not {type(item).__name__}")
    return chosen


class _EncodedText(io.RawIOBase):
    """A text stream read as UTF-8 bytes, lone surrogates replaced by U+FFFD."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream, self._pending = stream, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._stream.read(max(1, len(buffer) // 4))
            if not chunk:
                return 0
            self._pending = without_lone_surrogates(chunk)[0].encode("utf-8")
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def _read_text(text: str, format: str, chat: ChatSelection) -> Iterator[Record]:
    text, replaced = without_lone_surrogates(text)
    chosen = detect_format(text[:_HEAD_BYTES]) if format == "auto" else format
    if chosen in _JSON_FORMATS:
        records = _read_stream(io.BytesIO(text.encode("utf-8")), None, format, chat)
    else:
        records = _TEXT_READERS[chosen](text, None, chat)
    if not replaced:
        return records
    return (add_diagnostic(r, "lone-surrogate", LONE_SURROGATE_NOTE) if isinstance(r, Article) else r
            for r in records)


def _read_file(path: str, format: str, chat: ChatSelection) -> Iterator[Record]:
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        raise ReaderNotFoundError("no such file", path=path) from None
    except (OSError, ValueError) as error:
        raise ReaderError(f"cannot open: {getattr(error, 'strerror', None) or error}", path=path) from None
    with stream:
        yield from _read_stream(stream, path, format, chat)


def _read_stream(stream: IO[bytes], path: str | None, format: str, chat: ChatSelection) -> Iterator[Record]:
    head = stream.read(_HEAD_BYTES)
    if head in _EMPTY_FILES:
        return
    detected = detect_format(_decode_head(head))
    chosen = detected if format == "auto" else format
    if chosen in _JSON_FORMATS and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, _ = decode(head + stream.read(), path)
        except ReaderError as error:
            yield FailedRecord(Provenance(path, 0, chosen, None, error.byte), error)
            return
        head, stream = b"", io.BytesIO(text.encode("utf-8", "surrogatepass"))
    count = 0
    for record in _records(head, stream, path, format, chosen, chat):
        count += 1
        yield record
    if count == 0 and format not in ("auto", detected) and _decode_head(head).strip(" \t\r\n\ufeff"):
        mismatch = ReaderError(f"no {format} record in this file (it reads as {detected})", path=path)
        yield FailedRecord(Provenance(path, 0, format), mismatch)


def _records(head: bytes, stream: IO[bytes], path: str | None, format: str, chosen: str,
             chat: ChatSelection) -> Iterator[Record]:
    if chosen == "telegram-json":
        from persianews.readers.telegram_json import read_telegram_json

        yield from read_telegram_json(chain(head, stream), path, chat)
        return
    if chosen in _JSON_FORMATS:
        lines: Iterator[RawLine] = physical_lines(chain(head, stream))
        if format == "auto" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
            peeked, chosen = _json_layout(lines)
            lines = _replayed(peeked, lines)
        reader = iter_json_lines if chosen == "jsonl" else iter_json_document
        yield from articles_from_records(reader(lines, path), path, posts=format == "auto")
        return
    try:
        text, legacy_lines = decode_mixed(head + stream.read(), path)
    except ReaderError as error:
        yield FailedRecord(Provenance(path, 0, chosen, None, error.byte), error)
        return
    yield from mark_legacy_lines(_TEXT_READERS[chosen](text, path, chat), legacy_lines)


def _replayed(peeked: deque[RawLine], lines: Iterator[RawLine]) -> Iterator[RawLine]:
    """The peeked lines, each dropped once given out, then the rest."""
    while peeked:
        yield peeked.popleft()
    yield from lines


def _json_layout(lines: Iterator[RawLine]) -> tuple[deque[RawLine], str]:
    """The lines read up to the second non-blank one, and the layout they show (``jsonl`` or ``news-json``).

    A first line longer than the head that opens and closes an object is
    taken for a JSON Lines record without parsing it twice.
    """
    peeked: deque[RawLine] = deque()
    found: list[bytes] = []
    for line in lines:
        peeked.append(line)
        if line.data.strip():
            found.append(line.data)
            if len(found) == 2:
                break
    if not found:
        return peeked, "jsonl"
    first = found[0].strip()
    if len(first) > _HEAD_BYTES and first.lstrip(codecs.BOM_UTF8)[:1] == b"{" and first.endswith(b"}"):
        return peeked, "jsonl"
    heads = [data[:_HEAD_BYTES].decode("utf-8", "replace") for data in found]
    return peeked, json_layout(heads[0], heads[1] if len(heads) > 1 else None)


def _decode_head(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8-sig", errors="ignore")


@overload
def read(source: str | os.PathLike | IO[bytes] | IO[str] | Sequence[str | os.PathLike] | None = None,
         format: str = "auto", on_error: Literal["raise", "skip"] = "raise", *, chat: ChatSelection = None,
         text: str | None = None) -> Iterator[Article]: ...


@overload
def read(source: str | os.PathLike | IO[bytes] | IO[str] | Sequence[str | os.PathLike] | None = None,
         format: str = "auto", *, on_error: Literal["record"], chat: ChatSelection = None,
         text: str | None = None) -> Iterator[Record]: ...


def read(source: str | os.PathLike | IO[bytes] | IO[str] | Sequence[str | os.PathLike] | None = None,
         format: str = "auto", on_error: OnError = "raise", *, chat: ChatSelection = None,
         text: str | None = None) -> Iterator[Article] | Iterator[Record]:
    """Stream the Articles of files, folders, a list of them, a stream, or a text given as ``text=``.

    A str is a path (a missing one is :class:`ReaderNotFoundError`, raised
    at once with ``on_error="raise"``), unless ``format="text"``, which reads
    the str itself as one document. Text streams (``io.StringIO``) are read
    like files. A record that cannot be read raises its :class:`ReaderError`
    (``on_error="raise"``, see :class:`ArticleStream`), is skipped
    (``"skip"``) or comes out as a :class:`FailedRecord` in its place
    (``"record"``), as in ``Pipeline.pipe``; a stream read with the default
    and given straight to ``pipe`` follows pipe's ``on_error``. ``chat`` picks chats of a Telegram export by name or
    id (default: all). Anything else raises :class:`InputTypeError`.
    """
    if on_error not in ("raise", "skip", "record"):
        raise ReaderError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    records = iter_records(source, format, chat=chat, text=text)
    if on_error == "raise" and isinstance(source, (str, os.PathLike)) and text is None and format != "text":
        path = os.fspath(source)
        if path != "-" and not os.path.lexists(path) and not any(c in path for c in "*?["):
            raise ReaderNotFoundError("no such file", path=path)
    if on_error == "record":
        return records
    if on_error == "skip":
        return (record for record in records if isinstance(record, Article))
    return ArticleStream(records)


class ArticleStream(Iterator[Article]):
    """The Articles of :func:`read`; a record that could not be read raises its error when reached.

    The stream is not spent by that error: iterating again goes on with the
    next record. Given straight to ``Pipeline.pipe``, it hands over its
    records instead (:meth:`records`), so that pipe's ``on_error`` decides:
    ``nlp.pipe(read(path), on_error="record")`` gives a FailedRecord in place
    of a line that could not be read.
    """

    def __init__(self, records: Iterator[Record]) -> None:
        self._records = records

    def __iter__(self) -> ArticleStream:
        return self

    def __next__(self) -> Article:
        record = next(self._records)
        if isinstance(record, FailedRecord):
            raise record.error
        return record

    def records(self) -> Iterator[Record]:
        """The rest of the records, a FailedRecord in place of each that could not be read."""
        return self._records


def records_of(items: Iterable[str | Article | FailedRecord]) -> Iterable[str | Article | FailedRecord]:
    """What a pipeline should process for ``items``: the records of an :class:`ArticleStream`, else ``items``."""
    return items.records() if isinstance(items, ArticleStream) else items


def read_records(inputs: Sequence[str | os.PathLike], format: str = "auto", *,
                 chat: ChatSelection = None) -> Iterator[Record]:
    """Every record of several inputs (files, folders, globs, ``-`` for stdin), in order.

    Never raises for a bad file, folder or record: each gives a
    :class:`FailedRecord` naming the path and position, so that batch runs
    keep one output per record.
    """
    import sys

    for path in input_paths([os.fspath(item) for item in inputs]):
        if isinstance(path, ReaderError):
            yield FailedRecord(Provenance(path.path, 0, format), path)
            continue
        count = 0
        try:
            source = _read_stream(sys.stdin.buffer, _stream_name(sys.stdin.buffer), format, chat) if path == "-" else \
                _read_file(path, format, chat)
            for record in source:
                count += 1
                yield record
        except ReaderError as error:
            yield FailedRecord(Provenance(path, count, format, error.line, error.byte), error)
        except OSError as error:
            failure = ReaderError(f"cannot read: {error.strerror or error}", path=path)
            yield FailedRecord(Provenance(path, count, format), failure)
        except Exception as error:  # a reader bug ends this file with an error record, never the batch
            logger.exception("%s: reading stopped at record %d", path, count)
            yield FailedRecord(Provenance(path, count, format), error)
