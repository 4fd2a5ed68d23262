"""Confirmations as reports (rule ``cue:indirect-object``, issue 13): «X را تأیید کرد» reports what the object names
(a fact, an event, a «خبر»); not an object that is an anaphor alone, the indefinite «چیزی», nor the words of another
agreed with. Both pipelines."""

from __future__ import annotations

import pytest

from persianews.quotes.cues import fold_form, lexicon

RULE = "cue:indirect-object"
KEPT = "سخنگوی وزارت نیرو کشته شدن دو کارگر در حادثه سد را تأیید کرد."


@pytest.mark.parametrize("text, speaker, content", [
    (KEPT, "سخنگوی وزارت نیرو", "کشته شدن دو کارگر در حادثه سد"),
    ("سخنگوی وزارت نیرو خبر قطع برق در برخی شهرهای استان را تایید کرد.",
     "سخنگوی وزارت نیرو", "خبر قطع برق در برخی شهرهای استان"),
    ("ارتش عمان حمله به دو پایگاه دریایی این کشور را تایید کرده است.",  # a demonstrative closing a longer object
     "ارتش عمان", "حمله به دو پایگاه دریایی این کشور"),
])
def test_a_confirmed_fact_is_the_subjects_report(every_nlp, text, speaker, content):
    assert [(q.speaker, q.content.text, q.evidence[0]) for q in every_nlp(text).quotes] == [(speaker, content, RULE)]


@pytest.mark.parametrize("text", [
    "مدیر روابط عمومی بانک ملت آن را تایید کرد.",  # a pronoun: what was confirmed stands elsewhere
    "دو مقام اروپایی این موضوع را تأیید کردند.",  # a demonstrative and a noun
    "شورای شهر همه این طرح‌ها را تأیید کرد.",  # after a quantifier
    "سخنگوی وزارت نیرو چیزی را تأیید کرد که همه می‌دانستند.",  # the indefinite «چیزی»
    "مهدی کرمانی، سخنگوی شورا، نیز صحبت‌های شهردار را تایید می‌کند.",  # another's words agreed with
])
def test_no_confirmation_without_what_was_confirmed(every_nlp, text):
    # a confirmed fact after it in the same text: the rule is live there and fires on that sentence alone
    quotes = every_nlp(text + "\n" + KEPT).quotes
    assert [(q.speaker, q.content.text) for q in quotes if RULE in q.evidence] == [
        ("سخنگوی وزارت نیرو", "کشته شدن دو کارگر در حادثه سد")]


def test_the_confirm_pattern_tags_the_object_forms_of_confirming_only():
    """The lexicon's ``confirm`` rows are the object forms of «تأیید کرد» (the past progressive is no object cue);
    no other object cue carries it, so «… را خواستار شد» is not read as a confirmation."""
    forms = lexicon().forms
    confirm = {key for key, (patterns, _kind) in forms.items() if "confirm" in patterns}
    objects = {key for key, (patterns, _kind) in forms.items() if "object" in patterns}
    assert {fold_form("تأیید کرد"), fold_form("تایید کرده است"), fold_form("تأیید می‌کنند")} <= confirm <= objects
    assert fold_form("تأیید می‌کرد") not in confirm
    assert not {key for key in objects - confirm if key.startswith(fold_form("تایید"))}
    assert fold_form("خواستار شد") in objects - confirm


def test_another_object_cue_keeps_an_anaphor_object(every_nlp):
    # «خواستار شد» is no confirmation: its object is reported whatever it is, beside a confirmation dropped
    doc = every_nlp("نماینده مردم تبریز این موضوع را خواستار شد.\nدو مقام اروپایی این موضوع را تأیید کردند.")
    assert [(q.speaker, q.content.text) for q in doc.quotes if RULE in q.evidence] == [
        ("نماینده مردم تبریز", "این موضوع")]
