"""Fuzzing the readers: whatever the input, they yield Articles and FailedRecords, and raise only ReaderError."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persianews.cli import main
from persianews.document import Document
from persianews.errors import ReaderError
from persianews.readers import FORMATS, iter_records
from persianews.readers.json_records import _Parser, clean_value
from persianews.records import Article, FailedRecord

from .conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [SEEDS / "000_25aafc7c556681c2.txt", SEEDS / "002_da0e034b362ac932.txt",
           FIXTURES / "telegram_json_export" / "result.json", FIXTURES / "telegram_full_export.json",
           FIXTURES / "telegram_html_export" / "messages.html", FIXTURES / "news_generic.json",
           FIXTURES / "news_irna.jsonl"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "titr", "title", "paragraphs", "tags", "type", "id", "messages", "text_entities",
                         "href", "reply_to_message_id", "name", "chats", "list", "x"]), children, max_size=5),
    max_leaves=20)


def drain(source, format: str = "auto") -> list[Article | FailedRecord]:
    """Every record of a source, checked: well-formed, JSON-serializable, numbered in order."""
    try:
        got = list(iter_records(text=source, format=format) if isinstance(source, str) else
                   iter_records(source, format))
    except ReaderError:
        return []
    for index, record in enumerate(got):
        assert record.provenance.record == index
        if isinstance(record, FailedRecord):
            assert isinstance(record.error, ReaderError)
            json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")
        else:
            assert isinstance(record, Article) and isinstance(record.text, str)
            assert all(0 <= s.span.start <= s.span.end <= len(record.text) for s in record.sections)
            json.dumps(Document.from_article(record).to_dict(), ensure_ascii=False).encode("utf-8")
    return got


@FUZZ
@given(data=st.binary(max_size=3000), format=st.sampled_from(FORMATS))
def test_random_bytes(data, format):
    drain(io.BytesIO(data), format)


@FUZZ
@given(text=st.text(max_size=1500), format=st.sampled_from(FORMATS))
def test_random_text(text, format):
    drain(text, format)


@FUZZ
@given(sample=st.sampled_from(SAMPLES), cut=st.floats(0, 1), format=st.sampled_from(["auto", *FORMATS[1:]]))
def test_truncated_files(sample, cut, format):
    data = sample.read_bytes()
    drain(io.BytesIO(data[: int(len(data) * cut)]), format)


@FUZZ
@given(sample=st.sampled_from(SAMPLES), position=st.floats(0, 1), junk=st.binary(min_size=1, max_size=8))
def test_corrupted_files(sample, position, junk):
    data = sample.read_bytes()
    at = int(len(data) * position)
    drain(io.BytesIO(data[:at] + junk + data[at + len(junk):]))


HTML_PIECES = st.sampled_from([
    '<div class="message default clearfix" id="message7">',
    '<div class="message default clearfix joined" id="message8">',
    '<div class="message service" id="message-1">', '<div class="text">', '<div class="from_name">',
    '<div class="reply_to details">', '<a href="#go_to_message7" onclick="return GoToMessage(7)">', '<a href="x">',
    '<div class="pull_right date details" title="12.11.2023 10:15:02 UTC+03:30">', '<div class="forwarded body">',
    '<div class="media_wrap clearfix">', '<div class="page_header"><div class="text bold">', '<strong>', '</strong>',
    "</a>", "</div>", "<br>", "&quot;", "&#xD800;", "&", "<", "<!--", "-->", "<![x[", "🔰تیتر", "🔹متن", "@channel_x",
    "\n", " "])


@FUZZ
@given(pieces=st.lists(HTML_PIECES, max_size=40))
def test_random_html_tag_soup(pieces):
    page = '<!DOCTYPE html><html><body><div class="page_wrap">' + "".join(pieces)
    drain(page, "telegram-html")
    drain(io.BytesIO(page.encode()))


@FUZZ
@given(value=JSON_VALUES)
def test_random_json_shapes(value):
    text = json.dumps(value, ensure_ascii=False)
    drain(text, "news-json")
    drain(text + "\n" + text + "\n", "jsonl")
    drain(json.dumps({"name": "x", "type": "public_channel", "id": 1, "messages": value}), "telegram-json")
    drain(json.dumps({"name": "x", "messages": [value, {"id": 2, "type": "message", "text": value}]}), "telegram-json")
    drain(json.dumps({"chats": {"list": [value]}, "left_chats": value}), "telegram-json")


@FUZZ
@given(lines=st.lists(st.one_of(JSON_VALUES.map(json.dumps), st.text(alphabet="{}[]\",:ab ", max_size=20)),
                      max_size=12))
def test_every_json_line_is_one_record(lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    text = "".join(line + "\n" for line in lines)
    assert len(drain(io.BytesIO(text.encode()), "jsonl")) == sum(1 for line in lines if line.strip())


DEEP = [
    "[" * 100_000,
    '{"a":' * 50_000,
    "[" * 5000 + "]" * 5000,
    json.dumps({"titr": "x", "text": "y", "extra": json.loads("[" * 900 + "]" * 900)}),
]


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("text", DEEP, ids=["open-arrays", "open-objects", "closed-arrays", "deep-field"])
def test_deeply_nested_json(text, format):
    drain(text + "\n" + json.dumps({"text": "ok"}) + "\n", format)
    drain(text, format)


def test_deeply_nested_telegram_message():
    nested = json.loads("[" * 500 + "]" * 500)
    export = {"name": "x", "type": "public_channel", "id": 1,
              "messages": [{"id": 1, "type": "message", "text": "الف", "extra": nested},
                           {"id": 2, "type": "message", "text": "ب"}]}
    got = drain(json.dumps(export), "telegram-json")
    assert [type(r).__name__ for r in got] == ["FailedRecord", "Article"]
    assert "nested deeper" in got[0].error.reason


TEN_MB = 10 * 1024 * 1024


@pytest.mark.parametrize("line", [
    json.dumps({"titr": "خبر", "text": "متن " * (TEN_MB // 8)}, ensure_ascii=False),
    "a-" * (TEN_MB // 2),
    "http://" * (TEN_MB // 7),
    "۱۲/" * (TEN_MB // 3),
    "[" * TEN_MB,
    "🔰" + "🔹متن " * (TEN_MB // 12),
])
def test_ten_megabyte_single_line(line):
    started = time.monotonic()
    for format in ("auto", "text", "telegram-text", "jsonl"):
        drain(io.BytesIO(line.encode()), format)
    assert time.monotonic() - started < 30


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(
    st.builds(lambda t: json.dumps({"titr": "خبر", "text": t}, ensure_ascii=False), st.text(max_size=200)),
    st.text(alphabet="{}[]\",:ab ", max_size=20)), min_size=1, max_size=6))
def test_cli_writes_one_line_per_record(tmp_path, lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    source = tmp_path / "fuzz.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(source), "-o", str(out), "--quiet"])
    written = out.read_text(encoding="utf-8").splitlines()
    expected = list(iter_records(str(source)))
    assert len(written) == len(expected)
    assert [json.loads(line)["source"]["record"] for line in written] == [r.provenance.record for r in expected]
    assert status == (1 if any("error" in json.loads(line) for line in written) else 0)


_SURROGATES = st.sampled_from(["\ud800", "\ud83d", "\ude00", "\udfff"])
_JSON_VALUES = st.recursive(
    st.none() | st.integers() | st.lists(st.characters(min_codepoint=0x20) | _SURROGATES, max_size=8).map("".join),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3),
    max_leaves=80)


def _walked(text: str) -> tuple[object, tuple[str, ...]] | type[ValueError]:
    """What parsing ``text`` gives when every value is walked by clean_value: the value and notes, or the error type."""
    notes: set[str] = set()
    try:
        value = clean_value(json.loads(text), notes=notes)
    except ValueError as error:
        return type(error)
    return value, tuple(sorted(notes))


@given(_JSON_VALUES, st.booleans(), st.integers(min_value=0, max_value=70))
def test_a_parsed_record_is_cleaned_whenever_the_full_walk_would_change_or_refuse_it(value, ascii_only, depth):
    text = "[" * depth + json.dumps(value, ensure_ascii=ascii_only) + "]" * depth
    expected = _walked(text)
    try:
        assert _Parser().parse(text) == expected
    except ValueError as error:
        assert type(error) is expected
