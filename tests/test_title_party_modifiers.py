"""A party or faction word after a role (دموکرات, جمهوری‌خواه, اصولگرا, اصلاح‌طلب) and «ملی» after a role or its
portfolio (وزیر دفاع ملی, وزیر اقتصاد ملی) are title modifiers, as سابق or ویژه are (issue 13, class 4, round 15):
the title goes on to its place or body and a bare role with it stands beside a name. Golden cases and what must
not change, both pipelines."""

from __future__ import annotations

import pytest

from .test_officials_titles import key as _key, officials, titles


@pytest.mark.parametrize("text, name, title", [
    ("رضا کریمی نماینده دموکرات ایالت کالیفرنیا گفت: لایحه تصویب می‌شود.", "رضا کریمی",
     "نماینده دموکرات ایالت کالیفرنیا"),
    ("رضا کریمی فرماندار دموکرات ایالت نیویورک گفت: لایحه تصویب می‌شود.", "رضا کریمی",
     "فرماندار دموکرات ایالت نیویورک"),
    ("سناتور جمهوری‌خواه رضا کریمی گفت: لایحه تصویب می‌شود.", "رضا کریمی", "سناتور جمهوری‌خواه"),
    ("رضا کریمی نماینده اصولگرای مجلس گفت: لایحه تصویب می‌شود.", "رضا کریمی", "نماینده اصولگرای مجلس"),
    ("رضا کریمی وزیر دفاع ملی لبنان گفت: لایحه تصویب می‌شود.", "رضا کریمی", "وزیر دفاع ملی لبنان"),
    ("رضا کریمی وزیر اقتصاد ملی گفت: لایحه تصویب می‌شود.", "رضا کریمی", "وزیر اقتصاد ملی"),
])
def test_a_party_word_after_the_role_stays_in_the_title(every_nlp, text, name, title):
    doc = every_nlp(text)
    assert _key(title) in titles(doc)
    assert (_key(name), _key(title)) in officials(doc)


@pytest.mark.parametrize("text", [
    "حزب دموکرات آمریکا بیانیه‌ای منتشر کرد.",
    "دموکرات‌ها و جمهوری‌خواهان در این باره اختلاف دارند.",
    "رأی‌دهندگان جمهوری‌خواه به این لایحه رأی دادند.",
    "یک سناتور دموکرات به این لایحه رأی نداد.",
    "تیم ملی فوتبال به این بازی رفت.",
])
def test_a_party_word_alone_makes_no_title(either_nlp, text):
    assert not titles(either_nlp(text))


@pytest.mark.parametrize("text, title", [
    ("رضا کریمی رئیس بانک ملی گفت: لایحه تصویب می‌شود.", "رئیس بانک ملی"),
    ("رضا کریمی مدیر تیم ملی فوتبال گفت: لایحه تصویب می‌شود.", "مدیر تیم ملی فوتبال"),
])
def test_a_body_named_national_is_still_the_body(either_nlp, text, title):
    assert _key(title) in titles(either_nlp(text))
