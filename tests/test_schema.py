"""The shipped JSON Schema: every output line of seeds and fixtures validates, bad lines do not."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import persianews
from persianews.cli import main
from persianews.records import FailedRecord, Provenance

from .conftest import SEEDS, schema_errors

FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = [SEEDS, *sorted(FIXTURES.iterdir())]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(persianews.output_schema())


def test_the_schema_is_valid_draft_2020_12():
    schema = persianews.output_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_output_schema_returns_a_fresh_copy():
    first = persianews.output_schema()
    first["$defs"].clear()
    assert persianews.output_schema()["$defs"]


@pytest.mark.parametrize("source", INPUTS, ids=lambda p: p.name)
def test_every_output_line_validates(source, tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(source), "-o", str(out), "--quiet"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines
    assert schema_errors(lines) == []
    assert all(json.loads(line)["schema_version"] == persianews.SCHEMA_VERSION for line in lines)


def test_seed_outputs_cover_titles_places_officials_and_quotes(tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(SEEDS), "-o", str(out), "--quiet"])
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    entities = [e for d in docs for e in d["entities"]]
    assert {"role", "organization", "place", "portfolio"} <= {k for e in entities for k in e}
    assert any("place_id" in e for e in entities)
    assert any(d["officials"] for d in docs)
    assert any(q["parts"]["cue"] and q["evidence"] for d in docs for q in d["quotes"])


def test_error_records_validate(validator):
    record = FailedRecord(Provenance("x.jsonl", 3, "news-jsonl", 4, 120), ValueError("boom")).to_dict()
    assert record["schema_version"] == persianews.SCHEMA_VERSION
    assert record["error"]["internal"] is True
    validator.validate(record)


@pytest.fixture(scope="module")
def seed_document(nlp):
    return next(nlp.pipe(persianews.read(SEEDS / "002_da0e034b362ac932.txt"))).to_dict()


def _broken(document: dict, path: tuple, value) -> dict:
    broken = copy.deepcopy(document)
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


@pytest.mark.parametrize("path, value", [
    (("schema_version",), KeyError),
    (("schema_version",), "2.0"),
    (("entities", 0, "label"), "PERSONA"),
    (("entities", 0, "start"), -1),
    (("entities", 0, "surprise"), 1),
    (("quotes", 0, "kind"), "hearsay"),
    (("quotes", 0, "confidence"), 1.5),
    (("quotes", 0, "parts", "content"), None),
    (("source", "record"), "3"),
    (("text",), KeyError),
])
def test_broken_lines_are_rejected(seed_document, validator, path, value):
    validator.validate(seed_document)
    assert not validator.is_valid(_broken(seed_document, path, value))


def test_minor_versions_are_accepted(seed_document, validator):
    assert validator.is_valid({**seed_document, "schema_version": "1.7"})


def test_metadata_may_carry_extra_fields(seed_document, validator):
    metadata = {**seed_document["metadata"], "photographer": "x", "extra": {"views": 3}}
    assert validator.is_valid({**seed_document, "metadata": metadata})
    assert not validator.is_valid({**seed_document, "metadata": {**metadata, "links": "not-a-list"}})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("گفت: «» فرماندار البرز غفوری <script>\u200c\n،.\ufffd"), max_size=80))
def test_any_text_gives_a_valid_line(nlp, validator, text):
    if not text.strip():
        return
    validator.validate(nlp(text).to_dict())
