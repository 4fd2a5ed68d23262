"""A fingerprint of the pipeline's output: one SHA-256 per input file over what the stages find.

Only the stages' layers are hashed (normalized text, entities, officials,
quotes), not the reader's metadata or the file's path, so the fingerprint
says whether the NLP output changed. ``tests/data/output_fingerprint.json``
holds the stored values; after a deliberate change, regenerate it with

    python -m tests.output_fingerprint --update

(``bench/check_output.py`` does the same for news-dev when ``../shared`` is beside the project).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import persianews
from persianews.readers import read_records

ROOT = Path(__file__).resolve().parent.parent
STORED = ROOT / "tests" / "data" / "output_fingerprint.json"
LAYERS = ("text", "entities", "officials", "quotes")
INPUTS = ("seeds/000_25aafc7c556681c2.txt", "seeds/002_da0e034b362ac932.txt", "tests/fixtures/news_generic.json",
          "tests/fixtures/news_irna.jsonl", "tests/fixtures/telegram_full_export.json",
          "tests/fixtures/telegram_html_export", "tests/fixtures/telegram_json_export",
          "tests/fixtures/telegram_old_export.json")
"""Inputs under the project root."""


def fingerprint(nlp: persianews.Pipeline, articles: Iterable[object]) -> str:
    """The SHA-256 of the stages' output on ``articles`` (failed records count by their error type)."""
    digest = hashlib.sha256()
    for result in nlp.pipe(articles, on_error="record"):
        if isinstance(result, persianews.FailedRecord):
            layers: dict[str, object] = {"error": type(result.error).__name__}
        else:
            whole = result.to_dict()
            layers = {name: whole.get(name) for name in LAYERS}
        digest.update(json.dumps(layers, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def project_fingerprints(nlp: persianews.Pipeline) -> dict[str, str]:
    """The fingerprint of each file of :data:`INPUTS`."""
    return {name: fingerprint(nlp, read_records([ROOT / name])) for name in INPUTS}


def stored() -> dict[str, str]:
    return json.loads(STORED.read_text(encoding="utf-8"))


def update(values: dict[str, str]) -> None:
    """Merge ``values`` into the stored fingerprints."""
    merged = stored() if STORED.exists() else {}
    merged.update(values)
    STORED.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    values = project_fingerprints(persianews.load())
    if "--update" in sys.argv:
        update(values)
    print(json.dumps(values, indent=1))
