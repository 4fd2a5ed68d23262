"""The per-record unit: one output per record, strict JSON, never an exception."""

from __future__ import annotations

import gc
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.batch import (
    COLLECTION_THRESHOLD,
    RENDERERS,
    RecordOutput,
    encode_line,
    output_dict,
    process,
    render,
)
from persianews.cli import main
from persianews.document import Document
from persianews.errors import ReaderError, RecordTooLarge
from persianews.pipeline import Pipeline, load, register_stage
from persianews.records import Article, FailedRecord, Provenance


def strict(line: str) -> dict:
    """Parse as strict JSON: NaN/Infinity refused, the line must be UTF-8 encodable."""
    line.encode("utf-8")
    return json.loads(line, parse_constant=lambda name: pytest.fail(f"non-standard JSON constant {name}"))


@attrs.frozen
class _Exploding:
    name: str = "exploding"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        if "انفجار" in doc.text:
            raise KeyError("exploded")
        return doc


register_stage("exploding-for-batch-tests", _Exploding)


def test_a_document_renders_as_its_dict_on_one_line(nlp):
    article = Article("استاندار قزوین گفت: کار باید انجام شود.", provenance=Provenance("a.jsonl", 4, "jsonl"))
    output = render(nlp, article)
    assert output.error is None and not output.failed
    assert output.text.endswith("\n") and output.text.count("\n") == 1
    assert strict(output.text) == json.loads(json.dumps(nlp(article).to_dict()))
    assert output.to_dict()["source"]["record"] == 4


def test_a_failing_stage_gives_an_error_record_naming_source_and_type():
    nlp = Pipeline.from_names(["normalize", "exploding-for-batch-tests"])
    output = render(nlp, Article("یک انفجار", provenance=Provenance("b.jsonl", 2, "jsonl", 3)))
    record = strict(output.text)
    assert record["source"] == {"path": "b.jsonl", "record": 2, "format": "jsonl", "line": 3, "byte": None}
    assert record["error"] == {"type": "KeyError", "message": "'exploded'", "internal": True}
    assert output.error == "KeyError: 'exploded' (b.jsonl#2)"


def test_a_reader_failure_passes_through_as_its_error_record(nlp):
    failed = FailedRecord(Provenance("c.json", 7, "news-json", 9), ReaderError("bad", path="c.json", line=9))
    assert process(nlp, failed) is failed
    record = strict(render(nlp, failed).text)
    assert record["error"] == {"type": "ReaderError", "message": "bad"}
    assert record["source"]["line"] == 9


def test_a_record_over_the_limit_is_refused_by_size():
    nlp = load(["normalize"], max_record_chars=10)
    output = render(nlp, Article("ب" * 11, provenance=Provenance("d.txt", 0, "text")))
    assert output.to_dict()["error"]["type"] == RecordTooLarge.__name__
    assert "11 characters" in output.to_dict()["error"]["message"]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_become_null_with_a_diagnostic(value):
    line = encode_line({"metadata": {"score": value, "list": [1.5, value]}, "diagnostics": []})
    record = strict(line)
    assert record["metadata"] == {"score": None, "list": [1.5, None]}
    assert record["diagnostics"] == [{"code": "nonfinite-number", "stage": "output",
                                      "message": "2 NaN or infinite number(s) written as null"}]


def test_lone_surrogates_are_replaced_in_place_and_reported(nlp):
    text = "سلام \ud800 دنیا \udfff"
    record = strict(encode_line({"text": text, "diagnostics": []}))
    assert record["text"] == "سلام \ufffd دنیا \ufffd" and len(record["text"]) == len(text)
    assert record["diagnostics"] == [{"code": "lone-surrogate", "stage": "output",
                                      "message": "2 lone surrogate code point(s) replaced by U+FFFD"}]
    rendered = strict(render(nlp, Article(text, metadata={"note": "\udc80"})).text)
    assert rendered["text"] == record["text"] and rendered["metadata"] == {"note": "\ufffd"}
    assert "lone-surrogate" in [d["code"] for d in rendered["diagnostics"]]


def test_surrogates_in_keys_and_error_messages_are_replaced_too():
    record = strict(encode_line({"metadata": {"k\udc80": "v"}}))
    assert record["metadata"] == {"k\ufffd": "v"}
    failed = FailedRecord(Provenance("bad\udcff.txt"), ValueError("x\ud800"))
    assert strict(RENDERERS["jsonl"](failed).text)["source"]["path"] == "bad\ufffd.txt"


def test_output_dict_is_the_strict_form(nlp):
    doc = nlp(Article("متن", metadata={"score": float("nan")}))
    assert output_dict(doc)["metadata"]["score"] is None


def test_conllu_writes_nothing_for_a_failure_but_reports_it(nlp):
    failed = FailedRecord(Provenance("e.txt"), ReaderError("unreadable"))
    assert render(nlp, failed, "conllu") == RecordOutput("", "ReaderError: unreadable (e.txt#0)")
    assert render(nlp, Article("استاندار گفت."), "conllu").text.startswith("# ")


def test_a_renderer_that_raises_still_gives_one_error_output(nlp, monkeypatch):
    def broken(result):
        raise RuntimeError("renderer bug")

    monkeypatch.setitem(RENDERERS, "broken", broken)
    output = render(nlp, Article("متن", provenance=Provenance("f.txt", 1)), "broken")
    assert output.text == "" and output.error == "RuntimeError: renderer bug (f.txt#1)"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.dictionaries(st.text(max_size=5), st.one_of(
    st.floats(), st.text(max_size=5), st.integers(), st.none()), max_size=3))
def test_any_text_and_metadata_give_one_strict_line(nlp, text, metadata):
    output = render(nlp, Article(text, metadata=metadata))
    assert output.text.endswith("\n") and "\n" not in output.text[:-1]
    strict(output.text)



def test_a_batch_process_collects_less_often_and_the_library_leaves_the_collector_alone(nlp, tmp_path, monkeypatch):
    thresholds = gc.get_threshold()
    monkeypatch.setattr(gc, "set_threshold", lambda *values: pytest.fail("pipe() changed the caller's collector"))
    list(nlp.pipe(["وزیر گفت: کار ادامه دارد."]))
    monkeypatch.undo()
    try:
        source = tmp_path / "in.txt"
        source.write_text("وزیر گفت: کار ادامه دارد.", encoding="utf-8")
        assert main(["extract", str(source), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 0
        assert gc.get_threshold() == (COLLECTION_THRESHOLD, *thresholds[1:])
    finally:
        gc.set_threshold(*thresholds)
