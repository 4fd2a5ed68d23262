"""The merge policy's precision rules (persianews.entities.tagger_merge): tagger spans doubted after an
anaphor, outlets whose name is set off kept from the veto; golden and negative cases on sentences written
for these tests, and the pipeline with the tagger on."""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.entities import lexicons
from persianews.entities.candidates import Candidate
from persianews.entities.matcher import TokenView
from persianews.entities.outlets import set_off
from persianews.entities.tagger_merge import TAGGER_RULE, VETOED_PEOPLE, merge, plausible
from persianews.entities.tagger_training import prepare_pipeline


def _view(text: str) -> TokenView:
    doc = prepare_pipeline()(text)
    return TokenView(doc.text, doc.tokens, lexicons.trie())


def _index(view: TokenView, word: str) -> int:
    return view.pieces.index(word)


@pytest.fixture(scope="module")
def tagged_pipeline():
    return persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": True})


@pytest.mark.parametrize("text, word", [
    ("این کنگره را وزارت برگزار کرد.", "کنگره"),
    ("یک روحانی در مسجد سخنرانی کرد.", "روحانی"),
    ("آن بسیج مردمی به نتیجه رسید.", "بسیج"),
])
def test_a_one_word_tagger_span_after_an_anaphor_is_doubted(text, word):
    view = _view(text)
    at = _index(view, word)
    assert plausible([Candidate("ORG", at, at + 1, TAGGER_RULE)], view, []) == []


@pytest.mark.parametrize("text, words", [
    ("کنگره آمریکا طرح را رد کرد.", ("کنگره",)),  # no anaphor before it
    ("این حزب کارگر انگلیس است.", ("حزب", "کارگر")),  # two words: a name after a demonstrative
    ("پاسخ رئیس به روحانی روشن بود.", ("روحانی",)),  # a preposition is no anaphor
])
def test_spans_not_after_an_anaphor_or_longer_than_one_word_stay(text, words):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("ORG", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [span]


def test_a_span_the_rules_found_too_stays_after_an_anaphor():
    view = _view("این کنگره را وزارت برگزار کرد.")
    at = _index(view, "کنگره")
    span = Candidate("ORG", at, at + 1, TAGGER_RULE)
    assert plausible([span], view, [Candidate("ORG", at, at + 1, "org-lexicon")]) == [span]


@pytest.mark.parametrize("text, first, last", [
    ("شبکه «صدای شهر» گزارش داد.", "شبکه", "»"),
    ("به نوشته «صدای شهر»، بازار آرام است.", "صدای", "شهر"),
    ("شبکه تلویزیونی KTV گزارش داد.", "شبکه", "KTV"),
])
def test_an_outlet_whose_name_is_quoted_or_latin_is_not_vetoed(text, first, last):
    view = _view(text)
    start, end = _index(view, first), _index(view, last) + 1
    assert set_off(view, start, end)
    outlet = Candidate("ORG", start, end, "org-outlet-name")
    assert merge([outlet], [], [], view=view) == [outlet]
    assert merge([outlet], [], []) == []  # without the view, the veto as before


@pytest.mark.parametrize("text, first, last, rule", [
    ("به گزارش نظارتی، کار ادامه دارد.", "نظارتی", "نظارتی", "org-outlet-name"),  # a plain word: vetoed
    ("کنگره «صلح» برگزار شد.", "کنگره", "»", "org-head-civil"),  # quoted, but no outlet rule
])
def test_other_rule_organisations_the_tagger_left_out_are_vetoed(text, first, last, rule):
    view = _view(text)
    outlet = Candidate("ORG", _index(view, first), _index(view, last) + 1, rule)
    assert merge([outlet], [], [], view=view) == []


def test_the_pipeline_with_the_tagger_keeps_quoted_outlets_and_drops_a_cleric_after_one(tagged_pipeline):
    doc = tagged_pipeline("شبکه رادیویی «صدای شهر» گزارش داد که سیل آمد.")
    assert {e.text for e in doc.entities if e.label == "ORG"} == {"شبکه رادیویی «صدای شهر»", "صدای شهر"}
    assert not [e for e in tagged_pipeline("یک روحانی در مسجد سخنرانی کرد.").entities if e.label == "PERSON"]


@pytest.mark.parametrize("rule", sorted(VETOED_PEOPLE))
def test_people_of_the_vetoed_rules_go_when_the_tagger_puts_no_span_over_them(rule):
    person = Candidate("PERSON", 1, 3, rule)
    place = Candidate("LOC", 5, 6, "place")
    assert merge([person, place], [Candidate("LOC", 5, 6, TAGGER_RULE)], []) == [attrs.evolve(place, rule="place+tagger")]


@pytest.mark.parametrize("rule", ["person-full-name", "person-subject", "person-listed", "person-known-surname",
                                  "person-beside-title"])
def test_people_of_other_rules_stay_without_a_tagger_span(rule):
    person = Candidate("PERSON", 1, 3, rule)
    assert merge([person], [], []) == [person]


def test_a_vetoed_rule_person_the_tagger_overlaps_gives_way_to_the_tagger_span():
    person = Candidate("PERSON", 1, 3, "person-after-honorific")
    tagged = Candidate("PERSON", 1, 4, TAGGER_RULE)
    assert merge([person], [tagged], []) == [tagged]


@pytest.mark.parametrize("text, word", [
    ("صدای چند انفجار در شهر شنیده شد.\nآپدیت: وزارت کشور بحرین این خبر را تکذیب کرد.", "آپدیت"),  # a speaker's label
    ("نظام ما متکی بر دو اصل است و مردم از آن حمایت می‌کنند.", "متکی"),  # a public figure's name as a word
])
def test_rule_people_of_a_label_or_a_figure_the_tagger_left_out_are_vetoed(tagged_pipeline, text, word):
    rules = persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": False})
    assert ("PERSON", word) in {(e.label, e.text) for e in rules(text).entities}
    assert not [e for e in tagged_pipeline(text).entities if e.label == "PERSON"]


def test_a_figure_named_as_a_person_stays_with_the_tagger(tagged_pipeline):
    doc = tagged_pipeline("منوچهر متکی وزیر امور خارجه پیشین در این نشست سخنرانی کرد.")
    assert ("PERSON", "منوچهر متکی") in {(e.label, e.text) for e in doc.entities}
