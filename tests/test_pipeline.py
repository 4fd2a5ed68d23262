"""The pipeline: registry, requirement checks, calling conventions and batch processing."""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.document import Document
from persianews.errors import InputTypeError, PipelineError
from persianews.pipeline import Pipeline, create_stage, register_stage
from persianews.records import Article, FailedRecord, Provenance


@attrs.frozen
class _Failing:
    name: str = "failing"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("nothing",)

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.text:
            raise ValueError("boom in the text")
        return doc


register_stage("failing-for-tests", _Failing)


def test_load_gives_the_default_stages_in_order():
    nlp = persianews.load()
    assert [stage.name for stage in nlp.stages] == ["normalize", "segment", "entities", "officials", "quotes"]


def test_unknown_stage_lists_the_known_ones():
    with pytest.raises(PipelineError) as error:
        create_stage("sentiment")
    assert "sentiment" in str(error.value)
    assert "normalize" in str(error.value) and "quotes" in str(error.value)


def test_every_missing_requirement_is_reported_at_once():
    with pytest.raises(PipelineError) as error:
        persianews.load(["quotes", "segment"])
    message = str(error.value)
    assert "'quotes' requires sentences, entities, clusters" in message
    assert "'segment' requires text" in message


def test_order_is_the_one_given():
    nlp = persianews.load(["normalize", "segment"])
    assert [stage.name for stage in nlp.stages] == ["normalize", "segment"]
    doc = nlp("سلام.  دنیا")
    assert doc.layers == {"text", "sentences", "tokens"}
    assert doc.entities == () and doc.quotes == ()


def test_text_and_article_inputs_give_documents():
    nlp = persianews.load(["normalize", "segment"])
    doc = nlp("علي گفت")
    assert doc.text == "علی گفت"
    article = Article("كتاب", provenance=Provenance("x.txt", 3, "text"))
    assert nlp(article).to_dict()["source"]["record"] == 3


@pytest.mark.parametrize("value", [b"\xd8\xb9", bytearray(b"abc")])
def test_bytes_are_refused_with_advice_to_decode(value):
    with pytest.raises(InputTypeError, match="decode"):
        persianews.load(["normalize"])(value)


def test_empty_text_gives_an_empty_document(nlp):
    doc = nlp("   \n ")
    assert doc.text == ""
    assert doc.to_dict()["entities"] == [] and doc.to_dict()["quotes"] == []


def _items():
    return ["متن اول", "boom در متن", "متن سوم"]


def test_pipe_raise_stops_at_the_failure():
    nlp = Pipeline.from_names(["normalize", "failing-for-tests"])
    with pytest.raises(ValueError, match="boom"):
        list(nlp.pipe(_items()))


def test_pipe_skip_drops_the_failure():
    nlp = Pipeline.from_names(["normalize", "failing-for-tests"])
    texts = [doc.text for doc in nlp.pipe(_items(), on_error="skip")]
    assert texts == ["متن اول", "متن سوم"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_record_keeps_one_output_per_input_in_order(n_process):
    nlp = Pipeline.from_names(["normalize", "failing-for-tests"])
    items = [Article(text, provenance=Provenance("batch.jsonl", i, "news-json")) for i, text in enumerate(_items() * 5)]
    results = list(nlp.pipe(items, on_error="record", n_process=n_process, batch_size=2))
    assert len(results) == len(items)
    assert [r.provenance.record if isinstance(r, FailedRecord) else r.article.provenance.record
            for r in results] == list(range(len(items)))
    failures = [r for r in results if isinstance(r, FailedRecord)]
    assert len(failures) == 5
    record = failures[0].to_dict()
    assert record["source"]["path"] == "batch.jsonl" and record["error"]["type"] == "ValueError"


def test_pipe_rejects_an_unknown_error_mode(nlp):
    with pytest.raises(ValueError, match="on_error"):
        list(nlp.pipe(["x"], on_error="ignore"))


def test_document_dict_has_exactly_the_schema_keys(nlp):
    doc = nlp("قزوین - ایرنا - استاندار قزوین گفت: کار باید انجام شود.")
    assert list(doc.to_dict()) == ["schema_version", "id", "source", "metadata", "text", "entities", "officials",
                                   "quotes", "diagnostics"]
    assert set(doc.to_dict()["source"]) >= {"path", "record", "format"}


def test_import_does_not_load_heavy_packages():
    import subprocess
    import sys

    code = "import sys, persianews; print(sorted(m for m in ('stanza', 'torch', 'hazm') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_damaged_and_legacy_sources_leave_diagnostics(nlp, tmp_path):
    doc = nlp("متن \ufffd خراب")
    assert [d.code for d in doc.diagnostics] == ["replacement-characters"]
    assert doc.to_dict()["diagnostics"][0]["start"] == doc.text.index("\ufffd")
    path = tmp_path / "legacy.txt"
    path.write_bytes(("استاندار قزوین در جلسه شورای اداری استان گفت که کارها باید با سرعت انجام شود. " * 3)
                     .replace("ی", "ي").encode("cp1256"))
    legacy = nlp(next(persianews.read(path)))
    assert "legacy-encoding" in [d.code for d in legacy.diagnostics]
