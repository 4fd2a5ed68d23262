"""Viterbi decoding of a linear-chain CRF in pure Python, with crfsuite's labels and tie-breaks.

A sentence's emission scores come as a few sequences of per-token vectors
(one score per label) whose sum is the token's score, as
:mod:`persianews.entities.tagger_scores` gives them; :class:`CrfDecoder`
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
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

#: One score per label.
Vector = Sequence[float]
_Forward = Callable[..., tuple[list[tuple[int, ...]], tuple[float, ...]]]


class CrfDecoder:
    """The Viterbi decoder of a CRF with ``transitions[a][b]``, the weight of label ``b`` after ``a``."""

    def __init__(self, transitions: Sequence[Sequence[float]]) -> None:
        self.width = len(transitions)
        if not self.width or any(len(row) != self.width for row in transitions):
            raise ValueError("the transitions must be a square matrix over at least one label")
        if not all(math.isfinite(weight) for row in transitions for weight in row):
            raise ValueError("the transitions must be finite numbers")
        #: ``columns[j][i]``: the weight of label ``j`` after label ``i``.
        self.columns = [tuple(float(row[j]) for row in transitions) for j in range(self.width)]
        self._forwards: dict[int, _Forward] = {}

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
