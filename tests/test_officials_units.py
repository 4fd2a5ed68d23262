"""Titles of a unit within a body and of a body named after a revered person, and titles after a profession
(issue 13, round 23): «مدیر اداره … در شورای …» and «مدیر تحقیقات کالا در بانک …» take the body «در» names; «…
امام خمینی (ره)» ends the body's name; «X، فعال سیاسی … و عضو …» gives X the title after the profession.

Golden cases and cases where the rules must stay off, in both pipelines and both readers; the sentences are written
for these tests."""

from __future__ import annotations

import pytest

from .test_officials_titles import assert_title_not_grown, key, officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ("علی رضایی، دبیرکل مجمع پیروان خط امام (ره) گفت: انتخابات مهم است.",
     "علی رضایی", "دبیرکل مجمع پیروان خط امام (ره)"),
    ("علی رضایی، رئیس دانشگاه بین‌المللی امام خمینی(ره) گفت: کلاس‌ها برگزار می‌شود.",
     "علی رضایی", "رئیس دانشگاه بین‌المللی امام خمینی(ره)"),
])
def test_a_blessing_in_parentheses_ends_the_name_of_the_body(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


def test_a_revered_person_before_ra_is_no_part_of_the_title(every_nlp):
    # «را» after the blessing: the revered person is acted on
    found = titles(every_nlp("رئیس سازمان تبلیغات اسلامی مکتب امام (ره) را زنده دانست."))
    assert key("رئیس سازمان تبلیغات اسلامی") in found
    assert not any("(ره)" in title for title in found)


@pytest.mark.parametrize("text, person, title", [
    ("علی رضایی، مدیر اداره سیاست خارجی در شورای عالی امنیت ملی گفت: نشست لغو شد.",
     "علی رضایی", "مدیر اداره سیاست خارجی در شورای عالی امنیت ملی"),
    ("علی رضایی، مدیر تحقیقات کالا در بانک ملی ایران گفت: قیمت‌ها بالا رفت.",
     "علی رضایی", "مدیر تحقیقات کالا در بانک ملی ایران"),
])
def test_a_unit_takes_the_body_it_belongs_to(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, title, longer", [
    # a body with no unit: «در» + a body is where the holder acts
    ("مدیرکل روابط عمومی وزارت نیرو در مجلس شورای اسلامی گفت: برق کافی است.",
     "مدیرکل روابط عمومی وزارت نیرو", "مدیرکل روابط عمومی وزارت نیرو در مجلس شورای اسلامی"),
    # «را» after the body: an object
    ("مدیر اداره سیاست خارجی در بانک ملی ایران را ترک کرد.", "مدیر اداره سیاست خارجی",
     "مدیر اداره سیاست خارجی در بانک ملی ایران"),
])
def test_in_a_body_after_no_unit_stays_out_of_the_title(every_nlp, text, title, longer):
    assert_title_not_grown(every_nlp(text), title, longer)


@pytest.mark.parametrize("text, person, title", [
    ("علی رضایی، فعال سیاسی اصلاح‌طلب و عضو شورای مرکزی حزب اعتماد ملی گفت: فهرست بسته شد.",
     "علی رضایی", "عضو شورای مرکزی حزب اعتماد ملی"),
    ("علی رضایی مجری تلویزیون و عضو جبهه پایداری گفت: فهرست بسته شد.", "علی رضایی", "عضو جبهه پایداری"),
])
def test_a_title_after_a_profession_is_the_name_s(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text", [
    # a relative, not a profession: two people
    "علی رضایی، همسرش و عضو شورای مرکزی حزب اعتماد ملی در جلسه حاضر شدند.",
    # a verb between: another clause
    "علی رضایی، فعال سیاسی بود و عضو شورای مرکزی حزب اعتماد ملی گفت: فهرست بسته شد.",
])
def test_no_profession_between_leaves_the_title_unpaired(every_nlp, text):
    doc = every_nlp(text)
    assert key("عضو شورای مرکزی حزب اعتماد ملی") in titles(doc)
    assert not any(name == key("علی رضایی") for name, _ in officials(doc))
