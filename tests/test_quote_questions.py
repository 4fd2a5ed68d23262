"""Questions asked (issue 13, round 23): a verb of asking (پرسید، می‌پرسد، سؤال کرد، پرسش کرد) before a colon
reports the question as a direct quote of its subject; a bare clause after it (an indirect question, a rhetorical
«باید پرسید …») is none."""

from __future__ import annotations

import pytest


def quotes(doc) -> list[tuple[str, str, str, str, str | None]]:
    """(kind, content, cue, construction rule, speaker) of each quote."""
    return [(q.kind, q.content.text, q.cue.text if q.cue else "", q.evidence[0], q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    ("مجری برنامه از وزیر خارجه پرسید: آیا شما با این توافق موافق هستید؟",
     ("direct", "آیا شما با این توافق موافق هستید؟", "پرسید", "cue:direct-colon", "مجری برنامه")),
    ("مجری این مناظره دوباره از نامزد دوم سوال کرد: «اگر شما بودید دستور این حمله را صادر می‌کردید؟»",
     ("direct", "«اگر شما بودید دستور این حمله را صادر می‌کردید؟»", "سوال کرد", "cue:direct-colon", "مجری")),
])
def test_a_question_asked_before_a_colon_is_its_subjects_direct_quote(every_nlp, text, expected):
    assert quotes(every_nlp(text)) == [expected]


@pytest.mark.parametrize("text", [
    "خبرنگار پرسید آیا این بدان معناست که دولت عقب نشسته است؟",
    "باید پرسید چرا این طرح در موعد مقرر اجرا نشد.",
    "خبرنگار از وزیر پرسید که آیا قیمت‌ها کاهش می‌یابد.",
])
def test_a_bare_or_that_clause_after_a_verb_of_asking_is_no_quote(every_nlp, text):
    assert quotes(every_nlp(text)) == []


def speakers(doc) -> list[tuple[str, str | None]]:
    """(content, speaker) of each quote."""
    return [(q.content.text, q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    ("مادر سینا که از تماس پسرش نگران شده بود فورا پرسید: چی شده؟\nسینا اما گفت: مامان! من آمدم تو اتاقم.\n"
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
