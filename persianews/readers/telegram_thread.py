"""Reply threads in Telegram exports: messages of one chat numbered as records and linked by id.

The JSON and HTML readers turn each message into an :class:`ExportedMessage`
and :func:`post_records` turns those into Articles, in order, resolving
``reply_to_message_id`` to the record index (and Article) of the message
replied to. Memory: the index keeps every message id of the current chat
(a dict entry, about 100 bytes, each) but only the last
:data:`ReplyIndex.WINDOW` Articles, so a reply to an older post still gets
``reply_to_record`` but no ``replied_to`` or ``thread_headline``.

The context window of a reply is one level: its ``replied_to`` is the
Article it replies to *without* that Article's own ``replied_to``, so a
chain of replies never keeps the whole chain alive and an Article pickles
flat. The thread's headline still runs down the chain through
``metadata["thread_headline"]``, which each reply copies from its parent.
"""

from __future__ import annotations

from typing import Any, Hashable, Iterable, Iterator, Union

import attrs

from persianews.errors import ReaderError
from persianews.readers.telegram_post import Markup, post_article
from persianews.records import Article, FailedRecord, Provenance

ChatSelection = Union[str, int, Iterable[Union[str, int]], None]
"""A chat name or id, several of them, or None for every chat."""


def chat_keys(chat: ChatSelection) -> tuple[str, ...]:
    """The chosen chat names and ids, folded for comparison; empty for every chat."""
    if chat is None:
        return ()
    chosen = [chat] if isinstance(chat, (str, int)) else list(chat)
    return tuple(str(c).strip().casefold() for c in chosen)


class ReplyIndex:
    """The posts of one chat so far: record index by message id, recent Articles by record."""

    WINDOW = 10_000

    def __init__(self) -> None:
        self._records: dict[Hashable, int] = {}
        self._articles: dict[int, Article] = {}

    def add(self, message_id: Hashable | None, article: Article) -> None:
        """Remember an article (and its message id) for the replies that follow; keeps the last ``WINDOW``."""
        record = article.provenance.record
        if message_id is not None:
            self._records[message_id] = record
        self._articles[record] = without_context(article)
        if len(self._articles) > self.WINDOW:
            del self._articles[next(iter(self._articles))]

    def target(self, message_id: Hashable | None) -> tuple[int | None, Article | None]:
        """The record index and (when still held) the Article of a message of this chat."""
        record = self._records.get(message_id) if message_id is not None else None
        return record, self._articles.get(record) if record is not None else None


def without_context(article: Article) -> Article:
    """The article as the context of a reply: without the article it replies to in turn."""
    return article if article.replied_to is None else attrs.evolve(article, replied_to=None)


@attrs.frozen
class ExportedMessage:
    """One message with text, as an export gives it, before the post structure is parsed."""

    chat: Hashable
    """Identifies the chat within the file: message ids are unique per chat."""
    message_id: Hashable
    text: str
    metadata: dict[str, Any]
    path: str | None
    markup: Markup = Markup()
    channel: str | None = None
    reply_to_id: Hashable | None = None
    line: int | None = None
    byte: int | None = None


@attrs.frozen
class MessageError:
    """A message (or the rest of a file) that could not be read."""

    error: ReaderError
    path: str | None
    line: int | None = None
    byte: int | None = None


def post_records(messages: Iterable[ExportedMessage | MessageError], format: str) -> Iterator[Article | FailedRecord]:
    """One Article (or FailedRecord) per message, numbered from 0 in input order.

    A post without a signature line takes the chat's last signature as its
    channel, else the message's own fallback (a channel's name).
    """
    index = ReplyIndex()
    chat: Any = None
    signature: str | None = None
    for record, message in enumerate(messages):
        if isinstance(message, MessageError):
            found = message.error
            error = type(found)(found.reason, path=found.path, record=record, line=found.line, byte=found.byte)
            yield FailedRecord(Provenance(message.path, record, format, message.line, message.byte), error)
            continue
        if message.chat != chat:
            index, chat, signature = ReplyIndex(), message.chat, None
        reply_to_record, replied_to = index.target(message.reply_to_id)
        fallback = signature or message.channel
        article = post_article(message.text, Provenance(message.path, record, format, message.line, message.byte),
                               message.metadata, markup=message.markup, channel=fallback,
                               reply_to_record=reply_to_record, replied_to=replied_to)
        if article.metadata["channel"] != fallback:
            signature = article.metadata["channel"]
        index.add(message.message_id, article)
        yield article
