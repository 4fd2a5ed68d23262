"""Claims named by a noun of saying (issue 13, round 13): «ادعای X مبنی بر اینکه …» is X's reported statement
(``cue:indirect-claim``), kept beside the sentence's own quote; a noun with no named source is no one's. And a
weekday before the bare perfect «گفته» («روز پنجشنبه گفته …») does not read as a glued «به»."""

from __future__ import annotations

import pytest


def quotes(doc) -> list[tuple[str, str, str, str | None]]:
    """(content, cue, construction rule, speaker) of each quote."""
    return [(q.content.text, q.cue.text if q.cue else "", q.evidence[0], q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    ("وزیر ورزش به اظهارات اخیر علی احمدی مبنی بر اینکه وزارتخانه دنبال مهندسی انتخابات است، واکنش نشان داد.",
     ("وزارتخانه دنبال مهندسی انتخابات است", "اظهارات", "cue:indirect-claim", "علی احمدی")),
    # the claim of a country: its «را» after the clause's verb ends it
    ("روسیه ادعاهای آمریکا مبنی بر اینکه ایران قطعنامه را نقض کرده است را رد کرد.",
     ("ایران قطعنامه را نقض کرده است", "ادعاهای", "cue:indirect-claim", "آمریکا")),
    # a noun phrase after «مبنی بر», up to the comma
    ("پس از یک سال از وعده علی احمدی وزیر راه مبنی بر ساخت ۴۰۰ هزار واحد مسکونی در کشور، امروز طرح آغاز شد.",
     ("ساخت 400 هزار واحد مسکونی در کشور", "وعده", "cue:indirect-claim", "علی احمدی")),
])
def test_a_claim_named_by_a_noun_is_its_sources_quote(every_nlp, text, expected):
    assert expected in quotes(every_nlp(text))


def test_a_claim_inside_the_sentences_own_quote_keeps_both_and_is_no_antecedent(every_nlp):
    found = quotes(every_nlp("مهدی کریمی سفیر روسیه دیروز سخنرانی کرد. او اتهامات آمریکا مبنی بر اینکه پرتاب ماهواره "
                       "نقض قطعنامه بوده را گمراه‌کننده توصیف کرد."))
    assert ("پرتاب ماهواره نقض قطعنامه بوده", "اتهامات", "cue:indirect-claim", "آمریکا") in found
    assert [q[3] for q in found if q[2] == "cue:indirect-deem"] == ["مهدی کریمی"]


@pytest.mark.parametrize("text", [
    "در واکنش به شایعات مطرح‌شده مبنی بر مشاهده یک مورد مشکوک در کشور گفت: این شایعات صحت ندارد.",
    "وی در پاسخ به سوالی مبنی بر اینکه آیا مذاکرات ادامه دارد، گفت: بله.",
    "هیچ مدرکی مبنی بر اینکه این دارو موثر است وجود ندارد.",
    "مدیر عامل شرکت گزارش داد که قراردادی مبنی بر فروش سهام امضا شده است.",
])
def test_a_noun_with_no_named_source_before_mabni_bar_is_no_claim(every_nlp, text):
    assert "cue:indirect-claim" not in [q[2] for q in quotes(every_nlp(text))]


def test_a_weekday_before_the_bare_perfect_is_no_glued_preposition(every_nlp):
    assert quotes(every_nlp("سخنگوی دولت روز پنجشنبه گفته دولت در حال رایزنی با متحدان است.")) == [
        ("دولت در حال رایزنی با متحدان است.", "گفته", "cue:indirect-bare-perfect", "سخنگوی دولت")]
    assert quotes(every_nlp("سخنگوی دولت بهگفته دولت در حال رایزنی با متحدان است.")) == []
