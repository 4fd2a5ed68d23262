"""Round 24's organisations: an alias in parentheses right after an organisation's name is one too (``org-alias``)
and confirms a weak head's name; a mission's seat takes the country it lies in (سفارت X در CITY COUNTRY); the
heads ارکستر and خطوط هوایی; well-known names of the lexicon. Both pipelines,
both readers; invented sentences."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def _orgs(doc) -> list[str]:
    return [fold(e.text).replace(" ", "") for e in doc.entities if e.label == "ORG"]


def _key(name: str) -> str:
    return fold(name).replace(" ", "")


def _rules(doc, name: str) -> list[str]:
    return [e.rule for e in doc.entities if e.label == "ORG" and _key(e.text) == _key(name)]


@pytest.mark.parametrize("text, org, alias", [
    ("شرکت مدیریت توسعه انرژی پارس (تدکو) سود سهام را اعلام کرد.", "شرکت مدیریت توسعه انرژی پارس", "تدکو"),
    ("انجمن ملی شکارچیان (NHA) از این طرح حمایت کرد.", "انجمن ملی شکارچیان", "NHA"),
    ("به نقل از خبرگزاری رسمی عمان (عونا)، وزیر به مسقط بازگشت.", "خبرگزاری رسمی عمان", "عونا"),
])
def test_an_alias_in_parentheses_after_an_organisation_is_one_too(every_nlp, text, org, alias):
    doc = every_nlp(text)
    assert {_key(org), _key(alias)} <= set(_orgs(doc))
    assert any(rule.startswith("org-alias") for rule in _rules(doc, alias))


@pytest.mark.parametrize("text, org", [
    ("مردم به زیارت امام رضا (ع) رفتند و دانشگاه تهران (تهران) تعطیل شد.", "دانشگاه تهران"),  # blessing, place
    ("بانک سینا (هلدینگ) رشد کرد.", "بانک سینا"),  # a company's type word
    ("مدیرعامل سازمان بازنشستگی (فرهادیانپور) گفت که حقوق‌ها واریز می‌شود.", "سازمان بازنشستگی"),  # the role's holder
    ("هیئت مدیره شرکت مخابرات ایران (یکشنبه، ۳ مهر) تشکیل جلسه داد.", "شرکت مخابرات ایران"),  # a date
])
def test_no_alias_from_a_blessing_a_place_a_type_word_a_person_or_a_phrase(every_nlp, text, org):
    doc = every_nlp(text)
    orgs = _orgs(doc)
    assert _key(org) in orgs
    assert not any(e.rule.startswith("org-alias") for e in doc.entities)
    assert not {"ع", "تهران", "هلدینگ", "فرهادیانپور", "یکشنبه"} & set(orgs)


def test_a_weak_heads_name_without_an_alias_is_no_organisation(every_nlp):
    name = _key("شرکت مدیریت توسعه انرژی پارس")
    assert name not in _orgs(every_nlp("شرکت مدیریت توسعه انرژی پارس سود سهام را اعلام کرد."))
    assert name in _orgs(every_nlp("شرکت مدیریت توسعه انرژی پارس (تدکو) سود سهام را اعلام کرد."))  # the alias


@pytest.mark.parametrize("text, org", [
    ("سفارت ایران در دوحه قطر اعلام کرد که کنسولی باز است.", "سفارت ایران در دوحه قطر"),
    ("کنسولگری ژاپن در استانبول ترکیه اطلاعیه داد.", "کنسولگری ژاپن در استانبول ترکیه"),
])
def test_a_missions_seat_takes_the_country_it_lies_in(every_nlp, text, org):
    assert _key(org) in _orgs(every_nlp(text))


@pytest.mark.parametrize("text, org", [
    ("سفارت ژاپن در تهران ایران را به همکاری دعوت کرد.", "سفارت ژاپن در تهران"),  # not the seat's country: an object
    ("سفارت ایران در مسکو روسیه را ستود.", "سفارت ایران در مسکو"),  # the object of the verb
])
def test_no_country_after_a_seat_that_is_another_country_or_an_object(every_nlp, text, org):
    orgs = _orgs(every_nlp(text))
    assert _key(org) in orgs
    assert not any(name.startswith(_key(org)) and name != _key(org) for name in orgs)


@pytest.mark.parametrize("text, org", [
    ("خطوط هوایی ترکیه پروازهای تهران را لغو کرد.", "خطوط هوایی ترکیه"),
    ("این قطعه با ارکستر سمفونیک تهران اجرا شد.", "ارکستر سمفونیک تهران"),
])
def test_round_24_heads_name_organisations(every_nlp, text, org):
    assert _key(org) in _orgs(every_nlp(text))


@pytest.mark.parametrize("text, word", [
    ("خطوط هوایی شلوغ بود و مسافران در فرودگاه تهران منتظر ماندند.", "خطوط هوایی شلوغ"),
    ("ارکستر، اجرا را در تهران آغاز کرد.", "ارکستر"),
])
def test_round_24_heads_take_no_verb_or_adjective_alone(every_nlp, text, word):
    doc = every_nlp(text)
    assert _key(word) not in _orgs(doc)
    assert "تهران" in {e.text for e in doc.entities if e.label == "LOC"}  # the sentence's place is still found


@pytest.mark.parametrize("text, org", [
    ("چهار بانک دیگر به سوئیفت متصل شدند.", "سوئیفت"),
    ("اپراتورهای ایرانسل و همراه‌اول بسته‌ها را گران کردند.", "همراه‌اول"),
    ("اسناد ساواک امروز منتشر شد.", "ساواک"),
])
def test_well_known_names_of_round_24_are_organisations(every_nlp, text, org):
    assert _key(org) in _orgs(every_nlp(text))
