"""Cue families by grammar (issue 13, missed indirect quotes): the past progressive of every compound cue and simple
verb of saying («اعلام می‌کرد که …», «وعده می‌دادند …», «می‌نوشت: …»; a clause or a statement, not a frame before the
verb: «از … خبر می‌داد», «… را … عنوان می‌کردند»), and the present of a stance noun with «دارد» («اذعان/اصرار/اطمینان/
باور/یقین/انتظار/شکایت دارد که …»: indirect only, a «که» clause)."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as found


@pytest.mark.parametrize("text, content, cue, rule", [
    ("بهرام صادقی در آن سال‌ها اعلام می‌کرد که قیمت نان تا پایان سال ثابت می‌ماند.",
     "قیمت نان تا پایان سال ثابت می‌ماند.", "اعلام می‌کرد", "cue:indirect-that"),
    ("بهرام صادقی همیشه تأکید می‌کرد که کار در روستا از کار در شهر سخت‌تر است.",
     "کار در روستا از کار در شهر سخت‌تر است.", "تأکید می‌کرد", "cue:indirect-that"),
    ("بهرام صادقی هر هفته هشدار می‌داد که ذخایر آب سد رو به پایان است.",
     "ذخایر آب سد رو به پایان است.", "هشدار می‌داد", "cue:indirect-that"),
    ("بهرام صادقی در نامه‌هایش می‌نوشت که زندگی در روستا آرام‌تر از شهر است.",
     "زندگی در روستا آرام‌تر از شهر است.", "می‌نوشت", "cue:indirect-that"),
])
def test_the_past_progressive_of_a_cue_reports_its_clause(every_nlp, text, content, cue, rule):
    assert (content, cue, rule, "بهرام صادقی") in found(every_nlp(text))


def test_the_past_progressive_before_a_colon_opens_a_statement(every_nlp):
    text = "بهرام صادقی در آن روزها بارها تصریح می‌کرد: جاده روستا تا پایان تابستان آسفالت می‌شود."
    assert ("جاده روستا تا پایان تابستان آسفالت می‌شود.", "تصریح می‌کرد", "cue:direct-colon", "بهرام صادقی") \
        in found(every_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی سال‌ها در این کارخانه کار می‌کرد و از هیچ تلاشی دریغ نمی‌کرد.",
    "بهرام صادقی هر روز به کودکان روستا درس می‌داد و شب‌ها به خانه برمی‌گشت.",
    "بهرام صادقی در آن سال‌ها خاطراتش را در دفتری می‌نوشت.",
    "روزنامه‌های آن سال‌ها هر روز از افزایش قیمت نان در شهرهای کوچک خبر می‌دادند.",
    "بهرام صادقی این کارخانه را مهم‌ترین سرمایه روستا عنوان می‌کرد.",
])
def test_a_past_progressive_verb_that_no_cue_is_built_on_reports_nothing(every_nlp, text):
    assert found(every_nlp(text)) == []


@pytest.mark.parametrize("text, content, cue", [
    ("بهرام صادقی البته به این نکته اذعان دارد که نمی‌توان همه بدهی‌ها را یک‌جا پرداخت کرد.",
     "نمی‌توان همه بدهی‌ها را یک‌جا پرداخت کرد.", "اذعان دارد"),
    ("بهرام صادقی اصرار دارد که قطعی برق در تابستان تکرار نمی‌شود.",
     "قطعی برق در تابستان تکرار نمی‌شود.", "اصرار دارد"),
    ("بهرام صادقی اطمینان دارد که جاده روستا تا پایان سال آسفالت می‌شود.",
     "جاده روستا تا پایان سال آسفالت می‌شود.", "اطمینان دارد"),
    ("بهرام صادقی انتظار دارد که دولت بودجه پروژه را تا بهار بپردازد.",
     "دولت بودجه پروژه را تا بهار بپردازد.", "انتظار دارد"),
])
def test_a_stance_noun_with_darad_reports_its_that_clause(every_nlp, text, content, cue):
    assert (content, cue, "cue:indirect-that", "بهرام صادقی") in found(every_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی اطمینان دارد جاده روستا تا پایان سال آسفالت می‌شود و کار تمام است.",
    "بهرام صادقی به آینده این روستا باور دارد و هر سال به آنجا سفر می‌کند.",
    "مردم روستا از مسئولان انتظار دارند و این انتظار به جایی نرسیده است.",
])
def test_a_stance_noun_with_darad_reports_no_bare_clause(every_nlp, text):
    assert found(every_nlp(text)) == []
