"""Cabinet lists: the ministers of former portfolios (وزیر جنگ, وزیر مالیه, رئیس‌الوزرا …) and a run «X، TITLE Y،
TITLE …» read as names then titles when it opens the list or a dash parts its items."""

from __future__ import annotations

import pytest

from .test_officials import officials, pairs


@pytest.mark.parametrize("text, expected", [
    ("سعید کاظمی وزیر جنگ در این جلسه گفت: آماده‌ایم.", ("سعید کاظمی", "وزیر جنگ")),
    ("بهرام نوری، وزیر دارایی، گفت: بودجه کافی است.", ("بهرام نوری", "وزیر دارایی")),
    ("حسن مقدم، کفیل وزارت مالیه، به مجلس رفت.", ("حسن مقدم", "کفیل وزارت مالیه")),
])
def test_a_former_portfolio_is_a_ministers_title(every_nlp, text, expected):
    assert pairs(expected) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, found", [
    ("بهرام نوری گفت جنگ ادامه دارد و دارایی مردم از میان رفت.", "بهرام نوری"),
    ("وزارت جنگ در آن سال‌ها در تهران بود.", "تهران"),
])
def test_a_portfolio_word_alone_is_no_title(every_nlp, text, found):
    doc = every_nlp(text)
    assert found in {e.text for e in doc.entities}  # the sentence's other names are still found
    assert not {e.text for e in doc.entities if e.label == "TITLE"}
    assert not doc.officials


@pytest.mark.parametrize("text, expected", [
    # the run opens its sentence: each name, then its title
    ("بهرام نوری، رئیس‌الوزرا حسن مقدم، وزیر خارجه سعید کاظمی، وزیر جنگ مهدی رستمی، وزیر معارف.",
     {("بهرام نوری", "رئیس‌الوزرا"), ("حسن مقدم", "وزیر خارجه"), ("سعید کاظمی", "وزیر جنگ"),
      ("مهدی رستمی", "وزیر معارف")}),
    # a dash parts a title from the next name
    ("دولت جدید چنین بود: وزیر کشور بهرام نوری، وزیر دارایی – حسن مقدم، وزیر عدلیه سعید کاظمی، وزیر جنگ.",
     {("بهرام نوری", "وزیر دارایی"), ("حسن مقدم", "وزیر عدلیه"), ("سعید کاظمی", "وزیر جنگ")}),
])
def test_a_list_of_names_then_titles(every_nlp, text, expected):
    assert pairs(*expected) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, expected, wrong", [
    # a title opens the run: titles then names, as before
    ("در این دولت وزیر جنگ بهرام نوری، وزیر دارایی حسن مقدم، وزیر معارف سعید کاظمی، شدند.",
     {("بهرام نوری", "وزیر جنگ"), ("حسن مقدم", "وزیر دارایی")},
     {("بهرام نوری", "وزیر دارایی"), ("حسن مقدم", "وزیر معارف")}),
])
def test_a_list_of_titles_then_names_is_not_turned(every_nlp, text, expected, wrong):
    found = officials(every_nlp(text))
    assert pairs(*expected) <= found
    assert not pairs(*wrong) & found
