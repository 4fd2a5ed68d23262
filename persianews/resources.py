"""Access to the data files shipped in ``models/`` (each loader caches what it builds from them).

In the wheel the folder is the subpackage ``persianews.models``; every loader
goes through :mod:`importlib.resources`, so the library works from any
working directory.
"""

from __future__ import annotations

from importlib import resources
from typing import Iterator

_PACKAGE = "persianews.models"


def open_text(name: str):
    """Open ``models/<name>`` as UTF-8 text (``name`` may contain ``/``)."""
    return resources.files(_PACKAGE).joinpath(name).open("r", encoding="utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """Rows of a TSV/TXT data file, skipping ``#`` header lines and blank lines."""
    with open_text(name) as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield line.split("\t")
