"""The package type-checks with the mypy configuration of pyproject.toml."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (the [test] extra)")
def test_mypy_reports_no_errors():
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--no-error-summary"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
