"""The weights of a linear-chain CRF model file written by crfsuite, read without crfsuite.

A crfsuite model (``lCRF``/``FOMC``, version 100) holds a header of section
offsets, two string tables (labels and attributes, each a CQDB: records
``id, size, bytes`` reached through an array of offsets indexed by id) and the
feature records ``type, source, destination, weight`` (type 0: attribute ->
label state weight; type 1: label -> label transition weight; weights are
little-endian float64). :func:`read_crf_model` reads them into a
:class:`CrfModel` in one pass, linear in the file size, so a tagger needs
neither crfsuite nor its text dump (which rounds weights to 6 decimals) at run
time. The decoding itself is in :mod:`persianews.entities.crf_decoder`.
"""

from __future__ import annotations

import math
import struct
from itertools import chain

import attrs

from persianews.errors import PipelineError

_HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
_STATE, _TRANSITION = 0, 1


@attrs.frozen
class CrfModel:
    """A CRF's labels (in the model's order: crfsuite breaks ties toward the first), its state weights by
    attribute name (``(label index, weight)`` pairs) and its transition weights (``transitions[a][b]``:
    from label ``a`` to label ``b``)."""

    labels: tuple[str, ...]
    states: dict[str, tuple[tuple[int, float], ...]]
    transitions: tuple[tuple[float, ...], ...]


def read_crf_model(data: bytes, source: str = "the model") -> CrfModel:
    """The labels and weights of the crfsuite model ``data``; a :class:`PipelineError` naming ``source``
    when it is not one."""
    try:
        return _read(data)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError):
        raise PipelineError(f"{source} is not an entity tagger model (train one with 'persianews train-ner')") from None


def _read(data: bytes) -> CrfModel:
    """:func:`read_crf_model` without the error translation."""
    magic, size, kind, version, _unused, label_count, attribute_count, features_at, labels_at, attributes_at, \
        _labelrefs, _attrrefs = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC" or version != 100 or size != len(data) or not label_count:
        raise ValueError("not a crfsuite CRF1d model with labels")
    labels = _strings(data, labels_at, label_count)
    names = _strings(data, attributes_at, attribute_count)
    chunk, _size, count = _CHUNK.unpack_from(data, features_at)
    if chunk != b"FEAT":
        raise ValueError("no feature chunk")
    states: dict[int, list[tuple[int, float]]] = {}
    transitions = [[0.0] * label_count for _ in range(label_count)]
    start = features_at + _CHUNK.size
    for kind_of, source, target, weight in _FEATURE.iter_unpack(data[start:start + count * _FEATURE.size]):
        if kind_of == _STATE:
            states.setdefault(source, []).append((target, weight))
        elif kind_of == _TRANSITION:
            transitions[source][target] = weight
        else:
            raise ValueError("unknown feature type")
    if not all(map(math.isfinite, chain(*transitions, (w for pairs in states.values() for _l, w in pairs)))):
        raise ValueError("a weight is not a finite number")
    return CrfModel(tuple(labels), {names[a]: tuple(sorted(pairs)) for a, pairs in states.items()},
                    tuple(map(tuple, transitions)))


def _strings(data: bytes, at: int, count: int) -> list[str]:
    """The ``count`` strings of the CQDB at offset ``at``, by id."""
    chunk, _size, _flag, _order, ids, backward = _CQDB_HEADER.unpack_from(data, at)
    if chunk != b"CQDB" or ids != count:
        raise ValueError("bad string table")
    out = []
    for identifier, offset in enumerate(struct.unpack_from(f"<{count}I", data, at + backward)):
        found, length = _RECORD.unpack_from(data, at + offset)
        if found != identifier or length < 1:
            raise ValueError("bad string record")
        text = at + offset + _RECORD.size
        out.append(data[text:text + length - 1].decode("utf-8", "surrogateescape"))
    return out
