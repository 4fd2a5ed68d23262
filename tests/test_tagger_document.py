"""Document-level consistency of the tagger: its spans repeated at their words' other occurrences
(persianews.entities.tagger_document.propagate); golden, negative and property cases on sentences written
for these tests, and the pipeline with the tagger."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import persianews
from persianews.entities import lexicons
from persianews.entities.candidates import Candidate
from persianews.entities.matcher import TokenView
from persianews.entities.tagger_document import propagate
from persianews.entities.tagger import load_tagger
from persianews.entities.tagger_merge import TAGGER_RULE
from persianews.entities.tagger_training import prepare_pipeline


def _view(text: str) -> TokenView:
    doc = prepare_pipeline()(text)
    return TokenView(doc.text, doc.tokens, lexicons.trie())


def _at(view: TokenView, words: str, occurrence: int = 0) -> tuple[int, int]:
    """The token range of the ``occurrence``-th run of ``words`` in ``view``."""
    wanted = words.split()
    found = [i for i in range(view.n) if view.pieces[i:i + len(wanted)] == wanted]
    return found[occurrence], found[occurrence] + len(wanted)


def _span(view: TokenView, label: str, words: str, occurrence: int = 0, rule: str = TAGGER_RULE) -> Candidate:
    return Candidate(label, *_at(view, words, occurrence), rule)


def test_an_organisation_the_tagger_named_once_is_named_where_it_recurs():
    view = _view("شبکه یک گزارش داد. امشب شبکه یک فیلم دارد.")
    first = _span(view, "ORG", "شبکه یک")
    assert propagate(view, [first]) == [first, _span(view, "ORG", "شبکه یک", 1)]


def test_people_phrases_of_two_labels_and_covered_words_are_not_repeated():
    view = _view("کاظمی آمد. کاظمی رفت. پارس گفت و پارس شنید. ایران خودرو و ایران")
    person = _span(view, "PERSON", "کاظمی")
    assert propagate(view, [person]) == [person]
    twice = [_span(view, "ORG", "پارس"), _span(view, "LOC", "پارس", 1)]
    assert propagate(view, twice) == twice
    longer = [_span(view, "ORG", "ایران خودرو"), _span(view, "LOC", "ایران", 1)]
    assert propagate(view, longer) == longer  # the one «ایران» left is the place's; the company's word is covered


def test_the_longest_phrase_is_repeated_first():
    view = _view("بانک ملی ایران گفت. بانک ملی گفت. بانک ملی ایران شنید.")
    spans = [_span(view, "ORG", "بانک ملی ایران"), _span(view, "ORG", "بانک ملی", 1)]
    added = propagate(view, spans)[2:]
    assert added == [_span(view, "ORG", "بانک ملی ایران", 1)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["بانک", "ملی", "ایران", "گفت", "و", "."]), max_size=30),
       st.lists(st.tuples(st.integers(0, 29), st.integers(1, 3), st.sampled_from(["ORG", "LOC", "PERSON"])),
                max_size=4))
def test_repeated_spans_never_overlap_and_copy_a_tagged_phrase(words, picks):
    view = _view(" ".join(words))
    spans: list[Candidate] = []
    for start, size, label in picks:
        end = min(start + size, view.n)
        if start < end and not any(s.start < end and start < s.end for s in spans):
            spans.append(Candidate(label, start, end, TAGGER_RULE))
    out = propagate(view, spans)
    assert out[:len(spans)] == spans
    phrases = {(tuple(view.keys[s.start:s.end]), s.label) for s in spans}
    for added in out[len(spans):]:
        assert added.label != "PERSON" and (tuple(view.keys[added.start:added.end]), added.label) in phrases
    covered = [i for s in out for i in range(s.start, s.end)]
    assert len(covered) == len(set(covered))


TWICE = "افتتاح کتابخانه عمومی روستای نمونه‌آباد\nمردم نمونه‌آباد از افتتاح کتابخانه خوشحال‌اند."


@pytest.fixture()
def tagged_pipeline():
    return persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": True})


def test_the_pipeline_names_a_place_the_tagger_found_once_at_both_occurrences(tagged_pipeline):
    places = [(e.text, e.rule) for e in tagged_pipeline(TWICE).entities if e.label == "LOC"]
    assert places == [("نمونه‌آباد", TAGGER_RULE)] * 2


def test_without_propagation_the_tagger_names_the_place_once(tagged_pipeline, monkeypatch):
    monkeypatch.setattr(load_tagger(None), "propagated", frozenset())
    places = [e.text for e in tagged_pipeline(TWICE).entities if e.label == "LOC"]
    assert places == ["نمونه‌آباد"]
