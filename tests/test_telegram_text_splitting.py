"""The telegram-text reader: a lone «.» line that matches no earlier post, and two signature lines in a row."""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text

HEADLINE_THEN_DOT = (
    "وزیر نیرو: جیره‌بندی برق در تابستان نداریم\n.\n"
    "مصرف برق امسال کمتر از پیش‌بینی‌ها بوده و ذخیره کافی وجود دارد.\n@energy_news\n"
)
BROKEN_SENTENCE = (
    "اپلیکیشن پیام‌رسان از فروشگاه حذف شد\n، اما تا این لحظه\nدلیل حذف اعلام نشده\n.\n"
    "این برنامه پیش‌تر هم یک بار حذف شده بود.\n@energy_news\n"
)
REPLY = (
    "نخستین خبر روز درباره بارش باران در استان است که ادامه دارد\n@energy_news\n"
    "کانال خبری\nنخستین خبر روز درباره بارش باران\n.\nادامه بارش تا فردا پیش‌بینی می‌شود.\n@energy_news\n"
)
TWO_SIGNATURES = (
    "برای ثبت‌نام در این طرح با ما تماس بگیرید.\nارتباط:\n@campaign_desk\n@energy_news\n-\nLink\n"
    "خبر بعدی درباره بازار برق است.\n@energy_news\n"
)


def test_a_dot_line_after_a_title_keeps_the_title_in_the_post():
    [post] = read_telegram_text(HEADLINE_THEN_DOT, "x.txt")
    assert post.text.startswith("وزیر نیرو:")
    assert "reply_header" not in post.metadata and post.metadata["reply_to_record"] is None


def test_a_dot_line_closing_a_broken_sentence_is_text():
    [post] = read_telegram_text(BROKEN_SENTENCE, "x.txt")
    assert post.text.startswith("اپلیکیشن پیام‌رسان")


def test_a_reply_header_that_matches_an_earlier_post_is_still_a_header():
    first, reply = read_telegram_text(REPLY, "x.txt")
    assert reply.metadata["reply_to_record"] == 0
    assert reply.metadata["reply_header"][0] == "کانال خبری"
    assert reply.text.startswith("ادامه بارش")


def test_a_second_signature_line_closes_the_same_post_and_names_its_channel():
    posts = list(read_telegram_text(TWO_SIGNATURES, "x.txt"))
    assert [p.metadata["channel"] for p in posts] == ["energy_news", "energy_news"]
    assert "@campaign_desk" not in posts[0].text and posts[1].text.startswith("خبر بعدی")


def test_one_signature_a_post_still_splits_every_post():
    text = "خبر اول درباره باران است.\n@a_channel\nخبر دوم درباره برف است.\n@b_channel\n"
    assert [p.metadata["channel"] for p in read_telegram_text(text, "x.txt")] == ["a_channel", "b_channel"]
