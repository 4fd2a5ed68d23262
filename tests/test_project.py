"""Package hygiene: one version, an SPDX licence, a changelog, no machine-specific paths."""

from __future__ import annotations

import re
import subprocess
import tomllib

import pytest

import persianews
from persianews.cli import main
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Built from parts so that this file does not match itself.
MACHINE_PATH = re.compile("/" + "(?:work|root|home)" + r"/[\w.-]")


def test_version_is_single_sourced_from_the_package():
    assert "version" not in PYPROJECT["project"]
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "persianews.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.dev\d+)?", persianews.__version__)


def test_cli_prints_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"persianews {persianews.__version__}"


def test_licence_is_an_spdx_expression():
    assert PYPROJECT["project"]["license"] == "MIT"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    assert not any(c.startswith("License ::") for c in PYPROJECT["project"].get("classifiers", []))
    assert any(r.startswith("setuptools>=") and int(r.split(">=")[1].split(".")[0]) >= 77
               for r in PYPROJECT["build-system"]["requires"])


def test_changelog_has_an_unreleased_section_and_the_first_release():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert "## [0.1.0]" in changelog


def tracked_files() -> list[str]:
    try:
        listing = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return listing.stdout.splitlines()


def test_no_machine_specific_absolute_paths():
    offending = []
    for name in tracked_files():
        path = ROOT / name
        if not path.is_file() or path.suffix in {".whl", ".gz", ".zip"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offending += [f"{name}:{number}" for number, line in enumerate(text.splitlines(), 1)
                      if MACHINE_PATH.search(line)]
    assert not offending, "machine-specific paths (use repository-relative paths or $PERSIANEWS_SHARED): " \
        + ", ".join(offending[:20])


def test_no_wheel_or_build_folder_committed():
    names = tracked_files()
    assert not [n for n in names if n.endswith(".whl") or n.startswith(("build/", "dist/"))]


def test_every_declared_extra_is_in_all_or_documented():
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert set(extras) >= {"stanza", "hazm", "pandas", "parquet", "dask", "all", "test"}
    assert not any("hazm" in requirement for requirement in extras["all"]), "hazm pins numpy 1.24"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [extra for extra in extras if f"`[{extra}]`" not in readme] == []
