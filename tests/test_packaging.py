"""The built wheel carries the data files and works from any directory in a fresh virtualenv."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("persianews-*.whl"))


@pytest.fixture(scope="module")
def fresh_python(wheel, tmp_path_factory) -> Path:
    """A new venv with only the wheel installed; dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    dependencies = sysconfig.get_paths()["purelib"]
    Path(purelib, "outer_dependencies.pth").write_text(dependencies + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], check=True)
    return python


def test_wheel_contains_the_models_and_type_marker(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "persianews/py.typed" in names
    data = [n for n in names if n.startswith("persianews/models/") and n.endswith((".tsv", ".txt"))]
    assert data, "no data files under persianews/models/ in the wheel"
    assert any(n.startswith("persianews/models/zwnj/") for n in names)


def test_installed_wheel_runs_from_another_directory(fresh_python, tmp_path):
    where = subprocess.run([str(fresh_python), "-c", "import persianews; print(persianews.__file__)"],
                           cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert str(ROOT) not in where and "site-packages" in where
    out = tmp_path / "out.jsonl"
    subprocess.run([str(fresh_python), "-m", "persianews", "extract", str(SEEDS), "-o", str(out), "--quiet"],
                   cwd=tmp_path, check=True)
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 8
    assert all("error" not in d for d in documents)
    labels = {entity["label"] for d in documents for entity in d["entities"]}
    assert labels >= {"PERSON", "TITLE", "ORG", "LOC"}, "gazetteers did not load from the wheel"
    assert sum(len(d["quotes"]) for d in documents) >= 25, "the cue lexicon did not load from the wheel"
    assert any(e["label"] == "LOC" and e.get("province") for d in documents for e in d["entities"])
