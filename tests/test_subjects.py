"""The subject of a reporting clause is not the words that happen to open the sentence (issue 13, class 10).

Entities are given by hand (see ``tests.test_quotes.make_doc``); the examples are written for these tests.
Each rule has a golden case and a negative one.
"""

from __future__ import annotations

import pytest

from persianews.quotes.extract import extract_quotes

from .test_quotes import folded, make_doc, prepare, quotes_of  # noqa: F401  (prepare is a fixture)


def speakers(doc) -> list[str | None]:
    return [speaker for _, _, speaker, _ in quotes_of(doc)]


# ---------------------------------------------------------------- clause breaks inside the sentence

@pytest.mark.parametrize("text, speaker", [
    # «؛» ends a clause: the subject of the cue stands after it
    ("ایران دیگر هیچ نیروی دریایی ندارد؛ با این حال دموکرات‌ها می‌گویند ایران وضع بهتری دارد.", "دموکرات‌ها"),
    # a colon that opens a new clause (not a direct quote's)
    ("یک نکته مهم در داده‌ها هست: مدیران شرکت‌ها گفته‌اند فروش کم شده است.", "مدیران شرکت‌ها"),
    # a stop inside a quotation the segmenter kept whole
    ("پیامی رسید که «امروز با بانک تماس گرفتم و کسی جواب نداد. کارمندان بانک گفتند که سامانه قطع است».",
     "کارمندان بانک"),
])
def test_the_subject_stands_after_the_last_clause_break(prepare, text, speaker):
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


@pytest.mark.parametrize("text", [
    # a «؛» inside a quotation that closes before the cue is no break
    "وزیر نیرو با اشاره به شعار «ما می‌توانیم؛ همه با هم» گفت که کار ادامه دارد.",
    # a colon in a time is no break
    "ساعت 10:30 وزیر نیرو گفت که آب کافی است.",
])
def test_breaks_that_do_not_end_the_clause(prepare, text):
    assert speakers(make_doc(prepare, text, titles=["وزیر نیرو"])) == [folded("وزیر نیرو")]


# ---------------------------------------------------------------- times and shares before the subject

@pytest.mark.parametrize("text, speaker", [
    ("بیشتر از یک ماه است که کارشناسان انرژی هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("ماه‌هاست که کارشناسان انرژی هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("تنها چهار روز پس از حمله به بندر، رسانه‌های محلی از حمله‌ای دیگر خبر دادند.", "رسانه‌های محلی"),
    ("دو ماه پیش کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("حدود ۳۳٪ کسب‌وکارها گفته‌اند فروش کم شده است.", "کسب‌وکارها"),
    ("بیش از نیمی از کسب‌وکارها گفته‌اند فروش کم شده است.", "کسب‌وکارها"),
])
def test_a_time_or_a_share_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # the subject before a time stays the subject
    ("کارشناسان انرژی دو روز پس از سفر به چین، گفتند: قرارداد امضا شد.", "کارشناسان انرژی"),
    # a time word that is no frame («دو ماه پیش» without «است که») leaves the subject after it
    ("مدیر بانک که دو ماه است در این سمت است گفت: وام‌ها پرداخت می‌شود.", "مدیر بانک"),
])
def test_a_subject_before_a_time_is_kept(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a date opening the clause, spelled out, in digits, with «ماه» and a year, then «هم» or «بود که»
    ("بیست و دوم آبان هم کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("۱۴ ژانویه کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("مهرماه سال ۹۷، کارشناسان انرژی از کاهش ذخایر خبر دادند.", "کارشناسان انرژی"),
    ("نوزدهم فروردین ماه امسال بود که کارشناسان انرژی اعلام کردند: ذخایر کافی است.", "کارشناسان انرژی"),
])
def test_a_date_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a wire report's dateline: a place, then a date or an agency, then a long dash
    ("بیروت، ۱۲ مه، رویترز — یک منبع آگاه به رویترز گفت که مذاکرات از سر گرفته می‌شود.", "یک منبع آگاه"),
    ("پاریس، ۳ مارس — کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("تامپا، فلوریدا — کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
])
def test_a_dateline_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a clause of more than two words after the comma is no dateline: the subject before it stays
    ("مدیران، تا وقتی بازار برقرار بوده — گفتند که ذخایر کافی است.", "مدیران"),
    ("وزیر نفت، در جلسه دیروز مجلس — گفت که ذخایر کافی است.", "وزیر نفت"),
])
def test_words_like_a_dateline_stay(prepare, text, speaker):
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a month name alone is a name or a word too: it stays the subject
    ("بهمن گفت که به مدرسه نمی‌رود.", "بهمن"),
    # a word ending like an ordinal before a month name is no date («پیام مهر»)
    ("پیام مهر گفت که به مدرسه نمی‌رود.", "پیام مهر"),
])
def test_words_like_a_date_stay(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


# ---------------------------------------------------------------- a cue that closes a «که» clause

def test_a_cue_closing_a_that_clause_takes_the_subject_inside_it(prepare):
    doc = make_doc(prepare, "ظاهرا خبری که علی لاریجانی گفته بود درست از آب درآمد.", people=["علی لاریجانی"])
    assert speakers(doc) == [folded("علی لاریجانی")]


def test_a_relative_clause_closed_by_a_comma_leaves_the_subject_before_it(prepare):
    doc = make_doc(prepare, "وزیر نیرو، که علی لاریجانی او را منصوب کرده بود، گفت: آب کافی است.",
                   titles=["وزیر نیرو"], people=["علی لاریجانی"])
    assert speakers(doc) == [folded("وزیر نیرو")]


@pytest.mark.parametrize("text", [
    # the «؛» ends the noun clause of «با بیان اینکه», not the speaker's clause
    "وزیر نیرو با بیان اینکه مردم باید آب را مدیریت کنند؛ خطاب به مردم گفت: صرفه‌جویی کنید.",
    # a «؛» after a preposition opens a list
    "وزیر نیرو شمار سدهای کشور اعم از؛ سدهای بزرگ و کوچک را ۲۰۰ سد برشمرد و گفت: کار ادامه دارد.",
])
def test_breaks_inside_a_noun_clause_or_a_list_leave_the_subject(prepare, text):
    assert set(speakers(make_doc(prepare, text, titles=["وزیر نیرو"]))) == {folded("وزیر نیرو")}


# ---------------------------------------------------------------- a name, a comma, then its title

@pytest.mark.parametrize("text, speaker", [
    # the comma may carry a ZWNJ and no space, as copied posts have it
    ("سارا ولش،\u200cخبرنگار شبکه خبری آمریکا گزارش داد که جلسه به تعویق افتاد.", "سارا ولش"),
    ("کامران نیک، مدیرعامل یک شرکت نفتی گفت که تولید کاهش یافته است.", "کامران نیک"),
    # a profession after the comma (professions.txt), and an indefinite «یک» before the title
    ("گرتا لوندبرگ، اقتصاددان بانک مرکزی سوئد گفت که نرخ بهره کاهش می‌یابد.", "گرتا لوندبرگ"),
    ("اسونگ بریکمن، یک تحلیلگر بازار نفت در لندن گفت که عرضه کم می‌شود.", "اسونگ بریکمن"),
])
def test_a_name_before_its_title_is_the_speaker(prepare, text, speaker):
    doc = make_doc(prepare, text, post=True)
    assert speakers(doc) == [folded(speaker)]
    assert "subject:name-before-title" in extract_quotes(doc)[0].evidence


@pytest.mark.parametrize("text", [
    # the phrase after the comma is no title: the words stay as they are
    "کارشناسان بازار، بیشتر از همه نگران تورم، گفتند که قیمت‌ها بالا می‌رود.",
    # a name in guillemets: the resolver reads the name and its title together
    "«کامران نیک»، مدیرعامل یک شرکت نفتی گفت که تولید کاهش یافته است.",
    # a title before the comma is the speaker head already (a title, then the content)
    "مدیرعامل شرکت نفت، مدیر پالایشگاه را مسئول دانست و گفت که تولید کاهش یافته است.",
    # «یک» before a word that is no title or profession: a time, not an indefinite title
    "کارگران کارخانه، یک هفته پس از تعطیلی گفتند که حقوق پرداخت نشده است.",
])
def test_a_comma_before_no_title_keeps_the_words(prepare, text):
    doc = make_doc(prepare, text, post=True)
    assert all("subject:name-before-title" not in q.evidence for q in extract_quotes(doc))


@pytest.mark.parametrize("text, speaker", [
    # a discourse adverbial written joined or with a ZWNJ, then a comma
    ("درهمین راستا، فرماندار ساوه اعلام کرد که صدای انفجار مربوط به مانور است.", "فرماندار ساوه"),
    ("در\u200cهمین\u200cحال، شرکت گازرسانی نیز بر ادامه کار تأکید کرده است.", "شرکت گازرسانی"),
    # «حالا» (now) before a name and its title
    ("حالا کامران نیک، مدیرعامل یک شرکت نفتی گفت که تولید کاهش یافته است.", "کامران نیک"),
    # sentence adverbs of manner and time
    ("ظاهرا کامران نیک گفته بود که تولید کاهش یافته است.", "کامران نیک"),
    ("دیشب کامران نیک گفت که تولید کاهش یافته است.", "کامران نیک"),
    ("البته کارشناسان انرژی گفته‌اند که ذخایر کم است.", "کارشناسان انرژی"),
])
def test_a_discourse_adverbial_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a vague or relative time with no comma after it opens the clause, not the subject
    ("چندی پیش کامران نیک گفت که تولید کاهش یافته است.", "کامران نیک"),
    ("همزمان کارشناسان انرژی گفته‌اند که ذخایر کم است.", "کارشناسان انرژی"),
    ("روز گذشته کامران نیک گفت که تولید کاهش یافته است.", "کامران نیک"),
    ("هفته پیش کارشناسان انرژی گفتند که ذخایر کم است.", "کارشناسان انرژی"),
    ("صبح امروز کامران نیک اعلام کرد که تولید کاهش یافته است.", "کامران نیک"),
    ("روز دوشنبه کارشناسان انرژی گفتند که ذخایر کم است.", "کارشناسان انرژی"),
    ("دو هفته پیش بود که کارشناسان انرژی اعلام کردند که ذخایر کم است.", "کارشناسان انرژی"),
])
def test_a_time_adverbial_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # words that only start like a time stay the subject's
    ("روزنامه‌نگاران گفتند که تولید کاهش یافته است.", "روزنامه‌نگاران"),
    ("چندین کارشناس انرژی گفتند که ذخایر کم است.", "چندین کارشناس انرژی"),
    ("هم‌زمانی‌ها گفته‌اند که ذخایر کم است.", "هم‌زمانی‌ها"),
    # «همزمان با …» is an adverbial clause only up to its comma: with none, no word of it is skipped
    ("همزمان با سفر وزیر، کارشناسان انرژی گفتند که ذخایر کم است.", "کارشناسان انرژی"),
])
def test_words_like_a_time_adverbial_stay(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # «آن طور که X گفته، …» (as X said): the manner clause's «که» opens the subject, no entity after it
    ("همانطور که پزشکان خاطرنشان می‌کنند، شستن مرتب دست‌ها احتمال ابتلا را کم می‌کند.", "پزشکان"),
    ("آنطور که فروشنده به خبرنگار ما توضیح می‌دهد: «قیمت‌ها در این هفته بالا رفته است.»", "فروشنده"),
    ("همان‌طوری که اعضای شورای شهر گفته‌اند پرداخت‌ها به این خیریه شفاف نبوده است.", "اعضای شورای شهر"),
])
def test_a_manner_clause_before_the_subject_is_no_speaker(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # «گونه» and «طور» elsewhere stay words of the subject
    ("گونه‌شناسان دانشگاه گفتند که این گیاه نادر است.", "گونه‌شناسان دانشگاه"),
    ("طوری‌ها گفته‌اند که تولید کاهش یافته است.", "طوری‌ها"),
])
def test_words_like_a_manner_clause_stay(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [folded(speaker)]


@pytest.mark.parametrize("text, speaker", [
    # «حالا» after the cue is the content's, not a lead-in
    ("کامران نیک گفت حالا تولید کاهش یافته است.", "کامران نیک"),
    # a word that only starts like the adverbial («درهمینه» is no «در همین …»)
    ("مدیر درمان استان گفت که تخت‌ها پر است.", "مدیر درمان استان"),
    # a name that starts like an adverb («امروزی») keeps its letters
    ("امروزی‌ها گفته‌اند که تولید کاهش یافته است.", "امروزی‌ها"),
])
def test_words_like_a_discourse_adverbial_stay(prepare, text, speaker):
    assert speakers(make_doc(prepare, text, post=True)) == [folded(speaker)]


# ---------------------------------------------------------------- a part of a group speaks

@pytest.mark.parametrize("text, speaker", [
    ("دیروز در تماس با خبرنگاران، یکی از مقامات ارشد دولت توضیح داد که توافق نزدیک است.", "یکی از مقامات ارشد دولت"),
    # an organisation named inside the group is not the speaker
    ("برخی از نمایندگان مجلس گفتند که طرح به زودی بررسی می‌شود.", "برخی از نمایندگان مجلس"),
])
def test_a_partitive_subject_is_the_speaker(prepare, text, speaker):
    doc = make_doc(prepare, text, orgs=["مجلس"])
    assert speakers(doc) == [folded(speaker)]
    assert "speaker:words-partitive" in extract_quotes(doc)[0].evidence


@pytest.mark.parametrize("text, speaker", [
    # «از» after a word that is no partitive ends the subject as before
    ("کامران نیک از مردم خواست که آب را مدیریت کنند.", "کامران نیک"),
    # a partitive with no group after «از» is no partitive phrase
    ("بیشتر کارشناسان انرژی گفته‌اند که ذخایر کم است.", "بیشتر کارشناسان انرژی"),
])
def test_no_partitive(prepare, text, speaker):
    doc = make_doc(prepare, text)
    assert speakers(doc) == [folded(speaker)]
    assert all("speaker:words-partitive" not in q.evidence for q in extract_quotes(doc))


# ---------------------------------------------------------------- a lead-in's source is not the speaker

@pytest.mark.parametrize("text, speaker", [
    # the source named by «به نقل از», no «،» after it: the person after it speaks
    ("به نقل از روابط عمومی اداره ورزش استان گیلان کاوه رستمی اظهار کرد: مسابقات برگزار می‌شود.", "کاوه رستمی"),
    # an outlet, then a scene, then the person
    ("به گزارش پایگاه خبری شهر در این بازدید کاوه رستمی گفت: کار تمام شد.", "کاوه رستمی"),
    # «به نوشته» names a source as «به گزارش» does
    ("به نوشته پایگاه خبری شهر «کاوه رستمی» از مردم خواست تا در خانه بمانند.", "کاوه رستمی"),
])
def test_the_person_after_a_lead_in_source_speaks(prepare, text, speaker):
    doc = make_doc(prepare, text, people=["کاوه رستمی"],
                   orgs=["روابط عمومی اداره ورزش استان گیلان", "پایگاه خبری شهر"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == [speaker]
    assert "subject:entity-after-source" in quotes[0].evidence


@pytest.mark.parametrize("text, speaker", [
    # a person governed by a preposition is the source («به نقل از X») or an object («با X»): the outlet stays
    ("به گزارش پایگاه خبری شهر به نقل از کاوه رستمی اعلام کرد: مسابقات برگزار می‌شود.", "پایگاه خبری شهر"),
    # a person joined by «و» to the subject is not it
    ("به گزارش پایگاه خبری شهر با انتشار عکسی از خودش و کاوه رستمی نوشت: دیدار خوبی بود.", "پایگاه خبری شهر"),
])
def test_a_person_the_lead_in_governs_is_not_the_subject(prepare, text, speaker):
    doc = make_doc(prepare, text, people=["کاوه رستمی"], orgs=["پایگاه خبری شهر"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == [speaker]
    assert "subject:entity-after-source" not in quotes[0].evidence
