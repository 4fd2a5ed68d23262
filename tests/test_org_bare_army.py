"""A bare «ارتش» is the army where the clause goes on right after it (``bare_org`` marked ``closed``, round 27:
ارتش | در …, ارتش | اعلام کرد), not before a word that describes it or a demonstrative. Both pipelines, both
readers."""

from __future__ import annotations

import pytest


def orgs(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "ORG"]


@pytest.mark.parametrize("text", [
    "ارتش در بیانیه‌ای اعلام کرد که رزمایش فردا برگزار می‌شود.",
    "ارتش اعلام کرد که رزمایش فردا برگزار می‌شود.",
    "نیروهای ارتش و سپاه در مرز مستقر شدند.",
])
def test_a_bare_army_before_the_rest_of_its_clause_is_an_organisation(every_nlp, text):
    assert "ارتش" in orgs(every_nlp(text))


@pytest.mark.parametrize("text, kept", [
    # a demonstrative after it: «this country's army»; a country after it: the country's army, whole
    ("ارتش این کشور و ارتش آمریکا عقب نشستند.", ["ارتش آمریکا"]),
])
def test_no_bare_army_before_a_demonstrative(every_nlp, text, kept):
    assert orgs(every_nlp(text)) == kept


def test_no_bare_army_before_a_word_that_describes_it(either_nlp):
    # the rules read «ارتش متجاوز» as no name; the tagger decides alone in the default pipeline
    doc = either_nlp("ارتش متجاوز به شهر حمله کرد و سپاه پاسخ داد.")
    assert not any(e.label == "ORG" and e.text == "ارتش" and e.rule.startswith("org-lexicon") for e in doc.entities)
    assert "سپاه" in orgs(doc)
