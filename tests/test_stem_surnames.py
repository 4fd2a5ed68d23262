"""A surname's last two words, a stem and a detached ending (… جعفری | ایمن آبادی), before a person context: part
of the name, not a name cut after its first surname word (issue 14). Both pipelines, both readers."""

from __future__ import annotations

import pytest


def people(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    # a full name, a title after it
    ("غلامرضا کاظمی نیک آبادی نماینده مردم ساری در مجلس گفت: بودجه باید اصلاح شود.", "غلامرضا کاظمی نیک آبادی"),
    # a surname alone with a marked ending, a title after it
    ("به گزارش خبرنگار ما، رستم‌زاده شریف آبادی نماینده ساری در مجلس گفت: بودجه باید اصلاح شود.",
     "رستم‌زاده شریف آبادی"),
    # a full name, a «،» after it
    ("حسن رحمانی خوش نژاد، عضو شورای شهر اعلام کرد: طرح از فردا اجرا می‌شود.", "حسن رحمانی خوش نژاد"),
])
def test_a_stem_and_a_detached_ending_after_a_surname_end_the_name(every_nlp, text, name):
    doc = every_nlp(text)
    assert people(doc) == [name]
    assert [q.speaker for q in doc.quotes] == [name]


@pytest.mark.parametrize("text, name", [
    # no person context after the ending: a verb
    ("علی رضایی خیلی دوست دارد که به جلسه بیاید.", "علی رضایی"),
    # a function word before the ending
    ("حسن کاظمی و محمد نیک زاده، در جلسه حاضر بودند.", "حسن کاظمی"),
    # an object marker after the ending
    ("مریم کاظمی نیک آبادی را در جلسه دید.", "مریم کاظمی"),
    # a superlative before the ending, at a line's end
    ("همه می‌دانند که علی رضایی بهترین دوست\nما در این شهر است.", "علی رضایی"),
])
def test_no_stem_and_ending_without_a_person_context_or_after_a_function_word(every_nlp, text, name):
    doc = every_nlp(text)
    assert name in people(doc)
    assert not any(p.startswith(name + " ") and len(p.split()) > len(name.split()) + 1 for p in people(doc))
