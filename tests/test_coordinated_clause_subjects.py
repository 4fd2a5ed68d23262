"""A cue in the second of two clauses joined after a finite verb (rule ``subject:after-coordinated-clause``): «… برگزار
شد و در این نشست NAME اعلام کرد» is said by the subject of the clause the cue closes, not by the words that open
the first clause."""

import pytest

RULE = "subject:after-coordinated-clause"


@pytest.mark.parametrize("text, content, speaker", [
    ("همایش سالانه کشاورزان در شیراز برپا شد و در این همایش بهرام صادقی وزیر نیرو اعلام کرد که سدها پر است.",
     "سدها پر است.", "بهرام صادقی"),
    ("سفیر پیشنهاد همکاری داد، بهرام صادقی پاسخ منفی داد و افزود: این پیشنهاد پذیرفته نیست.",
     "این پیشنهاد پذیرفته نیست.", "بهرام صادقی"),
    ("پیام‌های آموزشی در همه شهرها منتشر شد و دولت نیز اعلام کرد که مدارس تعطیل است.",
     "مدارس تعطیل است.", "دولت"),
])
def test_the_clause_the_cue_closes_names_the_speaker(every_nlp, text, content, speaker):
    """Golden: after a finite verb and «و» or «،», the subject of the next clause says what its cue reports."""
    quotes = every_nlp(text).quotes
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)]
    assert RULE in quotes[0].evidence


@pytest.mark.parametrize("text, speakers", [
    ("بهرام صادقی از پیشرفت طرح خبر داد و گفت: کار تا پایان سال تمام می‌شود.", ["بهرام صادقی", "بهرام صادقی"]),
    ("بهرام صادقی به مشهد سفر کرد و وزیر نیرو را در جلسه دید و گفت: کار تا پایان سال تمام می‌شود.",
     ["بهرام صادقی"]),
    ("وزیر نیرو با بیان اینکه سدها پر شد و کارشناسان نگران هستند، گفت: مصرف آب باید کم شود.",
     ["وزیر نیرو", "وزیر نیرو"]),
    ("بهرام صادقی که به مشهد سفر کرد و وزیر نیرو از او استقبال کرد، گفت: کار تا پایان سال تمام می‌شود.",
     ["بهرام صادقی"]),
])
def test_a_cue_with_no_subject_of_its_own_after_the_clause_keeps_the_first(every_nlp, text, speakers):
    """Negative: a cue right after «و» (the same subject goes on), an object before «را», a clause inside a noun
    clause («با بیان اینکه …») or a clause with a verb of its own before the cue give the next clause no subject."""
    quotes = every_nlp(text).quotes
    assert [q.speaker for q in quotes] == speakers
    assert all(RULE not in q.evidence for q in quotes)


def test_a_light_verbs_participle_closes_the_first_clause(every_nlp):
    """Golden (round 23): a light verb's participle with its auxiliary left out («… را جلب کرده و») closes a clause as
    a finite verb does; the next clause's subject says the words."""
    text = "طرح تازه شهرداری نظر وزیر نیرو را جلب کرده و بهرام صادقی روز سه‌شنبه گفت که سدها پر است."
    quotes = every_nlp(text).quotes
    assert [(q.content.text, q.speaker) for q in quotes] == [("سدها پر است.", "بهرام صادقی")]
    assert RULE in quotes[0].evidence


@pytest.mark.parametrize("text", [
    "بهرام صادقی به مشهد سفر کرده و گفت که سدها پر است.",
    "بهرام صادقی با وزیر نیرو دیدار کرده و در این دیدار گفته است که سدها پر است.",
])
def test_a_participle_with_no_subject_after_it_keeps_the_first(every_nlp, text):
    """Negative: after a participle and «و» with no subject of its own, the first clause's subject goes on."""
    quotes = every_nlp(text).quotes
    assert [q.speaker for q in quotes] == ["بهرام صادقی"]
    assert all(RULE not in q.evidence for q in quotes)
