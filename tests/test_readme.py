"""The README's examples run as written: its Python blocks and its shell examples, from a copy of the
repository root (seeds and fixtures present); its set-up commands are exactly what .ci/run runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [(language, code) for language, code in BLOCK.findall(README)]
PYTHON = [code for language, code in BLOCKS if language == "python"]
SHELL = [code for language, code in BLOCKS if language == "sh"]


LIGHT_INSTALL = "pip install persianews"
"""The "use it in your project" line: tests/test_packaging.py installs the built wheel the same way."""


def is_set_up(command: str) -> bool:
    """The development install and test commands: run by .ci/run, not here (they would install or recurse)."""
    return ".venv/bin/pip install" in command or "-m pytest" in command


SET_UP = [code.strip() for code in SHELL if is_set_up(code)]
EXAMPLES = [code.strip() for code in SHELL if not is_set_up(code) and code.strip() != LIGHT_INSTALL]


OUTPUTS = {".venv", ".git", "site", "build", "dist"}
"""What the examples may write, or what belongs to one machine: not linked into the repository-like folder."""


@pytest.fixture
def repository(tmp_path) -> Path:
    """A folder that looks like the repository root to the examples (its files linked, so that what they
    write stays here) with a ``.venv/bin`` whose ``python`` and ``persianews`` run this interpreter."""
    for entry in ROOT.iterdir():
        if entry.name not in OUTPUTS and not entry.name.startswith("out"):
            (tmp_path / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    bin_folder = tmp_path / ".venv" / "bin"
    bin_folder.mkdir(parents=True)
    for name, command in (("python", f'"{sys.executable}"'), ("persianews", f'"{sys.executable}" -m persianews')):
        shim = bin_folder / name
        shim.write_text(f'#!/bin/sh\nexec {command} "$@"\n', encoding="utf-8")
        shim.chmod(0o755)
    return tmp_path



def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def test_the_readme_has_examples_to_run():
    assert len(PYTHON) >= 2 and EXAMPLES and SET_UP
    assert LIGHT_INSTALL in [code.strip() for code in SHELL]



@pytest.mark.parametrize("code", PYTHON, ids=[f"python-{i}" for i in range(len(PYTHON))])
def test_python_example_runs(code, repository):
    script = repository / "example.py"
    script.write_text(code, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=repository, env=environment(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the example printed nothing"


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"sh-{i}" for i in range(len(EXAMPLES))])
def test_shell_example_runs(code, repository):
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=repository, env=environment(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    if "-o out.jsonl" in code:
        lines = (repository / "out.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 8


def test_ci_runs_exactly_the_readme_set_up_commands():
    """.ci/run ends with the README's install and test commands, as written (system packages may come first)."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    expected = [line for block in SET_UP for line in block.splitlines()]
    assert commands[-len(expected):] == expected

