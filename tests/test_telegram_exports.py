"""Telegram Desktop exports (JSON and HTML), reply threads, chat selection and streaming."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from persianews import DecodingError
from persianews.readers import detect_format, expand_inputs, iter_records, read
from persianews.readers.telegram_post import Markup, parse_post
from persianews.readers.telegram_thread import ReplyIndex
from persianews.records import Article, FailedRecord, Span

from .conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
JSON_EXPORT = FIXTURES / "telegram_json_export" / "result.json"
HTML_EXPORT = FIXTURES / "telegram_html_export"
FULL_EXPORT = FIXTURES / "telegram_full_export.json"
OLD_EXPORT = FIXTURES / "telegram_old_export.json"
TELEGRAM_SEED = SEEDS / "002_da0e034b362ac932.txt"
CHANNEL_NAME = "استانداری قزوین"


# --- JSON export ---------------------------------------------------------------------------------

def test_json_export_documents():
    articles = list(read(JSON_EXPORT))
    assert [a.metadata["message_id"] for a in articles] == [11, 12, 14, 16, 17]
    assert [a.provenance.record for a in articles] == list(range(5))
    assert {a.provenance.format for a in articles} == {"telegram-json"}
    assert all(a.metadata["chat"] == "استانداری نمونه" and a.metadata["chat_id"] == 1001 for a in articles)


def test_json_export_entities():
    first = next(read(JSON_EXPORT))
    assert first.metadata["headline"] == "آغاز طرح پایش کیفیت آب آشامیدنی در شهرستان ابهر"
    assert first.metadata["bold"] == ["🔰آغاز طرح پایش کیفیت آب آشامیدنی در شهرستان ابهر"]
    assert first.metadata["links"] == ["https://example.ir/news/101"]
    assert first.metadata["hashtags"] == ["محیط_زیست"]
    assert first.metadata["channel"] == "ostandari_sample"
    assert "@ostandari_sample" not in first.text and first.text.endswith("#محیط_زیست")
    assert (first.metadata["date"], first.metadata["date_unixtime"]) == ("2023-11-12T10:15:02", "1699771502")
    assert (first.metadata["from"], first.metadata["from_id"], first.metadata["author"]) == (
        "استانداری نمونه", "channel1001", "روابط عمومی")


def test_json_export_photo_caption_reply_text_link_and_forward():
    photo, reply, bold_headline, forwarded = list(read(JSON_EXPORT))[1:]
    assert photo.metadata["media"] == "photo" and photo.text.startswith("🔰بازدید معاون استاندار")
    assert photo.metadata["extra"]["photo"].startswith("photos/")
    assert reply.metadata["reply_to_record"] == 0 and reply.metadata["reply_to_message_id"] == 11
    assert reply.metadata["headline"] is None
    assert reply.metadata["thread_headline"] == "آغاز طرح پایش کیفیت آب آشامیدنی در شهرستان ابهر"
    assert isinstance(reply.replied_to, Article) and reply.replied_to.metadata["message_id"] == 11
    assert bold_headline.metadata["headline"] == "نشست شورای اداری استان برگزار شد"
    assert bold_headline.metadata["links"] == ["https://example.ir/r/16"]
    assert bold_headline.metadata["edited"] == "2023-11-13T09:00:00"
    assert forwarded.metadata["forwarded_from"] == "خبرگزاری نمونه"
    assert forwarded.metadata["channel"] == "ostandari_sample"


def test_old_json_export():
    post, reply = read(OLD_EXPORT)
    assert post.metadata["from_id"] == 3001 and "date_unixtime" not in post.metadata
    assert post.metadata["links"] == ["example.ir/lib5"]
    assert post.metadata["channel"] == "old_news_sample"
    assert reply.metadata["reply_to_record"] == 0 and reply.replied_to is not None


def test_full_export_reads_every_chat_and_resolves_replies_per_chat():
    articles = list(read(FULL_EXPORT))
    assert [a.metadata["chat"] for a in articles] == ["گروه همکاران", "گروه همکاران", "کانال اخبار شهر", "کانال ورزشی"]
    assert articles[1].metadata["reply_to_record"] == 0
    assert articles[2].metadata["reply_to_record"] is None and articles[2].metadata["reply_to_message_id"] == 1
    assert articles[2].metadata["channel"] == "کانال اخبار شهر"


@pytest.mark.parametrize("chat, chats", [
    ("کانال اخبار شهر", ["کانال اخبار شهر"]),
    (2003, ["کانال ورزشی"]),
    ("2001", ["گروه همکاران", "گروه همکاران"]),
    (["کانال ورزشی", 2001], ["گروه همکاران", "گروه همکاران", "کانال ورزشی"]),
])
def test_choose_chats_by_name_or_id(chat, chats):
    articles = list(read(FULL_EXPORT, chat=chat))
    assert [a.metadata["chat"] for a in articles] == chats
    assert [a.provenance.record for a in articles] == list(range(len(chats)))


def test_a_chat_that_is_not_there_is_an_error_naming_the_chats():
    [failed] = iter_records(FULL_EXPORT, chat="کانال دیگر")
    assert isinstance(failed, FailedRecord)
    assert "no chat matches" in failed.error.reason and "'کانال ورزشی' (id 2003)" in failed.error.reason


def test_truncated_json_export_keeps_the_messages_before_the_cut():
    data = JSON_EXPORT.read_bytes()
    got = list(iter_records(io.BytesIO(data[: int(len(data) * 0.6)]), "telegram-json"))
    assert all(isinstance(a, Article) for a in got[:-1]) and len(got) >= 2
    assert isinstance(got[-1], FailedRecord) and got[-1].provenance.record == len(got) - 1
    assert "invalid JSON" in got[-1].error.reason and got[-1].error.byte is not None


def test_invalid_utf8_in_json_export_names_the_byte():
    data = JSON_EXPORT.read_bytes()
    position = data.index("پایش".encode())
    got = list(iter_records(io.BytesIO(data[:position] + b"\xff" + data[position + 1:])))
    assert isinstance(got[-1].error, DecodingError) and got[-1].error.byte == position


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_export_with_byte_order_mark(encoding):
    data = JSON_EXPORT.read_text(encoding="utf-8").encode(encoding)
    assert [a.text for a in read(io.BytesIO(data))] == [a.text for a in read(JSON_EXPORT)]


def test_not_an_export_is_an_error_record():
    [failed] = iter_records(text='{"titr": "x"}', format="telegram-json")
    assert "no messages list" in failed.error.reason


# --- HTML export ---------------------------------------------------------------------------------

def test_html_export_reads_both_pages_in_order():
    articles = list(read(HTML_EXPORT))
    assert [a.metadata["message_id"] for a in articles] == [21, 22, 23, 26, 27, 28]
    assert [a.provenance.record for a in articles] == list(range(6))
    assert [Path(a.provenance.path).name for a in articles] == ["messages.html"] * 3 + ["messages2.html"] * 3
    assert [a.text for a in read(HTML_EXPORT / "messages.html")] == [a.text for a in articles]
    lines = [a.provenance.line for a in articles[:3]]
    page = (HTML_EXPORT / "messages.html").read_text(encoding="utf-8").splitlines()
    assert all('id="message' in page[line - 1] for line in lines)


def test_html_export_structure():
    first, joined, photo, bold_headline, cross_page_reply, forwarded = read(HTML_EXPORT)
    assert first.metadata["headline"] == "آغاز طرح پایش کیفیت آب آشامیدنی در شهرستان ابهر"
    assert first.metadata["links"] == ["https://example.ir/news/101"]
    assert first.metadata["hashtags"] == ["محیط_زیست"]
    assert first.metadata["channel"] == "ostandari_sample" and "@ostandari_sample" not in first.text
    assert first.text.count("\n") == 3
    assert (first.metadata["date"], first.metadata["date_unixtime"]) == ("2023-11-12T10:15:02", "1699771502")
    assert first.metadata["author"] == "روابط عمومی" and first.metadata["chat"] == "استانداری نمونه"
    assert joined.metadata["from"] == "استانداری نمونه" and '"گزارش"' in joined.text
    assert joined.metadata["reply_to_record"] == 0 and joined.replied_to is first
    assert joined.metadata["thread_headline"] == first.metadata["headline"]
    assert photo.metadata["media"] == "photo"
    assert bold_headline.metadata["headline"] == "نشست شورای اداری استان برگزار شد"
    assert bold_headline.metadata["links"] == ["https://example.ir/r/16"]
    assert cross_page_reply.metadata["reply_to_record"] == 0 and cross_page_reply.replied_to is not None
    assert forwarded.metadata["forwarded_from"] == "خبرگزاری نمونه"


def test_a_continuation_page_read_alone():
    articles = list(read(HTML_EXPORT / "messages2.html"))
    assert [a.metadata["message_id"] for a in articles] == [26, 27, 28]
    assert articles[1].metadata["reply_to_record"] is None and articles[1].metadata["reply_to_message_id"] == 21


def test_html_chat_filter():
    assert len(list(read(HTML_EXPORT, chat="استانداری نمونه"))) == 6
    assert list(read(HTML_EXPORT, chat="کانال دیگر")) == []


def test_export_formats_are_detected():
    assert detect_format(JSON_EXPORT.read_text(encoding="utf-8")[:65536]) == "telegram-json"
    assert detect_format(FULL_EXPORT.read_text(encoding="utf-8")[:65536]) == "telegram-json"
    assert detect_format((HTML_EXPORT / "messages2.html").read_text(encoding="utf-8")) == "telegram-html"


def test_expand_inputs_reads_an_export_folder_once(tmp_path):
    shutil.copytree(HTML_EXPORT, tmp_path / "html_export")
    for extra in ("css/style.css", "js/script.js", "photos/photo_1.jpg"):
        (tmp_path / "html_export" / extra).parent.mkdir(exist_ok=True)
        (tmp_path / "html_export" / extra).write_bytes(b"\x89PNG\xff")
    shutil.copytree(JSON_EXPORT.parent, tmp_path / "json_export")
    (tmp_path / "json_export" / "photos").mkdir()
    (tmp_path / "json_export" / "photos" / "p.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "news.jsonl").write_text('{"text": "الف"}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert found == ["html_export/messages.html", "json_export/result.json", "news.jsonl"]


def test_a_full_html_export_gives_each_chat(tmp_path):
    (tmp_path / "export_results.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "chats.html").write_text("<html></html>", encoding="utf-8")
    for name in ("chat_01", "chat_02"):
        shutil.copytree(HTML_EXPORT, tmp_path / "chats" / name)
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert found == ["chats/chat_01/messages.html", "chats/chat_02/messages.html"]


# --- the seed's posts as exports -----------------------------------------------------------------

def _parts(article: Article) -> list[dict]:
    """The post with its signature as export text parts: a bold headline, link entities, the handle."""
    text = f"{article.text}\n@{article.metadata['channel']}"
    marks = [(m.start(), m.end(), "link")
             for link in article.metadata["links"] for m in re.finditer(re.escape(link), text)]
    headline = next((s.span for s in article.sections if s.name == "headline"), None)
    if headline is not None:
        marks.append((headline.start, headline.end, "bold"))
    marks.append((len(article.text) + 1, len(text), "mention"))
    parts, position = [], 0
    for start, end, kind in sorted(marks):
        if start > position:
            parts.append({"type": "plain", "text": text[position:start]})
        parts.append({"type": kind, "text": text[start:end]})
        position = end
    return parts


def seed_as_json_export(articles: list[Article], path: Path) -> Path:
    messages = [{"id": 1, "type": "service", "date": "2023-10-01T08:00:00", "date_unixtime": "1696134600",
                 "actor": CHANNEL_NAME, "actor_id": "channel900", "action": "create_channel", "title": CHANNEL_NAME,
                 "text": "", "text_entities": []}]
    for index, article in enumerate(articles):
        parts = _parts(article)
        message = {"id": 100 + index, "type": "message", "date": f"2023-10-0{1 + index // 3}T09:{index:02d}:00",
                   "from": CHANNEL_NAME, "from_id": "channel900",
                   "text": [p["text"] if p["type"] == "plain" else p for p in parts], "text_entities": parts}
        if article.metadata["reply_to_record"] is not None:
            message["reply_to_message_id"] = 100 + article.metadata["reply_to_record"]
        messages.append(message)
        if index == 1:
            messages.append({"id": 150, "type": "message", "date": "2023-10-01T09:30:00", "from": CHANNEL_NAME,
                             "from_id": "channel900", "photo": "photos/p.jpg", "text": "", "text_entities": []})
    path.write_text(json.dumps({"name": CHANNEL_NAME, "type": "public_channel", "id": 900, "messages": messages},
                               ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _html_text(parts: list[dict]) -> str:
    out = []
    for part in parts:
        text = html.escape(part["text"]).replace("\n", "<br>")
        if part["type"] == "bold":
            text = f"<strong>{text}</strong>"
        elif part["type"] == "link":
            text = f'<a href="{text}">{text}</a>'
        elif part["type"] == "mention":
            text = f'<a href="https://t.me/{part["text"][1:]}">{text}</a>'
        out.append(text)
    return "".join(out)


def _html_page(messages: str, previous: bool = False) -> str:
    back = '<a class="pagination block_link" href="messages.html">Previous messages</a>' if previous else ""
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>Exported Data</title>\n</head>\n'
            '<body onload="CheckLocation();">\n<div class="page_wrap">\n<div class="page_header">\n'
            f'<div class="content">\n<div class="text bold">\n{CHANNEL_NAME}\n</div>\n</div>\n</div>\n'
            f'<div class="page_body chat_page">\n<div class="history">\n{back}{messages}\n</div>\n</div>\n</div>\n'
            '</body>\n</html>\n')


def seed_as_html_export(articles: list[Article], folder: Path) -> Path:
    pages = ["", ""]
    for index, article in enumerate(articles):
        page = 0 if index < 4 else 1
        wrapped = index in (0, 4)
        reply = ""
        if article.metadata["reply_to_record"] is not None:
            target = 100 + article.metadata["reply_to_record"]
            reply = (f'<div class="reply_to details">\nIn reply to <a href="#go_to_message{target}" '
                     f'onclick="return GoToMessage({target})">this message</a>\n</div>\n')
        pages[page] += (
            f'<div class="message default clearfix{"" if wrapped else " joined"}" id="message{100 + index}">\n'
            '<div class="body">\n'
            f'<div class="pull_right date details" title="0{1 + index // 3}.10.2023 09:{index:02d}:00 UTC+03:30">\n'
            f'09:{index:02d}\n</div>\n'
            + (f'<div class="from_name">\n{CHANNEL_NAME} \n</div>\n' if wrapped else "")
            + reply + f'<div class="text">\n{_html_text(_parts(article))}\n</div>\n</div>\n</div>\n')
    pages[0] += '<a class="pagination block_link" href="messages2.html">Next messages</a>\n'
    folder.mkdir()
    (folder / "messages.html").write_text(_html_page(pages[0]), encoding="utf-8")
    (folder / "messages2.html").write_text(_html_page(pages[1], previous=True), encoding="utf-8")
    return folder


def _essentials(article: Article) -> tuple:
    meta = article.metadata
    return (article.text, article.sections, meta["headline"], meta["links"], meta["reply_to_record"],
            meta["channel"], meta.get("thread_headline"),
            article.replied_to.provenance.record if article.replied_to else None)


@pytest.mark.parametrize("export", [seed_as_json_export, seed_as_html_export])
def test_seed_posts_read_the_same_from_every_format(tmp_path, export):
    copied = list(read(TELEGRAM_SEED))
    target = export(copied, tmp_path / ("result.json" if export is seed_as_json_export else "html"))
    exported = list(read(target))
    assert [_essentials(a) for a in exported] == [_essentials(a) for a in copied]
    assert exported[3].metadata["reply_to_record"] == 2 and exported[3].metadata["headline"] is None


# --- post structure ------------------------------------------------------------------------------

def test_parse_post_signature_and_bold_headline():
    text = "نشست شورا برگزار شد\nاستاندار گفت: کار ادامه دارد.\n@sample_channel\n"
    parts = parse_post(text, Markup(bold=(Span(0, 19),)))
    assert parts.signature == "sample_channel" and parts.end == text.index("\n@")
    assert parts.headline == "نشست شورا برگزار شد"
    assert parse_post(text).headline is None


def test_parse_post_merges_marked_links_in_text_order():
    text = "متن کامل در این پیوند و example.ir/a"
    parts = parse_post(text, Markup(links=((11, "https://example.ir/full"),)))
    assert parts.links == ("https://example.ir/full", "example.ir/a")


# --- threads and memory --------------------------------------------------------------------------

def test_a_reply_beyond_the_window_keeps_its_record_but_not_the_article(monkeypatch):
    monkeypatch.setattr(ReplyIndex, "WINDOW", 2)
    messages = [{"id": n, "type": "message", "text": f"پیام شماره {n}"} for n in range(5)]
    messages.append({"id": 9, "type": "message", "text": "پاسخ", "reply_to_message_id": 0})
    *_, reply = read(text=json.dumps({"name": "گروه", "type": "private_group", "id": 1, "messages": messages}))
    assert reply.metadata["reply_to_record"] == 0 and reply.replied_to is None


class _CountingStream(io.RawIOBase):
    """A binary stream that remembers how many bytes were read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.consumed += len(chunk)
        return len(chunk)


def test_json_export_is_streamed():
    messages = [{"id": n, "type": "message", "date": "2023-01-01T00:00:00",
                 "text": f"🔰خبر شماره {n}\n🔹متن خبر شماره {n} در اینجا آمده است."} for n in range(20000)]
    data = json.dumps({"name": "کانال", "type": "public_channel", "id": 5, "messages": messages},
                      ensure_ascii=False, indent=1).encode()
    stream = _CountingStream(data)
    records = iter_records(io.BufferedReader(stream))
    assert next(records).metadata["headline"] == "خبر شماره 0"
    assert stream.consumed < len(data) / 10


def test_json_lines_are_streamed():
    data = "".join(json.dumps({"titr": f"خبر {n}", "text": "متن " * 50}, ensure_ascii=False) + "\n"
                   for n in range(20000)).encode()
    stream = _CountingStream(data)
    records = iter_records(io.BufferedReader(stream))
    assert next(records).metadata["headline"] == "خبر 0"
    assert stream.consumed < len(data) / 10
