"""«به گفته X؛ …»: a «؛» that closes a short source with no verb opens the report as a «،» does (a source of words
no entity covers too); a «؛» after a clause with a verb («به زعم بسیاری … بود؛ …») opens none. Each in both
pipelines, the negatives with what is still found beside them."""

from __future__ import annotations

import pytest


def according(doc) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker mention) of each according-to quote."""
    return [(q.content.text, q.cue.text if q.cue else "", q.speaker_mention.text if q.speaker_mention else None)
            for q in doc.quotes if q.evidence[0] == "cue:according-to"]


@pytest.mark.parametrize("text, content, mention", [
    ("به گفته کشاورزان؛ در سرمای اسفند امسال به باغ‌های پسته استان یزد آسیب رسید.",
     "در سرمای اسفند امسال به باغ‌های پسته استان یزد آسیب رسید.", "کشاورزان"),
    ("به گفته وی؛ گروه‌های امداد نیز به منطقه اعزام شده‌اند.", "گروه‌های امداد نیز به منطقه اعزام شده‌اند.", "وی"),
    ("به گفته رئیس دانشگاه؛ از ابتدای امسال 9 رشته تازه به این دانشگاه افزوده شده است.",
     "از ابتدای امسال 9 رشته تازه به این دانشگاه افزوده شده است.", "رئیس دانشگاه"),
])
def test_a_semicolon_closes_a_short_source(every_nlp, text, content, mention):
    assert according(every_nlp(text)) == [(content, "به گفته", mention)]


def test_a_semicolon_after_a_clause_opens_no_report(every_nlp):
    doc = every_nlp("این سخنان به زعم بسیاری توهینی آشکار بود؛ سخنانی که واکنش‌های فراوانی در پی داشت.\n"
                    "به گفته شهردار، خیابان‌های مرکز شهر فردا بسته است.")
    assert according(doc) == [("خیابان‌های مرکز شهر فردا بسته است.", "به گفته", "شهردار")]


def test_a_semicolon_after_a_verb_opens_no_report(every_nlp):
    doc = every_nlp("این حرف به گفته افتاد؛ ثابت کردنش اما کار ساده‌ای نیست.\n"
                    "به گفته وی، بازسازی پل دو ماه طول می‌کشد.")
    assert according(doc) == [("بازسازی پل دو ماه طول می‌کشد.", "به گفته", "وی")]


def test_a_semicolon_after_a_copula_clause_stays_in_the_report(every_nlp):
    """Negative: «است» ends a clause as a verb does; the report opens after the source, the clause kept in it."""
    doc = every_nlp("به گفته وی شرایط جاده خطرناک است؛ رانندگان باید از زنجیر چرخ استفاده کنند.")
    assert according(doc) == [("شرایط جاده خطرناک است؛ رانندگان باید از زنجیر چرخ استفاده کنند.", "به گفته", "وی")]
