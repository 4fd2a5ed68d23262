"""Telegram posts as a scraper copies them (issue 13, class 7): invisible lines, links and statements
broken over lines.

Golden cases are patterns seen in the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.telegram_post import parse_post

from .posts import post_quotes_with_evidence


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


quotes = post_quotes_with_evidence


# ---------------------------------------------------------------- invisible lines (reader)

@pytest.mark.parametrize("blank", ["\u200c", "\u200c \u200c \u200c", "\u200f", "\ufeff", "\u200e\u200c"])
def test_a_line_of_invisible_marks_is_blank(blank):
    text = f"🔴\nتعطیلی مدارس استان بوشهر تا پایان هفته\n{blank}\n🔹\nاستاندار: مدارس تا شنبه تعطیل است."
    assert parse_post(text).headline == "تعطیلی مدارس استان بوشهر تا پایان هفته"


@pytest.mark.parametrize("credit", ["عکس: مریم احمدی", "عکس:\u200c", "ویدیوی دریافتی: ساعت ده شب دوشنبه",
                                    "تصاویر دریافتی: «حوالی میدان اصلی»"])
def test_a_title_before_a_credit_line_is_the_headline(credit):
    text = f"📷\nجشنواره گل و گیاه در باغ ملی شیراز\n{credit}\nعلی رضایی"
    assert parse_post(text).headline == "جشنواره گل و گیاه در باغ ملی شیراز"


@pytest.mark.parametrize("text", [
    # a sentence before a credit line is no title
    "📷\nجشنواره گل و گیاه امروز در باغ ملی شیراز برگزار شد.\nعکس: مریم احمدی",
    # a speaker line with a statement is no credit (a statement of three words or more under the title opens the
    # body as a paragraph does: test_telegram_signed_lines)
    "جشنواره گل و گیاه در شیراز\nمدیر باغ ملی: ادامه دارد",
])
def test_no_headline_before_a_line_that_is_no_credit(text):
    assert parse_post(text).headline is None


def test_an_invisible_line_before_a_lone_sentence_makes_no_headline():
    # the invisible line was the "headline" before; a lone line after it is no title
    assert parse_post("\u200c\n🔴\nسخنگوی دولت: جلسه هیئت دولت فردا برگزار می‌شود.").headline is None


def test_a_line_with_a_visible_character_after_a_zwnj_is_no_blank():
    text = "\u200cتعطیلی مدارس استان بوشهر\n🔹\nمدارس تا شنبه تعطیل است."
    assert parse_post(text).headline == "تعطیلی مدارس استان بوشهر"


# ---------------------------------------------------------------- links are no speakers

@pytest.mark.parametrize("link", ["https://example.org/fa/story/12345", "http://t.me/example_news/881"])
def test_the_scheme_of_a_link_is_no_speaker(nlp, link):
    text = f"گزارش کامل این ماجرا را اینجا بخوانید\n{link}\n@example_news"
    assert quotes(nlp, text) == []


def test_a_speaker_line_after_a_link_keeps_its_speaker(nlp):
    text = ("من هفته پیش در این ویدیو به این موضوع پرداختم\nhttps://example.org/video/77\n"
            "سخنگوی ارتش:\nحمله‌ای در کار نبوده است و گزارش‌ها نادرست است.\n@example_news")
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش", "حمله‌ای در کار نبوده است و گزارش‌ها نادرست است.")]


def test_a_colon_with_words_after_it_is_still_a_speaker_colon(nlp):
    found = quotes(nlp, "عراقچی: مذاکره با آمریکا فعلا در دستور کار ما نیست و تصمیمی گرفته نشده است.\n@example_news")
    assert [s for s, _, _ in found] == ["عراقچی"]


# ---------------------------------------------------------------- guillemets over lines

def test_a_statement_in_guillemets_broken_over_lines_runs_to_its_closing_guillemet(nlp):
    text = ("ترامپ: «ما بیشتر اهداف خود را محقق کرده‌ایم.\nممکن است دو هفته دیگر ادامه دهیم.\n"
            "ما اهداف دیگری هم داریم.»\n🔹\nکاخ سفید جزئیات بیشتری منتشر نکرد.\n@example_news")
    found = quotes(nlp, text)
    assert len(found) == 1
    speaker, content, evidence = found[0]
    assert speaker == "ترامپ"
    assert content.startswith("«ما بیشتر اهداف") and content.rstrip("»").endswith("ما اهداف دیگری هم داریم.")
    assert "content:guillemets-over-lines" in evidence


def test_a_verb_cue_statement_in_guillemets_over_lines(nlp):
    text = ("وزیر خارجه گفت: «مذاکرات ادامه دارد.\nتصمیم نهایی با رهبران است.»\n@example_news")
    ((speaker, content, evidence),) = quotes(nlp, text)
    assert speaker == "وزیر خارجه"
    assert "تصمیم نهایی با رهبران است" in content
    assert evidence[0] == "cue:direct-colon" and "content:guillemets-over-lines" in evidence


def test_guillemets_closed_on_their_line_stay_a_one_line_statement(nlp):
    text = ("ترامپ: «ما بیشتر اهداف خود را محقق کرده‌ایم.»\nکاخ سفید جزئیات بیشتری منتشر نکرد.\n@example_news")
    ((_, content, evidence),) = quotes(nlp, text)
    assert "کاخ سفید" not in content
    assert "content:guillemets-over-lines" not in evidence


def test_guillemets_never_closed_end_with_their_line(nlp):
    text = "ترامپ: «ما بیشتر اهداف خود را محقق کرده‌ایم\nکاخ سفید جزئیات بیشتری منتشر نکرد.\n@example_news"
    ((_, content, evidence),) = quotes(nlp, text)
    assert "کاخ سفید" not in content
    assert "content:guillemets-over-lines" not in evidence


# ---------------------------------------------------------------- labels, claims and list items before a colon

@pytest.mark.parametrize("text", [
    "ارسالی:\nهمین الان صدای دو انفجار از غرب شهر شنیده شد.\n@example_news",
    "ویدیوی دریافتی:\nآتش‌سوزی بزرگ در انبار کالا در حاشیه شهر\n@example_news",
    "واقعیت: هیچ کشتی تجاری در این مسیر متوقف نشده است و تردد ادامه دارد.\n@example_news",
    "پیش‌تر: این جاده به مدت دو روز بسته شده بود و تردد ممکن نبود.\n@example_news",
    "محل وقوع: مرز دو استان در حوالی جاده قدیم و نزدیک روستا\n@example_news",
])
def test_a_post_label_before_a_colon_is_no_speaker(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    ("گزینه اول: به همین روش ادامه دهید و هزینه‌اش را هم بپردازید.\n"
     "گزینه دوم: مثل یک دولت عادی رفتار کنید و از تحریم‌ها خارج شوید.\n@example_news"),
    "مسیر دوم: از میدان اصلی شهر تا پایانه مسافربری جنوب شهر\n@example_news",
    # the numbered points of a comment, a cardinal word alone before the colon
    ("🔺\nیک: این بندر بیشترین زیان را از بسته شدن مسیر دیده و اقتصادش آسیب جدی دیده است.\n🔺\n"
     "دو: دولت قراردادی با همسایه دارد و در صورت بروز درگیری وضعیتش دشوار خواهد شد.\n@example_news"),
    "گزینه دو: از تحریم‌ها خارج شوید و مثل یک دولت عادی رفتار کنید.\n@example_news",
])
def test_an_item_of_a_list_before_a_colon_is_no_speaker(nlp, text):
    assert quotes(nlp, text) == []


_NUMBERED = ("یک: ترکیه از بسته شدن مرزها زیان بسیاری دیده است.\n"
             "دو : ترکیه با قطر پیمان دفاعی دارد و در جنگ درگیر می‌شود.\n"
             "\u200fسه: بازار گاز منطقه آشفته است.\n")


def test_a_lone_cardinal_before_a_colon_numbers_an_item_of_a_list(nlp):
    """Negative (round 31, false quotes): «یک:», «دو:» number the items of a list, no speaker; a short name's
    speaker line after them still speaks."""
    found = quotes(nlp, _NUMBERED + "کرمانی: بازار گاز تا پایان سال آرام نمی‌شود.\n@example_news")
    assert [(s, e[0]) for s, _, e in found] == [("کرمانی", "cue:headline-short-name")]


def test_a_short_name_before_a_colon_still_speaks(nlp):
    found = quotes(nlp, "مرندی: فعلا مذاکره دیگری در کار نخواهد بود و تصمیم گرفته شده است.\n@example_news")
    assert [(s, e[0]) for s, _, e in found] == [("مرندی", "cue:headline-short-name")]


@pytest.mark.parametrize("claim", ["ادعای", "اظهارات", "واکنش", "تهدید"])
def test_a_claim_word_before_its_owner_leaves_the_owner_as_speaker(nlp, claim):
    found = quotes(nlp, f"{claim} ترامپ: ایران امتیازات بزرگی به ما خواهد داد و توافق نزدیک است.\n@example_news")
    assert [(s, e[0]) for s, _, e in found] == [("ترامپ", "cue:headline-medium")]


def test_a_claim_word_before_no_named_owner_is_no_speaker(nlp):
    assert quotes(nlp, "ادعای جدید: ایران امتیازات بزرگی به ما خواهد داد و توافق نزدیک است.\n@example_news") == []


# ---------------------------------------------------------------- statements cut mid-sentence by the copy

@pytest.mark.parametrize("text, rest", [
    # the line ends in a word that needs more
    ("سازمان ملل: جنگ میلیون‌ها نفر را در\nمعرض گرسنگی حاد قرار داده است\n@example_news", "معرض گرسنگی حاد"),
    # the next line opens with a comma (a bold run or link stood between)
    ("سی‌ان‌ان: به نقل از مقامات آمریکایی در صورت نیاز\n، مقدمات حمله در حال انجام است اما تمرکز بر دیپلماسی است."
     "\n@example_news", "مقدمات حمله"),
    # the next line opens with «که»
    ("آکسیوس: مقامات آمریکایی به اسرائیل اطلاع داده‌اند\nکه ده‌ها هواپیمای سوخت‌رسان اعزام خواهند شد\n@example_news",
     "ده‌ها هواپیمای سوخت‌رسان"),
    # the line ends in a compound preposition («در اختیار», «به‌سمت» joined with a ZWNJ)
    ("رویترز: ژاپن اطلاعات ماهواره‌ای در اختیار\nکره جنوبی قرار داده است\n@example_news", "کره جنوبی"),
    ("راهداری استان: جاده اصلی شهر به‌سمت\nکوهستان تا فردا بسته است\n@example_news", "کوهستان"),
    # a name in Latin letters the copy set off on a line of its own, inside the sentence
    ("ارتش نمونه: سامانه پدافندی\nSky Shield\n(سپر آسمان)، در مرز شمالی مستقر شد.\n@example_news", "مرز شمالی"),
    ("ارتش نمونه: سامانه پدافندی\nSky Shield\n، در مرز شمالی مستقر شد.\n@example_news", "مرز شمالی"),
])
def test_a_statement_cut_mid_sentence_runs_on_over_the_break(nlp, text, rest):
    ((_, content, evidence),) = quotes(nlp, text)
    assert rest in content
    assert "content:over-broken-lines" in evidence


@pytest.mark.parametrize("after", ["(سپر آسمان)، در مرز شمالی مستقر شد.", "، در مرز شمالی مستقر شد."])
def test_a_latin_name_on_a_line_of_its_own_stays_inside_the_statement(nlp, after):
    """Golden: the speaker, and the statement whole from its first word over the Latin line to its stop."""
    found = quotes(nlp, f"ارتش نمونه: سامانه پدافندی\nSky Shield\n{after}\n@example_news")
    assert [(speaker, content) for speaker, content, _ in found] == [
        ("ارتش نمونه", f"سامانه پدافندی\nSky Shield\n{after}")]


@pytest.mark.parametrize("text, not_in", [
    # a whole title line, then the body: no cut
    ("مهر: حمله مجدد آمریکا به بندرعباس\nدر ساعت ۲۱ نقاطی در بندرعباس مورد اصابت قرار گرفت.\n@example_news",
     "ساعت ۲۱"),
    # a line ending in a full stop, then a line opening with «که» in a new attribution
    ("وزیر نفت: صادرات ادامه دارد.\nسخنگوی دولت گفت که قیمت بنزین تغییر نمی‌کند.\n@example_news", "قیمت بنزین"),
    # a noun of a compound preposition with no simple preposition before it ends a sentence («پی در پی»)
    ("شاهدان محلی: انفجارها پی در پی\nبرق شهر هم قطع شده است\n@example_news", "برق شهر"),
    ("وزیر ورزش: او را به عنوان مربی برگزیدیم و حامی او در داخل\n🔹\nتیم ملی هم از فردا تمرین می‌کند\n@example_news",
     "تیم ملی"),
    # a line cut mid-sentence whose rest is a speaker line of its own
    ("آکسیوس: ترامپ در حال بررسی دو گزینه برای\nسنتکام: حمله‌ای در کار نبوده است و گزارش‌ها نادرست است\n"
     "@example_news", "حمله‌ای"),
    # a line of Latin letters after a full stop, or an account's handle: no name inside the sentence
    ("ارتش نمونه: سامانه پدافندی در مرز مستقر شد.\nSky Shield\nدر این مرز سه پایگاه دیگر هم هست.\n@example_news",
     "سه پایگاه"),
    ("ارتش نمونه: سامانه پدافندی در مرز مستقر شد\nSampleArmy_News\nدر این مرز سه پایگاه دیگر هم هست.\n@example_news",
     "سه پایگاه"),
])
def test_a_statement_stops_at_a_line_that_is_no_cut(nlp, text, not_in):
    first = quotes(nlp, text)[0]
    assert not_in not in first[1]
    assert "content:over-broken-lines" not in first[2]


# ---------------------------------------------------------------- a title broken over two lines

@pytest.mark.parametrize("text, headline", [
    # the rest is a word or two
    ("🎥\nبازگشایی جاده‌های کوهستانی استان\nاعلام شد\n🔹\nپلیس راه: جاده‌ها از امروز باز است.",
     "بازگشایی جاده‌های کوهستانی استان اعلام شد"),
    # the title line ends in a word that needs more
    ("بارش برف سنگین در ارتفاعات البرز و\nبسته شدن چند جاده فرعی\n🔸\nراهداری از رانندگان خواست احتیاط کنند.",
     "بارش برف سنگین در ارتفاعات البرز و بسته شدن چند جاده فرعی"),
    # the rest opens with a preposition, before a credit line
    ("📷\nجشنواره گل و گیاه\nدر باغ ملی شیراز\nعکس: مریم احمدی", "جشنواره گل و گیاه در باغ ملی شیراز"),
])
def test_a_title_broken_over_two_lines_is_one_headline(text, headline):
    assert parse_post(text).headline == headline


@pytest.mark.parametrize("text", [
    # a title and a full subtitle: not one broken line
    "شوک به دنیای ورزش کشور\nتیم ملی در مرحله گروهی حذف شد و سرمربی استعفا داد\n🔹\nجزئیات در ادامه.",
    # a hashtag line after the first line
    "آگهی یک دفتر خدماتی برای فروش\n#اینترنت_پرو\n🔗\nلینک آگهی",
    # a formula after a title opens the body
    "پیام تبریک استاندار به مناسبت روز خبرنگار\nبسمه‌تعالی\n🔹\nروز خبرنگار را تبریک می‌گویم.",
    # an exclamation after a line is no rest of a title
    "دوستان از شهر ما گزارش سه انفجار\nدادند!!!\n🚨\nمنتظر خبرهای بعدی هستیم",
    # a sentence ending in a full stop on the first line
    "جلسه هیئت دولت امروز برگزار شد.\nبا حضور وزیران\n🔹\nمتن خبر.",
])
def test_two_lines_that_are_no_broken_title(text):
    assert parse_post(text).headline is None


def test_direction_marks_around_headline_lines_are_left_out():
    text = "\u200fرویترز: آمریکا نیروهای تازه به منطقه می‌فرستد\u200f\n\u2067\n🔹\nمتن خبر اینجاست."
    assert parse_post(text).headline == "رویترز: آمریکا نیروهای تازه به منطقه می‌فرستد"


def test_a_rest_line_opening_with_a_direction_mark_joins_its_title():
    text = "🔴\nپیکر جوان معترض را پس از صد روز به خانواده\n\u200fتحویل دادند\n\u200f\n🔸\nمتن خبر."
    assert parse_post(text).headline == "پیکر جوان معترض را پس از صد روز به خانواده تحویل دادند"


# ---------------------------------------------------------------- a label before a bar, a channel's number

@pytest.mark.parametrize("label", ["فوری", "خبر فوری"])
def test_a_label_before_a_bar_opens_no_speaker_line(nlp, label):
    found = quotes(nlp, f"{label} | سخنگوی ارتش: دیروز یک کشتی را که قصد عبور داشت متوقف کردیم.\n@example_news")
    assert [s for s, _, _ in found] == ["سخنگوی ارتش"]


def test_words_before_a_bar_that_are_no_label_stay():
    # «گزارش ویژه» is no label as a whole: the line is left as it is, and «گزارش» is a label, so no speaker
    nlp = persianews.load()
    assert quotes(nlp, "گزارش ویژه | سخنگوی ارتش: دیروز یک کشتی را متوقف کردیم و خدمه آن بازداشت شدند.\n"
                       "@example_news") == []


@pytest.mark.parametrize("speaker", ["خبرنگار کانال 12 اسرائیل", "کارشناس شبکه 3"])
def test_a_channels_number_stays_in_the_speaker(nlp, speaker):
    found = quotes(nlp, f"{speaker}: کابینه امنیتی امشب برای بررسی توافق تشکیل جلسه می‌دهد.\n@example_news")
    assert [s for s, _, _ in found] == [speaker]


def test_a_count_after_a_speaker_still_ends_it(nlp):
    found = quotes(nlp, "وزیر کشور ۳ روز پیش گفت که انتخابات طبق برنامه برگزار می‌شود.\n@example_news")
    assert [s for s, _, _ in found] == ["وزیر کشور"]


# ---------------------------------------------------------------- a speaker who tells an outlet

def test_an_unnamed_official_telling_an_outlet_speaks(nlp):
    found = quotes(nlp, "یک مقام ارشد کاخ سفید به آکسیوس:\nهیچ دارایی مسدودشده‌ای پیش از امضای توافق آزاد "
                        "نخواهد شد.\n@example_news")
    assert [(s, e[0]) for s, _, e in found] == [("یک مقام ارشد کاخ سفید", "cue:headline-short-name")]


def test_a_long_phrase_without_an_addressee_is_still_no_short_name(nlp):
    assert quotes(nlp, "یک مقام ارشد کاخ سفید در نشست امروز:\nهیچ دارایی مسدودشده‌ای پیش از امضای توافق "
                       "آزاد نخواهد شد.\n@example_news") == []


# ---------------------------------------------------------------- an unnamed source («یک منبع آگاه: …»)

@pytest.mark.parametrize("line, speaker", [
    ("یک منبع آگاه: تبادل پیام با طرف مقابل فعلا متوقف شده است", "یک منبع آگاه"),
    # longer than a short name
    ("یک مقام ارشد سابق اطلاعاتی: اقتصاد کشور ظرف چند ماه زیر فشار محاصره فرو می‌ریزد", "یک مقام ارشد سابق اطلاعاتی"),
    # before an addressee, and with the colon on its own line
    ("یک منبع امنیتی اروپایی به شبکه فرانس۲۴:\nمرحله بعدی عملیات در روزهای آینده آغاز می‌شود",
     "یک منبع امنیتی اروپایی"),
])
def test_an_unnamed_source_before_a_colon_speaks(nlp, line, speaker):
    found = quotes(nlp, f"{line}\n@example_news")
    assert [(s, e[0], e[1]) for s, _, e in found] == [
        (speaker, "cue:headline-description", "subject:indefinite-description")]


@pytest.mark.parametrize("line", [
    # «یک» before no role word: a time, not a source
    "یک ساعت بعد: دوباره صدای دو انفجار از سمت فرودگاه شنیده شد",
    # a source with words after it that name no addressee
    "یک منبع آگاه در جلسه دیروز مجلس:\nتبادل پیام با طرف مقابل فعلا متوقف شده است",
])
def test_no_unnamed_source_without_a_role_word_or_with_trailing_words(nlp, line):
    assert quotes(nlp, f"{line}\n@example_news") == []


# ---------------------------------------------------------------- a statement before its issuer («بیانیه X: …»)

@pytest.mark.parametrize("line, speaker", [
    ("بیانیه سپاه پاسداران: پاسخ ما به هر تجاوزی قاطع و فوری خواهد بود", "سپاه پاسداران"),
    ("اطلاعیهٔ سپاه پاسداران: پاسخ ما به هر تجاوزی قاطع و فوری خواهد بود", "سپاه پاسداران"),
    ("پیام سپاه پاسداران به مردم منطقه: پایگاه‌های آمریکا در خاک شما هدف مشروع ماست", "سپاه پاسداران"),
    # a numbered statement
    ("اطلاعیهٔ شمارهٔ ۸ سپاه پاسداران: پاسخ ما به هر تجاوزی قاطع و فوری خواهد بود", "سپاه پاسداران"),
])
def test_a_statement_word_before_its_issuer_leaves_the_issuer_as_speaker(nlp, line, speaker):
    found = quotes(nlp, f"{line}\n@example_news")
    assert [(s, e[0]) for s, _, e in found] == [(speaker, "cue:headline-medium")]


@pytest.mark.parametrize("line", ["پیام دریافتی: صدای پدافند حدود بیست دقیقه در شهر شنیده شد",
                                  "گزارش مردمی: اسکله شهر دو بار هدف قرار گرفت و دود دیده می‌شود"])
def test_a_statement_word_before_no_named_issuer_stays_a_label(nlp, line):
    assert quotes(nlp, f"{line}\n@example_news") == []


# ---------------------------------------------------------------- a verb's colon on the next line

@pytest.mark.parametrize("speaker_line", ["وزارت دفاع کانادا در شبکه ایکس اعلام کرد",
                                          # the verb on a line of its own, its subject on the line before
                                          "وزارت دفاع کانادا\nاعلام کرد"])
def test_a_verbs_colon_on_the_next_line_still_opens_its_statement(nlp, speaker_line):
    found = quotes(nlp, f"{speaker_line}\n: سامانه‌های پدافند دو موشک را رهگیری و منهدم کردند.\n@example_news")
    assert [(s, e[:2]) for s, _, e in found] == [
        ("وزارت دفاع کانادا", ("cue:direct-colon", "content:after-broken-speaker-line"))]


def test_a_verb_at_a_line_end_without_a_colon_opens_no_direct_quote(nlp):
    found = quotes(nlp, "وزارت دفاع کانادا در شبکه ایکس اعلام کرد\nسامانه‌های پدافند دو موشک را رهگیری و منهدم "
                        "کردند.\n@example_news")
    assert all(e[0] != "cue:direct-colon" for _, _, e in found)


# ---------------------------------------------------------------- a quoted paragraph after a quoted paragraph

@pytest.mark.parametrize("between", ["\n", "\nrealDonaldTrump\n", "\n\n"])
def test_a_quoted_paragraph_after_a_quote_is_the_same_speakers(nlp, between):
    text = (f"وزیر خارجه آلمان گفت: «آتش‌بس باید فورا برقرار شود و همه طرف‌ها به میز مذاکره برگردند.»{between}"
            "«ما آماده‌ایم میزبان گفت‌وگوها در برلین باشیم و از هر ابتکاری حمایت می‌کنیم.»\n@example_news")
    found = quotes(nlp, text)
    assert [(s, e[0]) for s, _, e in found] == [("وزیر خارجه آلمان", "cue:direct-colon"),
                                                ("وزیر خارجه آلمان", "cue:continued-paragraph")]


@pytest.mark.parametrize("text", [
    # the first paragraph's quote does not end its line: the words after it are the narrator's
    "وزیر خارجه آلمان گفت: «آتش‌بس باید فورا برقرار شود» و سپس جلسه را ترک کرد.\n"
    "«ما آماده‌ایم میزبان گفت‌وگوها باشیم» عنوان یادداشت امروز روزنامه است.\n@example_news",
    # a narrator's line stands between the two paragraphs
    "وزیر خارجه آلمان گفت: «آتش‌بس باید فورا برقرار شود.»\nاین سخنان پس از دیدار با همتای فرانسوی بیان شد.\n"
    "«ما آماده‌ایم میزبان گفت‌وگوها در برلین باشیم.»\n@example_news",
])
def test_no_continued_paragraph_without_a_quoted_paragraph_right_after(nlp, text):
    assert all(e[0] != "cue:continued-paragraph" for _, _, e in quotes(nlp, text))


@pytest.mark.parametrize("first", [
    # a report whose line ends in a colon
    "وزیر خارجه آلمان به خبرنگاران گفت که برقراری آتش‌بس در این مرحله دشوار خواهد بود:",
    # a report whose line ends a sentence
    "وزیر خارجه آلمان گفت که آتش‌بس باید فورا برقرار شود و همه طرف‌ها به میز مذاکره برگردند.",
    # a speaker line's statement, with no stop at its end
    "وزیر خارجه آلمان: آتش‌بس باید فورا برقرار شود و همه طرف‌ها به میز مذاکره برگردند",
])
def test_a_quoted_paragraph_after_any_quote_ending_its_line_is_the_same_speakers(nlp, first):
    paragraph = "«ما آماده‌ایم میزبان گفت‌وگوها در برلین باشیم و از هر ابتکاری حمایت می‌کنیم.»"
    found = quotes(nlp, f"{first}\n{paragraph}\n@example_news")
    assert [(s, c, e[0]) for s, c, e in found][1:] == [("وزیر خارجه آلمان", paragraph, "cue:continued-paragraph")]


@pytest.mark.parametrize("text, kept", [
    # the copy broke the line mid-sentence: the «…» is a phrase of the sentence, not a paragraph
    ("وزیر خارجه آلمان گفت که هدف این طرح ایجاد\n«نظمی تازه و پایدار در منطقه»\nاست.\n@example_news",
     [("وزیر خارجه آلمان", "هدف این طرح ایجاد")]),
    # a direct statement ending in a colon opens another's words
    ("وزیر خارجه آلمان گفت: همتای فرانسوی ما در نامه‌ای نوشته است:\n«ما آماده‌ایم میزبان گفت‌وگوها در پاریس "
     "باشیم.»\n@example_news",
     [("وزیر خارجه آلمان", "همتای فرانسوی ما در نامه‌ای نوشته است:"),
      ("همتای فرانسوی ما", "«ما آماده‌ایم میزبان گفت‌وگوها در پاریس باشیم.»")]),
])
def test_no_continued_paragraph_under_a_broken_sentence_or_another_s_words(nlp, text, kept):
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == kept
    assert all(e[0] != "cue:continued-paragraph" for _, _, e in found)


# ---------------------------------------------------------------- a clause before a colon is no short name

@pytest.mark.parametrize("line", [
    "دو مورد که مدنظر من است:\nقیمت نفت بالا می‌رود و بازارها نگران می‌شوند.",
    "اروپا این روزها دو چهره متفاوت به نمایش می‌گذارد: یکی در گفتار و یکی در عمل سیاسی خود.",
    "اسامی برندگان به شرح زیر است: علی رضایی، مریم احمدی و سارا کریمی از تهران.",
    "سفر دیروز عالی بود: همه چیز طبق برنامه پیش رفت و کسی خسته نشد.",      # the verb in the words themselves
    "می‌دانید جایگزین‌ها چیست: شیراز، اصفهان و تبریز برای این کار آماده‌اند.",
])
def test_a_clause_before_a_colon_is_no_short_name(nlp, line):
    assert all(e[0] != "cue:headline-short-name" for _, _, e in quotes(nlp, f"{line}\n@example_news"))


@pytest.mark.parametrize("line, speaker", [
    ("گارسیا در نشست خبری: تیم ما برای بازی فردا کاملا آماده است و نتیجه می‌گیرد.", "گارسیا"),
    ("مرندی در گفت‌وگو با الجزیره: فعلا مذاکره دیگری در کار نخواهد بود و تصمیم گرفته شده است.", "مرندی"),
])
def test_a_short_name_with_an_adverbial_still_speaks(nlp, line, speaker):
    found = quotes(nlp, f"{line}\n@example_news")
    assert [s for s, _, _ in found] == [speaker]


# ---------------------------------------------------------------- a short name alone on its line names someone

@pytest.mark.parametrize("label", ["وضعیت کنونی", "جملات مرتبط", "نمای دور", "بله"])
def test_a_label_alone_on_its_line_is_no_speaker(nlp, label):
    post = f"{label}:\nمذاکرات میان دو طرف هنوز به نتیجه نرسیده و ادامه دارد.\n@example_news"
    assert quotes(nlp, post) == []


@pytest.mark.parametrize("line, speaker", [
    ("یک مسئول دولت ترامپ:", "یک مسئول دولت ترامپ"),       # a role word
    ("Business Insider:", "Business Insider"),               # Latin letters
    ("مرندی در گفت‌وگو با الجزیره:", "مرندی"),              # a name the document gives again
])
def test_a_short_name_alone_on_its_line_that_names_someone_speaks(nlp, line, speaker):
    post = f"{line}\nمذاکرات میان دو طرف هنوز به نتیجه نرسیده و ادامه دارد.\n@example_news"
    if speaker == "مرندی":
        post = post.replace("@example_news", "مرندی پیش از این هم از مذاکرات انتقاد کرده بود.\n@example_news")
    assert [s for s, _, e in quotes(nlp, post) if e[0].startswith("cue:headline")] == [speaker]


# ---------------------------------------------------------------- a show titled with its host

def test_a_show_titled_with_its_host_is_the_whole_speaker(nlp):
    """Golden: «NAME با GIVEN-NAME:» is a show or column named with its host, not cut at «با»."""
    found = quotes(nlp, "اتاق فکر با مریم: قطعی برق امروز در سه استان جنوبی ادامه داشت!\n@example_news")
    assert [(s, e[1]) for s, _, e in found] == [("اتاق فکر با مریم", "subject:short-name-with-host")]


@pytest.mark.parametrize("partner", ["شما", "حسن نمونه‌زاده"])
def test_a_pronoun_or_a_full_name_after_with_is_no_host(nlp, partner):
    """Negative: «با شما» (a readers' column) or a partner named in full stays outside the speaker."""
    found = quotes(nlp, f"اتاق فکر با {partner}: قطعی برق امروز در سه استان جنوبی ادامه داشت!\n@example_news")
    assert [content for _, content, _ in found] == ["قطعی برق امروز در سه استان جنوبی ادامه داشت!"]
    assert all(s != f"اتاق فکر با {partner}" and "subject:short-name-with-host" not in e for s, _, e in found)


# ---------------------------------------------------------------- a word wanting its object before the colon

@pytest.mark.parametrize("line", ["ساعتی پیش: حمله به اسکله بندر و شنیده شدن چندین انفجار",
                                  "شهرهایی مثل: تبریز و ارومیه و اردبیل!"])
def test_a_time_or_a_list_lead_before_the_colon_is_no_speaker(nlp, line):
    """Negative: the line is no speaker's, and the speaker line under it is still found, its speaker's alone."""
    found = quotes(nlp, f"{line}\nسخنگوی ارتش: نیروهای ما در حال بررسی محل حادثه هستند.\n@example_news")
    assert [(s, c) for s, c, _ in found] == [("سخنگوی ارتش", "نیروهای ما در حال بررسی محل حادثه هستند.")]


def test_a_short_name_with_an_adverbial_before_the_colon_still_speaks(nlp):
    found = quotes(nlp, "تارتار پیش از بازی امروز: بازیکنان ما برای پیروزی آماده هستند.\n@example_news")
    assert [(s, c) for s, c, _ in found] == [("تارتار", "بازیکنان ما برای پیروزی آماده هستند.")]
