"""The built wheel: light dependencies, a small virtualenv, the data files, the same output as this checkout.

Builds the sdist and the wheel into a temporary folder (never ``build/`` in the
repository), installs the wheel with its dependencies from the package index
into a fresh virtualenv, and asks pip whether it resolves on Python 3.12 and
3.13 beside numpy 2. Needs the network (the package index) and ``build``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from persianews.cli import main
from tests.conftest import ROOT, SEEDS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("build") is None, reason="needs build (the [test] extra)")]

LIGHT_DEPENDENCIES = {"persianews", "attrs", "regex", "tqdm", "ijson"}
HEAVY = {"torch", "hazm", "scipy", "numpy", "stanza", "pandas", "nltk", "gensim", "scikit-learn"}
MAX_VENV_MB = 60


def venv_megabytes(venv: Path) -> float:
    """The size of the files under ``venv``, in MB."""
    return sum(path.stat().st_size for path in venv.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel built from the sdist, in a temporary folder."""
    out = tmp_path_factory.mktemp("dist")
    had_build_folder = (ROOT / "build").exists()
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    assert had_build_folder or not (ROOT / "build").exists(), "the build wrote build/ into the repository"
    return out


@pytest.fixture(scope="module")
def wheel(dist) -> Path:
    return next(dist.glob("persianews-*.whl"))


@pytest.fixture(scope="module")
def light_install(wheel, tmp_path_factory) -> tuple[Path, float]:
    """A fresh virtualenv with the wheel and its dependencies from the index; the seconds pip took."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    started = time.perf_counter()
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)

    return python, time.perf_counter() - started


def installed(python: Path) -> set[str]:
    listing = subprocess.run([str(python), "-m", "pip", "list", "--format", "json", "--disable-pip-version-check"],
                             check=True, capture_output=True, text=True).stdout
    return {package["name"].lower() for package in json.loads(listing)}


def test_wheel_contains_the_models_the_type_marker_and_the_licence(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "persianews/py.typed" in names
    data = [n for n in names if n.startswith("persianews/models/") and n.endswith((".tsv", ".txt"))]
    assert data, "no data files under persianews/models/ in the wheel"
    assert any(n.startswith("persianews/models/zwnj/") for n in names)
    assert not any(n.startswith("persianews/models/build/") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    core = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert not any(heavy in line.lower() for line in core for heavy in HEAVY), core


def test_sdist_carries_the_sources_and_the_changelog(dist):
    names = tarfile.open(next(dist.glob("persianews-*.tar.gz"))).getnames()
    assert any(n.endswith("/LICENSE") for n in names) and any(n.endswith("/pyproject.toml") for n in names)


def test_light_install_pulls_only_the_core_dependencies(light_install):
    python, seconds = light_install
    packages = installed(python)
    print(f"\nlight install: {sorted(packages)} in {seconds:.1f} s")
    assert not packages & HEAVY
    assert packages - {"pip", "setuptools", "wheel"} == LIGHT_DEPENDENCIES


def test_light_venv_is_small(light_install):
    python, _ = light_install
    size = venv_megabytes(python.parent.parent)
    print(f"\nlight virtualenv: {size:.1f} MB")
    assert size < MAX_VENV_MB


def test_light_install_gives_the_same_output_as_this_checkout(light_install, tmp_path, monkeypatch):
    python, _ = light_install
    where = subprocess.run([str(python), "-c", "import persianews; print(persianews.__file__)"],
                           cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert str(ROOT) not in where and "site-packages" in where
    (tmp_path / "seeds").symlink_to(SEEDS, target_is_directory=True)
    light = tmp_path / "light.jsonl"
    subprocess.run([str(python.parent / "persianews"), "extract", "seeds/", "-o", str(light), "--quiet"],
                   cwd=tmp_path, check=True)
    full = tmp_path / "full.jsonl"
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "seeds/", "-o", str(full), "--quiet"]) == 0
    assert light.read_bytes() == full.read_bytes()
    assert len(light.read_bytes().splitlines()) == 8


def test_light_install_names_the_extra_a_feature_needs(light_install, tmp_path):
    python, _ = light_install
    code = ("import persianews\n"
            "doc = persianews.load()('فرماندار تاکستان گفت: انتخابات مهم است.')\n"
            "try:\n    doc.to_stanza()\nexcept persianews.MissingExtraError as error:\n    print(error)\n")
    out = subprocess.run([str(python), "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert "pip install 'persianews[stanza]'" in out


@pytest.mark.parametrize("python_version", ["3.12", "3.13"])
def test_wheel_resolves_beside_numpy_2_on_newer_pythons(wheel, python_version, tmp_path):
    report = tmp_path / "report.json"
    # Older pips accept --python-version only with --target; with --dry-run nothing is written there.
    subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--target", str(tmp_path / "target"),

                    "--only-binary=:all:", "--python-version", python_version, "--report", str(report),
                    "--disable-pip-version-check", str(wheel), "numpy>=2"], check=True, capture_output=True)
    chosen = {item["metadata"]["name"].lower(): item["metadata"]["version"]
              for item in json.loads(report.read_text(encoding="utf-8"))["install"]}
    assert chosen.keys() == LIGHT_DEPENDENCIES | {"numpy"}
    assert int(chosen["numpy"].split(".")[0]) >= 2
