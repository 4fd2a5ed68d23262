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
import itertools
import os
import warnings
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Callable, Iterator

_PACKAGE = "persianews.models"
OUTLET_KINDS = frozenset({"agency", "media"})
"""The kinds of the rows of ``organizations.tsv`` that name a news outlet: an agency, a paper, a channel, a site."""


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
        text = handle.read()
    for line in _row_lines(text):
        yield line.split("\t")


def data_columns(name: str, count: int, transform: Callable[[str], str] | None = None) -> list[list[str]]:
    """The ``count`` columns of a TSV data file whose rows (as :func:`data_rows` reads them) have ``count`` cells
    each, one list per column: no list per row, which a large file's tens of thousands of rows would make for the
    garbage collector to visit. With ``transform``, the file's whole text is passed through it first (a fold of
    one character at a time: one pass over the text rather than one call per cell)."""
    with open_text(name) as handle:
        text = handle.read()
    lines = _row_lines(text if transform is None else transform(text))
    if any(tabs != count - 1 for tabs in map(str.count, lines, itertools.repeat("\t"))):
        raise ValueError(f"{name}: a row has other than {count} cells")
    cells = "\t".join(lines).split("\t") if lines else []
    return [cells[column::count] for column in range(count)]


def _row_lines(text: str) -> list[str]:
    """The lines of a data file's ``text`` that hold a row: no ``#`` header line, no blank line."""
    return [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
