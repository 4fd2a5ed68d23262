"""The data files are read from the code's own tree (persianews.resources.models_folder)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from persianews.resources import same_tree

REPORT = "reads the data files of another tree"
CHECK = "from persianews.resources import models_folder; models_folder()"


@pytest.mark.parametrize(("package", "models", "expected"), [
    ("/site/persianews", "/site/persianews/models", True),  # a wheel: the subpackage
    ("/checkout/persianews", "/checkout/models", True),  # a source checkout: models/ beside the package
    ("/copy/persianews", "/checkout/models", False),  # a copy of the code reading an editable install's data
    ("/checkout/persianews", "/checkout/other/models", False),
    ("/site/persianews", "/site/persianews/models/zwnj", False),
])
def test_same_tree(package: str, models: str, expected: bool) -> None:
    assert same_tree(package, models) is expected


def _check(pythonpath: str | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    return subprocess.run([sys.executable, "-W", "always::RuntimeWarning", "-c", CHECK], check=False, cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)


def test_the_installed_tree_reads_its_own_data(tmp_path: Path) -> None:
    result = _check(None, tmp_path)
    assert result.returncode == 0, result.stderr
    assert REPORT not in result.stderr


def test_a_copy_of_the_code_beside_an_editable_install_is_reported(tmp_path: Path) -> None:
    """A copy of ``persianews/`` first on the path, without its data: where an editable install maps
    ``persianews.models`` to its checkout, the copy silently read that checkout's data files (two news-dev
    runs of one commit then differed on every standalone «نیروهای مسلح», a lexicon row of the later data)."""
    import persianews

    shutil.copytree(Path(persianews.__file__).parent, tmp_path / "copy" / "persianews",
                    ignore=shutil.ignore_patterns("__pycache__", "models"))
    result = _check(str(tmp_path / "copy"), tmp_path)
    if "ModuleNotFoundError" in result.stderr:
        pytest.skip("persianews.models is not mapped to a checkout here (not an editable install)")
    assert result.returncode == 0, result.stderr
    assert REPORT in result.stderr


@pytest.mark.parametrize(("name", "count"), [("entity_words.tsv", 3), ("honorifics.tsv", 3), ("portfolios.txt", 1)])
def test_data_columns_are_the_rows_columns(name: str, count: int) -> None:
    """data_columns reads the rows data_rows reads, one list per column; with a transform, of the transformed text."""
    from persianews.resources import data_columns, data_rows

    rows = list(data_rows(name))
    assert data_columns(name, count) == [[row[column] for row in rows] for column in range(count)]
    assert data_columns(name, count, str.upper) == [[row[column].upper() for row in rows] for column in range(count)]


def test_data_columns_refuse_a_row_of_other_cells() -> None:
    from persianews.resources import data_columns

    with pytest.raises(ValueError, match="other than 2 cells"):
        data_columns("entity_words.tsv", 2)
