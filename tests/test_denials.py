"""Denials as reports (rule ``cue:indirect-denial``, issue 13): «X را تکذیب کرد/انکار کرد/رد کرد» — the object is the
claim the subject denied; not an anaphor alone, and «رد کرد» only on a claim, an event or «هرگونه …» (not a proposal
or a bill rejected). Both pipelines, news and posts."""

from __future__ import annotations

import pytest

RULE = "cue:indirect-denial"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("سخنگوی وزارت نیرو قطع برق واحدهای تولیدی را تکذیب کرد.",
     "سخنگوی وزارت نیرو", "تکذیب کرد", "قطع برق واحدهای تولیدی"),
    ("سخنگوی شهرداری گزارش‌ها درباره تعطیلی پارک‌های شهر را رد کرد.",
     "سخنگوی شهرداری", "رد کرد", "گزارش‌ها درباره تعطیلی پارک‌های شهر"),
    ("سخنگوی شرکت ملی نفت بسته شدن پالایشگاه جنوبی را رد کرد.",
     "سخنگوی شرکت ملی نفت", "رد کرد", "بسته شدن پالایشگاه جنوبی"),
    ("بهرام کاظمی، مدیرعامل باشگاه، دریافت پول از اسپانسر را انکار کرد.",
     "بهرام کاظمی", "انکار کرد", "دریافت پول از اسپانسر"),  # the title in apposition is the subject's
])
def test_a_denied_claim_is_the_subjects_report(every_nlp, text, speaker, cue, content):
    assert [(q.speaker, q.cue.text, q.content.text, q.evidence[0]) for q in every_nlp(text).quotes] == [
        (speaker, cue, content, RULE)]


@pytest.mark.parametrize("text", [
    "نمایندگان مجلس کلیات لایحه بودجه را رد کردند.",  # a bill rejected, no claim
    "هیئت مدیره باشگاه درخواست انتقال بازیکن را رد کرد.",  # a request rejected
    "مدیر روابط عمومی بانک مرکزی آن را رد کرد.",  # a pronoun: the claim stands elsewhere
    "سخنگوی وزارت نیرو این خبر را تکذیب کرد.",  # a demonstrative and a noun
    "بهرام کاظمی واقعیت را انکار کرده است.",  # one word that names no claim
])
def test_no_denial_without_a_claim(every_nlp, text):
    # a denial of a claim after it in the same text: the rule is live there and fires on that sentence alone
    quotes = every_nlp(text + "\nسخنگوی وزارت نیرو قطع برق واحدهای تولیدی را تکذیب کرد.").quotes
    assert [(q.speaker, q.content.text) for q in quotes if RULE in q.evidence] == [
        ("سخنگوی وزارت نیرو", "قطع برق واحدهای تولیدی")]


def test_a_denial_verb_in_a_later_sentence_does_not_end_the_statement(every_nlp):
    # «رد کردند» in the speaker's next sentence rejects someone: no new attribution, the statement runs on
    text = "نماینده مجلس گفت: برخی نامزدها نباید تأیید می‌شدند. بعضی مواقع هم کسی را به خاطر یک نامه رد کردند."
    assert [(q.speaker, q.content.text) for q in every_nlp(text).quotes] == [
        ("نماینده مجلس", "برخی نامزدها نباید تأیید می‌شدند. بعضی مواقع هم کسی را به خاطر یک نامه رد کردند.")]
