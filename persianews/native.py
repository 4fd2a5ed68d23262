"""The optional compiled modules: each built from a C source beside it, and used only when built from that source.

``pip install`` compiles every C source listed in ``setup.py`` (for example
``persianews/entities/crf_native.c``) into a module of the same package named
after it with a leading underscore (``persianews.entities._crf_native``), where
a C compiler and Python's headers are; where they are not, the build goes on
without them and each caller runs its pure-Python twin, which gives the same
results (the twins are the reference, and the tests compare both). Each binary
carries the SHA-256 of the source it was built from (:func:`source_digest`: the C
file, the parts it includes from the folder ``name_parts`` beside it, if
there is one, and the parts every source may include from :data:`SHARED_PARTS`): :func:`compiled_module`
refuses one built from another version of the source installed beside it (a
stale build: rebuild it with ``pip install -e .``), with a warning, rather than
use it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import warnings
from importlib import resources
from collections.abc import Iterable
from types import ModuleType


SHARED_PARTS = "native_parts"
"""The folder of ``persianews`` holding the parts several C sources include (on their include path); every
source's digest covers each of them, named ``native_parts/NAME``."""


def source_name(module: str) -> str:
    """The C source file of the compiled *module*: ``pkg._name`` is built from ``name.c`` in ``pkg``."""
    return module.rpartition(".")[2].removeprefix("_") + ".c"


def parts_folder(source: str) -> str:
    """The folder of the parts a C source includes (``name_parts`` for ``name.c``)."""
    return source.removesuffix(".c") + "_parts"


def source_digest(source: bytes, parts: Iterable[tuple[str, bytes]]) -> str:
    """The SHA-256 a compiled module carries: of its C source, then of each part (file name and bytes) in
    the order of their names. setup.py compiles it in; :func:`compiled_module` compares it."""
    digest = hashlib.sha256(source)
    for name, content in sorted(parts):
        digest.update(name.encode("utf-8") + b"\0" + content)
    return digest.hexdigest()


@functools.cache
def compiled_module(module: str) -> ModuleType | None:
    """The compiled *module* (a dotted name such as ``persianews.entities._crf_native``), or None when it
    was not built or was built from another version of its source (then with a :class:`RuntimeWarning`
    saying how to rebuild it)."""
    try:
        binary = importlib.import_module(module)
    except ImportError:
        return None
    package, source = module.rpartition(".")[0], source_name(module)
    try:
        folder = resources.files(package).joinpath(parts_folder(source))
        parts = [(part.name, part.read_bytes()) for part in folder.iterdir()] if folder.is_dir() else []
        shared = resources.files("persianews").joinpath(SHARED_PARTS)
        parts += [(f"{SHARED_PARTS}/{part.name}", part.read_bytes()) for part in shared.iterdir()]
        digest = source_digest(resources.files(package).joinpath(source).read_bytes(), parts)
    except OSError:
        digest = "no source"
    if getattr(binary, "SOURCE_SHA256", None) != digest:
        warnings.warn(f"persianews: {binary.__file__} was built from another version of {source} and is "
                      "not used: its pure-Python twin runs instead (rebuild it: pip install -e .)",
                      RuntimeWarning, stacklevel=2)
        return None
    return binary
