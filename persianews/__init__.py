"""persianews: Persian news to structured facts.

Reads news items (IRNA-style and generic JSON/JSONL, Telegram posts), normalizes
the Persian text with offsets back to the source, and extracts people,
officials, places, organisations and attributed quotes.

    >>> import persianews
    >>> nlp = persianews.load()
    >>> doc = nlp("فرماندار تاکستان گفت: انتخابات مهم است.")
    >>> [(entity.text, entity.label) for entity in doc.ents]
    [('فرماندار تاکستان', 'TITLE'), ('تاکستان', 'LOC')]
    >>> for quote in doc.quotes:
    ...     print(quote.speaker, "|", quote.cue.text, "|", quote.content.text)
    فرماندار تاکستان | گفت | انتخابات مهم است.
    >>> doc
    <Document 'text#0' 39 chars: 1 sentences, 8 tokens, 2 entities, 0 officials, 1 quotes, 0 diagnostics>
"""


from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from persianews.errors import (
    DecodingError, InputTypeError, MissingExtraError, MissingTextError, PersianewsError, PipelineError,
    ReaderError, ReaderNotFoundError, RecordTooLarge, SchemaError,
)

if TYPE_CHECKING:
    from persianews.document import Document
    from persianews.export.html import render
    from persianews.export.tables import to_dataframe
    from persianews.pipeline import Pipeline, load, register_stage, registered_stages
    from persianews.readers import read
    from persianews.records import (
        Article, Cluster, Diagnostic, Entity, FailedRecord, Mention, Official, Provenance, Quote, Section,
        Sentence, Span, Token,
    )
    from persianews.schema import SCHEMA_VERSION, output_schema
    from persianews.text.normalize import NormalizationConfig, NormalizedText, normalize

_LAZY = {name: module for module, names in {
    "persianews.document": ["Document"],
    "persianews.export.html": ["render"],
    "persianews.export.tables": ["to_dataframe"],
    "persianews.pipeline": ["Pipeline", "load", "register_stage", "registered_stages"],
    "persianews.readers": ["read"],
    "persianews.records": ["Article", "Cluster", "Diagnostic", "Entity", "FailedRecord", "Mention", "Official",
                           "Provenance", "Quote", "Section", "Sentence", "Span", "Token"],
    "persianews.schema": ["SCHEMA_VERSION", "output_schema"],
    "persianews.text.normalize": ["NormalizationConfig", "NormalizedText", "normalize"],
}.items() for name in names}
"""The module of each public name beyond the errors: imported when the name is first read (PEP 562), so that
``import persianews`` does not load the readers, the exports and the text modules before they are used."""


def __getattr__(name: str) -> Any:
    """A public name of :data:`_LAZY`, imported from its module on first use (and kept as the package's own)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The package's names, the lazily imported ones included."""
    return sorted({*globals(), *_LAZY})


__version__ = "0.2.0.dev0"

logging.getLogger("persianews").addHandler(logging.NullHandler())

__all__ = [
    "Article", "Cluster", "DecodingError", "Diagnostic", "Document", "Entity", "FailedRecord", "InputTypeError",
    "Mention", "MissingExtraError", "MissingTextError", "NormalizationConfig", "NormalizedText", "Official",
    "PersianewsError", "Pipeline", "PipelineError", "Provenance", "Quote", "ReaderError", "ReaderNotFoundError",
    "RecordTooLarge", "SCHEMA_VERSION", "SchemaError", "Section", "Sentence", "Span", "Token", "load", "normalize", "output_schema",
    "read", "register_stage", "registered_stages", "render", "to_dataframe",
]
