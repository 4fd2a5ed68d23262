"""What the benchmark scripts share: where the corpora are, and the hazm check.

The shared corpora are found in ``$PERSIANEWS_SHARED``, else in ``../shared``
beside the repository. The side-by-side benchmarks need hazm, which is not a
dependency of persianews: ``pip install 'persianews[hazm]'`` (it pins numpy 1.24,
so use a separate virtualenv).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from persianews.errors import MissingExtraError
from persianews.optional import import_optional

SHARED = Path(os.environ.get("PERSIANEWS_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPORA = SHARED / "corpora"


def require_hazm() -> ModuleType:
    """The hazm module; without it the script exits with a message naming the ``hazm`` extra."""
    try:
        return import_optional("hazm", "hazm", "the side-by-side benchmark against hazm")
    except MissingExtraError as error:
        raise SystemExit(f"{error} (in a separate virtualenv: hazm pins numpy 1.24)") from None
