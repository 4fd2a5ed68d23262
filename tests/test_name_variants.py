"""One person's name written two ways in a document (round 32, c32-variants; issue 13): the Arabic article glued or
dropped («بشار الجعفری», «بشار جعفری», «جعفری»: one referent, named in full), and the given names a subject's words
give before an entity that holds the surname alone (rule ``+given-name-before``:
«پائولین» جانسون). Examples written for these tests; both pipelines, both readers."""

from __future__ import annotations

import pytest

from persianews.entities.linker_grouping import without_article
from tests.quote_rows import speakers


def test_the_article_dropped_names_the_same_person(every_nlp):
    doc = every_nlp("بشار الجعفری، نماینده دائم سوریه در سازمان ملل، گفت که دمشق تسلیم نمی‌شود.\n"
                    "جعفری افزود که آمریکا باید خارج شود.\nبشار جعفری گفت: «تصمیم ما قطعی است.»")
    assert speakers(doc) == ["بشار الجعفری"] * 3


def test_another_given_name_is_another_person(every_nlp):
    doc = every_nlp("بشار الجعفری گفت که دمشق تسلیم نمی‌شود.\nنزار جعفری گفت: «تصمیم ما قطعی است.»")
    assert speakers(doc) == ["بشار الجعفری", "نزار جعفری"]


@pytest.mark.parametrize("word, key", [("الجعفری", "جعفری"), ("الهام", "الهام"), ("الله", "الله")])
def test_only_an_article_is_dropped(word, key):
    assert without_article(word) == key


@pytest.mark.parametrize("text, expected", [
    # in guillemets; the surname alone later is the same person
    ("پائولین جانسون از شهروندان این شهر گفت: «خیابان‌ها خلوت شده است.»\nجانسون افزود: «ما راضی هستیم.»",
     ["پائولین جانسون"] * 2),
])
def test_given_names_before_the_entity_name_the_person(every_nlp, text, expected):
    doc = every_nlp(text)
    assert speakers(doc) == expected
    assert doc.quotes[0].evidence[-1].endswith("+given-name-before")


def test_a_frequent_word_before_the_name_is_no_given_name(every_nlp):
    doc = every_nlp("امروز جانسون در این باره گفت: «خیابان‌ها خلوت شده است.»")
    assert speakers(doc) == ["جانسون"]
    assert not any(code.endswith("+given-name-before") for q in doc.quotes for code in q.evidence)


@pytest.mark.parametrize("text, expected", [
    # a rare word (a time) before a full name: the name stands alone
    ("دوشنبه‌شب محمود واعظی در جمع خبرنگاران گفت: «جلسه فردا برگزار می‌شود.»", ["محمود واعظی"]),
    # a noun before a full name
    ("سخنان رجب طیب اردوغان در این نشست نشان داد که ترکیه عقب نمی‌نشیند.\n"
     "رجب طیب اردوغان گفت: «ما عقب نمی‌نشینیم.»", ["رجب طیب اردوغان"]),
])
def test_a_rare_word_before_a_full_name_is_no_given_name(every_nlp, text, expected):
    doc = every_nlp(text)
    assert speakers(doc) == expected
    assert not any(code.endswith("+given-name-before") for q in doc.quotes for code in q.evidence)


def test_a_heading_glued_to_the_given_name_stays_out_of_the_name(every_nlp):
    doc = every_nlp("(جزئیات بیشتر)شمس‌الله شریعت‌نژاد نماینده مردم در مجلس گفت: «طرح را پیگیری می‌کنیم.»")
    assert doc.quotes and not any("(" in (q.speaker or "") for q in doc.quotes)
