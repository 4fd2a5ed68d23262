"""Access to the data files shipped in ``models/`` (each loader caches what it builds from them).

In the wheel the folder is the subpackage ``persianews.models``; every loader
goes through :mod:`importlib.resources`, so the library works from any
working directory. From a source checkout (an editable install), the
subpackage is the checkout's top-level ``models/`` folder (pyproject.toml's
``package-dir``). So a copy of the ``persianews/`` sources put first on
``sys.path`` beside an editable install reads the data files of the installed
checkout, not its own: the output of the two runs then mixes code and data of
two versions (a news-dev run once taken for nondeterministic was such a mix).
:func:`models_folder` warns when the data files are not of the code's tree.
"""

from __future__ import annotations

import functools
import os
import warnings
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Iterator

_PACKAGE = "persianews.models"


def same_tree(package: str | os.PathLike[str], models: str | os.PathLike[str]) -> bool:
    """Whether the data folder ``models`` belongs to the ``persianews`` package folder ``package``: it is
    ``package/models`` (a wheel) or ``models/`` beside ``package`` (a source checkout)."""
    package, models = os.path.realpath(package), os.path.realpath(models)
    return os.path.dirname(models) in (package, os.path.dirname(package))


@functools.cache
def models_folder() -> Traversable:
    """The folder of the data files (the subpackage ``persianews.models``), with a :class:`RuntimeWarning`
    once when it is not of the ``persianews`` package's own tree (see the module's docstring)."""
    folder = resources.files(_PACKAGE)
    package = resources.files("persianews")
    if isinstance(folder, os.PathLike) and isinstance(package, os.PathLike) and not same_tree(package, folder):
        warnings.warn(f"persianews: the code in {os.fspath(package)} reads the data files of another tree, "
                      f"{os.fspath(folder)} (an editable install of another checkout?): its output mixes two versions",
                      RuntimeWarning, stacklevel=2)
    return folder


def open_text(name: str):
    """Open ``models/<name>`` as UTF-8 text (``name`` may contain ``/``)."""
    return models_folder().joinpath(name).open("r", encoding="utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """Rows of a TSV/TXT data file, skipping ``#`` header lines and blank lines."""
    with open_text(name) as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield line.split("\t")
