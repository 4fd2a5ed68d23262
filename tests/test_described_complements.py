"""A description whose adjective takes a complement («یک منبع نزدیک به دولت», «منابع آگاه از مذاکرات») is the
speaker whole, the complement's entities no speaker (issue 13, class 5: a speaker cut short; rule
``subject:words-complement``). Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, next(e for e in q.evidence if e.startswith("subject:")), q.evidence[-1]) for q in doc.quotes]


@pytest.mark.parametrize("text, speaker, resolved", [
    ("یک منبع نزدیک به دولت عراق به خبرنگاران گفت: نخست وزیر فردا معرفی می‌شود.",
     "یک منبع نزدیک به دولت عراق", "speaker:words-generic"),
    ("یک منبع نزدیک به ترامپ گفت که تصمیم گرفته شده است.", "یک منبع نزدیک به ترامپ", "speaker:words-generic"),
    ("یک دیپلمات غربی آشنا با این پرونده گفت که توافق نزدیک است.",
     "یک دیپلمات غربی آشنا با این پرونده", "speaker:words-generic"),
    ("منابع آگاه از جلسه کابینه اعلام کردند که وزیر استعفا داده است.",
     "منابع آگاه از جلسه کابینه", "speaker:words-group"),
    ("یک منبع نزدیک به نیروهای محلی (گروه الف) اعلام کرد که حمله دفع شد.", "یک منبع نزدیک به نیروهای محلی",
     "speaker:words-generic"),
    ("یکی از نمایندگان نزدیک به جبهه پایداری اعلام کرد که طرح تصویب می‌شود.",
     "یکی از نمایندگان نزدیک به جبهه پایداری", "speaker:words-partitive"),
])
def test_a_description_with_its_complement_is_the_speaker(either_nlp, text, speaker, resolved):
    assert speakers(either_nlp(text)) == [(speaker, "subject:words-complement", resolved)]


@pytest.mark.parametrize("text, speaker", [
    # «به» after «آگاه» opens the addressee, not a complement
    ("منابع آگاه به رسانه‌های محلی گفتند که حمله انجام شده است.", "منابع آگاه"),
    # «در» after «آگاه» opens an adverbial
    ("یک مقام آگاه در این زمینه گفت: پروازها لغو شد.", "یک مقام آگاه"),
    # «از» of «از … خبر داد»: the news, not a complement
    ("منابع آگاه از برگزاری رزمایش مشترک خبر دادند.", "منابع آگاه"),
    # «نزدیک به» before a number: an amount, no complement
    ("یک منبع نزدیک به ۲۰۰ نفر را دستگیر شده اعلام کرد.", None),
])
def test_no_complement_after_other_words(either_nlp, text, speaker):
    found = speakers(either_nlp(text))
    assert len(found) == 1 and found[0][1] != "subject:words-complement"
    if speaker is not None:
        assert found[0][0] == speaker


def test_a_name_is_not_described(either_nlp):
    """Words that open with no indefinite, partitive or group word take no complement."""
    found = speakers(either_nlp("حسن نزدیک به خانواده گفت که سفر لغو شد."))
    assert len(found) == 1 and found[0][1] != "subject:words-complement"
