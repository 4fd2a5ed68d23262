"""The subject of a cue that closes a complement «که» clause (round 14, the speaker finder's table): after a finite
verb the main clause is complete, and the clause the «که» opens has a subject of its own.

Examples written for these tests; both pipelines.
"""

from __future__ import annotations

import pytest


def _speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    """(speaker, subject rule) of each quote found in ``text``."""
    return [(q.speaker, next(e for e in q.evidence if e.startswith("subject:"))) for q in nlp(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("این آمار پس از آن منتشر شد که وزارت بهداشت از ده بیمار جدید خبر داد.", "وزارت بهداشت"),
    ("این ادعاها در حالی است که پیش‌تر سخنگوی ارتش اعلام کرد که هیچ موشکی شلیک نشده است.", "سخنگوی ارتش"),
    ("این حمله ساعتی پس از آن صورت گرفت که وزیر دفاع اعلام کرد که آتش‌بس برقرار است.", "وزیر دفاع"),
])
def test_the_subject_of_a_complement_clause_speaks(either_nlp, text, speaker):
    assert (speaker, "subject:in-complement") in _speakers(either_nlp, text)


@pytest.mark.parametrize("text, speaker, rule", [
    # a relative clause on a noun (no verb before «که»): the main subject speaks
    ("وزیر نیرو که دیروز به سد کرج سفر کرده بود گفت که آب کافی نیست.", "وزیر نیرو", "subject:entity"),
    # the «که» clause has no subject of its own: the main clause's subject goes on
    ("سخنگوی دولت تنها مقامی بود که از مصاحبه خودداری و تأکید کرد که طرح ادامه دارد.", "سخنگوی دولت",
     "subject:entity"),
])
def test_a_complement_clause_without_a_subject_keeps_the_main_one(either_nlp, text, speaker, rule):
    assert all(rule != "subject:in-complement" for _speaker, rule in _speakers(either_nlp, text))
    assert (speaker, rule) in _speakers(either_nlp, text)


def test_a_noun_clause_before_the_that_keeps_the_subject(either_nlp):
    text = "وزیر کشور با بیان اینکه این بیماری مسئله‌ای پیچیده است که کشورها را درگیر کرده است افزود: همه باید کمک کنند."
    assert ("وزیر کشور", "subject:entity") in _speakers(either_nlp, text)


@pytest.mark.parametrize("text, speaker", [
    # a cue coordinated with the main verb after «و»: the main subject speaks both
    ("وزیر نیرو پیشنهاد کرد که مردم در مصرف آب صرفه‌جویی کنند و افزود: ذخایر سدها کم است.", "وزیر نیرو"),
    # a relative clause on a predicate noun («… عضوی بود که»), even with a subject of its own after «که»
    ("وزیر نیرو تنها عضوی بود که مردم از سفرش به استان خبر دادند.", "وزیر نیرو"),
])
def test_a_coordinated_cue_or_a_predicate_relative_keeps_the_main_subject(either_nlp, text, speaker):
    found = _speakers(either_nlp, text)
    assert all(rule != "subject:in-complement" for _speaker, rule in found)
    assert (speaker, "subject:entity") in found


@pytest.mark.parametrize("text", [
    "این آمار پس از آن منتشر شد که، دیروز، وزارت بهداشت از ده بیمار جدید خبر داد.",  # «،» after «که»
    "این آمار پس از آن منتشر شد که «وزارت بهداشت» از ده بیمار جدید خبر داد.",  # a guillemet after «که»
])
def test_a_comma_or_a_guillemet_after_that_is_no_complement_subject(either_nlp, text):
    assert all(rule != "subject:in-complement" for _speaker, rule in _speakers(either_nlp, text))
