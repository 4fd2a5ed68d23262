"""Channel posts given as JSON records («{"channel", "text", …}»): read as Telegram posts, not as news."""

import json

import pytest

import persianews
from persianews.readers.news_json import POST_FORMAT, is_post
from persianews.readers.telegram_post import closing_signature

_POSTS = [
    {"channel": "khabar_desk", "msg_id": 71, "date": "2026-03-02T10:15+03:30",
     "text": "کلید ۳۲۰ واحد مسکن در یزد تحویل شد\nهمزمان با سفر معاون وزیر راه به یزد، آیین افتتاح پروژه‌ها برگزار"
             " شد.\n@KhabarDesk\n-\nLink"},
    {"channel": "khabar_desk", "msg_id": 72, "date": "2026-03-02T10:40+03:30",
     "text": "مدیرکل آموزش و پرورش استان: مدارس از شنبه حضوری می‌شوند\n@KhabarDesk"},
]


def _read(tmp_path, records):
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records), encoding="utf-8")
    return list(persianews.read(str(path)))


def test_a_post_record_is_read_as_a_telegram_post(tmp_path):
    first, second = _read(tmp_path, _POSTS)
    assert first.provenance.format == second.provenance.format == POST_FORMAT
    assert first.metadata["headline"] == "کلید ۳۲۰ واحد مسکن در یزد تحویل شد"
    assert first.metadata["channel"] == "KhabarDesk"  # the signature's handle, as the text reader gives it
    assert first.metadata["date"] == "2026-03-02T10:15+03:30"
    assert first.metadata["extra"] == {"msg_id": 71}
    assert first.text.endswith("برگزار شد.")  # the signature and its trailer are cut off
    assert "@KhabarDesk" not in second.text and second.metadata["headline"] is None


def test_a_post_record_reads_as_its_text_does(tmp_path):
    for record in _POSTS:
        (as_record,) = _read(tmp_path, [record])
        (as_text,) = persianews.read(text=record["text"] + "\n", format="telegram-text")
        assert as_record.text == as_text.text and as_record.sections == as_text.sections
        assert {key: as_record.metadata[key] for key in ("headline", "channel")} == \
            {key: as_text.metadata[key] for key in ("headline", "channel")}


def test_a_post_records_speaker_line_is_a_quote(either_nlp, tmp_path):
    doc = either_nlp(_read(tmp_path, _POSTS)[1])
    assert [(quote.content.text, quote.kind) for quote in doc.quotes] == [("مدارس از شنبه حضوری می‌شوند", "direct")]


def test_the_records_channel_names_an_unsigned_post(tmp_path):
    (post,) = _read(tmp_path, [{"channel": "khabar_desk", "text": "یک خبر کوتاه بدون امضا"}])
    assert post.metadata["channel"] == "khabar_desk" and post.text == "یک خبر کوتاه بدون امضا"


@pytest.mark.parametrize("record", [
    {"channel": "khabar_desk", "title": "عنوان خبر", "text": "متن خبر"},  # a headline field: news
    {"channel": "khabar_desk", "lead": "لید خبر", "text": "متن خبر"},
    {"text": "متن خبر"},  # no channel
    {"channel": 12, "text": "متن خبر"},  # not a string
    {"channel": "khabar_desk", "body": "متن خبر"},  # no «text» field
])
def test_news_records_stay_news(tmp_path, record):
    assert not is_post(record)
    (article,) = _read(tmp_path, [record])
    assert article.provenance.format == "news-json" and article.text.endswith("متن خبر")


@pytest.mark.parametrize("format", ["jsonl", "news-json"])
def test_a_named_news_format_reads_a_post_record_as_news(tmp_path, format):
    path = tmp_path / "posts.jsonl"
    lines = "\n".join(json.dumps(record, ensure_ascii=False) for record in _POSTS)
    path.write_text(lines if format == "jsonl" else f"[{lines.replace(chr(10), ',')}]", encoding="utf-8")
    first, second = persianews.read(str(path), format=format)
    assert first.provenance.format == second.provenance.format == "news-json"
    assert first.text == _POSTS[0]["text"]  # the whole text is the body, signature and all
    assert "headline" not in first.metadata and first.metadata["extra"] == {"channel": "khabar_desk", "msg_id": 71}


def test_a_post_record_given_as_text_is_a_post():
    (post,) = persianews.read(text=json.dumps(_POSTS[1], ensure_ascii=False))
    assert post.provenance.format == POST_FORMAT and post.metadata["channel"] == "KhabarDesk"


@pytest.mark.parametrize("text, end, handle", [
    ("خبر\n@Desk_one", 4, "Desk_one"),
    ("خبر\n@Desk_one\n-\nLink\n", 4, "Desk_one"),
    ("خبر بدون امضا", 13, None),
    ("@Desk_one\nخبر پس از نام کانال", 29, None),  # a handle above the text closes nothing
])
def test_closing_signature(text, end, handle):
    assert closing_signature(text) == (end, handle)
