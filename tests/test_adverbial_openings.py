"""A reported clause that opens with a preposition of its own adverbial (rule ``cue:indirect-adverbial-opening``,
issue 13): «تاکید کردند، به رغم …», «اعلام کرد تا پایان …», «گفت برای …»; not the verb's addressee, a source phrase,
a phrase of purpose after an object, nor the addressee of a nested verb of saying. Both pipelines, news and posts."""

from __future__ import annotations

import pytest

RULE = "cue:indirect-adverbial-opening"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("نمایندگان کارگران تاکید کردند، به رغم مشکلات مالی کارخانه را تعطیل نخواهند کرد.",
     "نمایندگان کارگران", "تاکید کردند", "به رغم مشکلات مالی کارخانه را تعطیل نخواهند کرد."),
    ("سخنگوی شهرداری اعلام کرد تا پایان هفته خیابان‌های مرکزی بازگشایی می‌شود.",
     "سخنگوی شهرداری", "اعلام کرد", "تا پایان هفته خیابان‌های مرکزی بازگشایی می‌شود."),
    ("بهرام کاظمی گفت برای کاهش مصرف آب باید تعرفه‌ها اصلاح شود.",
     "بهرام کاظمی", "گفت", "برای کاهش مصرف آب باید تعرفه‌ها اصلاح شود."),
])
def test_a_reported_clause_may_open_with_its_own_adverbial(every_nlp, text, speaker, cue, content):
    assert [(q.speaker, q.cue.text, q.content.text, q.evidence[0]) for q in every_nlp(text).quotes] == [
        (speaker, cue, content, RULE)]


@pytest.mark.parametrize("text", [
    "وزیر نیرو گفت به خبرنگاران که تعرفه‌ها اصلاح می‌شود.",  # the verb's addressee, then «که»
    "مدیر باشگاه نام این بازیکن را به فهرست اضافه کرد تا تیم کامل شود.",  # purpose after an object
])
def test_no_adverbial_opening_for_the_verbs_own_phrase(every_nlp, text):
    assert not [q for q in every_nlp(text).quotes
                if q.content.text.startswith(("به", "تا")) or "cue:indirect-adverbial-opening" in q.evidence]


@pytest.mark.parametrize("text, speaker, content", [
    ("وزیر نیرو گفت به خبرنگاران که تعرفه‌ها اصلاح می‌شود.", "وزیر نیرو", "تعرفه‌ها اصلاح می‌شود."),
    ("سخنگوی دولت اعلام کرد به خبرنگاران خارجی که نشست هفته آینده برگزار می‌شود.",
     "سخنگوی دولت", "نشست هفته آینده برگزار می‌شود."),
    ("وزیر نیرو گفت به او که تعرفه‌ها اصلاح می‌شود.", "وزیر نیرو", "تعرفه‌ها اصلاح می‌شود."),
    # a modifier that opens with a light verb's stem is no verb («کرد» of «کردستان»)
    ("وزیر نیرو گفت به مردم کردستان که تعرفه‌ها اصلاح می‌شود.", "وزیر نیرو", "تعرفه‌ها اصلاح می‌شود."),
])
def test_the_clause_after_the_verbs_addressee_is_its_report(every_nlp, text, speaker, content):
    quotes = every_nlp(text).quotes
    assert [(q.speaker, q.content.text, q.evidence[0]) for q in quotes] == [
        (speaker, content, "cue:indirect-addressee-that")]


_ADDRESSEE_CLAUSE = "وزیر نیرو گفت به خبرنگاران که تعرفه‌ها اصلاح می‌شود."


@pytest.mark.parametrize("text", [
    "مدیر باشگاه گفت به شرطی قرارداد تمدید می‌شود که بازیکن رضایت بدهد.",  # a conjunction, no hearer
    "رسانه محلی اعلام کرد به تصاویری دست یافته که لحظه انفجار را نشان می‌دهد.",  # no hearer: a verb before «که»
    "مربی تیم گفت به او قول دادم که در ترکیب اصلی بازی می‌کند.",  # the «که» is the nested verb's
    "وزیر نیرو گفت به خبرنگارانی که در محل بودند تعرفه‌ها اصلاح می‌شود.",  # a relative clause on the hearer
])
def test_no_addressee_clause_without_a_hearer_right_before_that(every_nlp, text):
    # the rule's own case after it in the same text: the rule is live there and fires on it alone
    quotes = every_nlp(text + "\n" + _ADDRESSEE_CLAUSE).quotes
    assert [(q.speaker, q.content.text) for q in quotes if "cue:indirect-addressee-that" in q.evidence] == [
        ("وزیر نیرو", "تعرفه‌ها اصلاح می‌شود.")]


@pytest.mark.parametrize("text, cue, content, rule", [
    ("مدیر بانک اظهار کرد، به گفته کارشناسان، نرخ سود کاهش می‌یابد.",
     "به گفته", "نرخ سود کاهش می‌یابد.", "cue:according-to"),  # a source phrase: the source's report
    ("بهرام کاظمی گفت به معاونش گفته بود جلسه هفته آینده لغو می‌شود.",
     "گفته بود", "جلسه هفته آینده لغو می‌شود.", "cue:indirect-stance"),  # the addressee of a nested verb
])
def test_the_inner_report_stays_when_the_preposition_belongs_to_it(every_nlp, text, cue, content, rule):
    assert [(q.cue.text, q.content.text, q.evidence[0]) for q in every_nlp(text).quotes] == [(cue, content, rule)]
