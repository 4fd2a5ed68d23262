"""Organisations the tagger's span would merge or cut: two rule organisations joined by «و» under one tagger span
each stay (``+tagger-joined``), and a mission that opens its clause named with its seat (سفارت X در PLACE:
``org-head-place`` with a ``seat`` part) keeps its seat over the tagger's shorter span (``+tagger-cut``). Both pipelines."""

from __future__ import annotations

import attrs
import pytest

from persianews.entities import lexicons
from persianews.entities.candidates import Candidate, Part
from persianews.entities.keys import fold
from persianews.entities.matcher import TokenView
from persianews.entities.tagger_merge import CUT_RULE, JOINED_RULE, TAGGER_RULE, merge
from persianews.entities.tagger_training import prepare_pipeline

_JOINED = "نمایندگان جمعیت مؤتلفه اسلامی و جمعیت رهپویان انقلاب اسلامی با وزیر دیدار کردند."


def _view(text: str) -> TokenView:
    doc = prepare_pipeline()(text)
    return TokenView(doc.text, doc.tokens, lexicons.trie())


def _orgs(doc) -> list[str]:
    return [fold(e.text).replace(" ", "") for e in doc.entities if e.label == "ORG"]


def test_two_rule_organisations_a_tagger_span_joins_over_a_conjunction_stay_two():
    view = _view(_JOINED)
    start = view.pieces.index("جمعیت")
    first = Candidate("ORG", start, start + 3, "org-head-civil")
    second = Candidate("ORG", start + 4, start + 8, "org-lexicon")
    tagged = Candidate("ORG", start, start + 8, TAGGER_RULE)
    assert merge([first, second], [tagged], [], view=view) == [
        attrs.evolve(first, rule=f"org-head-civil+{JOINED_RULE}"), attrs.evolve(second, rule=f"org-lexicon+{JOINED_RULE}")]


@pytest.mark.parametrize("cover", [
    (0, 9),  # the tagger's span runs on past the second organisation
    (1, 8),  # nor does it start with the first one
])
def test_a_tagger_span_not_exactly_over_organisations_joined_by_a_conjunction_still_wins(cover):
    view = _view(_JOINED)
    start = view.pieces.index("جمعیت")
    rules = [Candidate("ORG", start, start + 3, "org-head-civil"), Candidate("ORG", start + 4, start + 8, "org-lexicon")]
    tagged = Candidate("ORG", start + cover[0], start + cover[1], TAGGER_RULE)
    assert merge(rules, [tagged], [], view=view) == [tagged]


def test_two_parties_joined_by_a_conjunction_stay_two_in_both_pipelines(either_nlp):
    assert _orgs(either_nlp(_JOINED)) == [fold(name).replace(" ", "") for name in (
        "جمعیت مؤتلفه اسلامی", "جمعیت رهپویان انقلاب اسلامی")]


def test_a_tagger_span_that_stops_before_a_missions_seat_keeps_the_seat():
    view = _view("سفارت ایران در مسکو اعلام کرد که پروازها از سر گرفته می‌شود.")
    start = view.pieces.index("سفارت")
    rule = Candidate("ORG", start, start + 4, "org-head-place",
                     parts=(Part("location", start + 1, start + 2), Part("seat", start + 2, start + 4)))
    tagged = Candidate("ORG", start, start + 2, TAGGER_RULE)
    assert merge([rule], [tagged], [], view=view) == [attrs.evolve(rule, rule=f"org-head-place+{CUT_RULE}")]


@pytest.mark.parametrize("text, org", [
    ("سفارت ایران در مسکو اعلام کرد که پروازها از سر گرفته می‌شود.", "سفارت ایران در مسکو"),
    ("گرچه سرکنسولگری فرانسه در استانبول بسته شد، روادید صادر می‌شود.", "سرکنسولگری فرانسه در استانبول"),
])
def test_a_mission_is_named_with_its_seat_in_both_pipelines(every_nlp, text, org):
    assert _orgs(every_nlp(text)) == [fold(org).replace(" ", "")]


@pytest.mark.parametrize("text, org", [
    ("سفارت ایران در بیانیه‌ای اعلام کرد که پروازها از سر گرفته می‌شود.", "سفارت ایران"),  # no place after «در»
    ("سفارت ایران روز جمعه در مسکو بیانیه داد.", "سفارت ایران"),  # «در» not right after the state
    ("استانداری قزوین در تاکستان جلسه گذاشت.", "استانداری قزوین"),  # no mission: the place is where it met
    ("چند راکت به نزدیکی سفارت آمریکا در بغداد اصابت کرد.", "سفارت آمریکا"),  # governed by a noun: the building
    ("معترضان به سفارت ایران در لندن حمله کردند.", "سفارت ایران"),  # governed by a preposition
    ("وزیر نیز با سفارت ایران در لندن تماس گرفت.", "سفارت ایران"),  # «با», a conjunction too, governs it here
])
def test_no_seat_without_a_place_right_after_a_missions_state(every_nlp, text, org):
    assert fold(org).replace(" ", "") in _orgs(every_nlp(text))
    assert not any(name.startswith(fold(org).replace(" ", "") + "در") for name in _orgs(every_nlp(text)))
