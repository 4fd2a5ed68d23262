"""persianews: Persian news to structured facts.

Reads news items (IRNA-style and generic JSON/JSONL, Telegram posts), normalizes
the Persian text with offsets back to the source, and extracts people,
officials, places, organisations and attributed quotes.

    >>> import persianews
    >>> nlp = persianews.load()
    >>> doc = nlp("فرماندار تاکستان گفت: انتخابات مهم است.")
    >>> [q.speaker for q in doc.quotes]
"""

from __future__ import annotations

import logging

from persianews.document import Document
from persianews.errors import (
    DecodingError, InputTypeError, MissingExtraError, MissingTextError, PersianewsError, PipelineError,
    ReaderError, RecordTooLarge,
)
from persianews.pipeline import Pipeline, load, register_stage, registered_stages
from persianews.readers import read
from persianews.records import (
    Article, Cluster, Diagnostic, Entity, FailedRecord, Mention, Official, Provenance, Quote, Section,
    Sentence, Span, Token,
)
from persianews.text.normalize import NormalizationConfig, NormalizedText, normalize

__version__ = "0.2.0.dev0"

logging.getLogger("persianews").addHandler(logging.NullHandler())

__all__ = [
    "Article", "Cluster", "DecodingError", "Diagnostic", "Document", "Entity", "FailedRecord",
    "InputTypeError", "Mention", "MissingExtraError", "MissingTextError", "NormalizationConfig", "NormalizedText", "Official",
    "PersianewsError", "Pipeline", "PipelineError", "Provenance", "Quote", "ReaderError", "RecordTooLarge", "Section",
    "Sentence", "Span", "Token", "load", "normalize", "read", "register_stage", "registered_stages",
]
