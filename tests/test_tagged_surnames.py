"""The surname alone of a full name only the learned tagger found (``person-tagged-surname``): invented
sentences, both pipelines and both readers."""

from __future__ import annotations

_LATER = "جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. با این همه، لاهیری گفت که در نوشتن احساس آرامش می‌کند."
_IN_AN_ORGANISATION = "جومپا لاهیری، نویسنده ایتالیایی، دیروز به تهران آمد. او جایزه بنیاد لاهیری را برد."


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
