"""Opening times and connectives before a clause's subject (issue 13, round 18): «دو روز پیش نیز X گفت», «در چند
روز گذشته X …», «روز ۲۵ فوریه X …», «ضمن اینکه X …», «در این بین X …» — lead-ins, the subject follows them. Round 19:
sentence adverbs and focus words («مثلا X …», «حتی X …», «برای مثال X …»), a time of the past («همان موقع X …», «در آن
زمان X …», «اواسط هفته جاری نیز X …»), also after a concessive «اگرچه».

The examples are written for these tests; both pipelines and both readers (:func:`every_nlp`)."""

from __future__ import annotations

import pytest

from .quote_rows import speakers_and_contents


@pytest.mark.parametrize("text, speaker", [
    # a time, then the additive «نیز» / «هم»
    ("دو روز پیش نیز یک منبع آگاه از دیدار دو هیئت خبر داد.", "یک منبع آگاه"),
    ("هفته گذشته هم کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("روز دوشنبه نیز کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # «در» and a counted time, «در همان …»
    ("در چند روز گذشته کارشناسان انرژی بارها هشدار داده‌اند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("در همان هفته کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a date after «روز», a date with its year
    ("روز ۲۵ فوریه کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("۱۲ آبان ۱۳۹۸، کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    # connectives: «ضمن اینکه» (besides), «در این بین»
    ("ضمن اینکه برخی کارشناسان معتقدند که ذخایر کافی است.", "برخی کارشناسان"),
    ("در این بین برخی کارشناسان هشدار می‌دهند که ذخایر کم می‌شود.", "برخی کارشناسان"),
    # sentence adverbs and focus words (round 19)
    ("مثلا کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("حتی کارشناسان انرژی هشدار دادند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("برای مثال کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("نهایتا کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a time of the past, after a concessive or not (round 19)
    ("همان موقع کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("در آن زمان کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("اواسط هفته جاری نیز کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("مصرف برق بالا رفت. اگر چه همان موقع کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
])
def test_an_opening_time_or_connective_is_no_speaker(every_nlp, text, speaker):
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name == speaker for name, _ in found), found


@pytest.mark.parametrize("text, speaker", [
    # «ضمن اینکه» after the subject: a clause of the subject's own, the subject before it speaks
    ("کارشناسان انرژی ضمن اینکه از دولت انتقاد کردند، گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a time with «نیز» after the subject: the subject opens the clause and stays
    ("کارشناسان انرژی دو روز پیش نیز گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a focus word after the subject: the subject stays (round 19)
    ("کارشناسان انرژی حتی هشدار دادند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
])
def test_the_subject_before_or_without_a_lead_in_stays(every_nlp, text, speaker):
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name == speaker for name, _ in found), found


@pytest.mark.parametrize("text", [
    # a focus word or a sentence adverb before a clause with no subject is no speaker of its own
    "مصرف برق بالا رفت. حتی گفتند که ذخایر کافی است.",
    "مصرف برق بالا رفت. مثلا گفتند که ذخایر کافی است.",
])
def test_an_adverb_is_no_speaker(every_nlp, text):
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name not in ("حتی", "مثلا") for name, _ in found), found
