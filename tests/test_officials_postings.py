"""Titles that say where their holder serves (issue 13, round 20): a branch office's «در X», «کل کشور» after a body,
a founding member's «عضو مؤسس و …», «برای Y به عنوان …», a time word that ends a body's name, and (round 21) the
government or the era a title was held in (وزیر راه دولت قبل, نخست‌وزیر دوران پهلوی)."""

from __future__ import annotations

import pytest

from .test_officials_titles import assert_title_not_grown, key, officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ("حمید رضایی، فرمانده ستاد مقابله با کرونا در شیراز از این تصمیم انتقاد کرد.",
     "حمید رضایی", "فرمانده ستاد مقابله با کرونا در شیراز"),
    ("مهدی کریمی دبیر ستاد مبارزه با کرونا در استان گیلان گفت: بیماران کم شدند.",
     "مهدی کریمی", "دبیر ستاد مبارزه با کرونا در استان گیلان"),
    ("ناصر احمدی، سخنگوی دفتر سیاسی طالبان در قطر گفت: گفت‌وگوها ادامه دارد.",
     "ناصر احمدی", "سخنگوی دفتر سیاسی طالبان در قطر"),
])
def test_a_branch_office_takes_the_place_it_serves_in(every_nlp, text, person, title):
    doc = every_nlp(text)
    assert pairs((person, title)) <= officials(doc)


@pytest.mark.parametrize("text, title, longer", [
    # «در» + no place or body: what the holder does, not where the office is
    ("سخنگوی ستاد ملی مقابله با کرونا در پایان گفت: آمار کم شد.", "سخنگوی ستاد ملی مقابله با کرونا",
     "سخنگوی ستاد ملی مقابله با کرونا در پایان"),
    # a body with no branches: «در» + a city is where the holder speaks
    ("رئیس سازمان برنامه و بودجه در شیراز گفت: بودجه کافی است.", "رئیس سازمان برنامه و بودجه",
     "رئیس سازمان برنامه و بودجه در شیراز"),
    # «در» + a body after a branch office: where the holder acts
    ("رئیس دفتر رئیس‌جمهور در مجلس شورای اسلامی حاضر شد.", "رئیس دفتر رئیس‌جمهور",
     "رئیس دفتر رئیس‌جمهور در مجلس شورای اسلامی"),
])
def test_in_after_another_title_stays_out_of_it(every_nlp, text, title, longer):
    assert_title_not_grown(every_nlp(text), title, longer)


def test_the_whole_country_after_a_body_is_its_place(every_nlp):
    assert key("سخنگوی گمرک کل کشور") in titles(every_nlp("سخنگوی گمرک کل کشور گفت: پنج هزار خودرو ترخیص شد."))


def test_the_whole_country_makes_no_title_of_a_common_noun(every_nlp):
    assert not titles(every_nlp("جمعیت کل کشور به هشتاد و پنج میلیون نفر رسید."))


def test_a_founding_member_and_a_second_office_are_one_title(every_nlp):
    doc = every_nlp("علی رضایی، عضو مؤسس و عضو شورای مرکزی حزب اعتماد ملی، گفت: ما در انتخابات شرکت می‌کنیم.")
    assert pairs(("علی رضایی", "عضو مؤسس و عضو شورای مرکزی حزب اعتماد ملی")) <= officials(doc)


def test_a_founding_member_and_another_persons_office_are_two_titles(every_nlp):
    doc = every_nlp("علی رضایی عضو مؤسس و حسن کریمی عضو شورای مرکزی حزب اعتماد ملی هستند.")
    assert not any(title.startswith(key("عضو مؤسس و")) for title in titles(doc))
    assert ("علیرضایی", key("عضو شورای مرکزی حزب اعتماد ملی")) not in officials(doc)


def test_the_person_for_whom_a_title_is_given_holds_it(every_nlp):
    doc = every_nlp("پوتین پیام تبریکی برای مجتبی خامنه‌ای به عنوان رهبر جدید جمهوری اسلامی فرستاد.")
    assert officials(doc) == pairs(("مجتبی خامنه‌ای", "رهبر جدید جمهوری اسلامی"))


def test_after_for_with_a_comma_no_one_holds_the_title(every_nlp):
    doc = every_nlp("پوتین پیام تبریکی برای مجتبی خامنه‌ای، به عنوان رهبر جدید جمهوری اسلامی فرستاد.")
    assert not officials(doc)


def test_a_time_word_ends_a_bodys_name(every_nlp):
    doc = every_nlp("لیو ژیائومین، معاون وزارت حمل‌ونقل چین مدتی پیش اعلام کرد که سفرها کم شد.")
    assert pairs(("لیو ژیائومین", "معاون وزارت حمل‌ونقل چین")) == officials(doc)
    assert not any(key("مدتی") in t for t in titles(doc))


@pytest.mark.parametrize("text, person, title", [
    ("حسن رضایی، رئیس اتاق بازرگانی ایران و چین گفت: صادرات کم شد.", "حسن رضایی", "رئیس اتاق بازرگانی ایران و چین"),
    ("حسن رضایی دبیر کمیته مشترک ایران و ژاپن گفت: نشست برگزار شد.", "حسن رضایی", "دبیر کمیته مشترک ایران و ژاپن"),
])
def test_a_joint_body_of_two_countries_is_one_title(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, title, longer", [
    # no country after «و»
    ("رئیس اتاق ایران و سازمان برنامه دیدار کردند.", "رئیس اتاق ایران", "رئیس اتاق ایران و سازمان برنامه"),
    # a body of one country: «و» joins another country's people
    ("معاون وزارت خارجه ایران و چین دیدار کردند.", "معاون وزارت خارجه ایران", "معاون وزارت خارجه ایران و چین"),
])
def test_a_body_of_one_country_takes_no_second(every_nlp, text, title, longer):
    assert_title_not_grown(every_nlp(text), title, longer)


@pytest.mark.parametrize("text, person, title", [
    ("رضا احمدی، وزیر راه دولت قبل گفت: جاده‌ها تعمیر شد.", "رضا احمدی", "وزیر راه دولت قبل"),
    ("بهرام صالحی وزیر نیرو دولت یازدهم در این نشست گفت: سدها پر شد.", "بهرام صالحی", "وزیر نیرو دولت یازدهم"),
    ("مرتضی نوری نخست‌وزیر دوران پهلوی را دادگاه محاکمه کرد.", "مرتضی نوری", "نخست‌وزیر دوران پهلوی"),
    ("جان اسمیت، وزیر دفاع دولت پیشین آمریکا گفت: ما آماده بودیم.", "جان اسمیت", "وزیر دفاع دولت پیشین آمریکا"),
    ("حسن کاظمی سخنگوی دولت دوازدهم گفت: نرخ تورم کم شد.", "حسن کاظمی", "سخنگوی دولت دوازدهم"),
])
def test_a_title_takes_the_government_or_era_it_was_held_in(every_nlp, text, person, title):
    assert officials(every_nlp(text)) == pairs((person, title))


@pytest.mark.parametrize("text, title, longer", [
    # the government the holder acts on: an object
    ("رئیس‌جمهور دولت جدید را به مجلس معرفی کرد.", "رئیس‌جمهور", "رئیس‌جمهور دولت جدید"),
    # no word that names which government
    ("وزیر کشور دولت را به همکاری دعوت کرد.", "وزیر کشور", "وزیر کشور دولت"),
    # a line break between
    ("علی کریمی وزیر راه\nدولت قبل جاده‌ها را تعمیر نکرد.", "وزیر راه", "وزیر راه دولت قبل"),
])
def test_a_government_the_title_was_not_held_in_stays_out_of_it(every_nlp, text, title, longer):
    assert_title_not_grown(every_nlp(text), title, longer)
