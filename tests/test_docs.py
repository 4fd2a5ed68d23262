"""The documentation site: it builds offline with no warnings, its generated pages follow the code,
and every evidence, rule and diagnostic code the code base can emit is documented."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

import persianews

from .conftest import ROOT

DOCS = ROOT / "docs"
CODES_PAGE = DOCS / "codes.md"

_EVIDENCE = re.compile(r"""f?["']((?:cue|subject|speaker):[^"'\s]*)["']""")
_SUFFIX = re.compile(r"""["'](\+[a-z-]+→[a-z-]+)["']""")
_ENTITY_RULE = re.compile(r"""f?["']((?:person|org|title)-[a-z0-9{}._-]+)["']""")
_DIAGNOSTIC = re.compile(r"""(?:add_diagnostic|with_diagnostic|Diagnostic)\(\s*(?:[\w.]+,\s*)?"""
                         r"""(?:f?["']([a-z0-9{}._-]+)["']|([A-Z][A-Z0-9_]+)\b)""")
_NOTES = re.compile(r"^\w*NOTES\s*=\s*\{(.*?)\}", re.DOTALL | re.MULTILINE)
"""Tables of diagnostic messages keyed by code constants (``NOTES = {NONFINITE_NUMBER: "…"}``)."""
_CONSTANT = re.compile(r"""^([A-Z][A-Z0-9_]+)\s*=\s*["']([a-z0-9-]+)["']""", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{[^}]*?(\w+)\}")


def emitted_codes() -> dict[str, set[str]]:
    """Code literals in persianews/ by family; f-string fields become ``<name>`` placeholders, and
    diagnostic codes given by a constant (in a call or as a key of a ``NOTES`` table) are resolved."""
    found: dict[str, set[str]] = {"evidence": set(), "suffix": set(), "entity rule": set(), "diagnostic": set()}
    patterns = {"evidence": _EVIDENCE, "suffix": _SUFFIX, "entity rule": _ENTITY_RULE}
    constants: dict[str, str] = {}
    diagnostic_names: set[str] = set()
    for path in (ROOT / "persianews").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for family, pattern in patterns.items():
            found[family].update(_PLACEHOLDER.sub(r"<\1>", m.group(1)) for m in pattern.finditer(text))
        constants.update(_CONSTANT.findall(text))
        for literal, name in _DIAGNOSTIC.findall(text):
            if literal:
                found["diagnostic"].add(_PLACEHOLDER.sub(r"<\1>", literal))
            else:
                diagnostic_names.add(name)
        for table in _NOTES.findall(text):
            diagnostic_names.update(re.findall(r"([A-Z][A-Z0-9_]+)\s*:", table))
    found["diagnostic"].update(constants[name] for name in diagnostic_names if name in constants)
    found["entity rule"].update(value for name, value in constants.items() if name.endswith("_RULE"))
    return found


def test_the_scan_finds_the_code_families():
    found = emitted_codes()
    assert {"cue:direct-colon", "subject:pronoun", "speaker:<how>→previous"} <= found["evidence"]
    assert found["suffix"] == {"+surname→full-name", "+surname-part→full-name", "+title→holder",
                               "+title→surrounding-speaker", "+title→same-head-neighbour", "+title→speaker-going-on",
                               "+title→continued-speaker",
                               "+lead→restated-name",
                               "+lead→named-later", "+continuation→speaker", "+description→apposed-name",
                               "+narration→introduced-person"}
    assert {"person-full-name", "org-head-<kind>", "tagger"} <= found["entity rule"]
    assert {"legacy-encoding", "replacement-characters", "lone-surrogate", "nonfinite-number"} <= found["diagnostic"]


@pytest.mark.parametrize("family", ["evidence", "suffix", "entity rule", "diagnostic"])
def test_every_emitted_code_is_documented(family):
    page = CODES_PAGE.read_text(encoding="utf-8")
    undocumented = sorted(code for code in emitted_codes()[family] if code not in page)
    assert undocumented == [], f"add these {family} codes to docs/codes.md: {undocumented}"


def _documented_patterns() -> list[re.Pattern[str]]:
    codes = re.findall(r"^\| `([^`]+)` \|", CODES_PAGE.read_text(encoding="utf-8"), re.MULTILINE)
    return [re.compile(re.sub(r"<\w+>", "[a-z]+", re.escape(code).replace(r"\<", "<").replace(r"\>", ">")) + "$")
            for code in codes]


def test_evidence_in_seed_output_is_documented(seed_documents):
    patterns = _documented_patterns()
    page = CODES_PAGE.read_text(encoding="utf-8")
    evidence = {code for doc in seed_documents for quote in doc.quotes for code in quote.evidence}
    rules = {e.rule for doc in seed_documents for e in doc.entities} | {
        o.rule for doc in seed_documents for o in doc.officials}
    assert evidence and rules
    for code in sorted(evidence | rules):
        base, *suffixes = code.split("+")
        assert any(p.match(base) for p in patterns), f"{base} (from {code}) is not in docs/codes.md"
        assert all(any(p.match("+" + s) for p in patterns) or f"`+{s}`" in page for s in suffixes), code


# --- the site ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python"):
        if importlib.util.find_spec(module.split(".")[0]) is None:
            pytest.skip(f"{module} is not installed (the [docs] extra)")
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                           cwd=ROOT, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    return out


def test_every_page_is_built(site):
    pages = {"index", "getting-started", "inputs", "output", "views", "codes", "pipeline", "normalization",
             "accuracy", "api"}
    assert pages <= {p.stem for p in site.glob("*.html")}


def test_the_site_loads_nothing_from_the_network(site):
    for page in site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""src=["']https?://|<link[^>]+href=["']https?://""", html), page.name


def test_schema_page_is_generated_from_the_schema(site):
    page = (site / "output.html").read_text(encoding="utf-8")
    assert "<!-- output-schema -->" not in page
    schema = persianews.output_schema()
    for name in ("document", "error_record", "entity", "quote", "official", "mention", "diagnostic", "source"):
        for field in schema["$defs"][name]["properties"]:
            assert f"<code>{field}</code>" in page, (name, field)
    assert f"<code>{persianews.SCHEMA_VERSION}</code>" in page


def test_table_columns_are_generated(site):
    from persianews.export.tables import TABLES

    page = (site / "views.html").read_text(encoding="utf-8")
    assert "table-columns" not in page
    for columns in TABLES.values():
        assert all(f"<code>{name}</code>" in page for name, _ in columns)


def test_api_reference_comes_from_the_docstrings(site):
    page = (site / "api.html").read_text(encoding="utf-8")
    for name in ("to_dataframe", "render", "output_schema", "Pipeline", "register_stage", "FailedRecord"):
        assert name in page
    assert "A pandas DataFrame with one row per document" in page


def test_readme_links_to_the_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in readme and "docs/" in readme


_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
RUNNABLE = [("getting-started.md", 0), ("pipeline.md", 0), ("pipeline.md", 2)]
"""Python examples of the docs that stand alone (the others continue them or need a notebook)."""


@pytest.mark.parametrize("page, index", RUNNABLE, ids=[f"{page}-{index}" for page, index in RUNNABLE])
def test_docs_examples_run(page, index, monkeypatch, capsys):
    import persianews.pipeline

    monkeypatch.setattr(persianews.pipeline, "_REGISTRY", dict(persianews.pipeline._REGISTRY))  # stages it registers go
    code = _PYTHON_BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))[index]
    namespace: dict = {"__name__": "docs_example"}
    exec(compile(code, page, "exec"), namespace)  # noqa: S102 - our own documentation's example
    if page == "pipeline.md" and index == 2:
        doc = namespace["nlp"]("فرماندار تاکستان گفت: جلسه فردا برگزار می‌شود.")
        assert [d.code for d in doc.diagnostics] == ["headline-length"] and doc.quotes
