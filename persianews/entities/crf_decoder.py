"""Viterbi decoding of a linear-chain CRF, with crfsuite's labels and tie-breaks, compiled or in pure Python.

A sentence's emission scores come as a few sequences of per-token vectors
(one score per label) whose sum is the token's score; :class:`CrfDecoder`
finds the label sequence of the highest total: the sum of its emission scores
and of the transition weights between consecutive labels (crfsuite's CRF1d
model has no start or end transitions). The forward pass,
``best[t][j] = max_i(best[t-1][i] + transition[i][j]) + emission[t][j]``, with
the emission's sum, is compiled once per model and number of addends into
straight-line Python with the transition weights as constants: no loops over
labels (more than twice as fast as loops with ``max()``), keeping each
label's best predecessor; the backward pass follows them from the best last
label. Linear in the number of tokens, quadratic in the (fixed) number of
labels.

Ties are broken as crfsuite breaks them: at every step and at the end the
first label (in the model's order) of the highest score wins. The transition
additions and comparisons are crfsuite's float operations in its order; only
the emission sums may round differently (crfsuite adds one weight at a time),
so two label sequences whose scores differ by a few ulps could come out
differently: none does on the test splits (tests/test_crf_decoder.py).

The tagger's scores come by word type and neighbour (:meth:`CrfDecoder.decode_window`,
from :mod:`persianews.entities.tagger_scores`); for them the decoder uses the
compiled passes (:mod:`persianews.entities.crf_native`) where they were built:
the same float operations in the same order, so the same labels, without
Python's cost per addition.
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Sequence
from typing import cast

from persianews.entities.crf_native import native

#: One score per label.
Vector = Sequence[float]
#: A word type's vectors: its own, then the ones it lends to the tokens 2 and 1 after it and 1 and 2 before it.
TypeVectors = tuple[Vector, Vector, Vector, Vector, Vector]
#: One score per label, for :meth:`CrfDecoder.decode_window`: packed as native doubles (a bytes object) for
#: the compiled passes, a sequence of floats for the Python ones.
Scores = Vector | bytes
_Forward = Callable[..., tuple[list[tuple[int, ...]], tuple[float, ...]]]


class CrfDecoder:
    """The Viterbi decoder of a CRF with ``transitions[a][b]``, the weight of label ``b`` after ``a``;
    ``compiled`` False keeps it to the Python passes where the compiled ones are there."""

    def __init__(self, transitions: Sequence[Sequence[float]], compiled: bool = True) -> None:
        self.width = len(transitions)
        if not self.width or any(len(row) != self.width for row in transitions):
            raise ValueError("the transitions must be a square matrix over at least one label")
        if not all(math.isfinite(weight) for row in transitions for weight in row):
            raise ValueError("the transitions must be finite numbers")
        #: ``columns[j][i]``: the weight of label ``j`` after label ``i``.
        self.columns = [tuple(float(row[j]) for row in transitions) for j in range(self.width)]
        self._forwards: dict[int, _Forward] = {}
        #: The compiled passes in use (None: the Python ones).
        self.compiled = native() if compiled else None
        #: The transition weights as the compiled passes read them: native doubles, ``columns`` one after
        #: the other.
        self.packed = array.array("d", [weight for column in self.columns for weight in column]).tobytes()

    def decode_window(self, types: Sequence[tuple[Scores, Scores, Scores, Scores, Scores]],
                      context: Sequence[Scores], bos: Scores, eos: Scores) -> list[int]:
        """:meth:`decode` of a sentence whose token ``t`` scores ``types[t][0] + types[t-2][1] +
        types[t-1][2] + types[t+1][3] + types[t+2][4] + context[t]``, with ``bos`` for ``types[-1][2]``,
        ``eos`` for ``types[n][3]`` and zeros for the others outside the sentence; the vectors packed
        (:data:`Scores`) when :attr:`compiled`, else sequences of floats."""
        if self.compiled is not None:
            return self.compiled.decode_window(self.packed, types, context, bos, eos)
        return self.decode(*window_addends(cast("Sequence[TypeVectors]", types), cast("Sequence[Vector]", context),
                                           cast(Vector, bos), cast(Vector, eos)))

    def decode(self, *addends: Sequence[Vector]) -> list[int]:
        """The label indexes of the best sequence for the tokens' emission scores, the sum of the
        ``addends``: sequences of one vector of :attr:`width` scores per token, the first as long as the
        sentence (the others may run past its end)."""
        if not addends or not addends[0]:
            return []
        forward = self._forwards.get(len(addends))
        if forward is None:
            forward = self._forwards[len(addends)] = _compile_forward(self.columns, len(addends))
        pointers, last = forward(*addends)
        label = last.index(max(last))
        labels = [label]
        for before in reversed(pointers):
            label = before[label]
            labels.append(label)
        labels.reverse()
        return labels


def window_addends(types: Sequence[TypeVectors], context: Sequence[Vector], bos: Vector,
                   eos: Vector) -> tuple[Sequence[Vector], ...]:
    """The addends of :meth:`CrfDecoder.decode` for :meth:`CrfDecoder.decode_window`'s scores: the types'
    own vectors, the ones lent by the tokens 2 and 1 before and 1 and 2 after (running past the sentence's
    end), the context's."""
    if not types:
        return ((),)
    own, lent_2, lent_1, lent1, lent2 = zip(*types)
    zero = (0.0,) * len(bos)
    return own, (zero, zero, *lent_2[:-2]), (bos, *lent_1[:-1]), (*lent1[1:], eos), (*lent2[2:], zero, zero), context


def _compile_forward(columns: list[tuple[float, ...]], addends: int) -> _Forward:
    """The forward pass for these transition ``columns`` over the sum of ``addends`` score sequences: it
    returns, for every token after the first, the best predecessor of each label, and the last token's
    best scores by label. Its source is generated, a few statements per label and predecessor
    (comparisons beat ``max()``'s call by a quarter), with the weights written by ``repr`` (which reads
    back as the same float)."""
    width = len(columns)
    groups = [f"a{k}_" for k in range(addends)]
    best, pointers = _names("b", width), _names("p", width)
    rows = "".join(f"({_names(group, width)},), " for group in groups)  # one group of scores per addend
    emission = [" + ".join(f"{group}{j}" for group in groups) for j in range(width)]
    lines = [
        f"def forward({', '.join(groups)}):",
        f"    rows = zip({', '.join(groups)})",
        f"    {rows} = next(rows)",
        f"    {best}, = {', '.join(emission)},",
        "    out = []",
        "    keep = out.append",
        f"    for {rows} in rows:",
    ]
    for j, column in enumerate(columns):  # n_j, p_j: the best arrival at label j and where from (the first on a tie)
        lines += [f"        n{j} = b0 + {column[0]!r}", f"        p{j} = 0"]
        for i in range(1, width):
            lines += [f"        x = b{i} + {column[i]!r}", f"        if x > n{j}: n{j} = x; p{j} = {i}"]
    lines += [f"        {best}, = {', '.join(f'n{j} + ({emission[j]})' for j in range(width))},",
              f"        keep(({pointers},))",
              f"    return out, ({best},)"]
    namespace: dict = {}
    exec(compile("\n".join(lines), "<crf forward pass>", "exec"), namespace)  # noqa: S102 - generated above, no input
    return namespace["forward"]


def _names(prefix: str, count: int) -> str:
    return ", ".join(f"{prefix}{i}" for i in range(count))
