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
    # an unnamed source's adjective in no «ی» closes the subject («صدای» is the object's)
    ("برخی منابع آگاه صدای انفجارها را مرتبط با رزمایش دریایی می‌دانند.",
     "صدای انفجارها را مرتبط با رزمایش دریایی", "برخی منابع آگاه"),
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


def test_a_source_adjective_after_the_object_s_first_word_stays_in_the_object(every_nlp):
    """Negative: the adjective is taken only right after the plural and its words in «ی»."""
    assert [(content, speaker) for content, speaker, _ in deem(every_nlp("کارشناسان این منبع آگاه را معتبر می‌دانند."))] \
        == [("این منبع آگاه را معتبر", "کارشناسان")]


@pytest.mark.parametrize("text, content, speaker", [
    # a connective closed by a comma opens the sentence: the comma before the subject is no apposition's
    ("از همین رو، برخی پژوهشگران، او را مسئول این خطا می‌دانند.", "او را مسئول این خطا", "برخی پژوهشگران"),
    # a lead-in of source closed by a comma
    ("بنا بر این گزارش، رانندگان تاکسی، طرح تازه را ناعادلانه می‌دانند.", "طرح تازه را ناعادلانه",
     "رانندگان تاکسی"),
    # a phrase a preposition opens, closed by the sentence's first comma
    ("پس از این نشست، کشاورزان منطقه، وی را مقصر کمبود آب می‌دانند.", "وی را مقصر کمبود آب", "کشاورزان منطقه"),
    # a vague time closed by a comma
    ("اواخر هفته گذشته، برخی کشاورزان، وی را مقصر کمبود آب می‌دانند.", "وی را مقصر کمبود آب", "برخی کشاورزان"),
])
def test_a_subject_after_the_opening_adverbial_ends_before_the_object(every_nlp, text, content, speaker):
    assert (content, speaker, "subject:before-object-after-adverbial") in deem(every_nlp(text))


@pytest.mark.parametrize("text", [
    # a name before the comma: the title after it is in apposition, the subject stands before the comma
    "حسن کریمی، مدیر این کارخانه، گزارش را نادرست دانست.",
    # a second comma before the subject: no opening adverbial alone
    "در این دیدار، که دو ساعت طول کشید، کارشناسان، طرح را ناقص می‌دانند.",
])
def test_no_end_before_the_object_after_a_comma_that_closes_no_opening_adverbial(every_nlp, text):
    assert not [q for q in deem(every_nlp(text)) if q[2] == "subject:before-object-after-adverbial"]


@pytest.mark.parametrize("text, content, speaker", [
    # a contrastive connective with no comma after it is a lead-in: the subject follows it
    ("با این وجود بازرگانان شهر، این تعرفه را زیان‌بار می‌دانند.", "این تعرفه را زیان‌بار", "بازرگانان شهر"),
    ("با این وجود مدیران مدارس، این بخشنامه را غیرقابل اجرا می‌دانند.", "این بخشنامه را غیرقابل اجرا",
     "مدیران مدارس"),
])
def test_a_connective_opening_the_sentence_is_no_subject(every_nlp, text, content, speaker):
    assert (content, speaker) in [(c, s) for c, s, _ in deem(every_nlp(text))]


@pytest.mark.parametrize("text, content, speaker", [
    # «با این همه» and «با وجود این» before a noun open a phrase of their own («despite these …»): it runs to the
    # comma and is no lead-in, so the words after the comma are the subject
    ("با این همه مشکلات، مدیران مدارس این بخشنامه را غیرقابل اجرا می‌دانند.", "این بخشنامه را غیرقابل اجرا",
     "مدیران مدارس"),
    ("با وجود این هشدارها، کارگران معدن این قرارداد را ناعادلانه می‌دانند.", "این قرارداد را ناعادلانه",
     "کارگران معدن"),
])
def test_a_connective_before_a_noun_is_no_lead_in(every_nlp, text, content, speaker):
    assert (content, speaker) in [(c, s) for c, s, _ in deem(every_nlp(text))]



@pytest.mark.parametrize("text, content, speaker", [
    # a title in apposition after the name, between commas, is the subject's, not the judgement's
    ("بهرام کاظمی، مدیرعامل باشگاه، این تصمیم را اشتباه دانست.", "این تصمیم را اشتباه", "بهرام کاظمی"),
    # a title before the name: the judgement starts after the name
    ("مدیرعامل باشگاه بهرام کاظمی این تصمیم را اشتباه دانست.", "این تصمیم را اشتباه", "بهرام کاظمی"),
])
def test_the_judgement_starts_after_the_subjects_apposition(every_nlp, text, content, speaker):
    assert [(q.content.text, q.speaker) for q in every_nlp(text).quotes
            if q.evidence[0] == "cue:indirect-deem"] == [(content, speaker)]


@pytest.mark.parametrize("text, content, speaker", [
    # an organisation inside the subject: the word after it opens the object
    ("گزارش بانک مرکزی نرخ بیکاری را حدود ۱۲ درصد اعلام کرد.", "نرخ بیکاری را حدود 12 درصد", "بانک مرکزی"),
    # a place ends the subject
    ("دولت ایتالیا دستورالعمل‌های تازه‌ای را ضروری دانست.", "دستورالعمل‌های تازه‌ای را ضروری", "دولت ایتالیا"),
    ("مردم استان گیلان سدسازی‌های اخیر را عامل خشکسالی می‌دانند.", "سدسازی‌های اخیر را عامل خشکسالی",
     "مردم استان گیلان"),
])
def test_a_subject_ends_after_a_name_inside_it(every_nlp, text, content, speaker):
    assert (content, speaker, "subject:before-object-after-name") in deem(every_nlp(text))


@pytest.mark.parametrize("first", [
    # «و» after the name: a coordination goes on, no end is sure
    "گزارش مشترک آلمان و فرانسه تحریم‌ها را ناکارآمد دانست.",
    "بیانیه وزارت خارجه آلمان و فرانسه تحریم‌ها را ناکارآمد دانست.",
    # the name is the phrase's last word: it is the object
    "روزنامه‌نگار سوئدی آندرس لیندبرگ را مقصر دانست.",
    # a past stem and «و» after «را»: the object is another clause's, no judgement
    "سیل شیراز پل‌های اغلب روستاها را از بین برد و استانداری اعلام کرد.",
])
def test_no_end_after_a_name_that_a_coordination_follows_or_the_object_is(every_nlp, first):
    found = deem(every_nlp(first + " دولت ایتالیا دستورالعمل‌های تازه‌ای را ضروری دانست."))
    assert found == [("دستورالعمل‌های تازه‌ای را ضروری", "دولت ایتالیا", "subject:before-object-after-name")]


@pytest.mark.parametrize("text, content, speaker", [
    # a preposition goes on the object's noun phrase: the subject phrase stopped inside the object
    ("مدیرکل هواشناسی استان فارس وضعیت جوی در روزهای آینده را پایدار عنوان کرد.",
     "وضعیت جوی در روزهای آینده را پایدار", "مدیرکل هواشناسی استان فارس"),
    # a demonstrative after a comma inside the phrase: the comma ends the subject
    ("در این میان مدیران بانک، علت این تصمیم را کمبود نقدینگی اعلام کرده‌اند.",
     "علت این تصمیم را کمبود نقدینگی", "مدیران بانک"),
])
def test_a_subject_that_stopped_inside_the_object_ends_before_it(every_nlp, text, content, speaker):
    assert (content, speaker, "subject:before-object-inside") in deem(every_nlp(text))


@pytest.mark.parametrize("text, content, speaker", [
    # a demonstrative with no comma before it opens the object: the subject phrase is whole
    ("منابع محلی این حمله را موفقیت‌آمیز توصیف کردند.", "این حمله را موفقیت‌آمیز", "منابع محلی"),
    # a bracket between the phrase and «را»: an aside, no plain words of one object
    ("کارشناسان اقتصادی (با استناد به آمار) این طرح را ناکارآمد می‌دانند.",
     "(با استناد به آمار) این طرح را ناکارآمد", "کارشناسان اقتصادی"),
])
def test_no_end_inside_the_object_without_a_sign(every_nlp, text, content, speaker):
    found = deem(every_nlp(text))
    assert [(c, s) for c, s, _ in found] == [(content, speaker)]
    assert not [q for q in found if q[2] == "subject:before-object-inside"]
