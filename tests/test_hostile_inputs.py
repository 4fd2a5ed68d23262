"""Hostile inputs for the readers (issue 9): no record dropped or misread, typed errors, bounded context.

Every case is a small generated input; the names say which reader concern it checks.
"""

from __future__ import annotations

import io
import json
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import persianews
from persianews.errors import (
    DecodingError, InputTypeError, MissingExtraError, MissingTextError, PersianewsError, PipelineError,
    ReaderError, ReaderNotFoundError, RecordTooLarge,
)
from persianews.readers import expand_inputs, iter_records, read, read_records
from persianews.records import Article, FailedRecord

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def record(text: str, **fields) -> str:
    return json.dumps({"titr": "خبر", "text": text, **fields}, ensure_ascii=False)


def kinds(records) -> list[str]:
    return ["doc" if isinstance(r, Article) else "error" for r in records]


def write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


# --- format detection by parsing ---------------------------------------------------------------

def test_json_lines_whose_first_line_is_longer_than_64_kib(tmp_path):
    lines = [record("متن " * 20_000)] + [record(f"خبر {n}") for n in range(9)]
    got = list(read_records([write(tmp_path / "long.jsonl", "\n".join(lines) + "\n")]))
    assert kinds(got) == ["doc"] * 10
    assert [r.provenance.line for r in got] == list(range(1, 11))
    assert got[0].provenance.format == "irna-json"


def test_small_json_array_written_one_record_per_line(tmp_path):
    text = "[\n" + ",\n".join(record(f"خبر {n}") for n in range(6)) + "\n]\n"
    got = list(read_records([write(tmp_path / "array.json", text)]))
    assert kinds(got) == ["doc"] * 6
    assert [r.provenance.line for r in got] == list(range(2, 8))


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("indent", ["", "   ", "\t"], ids=["flush", "spaces", "tab"])
def test_json_lines_with_any_line_end_and_leading_space_do_not_merge(tmp_path, line_end, indent):
    text = "".join(indent + record(f"خبر {n}") + line_end for n in range(5))
    got = list(read_records([write(tmp_path / "lines.jsonl", text)]))
    assert [r.text.split("\n\n")[-1] for r in got] == [f"خبر {n}" for n in range(5)]
    assert [r.provenance.line for r in got] == [1, 2, 3, 4, 5]


def test_json_lines_whose_first_line_is_not_json_are_still_json_lines(tmp_path):
    text = "oops, a broken first line\n" + "".join(record(f"خبر {n}") + "\n" for n in range(4))
    got = list(read_records([write(tmp_path / "news.jsonl", text)]))
    assert kinds(got) == ["error", "doc", "doc", "doc", "doc"]


def test_values_after_a_complete_array_are_more_records(tmp_path):
    text = "[" + record("یک") + "," + record("دو") + "][" + record("سه") + "]\n" + record("چهار") + "\n"
    got = list(read_records([write(tmp_path / "arrays.json", text)]))
    assert [r.text.split("\n\n")[-1] for r in got] == ["یک", "دو", "سه", "چهار"]


def test_garbage_after_an_array_is_an_error_record(tmp_path):
    text = "[\n" + record("یک") + "\n]\nthis is not json\nnor this\n" + record("دو") + "\n"
    got = list(read_records([write(tmp_path / "garbage.json", text)]))
    assert kinds(got) == ["doc", "error", "doc"]
    assert "invalid JSON" in got[1].error.reason and got[1].provenance.line == 4


@pytest.mark.parametrize("bad", [
    '{"titr": "x", "text": nope}',
    '{"titr": "x" "text": "y"}',
    '{"titr": "x", "text": "unterminated}',
    '{"titr": "x", "text": ["y"}',
    '{"titr": "x", "text": NaN, "a": [1, 2}',
], ids=["bare-word", "missing-comma", "open-string", "mismatched-bracket", "mismatch-after-nan"])
def test_one_bad_array_element_is_one_error_and_the_rest_come_out(tmp_path, bad):
    items = [record("یک"), bad, record("سه"), record("چهار")]
    got = list(read_records([write(tmp_path / "array.json", "[\n" + ",\n".join(items) + "\n]\n")]))
    assert kinds(got) == ["doc", "error", "doc", "doc"]
    assert [r.provenance.line for r in got] == [2, 3, 4, 5]


def test_pretty_printed_element_with_an_open_string_is_one_error(tmp_path):
    bad = '  {\n    "titr": "x",\n    "text": "open\n  }'
    text = "[\n" + json.dumps({"text": "یک"}, indent=2, ensure_ascii=False) + ",\n" + bad + ",\n" + \
        json.dumps({"text": "سه"}, indent=2, ensure_ascii=False) + "\n]\n"
    got = list(read_records([write(tmp_path / "pretty.json", text)]))
    assert kinds(got) == ["doc", "error", "doc"]


def test_an_element_that_never_closes_swallows_the_rest_into_one_error(tmp_path):
    text = "[\n" + record("یک") + ",\n" + '{"text": {"a": 1,\n' + record("سه") + "\n"
    got = list(read_records([write(tmp_path / "open.json", text)]))
    assert kinds(got) == ["doc", "error"]
    assert "not closed" in got[1].error.reason


@pytest.mark.parametrize("format, data", [
    ("telegram-html", record("یک") + "\n" + record("دو") + "\n"),
    ("telegram-json", record("یک") + "\n"),
    ("jsonl", "<!DOCTYPE html>\n<html><body><div class=\"page_wrap\"></div></body></html>\n"),
])
def test_a_forced_format_that_does_not_fit_gives_an_error_record(tmp_path, format, data):
    got = list(read_records([write(tmp_path / "input", data)], format=format))
    assert got and all(isinstance(r, FailedRecord) for r in got)


GOOD = st.text(alphabet="ابپتسکگی ", min_size=1, max_size=30).map(lambda t: record(t))
BAD = st.one_of(
    st.text(alphabet="{}[]\",:ab ", min_size=1, max_size=20).filter(lambda t: t.strip()),
    GOOD.map(lambda line: line[: len(line) // 2]),
    st.just('{"text": NaN'), st.just('{"id": 1}'), st.just("[1, 2]"),
)


@PROPERTIES
@given(first=GOOD, rest=st.lists(st.tuples(st.booleans(), GOOD, BAD), max_size=12),
       line_end=st.sampled_from(["\n", "\r\n", "\r"]))
def test_json_lines_give_one_record_per_line_in_order(first, rest, line_end):
    lines = [first] + [good if ok else bad for ok, good, bad in rest]
    data = line_end.join(lines).encode() + line_end.encode()
    got = list(iter_records(io.BytesIO(data)))
    assert len(got) == len(lines)
    assert [r.provenance.line for r in got] == list(range(1, len(lines) + 1))
    assert all(isinstance(got[i + 1], Article) for i, (ok, _, _) in enumerate(rest) if ok)


BALANCED_BAD = st.sampled_from(['{"text": oops}', '{"id": 3}', '"a string"', '{"titr": 1 2}', "[1, {}]",
                                '{"text": "a" "b"}', "{}"])


@PROPERTIES
@given(items=st.lists(st.tuples(st.booleans(), GOOD, BALANCED_BAD), min_size=1, max_size=12),
       layout=st.sampled_from([",\n", ", ", ",\r\n"]))
def test_array_items_give_one_record_each_in_order(items, layout):
    texts = [good if ok else bad for ok, good, bad in items]
    got = list(iter_records(io.BytesIO(("[" + layout.join(texts) + "]").encode())))
    assert len(got) == len(texts)
    assert [isinstance(r, Article) for r in got] == [ok for ok, _, _ in items]


# --- inputs ------------------------------------------------------------------------------------

def test_a_folder_with_result_json_reads_its_siblings_too(tmp_path):
    export = {"name": "کانال", "type": "public_channel", "id": 1,
              "messages": [{"id": 1, "type": "message", "text": "پیام کانال"}]}
    write(tmp_path / "result.json", json.dumps(export, ensure_ascii=False, indent=1))
    write(tmp_path / "news.jsonl", record("خبر") + "\n")
    write(tmp_path / "more" / "notes.txt", "متن ساده")
    write(tmp_path / "photos" / "photo_1.jpg", b"\xff\xd8\xff\xe0 binary")
    got = list(read_records([str(tmp_path)]))
    assert [(Path(r.provenance.path).name, type(r).__name__) for r in got] == [
        ("notes.txt", "Article"), ("news.jsonl", "Article"), ("result.json", "Article")]


def test_html_continuation_pages_are_read_once_with_the_first(tmp_path):
    page = ('<!DOCTYPE html><html><body><div class="page_wrap"><div class="history">'
            '<div class="message default clearfix" id="message{n}"><div class="body"><div class="text">پیام {n}'
            '</div></div></div></div></div></body></html>')
    write(tmp_path / "messages.html", page.format(n=1))
    write(tmp_path / "messages2.html", page.format(n=2))
    got = list(read_records([str(tmp_path)]))
    assert [r.text for r in got] == ["پیام 1", "پیام 2"]


def test_a_symlink_loop_reads_each_file_once(tmp_path):
    write(tmp_path / "a" / "news.jsonl", record("خبر") + "\n")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    os.symlink(tmp_path / "a" / "news.jsonl", tmp_path / "same.jsonl")
    got = list(read_records([str(tmp_path)]))
    assert kinds(got) == ["doc"]


def test_broken_links_and_special_files_are_error_records(tmp_path):
    write(tmp_path / "a.jsonl", record("خبر") + "\n")
    os.symlink(tmp_path / "missing", tmp_path / "b.jsonl")
    os.mkfifo(tmp_path / "c.pipe")
    got = list(read_records([str(tmp_path)]))
    assert kinds(got) == ["doc", "error", "error"]
    assert [Path(r.provenance.path).name for r in got] == ["a.jsonl", "b.jsonl", "c.pipe"]
    assert "link" in got[1].error.reason and "regular file" in got[2].error.reason


def test_an_unreadable_folder_is_an_error_record_and_the_rest_is_read(tmp_path, monkeypatch):
    write(tmp_path / "a" / "news.jsonl", record("یک") + "\n")
    write(tmp_path / "b" / "news.jsonl", record("دو") + "\n")
    locked = str(tmp_path / "a")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = list(read_records([str(tmp_path)]))
    assert kinds(got) == ["error", "doc"]
    assert got[0].provenance.path == locked and "Permission denied" in got[0].error.reason
    assert list(expand_inputs([str(tmp_path)])) == [locked, str(tmp_path / "b" / "news.jsonl")]
    assert kinds(read_records([locked])) == ["error"]


def test_an_unreadable_file_is_an_error_record(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.jsonl", record("خبر") + "\n")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if file == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    [failed] = read_records([path])
    assert failed.provenance.path == path and "Permission denied" in failed.error.reason


def test_a_reader_bug_ends_that_file_with_an_error_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    first = write(tmp_path / "a.jsonl", record("یک") + "\n" + record("دو") + "\n")
    second = write(tmp_path / "b.txt", "متن")

    def broken(records, path, posts):
        yield from ()
        raise RuntimeError("reader bug")

    monkeypatch.setattr("persianews.readers.articles_from_records", broken)
    got = list(read_records([first, second]))
    assert kinds(got) == ["error", "doc"]
    assert got[0].to_dict()["error"] == {"type": "RuntimeError", "message": "reader bug", "internal": True}


def test_a_missing_input_is_an_error_record_in_batches_and_raises_in_read(tmp_path):
    missing = str(tmp_path / "data.csv")
    [failed] = read_records([missing])
    assert isinstance(failed.error, ReaderNotFoundError) and failed.provenance.path == missing
    with pytest.raises(FileNotFoundError):
        read(missing)


# --- encodings ---------------------------------------------------------------------------------

PERSIAN = "استاندار قزوين در نشست شوراي اداري گفت کار ادامه دارد"
"""Written with Arabic yeh, which Windows-1256 has (it has no Persian yeh)."""


def test_json_lines_mixing_utf8_and_windows_1256_are_decoded_per_line(tmp_path):
    lines = [record(PERSIAN).encode("utf-8"), record(PERSIAN).encode("cp1256"), record("دوم").encode("utf-8")]
    got = list(read_records([write(tmp_path / "mixed.jsonl", b"\n".join(lines) + b"\n")]))
    assert [r.section("body") for r in got] == [PERSIAN, PERSIAN, "دوم"]
    assert [[d.code for d in r.diagnostics] for r in got] == [[], ["legacy-encoding"], []]
    assert [r.metadata.get("encoding") for r in got] == [None, "cp1256", None]


WORDS = ["استاندار", "قزوين", "نشست", "شوراي", "اداري", "گفت", "کار", "ادامه", "دارد", "پژوهش", "چهار"]


@PROPERTIES
@given(lines=st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(" ".join),
                                st.sampled_from(["utf-8", "cp1256"])), min_size=1, max_size=10))
def test_each_json_line_is_decoded_in_its_own_encoding(lines):
    data = b"".join(json.dumps({"text": text}, ensure_ascii=False).encode(encoding) + b"\n"
                    for text, encoding in lines)
    got = list(iter_records(io.BytesIO(data)))
    assert [a.text for a in got] == [text for text, _ in lines]
    assert [[d.code for d in a.diagnostics] for a in got] == [
        ["legacy-encoding"] if encoding == "cp1256" and any(ord(c) > 127 for c in text) else []
        for text, encoding in lines]


def test_plain_text_mixing_encodings_is_not_mojibake(tmp_path):
    data = (PERSIAN + "\n").encode("utf-8") + (PERSIAN + "\n").encode("cp1256")
    [article] = read(write(tmp_path / "mixed.txt", data))
    assert article.text == PERSIAN + "\n" + PERSIAN
    assert [d.code for d in article.diagnostics] == ["legacy-encoding"]


def test_telegram_text_marks_only_the_posts_from_legacy_lines(tmp_path):
    first = "🔰 " + PERSIAN + "\n🔹 " + PERSIAN + "\n@ostan_qazvin\n"
    second = "خبر دوم " + PERSIAN + "\n" + PERSIAN + "\n@ostan_qazvin\n"
    got = list(read(write(tmp_path / "posts.txt", first.encode("utf-8") + second.encode("cp1256"))))
    assert [[d.code for d in a.diagnostics] for a in got] == [[], ["legacy-encoding"]]
    assert PERSIAN in got[1].text


def test_undecodable_lines_are_refused_not_guessed(tmp_path):
    data = record("یک").encode() + b"\n" + b'{"text": "\xff\xfe\x00"}\n' + record("سه").encode() + b"\n"
    got = list(read_records([write(tmp_path / "bad.jsonl", data)]))
    assert kinds(got) == ["doc", "error", "doc"] and isinstance(got[1].error, DecodingError)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_become_null_with_a_diagnostic(constant, nlp):
    [article] = read(text=f'{{"text": "خبر", "score": {constant}}}\n')
    assert article.metadata["extra"] == {"score": None}
    assert [d.code for d in article.diagnostics] == ["nonfinite-number"]
    doc = nlp(article)
    assert "nonfinite-number" in [d["code"] for d in doc.to_dict()["diagnostics"]]
    json.dumps(doc.to_dict(), allow_nan=False)


def test_lone_surrogates_in_text_are_replaced_and_reported(nlp):
    doc = nlp("خبر \ud800 ادامه")
    assert doc.article.text == "خبر \ufffd ادامه"
    assert "lone-surrogate" in [d.code for d in doc.diagnostics]
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    [article] = read(text="متن \udfff")
    assert article.text == "متن \ufffd" and [d.code for d in article.diagnostics] == ["lone-surrogate"]
    [article] = read(text='{"text": "\\ud800 متن"}')
    assert [d.code for d in article.diagnostics] == ["lone-surrogate"]


# --- Telegram HTML -----------------------------------------------------------------------------

def html_page(*messages: str) -> str:
    return ('<!DOCTYPE html><html><head><style>.a{}</style><script>var x = "<div>";</script></head><body>'
            '<div class="page_wrap"><div class="history">' + "".join(messages) + "</div></div></body></html>")


def html_message(message_id: str, text: str) -> str:
    return (f'<div class="message default clearfix" id="message{message_id}"><div class="body">'
            f'<div class="text">{text}</div></div></div>\n')


def test_html_script_style_and_template_content_is_not_text():
    text = "خبر<script>alert('x')</script><style>p { color: red }</style><template><b>پنهان</b></template> پایان"
    [article] = read(text=html_page(html_message("1", text)), format="telegram-html")
    assert article.text == "خبر پایان"


def test_a_malformed_message_id_fails_that_message_only():
    page = html_page(html_message("1", "یک"), html_message("9" * 5000, "دو"), html_message("3", "سه"))
    got = list(read(text=page, format="telegram-html", on_error="record"))
    assert kinds(got) == ["doc", "error", "doc"]
    assert "malformed message id" in got[1].error.reason


def test_unclosed_markup_does_not_merge_messages():
    page = html_page(html_message("1", "<div><div><b>یک"), html_message("2", "دو"))
    assert [a.text for a in read(text=page, format="telegram-html")] == ["یک", "دو"]


def test_deeply_nested_html_is_read():
    depth = 20_000
    page = html_page(html_message("1", '<div class="x">' * depth + "عمیق" + "</div>" * depth),
                     html_message("2", "دوم"))
    assert [a.text for a in read(text=page, format="telegram-html")] == ["عمیق", "دوم"]


# --- reply threads -----------------------------------------------------------------------------

def reply_chain(length: int) -> str:
    messages = [{"id": 1, "type": "message", "text": "🔰 سرخط رشته\n🔹 آغاز"}]
    messages += [{"id": n, "type": "message", "text": f"🔹 پیام {n}", "reply_to_message_id": n - 1}
                 for n in range(2, length + 1)]
    return json.dumps({"name": "کانال", "type": "public_channel", "id": 1, "messages": messages},
                      ensure_ascii=False)


def test_a_reply_chain_keeps_one_level_of_context_and_pickles():
    articles = list(read(text=reply_chain(2000)))
    assert len(articles) == 2000
    assert all(a.replied_to is not None and a.replied_to.replied_to is None for a in articles[1:])
    assert all(a.metadata.get("thread_headline") == "سرخط رشته" for a in articles[1:])
    copy = pickle.loads(pickle.dumps(articles))
    assert copy == articles and copy[-1].replied_to.text == articles[-2].text


def test_a_hand_built_long_chain_pickles_without_recursion():
    article = None
    for n in range(5000):
        article = Article(f"پیام {n}", replied_to=article)
    depth, node = 0, pickle.loads(pickle.dumps(article))
    while node is not None:
        depth, node = depth + 1, node.replied_to
    assert depth == 5000


# --- the API -----------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [123, None, 1.5, object(), b"bytes", [1, 2], {"a": 1}])
def test_read_refuses_what_is_not_a_path_stream_or_text(source):
    with pytest.raises(InputTypeError):
        read(source)


@pytest.mark.parametrize("chat", [1.5, b"x", [1.5], True])
def test_a_chat_of_the_wrong_type_is_an_input_type_error(tmp_path, chat):
    with pytest.raises(InputTypeError):
        read(write(tmp_path / "a.jsonl", record("خبر")), chat=chat)


def test_chat_picks_chats_of_a_text_and_may_be_any_iterable():
    export = {"chats": {"list": [
        {"name": "یک", "type": "public_channel", "id": 1, "messages": [{"id": 1, "type": "message", "text": "الف"}]},
        {"name": "دو", "type": "public_channel", "id": 2, "messages": [{"id": 1, "type": "message", "text": "ب"}]},
    ]}}
    text = json.dumps(export, ensure_ascii=False, indent=1)
    assert [a.text for a in read(text=text, chat=2)] == ["ب"]
    assert [a.text for a in read(text=text, chat=(c for c in ["دو", 1]))] == ["الف", "ب"]


def test_a_str_is_a_path_unless_told_it_is_text(tmp_path):
    with pytest.raises(ReaderNotFoundError):
        read("data.csv")
    [article] = read("data.csv", format="text")
    assert article.text == "data.csv"
    [article] = read(text="data.csv")
    assert article.text == "data.csv"
    path = tmp_path / "doc.txt"
    write(path, "متن پرونده")
    assert [a.text for a in read(path, format="text")] == ["متن پرونده"]
    with pytest.raises(InputTypeError):
        read(text=b"bytes")


def test_text_and_binary_streams_and_lists_of_paths_are_read(tmp_path):
    lines = record("یک") + "\n" + record("دو") + "\n"
    assert len(list(read(io.StringIO(lines)))) == 2
    assert len(list(read(io.BytesIO(lines.encode())))) == 2
    first, second = write(tmp_path / "a.jsonl", lines), write(tmp_path / "b.txt", "متن")
    got = list(read([first, Path(second)]))
    assert [Path(a.provenance.path).name for a in got] == ["a.jsonl", "a.jsonl", "b.txt"]


def test_on_error_record_yields_failures_in_place_and_pipe_takes_them(tmp_path, nlp):
    path = write(tmp_path / "news.jsonl", record("یک") + "\n{broken\n" + record("سه") + "\n")
    assert kinds(read(path, on_error="record")) == ["doc", "error", "doc"]
    assert kinds(read(path, on_error="skip")) == ["doc", "doc"]
    with pytest.raises(ReaderError):
        list(read(path))
    out = list(nlp.pipe(persianews.read(path, on_error="record"), on_error="record"))
    assert [type(r).__name__ for r in out] == ["Document", "FailedRecord", "Document"]
    out = list(nlp.pipe(persianews.read(path), on_error="record"))
    assert [type(r).__name__ for r in out] == ["Document", "FailedRecord", "Document"]
    assert [type(r).__name__ for r in nlp.pipe(persianews.read(path), on_error="skip")] == ["Document"] * 2
    with pytest.raises(ReaderError):
        list(nlp.pipe(persianews.read(path)))
    stream = read(path)
    assert next(stream).section("body") == "یک"
    with pytest.raises(ReaderError):
        next(stream)
    assert next(stream).section("body") == "سه"
    with pytest.raises(ReaderError):
        read(path, on_error="ignore")


ERRORS = [
    ReaderError("bad line", path="a.jsonl", record=3, line=4, byte=50),
    DecodingError("not UTF-8", path="b.txt", byte=7),
    MissingTextError("no text", path="c.jsonl", record=0),
    ReaderNotFoundError("no such file", path="d.csv"),
    MissingExtraError("to_dataframe", "pandas", "pandas"),
    RecordTooLarge(2_000_000, 1_000_000),
    InputTypeError("expected str"),
    PipelineError("unknown stage"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_survive_pickling_unchanged(error):
    copy = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(error))))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
    assert vars(copy) == vars(error)
    assert isinstance(copy, PersianewsError)
