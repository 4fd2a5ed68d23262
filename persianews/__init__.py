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

import logging

from persianews.document import Document
from persianews.errors import (
    DecodingError, InputTypeError, MissingExtraError, MissingTextError, PersianewsError, PipelineError,
    ReaderError, ReaderNotFoundError, RecordTooLarge, SchemaError,
)
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

__version__ = "0.2.0.dev0"

logging.getLogger("persianews").addHandler(logging.NullHandler())

__all__ = [
    "Article", "Cluster", "DecodingError", "Diagnostic", "Document", "Entity", "FailedRecord", "InputTypeError",
    "Mention", "MissingExtraError", "MissingTextError", "NormalizationConfig", "NormalizedText", "Official",
    "PersianewsError", "Pipeline", "PipelineError", "Provenance", "Quote", "ReaderError", "ReaderNotFoundError",
    "RecordTooLarge", "SCHEMA_VERSION", "SchemaError", "Section", "Sentence", "Span", "Token", "load", "normalize", "output_schema",
    "read", "register_stage", "registered_stages", "render", "to_dataframe",
]
