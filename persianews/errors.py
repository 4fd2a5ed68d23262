"""Typed errors raised by persianews."""

from __future__ import annotations

from typing import Any


class PersianewsError(Exception):
    """Base class of every error persianews raises on purpose.

    Errors pickle unchanged (message and attributes), whatever their
    constructor takes, so that they cross process boundaries intact.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild_error, (type(self), self.args, self.__dict__)


def _rebuild_error(kind: type[PersianewsError], args: tuple[Any, ...], state: dict[str, Any]) -> PersianewsError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputTypeError(PersianewsError, TypeError):
    """A call received a value of the wrong type (for example bytes instead of str)."""


class PipelineError(PersianewsError):
    """A pipeline could not be built: unknown stage names or options, or unmet requirements."""


class SchemaError(PersianewsError, ValueError):
    """A dictionary is not a document of the output schema (:meth:`persianews.Document.from_dict`)."""



class ReaderError(PersianewsError):
    """A source could not be read; names the file and the position of the problem."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        record: int | None = None,
        line: int | None = None,
        byte: int | None = None,
    ) -> None:
        self.reason = message
        self.path = path
        self.record = record
        self.line = line
        self.byte = byte
        where = ", ".join(
            f"{name} {value}"
            for name, value in (("record", record), ("line", line), ("byte", byte))
            if value is not None
        )
        prefix = f"{path or '<text>'}" + (f" ({where})" if where else "")
        super().__init__(f"{prefix}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle from the parts, so that the message is not prefixed again when unpickled."""
        return (_reader_error, (type(self), self.reason, self.path, self.record, self.line, self.byte))


def _reader_error(kind: type[ReaderError], reason: str, path: str | None, record: int | None,
                  line: int | None, byte: int | None) -> ReaderError:
    return kind(reason, path=path, record=record, line=line, byte=byte)


class ReaderNotFoundError(ReaderError, FileNotFoundError):
    """An input path that does not exist (also a :class:`FileNotFoundError`)."""


class DecodingError(ReaderError):
    """Bytes that are not text in a supported encoding."""


class MissingTextError(ReaderError):
    """A record has none of the fields that carry text."""


class MissingExtraError(PersianewsError, ImportError):
    """An optional feature needs a package that is not installed; names the extra to install."""

    def __init__(self, feature: str, module: str, extra: str) -> None:
        self.feature = feature
        self.module = module
        self.extra = extra
        super().__init__(f"{feature} needs the {module!r} package: pip install 'persianews[{extra}]'")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.feature, self.module, self.extra))


class RecordTooLarge(PersianewsError):
    """A record is longer than the pipeline's ``max_record_chars``; it is refused, not processed."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"record of {size:,} characters is larger than the limit of {limit:,} "
                         "(max_record_chars)")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.size, self.limit))
