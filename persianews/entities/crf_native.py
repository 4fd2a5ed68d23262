"""The entity tagger's optional compiled parts: the module built from ``crf_native.c``, when it is there.

``pip install`` compiles ``crf_native.c`` into ``persianews.entities._crf_native``
where a C compiler and Python's headers are (setup.py); where they are not, the
tagger runs its pure-Python twins (the scorer's
:meth:`~persianews.entities.tagger_scores.EmissionScorer.window` and vector
sums, :meth:`~persianews.entities.crf_decoder.CrfDecoder.decode_window`, in
place of the compiled pass over a whole document,
:meth:`~persianews.entities.tagger_scores.EmissionScorer.document_labels`),
which give the same labels, several times slower (docs/pipeline.md). A binary built from another version of the source is
refused (:func:`persianews.native.compiled_module`).
"""

from __future__ import annotations

from types import ModuleType

from persianews.native import compiled_module

#: The compiled module's dotted name.
MODULE = "persianews.entities._crf_native"


def native() -> ModuleType | None:
    """The compiled module, or None when it was not built or is stale (see :func:`persianews.native.compiled_module`)."""
    return compiled_module(MODULE)
