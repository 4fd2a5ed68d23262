"""Speakers named by a tie to a person (issue 13, round 23): «مادر سینا», «همسر رضا» name another person than the
one after the noun, never that person's fuller name."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str, str | None]]:
    """(content, speaker) of each quote."""
    return [(q.content.text, q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    ("مادر سینا که از تماس پسرش نگران شده بود فورا گفت: چی شده؟\nسینا اما گفت: مامان! من آمدم تو اتاقم.\n"
     "سینا: این موقع شب؟",
     [("چی شده؟", "مادر سینا"), ("مامان! من آمدم تو اتاقم.", "سینا"), ("این موقع شب؟", "سینا")]),
    ("پدر نوید کاظمی در گفت‌وگو با خبرنگار ما گفت: پسرم از دیروز به خانه نیامده است.\n"
     "نوید کاظمی پیش‌تر گفته بود: من به سفر می‌روم.",
     [("پسرم از دیروز به خانه نیامده است.", "پدر نوید کاظمی"), ("من به سفر می‌روم.", "نوید کاظمی")]),
    ("همسر رضا در این باره گفت: او هر شب دیر به خانه می‌آمد.\nرضا در پاسخ گفت: من کار داشتم.",
     [("او هر شب دیر به خانه می‌آمد.", "همسر رضا"), ("من کار داشتم.", "رضا")]),
])
def test_a_kin_word_and_a_name_is_another_person_than_the_one_named(every_nlp, text, expected):
    """«مادر سینا» speaks her own words and is no fuller name of «سینا»: his turns stay his (never
    «مادر سینا» by a surname's expansion to the fuller name that ends with it)."""
    assert speakers(every_nlp(text)) == expected
