"""Linear time on the shapes that once made the pipeline quadratic (issue 9), asserted without timing.

Two checks per shape of :mod:`tests.shapes`:

* the number of Python function calls the pipeline makes grows in proportion
  to the text: counted by :mod:`cProfile` at two sizes, the ratio stays near 2
  (a quadratic path gives about 4);
* a size at which the quadratic version took minutes finishes under a
  generous alarm (the C-level scans that no call count sees).
"""

from __future__ import annotations

import cProfile
import pstats
import signal
import sys

import pytest

import persianews
from tests.shapes import SHAPES

SMALL = 6_000
"""The smaller size of the call count; the larger is twice as long."""
MAX_CALL_GROWTH = 2.3
"""The call count may grow by this much when the text doubles (fixed costs make it a little under 2)."""
LARGE = {
    "news": 300_000, "one-letter-token": 200_000, "no-space-token": 200_000, "said-colon": 40_000,
    "guillemet-said": 60_000, "bidi-cues": 40_000, "combining-marks": 200_000, "space-run": 200_000,
    "many-names": 60_000, "hearsay-in-statement": 250_000, "places-no-one": 150_000,
}
"""Sizes at which the quadratic code took a minute or more (issue 9 and later reviews); the linear code
takes seconds."""
ALARM_SECONDS = 60


@pytest.fixture(scope="module")
def pipeline() -> persianews.Pipeline:
    nlp = persianews.load(max_record_chars=1_000_000)
    nlp(SHAPES["news"](2_000))  # the lexicons load on first use
    return nlp


def call_count(nlp: persianews.Pipeline, text: str) -> int:
    """The number of function calls (Python and built-in) the pipeline makes on ``text``."""
    profile = cProfile.Profile()
    profile.runcall(nlp, text)
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


def test_shapes_cover_issue_9() -> None:
    assert set(SHAPES) == set(LARGE)
    for shape in SHAPES.values():
        assert abs(len(shape(10_000)) - 10_000) < 200


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_work_grows_linearly(pipeline: persianews.Pipeline, name: str) -> None:
    shape = SHAPES[name]
    small, large = call_count(pipeline, shape(SMALL)), call_count(pipeline, shape(2 * SMALL))
    assert large / small <= MAX_CALL_GROWTH, f"{name}: {small} calls at {SMALL} chars, {large} at {2 * SMALL}"


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs signal.alarm")
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_large_input_finishes(pipeline: persianews.Pipeline, name: str) -> None:
    text = SHAPES[name](LARGE[name])

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{name}: {len(text):,} characters took over {ALARM_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(ALARM_SECONDS)
    try:
        doc = pipeline(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert doc.text  # every stage ran
    assert doc.layers >= {"text", "tokens", "sentences", "entities", "officials", "quotes"}


def test_news_shape_has_names_and_quotes(pipeline: persianews.Pipeline) -> None:
    doc = pipeline(SHAPES["news"](5_000))
    assert sum(e.label == "PERSON" for e in doc.entities) >= 10
    assert len(doc.quotes) >= 5


def test_record_over_the_limit_is_refused_before_any_stage() -> None:
    nlp = persianews.load(max_record_chars=10_000)
    with pytest.raises(persianews.RecordTooLarge):
        nlp(SHAPES["said-colon"](20_000))


if __name__ == "__main__":  # print the call growth of every shape
    nlp = persianews.load()
    nlp(SHAPES["news"](2_000))
    for shape_name, make in SHAPES.items():
        counts = [call_count(nlp, make(size)) for size in (SMALL, 2 * SMALL)]
        print(f"{shape_name:<18}{counts[0]:>10,}{counts[1]:>10,}{counts[1] / counts[0]:>7.2f}", file=sys.stdout)
