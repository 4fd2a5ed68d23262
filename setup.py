"""The build's one part beyond pyproject.toml: the entity tagger's optional compiled parts.

``persianews.entities._crf_native`` is built from ``persianews/entities/crf_native.c`` when a C
compiler and Python's headers are there; without them the build warns and goes on (``optional``), and
the tagger runs the parts' pure-Python twins, with the same labels. The module uses Python's stable ABI
(3.11), so that one wheel per platform serves every Python from 3.11 on. The source's SHA-256 is compiled into the
binary, so that persianews refuses a binary built from another version of the source (rebuild it with
``pip install -e .``, or ``python setup.py build_ext --inplace``).
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup

SOURCE = "persianews/entities/crf_native.c"
DIGEST = hashlib.sha256(Path(__file__).resolve().parent.joinpath(SOURCE).read_bytes()).hexdigest()

setup(ext_modules=[Extension("persianews.entities._crf_native", [SOURCE], optional=True, py_limited_api=True,
                             define_macros=[("SOURCE_SHA256", f'"{DIGEST}"')])],
      options={"bdist_wheel": {"py_limited_api": "cp311"}})
