"""Telegram Desktop HTML exports: ``messages.html`` and its continuation pages, read as one chat.

Given ``messages.html`` (or the folder holding it), the pages
``messages.html``, ``messages2.html``, ``messages3.html``… of that folder
are read in numeric order; any other page given alone is read alone. Each
page is decoded whole (Telegram writes at most 1000 messages a page) and
parsed with the standard library's :mod:`html.parser`.

A ``div.message.default`` (``id="messageN"``) is a message: its sender is
the ``from_name`` header, or for a "joined" message (no header) the
previous sender; its full date is the ``title`` of ``div.date``; its text is
``div.text`` with ``<br>`` as line breaks, ``<a>`` links and ``<strong>``
bold runs; ``div.reply_to`` links (``#go_to_messageN``,
``messagesK.html#go_to_messageN`` or ``GoToMessage(N)``) name the message
replied to. As in the JSON reader, service messages and messages without
text give no document. ``chat`` keeps only chats whose page header names
one of the given names (the HTML export has no chat ids). The content of
``script``, ``style`` and ``template`` elements is never text. A message
whose id is not a number of at most 18 digits is an error record of its own;
a message ``div`` opened inside another message (unclosed markup) ends it.

Memory: a page is decoded whole; the stack of open elements holds one shared
``(tag, classes)`` pair per distinct element shape, so deeply nested markup
costs a pointer per level. Time is linear in the page.

Provenance: ``path`` is the page holding the message and ``line`` the line
of its ``div``; record indexes run on across the pages of the chat.
"""

from __future__ import annotations

import datetime
import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import attrs

from persianews.errors import ReaderError
from persianews.readers.decoding import decode
from persianews.readers.telegram_post import LINK, Markup
from persianews.readers.telegram_thread import ChatSelection, ExportedMessage, MessageError, chat_keys, post_records
from persianews.records import Article, FailedRecord, Span

FORMAT = "telegram-html"
FIRST_PAGE = "messages.html"
_PAGE_NAME = re.compile(r"^messages(\d*)\.html$")
_MESSAGE_ID = re.compile(r"^message(-?\d{1,18})$")
_REPLY_HREF = re.compile(r"go_to_message(\d{1,18})\b")
_REPLY_ONCLICK = re.compile(r"GoToMessage\((\d{1,18})\)")
_HIDDEN = frozenset({"script", "style", "template"})
"""Elements whose content is never message text."""
_SHAPES_KEPT = 4096
_DATE_TITLE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{2}):?(\d{2}))?$")
_VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                            "source", "track", "wbr"})
_ROLES = ("from_name", "reply_to", "text", "signature")
_CONTEXT_CLASSES = frozenset({"page_header", "forwarded", "media_wrap", "details"})
"""Classes whose presence among the open elements changes how content is read."""


@attrs.define
class _Message:
    """What the parser gathered for one message."""

    message_id: int | None
    line: int
    service: bool
    joined: bool
    problem: str | None = None
    sender: str = ""
    forwarded: bool = False
    forwarded_from: str = ""
    date_title: str | None = None
    reply_to: int | None = None
    author: str = ""
    media: str | None = None
    text: list[str] = attrs.field(factory=list)
    length: int = 0
    links: list[tuple[int, str]] = attrs.field(factory=list)
    bold: list[Span] = attrs.field(factory=list)

    def add_text(self, text: str) -> None:
        self.text.append(text)
        self.length += len(text)


class _PageParser(HTMLParser):
    """Collects the chat name and the messages of one export page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chat_name = ""
        self.messages: list[_Message] = []
        self._open: list[tuple[str, frozenset[str]]] = []
        self._shapes: dict[tuple[str, str], tuple[str, frozenset[str]]] = {}
        self._hidden = 0
        self._open_tags: Counter[str] = Counter()
        self._open_classes: Counter[str] = Counter()
        self._message: _Message | None = None
        self._message_depth = 0
        self._role: str | None = None
        self._role_depth = 0
        self._anchor: tuple[int, int, str] | None = None
        self._bold_start: int | None = None

    def _inside(self, name: str) -> bool:
        return self._open_classes[name] > 0

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        attrs_ = {name: value or "" for name, value in attributes}
        shape = self._shape(tag, attrs_.get("class", ""))
        classes = shape[1]
        message = self._message
        if self._hidden or tag in _HIDDEN:
            if tag not in _VOID_ELEMENTS:
                self._hidden += tag in _HIDDEN
                self._push(shape)
            return
        if message is not None and tag == "div" and "message" in classes:
            self._finish_message()
            self._start_message(attrs_, classes)
        elif message is not None and self._role is not None:
            self._inline_start(tag, attrs_, message)
        elif tag == "div" and "message" in classes:
            self._start_message(attrs_, classes)
        elif message is not None:
            self._message_part(tag, attrs_, classes, message)
        elif tag == "div" and "text" in classes and self._inside("page_header") and not self.chat_name:
            self._role, self._role_depth = "chat_name", len(self._open) + 1
        if tag not in _VOID_ELEMENTS:
            self._push(shape)

    def _shape(self, tag: str, class_attribute: str) -> tuple[str, frozenset[str]]:
        """One shared (tag, classes) pair per distinct element shape (a bounded number are kept)."""
        key = (tag, class_attribute)
        shape = self._shapes.get(key)
        if shape is None:
            shape = (tag, frozenset(class_attribute.split()))
            if len(self._shapes) < _SHAPES_KEPT:
                self._shapes[key] = shape
        return shape

    def _push(self, shape: tuple[str, frozenset[str]]) -> None:
        self._open.append(shape)
        self._open_tags[shape[0]] += 1
        if shape[1] & _CONTEXT_CLASSES:
            self._open_classes.update(shape[1] & _CONTEXT_CLASSES)

    def _start_message(self, attrs_: dict[str, str], classes: frozenset[str]) -> None:
        given = attrs_.get("id", "")
        match = _MESSAGE_ID.match(given)
        self._message = _Message(int(match.group(1)) if match else None, self.getpos()[0],
                                 service="service" in classes, joined="joined" in classes)
        if given.startswith("message") and not match:
            self._message.problem = f"malformed message id {given[:40]!r}{'…' if len(given) > 40 else ''}"
        self._message_depth = len(self._open) + 1

    def _message_part(self, tag: str, attrs_: dict[str, str], classes: frozenset[str], message: _Message) -> None:
        if "forwarded" in classes and "body" in classes:
            message.forwarded = True
        elif "date" in classes and "title" in attrs_ and not self._inside("forwarded"):
            message.date_title = message.date_title or attrs_["title"]
        elif self._inside("media_wrap") and message.media is None:
            kinds = sorted(c for c in classes - {"media_wrap"} if c.endswith("_wrap") or c.startswith("media_"))
            message.media = kinds[0].removeprefix("media_").removesuffix("_wrap") if kinds else None
        role = next((name for name in _ROLES if name in classes), None) if tag == "div" else None
        if role is not None:
            self._role, self._role_depth = role, len(self._open) + 1

    def _inline_start(self, tag: str, attrs_: dict[str, str], message: _Message) -> None:
        if self._role == "reply_to" and tag == "a":
            found = _REPLY_HREF.search(attrs_.get("href", "")) or _REPLY_ONCLICK.search(attrs_.get("onclick", ""))
            if found:
                message.reply_to = int(found.group(1))
        elif self._role == "text" and tag == "br":
            message.add_text("\n")
        elif self._role == "text" and tag == "a":
            self._anchor = (message.length, len(message.text), attrs_.get("href", ""))
        elif self._role == "text" and tag in ("strong", "b"):
            self._bold_start = message.length

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_ELEMENTS or not self._open_tags[tag]:
            return
        while self._open:
            name, classes = self._open.pop()
            self._open_tags[name] -= 1
            self._hidden -= name in _HIDDEN and self._hidden > 0
            if classes & _CONTEXT_CLASSES:
                self._open_classes.subtract(classes & _CONTEXT_CLASSES)
            depth = len(self._open) + 1
            if self._message is not None and self._role == "text":
                self._inline_end(name)
            if self._role is not None and depth == self._role_depth:
                self._role = None
            if self._message is not None and depth == self._message_depth:
                self._finish_message()
            if name == tag:
                return

    def _inline_end(self, tag: str) -> None:
        message = self._message
        if message is None:
            return
        if tag == "a" and self._anchor is not None:
            start, first_part, href = self._anchor
            shown = "".join(message.text[first_part:]).strip()
            is_target = href and not href.startswith(("#", "mailto:", "tel:", "javascript:"))
            if is_target and not shown.startswith(("@", "#")):
                message.links.append((start, shown if _looks_like_url(shown) else href))
            self._anchor = None
        elif tag in ("strong", "b") and self._bold_start is not None:
            message.bold.append(Span(self._bold_start, message.length))
            self._bold_start = None

    def handle_data(self, data: str) -> None:
        message = self._message
        if self._hidden:
            return
        if self._role == "chat_name":
            self.chat_name += data
        elif message is None or self._role is None:
            return
        elif self._role == "text":
            message.add_text(data)
        elif self._role == "from_name" and not self._inside("details"):
            if self._inside("forwarded"):
                message.forwarded_from += data
            else:
                message.sender += data
        elif self._role == "signature":
            message.author += data

    def _finish_message(self) -> None:
        if self._message is not None:
            self.messages.append(self._message)

        self._message, self._role, self._anchor, self._bold_start = None, None, None, None

    def close(self) -> None:
        super().close()
        if self._message is not None:
            self._finish_message()


def _looks_like_url(text: str) -> bool:
    return bool(text) and LINK.fullmatch(text) is not None


def continuation_pages(path: str) -> list[str]:
    """The pages after ``messages.html`` in its folder, in numeric order (empty for any other page)."""
    if os.path.basename(path) != FIRST_PAGE or not os.path.isfile(path):
        return []
    folder = Path(path).parent
    numbered = []
    for entry in folder.iterdir():
        match = _PAGE_NAME.match(entry.name)
        if match and match.group(1) and entry.is_file():
            numbered.append((int(match.group(1)), str(entry)))
    return [page for _, page in sorted(numbered)]


def read_telegram_html(text: str, path: str | None = None,
                       chat: ChatSelection = None) -> Iterator[Article | FailedRecord]:
    """Documents of an export page and, for ``messages.html``, of its continuation pages."""
    return post_records(_messages(text, path, chat_keys(chat)), FORMAT)


def _messages(text: str, path: str | None, wanted: tuple[str, ...]) -> Iterator[ExportedMessage | MessageError]:
    chat_key = path or "<text>"
    state = _ThreadState()
    first = _parse(text, path)
    if isinstance(first, MessageError):
        yield first
        return
    chat_name = first.chat_name.strip()
    if wanted and chat_name.casefold() not in wanted:
        return
    yield from state.exported(first.messages, path, chat_key, chat_name)
    for page in continuation_pages(path or ""):
        try:
            with open(page, "rb") as stream:
                page_text, _ = decode(stream.read(), page)
        except ReaderError as error:
            yield MessageError(error, page, byte=error.byte)
            continue
        except OSError as error:
            yield MessageError(ReaderError(f"cannot open: {error.strerror or error}", path=page), page)
            continue
        parsed = _parse(page_text, page)
        if isinstance(parsed, MessageError):
            yield parsed
            continue
        yield from state.exported(parsed.messages, page, chat_key, chat_name)


def _parse(text: str, path: str | None) -> _PageParser | MessageError:
    parser = _PageParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as error:
        line = parser.getpos()[0]
        return MessageError(ReaderError(f"malformed HTML: {error}", path=path, line=line), path, line=line)
    return parser


class _ThreadState:
    """What a joined message takes from the one before it: sender and forward source."""

    def __init__(self) -> None:
        self.sender = ""
        self.forwarded_from = ""

    def exported(self, messages: list[_Message], path: str | None, chat_key: str,
                 chat_name: str) -> Iterator[ExportedMessage | MessageError]:
        for message in messages:
            if message.problem is not None:
                error = ReaderError(message.problem, path=path, line=message.line)
                yield MessageError(error, path, line=message.line)
                continue
            if message.service:
                self.sender = self.forwarded_from = ""
                continue
            sender = " ".join(message.sender.split()) or (self.sender if message.joined else "")
            forwarded_from = " ".join(message.forwarded_from.split()) or (
                self.forwarded_from if message.forwarded else "")
            self.sender, self.forwarded_from = sender, forwarded_from
            text = "".join(message.text)
            if not text.strip():
                continue
            yield ExportedMessage(chat_key, message.message_id, text, _metadata(message, chat_name, sender,
                                                                                 forwarded_from),
                                  path, Markup(tuple(message.links), tuple(message.bold)),
                                  reply_to_id=message.reply_to, line=message.line)


def _metadata(message: _Message, chat_name: str, sender: str, forwarded_from: str) -> dict[str, Any]:
    metadata: dict[str, Any] = {"chat": chat_name or None, "message_id": message.message_id}
    metadata.update(_date(message.date_title))
    values = {"from": sender, "forwarded_from": forwarded_from, "author": " ".join(message.author.split()),
              "reply_to_message_id": message.reply_to, "media": message.media}
    metadata.update({key: value for key, value in values.items() if value not in (None, "")})
    return metadata


def _date(title: str | None) -> dict[str, Any]:
    """``date`` (ISO, local time as written) and, when the title gives the offset, ``date_unixtime``."""
    if not title:
        return {}
    match = _DATE_TITLE.match(title.strip())
    if not match:
        return {"date": title.strip()}
    day, month, year, hour, minute, second, sign, offset_hours, offset_minutes = match.groups()
    try:
        local = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        out: dict[str, Any] = {"date": local.isoformat()}
        if sign:
            offset = datetime.timedelta(hours=int(offset_hours), minutes=int(offset_minutes))
            zone = datetime.timezone(offset if sign == "+" else -offset)
            out["date_unixtime"] = str(int(local.replace(tzinfo=zone).timestamp()))
    except (ValueError, OverflowError):
        return {"date": title.strip()}
    return out
