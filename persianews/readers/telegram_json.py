"""Telegram Desktop JSON exports (``result.json``), streamed with ijson.

Both shapes are read: a single-chat export ``{name, type, id, messages}``
and a full-account export, whose chats are under ``chats.list`` and
``left_chats.list``; ``chat`` (a name or id, or several) keeps only the
chats named, and says so in an error record when none matches.

Which messages become documents: a message of type ``message`` whose text
is not blank. Service messages (pins, joins, title changes) and messages
without text (a photo or sticker without caption) yield nothing; a photo or
file with a caption is a document whose text is the caption. The text is a
string or a list mixing strings and entity objects ``{type, text, href?}``
(``text_entities`` has the same shape and is preferred when present); links
come from ``link`` entities and ``text_link`` targets, bold runs go to
``metadata["bold"]`` (a bold first line is a headline candidate), hashtags
and mentions from the text. Old exports (integer ``from_id``, no
``date_unixtime``, no ``text_entities``) read the same way.

Metadata: the chat (``chat``, ``chat_id``, ``chat_type``), ``message_id``,
``date``, ``date_unixtime``, ``edited``, ``from``, ``from_id``, ``author``,
``forwarded_from``, ``reply_to_message_id``, ``media`` and the other
message fields under ``extra``; replies are resolved within the chat
(:mod:`persianews.readers.telegram_thread`).

Memory: parsing is incremental (``ijson.basic_parse``), one message held at
a time. ijson reports no positions, so documents carry their record index
and message id; a syntax error ends the file with one error record naming
the 64 KiB block where the parser stopped (the exact byte for invalid
UTF-8). The stream must be UTF-8 (a BOM is skipped); :func:`read` re-encodes
UTF-16 input first.
"""

from __future__ import annotations

import codecs
from typing import IO, Any, Hashable, Iterator

import attrs
import ijson

from persianews.errors import DecodingError, ReaderError
from persianews.readers.json_records import MAX_DEPTH, json_type
from persianews.readers.streams import CountingReader, chain
from persianews.readers.telegram_post import Markup
from persianews.readers.telegram_thread import ChatSelection, ExportedMessage, MessageError, chat_keys, post_records
from persianews.records import Article, FailedRecord, Span

FORMAT = "telegram-json"
CHANNEL_TYPES = frozenset({"public_channel", "private_channel"})
_CHAT_PATHS = frozenset({(), ("chats", "list", "item"), ("left_chats", "list", "item")})
_MESSAGE_FIELDS = {"id": "message_id", "date": "date", "date_unixtime": "date_unixtime", "edited": "edited",
                   "edited_unixtime": "edited_unixtime", "from": "from", "from_id": "from_id", "author": "author",
                   "forwarded_from": "forwarded_from", "saved_from": "saved_from",
                   "reply_to_message_id": "reply_to_message_id", "via_bot": "via_bot"}
_TEXT_FIELDS = frozenset({"type", "text", "text_entities"})
_LISTED_CHATS = 20


@attrs.define
class _Chat:
    ordinal: int
    fields: dict[str, Any] = attrs.field(factory=dict)

    @property
    def label(self) -> str:
        return f"{self.fields.get('name')!r} (id {self.fields.get('id')})"

    def metadata(self) -> dict[str, Any]:
        return {f"chat{suffix}": self.fields[key] for key, suffix in (("name", ""), ("id", "_id"), ("type", "_type"))
                if self.fields.get(key) is not None}

    def matches(self, wanted: tuple[str, ...]) -> bool:
        names = {str(self.fields.get("id")), str(self.fields.get("name") or "").strip().casefold()}
        return not wanted or any(w in names for w in wanted)


@attrs.define
class _Frame:
    """An open JSON container outside the messages."""

    path: tuple[str, ...]
    is_map: bool
    key: str | None = None
    chat: _Chat | None = None
    messages_of: _Chat | None = None


def read_telegram_json(stream: IO[bytes], path: str | None,
                       chat: ChatSelection = None) -> Iterator[Article | FailedRecord]:
    """Documents of the chosen chats of an export, in file order."""
    return post_records(_messages(stream, path, chat_keys(chat)), FORMAT)


def _without_bom(stream: IO[bytes]) -> tuple[IO[bytes], int]:
    """The UTF-8 stream without its byte order mark, and the number of bytes skipped."""
    head = stream.read(3)
    if head.startswith(codecs.BOM_UTF8):
        return chain(head[3:], stream), 3
    return chain(head, stream), 0


def _messages(stream: IO[bytes], path: str | None, wanted: tuple[str, ...]) -> Iterator[ExportedMessage | MessageError]:
    reader = CountingReader(*_without_bom(stream))
    frames: list[_Frame] = []
    chats: list[_Chat] = []
    chosen = 0
    message: _MessageBuilder | None = None
    try:
        for event, value in ijson.basic_parse(reader, use_float=True):
            if message is not None:
                if message.feed(event, value):
                    if message.selected:
                        yield from _exported(message.value(), message.chat, path)
                    message = None
                continue
            if event == "map_key":
                frames[-1].key = value
            elif event in ("start_map", "start_array"):
                parent = frames[-1] if frames else None
                if parent is not None and parent.messages_of is not None:
                    message = _MessageBuilder(parent.messages_of, event, parent.messages_of.matches(wanted))
                    continue
                frame = _child(parent, event == "start_map")
                if len(frames) >= MAX_DEPTH:
                    yield MessageError(ReaderError(f"JSON nested deeper than {MAX_DEPTH} levels", path=path,
                                                   byte=reader.block_start), path, byte=reader.block_start)
                    return
                if frame.is_map and frame.path in _CHAT_PATHS:
                    frame.chat = _Chat(len(chats))
                elif not frame.is_map and parent is not None and parent.chat is not None and parent.key == "messages":
                    frame.messages_of = parent.chat
                    chats.append(parent.chat)
                    chosen += parent.chat.matches(wanted)
                frames.append(frame)
            elif event in ("end_map", "end_array"):
                frames.pop()
            elif frames and frames[-1].messages_of is not None:
                yield from _exported(value, frames[-1].messages_of, path)
            elif frames and frames[-1].chat is not None and frames[-1].key in ("name", "type", "id"):
                frames[-1].chat.fields[frames[-1].key] = value
    except ijson.JSONError as error:
        yield MessageError(_parse_error(error, reader, path), path, byte=reader.block_start)
        return
    except (ValueError, OverflowError) as error:
        yield MessageError(ReaderError(f"invalid JSON value: {error}", path=path, byte=reader.block_start),
                           path, byte=reader.block_start)
        return
    if not chats:
        yield MessageError(ReaderError("not a Telegram export: no messages list found", path=path), path)
    elif wanted and not chosen:
        listed = ", ".join(chat.label for chat in chats[:_LISTED_CHATS])
        more = f" and {len(chats) - _LISTED_CHATS} more" if len(chats) > _LISTED_CHATS else ""
        yield MessageError(ReaderError(f"no chat matches {', '.join(wanted)!r}; chats in this file: {listed}{more}",
                                       path=path), path)


def _child(parent: _Frame | None, is_map: bool) -> _Frame:
    if parent is None:
        return _Frame((), is_map)
    return _Frame(parent.path + ((parent.key or "") if parent.is_map else "item",), is_map)


class _MessageBuilder:
    """Follows one message's parser events, building it when selected and not nested beyond MAX_DEPTH."""

    def __init__(self, chat: _Chat, event: str, selected: bool) -> None:
        self.chat = chat
        self.selected = selected
        self._builder: ijson.ObjectBuilder | None = ijson.ObjectBuilder() if selected else None
        self._depth = 0
        self._too_deep = False
        self.feed(event, None)

    def feed(self, event: str, value: Any) -> bool:
        """Take one event; True when the message is complete."""
        if event in ("start_map", "start_array"):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                self._builder, self._too_deep = None, True
        elif event in ("end_map", "end_array"):
            self._depth -= 1
        if self._builder is not None:
            self._builder.event(event, value)
        return self._depth == 0

    def value(self) -> Any:
        return _TOO_DEEP if self._too_deep or self._builder is None else self._builder.value


_TOO_DEEP = object()


def _exported(message: Any, chat: _Chat, path: str | None) -> Iterator[ExportedMessage | MessageError]:
    """The message as an ExportedMessage; nothing for service and text-less messages."""
    if message is _TOO_DEEP or not isinstance(message, dict):
        reason = f"JSON nested deeper than {MAX_DEPTH} levels" if message is _TOO_DEEP else \
            f"a message must be a JSON object, not {json_type(message)}"
        yield MessageError(ReaderError(reason, path=path), path)
        return
    if message.get("type", "message") != "message":
        return
    entities = message.get("text_entities")
    try:
        text, markup = flatten_text(entities if isinstance(entities, list) else message.get("text"))
    except ValueError as error:
        yield MessageError(ReaderError(f"message {message.get('id')!r}: {error}", path=path), path)
        return
    if not text.strip():
        return
    metadata = chat.metadata()
    metadata.update({name: message[field] for field, name in _MESSAGE_FIELDS.items() if field in message})
    media = _media(message)
    if media:
        metadata["media"] = media
    extra = {k: v for k, v in message.items() if k not in _MESSAGE_FIELDS and k not in _TEXT_FIELDS}
    if extra:
        metadata["extra"] = extra
    reply_to = None if "reply_to_peer_id" in message else _key(message.get("reply_to_message_id"))
    channel = chat.fields.get("name") if chat.fields.get("type") in CHANNEL_TYPES else None
    yield ExportedMessage(chat.ordinal, _key(message.get("id")), text, metadata, path, markup,
                          channel if isinstance(channel, str) else None, reply_to)


def flatten_text(value: Any) -> tuple[str, Markup]:
    """The plain text of an export's ``text``/``text_entities`` value, with its links and bold runs."""
    pieces = value if isinstance(value, list) else [value]
    parts: list[str] = []
    links: list[tuple[int, str]] = []
    bold: list[Span] = []
    position = 0
    kind: str | None
    for piece in pieces:
        if piece is None or isinstance(piece, str):

            kind, text, href = "plain", piece or "", None
        elif isinstance(piece, dict) and isinstance(piece.get("text", ""), str):
            kind, text, href = piece.get("type"), piece.get("text", ""), piece.get("href")
        else:
            raise ValueError("text must be a string or a list of strings and {type, text} objects")
        if kind == "link" and text.strip():
            links.append((position, text.strip()))
        elif kind == "text_link" and isinstance(href, str) and href.strip():
            links.append((position, href.strip()))
        elif kind == "bold" and text:
            bold.append(Span(position, position + len(text)))
        parts.append(text)
        position += len(text)
    return "".join(parts), Markup(tuple(links), tuple(bold))


def _media(message: dict[str, Any]) -> str | None:
    if "photo" in message:
        return "photo"
    if isinstance(message.get("media_type"), str):
        return message["media_type"]
    return "file" if "file" in message else None


def _key(value: Any) -> Hashable | None:
    return value if isinstance(value, (int, str)) and not isinstance(value, bool) else None


def _parse_error(error: Exception, reader: CountingReader, path: str | None) -> ReaderError:
    detail = error.args[0] if error.args else ""
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    first_line = str(detail).strip().splitlines()[0] if str(detail).strip() else type(error).__name__
    if "invalid bytes in UTF8" in first_line:
        return DecodingError("not UTF-8 text: invalid byte", path=path, byte=_first_invalid_utf8(reader))
    return ReaderError(f"invalid JSON ({first_line}) in the 64 KiB block from byte {reader.block_start}",
                       path=path, byte=reader.block_start)


def _first_invalid_utf8(reader: CountingReader) -> int:
    """The offset of the first invalid UTF-8 sequence in the parser's last block."""
    block, skip = reader.block, 0
    while skip < min(3, len(block)) and 0x80 <= block[skip] < 0xC0:
        skip += 1
    try:
        codecs.getincrementaldecoder("utf-8")().decode(block[skip:], final=False)
    except UnicodeDecodeError as error:
        return reader.block_start + skip + error.start
    return reader.block_start
