"""Role words grown from the corpora (issue 13, titles not found): inspectors, treasurers and emperors take a
complement as every role that needs one; alone, or where they are given names, they make no title."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def key(text: str) -> str:
    return fold(text).replace(" ", "")


@pytest.mark.parametrize("text, person, title", [
    ("بهرام کیانی بازرس کل استان زنجان گفت: گزارش آماده است.", "بهرام کیانی", "بازرس کل استان زنجان"),
    ("نادر صالحی، خزانه‌دار فدراسیون کشتی گفت: بودجه کم است.", "نادر صالحی", "خزانه‌دار فدراسیون کشتی"),
    ("مهرداد کاظمی خزانه دار شورای شهر ساوه گفت: حساب‌ها روشن است.", "مهرداد کاظمی", "خزانه دار شورای شهر ساوه"),
    ("علی رضایی، پیشکار دارایی خراسان، به تهران رفت.", "علی رضایی", "پیشکار دارایی خراسان"),
])
def test_a_grown_role_word_with_its_complement(either_nlp, text, person, title):
    assert {(key(o.name), key(o.title.text)) for o in either_nlp(text).officials} == {(key(person), key(title))}


def test_an_emperor_takes_his_country(either_nlp):
    assert key("امپراتور ژاپن") in {key(e.text) for e in either_nlp("امپراتور ژاپن در توکیو سخنرانی کرد.").entities
                                    if e.label == "TITLE"}


@pytest.mark.parametrize("text", [
    "بازرس به محل حادثه رفت و گزارشی نوشت.",  # no complement: a bare role word, no name beside it
    "خزانه‌دار دیروز حساب‌ها را بست.",
    "امپراتوری روم قرن‌ها دوام آورد.",  # another word
    "پیشکار خانه غذا را آماده کرد.",  # a steward of no office
])
def test_no_title_without_its_complement(either_nlp, text):
    doc = either_nlp(text)
    assert not doc.officials
    assert not any(e.label == "TITLE" for e in doc.entities)


def test_a_given_name_is_no_role_word(either_nlp):
    """«امیر», «سلطان» and «ملکه» stay out of the lexicon: given names and name parts more often than roles."""
    doc = either_nlp("امیر قلعه‌نویی در تهران گفت: تیم آماده است.")
    assert not doc.officials
    assert not any(e.label == "TITLE" for e in doc.entities)
