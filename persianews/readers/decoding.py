"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Windows-1256.

Windows-1256 is accepted only when the decoded text is mostly Persian/Arabic
letters and the bytes do not look like damaged UTF-8 (whose Persian letters,
read as Windows-1256, would start with ط ظ ع غ one letter in two); anything
else is refused with the byte offset of the first invalid UTF-8 sequence, so
no mojibake reaches the pipeline.
"""

from __future__ import annotations

import codecs
import logging

import attrs
import regex

from persianews.errors import DecodingError
from persianews.records import Article

logger = logging.getLogger("persianews")

LEGACY_ENCODING_NOTE = "the input was not UTF-8; decoded as Windows-1256 (cp1256)"
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]")
_UTF8_ARABIC_PAIR = regex.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_HIGH_BYTE = regex.compile(rb"[\x80-\xff]")


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
        raise DecodingError(f"not UTF-8 text: invalid byte 0x{data[error.start]:02x}"
                            " (decode it first, or convert the file to UTF-8)",
                            path=path, byte=base_offset + error.start) from None


def mark_legacy_encoding(article: Article) -> Article:
    """The article with ``metadata["encoding"] = "cp1256"`` and a note saying so."""
    notes = [*article.metadata.get("notes", ()), LEGACY_ENCODING_NOTE]
    return attrs.evolve(article, metadata={**article.metadata, "encoding": "cp1256", "notes": notes})


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
