"""Title referents and succession (round 16): a title's place with a prefix word (استان گیلان) and the same place
without it (گیلان) are one referent, whose holder is not handed to the next name; a title a pronoun subject is (او |
رئیس سنی مجلس | محسوب می‌شود) is the previous subject's; a name that holds a title serving another (مشاور
روحانی) takes no title by succession. Golden cases and what must not be linked, both pipelines."""

from __future__ import annotations

import pytest

from .test_officials import officials, pairs

_TEXT = ("رضا مرادی بازرس کل استان گیلان گفت: گزارش آماده است.\n"
         "بازرس کل گیلان افزود: بررسی ادامه دارد.\n"
         "علی کریمی در گفت‌وگو با خبرنگاران از اسکان اضطراری خبر داد.\n"
         "استاندار گیلان تصریح کرد: برق وصل شد.")


def test_a_place_with_and_without_its_prefix_is_one_referent(every_nlp):
    found = officials(every_nlp(_TEXT))
    assert pairs(("رضا مرادی", "بازرس کل استان گیلان"), ("علی کریمی", "استاندار گیلان")) <= found
    assert not pairs(("علی کریمی", "بازرس کل گیلان")) & found


def test_titles_of_two_places_stay_two_referents(every_nlp):
    doc = every_nlp("رضا مرادی بازرس کل استان قزوین گفت: گزارش آماده است.\n"
                    "بازرس کل استان زنجان افزود: بررسی ادامه دارد.\n"
                    "علی کریمی در گفت‌وگو با خبرنگاران از اسکان اضطراری خبر داد.")
    assert pairs(("علی کریمی", "بازرس کل استان زنجان")) <= officials(doc)


@pytest.mark.parametrize("text, name, title", [
    ("حسن مرادی از اعضای حزب مؤتلفه است که به سیاست بازگشت.\nاو رئیس سنی مجلس یازدهم محسوب می‌شود.",
     "حسن مرادی", "رئیس سنی مجلس یازدهم"),
    ("علی کریمی در این نشست سخنرانی کرد.\nوی مشاور وزیر کشور است.", "علی کریمی", "مشاور وزیر کشور"),
])
def test_a_title_a_pronoun_is_belongs_to_the_previous_subject(every_nlp, text, name, title):
    assert pairs((name, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text", [
    "علی کریمی در این نشست سخنرانی کرد.\nاو از رئیس سنی مجلس انتقاد کرد.",
    "علی کریمی در این نشست سخنرانی کرد.\nوی با وزیر کشور دیدار کرد.",
])
def test_a_title_after_a_pronoun_and_a_preposition_is_no_ones(every_nlp, text):
    assert not every_nlp(text).officials


def test_a_name_serving_another_takes_no_title_by_succession(every_nlp):
    doc = every_nlp("اکبر کریمی مشاور اسبق روحانی در این خصوص معتقد است: «من انتظار داشتم که همه همراه شوند.»\n"
                    "رئیس مجلس جدید به جای آنکه با دولت همراه شود، راه دیگری رفت.")
    found = officials(doc)
    assert pairs(("اکبر کریمی", "مشاور اسبق روحانی")) <= found
    assert not pairs(("اکبر کریمی", "رئیس مجلس")) & found
