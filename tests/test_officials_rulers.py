"""Rulers whose role word is also a given name (امیر, سلطان, ملکه): a title only before the country they rule
(issue 13, round 23: ``title-ruler``)."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ("تمیم بن حمد، امیر قطر، گفت: ما آماده کمک هستیم.", "تمیم بن حمد", "امیر قطر"),
    ("شیخ نواف الاحمد امیر کویت در پیامی گفت که روابط خوب است.", "نواف الاحمد", "امیر کویت"),
])
def test_a_ruler_beside_a_name(either_nlp, text, person, title):
    assert officials(either_nlp(text)) == pairs((person, title))


@pytest.mark.parametrize("text, title", [
    ("سلطان عمان با وزیر خارجه دیدار کرد.", "سلطان عمان"),
    ("رسانه‌های کویت گفتند امیر این کشور به بیمارستان رفت.", "امیر این کشور"),
])
def test_a_ruler_alone(either_nlp, text, title):
    assert key(title) in titles(either_nlp(text))


@pytest.mark.parametrize("text, found", [
    ("امیر حسینی گفت: ما آماده‌ایم.", ("PERSON", "حسینی")),  # a given name
    ("امیر قلعه‌نویی سرمربی سپاهان گفت: بازی سختی بود.", ("PERSON", "قلعه‌نویی")),
    ("جنگنده‌ها در پایگاه شاهزاده سلطان عربستان فرود آمدند.", ("LOC", "عربستان")),  # a name part
    ("امیر این کشور را ترک کرد و به فرانسه رفت.", ("LOC", "فرانسه")),  # «را»: a name and an object
])
def test_no_ruler_without_a_country(either_nlp, text, found):
    doc = either_nlp(text)
    label, word = found
    assert any(e.label == label and key(e.text).endswith(key(word)) for e in doc.entities)  # the rest is still read
    assert not any(t.startswith((key("امیر"), key("سلطان"))) for t in titles(doc))
    assert not any(key(o.title.text).startswith((key("امیر"), key("سلطان"))) for o in doc.officials)


@pytest.mark.parametrize("text, person", [
    ("دیروز «شیخ تمیم بن حمد آل ثانی» در پیامی به مردم گفت که کمک‌ها ادامه دارد.", "تمیم بن حمد آل ثانی"),
    ("محمد بن سلمان آل سعود ولیعهد عربستان گفت: ما آماده‌ایم.", "محمد بن سلمان آل سعود"),
])
def test_a_patronymic_name_takes_its_house(either_nlp, text, person):
    assert key(person) in {key(e.text) for e in either_nlp(text).entities if e.label == "PERSON"}


@pytest.mark.parametrize("text", [
    "محمد بن سلمان آل را دید.",  # a function word after «آل»
])
def test_no_house_without_a_name_word(either_nlp, text):
    people = [key(e.text) for e in either_nlp(text).entities if e.label == "PERSON"]
    assert people == [key("محمد بن سلمان")]  # the name is still found, without «آل»
