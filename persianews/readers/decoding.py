"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Windows-1256.

Windows-1256 is accepted only when the decoded text is mostly Persian/Arabic
letters and the bytes do not look like damaged UTF-8 (whose Persian letters,
read as Windows-1256, would start with ط ظ ع غ one letter in two); anything
else is refused with the byte offset of the first invalid UTF-8 sequence, so
no mojibake reaches the pipeline.

A file that mixes UTF-8 and Windows-1256 lines is decoded line by line
(:func:`decode_mixed`, :func:`decode_line`): each line is UTF-8 when it is
valid UTF-8, else Windows-1256 when its non-ASCII characters are Persian;
the records built from legacy lines carry a ``legacy-encoding`` diagnostic.
"""

from __future__ import annotations

import bisect
import codecs
import logging
from typing import Collection, Iterable, Iterator

import attrs
import regex

from persianews.errors import DecodingError
from persianews.records import Article, Diagnostic, FailedRecord

logger = logging.getLogger("persianews")

LEGACY_ENCODING_NOTE = "the input was not UTF-8; decoded as Windows-1256 (cp1256)"
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]")
_UTF8_ARABIC_PAIR = regex.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_HIGH_BYTE = regex.compile(rb"[\x80-\xff]")
_BINARY_BYTE = regex.compile(rb"[\x00-\x08\x0e-\x1f]")
_PERSIAN_OR_ASCII = regex.compile(r"[\x00-\x7f\u0600-\u06ff\u200c-\u200f\u00ab\u00bb]")
LEGACY_ENCODING = "legacy-encoding"
"""Diagnostic code of a record decoded from Windows-1256."""


def decode(data: bytes, path: str | None = None, base_offset: int = 0) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    Raises :class:`DecodingError` naming ``path`` and the byte offset
    (``base_offset`` plus the position in ``data``) of the first bad byte.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path, base_offset + 3), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path, base_offset), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        legacy = _as_windows_1256(data)
        if legacy is not None:
            logger.info("%s: %s", path or "<bytes>", LEGACY_ENCODING_NOTE)
            return legacy, "cp1256"
        raise _not_utf8(data, error, path, base_offset) from None


def decode_line(data: bytes, path: str | None = None, base_offset: int = 0) -> tuple[str, str]:
    """Decode one line on its own: UTF-8, else Windows-1256 when it reads as Persian.

    Returns ``(text, encoding)``; raises :class:`DecodingError` at the first
    invalid UTF-8 byte otherwise.
    """
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        legacy = _line_as_windows_1256(data)
        if legacy is not None:
            return legacy, "cp1256"
        raise _not_utf8(data, error, path, base_offset) from None


def _not_utf8(data: bytes, error: UnicodeDecodeError, path: str | None, base_offset: int) -> DecodingError:
    """The error for ``data``, neither UTF-8 nor Windows-1256, at its first invalid UTF-8 byte."""
    return DecodingError(f"not UTF-8 text: invalid byte 0x{data[error.start]:02x}"
                         " (decode it first, or convert the file to UTF-8)", path=path, byte=base_offset + error.start)


def decode_mixed(data: bytes, path: str | None = None) -> tuple[str, frozenset[int]]:
    """Decode a whole text file; returns the text and the numbers (from 1) of its Windows-1256 lines.

    The file is decoded whole when it can be (one encoding throughout) and
    line by line otherwise. Raises :class:`DecodingError` naming the first
    line that is neither. Linear in the size of ``data``.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _is_utf8(data):
        return decode(data, path)[0], frozenset()
    whole = _as_windows_1256(data)
    lines = data.splitlines(keepends=True)
    if whole is not None:
        return whole, frozenset(range(1, len(lines) + 1))
    pieces: list[str] = []
    legacy: set[int] = set()
    offset = 0
    for number, line in enumerate(lines, 1):
        text, encoding = decode_line(line, path, offset)
        pieces.append(text)
        if encoding == "cp1256":
            legacy.add(number)
        offset += len(line)
    logger.info("%s: %s", path or "<bytes>", LEGACY_ENCODING_NOTE)
    return "".join(pieces), frozenset(legacy)


def mark_legacy_encoding(article: Article) -> Article:
    """The article with ``metadata["encoding"] = "cp1256"`` and a ``legacy-encoding`` diagnostic."""
    return add_diagnostic(attrs.evolve(article, metadata={**article.metadata, "encoding": "cp1256"}),
                          LEGACY_ENCODING, LEGACY_ENCODING_NOTE)


def add_diagnostic(article: Article, code: str, message: str) -> Article:
    """The article with one more reader diagnostic."""
    return attrs.evolve(article, diagnostics=(*article.diagnostics, Diagnostic(code, message, "read")))


def mark_legacy_lines(records: Iterable[Article | FailedRecord],
                      legacy: Collection[int]) -> Iterator[Article | FailedRecord]:
    """Mark each Article whose lines (from its own line to the next record's) include a legacy line.

    An Article without a line number is marked when any line is legacy.
    Holds one record back, so memory stays one record.
    """
    if not legacy:
        yield from records
        return
    lines = sorted(legacy)
    held: Article | FailedRecord | None = None
    for record in records:
        if held is not None:
            yield _marked(held, lines, record.provenance.line)
        held = record
    if held is not None:
        yield _marked(held, lines, None)


def _marked(record: Article | FailedRecord, lines: list[int], next_line: int | None) -> Article | FailedRecord:
    if not isinstance(record, Article):
        return record
    first = record.provenance.line or 0
    found = bisect.bisect_left(lines, first)
    touched = found < len(lines) and (next_line is None or next_line <= first or lines[found] < next_line)
    return mark_legacy_encoding(record) if touched else record


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, encoding: str, path: str | None, base_offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodingError(f"invalid {encoding} data", path=path, byte=base_offset + error.start) from None


def _as_windows_1256(data: bytes) -> str | None:
    high = len(_HIGH_BYTE.findall(data))
    if high and 2 * len(_UTF8_ARABIC_PAIR.findall(data)) > high * 0.6:
        return None
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" in text:
        return None
    letters = sum(1 for c in text if c.isalpha())
    arabic = len(_ARABIC_LETTER.findall(text))
    if letters >= 20 and arabic / letters > 0.6:
        return text
    return None


def _line_as_windows_1256(data: bytes) -> str | None:
    """One line as Windows-1256 when nearly all its non-ASCII characters are Persian/Arabic."""
    high = len(_HIGH_BYTE.findall(data))
    if _BINARY_BYTE.search(data) or (high and 2 * len(_UTF8_ARABIC_PAIR.findall(data)) > high * 0.6):
        return None
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" in text or len(_ARABIC_LETTER.findall(text)) < 2:
        return None
    foreign = len(text) - len(_PERSIAN_OR_ASCII.findall(text))
    return text if foreign * 10 <= high else None
