"""«امیر», an honorific that is also a frequent given name, alone right before a surname: the person's given
name, inside the span (امیر جدیدی), not a rank outside it (issue 14: a cut name is a wrong speaker). A rank
of two words (امیر سرتیپ …) and the honorifics that are rarer given names (سردار, خانم) stay outside the
name. Both pipelines, both readers."""

from __future__ import annotations

import pytest


def people(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("امیر کاوندی گفت: فیلم تازه‌ام تا پایان سال آماده می‌شود.", "امیر کاوندی"),
    ("امیر شهبازیان در گفت‌وگو با خبرنگاران گفت: بازیکنان آماده‌اند.", "امیر شهبازیان"),
    ("امیر کوه کمریان گفت: تیم برای بازی فردا آماده است.", "امیر کوه کمریان"),
    # a rank of two words: the honorific stays outside the name
    ("امیر سرتیپ کاوندی گفت: رزمایش فردا آغاز می‌شود.", "کاوندی"),
    # an honorific that is a given name, but no frequent one: a rank
    ("سردار کاوندی گفت: رزمایش فردا آغاز می‌شود.", "کاوندی"),
])
def test_amir_before_a_surname_is_the_given_name_a_rank_is_not(every_nlp, text, name):
    doc = every_nlp(text)
    assert people(doc) == [name]
    assert [q.speaker for q in doc.quotes] == [name]


def test_amir_before_a_country_is_a_ruler_not_a_name(every_nlp):
    doc = every_nlp("امیر کویت و امیر کاوندی دیروز دیدار کردند.")
    assert "امیر کاوندی" in people(doc)
    assert not any("کویت" in p for p in people(doc))
