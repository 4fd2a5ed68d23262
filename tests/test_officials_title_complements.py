"""Title complements (issue 13, round 28): a «و» joining two name words of a portfolio the lexicon does not list,
closed by an organisation (معاون ارزشیابی و نظارت سازمان …), and a numbered unit of a body (رئیس شعبه ۱۵ دادگاه …,
شهردار منطقه ۱۳ …) complete a role.

Golden cases and cases where the rules must stay off, in both pipelines and both readers; the sentences are written
for these tests."""

from __future__ import annotations

import pytest

from .test_officials_titles import assert_title_not_grown, key, officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ("حسن کرمی معاون ارزشیابی و نظارت سازمان سینمایی از مدیران حاضر در این جلسه بود.",
     "حسن کرمی", "معاون ارزشیابی و نظارت سازمان سینمایی"),
    # a portfolio the lexicon lists, «و» and a word it does not
    ("رضا محمدی، معاون نظارت و ارزشیابی سازمان سینمایی گفت: فیلم‌ها بررسی شد.",
     "رضا محمدی", "معاون نظارت و ارزشیابی سازمان سینمایی"),
    ("علی کرمی، مدیر پیش‌بینی و هشدار سریع سازمان هواشناسی گفت: باران می‌بارد.",
     "علی کرمی", "مدیر پیش‌بینی و هشدار سریع سازمان هواشناسی"),
])
def test_and_joins_two_name_words_of_a_portfolio(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, title, longer", [
    # a role after «و»: a second title
    ("علی کرمی مدیر فنی و سرپرست تیم ملی فوتبال گفت: بازیکنان آماده‌اند.", "مدیر فنی",
     "مدیر فنی و سرپرست تیم ملی فوتبال"),
    # a name after «و»: another person
    ("معاون اجرایی و علی رضایی در جلسه سازمان برنامه حاضر شدند.", "معاون اجرایی",
     "معاون اجرایی و علی رضایی در جلسه سازمان برنامه"),
    # a portfolio list before «و»: the phrase after it is another
    ("پس از دستور وزیر امور اقتصادی و دارایی و موافقت هیئت عالی نظارت، فروش سهام متوقف شد.",
     "وزیر امور اقتصادی و دارایی", "وزیر امور اقتصادی و دارایی و موافقت هیئت عالی نظارت"),
])
def test_and_before_a_role_or_a_name_joins_no_portfolio(every_nlp, text, title, longer):
    doc = every_nlp(text)
    assert_title_not_grown(doc, title, longer)
    assert not any(key("علی رضایی") in found for found in titles(doc))


@pytest.mark.parametrize("text, person, title", [
    ("علی کرمی، رئیس شعبه ۱۵ دادگاه انقلاب گفت: حکم صادر شد.", "علی کرمی", "رئیس شعبه ۱۵ دادگاه انقلاب"),
    ("علی کرمی مدیر ناحیه ۴ آموزش و پرورش اصفهان گفت: مدارس باز است.",
     "علی کرمی", "مدیر ناحیه ۴ آموزش و پرورش اصفهان"),
    ("علی کرمی شهردار منطقه ۱۳ تهران گفت: خیابان‌ها آماده‌اند.", "علی کرمی", "شهردار منطقه ۱۳ تهران"),
    # one word qualifies the unit before its body
    ("علی کرمی، رئیس شعبه ۷ بدوی دیوان عدالت اداری گفت: پرونده بسته شد.",
     "علی کرمی", "رئیس شعبه ۷ بدوی دیوان عدالت اداری"),
])
def test_a_numbered_unit_completes_a_role(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


def test_a_numbered_unit_alone_is_a_title(either_nlp):
    # the unit and its number name the office, no body after them
    assert key("رئیس شعبه ۱۵") in titles(either_nlp("رئیس شعبه ۱۵ گفت: حکم صادر شد."))


def test_a_count_after_a_unit_is_no_number_of_it(every_nlp):
    # «۵۰ هزار»: a count of what the holder leads, no unit's number
    doc = every_nlp("فرمانده منطقه ۵۰ هزار نیرو را به میدان آورد. علی کرمی، رئیس شعبه ۱۵ دادگاه انقلاب گفت: حکم صادر شد.")
    assert not any(found.startswith(key("فرمانده منطقه")) for found in titles(doc))
    assert key("رئیس شعبه ۱۵ دادگاه انقلاب") in titles(doc)


def test_a_verb_after_a_unit_qualifies_no_body(every_nlp):
    # «گفت» after the unit: the clause goes on, the body is what was spoken of
    assert_title_not_grown(every_nlp("شهردار منطقه ۵ گفت دیوان عدالت اداری حکم داد."), "شهردار منطقه ۵",
                           "شهردار منطقه ۵ گفت دیوان عدالت اداری")


@pytest.mark.parametrize("text, title", [
    ("رئیس شعبه", None),  # a unit word closing the text: no number after it to read
    ("فرمانده لشکر", None),
    ("علی احمدی شهردار منطقه", "شهردار منطقه"),
])
def test_a_unit_word_that_ends_the_text_is_read_without_error(every_nlp, text, title):
    doc = every_nlp(text)
    assert [e.text for e in doc.entities if e.label == "TITLE"] == ([title] if title else [])
