"""Telegram layout (issue 13, class 7): signature trailers, headlines, and speaker lines of channel posts.

Golden cases are patterns from the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.readers import detect_format, read
from persianews.readers.telegram_post import parse_post
from persianews.readers.telegram_text import read_telegram_text

from .posts import post_quotes_with_evidence


@pytest.fixture(scope="module")
def nlp():
    return persianews.load()


def quotes(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """(speaker, cue, evidence) of each quote of the one post in ``text``."""
    (article,) = read_telegram_text(text, "posts.txt")
    return [(q.speaker, q.cue.text if q.cue else "", q.evidence) for q in nlp(article).quotes]


# ---------------------------------------------------------------- signature trailers (reader)

def test_signature_trailer_lines_stay_with_the_post_they_close():
    text = ("پرچم ایران در کربلا برافراشته شد\n🔸\nزائران بر حمایت خود تأکید کردند.\n@Farsna\n-\nLink\n"
            "🎥\nفیروزپور صاحب وزن ۹۲ کیلوگرم تیم ملی شد\n🔹\nفیروزپور عظیمی را شکست داد.\n@Farsna\n-\nLink\n")
    posts = list(read_telegram_text(text, "posts.txt"))
    assert len(posts) == 2
    assert posts[1].text.startswith("🎥\nفیروزپور")
    assert posts[1].metadata["headline"] == "فیروزپور صاحب وزن ۹۲ کیلوگرم تیم ملی شد"
    assert [p.metadata["channel"] for p in posts] == ["Farsna", "Farsna"]


def test_signature_with_its_trailer_on_one_line_ends_the_post():
    text = "عنوان اول\n🔹\nمتن اول خبر\n@Farsna | Link\nعنوان دوم\n🔹\nمتن دوم\n@VahidOnline\n"
    posts = list(read_telegram_text(text, "posts.txt"))
    assert [(p.metadata["channel"], p.metadata["headline"]) for p in posts] == [
        ("Farsna", "عنوان اول"), ("VahidOnline", "عنوان دوم")]


def test_words_after_a_signature_open_the_next_post():
    text = "خبر اول اینجاست.\n@Farsna\n- فهرست: این سطر خبر بعدی است\n@Farsna\n"
    posts = list(read_telegram_text(text, "posts.txt"))
    assert len(posts) == 2
    assert posts[1].text.startswith("- فهرست")


# ---------------------------------------------------------------- format detection (class 7h)

_BULLETLESS_COPY = ("ترامپ:\nمی‌توانم پاسخی بدهم و بعد نظرم را عوض کنم.\n@warnews\n"
                    "انفجار در پادگانی در نزدیکی اصفهان\nپیشتر اعلام شده بود امروز مهمات خنثی می‌شود.\n@warnews\n"
                    "وزیر ارتباطات گفته اینترنت به زودی وصل می‌شود.\n🔗\nᴡᴇʙꜱɪᴛᴇ\n@warnews\n")


def test_a_copy_without_bullets_is_read_as_telegram_posts_by_its_signatures():
    assert detect_format(_BULLETLESS_COPY) == "telegram-text"
    posts = list(read(text=_BULLETLESS_COPY))
    assert [p.provenance.format for p in posts] == ["telegram-text"] * 3
    assert [p.metadata["channel"] for p in posts] == ["warnews"] * 3
    assert posts[1].text.startswith("انفجار در پادگانی")


def test_handles_signing_posts_are_compared_without_case():
    text = "خبر اول درباره بازار امروز\n@Farsna\n-\nLink\nخبر دوم درباره هوا\n@farsna\n"
    assert detect_format(text) == "telegram-text"


@pytest.mark.parametrize("text", [
    # a news text with an @mention inside a sentence
    "سخنگوی دولت در حساب خود @gov_spokesman نوشت که جلسه فردا برگزار می‌شود.\nجلسه در تهران است.",
    # one handle on its own line (a contact line at the end of a news text)
    "شورای شهر بودجه را تصویب کرد.\nبرای خبرهای بیشتر:\n@city_news\n",
    # two different handles, each once: a list of accounts, not posts signed by a channel
    "حساب‌های رسمی وزارتخانه:\nتلگرام\n@ministry_tg\nاینستاگرام\n@ministry_insta\n",
    # the same handle twice with no text between: one signature line repeated
    "متن یک خبر کوتاه.\n@city_news\n@city_news\n",
])
def test_a_text_with_stray_handles_stays_plain(text):
    assert detect_format(text) == "text"


# ---------------------------------------------------------------- headlines

@pytest.mark.parametrize("text, headline", [
    # a title, then a label line ending in a colon (no bullet)
    ("آکسیوس: ترامپ درباره گزینه‌های حمله جلسه برگزار کرد\nترجمه ماشین:\nپرزیدنت ترامپ جلسه‌ای برگزار کرد.",
     "آکسیوس: ترامپ درباره گزینه‌های حمله جلسه برگزار کرد"),
    ("☄️\nترامپ: حمله امشب را لغو کردم\nپست ترامپ، ترجمه ماشین:\nحملات امشب را لغو کرده‌ام.",
     "ترامپ: حمله امشب را لغو کردم"),
    ("جاده‌های مشهد، میزبان هزاران زائر پیاده\nعکس:\nعلی محمدی", "جاده‌های مشهد، میزبان هزاران زائر پیاده"),
    # a title that asks, before a bullet
    ("سرمربی جدید پرسپولیس از ترکیه می‌آید؟\n🔹\nمذاکره با دو مربی آغاز شده است.", "سرمربی جدید پرسپولیس از ترکیه می‌آید؟"),
    # a title before a plain paragraph (no bullet, no emoji line)
    ("آتش‌سوزی انبار کالا در حاشیه شهر اهواز\nپیشتر آتش‌نشانی اعلام کرده بود که انبارهای این منطقه "
     "ایمنی لازم را ندارند و باید تخلیه شوند", "آتش‌سوزی انبار کالا در حاشیه شهر اهواز"),
    # «سلام» that greets no one in particular opens a title
    ("سلام بر محرم\n🔹\nعزاداری محرم در شهرهای کشور آغاز شد.", "سلام بر محرم"),
    # a verse line that does not rhyme with the next line's last word is a title
    ("سالگرد تأسیس کتابخانه ملی در تهران\n🔹\nمراسم سالگرد کتابخانه ملی امروز در تهران برگزار شد.",
     "سالگرد تأسیس کتابخانه ملی در تهران"),
])
def test_title_line_is_the_headline(text, headline):
    assert parse_post(text).headline == headline


@pytest.mark.parametrize("text", [
    # a sentence (ending in a full stop) before an emoji line is the first paragraph, not a title
    "🚨\nبنا بر گزارش سنتکام، دو سرباز آمریکایی کشته شدند.\n🚨\nیک سرباز دیگر مفقود شده است.",
    # a one-paragraph post before a footer of links
    "وزیر بهداشت به رئیس مرکز ملی فضای مجازی نامه نوشت /شرق\n🔗\nᴡᴇʙꜱɪᴛᴇ\n•\nᴠᴘɴʜᴜʙ",
    # a speaker line is no title
    "ترامپ:\n🔹\nما به ۷۰ درصد از اهداف ضربه زدیم.",
    # a plain line after the first line: the scraper may have broken a sentence there
    "تاکنون ۱۳ کشور اسلامی\nبه درخواست عربستان لبیک گفتن!",
    # a line ending in a colon with no label noun is not a title either (a label noun makes it the headline:
    # tests/test_telegram_label_lines.py)
    "وضعیت کنونی:\nعکس:\nخرم‌آباد صدای انفجار",
    # a line the scraper broke: the rest of the sentence is a short line
    "محققان ژاپنی آزمایش بالینی را برای داروی\nرویش دندان\nآغاز کرده‌اند که تا سال ۲۰۳۰ جایگزین ایمپلنت می‌شود.",
    # a broken line whose rest opens with a preposition, however long
    "تاکنون سیزده کشور منطقه\nبه درخواست عربستان برای تشکیل ائتلاف تازه پاسخ مثبت داده‌اند و نیروهای خود را "
    "به مرز اعزام کرده‌اند",
    # an exclamation before a paragraph is no title
    "وزیر گفته اینترنت در جنگ هم قطع نشد!\nکاربران اما از ماه‌ها قطعی و کندی و محدودیت دسترسی به سایت‌ها و "
    "پیام‌رسان‌ها خبر می‌دهند",
    # a reader's greeting before an emoji line
    "سلام یاشار جان خسته نباشی\n❤️\nامروز با دوستم اخبار را چک کردیم.",
    # two hemistichs of a poem, each before an emoji line
    "◾️\nالا ای بزرگان، بزرگ جهان رفت\n◾️\nسران را بگو، سرور سروران رفت\n🎥\nتصاویری از مراسم امروز در مصلی.",
])
def test_no_headline(text):
    assert parse_post(text).headline is None


# ---------------------------------------------------------------- speaker lines (class 7d)

def test_post_word_before_its_owner_leaves_the_owner_as_speaker(nlp):
    found = quotes(nlp, "پست ترامپ، ترجمه ماشین:\nزمان برای ایران به‌سرعت در حال سپری شدن است و بهتر است "
                        "هرچه زودتر اقدام کنند.\n@VahidOnline")
    assert [(s, c) for s, c, _ in found] == [("ترامپ", "")]
    assert found[0][2][0] == "cue:headline-medium"


@pytest.mark.parametrize("line, speaker", [
    ("پیام فارسی سرهنگ کامران نیک:", "کامران نیک"),   # a word qualifying the message, a rank
    ("پیام تصویری سرهنگ کامران نیک:", "کامران نیک"),
])
def test_words_between_a_post_word_and_its_owner_leave_the_owner_as_speaker(either_nlp, line, speaker):
    found = quotes(either_nlp, f"{line} از خانه‌های خود خارج نشوید و منتظر دستور بمانید.\n@some_channel")
    assert [(s, e[0]) for s, _, e in found] == [(speaker, "cue:headline-medium")]


@pytest.mark.parametrize("line", [
    "اعتراف تلخ کارشناس خبرگزاری رویترز:",   # a role word before an organisation: someone of it, not it
    "پیام مردم به سازمان ملل:",               # a function word before the entity: the entity is the addressee
    "پیام مردم به ترامپ:",                    # a function word before a person: the addressee, not the owner
])
def test_words_before_an_organisation_or_an_addressee_make_no_owner(either_nlp, line):
    """Negative: no owner, and no other quote of the line either (the expert is not named)."""
    assert quotes(either_nlp, f"{line} از خانه‌های خود خارج نشوید و منتظر دستور بمانید.\n@some_channel") == []


def test_post_word_without_a_named_owner_is_no_speaker(nlp):
    assert quotes(nlp, "پست امروز، ترجمه ماشین:\nزمان برای ایران به‌سرعت در حال سپری شدن است و بهتر است "
                       "هرچه زودتر اقدام کنند.\n@VahidOnline") == []


@pytest.mark.parametrize("text, expected", [
    # «خبر فوری:» is a label: the indirect quote inside names the speaker
    ("خبر فوری: نیروی دریایی سپاه می‌گوید یک کشتی را در تنگه هرمز با شلیک هشدار متوقف کرده است.\n@SBoxxx",
     [("نیروی دریایی سپاه", "می‌گوید")]),
    ("پیام‌های دریافتی:\nخرم‌آباد ساعت سه صدای انفجار شدید شنیده شد.\n@VahidOnline", []),
    # a line in Hebrew before a colon is no speaker
    ("ایران توییت زد\nהמסר היה ברור: אל תהיו רטוריים בכלל\n@withyashar", []),
])
def test_labels_and_foreign_lines_are_no_speakers(nlp, text, expected):
    assert [(s, c) for s, c, _ in quotes(nlp, text)] == expected


def test_an_outlet_before_a_colon_still_speaks(nlp):
    found = quotes(nlp, "سی‌ان‌ان: اسرائیل اطلاعاتی در اختیار آمریکا قرار داده است.\n@farahmand_alipour")
    assert [(s, c) for s, c, _ in found] == [("سی‌ان‌ان", "")]


# ---------------------------------------------------------------- a headline restating the body (class 7e)

def test_a_headline_quote_over_the_same_speakers_post_is_a_restatement(nlp):
    found = quotes(nlp, "☄️\nترامپ: حمله امشب را لغو کردم\nپست ترامپ، ترجمه ماشین:\nبا توجه به گفت‌وگوهای جاری با "
                        "طرف مقابل، حملات برنامه‌ریزی‌شده را به تعویق انداختم و منتظر پاسخ می‌مانم.\n@VahidOnline")
    assert [(s, c) for s, c, _ in found] == [("ترامپ", "")]
    assert found[0][2][0] == "cue:headline-medium"


_OVER_A_TITLE = ("🔴\nعراقچی: به وعده‌های طرف آمریکایی اعتمادی نیست\n🔹\n{body}: کشور ما زیر تجاوز قرار گرفته و "
                 "دیپلماسی هنوز شانسی دارد.\n@example_news")


def test_a_headline_quote_over_its_speakers_title_in_the_body_is_a_restatement(nlp):
    # the body's «وزیر امور خارجه» resolves to the headline's عراقچی: he is named and quoted there
    found = quotes(nlp, _OVER_A_TITLE.format(body="وزیر امور خارجه در نشستی خبری"))
    assert [(s, e[-1]) for s, _, e in found] == [("عراقچی", "speaker:title-after-name+title→holder")]


def test_a_headline_quote_over_a_pronoun_carried_over_stays(nlp):
    # «او» takes the headline's speaker: the body names no one, so the headline is the quote that does
    assert len(quotes(nlp, _OVER_A_TITLE.format(body="او در نشستی خبری گفت"))) == 2


@pytest.mark.parametrize("text", [
    # no headline section: the first line is the post's first statement, not a title over it
    "ترامپ گفت: حمله امشب را لغو کردم.\nترامپ افزود: منتظر پاسخ طرف مقابل برای توافق هستیم.\n@VahidOnline",
    # a headline over another speaker's statement in the body
    "☄️\nترامپ: حمله امشب را لغو کردم\n🔹\nنتانیاهو گفت: ما منتظر تصمیم واشنگتن برای ادامه عملیات هستیم.\n@VahidOnline",
])
def test_headline_quotes_that_restate_nothing_stay(nlp, text):
    assert len(quotes(nlp, text)) == 2


@pytest.mark.parametrize("body", [
    "آکسیوس گزارش داده آمریکا و ایران از طریق پاکستان همچنان پیام‌هایی را ردوبدل می‌کنند.",
    "به گفته آکسیوس، آمریکا و ایران از طریق پاکستان همچنان پیام‌هایی را ردوبدل می‌کنند.",
])
def test_a_speaker_line_the_next_line_reports_again_is_a_restatement(nlp, body):
    # no headline section: the first line sums up the report its speaker gives on the next line
    found = quotes(nlp, f"آکسیوس: پیام‌ها میان تهران و واشنگتن همچنان ردوبدل می‌شود.\n{body}\n@example_news")
    assert [s for s, _, _ in found] == ["آکسیوس"] and found[0][1] != ""


@pytest.mark.parametrize("text", [
    # the next line's report is another speaker's
    "آکسیوس: پیام‌ها میان تهران و واشنگتن همچنان ردوبدل می‌شود.\nرویترز گزارش داده مذاکرات متوقف شده است.\n@x_news",
    # the same speaker reports again further down, not on the next line
    "آکسیوس: پیام‌ها میان تهران و واشنگتن همچنان ردوبدل می‌شود.\nمذاکرات دو هفته است متوقف شده.\n"
    "آکسیوس گزارش داده قطر هم میانجی است.\n@x_news",
    # the next line adds to the statement of the first («افزوده», «اضافه کرد»): it sums nothing up
    "🚨\nبیانیه سنتکام: دو ناوشکن آمریکایی هنگام عبور از تنگه هدف حمله قرار گرفتند.\n"
    "سنتکام در پیام خود افزوده که به محل پرتاب پهپادها حمله کرده است.\n@x_news",
    "🚨\nآکسیوس: پیام‌ها میان تهران و واشنگتن همچنان ردوبدل می‌شود.\nآکسیوس اضافه کرد قطر هم میانجی است.\n@x_news",
])
def test_a_speaker_line_not_reported_again_on_the_next_line_stays(nlp, text):
    assert any(c == "" for _, c, _ in quotes(nlp, text))


_OPENING = "سعید حمدان، مشاور ارشد رئیس دولت قطر، می‌گوید که رفتارهای همسایه شمالی باعث کاهش اعتماد در منطقه شده است"
_ADDED = "رفتارهای همسایه شمالی باعث از بین رفتن اعتماد در منطقه شده است."
_OPENING_POST = _OPENING + "{stop}\nآقای حمدان همچنین تاکید کرد که " + _ADDED + "\n@example_news"


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_first_line_closed_by_a_full_stop_opens_the_body_and_restates_nothing(tagger):
    # no headline section, and the first line is a sentence: its report stays beside the body's like words
    nlp = persianews.load(entities={"tagger": tagger})
    (article,) = read_telegram_text(_OPENING_POST.format(stop="."), "posts.txt")
    found = [(q.speaker, q.content.text) for q in nlp(article).quotes]
    assert [content for _, content in found] == [_OPENING.split("که ", 1)[1] + ".", _ADDED]
    assert found[0][0] == "سعید حمدان"


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_first_line_with_no_full_stop_is_a_title_that_restates_the_body(tagger):
    nlp = persianews.load(entities={"tagger": tagger})
    (article,) = read_telegram_text(_OPENING_POST.format(stop=""), "posts.txt")
    assert [q.content.text for q in nlp(article).quotes] == [_ADDED]


_DIGEST = ("خبرهای امروز\n🔻\nعراقچی: به وعده‌های طرف آمریکایی اعتمادی نیست\n{body}\n"
           "🔻\nمدارس تهران فردا باز هستند و کلاس‌ها حضوری برگزار می‌شود.\n@example_news")


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_digests_sub_headline_over_its_speakers_report_is_a_restatement(tagger):
    nlp = persianews.load(entities={"tagger": tagger})
    found = quotes(nlp, _DIGEST.format(body="عباس عراقچی در نشستی خبری گفت کشورش به وعده‌های واشنگتن اعتماد ندارد."))
    assert [(s, c) for s, c, _ in found] == [("عباس عراقچی", "گفت")]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("body", [
    # the item's body quotes someone else
    "نتانیاهو در نشستی خبری گفت اسرائیل منتظر تصمیم واشنگتن است.",
    # the item's body quotes no one
    "این سخنان پس از دیدار دو هیئت در مسقط بیان شد.",
])
def test_a_digests_sub_headline_over_another_report_stays(tagger, body):
    nlp = persianews.load(entities={"tagger": tagger})
    assert ("عراقچی", "") in [(s, c) for s, c, _ in quotes(nlp, _DIGEST.format(body=body))]


# ---------------------------------------------------------------- a statement quoted inside a statement

@pytest.mark.parametrize("text, expected", [
    # a headline-style statement that reports what a named person said
    ("مقام اروپایی: مکرون به شولتس گفت که توافق تازه با ایران دور از دسترس است.\n@worldnews",
     [("مقام اروپایی", ""), ("مکرون", "گفت")]),
    # a direct quote that reports an organisation's statement
    ("وزیر خارجه سوئد گفت: «ناتو اعلام کرد که نیروهای بیشتری به منطقه می‌فرستد.»\n@worldnews",
     [("وزیر خارجه سوئد", "گفت"), ("ناتو", "اعلام کرد")]),
    # a speaker no entity covers, quoted by a reporter
    ("سخنگوی انجمن خلبانان:\nیک منبع بسیار موثق در فرودگاه به من گفت: اوضاع فرودگاه امروز آشفته است.\n@worldnews",
     [("سخنگوی انجمن خلبانان", ""), ("یک منبع بسیار موثق", "گفت")]),  # the phrase stops at «در»
    # a title beside a name inside a quoted post
    ("پست ترامپ، ترجمه ماشین:\nرئیس‌جمهور پوتین در دیدار اخیرمان به من گفت که به ایران سلاح نخواهد فروخت.\n"
     "@VahidOnline", [("ترامپ", ""), ("پوتین", "گفت")]),
    # a title that names its office whole (three words or more) under an outlet's speaker line
    ("ایسنا:\nمعاون امنیتی استاندار فارس گفت که دو نقطه در حاشیه شهر شیراز هدف قرار گرفت.\n@worldnews",
     [("ایسنا", ""), ("معاون امنیتی استاندار فارس", "گفت")]),
])
def test_a_named_speaker_quoted_inside_a_post_statement_is_a_quote_too(nlp, text, expected):
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == expected
    assert "quote:nested" in found[1][2] and "quote:nested" not in found[0][2]


@pytest.mark.parametrize("text", [
    # the speaker's own words: a pronoun or a dropped subject inside the quote
    "مقام اروپایی: من به همتایم گفتم که توافق تازه با ایران دور از دسترس است.\n@worldnews",
    "مقام اروپایی: ما به طرف مقابل گفتیم که توافق تازه با ایران دور از دسترس است.\n@worldnews",
    "مقام اروپایی: به همتایم گفتم که توافق تازه با ایران دور از دسترس است.\n@worldnews",
    # a bare title inside the quote would take the outer speaker's name
    "پست ترامپ، ترجمه ماشین:\nرئیس‌جمهور در دیدار اخیرمان به من گفت که سلاح نخواهد فروخت.\n@VahidOnline",
    "ایسنا:\nوزیر کشور گفت که دو نقطه در حاشیه شهر شیراز هدف قرار گرفت.\n@worldnews",   # two words: not whole
])
def test_the_speakers_own_words_inside_a_quote_stay_one_quote(nlp, text):
    assert len(quotes(nlp, text)) == 1


def test_a_quote_inside_a_quote_of_a_news_text_stays_part_of_it(nlp):
    from persianews.readers.plain_text import read_plain_text

    (article,) = read_plain_text("وزیر خارجه سوئد گفت: «ناتو اعلام کرد که نیروهای بیشتری به منطقه می‌فرستد.»",
                                 "news.txt")
    assert [q.speaker for q in nlp(article).quotes] == ["وزیر خارجه سوئد"]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_speaker_phrase_ending_in_punctuation_before_the_colon_is_no_crash(tagger):
    # a short name, then punctuation with no word before the colon («تقی پور ؛ :»): the rules see no name and
    # no quote; the tagger finds the name, a headline-style speaker before a colon (GUIDELINES.md)
    found = quotes(persianews.load(entities={"tagger": tagger}),
                   "تقی پور ؛: کابل‌های فیبر نوری جهان را می‌توان قطع کرد\n@SBoxxx")
    assert [(speaker, cue) for speaker, cue, _evidence in found] == ([("تقی پور", "")] if tagger else [])


# ---------------------------------------------------------------- a speaker line broken before its colon

@pytest.mark.parametrize("text, speaker", [
    ("🔹\nدونالد ترامپ\n:\nمن همان حسی را دارم که پنجاه سال پیش داشتم.\n@worldnews", "دونالد ترامپ"),
    ("نتانیاهو\n: مبارزه تمام نشده است و ما همچنان آماده‌ایم.\n@worldnews", "نتانیاهو"),
])
def test_a_speaker_line_broken_before_its_colon_is_one_attribution(nlp, text, speaker):
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == [(speaker, "")]
    assert "content:after-broken-speaker-line" in found[0][2]
    (article,) = read_telegram_text(text, "posts.txt")
    assert article.metadata["headline"] is None  # a speaker line is no title


@pytest.mark.parametrize("text", [
    # a label broken before its colon is still a label
    "📍\nآدرس\n: تهران، خیابان انقلاب، پلاک ۱۴ و ۱۵\n@worldnews",
    # a sentence that goes on over the line break is no speaker line
    "مگر معاون سپاه در همین تجمعات سخنرانی نکرد و نگفت\n: حملات آمریکا به ما واکنشی است!\n@worldnews",
])
def test_words_before_a_colon_on_the_next_line_that_are_no_speaker(nlp, text):
    assert quotes(nlp, text) == []


def test_a_bare_word_before_a_broken_colon_is_no_speaker(nlp):
    # the line before the colon ends a sentence begun on the line above it: only the inner report counts
    found = quotes(nlp, "رویترز در ادامه\nنوشته\n: رسانه‌های دولتی روز چهارشنبه از توقیف یک کشتی خبر دادند."
                        "\n@worldnews")
    assert [(s, c) for s, c, _ in found] == [("رسانه‌های دولتی", "خبر دادند")]


# ---------------------------------------------------------------- a role word that alone is a credit label

@pytest.mark.parametrize("text, speaker, evidence", [
    ("خبرنگار صداوسیما:\nهم‌اکنون کشتی‌های زیادی در تنگه هرمز در حال تردد هستند.\n@worldnews", "خبرنگار صداوسیما",
     "subject:role-word"),
    # «منابع» (sources) with words after it: unnamed sources, as «منبع» with words after it
    ("منابع عربی: صدای چند انفجار در شهر شنیده شد.\n@worldnews", "منابع عربی", "subject:role-word"),
    # the tagger finds the organisation «شبکه سه», which completes the title: an entity
    ("مجری شبکه سه: صد روز است که هر بار اسم بچه‌ها می‌آید ناراحت می‌شوم\n@worldnews", "مجری شبکه سه",
     "subject:entity"),
])
def test_a_role_word_with_words_after_it_is_a_speaker(nlp, text, speaker, evidence):
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == [(speaker, "")]
    assert evidence in found[0][2]


@pytest.mark.parametrize("text", [
    # the role word alone before the colon: a credit
    "📷\nمراسم عزاداری در مصلای شهر\nعکاس:\nعلی محمدی و رضا کریمی از تهران\n@worldnews",
    "خبرنگار: علی محمدی رضایی از دفتر تهران\n@worldnews",
    "منابع: آرشیو روزنامه نمونه و پژوهشکده مطالعات شهری\n@worldnews",
])
def test_a_role_word_alone_before_a_colon_is_a_credit_label(nlp, text):
    assert quotes(nlp, text) == []


# ---------------------------------------------------------------- a speaker line's statement runs to its line's end

_contents = post_quotes_with_evidence


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_speaker_lines_statement_runs_over_new_subjects_to_its_lines_end(tagger):
    text = ("سخنگوی ارتش سوئد: پدافند هوایی همه پهپادها را متوقف کرده است. "
            "ارتش سوئد اکنون پهپادهای دیگری را در شمال شناسایی کرده است.\n@worldnews")
    found = _contents(persianews.load(entities={"tagger": tagger}), text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", "پدافند هوایی همه پهپادها را متوقف کرده است. "
                                             "ارتش سوئد اکنون پهپادهای دیگری را در شمال شناسایی کرده است.")]
    assert "content:rest-of-speaker-line" in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("report, subject", [
    ("او هشدار داد که", "subject:pronoun"),
    ("این مقام افزود که", "subject:description"),
])
def test_a_speaker_lines_statement_stops_where_the_narrator_reports_the_speaker(tagger, report, subject):
    """«او»/«وی» or «این مقام …» and a verb of saying after the first sentence: the narrator's report, a quote of
    its own, not more of the statement (``content:rest-of-speaker-line`` stops there)."""
    text = f"سخنگوی ارتش سوئد: همه پهپادها را متوقف می‌کنیم. {report} پهپادهای دیگر هم هدف خواهند بود.\n@worldnews"
    found = _contents(persianews.load(entities={"tagger": tagger}), text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", "همه پهپادها را متوقف می‌کنیم."),
                                             ("سخنگوی ارتش سوئد", "پهپادهای دیگر هم هدف خواهند بود.")]
    assert "content:rest-of-speaker-line" not in found[0][2] and subject in found[1][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("rest", [
    "او فرمانده خوبی است و به او اعتماد داریم.",  # «او» with no verb of saying
    "او را دیدم و به او گفتم که آماده‌ایم.",  # the speaker's own «گفتم»
    "او پاسخ داد و اکنون دو طرف آتش‌بس را پذیرفته‌اند.",  # «و» after the verb: no report follows
])
def test_a_speaker_lines_statement_runs_over_a_pronoun_that_reports_nothing(tagger, rest):
    """A sentence opened by «او» that is no report of the speaker by the narrator stays in the statement."""
    text = f"سخنگوی ارتش سوئد: همه پهپادها را متوقف می‌کنیم. {rest}\n@worldnews"
    found = _contents(persianews.load(entities={"tagger": tagger}), text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", f"همه پهپادها را متوقف می‌کنیم. {rest}")]
    assert "content:rest-of-speaker-line" in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_speaker_lines_statement_runs_on_over_lines_until_the_speaker_is_named_or_another_colon(tagger):
    nlp = persianews.load(entities={"tagger": tagger})
    # the next line names the speaker again: the body's narration, not the statement
    text = "سخنگوی ارتش سوئد: همه پهپادها متوقف شدند.\nارتش اکنون پهپادهای دیگری را شناسایی کرده است.\n@worldnews"
    found = _contents(nlp, text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند.")]
    assert "content:rest-of-speaker-line" not in found[0][2]
    # a next line of the speaker's own words goes on with the statement (content:over-post-lines)
    text = "سخنگوی ارتش سوئد: همه پهپادها متوقف شدند.\nپهپادهای دیگری را هم شناسایی کرده‌ایم.\n@worldnews"
    found = _contents(nlp, text)
    assert [(s, c) for s, c, _ in found] == [
        ("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند.\nپهپادهای دیگری را هم شناسایی کرده‌ایم.")]
    assert "content:over-post-lines" in found[0][2]
    # a sentence with a colon of its own on the same line is another speaker line
    text = "سخنگوی ارتش سوئد: همه پهپادها متوقف شدند. سخنگوی ارتش نروژ: ما هم آماده‌ایم.\n@worldnews"
    assert ("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند.") in [(s, c) for s, c, _ in _contents(nlp, text)]


_LINES_AFTER_CASES = [
    # a speaker line alone on its line; the quote inside the statement stays a quote of its own (quote:nested)
    ("سخنگوی ارتش سوئد:\nهمه پهپادها متوقف شدند.\nارتش سوئد اکنون آماده است. مردم می‌گویند: «ما آرامیم.»\n@worldnews",
     [("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند.\nارتش سوئد اکنون آماده است. مردم می‌گویند: «ما آرامیم.»"),
      ("مردم", "«ما آرامیم.»")], "content:lines-after-speaker-line"),
    # a speaker line's statement broken off after a word, with a time's colon on the next line: a clock time's
    # colon makes no speaker line, so the line broken after «در» runs on there (round 22)
    ("سخنگوی ارتش سوئد: در\nساعت 6:15 بامداد امروز پهپادها متوقف شدند\n، و ارتش اکنون آماده است.\n@worldnews",
     [("سخنگوی ارتش سوئد", "در\nساعت 6:15 بامداد امروز پهپادها متوقف شدند\n، و ارتش اکنون آماده است.")],
     "content:over-broken-lines"),
    # a first line that ends in «؛» or «،»: its clause goes on over the next line (round 28)
    ("سخنگوی ارتش سوئد:\nمصرف سوخت امروز بالا نرفت؛\nذخایر هنوز برای دو ماه کافی است.\n@worldnews",
     [("سخنگوی ارتش سوئد", "مصرف سوخت امروز بالا نرفت؛\nذخایر هنوز برای دو ماه کافی است.")],
     "content:lines-after-speaker-line"),
    ("سخنگوی ارتش سوئد:\nمصرف سوخت امروز بالا نرفت،\nو ذخایر هنوز برای دو ماه کافی است.\n@worldnews",
     [("سخنگوی ارتش سوئد", "مصرف سوخت امروز بالا نرفت،\nو ذخایر هنوز برای دو ماه کافی است.")],
     "content:lines-after-speaker-line"),
]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("text, expected, code", _LINES_AFTER_CASES)
def test_a_speaker_lines_statement_runs_over_the_lines_after_it(tagger, text, expected, code):
    found = _contents(persianews.load(entities={"tagger": tagger}), text)
    assert [(s, c) for s, c, _ in found] == expected
    assert code in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_speaker_line_alone_speaks_no_more_than_its_cap(tagger):
    """Negative: 30 long lines after a speaker line: the statement stops before it passes the cap."""
    from persianews.quotes.headline_runs import _MAX_LINES_AFTER_CHARS

    nlp = persianews.load(entities={"tagger": tagger})
    line = "ارتش سوئد اکنون در همه مرزهای شمالی کشور آماده است و نیروهای تازه به منطقه می‌فرستد " * 2
    text = "سخنگوی ارتش سوئد:\nهمه پهپادها متوقف شدند.\n" + "\n".join([line.strip() + "."] * 30) + "\n@worldnews"
    found = _contents(nlp, text)
    assert found[0][0] == "سخنگوی ارتش سوئد" and "content:lines-after-speaker-line" in found[0][2]
    assert len("همه پهپادها متوقف شدند.") < len(found[0][1]) <= _MAX_LINES_AFTER_CHARS + len("همه پهپادها متوقف شدند.")


_STOPPING_LINES = ("🔹\nارتش سوئد اکنون آماده است.\n@worldnews", "خبرنگار:\nارتش سوئد اکنون آماده است؟\n@worldnews",
                   "CENTCOM\n@worldnews", "برای دیدن ویدیو عضو کانال ما شوید\n@worldnews",
                   "#فوری\nارتش نروژ هم آماده‌باش اعلام کرد.", "@کانال_خبری", "@worldnews خبر بیشتر", "؟ ؛ ،")
"""Lines a speaker line's statement does not run over: a bullet, another speaker line, a Latin line, a call to
join, a hashtag, a Persian handle, a handle with words, no letter."""


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("after", _STOPPING_LINES)
def test_a_speaker_line_alone_stops_before_a_line_that_is_not_its_statement(tagger, after):
    nlp = persianews.load(entities={"tagger": tagger})
    found = _contents(nlp, f"سخنگوی ارتش سوئد:\nهمه پهپادها متوقف شدند.\n{after}")
    assert found[0][:2] == ("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند.")
    assert "content:lines-after-speaker-line" not in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("after", ["🔹\nذخایر هنوز برای دو ماه کافی است.", "#سوئد"])
def test_a_first_line_ending_in_a_semicolon_stops_before_a_line_that_is_not_its_statement(tagger, after):
    """Negative: «؛» at the first line's end lets the statement go on only over a line of its own words."""
    nlp = persianews.load(entities={"tagger": tagger})
    found = _contents(nlp, f"سخنگوی ارتش سوئد:\nمصرف سوخت امروز بالا نرفت؛\n{after}\n@worldnews")
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", "مصرف سوخت امروز بالا نرفت")]
    assert "content:lines-after-speaker-line" not in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_speaker_lines_statement_runs_over_a_times_colon(tagger):
    nlp = persianews.load(entities={"tagger": tagger})
    statement = "همه پهپادها ساعت 10 متوقف شدند. جلسه ساعت 10:30 برگزار می‌شود و ارتش آماده است."
    found = _contents(nlp, f"سخنگوی ارتش سوئد: {statement}\n@worldnews")
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", statement)]
    assert "content:rest-of-speaker-line" in found[0][2]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_short_statement_before_a_bullet_or_a_full_line_before_the_next_stays_as_it_is(tagger):
    nlp = persianews.load(entities={"tagger": tagger})
    # a short statement over an emoji line is no broken line: too short for a quote
    assert _contents(nlp, "سخنگوی ارتش سوئد: شروع شد\n💥\nپهپادها در آسمان دیده شدند.\n@worldnews") == []
    # three words or more before the line's end: the next line is the body's, not the statement
    text = "سخنگوی ارتش سوئد: همه پهپادها متوقف شدند\nمردم ساعت 5:30 صدای انفجار شنیدند.\n@worldnews"
    found = _contents(nlp, text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش سوئد", "همه پهپادها متوقف شدند")]


def test_arabic_script_punctuation_and_digits_are_no_persian_letters():
    from persianews.quotes.context import PERSIAN_LETTER

    assert PERSIAN_LETTER.search("ارتش")
    assert not PERSIAN_LETTER.search("؟ ؛ ، ۱۴۰۲/۰۱/۰۱ ٣")


# ---------------------------------------------------------------- bulleted paragraphs in the first person (round 28)

_BULLETED_SPEAKER = "معاون فروش وزارت صنعت: اگر نقدینگی داشته باشیم اولویت ما تولید است."


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("bullet", ["🔹", "▪️", "• "])  # an emoji with its variation selector, a dot and a blank
def test_bulleted_paragraphs_in_the_first_person_go_on_with_the_speaker_lines_statement(tagger, bullet):
    nlp = persianews.load(entities={"tagger": tagger})
    text = (f"معاون وزیر: تولید در اولویت است\n🔹\n{_BULLETED_SPEAKER}\n{bullet}\n"
            f"باید جریمه‌ها را به خریداران بدهیم؛ با بانک‌ها مذاکره کرده‌ایم.\n{bullet}\n"
            "ما امسال پنج هزار خودرو بیشتر می‌سازیم.\n@worldnews")
    found = _contents(nlp, text)
    assert [(s, c) for s, c, _ in found] == [
        ("معاون فروش وزارت صنعت", "اگر نقدینگی داشته باشیم اولویت ما تولید است."),
        ("معاون فروش وزارت صنعت", "باید جریمه‌ها را به خریداران بدهیم؛ با بانک‌ها مذاکره کرده‌ایم."),
        ("معاون فروش وزارت صنعت", "ما امسال پنج هزار خودرو بیشتر می‌سازیم.")]
    assert ["content:bulleted-first-person" in evidence for _, _, evidence in found] == [False, True, True]


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
@pytest.mark.parametrize("after", [
    "این شرکت سال گذشته پنج هزار خودرو تولید کرد.",  # the narrator, in the third person
    "مدیر فروش: ما امسال پنج هزار خودرو بیشتر می‌سازیم.",  # a speaker line of its own
    "#خودرو ما امسال پنج هزار خودرو بیشتر می‌سازیم.",  # a hashtag opens it
])
@pytest.mark.parametrize("bullet", ["🔹", "▪️"])
def test_a_bulleted_paragraph_not_in_the_speakers_first_person_is_no_quote_of_the_speaker(tagger, after, bullet):
    """Negative: the speaker line's statement is still found; the paragraph under the bullet is not its own."""
    nlp = persianews.load(entities={"tagger": tagger})
    found = _contents(nlp, f"معاون وزیر: تولید در اولویت است\n🔹\n{_BULLETED_SPEAKER}\n{bullet}\n{after}\n@worldnews")
    assert ("معاون فروش وزارت صنعت", "اگر نقدینگی داشته باشیم اولویت ما تولید است.") in [(s, c) for s, c, _ in found]
    assert not any("content:bulleted-first-person" in evidence for _, _, evidence in found)


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_no_bulleted_paragraph_goes_on_from_a_posts_first_line(tagger):
    """Negative: under the post's title («X: …» on its first line) the body says the statement again."""
    nlp = persianews.load(entities={"tagger": tagger})
    found = _contents(nlp, "🎥\nمعاون فروش وزارت صنعت: تولید در اولویت ماست\n🔹\n"
                           "ما امسال پنج هزار خودرو بیشتر می‌سازیم و تولید را دو برابر می‌کنیم.\n@worldnews")
    assert [(s, c) for s, c, _ in found] == [("معاون فروش وزارت صنعت", "تولید در اولویت ماست")]
