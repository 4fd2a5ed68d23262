"""Imports of optional packages that fail with a message naming the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from persianews.errors import MissingExtraError


def import_optional(module: str, extra: str, feature: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``persianews[extra]``."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        if error.name is not None and module.split(".")[0] != error.name.split(".")[0]:
            raise
        raise MissingExtraError(feature or module, module, extra) from None
