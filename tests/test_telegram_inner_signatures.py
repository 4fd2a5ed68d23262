"""Telegram layout (issue 13): a signature inside its post, and a credit line that quotes its caption.

In a copy that separates its posts by blank lines, a ``@handle`` line with text right under it (a channel's comment
under a post it signed, an emoji line under the handle) stands inside its post: the blank line closes the post, in
the handle's name. A copy with no blank lines between its posts, a signature's trailer, and a trailer of single
words between two handles keep their reading. A credit line that gives its caption in quotes
(``ویدیوی دریافتی: '…'``) is the headline of the post it opens.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

SIGNED_THEN_COMMENT = (
    "شهرداری: همه باغچه‌های شهر از هفته آینده دو روز در هفته آبیاری می‌شوند.\n@garden_news\n"
    "بهرام: این خبر خوبی برای همه ماست !\n🌱\n\n"
    "شهردار نمونه: پارک جدید شهر تا پایان ماه افتتاح خواهد شد.\n@garden_news\n\n"
    "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n"
)
UNDER_AN_EMOJI_LINE = (
    "صدای باران در شمال شهر شنیده می‌شود\n@garden_alerts\n🚨\n🚨\n\n"
    "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n"
    "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n\n"
)


def test_a_comment_under_a_signature_stays_in_its_post() -> None:
    first, second, _ = read_telegram_text(SIGNED_THEN_COMMENT, "posts.txt")
    assert first.text.startswith("شهرداری:") and first.text.endswith("🌱")
    assert "بهرام: این خبر خوبی" in first.text and first.metadata["channel"] == "garden_news"
    assert second.text.startswith("شهردار نمونه:")


def test_an_emoji_line_under_a_signature_stays_in_its_post() -> None:
    first, second, _ = read_telegram_text(UNDER_AN_EMOJI_LINE, "posts.txt")
    assert first.text.startswith("صدای باران") and first.text.endswith("🚨")
    assert first.metadata["channel"] == "garden_alerts"
    assert second.text == "گل‌های بهاری در پارک شهر کاشته شدند" and second.metadata["channel"] == "garden_news"


def test_the_comment_s_speaker_line_is_a_quote_of_its_post(either_nlp) -> None:
    first, second, _ = (either_nlp(article) for article in read_telegram_text(SIGNED_THEN_COMMENT, "posts.txt"))
    said = {(q.speaker, q.content.text) for q in first.quotes}
    assert ("بهرام", "این خبر خوبی برای همه ماست!") in said and not any("@" in text for _, text in said)
    assert [q.speaker for q in second.quotes] == ["شهردار نمونه"]


@pytest.mark.parametrize("text, texts", [
    # no blank lines between the posts: every signature closes one
    ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\nگل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n"
     "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n",
     ["باغ گیاه‌شناسی شهر از فردا باز است", "گل‌های بهاری در پارک شهر کاشته شدند",
      "باغچه‌های شهر دوباره سبز شدند"]),
    # a signature's trailer, then the blank line
    ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\n-\nLink\n\n"
     "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n",
     ["باغ گیاه‌شناسی شهر از فردا باز است", "گل‌های بهاری در پارک شهر کاشته شدند"]),
    # as many signatures with text under them as before a blank line: no copy separated by blank lines
    ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\nگل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n",
     ["باغ گیاه‌شناسی شهر از فردا باز است", "گل‌های بهاری در پارک شهر کاشته شدند"]),
])
def test_signatures_that_close_their_posts(text: str, texts: list[str]) -> None:
    assert [post.text for post in read_telegram_text(text, "posts.txt")] == texts


def test_a_trailer_between_two_handles_still_belongs_to_the_post_before() -> None:
    text = ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\n#نظرسنجی\nنظرات\n@garden_polls\n\n"
            "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n"
            "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n\n")
    first, second, third = read_telegram_text(text, "posts.txt")
    assert first.text.endswith("نظرات") and first.metadata["channel"] == "garden_news"
    assert second.text.startswith("گل‌های بهاری") and third.text.startswith("باغچه‌های شهر")


def headline(post: str) -> str | None:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return article.metadata["headline"]


@pytest.mark.parametrize("post, title", [
    ("ویدیوی دریافتی با شرح: 'باغ گیاه‌شناسی شهر پس از باران'\nدوشنبه ۲۹ تیر\nنمونه",
     "ویدیوی دریافتی با شرح: 'باغ گیاه‌شناسی شهر پس از باران'"),
    ("تصاویر دریافتی: «پارک جنوبی شهر، ساعت ۰۰:۴۳ بامداد»\nنمونه\nشهرداری:\nآبیاری باغچه‌ها از فردا آغاز می‌شود",
     "تصاویر دریافتی: «پارک جنوبی شهر، ساعت ۰۰:۴۳ بامداد»"),
])
def test_a_credit_line_that_quotes_its_caption_is_the_headline(post: str, title: str) -> None:
    assert headline(post) == title


@pytest.mark.parametrize("post", [
    "عکس و پیام‌های دریافتی: در پارک جنوبی شهر چند درخت کهن افتاد.\nجمعه ۲۶ تیر\nنمونه",  # a statement, no caption
    # a label that names no text the post copies (a label noun makes it the headline: test_telegram_label_lines.py)
    "خبر فوری:\nسلام، در پارک جنوبی صدای باران شدیدی می‌آید\nدر شمال شهر هم باران می‌بارد",
    "ویدیوی دریافتی: 'باغ گیاه‌شناسی شهر پس از باران'",  # a post of one line
])
def test_no_headline_from_a_credit_without_a_quoted_caption(post: str) -> None:
    assert headline(post) is None
