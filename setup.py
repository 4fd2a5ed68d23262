"""The build's one part beyond pyproject.toml: the optional compiled modules.

Each C source in :data:`SOURCES` (``pkg/name.c``) is built into the module ``pkg._name`` when a C
compiler and Python's headers are there; without them the build warns and goes on (``optional``), and
persianews runs the modules' pure-Python twins, with the same results. The modules use Python's stable ABI
(3.11), so that one wheel per platform serves every Python from 3.11 on. Each source's SHA-256 is compiled into
its binary, so that persianews refuses a binary built from another version of the source
(``persianews/native.py``; rebuild it with ``pip install -e .``, or ``python setup.py build_ext --inplace``).
"""

import importlib.util
from pathlib import Path

from setuptools import Extension, setup

#: The C sources, each built into the module named after it with a leading underscore.
SOURCES = [
    "persianews/entities/crf_native.c",
    "persianews/entities/matcher_native.c",
    "persianews/entities/words_native.c",
    "persianews/text/key_scan_native.c",
    "persianews/text/memo_native.c",
    "persianews/text/segment_native.c",
    "persianews/text/zwnj/zwnj_native.c",
]


ROOT = Path(__file__).resolve().parent
_NATIVE_SPEC = importlib.util.spec_from_file_location("native", ROOT / "persianews" / "native.py")
native = importlib.util.module_from_spec(_NATIVE_SPEC)  # the digest as persianews computes it (stdlib only)
_NATIVE_SPEC.loader.exec_module(native)


#: What every C source is compiled with: sizes as Py_ssize_t, and Python 3.11's stable ABI (one binary for 3.11
#: and later).
COMMON_MACROS = [("PY_SSIZE_T_CLEAN", None), ("Py_LIMITED_API", "0x030B0000")]


def extension(source: str) -> Extension:
    """The optional extension built from *source* (and the parts it includes from ``name_parts/`` and from
    ``persianews/native_parts/``), with their SHA-256 compiled in."""
    path = Path(source)
    parts = sorted(Path(native.parts_folder(source)).glob("*")) if Path(native.parts_folder(source)).is_dir() else []
    shared = sorted(Path("persianews", native.SHARED_PARTS).glob("*"))
    digest = native.source_digest(ROOT.joinpath(source).read_bytes(),
                                  [(part.name, ROOT.joinpath(part).read_bytes()) for part in parts]
                                  + [(f"{native.SHARED_PARTS}/{part.name}", ROOT.joinpath(part).read_bytes())
                                     for part in shared])
    module = ".".join((*path.parent.parts, "_" + path.stem))
    return Extension(module, [source], depends=[str(part) for part in parts + shared], optional=True,
                     include_dirs=[str(Path("persianews", native.SHARED_PARTS))], py_limited_api=True,
                     define_macros=[*COMMON_MACROS, ("SOURCE_SHA256", f'"{digest}"')])


setup(ext_modules=[extension(source) for source in SOURCES],
      options={"bdist_wheel": {"py_limited_api": "cp311"}})
