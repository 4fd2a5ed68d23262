"""A noun's plural in «گان» is no word of a foreign name (round 28, issue 13: wrong speakers): «…، فرستادگان دونالد
ترامپ،» after a list of names is a description, not a person (rules ``person-listed-foreign``, ``person-foreign``),
so Trump's words are no longer «فرستادگان دونالد ترامپ»'s. Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest

from persianews.entities import words


def people(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("word, plural", [
    ("فرستادگان", True), ("نمایندگان", True), ("رزمندگان", True),
    # a given name; a name whose stem is too short (ری|گان); no noun in ه (مور|گان); a town
    ("مژگان", False), ("ریگان", False), ("مورگان", False), ("گرگان", False),
])
def test_a_plural_in_gan_of_a_noun_in_heh(word, plural):
    assert words.is_heh_plural(word) is plural


@pytest.mark.parametrize("text", [
    "روزنامه کیهان نوشت که سارا ویلسون و مایکل برنت، فرستادگان دونالد ترامپ، روز دوشنبه به قاهره می‌روند.",
    "هفته پیش سارا ویلسون و مایکل برنت، نمایندگان جو بایدن، در این نشست شرکت کردند.",
])
def test_no_foreign_name_in_a_list_from_a_nouns_plural(every_nlp, text):
    doc = every_nlp(text)
    assert not any(e.rule.startswith("person-listed-foreign") for e in doc.entities)
    assert not any(name.startswith(("فرستادگان", "نمایندگان")) for name in people(doc))
    # the names of the list and the one the description names are still found
    assert {"سارا ویلسون", "مایکل برنت"} <= set(people(doc))
    assert {"دونالد ترامپ", "جو بایدن"} & set(people(doc))


def test_foreign_names_in_a_list_are_still_people(every_nlp):
    doc = every_nlp("در این فیلم آرنولد شوارتزنگر، مک‌کنزی دیویس، گابریل لونا و دیه‌گو بونیتا بازی کرده‌اند.")
    assert {"مک‌کنزی دیویس", "گابریل لونا"} <= set(people(doc))
