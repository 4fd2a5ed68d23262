"""«به گفته X …» with no comma after a source of words no entity covers: a name the document gives, a speaker
head with one adjective or an entity; and the according phrases «طبق ادعای», «بر اساس گفته‌های», «به گفته‌ی».
Each in both pipelines, with what must not be read as a source."""

from __future__ import annotations

import pytest

_NAMED = "علی جاجرمی، کارشناس حمل و نقل، گفت: سفرها باید کم شود.\n"


def according(doc) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker) of each according-to quote."""
    return [(q.content.text, q.cue.text if q.cue else "", q.speaker) for q in doc.quotes
            if q.evidence[0] == "cue:according-to"]


@pytest.mark.parametrize("text, content, cue, speaker", [
    (_NAMED + "به گفته جاجرمی مردم باید در خانه بمانند.", "مردم باید در خانه بمانند.", "به گفته", "علی جاجرمی"),
    ("به گفته مسئولان عراقی این مذاکرات هفته آینده برگزار می‌شود.", "این مذاکرات هفته آینده برگزار می‌شود.",
     "به گفته", "مسئولان عراقی"),
    ("طبق گفته مقامات وزارت بهداشت شرایط بیماری رو به بهبود است.", "شرایط بیماری رو به بهبود است.",
     "طبق گفته", "مقامات وزارت بهداشت"),
    ("طبق ادعای وزارت خارجه، سفیر به زودی بازمی‌گردد.", "سفیر به زودی بازمی‌گردد.", "طبق ادعای", "وزارت خارجه"),
    ("بر اساس گفته‌های وزیر نیرو، ذخایر سدها کافی است.", "ذخایر سدها کافی است.", "بر اساس گفته‌های", "وزیر نیرو"),
    ("به گفته‌ی وزیر نیرو، ذخایر سدها کافی است.", "ذخایر سدها کافی است.", "به گفته‌ی", "وزیر نیرو"),
])
def test_a_source_of_words_with_no_comma_and_new_according_phrases(every_nlp, text, content, cue, speaker):
    assert according(every_nlp(text)) == [(content, cue, speaker)]


@pytest.mark.parametrize("text", [
    "به گفته مسئولان این استان آتش مهار شده است.",  # a demonstrative right after the head is its own
    "به گفته دولت در حال رایزنی با متحدان است.",  # a head alone: where the source ends is unknown
    "به اعتقاد کارشناسان توجه به آموزش ضروری است.",  # a noun after the head: where the source ends is unknown
    _NAMED + "به باور جاجرمی و همکارانش راه حل دیگری وجود دارد.",  # «و» joins the source
    "وزیر با اشاره به گفته‌های رئیس مجلس، این طرح را مهم دانست.",  # «به گفته‌های» after «اشاره»: an object
])
def test_no_source_end_before_a_phrase_or_a_join(every_nlp, text):
    assert according(every_nlp(text)) == []


def test_a_relative_clause_after_the_source_is_not_the_content(every_nlp):
    found = according(every_nlp(_NAMED + "به گفته جاجرمی که سال‌ها در این حوزه کار کرده، راه حل دیگری وجود دارد."))
    assert found == [("راه حل دیگری وجود دارد.", "به گفته", "علی جاجرمی")]


@pytest.mark.parametrize("text", ["به گفته او", "به\u200cتعبیر او", "طبق اعلام او", "به نوشته وی",
                                  "وزیر نیرو گفت: ذخایر سدها کافی است.\nبه گفته او"])
def test_a_source_phrase_ending_the_text_reports_nothing(every_nlp, text):
    doc = every_nlp(text)  # the source phrase's end is the text's: no index past it
    assert according(doc) == []
    assert [q.content.text for q in doc.quotes if q.evidence[0] != "cue:according-to"] == (
        ["ذخایر سدها کافی است."] if "ذخایر" in text else [])


@pytest.mark.parametrize("text", [
    "به عقیده من شکست این جریان بیشتر به دلیل عملکرد خودشان بوده است، نه بحث‌های سیاسی.",
    "به اعتقاد من، ایران با پشتوانه مردم از این بحران عبور می‌کند.",
    "به باور ما برخی تیم‌ها به جای توجیه ناکامی باید به فکر رفع مشکلات خود باشند.",
    "به عقیده بنده عقل سلیم حکم می‌کند با گفت‌وگو عمل کنیم.",
])
def test_a_first_person_source_reports_no_one(every_nlp, text):
    """Negative: «به عقیده من …» is the speaker's own view inside his words (an interview's answer), no report
    with «من» or the words after it as its source."""
    assert according(every_nlp(text)) == []


def test_an_answer_keeps_its_statement_and_no_first_person_source(every_nlp):
    doc = every_nlp("رضا احمدی، نماینده پیشین مجلس، گفت: مشکل اصلی اقتصاد است.\n"
                    "به عقیده من شکست این جریان بیشتر به دلیل عملکرد خودشان بوده است، نه بحث‌های سیاسی.\n"
                    "به عقیده احمدی، مجلس آینده یکدست نخواهد بود.")
    assert according(doc) == [("مجلس آینده یکدست نخواهد بود.", "به عقیده", "رضا احمدی")]
    assert [(q.content.text, q.speaker) for q in doc.quotes if q.evidence[0] == "cue:direct-colon"] == [
        ("مشکل اصلی اقتصاد است.", "رضا احمدی")]
