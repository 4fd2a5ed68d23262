"""The package type-checks with the mypy configuration of pyproject.toml, and its API types as documented."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                                reason="mypy is not installed (the [test] extra)")

API_USE = '''
from typing import Iterator, assert_type

import persianews
import stanza

nlp = persianews.load()
articles = persianews.read("news.jsonl")
assert_type(nlp.pipe(articles), Iterator[persianews.Document])
assert_type(nlp.pipe(articles, on_error="skip"), Iterator[persianews.Document])
assert_type(nlp.pipe(articles, on_error="record"), Iterator[persianews.Document | persianews.FailedRecord])
doc = nlp("متن")
assert_type(doc.to_stanza(), stanza.Document)
assert_type(doc.ents, tuple[persianews.Entity, ...])
assert_type(doc.sents[0].text, str)
assert_type(persianews.Document.from_dict(doc.to_dict()), persianews.Document)
'''

#: The bench scripts held to the package's typing (the quality bench and its stand-off gold).
BENCH_SCRIPTS = ["bench/quality_gold.py", "bench/bench_quality.py"]


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory) -> str:
    """mypy's report on the package (pyproject's configuration), on the quality bench's scripts and on a script
    using the API, in one run."""
    folder = tmp_path_factory.mktemp("mypy")
    script = folder / "use_api.py"
    script.write_text(API_USE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(folder / "cache"),
                             "persianews", *BENCH_SCRIPTS, str(script)], cwd=ROOT, capture_output=True, text=True)
    assert not result.stderr.strip(), result.stderr
    return result.stdout


def test_mypy_reports_no_errors_in_the_package_and_the_quality_bench(mypy_report):
    assert [line for line in mypy_report.splitlines() if "use_api.py" not in line] == []


def test_the_api_types_as_a_user_sees_them(mypy_report):
    """pipe() overloads: on_error="raise"/"skip" yield Documents, "record" also FailedRecords."""
    assert [line for line in mypy_report.splitlines() if "use_api.py" in line] == []
