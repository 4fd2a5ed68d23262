"""The JSON Schema (draft 2020-12) of the output lines, shipped with the package.

Every output line carries ``schema_version`` (``MAJOR.MINOR``). A minor
version only adds optional fields; a major version may remove, rename or
retype fields, and the schema of one major version accepts all its minor
versions.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any

SCHEMA_VERSION = "1.0"
"""The ``schema_version`` written into every output line."""

_SCHEMA_FILE = "output.schema.json"


@functools.cache
def _load_schema() -> dict[str, Any]:
    with resources.files(__name__).joinpath(_SCHEMA_FILE).open("r", encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def output_schema() -> dict[str, Any]:
    """The JSON Schema of one output line (a document or an error record), as a fresh dict."""
    return copy.deepcopy(_load_schema())
