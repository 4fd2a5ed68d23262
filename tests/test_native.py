"""The optional compiled modules (persianews/native.py), each of setup.py's SOURCES: the one installed is built from
the source beside it, and a binary built from another version of its source is refused with a warning."""

from __future__ import annotations

import ast
import re
import importlib
import importlib.util
import sys
import types
from pathlib import Path

import pytest

from persianews.native import SHARED_PARTS, compiled_module, parts_folder, source_digest

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> list[str]:
    """The compiled modules setup.py builds: ``pkg._name`` of each ``pkg/name.c`` in its SOURCES."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    sources = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                   if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SOURCES" for t in node.targets))
    return [".".join((*Path(source).parent.parts, "_" + Path(source).stem)) for source in sources]


MODULES = _modules()


def test_every_source_of_setup_is_a_module_of_a_package_beside_its_source():
    assert "persianews.entities._crf_native" in MODULES and "persianews.text.zwnj._zwnj_native" in MODULES
    for module in MODULES:
        package, name = module.rsplit(".", 1)
        assert (ROOT / Path(*package.split(".")) / (name[1:] + ".c")).is_file()


@pytest.mark.parametrize("module", MODULES)
def test_the_compiled_module_is_the_installed_sources_build(module):
    """A binary built from another version of its source (a stale build) fails here, not silently: rebuild it
    with ``pip install -e .``."""
    if importlib.util.find_spec(module) is None:
        pytest.skip("the compiled module was not built (no C compiler)")
    assert compiled_module(module) is not None, f"{module} is stale: rebuild it with pip install -e ."


@pytest.mark.parametrize("module", MODULES)
def test_a_binary_built_from_another_source_is_refused_with_a_warning(module, monkeypatch):
    package, name = module.rsplit(".", 1)
    stale = types.ModuleType(module)
    stale.SOURCE_SHA256, stale.__file__ = "0" * 64, name + ".so"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module, stale)
    monkeypatch.setattr(importlib.import_module(package), name, stale, raising=False)
    compiled_module.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="pip install -e"):
            assert compiled_module(module) is None
    finally:
        monkeypatch.undo()
        compiled_module.cache_clear()


def test_the_digest_covers_every_part_whatever_the_order_they_are_listed_in():
    parts = [("a.h", b"one"), ("b.h", b"two")]
    assert source_digest(b"source", parts) == source_digest(b"source", parts[::-1])
    assert source_digest(b"source", parts) != source_digest(b"source", [("a.h", b"one"), ("b.h", b"too")])
    assert source_digest(b"source", parts) != source_digest(b"source", parts[:1])
    assert source_digest(b"source", []) != source_digest(b"sourcf", [])


@pytest.mark.parametrize("module", MODULES)
def test_a_source_includes_every_part_in_its_parts_folder(module):
    """A part left in the folder but not included would change the digest without changing the binary."""
    package, name = module.rsplit(".", 1)
    source = ROOT / Path(*package.split(".")) / (name[1:] + ".c")
    folder = ROOT / Path(*package.split(".")) / parts_folder(source.name)
    included = set(re.findall(r'#include "' + re.escape(folder.name) + r'/([^"]+)"', source.read_text(encoding="utf-8")))
    assert included == ({part.name for part in folder.iterdir()} if folder.is_dir() else set())


def test_every_shared_part_is_included_by_a_source_or_its_parts():
    """A part of ``persianews/native_parts`` (on every source's include path, in every digest) that nothing includes
    would mark every binary stale without changing one."""
    folder = ROOT / "persianews" / SHARED_PARTS
    texts = [path.read_text(encoding="utf-8") for path in (ROOT / "persianews").rglob("*") if path.suffix in (".c", ".h")]
    assert folder.is_dir() and any(folder.iterdir())
    for part in folder.iterdir():
        assert any(f'#include "{part.name}"' in text for text in texts), part.name
