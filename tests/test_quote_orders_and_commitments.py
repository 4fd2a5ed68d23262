"""Indirect quotes the cue lexicon and the request rule missed (issue 13, class 1): orders and requests with no «از»
addressee («به X دستور داد تا …», «خواسته است تا …»: ``cue:indirect-order``), commitments («متعهد شد که»),
accusations and likenings («X را به Y متهم کرد»), the past progressive «می‌گفت», the nouns «ذکر/طرح» of a
participial clause and the participle «گفته» before «؛»; and «سخن می‌گفت، …», a compound verb, reports no clause."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as found


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("بهرام صادقی به مدیران استان دستور داد تا همه پروژه‌های نیمه‌تمام را تا پایان سال تحویل دهند.",
     "همه پروژه‌های نیمه‌تمام را تا پایان سال تحویل دهند.", "دستور داد", "بهرام صادقی"),
    ("بهرام صادقی به فرماندار شهر مأموریت داد تا با همکاری شهرداری جاده را بازگشایی کند.",
     "با همکاری شهرداری جاده را بازگشایی کند.", "مأموریت داد", "بهرام صادقی"),
    ("شهرداری تهران در اطلاعیه‌ای خواسته است تا شهروندان در روزهای برفی از خودروی شخصی استفاده نکنند.",
     "شهروندان در روزهای برفی از خودروی شخصی استفاده نکنند.", "خواسته است", "شهرداری تهران"),
])
def test_an_order_or_a_request_with_no_addressee_reports_its_clause(either_nlp, text, content, cue, speaker):
    assert (content, cue, "cue:indirect-order", speaker) in found(either_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی خواست تا زمانی که جاده باز نشده در روستا بماند.",
    "بهرام صادقی به مدیران استان دستور داد.",
    "بهرام صادقی به فرماندار شهر مأموریت داد و به تهران بازگشت.",
    "بهرام صادقی خواست به خانه برود.",
])
def test_no_order_without_its_opening_ta(either_nlp, text):
    assert [q for q in found(either_nlp(text)) if q[2] == "cue:indirect-order"] == []


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("بهرام صادقی به مدیران استان دستور داد همه پروژه‌های نیمه‌تمام را تا پایان سال تحویل دهند.",
     "همه پروژه‌های نیمه‌تمام را تا پایان سال تحویل دهند.", "دستور داد", "بهرام صادقی"),
    ("رئیس جمهوری شیلی دستور داده بود پلیس در روزهای تعطیل از بزرگراه‌های شهر محافظت کند.",
     "پلیس در روزهای تعطیل از بزرگراه‌های شهر محافظت کند.", "دستور داده بود", "رئیس جمهوری شیلی"),
])
def test_an_order_reports_the_bare_clause_after_it(either_nlp, text, content, cue, speaker):
    """«دستور داد» and a bare clause, as a verb of saying reports one (``cue:indirect-order``)."""
    assert (content, cue, "cue:indirect-order", speaker) in found(either_nlp(text))


def test_an_order_before_ta_or_a_passive_reports_no_bare_clause(either_nlp):
    """The order's «تا …» stays the request rule's (the «تا» out of the content); a passive «دستور داده شود» orders
    nothing."""
    text = ("بهرام صادقی به مدیران استان دستور داد تا همه پروژه‌ها را تا پایان سال تحویل دهند. به همه کارمندان "
            "دستور داده شود کارت ورود خود را همراه داشته باشند.")
    assert found(either_nlp(text)) == [("همه پروژه‌ها را تا پایان سال تحویل دهند.", "دستور داد", "cue:indirect-order",
                                        "بهرام صادقی")]


def test_an_order_with_ke_stays_a_that_clause(either_nlp):
    text = "بهرام صادقی به مدیران استان دستور داد که همه پروژه‌ها را تا پایان سال تحویل دهند."
    assert found(either_nlp(text)) == [("همه پروژه‌ها را تا پایان سال تحویل دهند.", "دستور داد", "cue:indirect-that",
                                        "بهرام صادقی")]


@pytest.mark.parametrize("text, content, cue", [
    ("بهرام صادقی متعهد شد که جاده روستا تا پایان سال آسفالت شود.", "جاده روستا تا پایان سال آسفالت شود.", "متعهد شد"),
    ("بهرام صادقی متعهد شده که کارخانه را تا بهار بازگشایی کند.", "کارخانه را تا بهار بازگشایی کند.", "متعهد شده"),
])
def test_a_commitment_reports_its_that_clause(either_nlp, text, content, cue):
    assert (content, cue, "cue:indirect-that", "بهرام صادقی") in found(either_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی متعهد شد و رفت.",
    "بهرام صادقی به این پیمان متعهد شده است.",
])
def test_a_commitment_with_no_clause_reports_nothing(either_nlp, text):
    """Negative: no quote of these words; a statement on the next line is still found, its own alone."""
    assert found(either_nlp(f"{text}\nوزیر نیرو گفت: سدها پر است.")) == [
        ("سدها پر است.", "گفت", "cue:direct-colon", "وزیر نیرو")]


@pytest.mark.parametrize("text, content, cue", [
    ("بهرام صادقی وزیر نفت را به پنهان‌کاری در مذاکرات متهم کرد.", "وزیر نفت را به پنهان‌کاری در مذاکرات",
     "متهم کرد"),
    ("بهرام صادقی اقتصاد کشور را به کشتی بی‌ناخدا تشبیه کرد.", "اقتصاد کشور را به کشتی بی‌ناخدا", "تشبیه کرد"),
])
def test_an_accusation_or_a_likening_is_a_deem_quote(either_nlp, text, content, cue):
    assert [(q[0], q[1], q[2]) for q in found(either_nlp(text))] == [(content, cue, "cue:indirect-deem")]


@pytest.mark.parametrize("text", [
    "بهرام صادقی در دادگاه به سرقت متهم شد.",
    "این دو بازیکن را نمی‌توان به یکدیگر تشبیه کرد.",
])
def test_an_accused_subject_or_an_impersonal_likening_is_no_quote(either_nlp, text):
    assert found(either_nlp(text)) == []


def test_the_past_progressive_reports_its_clause(either_nlp):
    text = "بهرام صادقی همیشه می‌گفت که کار در روستا از کار در شهر سخت‌تر است."
    assert ("کار در روستا از کار در شهر سخت‌تر است.", "می‌گفت", "cue:indirect-that", "بهرام صادقی") \
        in found(either_nlp(text))


def test_the_past_progressive_of_a_compound_speak_reports_nothing(either_nlp):
    assert found(either_nlp("بهرام صادقی ساعتی با کارگران کارخانه سخن می‌گفت.")) == []


@pytest.mark.parametrize("text, content, cue", [
    ("بهرام صادقی با ذکر این مطلب که بودجه امسال کافی نیست، خواستار افزایش آن شد.", "بودجه امسال کافی نیست", "ذکر"),
    ("بهرام صادقی با طرح این ادعا که سد روستا ترک برداشته، خواستار بازرسی شد.", "سد روستا ترک برداشته", "طرح"),
])
def test_the_nouns_zekr_and_tarh_open_a_participial_clause(either_nlp, text, content, cue):
    assert (content, cue, "cue:indirect-noun-clause", "بهرام صادقی") in found(either_nlp(text))


@pytest.mark.parametrize("text", [
    "طرح این موضوع در مجلس به هفته آینده موکول شد.",
    "بهرام صادقی با طرح جدید شهرداری مخالفت کرد.",
])
def test_the_noun_tarh_alone_opens_no_clause(either_nlp, text):
    assert found(either_nlp(text)) == []


def test_the_participle_gofte_before_a_semicolon_reports(either_nlp):
    text = "بهرام صادقی در ادامه گفته؛ دولت باید رفتار خود را با کشاورزان تغییر دهد."
    assert [(q[0], q[1], q[3]) for q in found(either_nlp(text))] == [
        ("دولت باید رفتار خود را با کشاورزان تغییر دهد.", "گفته", "بهرام صادقی")]


def test_the_noun_gofte_before_a_semicolon_reports_nothing(either_nlp):
    assert found(either_nlp("این گفته؛ بحث‌های زیادی را در شهر برانگیخت.")) == []


@pytest.mark.parametrize("text", [
    "نمایندگان نباید با دولت با این لحن سخن می‌گفتند، چراکه دولت از مجلس جدید دعوت به همکاری داشت.",
    "بهرام صادقی با خبرنگاران سخن گفت، خبرنگاران از وضعیت جاده‌ها و قیمت سوخت پرسیدند.",
    "بهرام صادقی به قهرمان کشتی تبریک گفت، مراسم با سرود ملی به پایان رسید و مهمانان رفتند.",
])
def test_a_compound_of_gofte_opens_no_clause_after_its_comma(either_nlp, text):
    assert found(either_nlp(text)) == []


def test_a_verb_of_saying_and_a_comma_still_report(either_nlp):
    text = "بهرام صادقی به خبرنگاران گفت، این طرح تا پایان سال اجرا می‌شود."
    assert found(either_nlp(text)) == [("این طرح تا پایان سال اجرا می‌شود.", "گفت", "cue:indirect-comma", "بهرام صادقی")]
