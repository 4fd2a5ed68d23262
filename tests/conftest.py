"""Shared fixtures: paths to the project's seeds and to the shared corpora ($PERSIANEWS_SHARED or ../shared)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI machines are shared and slow at times: properties are judged by what they find, not by how fast.
settings.register_profile("persianews", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("persianews")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("PERSIANEWS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def nlp():
    import persianews

    return persianews.load()


@pytest.fixture(scope="session", params=[True, False], ids=["tagger", "rules"])
def either_nlp(request):
    """The default pipeline, once with the learned tagger merged into the entity rules and once with the rules
    alone (test ids ``tagger`` and ``rules``): for tests that both pipelines must pass."""
    import persianews

    return persianews.load(entities={"tagger": request.param})


@pytest.fixture(scope="session", params=["news", "post"])
def either_reader(request):
    """A function that gives a text as a news item's text (test id ``news``) or as the one post of a Telegram
    channel's text export (test id ``post``): for tests that both readers must pass."""
    if request.param == "news":
        return lambda text: text
    from persianews.readers.telegram_text import read_telegram_text

    def post(text: str):
        (article,) = read_telegram_text(text + "\n@some_channel\n", "posts.txt")
        return article
    return post


@pytest.fixture
def every_nlp(either_nlp, either_reader):
    """Both pipelines (:func:`either_nlp`) on a text read by both readers (:func:`either_reader`)."""
    return lambda text: either_nlp(either_reader(text))


@pytest.fixture(scope="session")
def seed_documents(nlp) -> list:
    """The eight seed documents, in the order ``persianews extract seeds/`` writes them."""
    from persianews.readers import read_records

    return list(nlp.pipe(read_records([SEEDS]), on_error="record"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


def is_output_line(value: object) -> bool:
    """True for what looks like a persianews output line (a document or an error record)."""
    return isinstance(value, dict) and isinstance(value.get("source"), dict) and "record" in value["source"] \
        and ("error" in value or "entities" in value)


def schema_errors(lines: list[str]) -> list[str]:
    """Every schema violation among JSON output lines, each with its line number."""
    import jsonschema

    import persianews

    validator = jsonschema.Draft202012Validator(persianews.output_schema())
    problems = []
    for number, line in enumerate(lines, 1):
        error = jsonschema.exceptions.best_match(validator.iter_errors(json.loads(line)))
        if error is not None:
            problems.append(f"line {number}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    return problems


@pytest.fixture(autouse=True)
def _outputs_follow_the_schema(request):
    """After each test with a ``tmp_path``, every output line it left in a .jsonl file must validate."""
    if "tmp_path" not in request.fixturenames:
        yield
        return
    tmp_path = request.getfixturevalue("tmp_path")
    yield
    for path in tmp_path.rglob("*.jsonl"):
        if path.is_symlink() or not path.is_file():
            continue  # tests make broken links and special files named like outputs
        lines = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                if is_output_line(json.loads(line)):
                    lines.append(line)
            except ValueError:
                continue
        problems = schema_errors(lines)
        assert not problems, f"{path.name} breaks the output schema:\n" + "\n".join(problems[:20])
