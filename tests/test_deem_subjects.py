"""The subject of «X OBJECT را Y دانست» when the subject phrase runs up to «را» (rule ``subject:before-object``):
it ends before the object, so the judgement is a quote of its own; both pipelines, both readers."""

from __future__ import annotations

import pytest


def deem(doc) -> list[tuple[str, str | None, str]]:
    """(content, speaker, subject rule) of each deem quote."""
    return [(q.content.text, q.speaker, q.evidence[1]) for q in doc.quotes if q.evidence[0] == "cue:indirect-deem"]


@pytest.mark.parametrize("text, content, speaker", [
    # a plural verb: the subject is the plural noun that opens the clause and its words in «ی»
    ("کارشناسان اقتصادی موارد مختلفی را دلیل گرانی مسکن می‌دانند.", "موارد مختلفی را دلیل گرانی مسکن",
     "کارشناسان اقتصادی"),
    # a comma ends the subject
    ("برخی از رانندگان، طرح جدید را محدودیت تازه‌ای می‌دانند.", "طرح جدید را محدودیت تازه‌ای", "برخی از رانندگان"),
    # a pronoun before «را» is the whole object
    ("برخی مسئولان او را مقصر این بحران می‌دانند.", "او را مقصر این بحران", "برخی مسئولان"),
])
def test_a_subject_that_took_the_object_in_ends_before_it(every_nlp, text, content, speaker):
    assert (content, speaker, "subject:before-object") in deem(every_nlp(text))


@pytest.mark.parametrize("text", [
    # a singular verb, no comma, no entity, no pronoun: no end is sure, no quote
    "رئیس این اداره گزارش را نادرست دانست.",
    # the plural noun is the object's, beyond the subject's first three words: no end
    "مدیر کل دفتر فنی استان همه پیشنهادها را مفید می‌دانند.",
    # a pronoun after a noun with no speaker before it is a possessor («جرم او»), not the object
    "جرم او را همکاری با گروه‌های مسلح اعلام کرده‌اند.",
    # a plural that is no speaker head opens the object, not the subject
    "نظام‌ها و مکاتب قدیمی را ناکارآمد می‌دانند.",
    # a plural in «‌های» takes a complement: where the subject ends is not sure
    "رسانه‌های دولتی کشور همسایه این طرح را پرهزینه می‌دانند.",
    # «می‌داند» is singular: the plural inside a title is no subject of its own
    "رئیس اتحادیه مشاوران املاک عامل گرانی را دلالان می‌داند.",
])
def test_no_end_before_the_object_without_a_sign(every_nlp, text):
    assert not [q for q in deem(every_nlp(text)) if q[2] == "subject:before-object"]
