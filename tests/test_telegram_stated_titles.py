"""A post's first line that ends like a sentence («.») is its headline when a bullet or a translation label
sets it off from the body (a layout decision of ``telegram_post._is_stated_title``, no evidence code); over a
plain paragraph, a lead-in label («X گفت:»), an emoji line or a credit it is the body's first sentence.

Examples written for these tests (patterns of the telegram-dev channels, not their text).
"""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text

TITLE = "سخنگوی وزارت نمونه: هیئت ما فردا برای گفت‌وگو درباره تنگه به مسقط سفر می‌کند."
BODY = "گفت‌وگوهای دو کشور از هفته گذشته در مسقط در جریان بود و میانجی‌ها امیدوار بودند که تا پایان ماه به نتیجه برسد."


def headline(post: str) -> str | None:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return article.metadata["headline"]


def test_a_sentence_over_a_bullet_is_the_headline():
    assert headline("🔴\n" + TITLE + "\n🔹\n" + BODY) == TITLE
    assert headline(TITLE + "\n🔺\n" + BODY) == TITLE
    assert headline("دقایقی پیش صدای دو انفجار در شهر نمونه شنیده شد.\n🔸\n" + BODY) == (
        "دقایقی پیش صدای دو انفجار در شهر نمونه شنیده شد.")


def test_a_sentence_over_a_translation_label_is_the_headline():
    assert headline(TITLE + "\nترجمه ماشین:\n" + BODY) == TITLE


def test_a_sentence_over_a_paragraph_or_a_lead_in_is_no_headline():
    assert headline(TITLE + "\n" + BODY) is None
    assert headline("وزیر نمونه اعلام کرد که هیئت ما فردا به مسقط سفر می‌کند.\nوزیر گفت:\n«" + BODY + "»") is None


def test_a_bare_mark_or_a_long_sentence_over_a_bullet_is_no_headline():
    assert headline(".\n🟢\n" + BODY) is None
    assert headline(" ".join([TITLE[:-1]] * 3) + ".\n🔹\n" + BODY) is None


def test_a_line_ending_in_a_present_verb_of_saying_over_a_paragraph_is_its_lead_in():
    assert headline("مدیر شرکت نمونه می‌گوید\n" + BODY) is None
    assert headline("مدیر شرکت نمونه از آینده شبکه سخن می‌گوید\n🔹\n" + BODY) == "مدیر شرکت نمونه از آینده شبکه سخن می‌گوید"


def test_a_title_over_a_restating_sentence_the_copy_broke_over_lines_is_the_headline():
    post = ("📺\nگفت‌وگوی هفته با وزیر نمونه\nگفت‌وگو با وزیر نمونه را هم‌اکنون در\nسایت\n،\nایتا\nو\n"
            "تلگرام\nخبرگزاری ببینید.")
    assert headline(post) == "گفت‌وگوی هفته با وزیر نمونه"
    post = ("کشور نمونه ائتلاف دریایی تازه‌ای برای حفاظت از مسیرهای تجاری اعلام کرد\nکشور نمونه روز دوشنبه تشکیل یک\n"
            "ائتلاف دفاع دریایی چندملیتی\nرا به همه همسایگان اعلام کرده است.")
    assert headline(post) == "کشور نمونه ائتلاف دریایی تازه‌ای برای حفاظت از مسیرهای تجاری اعلام کرد"


def test_a_sentence_broken_over_lines_that_restates_nothing_is_no_headline():
    post = ("در حملات دیروز دو عضو\nپدافند هوایی ارتش کشته شدند،\nارتش گفته بود که به پدافند هوایی نیز\n"
            "در چند استان حمله کرده است.")
    assert headline(post) is None
    post = ("گفت‌وگوی هفته با وزیر نمونه\nدر این برنامه از\nسایت\nو\nتلگرام\nخبرگزاری دیدن کنید.")
    assert headline(post) is None


def test_a_sentence_merely_broken_mid_clause_is_no_title_over_its_rest():
    """review13a: the first line under it opens with a number, or the line reports a saying with no colon."""
    post = ("سخنگو : امروز مجلس نمونه قرار است ساعت\n۱۰:۳۰ صبح به وقت محلی در مجلس نمونه\n"
            "درباره بودجه سال آینده کشور رای نهایی خود را بدهد.")
    assert headline(post) is None
    post = ("وزیر نمونه گفت کشور وارد مرحله\nتازه‌ای از همکاری با کشور نمونه شده و این همکاری\n"
            "تا پایان سال ادامه خواهد داشت.")
    assert headline(post) is None


def test_a_kicker_ending_in_a_semicolon_over_an_emoji_line_is_the_headline():
    kicker = "گزارش عملکرد شش‌ماهه شرکت نمونه؛"
    assert headline("🔸\n" + kicker + "\n🔰\nرشد ده درصدی تولید در شش ماه نخست سال\n🔻\n" + BODY) == kicker
    assert headline(kicker + "\n💥\n" + BODY) == kicker


def test_a_line_ending_in_a_semicolon_over_text_a_face_or_a_label_is_no_headline():
    kicker = "گزارش عملکرد شش‌ماهه شرکت نمونه؛"
    assert headline(kicker + "\n" + BODY) is None
    assert headline(kicker + "\n😂\n" + BODY) is None
    assert headline("علی نمونه؛\nکارشناس امنیت:\n" + BODY) is None
