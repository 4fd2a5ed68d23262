"""Professions among the role words that hold offices too (a lawyer, a judge, a host, a coach): titles beside a
name, no official; a head coach (سرمربی) stays one."""

from __future__ import annotations

import pytest

from .test_officials import officials, pairs


@pytest.mark.parametrize("text, title", [
    ("بهرام نوری، وکیل دادگستری، گفت: پرونده هنوز باز است.", "وکیل دادگستری"),
    ("سارا کاظمی مجری برنامه شب‌های روشن گفت: برنامه ادامه دارد.", "مجری برنامه شب‌های روشن"),
    ("حسن مقدم مربی سابق باشگاه پرسپولیس گفت: تیم آماده است.", "مربی سابق باشگاه پرسپولیس"),
])
def test_a_profession_makes_no_official(every_nlp, text, title):
    doc = every_nlp(text)
    assert not doc.officials
    assert title in {e.text for e in doc.entities if e.label == "TITLE"}  # the title is still found


def test_a_head_coach_is_still_an_official(every_nlp):
    doc = every_nlp("حسن مقدم سرمربی باشگاه پرسپولیس گفت: تیم آماده است.")
    assert pairs(("حسن مقدم", "سرمربی باشگاه پرسپولیس")) <= officials(doc)
