"""A teacher's role word «استاد» (issue 13, round 29): a title only with an academic body after it (استاد
جامعه‌شناسی دانشگاه X, استاد دانشکده Y); alone, before a field or a place, a master of an art or an honorific
(استاد موسیقی, استاد Z), no title."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, titles


@pytest.mark.parametrize("text, person, title", [
    ("سارا مرادی، استاد جامعه‌شناسی دانشگاه تبریز گفت: پژوهش ادامه دارد.", "سارا مرادی",
     "استاد جامعه‌شناسی دانشگاه تبریز"),
    ("حسن کاظمی استاد دانشکده حقوق گفت: پژوهش ادامه دارد.", "حسن کاظمی", "استاد دانشکده حقوق"),
    ("حسن کاظمی استاد بازنشسته دانشگاه شیراز گفت: پژوهش ادامه دارد.", "حسن کاظمی",
     "استاد بازنشسته دانشگاه شیراز"),
])
def test_a_teacher_with_an_academic_body_is_an_official(either_nlp, text, person, title):
    doc = either_nlp(text)
    assert key(title) in titles(doc)
    assert (key(person), key(title)) in officials(doc)


def test_a_teacher_named_again_by_a_demonstrative_and_the_body_is_the_same_official(either_nlp):
    doc = either_nlp("حسن کاظمی استاد دانشگاه شیراز گفت: پژوهش ادامه دارد.\nاین استاد دانشگاه شیراز افزود: کار سخت است.")
    assert officials(doc) == {(key("حسن کاظمی"), key("استاد دانشگاه شیراز"))}
    assert sum(e.label == "TITLE" for e in doc.entities) == 2


def test_a_teacher_named_again_by_a_demonstrative_and_a_bare_body_is_no_title(either_nlp):
    # «این استاد دانشگاه»: a description of the one just named, no anaphoric title
    doc = either_nlp("حسن کاظمی استاد دانشگاه شیراز گفت: پژوهش ادامه دارد.\nاین استاد دانشگاه افزود: کار سخت است.")
    assert officials(doc) == {(key("حسن کاظمی"), key("استاد دانشگاه شیراز"))}
    assert sum(e.label == "TITLE" for e in doc.entities) == 1


@pytest.mark.parametrize("text", [
    "حسن کاظمی، استاد اخلاق گفت: پژوهش ادامه دارد.",  # a field alone
    "حسن کاظمی استاد ایران گفت: پژوهش ادامه دارد.",  # a place alone
    "حسن کاظمی، استاد موسیقی ایرانی، گفت: پژوهش ادامه دارد.",  # a master of an art, between commas
    "استاد حسن کاظمی گفت: پژوهش ادامه دارد.",  # the honorific before a name
])
def test_no_title_for_a_teacher_without_an_academic_body(either_nlp, text):
    doc = either_nlp(text)
    assert not any(t.startswith(key("استاد")) for t in titles(doc))
    assert not officials(doc)
    assert any(e.label == "PERSON" and key(e.text) == key("حسن کاظمی") for e in doc.entities)
