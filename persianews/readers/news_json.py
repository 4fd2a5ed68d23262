"""News records in JSON: IRNA-style (onTitr, titr, describe, text) and generic field names.

A record needs at least one text field (headline, supertitle, lead or body
under any alias); an empty or null one gives an empty document, none at all
a :class:`MissingTextError`. Fields with no alias are kept in
``metadata["extra"]``. A record with a channel and a text and no other text
field is a channel's post (:func:`is_post`), read as the Telegram readers read one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any, Iterator

from persianews.errors import MissingTextError, ReaderError
from persianews.readers.assemble import assemble
from persianews.readers.decoding import add_diagnostic, mark_legacy_encoding
from persianews.readers.json_records import NOTES, RawRecord, json_type
from persianews.readers.news_text import cut_trailer, text_metadata
from persianews.records import Article, FailedRecord, Provenance

IRNA_FIELDS = frozenset({"onTitr", "titr", "describe", "text"})
ALIASES: dict[str, tuple[str, ...]] = {
    "supertitle": ("onTitr", "kicker", "rutitr", "supertitle", "overline", "pretitle"),
    "headline": ("titr", "title", "headline"),
    "lead": ("describe", "lead", "abstract", "summary", "lid", "description"),
    "body": ("text", "body", "content", "paragraphs"),
    "date": ("date", "published", "published_at", "pubDate", "datetime"),
    "url": ("url", "link"),
    "tags": ("tags", "keywords"),
}
TEXT_PARTS = ("supertitle", "headline", "lead", "body")


POST_FORMAT = "telegram-post-json"
"""The format of a JSON record that is a channel's post (see :func:`is_post`)."""
_POST_FIELDS = ("channel", "text")
_NEWS_ONLY_PARTS = ("supertitle", "headline", "lead")


def is_post(record: Any) -> bool:
    """Whether a JSON record is a channel's post, as scrapers of Telegram write them (``{"channel": …, "text": …,
    "date": …, "msg_id": …}``): a text and a channel, both strings, and no headline, supertitle or lead field."""
    return isinstance(record, dict) and all(isinstance(record.get(name), str) for name in _POST_FIELDS) \
        and not any(name in record for part in _NEWS_ONLY_PARTS for name in ALIASES[part])


def record_format(record: Any, posts: bool = True) -> str:
    """``irna-json`` for IRNA's field names, :data:`POST_FORMAT` for a channel's post (when ``posts``), else
    ``news-json``."""
    if isinstance(record, dict) and IRNA_FIELDS & record.keys() >= {"titr", "text"}:
        return "irna-json"
    return POST_FORMAT if posts and is_post(record) else "news-json"


def article_from_record(record: Any, provenance: Provenance, posts: bool = True) -> Article:
    """One Article from a parsed news record (a channel's post read as a post when ``posts``); raises a
    ReaderError when it cannot."""
    where: dict[str, Any] = dict(path=provenance.path, record=provenance.record, line=provenance.line,
                                 byte=provenance.byte)
    if not isinstance(record, dict):
        raise ReaderError(f"a news record must be a JSON object, not {json_type(record)}", **where)
    if posts and is_post(record):
        return _post_from_record(record, provenance)
    fields, used = _aliased_fields(record)
    if not any(part in fields for part in TEXT_PARTS):
        raise MissingTextError("record has no text field (expected one of: "
                               + ", ".join(n for part in TEXT_PARTS for n in ALIASES[part]) + ")", **where)
    parts = {part: _as_text(fields.get(part), part, where) for part in TEXT_PARTS}
    metadata: dict[str, Any] = {}
    if parts["body"]:
        trailer = cut_trailer(parts["body"])
        parts["body"] = parts["body"][:trailer.length]
        metadata.update(trailer.metadata)
    metadata.update(text_metadata(parts["lead"], parts["body"]))
    for part in ("headline", "supertitle", "lead"):
        if (value := parts[part]) and value.strip():
            metadata[part] = value.strip()

    for key in ("date", "url"):
        if fields.get(key) not in (None, ""):
            metadata[key] = fields[key]
    if fields.get("tags") not in (None, ""):
        metadata["tags"] = _tags(fields["tags"])
    extra = {k: v for k, v in record.items() if k not in used}
    if extra:
        metadata["extra"] = extra
    return assemble([(part, parts[part]) for part in TEXT_PARTS], metadata, provenance)


def _aliased_fields(record: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Each part of :data:`ALIASES` the record gives, from the first of its names with a value (else the first
    present), and the field names read."""
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for part, names in ALIASES.items():
        for name in names:
            if name in record:
                used.add(name)
                if part not in fields or fields[part] in (None, ""):
                    fields[part] = record[name]
    return fields, used


def _post_from_record(record: dict[str, Any], provenance: Provenance) -> Article:
    """The Article of a post given as a JSON record, read as the Telegram text reader reads a post: its headline
    and body, the signature that closes it cut off and its handle the channel (else the record's channel), its
    date and url, the other fields as ``extra``."""
    from persianews.readers.telegram_post import closing_signature, post_article  # loaded on first use

    fields, _ = _aliased_fields(record)
    metadata: dict[str, Any] = {key: fields[key] for key in ("date", "url") if fields.get(key) not in (None, "")}
    used = {*_POST_FIELDS, *ALIASES["date"], *ALIASES["url"]}
    extra = {key: value for key, value in record.items() if key not in used}
    if extra:
        metadata["extra"] = extra
    end, handle = closing_signature(record["text"])
    return post_article(record["text"][:end], provenance, metadata, channel=handle or record["channel"])


def _as_text(value: Any, part: str, where: dict[str, Any]) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _join_paragraphs([v.strip() for v in value if v.strip()])
    raise ReaderError(f"the {part} field must be a string or a list of strings, not {json_type(value)}", **where)


def _join_paragraphs(paragraphs: list[str]) -> str:
    """A list of paragraphs as one text, a line break between two, but a zero-width space (:data:`CUT_NUMBER_JOIN`)
    where a number was cut at its decimal point (or a date at a dot) in a record of sentence lines
    (:func:`_sentence_lines`): a paragraph that ends in digits and «.» and one that opens with digits not followed
    by «. » (a list item's number) are one number, «۴.» / «۵ میلیارد» (a dataset split at every «.»: 1009 pairs in
    news-dev-2, each of 80 read a decimal or a date; the 12 of news-dev open a numbered list and stay apart), but
    not a year then a count («سال ۱۴۰۲.» / «۵ نفر», none of the 1009). Normalization drops the zero-width space,
    so the normalized text reads «۴.۵», a decimal no stage splits. One character either way: offsets are those of
    the paragraphs joined by line breaks."""
    if not paragraphs:
        return ""
    pieces = [paragraphs[0]]
    cut = _sentence_lines(paragraphs)
    for before, after in pairwise(paragraphs):
        joined = (cut and _CUT_NUMBER_END.search(before) and _CUT_NUMBER_REST.match(after)
                  and not (_YEAR_END.search(before) and _COUNT_START.match(after)))
        pieces += (CUT_NUMBER_JOIN if joined else "\n", after)
    return "".join(pieces)


def _sentence_lines(paragraphs: list[str]) -> bool:
    """Whether a record looks split at its sentences, the shape
    :attr:`persianews.quotes.context.View.lines_are_sentences` asks of a text: ``_MIN_SENTENCE_LINES``
    paragraphs or more and none going on after a full stop (a paragraph of several sentences does: there a
    paragraph's end after a number is a sentence's end). All 257 records of news-dev-2 with a cut number pass
    (1009 pairs); linear in the text."""
    return len(paragraphs) >= _MIN_SENTENCE_LINES and not any(_STOP_INSIDE.search(p) for p in paragraphs)


_MIN_SENTENCE_LINES = 4
_STOP_INSIDE = re.compile(r"\D\.\s+\S")


CUT_NUMBER_JOIN = "\u200b"
"""What stands between the two halves of a number cut at its decimal point: a zero-width space, which
normalization removes (a space would leave «۴. ۵», which reads as a sentence end and a new number)."""
_CUT_NUMBER_END = re.compile(r"\d\.$")
_CUT_NUMBER_REST = re.compile(r"\d+(?!\d|\.\s)")
# A year ending a paragraph and a number and a space opening the next: no decimal (a date goes on «1399.» / «02.»).
_YEAR_END = re.compile(r"(?<![\d.,/٫])(?:1[34]|19|20|[۱١][۳۴۹٣٤٩]|[۲٢][۰٠])[\d]{2}\.$")
_COUNT_START = re.compile(r"\d+\s")


def _tags(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(tag).strip() for tag in value if str(tag).strip()]
    return [tag.strip() for tag in str(value).replace("،", ",").split(",") if tag.strip()]


def articles_from_records(records: Iterator[RawRecord], path: str | None,
                          posts: bool = True) -> Iterator[Article | FailedRecord]:
    """Articles (or failures) for each raw JSON record, numbered in input order; ``posts=False`` reads a
    channel's post as a news record (its text the body), as the formats ``jsonl`` and ``news-json`` ask."""
    for index, raw in enumerate(records):
        provenance = Provenance(path, index, record_format(raw.value, posts), raw.line, raw.byte)
        if raw.error is not None:
            yield FailedRecord(provenance, raw.error)
            continue
        try:
            article = article_from_record(raw.value, provenance, posts)
        except ReaderError as error:
            yield FailedRecord(provenance, error)
            continue
        for code in raw.notes:
            article = add_diagnostic(article, code, NOTES[code])
        yield mark_legacy_encoding(article) if raw.encoding == "cp1256" else article
