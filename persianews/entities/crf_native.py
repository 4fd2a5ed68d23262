"""The entity tagger's optional compiled parts: the module built from ``crf_native.c``, when it is there.

``pip install`` compiles ``crf_native.c`` into ``persianews.entities._crf_native``
where a C compiler and Python's headers are (setup.py); where they are not, the
build goes on without it and the tagger runs its pure-Python twins
(:meth:`~persianews.entities.crf_decoder.CrfDecoder.decode_window`, the
scorer's vector sums), which give the same labels, about three times slower
(docs/pipeline.md). The binary carries the SHA-256 of the source it was built
from: :func:`native` refuses one built from another version of the source
installed beside it (a stale build, after ``crf_native.c`` changed: rebuild it
with ``pip install -e .``), with a warning, rather than use it.
"""

from __future__ import annotations

import functools
import hashlib
import warnings
from importlib import resources
from types import ModuleType

#: The compiled module's source, installed beside it.
SOURCE = "crf_native.c"


@functools.cache
def native() -> ModuleType | None:
    """The compiled module, or None when it was not built or was built from another version of
    :data:`SOURCE` (then with a :class:`RuntimeWarning` saying how to rebuild it)."""
    try:
        from persianews.entities import _crf_native  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        digest = hashlib.sha256(resources.files(__package__).joinpath(SOURCE).read_bytes()).hexdigest()
    except OSError:
        digest = "no source"
    if _crf_native.SOURCE_SHA256 != digest:
        warnings.warn(f"persianews: {_crf_native.__file__} was built from another version of {SOURCE} and is "
                      "not used: the tagger runs in pure Python (rebuild it: pip install -e .)",
                      RuntimeWarning, stacklevel=2)
        return None
    return _crf_native
