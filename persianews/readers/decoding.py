"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Windows-1256."""

from __future__ import annotations

import codecs

import regex

from persianews.errors import DecodingError

_ARABIC_LETTER = regex.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]")


def decode(data: bytes, path: str | None = None, base_offset: int = 0) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    Windows-1256 is accepted only when the whole input decodes to mostly
    Persian/Arabic letters; otherwise a :class:`DecodingError` names the byte
    offset of the first invalid UTF-8 sequence.
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
            return legacy, "cp1256"
        raise DecodingError(f"not UTF-8 text: invalid byte 0x{data[error.start]:02x}",
                            path=path, byte=base_offset + error.start) from None


def _strict(data: bytes, encoding: str, path: str | None, base_offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodingError(f"invalid {encoding} data", path=path, byte=base_offset + error.start) from None


def _as_windows_1256(data: bytes) -> str | None:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in text if c.isalpha())
    arabic = len(_ARABIC_LETTER.findall(text))
    if letters >= 20 and arabic / letters > 0.6:
        return text
    return None
