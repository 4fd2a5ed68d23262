"""The surname alone of a full name only the learned tagger found (``person-tagged-surname``): invented
sentences, both pipelines and both readers."""

from __future__ import annotations

import pytest

_LATER = "جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. با این همه، لاهیری گفت که در نوشتن احساس آرامش می‌کند."
_IN_AN_ORGANISATION = "جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. او جایزه بنیاد لاهیری را برد."


@pytest.fixture
def tagger_nlp(nlp, either_reader):
    """The default pipeline (the tagger merged in: the rule works there only) on both readers."""
    return lambda text: nlp(either_reader(text))


def _people(doc) -> list[tuple[str, str]]:
    return [(e.text, e.rule) for e in doc.entities if e.label == "PERSON"]


def test_the_surname_of_a_name_the_tagger_found_is_a_person_alone(every_nlp, either_nlp):
    people = _people(every_nlp(_LATER))
    if next(s for s in either_nlp.stages if s.name == "entities").tagger:
        assert ("جومپا لاهیری", "tagger") in people
        assert ("لاهیری", "person-tagged-surname") in people
    else:  # the rules alone know neither the name nor its surname
        assert not any(rule == "person-tagged-surname" for _, rule in people)


def test_the_surname_inside_an_organisation_stays_no_person(every_nlp):
    doc = every_nlp(_IN_AN_ORGANISATION)
    assert not any(e.text == "لاهیری" and e.label == "PERSON" for e in doc.entities)
    assert not any(rule == "person-tagged-surname" for _, rule in _people(doc))


def test_the_surname_after_a_noun_stays_no_person(every_nlp):
    """No boundary before the bare word (کتاب‌های لاهیری): the rules' context for a surname alone is missing."""
    doc = every_nlp("جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. کتاب‌های لاهیری گفت‌وگو ندارند.")
    assert not any(rule == "person-tagged-surname" for _, rule in _people(doc))


def test_the_surname_a_rule_already_found_stays_that_rules(tagger_nlp):
    """The surname after an honorific is the rules' person already (``taken``): no second person there."""
    doc = tagger_nlp("جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. خانم لاهیری گفت که در نوشتن آرام است.")
    people = [e for e in doc.entities if e.label == "PERSON" and e.text == "لاهیری"]
    assert len(people) == 1 and people[0].rule != "person-tagged-surname"


def test_the_surname_between_a_noun_and_a_cue_stays_no_person(every_nlp):
    """A person context after the word (گفت) but no boundary before it (کتاب لاهیری): both are asked."""
    doc = every_nlp("جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. کتاب لاهیری گفت که در نوشتن آرام است.")
    assert not any(rule == "person-tagged-surname" for _, rule in _people(doc))


def test_a_name_opening_with_a_word_of_the_dictionary_gives_no_surname(tagger_nlp):
    """The tagger's «تیک تاک بینگ» is a phrase (its first word is a dictionary word, no given name)."""
    doc = tagger_nlp("یاشار نوشت: تیک تاک بینگ، بینگ، بینگ. بینگ گفت که می‌آید.")
    assert ("تیک تاک بینگ", "tagger") in _people(doc)
    assert not any(rule == "person-tagged-surname" for _, rule in _people(doc))


def test_the_same_word_across_a_comma_is_no_surname_alone(tagger_nlp):
    """بینگ، بینگ: a word repeated, not a person named again (the name's first word is a given name here)."""
    doc = tagger_nlp("جومپا بینگ، نویسنده ایتالیایی، دیروز آمد. او خندید و گفت: بینگ، بینگ، بینگ")
    assert not any(rule == "person-tagged-surname" for _, rule in _people(doc))

