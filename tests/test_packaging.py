"""The built wheel: light dependencies, a small virtualenv, the data files, the same output as this checkout.

Builds the sdist and the wheel into a temporary folder (never ``build/`` in the
repository), installs the wheel with its dependencies from the package index
into a fresh virtualenv, and asks pip whether it resolves on Python 3.12 and
3.13 beside numpy 2. The tagger's compiled module is in the wheel where a C
compiler is; a wheel built without one (the compiler made to fail) installs
and gives the same output. Needs the network (the package index) and ``build``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
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
#: The tagger's compiled module and its source, in the wheel.
COMPILED = "persianews/entities/_crf_native"
COMPILED_SOURCE = "persianews/entities/crf_native.c"


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
def pure_wheel(dist, tmp_path_factory) -> Path:
    """The wheel built from the sdist where the C compiler fails (as where there is none)."""
    source = tmp_path_factory.mktemp("sdist")
    with tarfile.open(next(dist.glob("persianews-*.tar.gz"))) as archive:
        archive.extractall(source, filter="data")
    out = tmp_path_factory.mktemp("pure")
    environment = {**os.environ, "CC": "false"}
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(next(source.iterdir()))],
                   check=True, capture_output=True, env=environment)
    return next(out.glob("persianews-*.whl"))


def fresh_install(wheel: Path, venv: Path) -> tuple[Path, float]:
    """The python of a fresh virtualenv at ``venv`` with ``wheel`` and its dependencies from the index;
    the seconds pip took."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    started = time.perf_counter()
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)
    return python, time.perf_counter() - started


@pytest.fixture(scope="module")
def light_install(wheel, tmp_path_factory) -> tuple[Path, float]:
    """A fresh virtualenv with the wheel and its dependencies from the index; the seconds pip took."""
    return fresh_install(wheel, tmp_path_factory.mktemp("venv"))


def has_compiler() -> bool:
    """Whether the C compiler Python's build would call is there."""
    command = shlex.split(sysconfig.get_config_var("CC") or "cc")
    return bool(command) and shutil.which(command[0]) is not None


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
    assert any(n.endswith("/setup.py") for n in names) and any(n.endswith("/" + COMPILED_SOURCE) for n in names)
    assert not any(n.endswith((".so", ".pyd")) for n in names)


def test_the_wheel_carries_the_compiled_tagger_where_a_compiler_is(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert COMPILED_SOURCE in names
    compiled = [n for n in names if n.startswith(COMPILED)]
    if not has_compiler():
        pytest.skip("no C compiler here: the wheel has no compiled module")
    assert len(compiled) == 1 and compiled[0].endswith((".so", ".pyd")), compiled
    module = zipfile.ZipFile(wheel).getinfo(compiled[0]).file_size
    print(f"\nwheel {wheel.stat().st_size / 1e6:.2f} MB, compiled module {module / 1e3:.0f} kB")


_USES_COMPILED = "from persianews.entities.crf_native import native\nprint(native() is not None)\n"


def extract_seeds(python: Path, where: Path) -> bytes:
    """The CLI's output on the seeds by the installation of ``python``, run in ``where``."""
    (where / "seeds").symlink_to(SEEDS, target_is_directory=True)
    out = where / "out.jsonl"
    subprocess.run([str(python.parent / "persianews"), "extract", "seeds/", "-o", str(out), "--quiet"],
                   cwd=where, check=True)
    return out.read_bytes()


def test_a_wheel_built_without_a_compiler_installs_and_gives_the_same_output(pure_wheel, light_install,
                                                                            tmp_path_factory):
    assert not [n for n in zipfile.ZipFile(pure_wheel).namelist() if n.startswith(COMPILED)]
    pure, _seconds = fresh_install(pure_wheel, tmp_path_factory.mktemp("pure-venv"))
    light, _seconds = light_install
    used = [subprocess.run([str(python), "-c", _USES_COMPILED], cwd=tmp_path_factory.mktemp("run"), check=True,
                           capture_output=True, text=True).stdout.strip() for python in (pure, light)]
    assert used == ["False", str(has_compiler())]
    assert extract_seeds(pure, tmp_path_factory.mktemp("pure-out")) == \
        extract_seeds(light, tmp_path_factory.mktemp("light-out"))


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
    light = extract_seeds(python, tmp_path)
    full = tmp_path / "full.jsonl"
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "seeds/", "-o", str(full), "--quiet"]) == 0
    assert light == full.read_bytes()
    assert len(light.splitlines()) == 8


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
