"""Patterns of the ``regex`` module compiled on first use, so that ``import persianews`` stays quick."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern]:
    """A function that gives ``regex.compile(pattern, flags)``, compiled on the first call (the
    patterns of the regex module are slow to compile)."""
    return functools.cache(lambda: regex.compile(pattern, flags))
