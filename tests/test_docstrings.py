"""Every public module, class, function and method of persianews has a docstring; the package example runs."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Iterator

import persianews


def public_modules() -> Iterator[ModuleType]:
    yield persianews
    for info in pkgutil.walk_packages(persianews.__path__, "persianews."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            yield importlib.import_module(info.name)


def undocumented(module: ModuleType) -> Iterator[str]:
    if not (module.__doc__ or "").strip():
        yield module.__name__
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isclass(value) or inspect.isfunction(value):
            if not (value.__doc__ or "").strip():
                yield f"{module.__name__}.{name}"
        if inspect.isclass(value):
            yield from (f"{module.__name__}.{name}.{member}" for member in undocumented_members(value))


def undocumented_members(cls: type) -> Iterator[str]:
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if inspect.isfunction(function) and not (function.__doc__ or "").strip():
            yield name


def test_every_public_name_has_a_docstring():
    missing = [name for module in public_modules() for name in undocumented(module)]
    assert missing == [], f"{len(missing)} public names without a docstring: " + ", ".join(missing)


def test_the_package_docstring_example_runs():
    results = doctest.testmod(persianews, verbose=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert results.attempted >= 3
    assert results.failed == 0
