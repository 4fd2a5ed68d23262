"""What a spaCy or stanza user reaches for: ents, sents, from_dict, user_data, stage option errors, repr."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import persianews
from persianews import Document, PipelineError, SchemaError
from persianews.pipeline import DEFAULT_STAGES, _REGISTRY
from persianews.readers import expand_inputs
from tests.conftest import ROOT, SEEDS

EXAMPLE = "فرماندار تاکستان گفت: انتخابات مهم است. وی افزود: مشارکت بالا خواهد بود."
FIXTURES = ROOT / "tests" / "fixtures"


def _documents() -> list[dict[str, Any]]:
    """The JSON output (through json.dumps/loads, as a reader of the JSONL sees it) of the seeds and fixtures."""
    nlp = persianews.load()
    inputs = sorted(map(str, SEEDS.iterdir())) + [str(FIXTURES / name) for name in (
        "news_irna.jsonl", "news_generic.json", "news_broken.jsonl", "telegram_json_export",
        "telegram_html_export")]
    out = []
    for path in inputs:
        for result in nlp.pipe(persianews.read(path, on_error="record"), on_error="record"):
            if isinstance(result, Document):
                out.append(json.loads(json.dumps(result.to_dict(), ensure_ascii=False)))
    return out


DOCUMENTS = _documents()


def round_trip(data: dict[str, Any]) -> dict[str, Any]:
    return Document.from_dict(data).to_dict()


# -- ents, sents, repr -----------------------------------------------------------------------------

def test_ents_and_sents(nlp):
    doc = nlp(EXAMPLE)
    assert doc.ents is doc.entities
    assert [(e.text, e.label) for e in doc.ents][:2] == [("فرماندار تاکستان", "TITLE"), ("تاکستان", "LOC")]
    assert [s.text for s in doc.sents] == ["فرماندار تاکستان گفت: انتخابات مهم است.",
                                           "وی افزود: مشارکت بالا خواهد بود."]
    assert all(s.text == s.span.slice(doc.text) for s in doc.sents)
    assert [s.span for s in doc.sents] == [s.span for s in doc.sentences]


def test_repr_is_short_and_counts_the_layers(nlp):
    doc = nlp(EXAMPLE)
    assert repr(doc) == ("<Document 'text#0' 72 chars: 2 sentences, 16 tokens, 2 entities, 0 officials, "
                         "2 quotes, 0 diagnostics>")
    biggest = max((nlp(a) for path in expand_inputs([str(SEEDS)]) for a in persianews.read(path)),
                  key=lambda d: len(d.text))
    assert len(biggest.text) > 2000 and len(repr(biggest)) < 200


# -- from_dict ---------------------------------------------------------------------------------------

def test_fixture_documents_are_real_outputs():
    assert len(DOCUMENTS) >= 20
    assert sum(len(d["quotes"]) for d in DOCUMENTS) >= 25
    labels = {e["label"] for d in DOCUMENTS for e in d["entities"]}
    assert labels >= {"PERSON", "TITLE", "ORG", "LOC"}


@pytest.mark.parametrize("index", range(len(DOCUMENTS)))
def test_every_real_output_round_trips(index):
    data = DOCUMENTS[index]
    assert round_trip(data) == data
    assert round_trip(round_trip(data)) == data


def test_rebuilt_document_keeps_layers_as_records():
    data = next(d for d in DOCUMENTS if d["quotes"] and d["officials"])
    doc = Document.from_dict(data)
    assert doc.article.id == data["id"] and doc.text == data["text"]
    assert doc.quotes[0].content.text == data["quotes"][0]["content"]
    assert doc.officials[0].name == data["officials"][0]["person"]
    assert isinstance(doc.entities[0], persianews.Entity)
    assert doc.layers >= {"text", "entities", "quotes", "officials"}
    assert doc.source_text == "" and doc.alignment is None


def test_schema_version_is_accepted_and_ignored():
    data = {k: v for k, v in DOCUMENTS[0].items() if k != "schema_version"}
    rebuilt = round_trip({**data, "schema_version": "1.0"})
    rebuilt.pop("schema_version", None)  # to_dict may write its own
    assert rebuilt == data


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
offsets = st.tuples(st.integers(0, 5000), st.integers(0, 5000)).map(sorted)


@st.composite
def mutated_documents(draw) -> dict[str, Any]:
    """A real output with a few changes that keep it a valid document."""
    data = copy.deepcopy(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(0, 4))):
        change = draw(st.sampled_from(["text", "metadata", "user_data", "drop", "offsets", "quote", "diagnostic"]))
        if change == "text":
            data["text"] = draw(st.text(max_size=200))
        elif change == "metadata":
            data["metadata"][draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        elif change == "user_data":
            data.setdefault("user_data", {})[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        elif change == "drop":
            layer = draw(st.sampled_from(["entities", "officials", "quotes"]))
            if data[layer]:
                del data[layer][draw(st.integers(0, len(data[layer]) - 1))]
        elif change == "offsets" and data["entities"]:
            entity = data["entities"][draw(st.integers(0, len(data["entities"]) - 1))]
            entity["start"], entity["end"] = draw(offsets)
            entity["source_start"], entity["source_end"] = draw(offsets)
        elif change == "quote" and data["quotes"]:
            quote = data["quotes"][draw(st.integers(0, len(data["quotes"]) - 1))]
            quote["confidence"] = round(draw(st.floats(0, 1)), 3)
            quote["evidence"] = draw(st.lists(st.text(max_size=15), max_size=4))
            quote["speaker"] = draw(st.none() | st.text(max_size=20))
            if draw(st.booleans()):
                quote["cue"], quote["parts"]["cue"] = "", None
        elif change == "diagnostic":
            diagnostic: dict[str, Any] = {"code": draw(st.text(max_size=10)), "message": draw(st.text(max_size=30)),
                                          "stage": draw(st.sampled_from(["", "normalize", "quotes"]))}
            if draw(st.booleans()):
                diagnostic["start"], diagnostic["end"] = draw(offsets)
            data["diagnostics"].append(diagnostic)
    return json.loads(json.dumps(data))


@settings(max_examples=150, deadline=None)
@given(mutated_documents())
def test_from_dict_round_trips_mutated_real_outputs(data):
    assert round_trip(data) == data


@pytest.mark.parametrize("breakage", [
    lambda d: {"source": d["source"], "error": {"type": "ReaderError", "message": "bad"}},
    lambda d: {k: v for k, v in d.items() if k != "quotes"},
    lambda d: {**d, "sentiment": 0.5},
    lambda d: {**d, "entities": "none"},
    lambda d: {**d, "entities": [{"text": "x", "label": "LOC", "start": 5, "end": 2,
                                  "source_start": 5, "source_end": 6}]},
    lambda d: {**d, "quotes": [{"speaker": "x"}]},
    lambda d: {**d, "id": "elsewhere#3"},
    lambda d: {**d, "user_data": {1: "not a namespace"}},
    lambda d: {**d, "source": None},
    lambda d: [d],
], ids=["error-record", "missing-key", "unknown-key", "wrong-type", "bad-span", "partial-quote", "id-mismatch",
        "user-data-key", "no-source", "not-a-mapping"])
def test_from_dict_refuses_what_is_not_a_document(breakage):
    with pytest.raises(SchemaError):
        Document.from_dict(breakage(copy.deepcopy(DOCUMENTS[0])))


# -- user_data -------------------------------------------------------------------------------------

@attrs.frozen
class WordCountStage:
    """A custom stage that keeps its result in ``user_data["wordcount"]``."""

    name: str = "wordcount"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("wordcount",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_user_data("wordcount", {"words": sum(t.kind == "word" for t in doc.tokens)})


def test_custom_stage_results_go_to_user_data_and_to_dict(monkeypatch):
    monkeypatch.setitem(_REGISTRY, "wordcount", WordCountStage)
    doc = persianews.load(stages=DEFAULT_STAGES + ("wordcount",))(EXAMPLE)
    assert doc.user_data == {"wordcount": {"words": 12}}
    data = doc.to_dict()
    assert data["user_data"] == {"wordcount": {"words": 12}}
    assert round_trip(data) == data
    assert "user_data" not in persianews.load()(EXAMPLE).to_dict()
    assert "wordcount" in repr(doc)


def test_with_user_data_returns_a_copy(nlp):
    doc = nlp(EXAMPLE)
    tagged = doc.with_user_data("a", 1).with_user_data("b", [2])
    assert doc.user_data == {} and tagged.user_data == {"a": 1, "b": [2]}


# -- stage options -----------------------------------------------------------------------------------

def test_an_unknown_stage_option_names_the_stage_and_the_option():
    with pytest.raises(PipelineError, match=r"stage 'quotes' has no option 'nonsense'"):
        persianews.load(quotes={"nonsense": 1})
    with pytest.raises(PipelineError, match=r"stage 'normalize' has no option 'confg'; its options: config"):
        persianews.load(normalize={"confg": None})


def test_options_for_a_stage_outside_the_pipeline_are_an_error():
    with pytest.raises(PipelineError, match=r"options for 'quote'"):
        persianews.load(quote={})
    with pytest.raises(PipelineError, match=r"options for 'quotes'"):
        persianews.load(stages=("normalize", "segment"), quotes={})


def test_known_options_still_work():
    config = persianews.NormalizationConfig(digits="fa")
    assert persianews.load(normalize={"config": config})("سال 1402").text == "سال ۱۴۰۲"
