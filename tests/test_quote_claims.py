"""Claims named by a noun of saying (issue 13, round 13): «ادعای X مبنی بر اینکه …» is X's reported statement
(``cue:indirect-claim``), kept beside the sentence's own quote; a noun with no named source is no one's. And a
weekday before the bare perfect «گفته» («روز پنجشنبه گفته …») does not read as a glued «به». Round 23: a noun of
speech before «درباره اینکه …», a source with a title in apposition, «انتقادات X مبنی بر اینکه …»."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as quotes


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


@pytest.mark.parametrize("text, expected", [
    ("فرمانده ارتش با اشاره به سخنان علی احمدی درباره اینکه دو کشور برای حمله تقسیم کار کرده‌اند، گفت: پاسخ می‌دهیم.",
     ("دو کشور برای حمله تقسیم کار کرده‌اند", "سخنان", "cue:indirect-claim", "علی احمدی")),
    ("شهردار در واکنش به اظهارات علی احمدی، مشاور رئیس جمهور مبنی بر اینکه همه معترضان آشوبگر نبوده‌اند، گفت: "
     "برخی اشتباه کردند.",
     ("همه معترضان آشوبگر نبوده‌اند", "اظهارات", "cue:indirect-claim", "علی احمدی")),
    ("وزیر بهداشت در مقابل انتقادات علی احمدی مبنی بر اینکه دولت در این بحران بد عمل کرده است، مخالفت کرد.",
     ("دولت در این بحران بد عمل کرده است", "انتقادات", "cue:indirect-claim", "علی احمدی")),
])
def test_a_speech_nouns_about_clause_and_a_source_in_apposition_are_the_sources_claim(every_nlp, text, expected):
    assert expected in quotes(every_nlp(text))


@pytest.mark.parametrize("text, kept", [
    # a question after «درباره اینکه» names a topic
    ("وزیر در پاسخ به سخنان علی احمدی درباره اینکه چرا قیمت‌ها بالا رفت، گفت: بازار آرام است.",
     ("بازار آرام است.", "گفت", "cue:direct-colon", "وزیر")),
    # «درباره اینکه» after a report, no noun of speech: its topic
    ("وزیر با اشاره به گزارش علی احمدی درباره اینکه بودجه کم است، گفت: بودجه کافی است.",
     ("بودجه کافی است.", "گفت", "cue:direct-colon", "وزیر")),
    # a comma that sets off no apposition: the phrase after it is the sentence's
    ("وزیر به اظهارات علی احمدی، دیروز در مجلس مبنی بر اینکه بودجه کم است، پاسخ داد: بودجه کافی است.",
     ("بودجه کافی است.", "پاسخ داد", "cue:direct-colon", "وزیر")),
])
def test_no_claim_after_a_question_a_report_topic_or_a_comma_without_apposition(every_nlp, text, kept):
    found = quotes(every_nlp(text))
    assert "cue:indirect-claim" not in [q[2] for q in found]
    assert kept in found
