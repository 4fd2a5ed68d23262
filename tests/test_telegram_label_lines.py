"""Telegram posts (issue 13): a first line that is a label ending in a colon is the post's headline.

A label names what the body under it is — a message, a post, a translation, a statement or excerpts of one
(«پیام‌های دریافتی:», «پست X، ترجمه ماشین:», «اظهارات X درباره Y:»); the dev gold's ruling
(``bench/gold/README.md``). A speaker's line alone («X:», «X درباره Y:») is none: its body is the speaker's statement;
nor is a clause that goes on after a label noun, nor a label with no body under it. The label's quote, where it
introduces one, stays the owner's.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_label import is_label_headline, is_received_label
from persianews.readers.telegram_text import read_telegram_text

from .posts import SIGNATURE

STATEMENT = "بندر نمونه هرگز به وضعیت قبلی خود باز نخواهد گشت و ما این را به همه اعلام کرده‌ایم."


def read(post: str):
    (article,) = read_telegram_text(post + SIGNATURE, "posts.txt")
    return article


@pytest.mark.parametrize("label", [
    "پیام‌های دریافتی:",
    "پیام‌های دریافتی تایید نشده از حدود یک ساعت پیش:",
    "پست نمونه‌زاده، ترجمه ماشین:",
    "سازمان نمونه، ترجمه ماشین:",
    "اظهارات نمونه‌زاده درباره بندر نمونه:",
    "بیانیه مشترک دو وزیر نمونه:",
    "بخش‌هایی از سخنرانی نمونه‌زاده در شهر نمونه، جایی که انتخابات در جریان است:",
])
def test_a_label_line_over_a_body_is_the_headline(label: str) -> None:
    article = read(f"{label}\n{STATEMENT}\nسلام، همین الان صدای انفجار آمد")
    assert article.metadata["headline"] == label


@pytest.mark.parametrize("post", [
    f"نمونه‌زاده:\n{STATEMENT}",  # a speaker's line alone: the body is his statement
    f"نمونه‌زاده درباره بندر نمونه:\n{STATEMENT}",
    f"پس از نشست دیروز وزیران (در شهر نمونه)، اظهارات تندی از سوی وزیر نمونه صادر شد:\n{STATEMENT}",
    "پیام‌های دریافتی:",  # no body under it
    "پیام‌های دریافتی:\nhttps://example.com/video",  # no Persian body
])
def test_no_label_headline(post: str) -> None:
    assert read(post).metadata["headline"] is None


def test_a_label_noun_must_open_the_line_or_its_last_part() -> None:
    assert is_label_headline("متن کامل:")
    assert not is_label_headline("پستی از نمونه‌زاده:")  # a word of its own, not the label noun
    assert not is_label_headline("پیام‌های دریافتی: صدای انفجار")  # a statement after the colon


def test_the_quoted_post_under_a_label_headline_stays_its_owner_s(either_nlp) -> None:
    """Golden in both pipelines: the label is the headline and its post is still quoted, by the owner."""
    article = read(f"پست ترامپ، ترجمه ماشین:\n{STATEMENT}")
    assert article.metadata["headline"] == "پست ترامپ، ترجمه ماشین:"
    said = [(q.speaker, q.content.text) for q in either_nlp(article).quotes]
    assert said and all(who == "ترامپ" for who, _ in said) and STATEMENT.rstrip(".") in said[0][1]


def test_a_speaker_line_alone_keeps_no_headline_and_its_quote(either_nlp) -> None:
    """Negative in both pipelines: «ترامپ:» over his statement stays a quote with no headline."""
    article = read(f"ترامپ:\n{STATEMENT}")
    assert article.metadata["headline"] is None
    assert [q.speaker for q in either_nlp(article).quotes] == ["ترامپ"]


MESSAGES = "سلام وحید جان همین الان صدای دو انفجار اومد\nشرق شهر نمونه صدای پدافند"


@pytest.mark.parametrize("label", [
    "پیام‌های دریافتی از حوالی شهر نمونه و روستای نمونه‌آباد",
    "پیام‌های دریافتی تایید نشده از ساعت ۳:۱۵",
    "پیام‌های دریافتی درباره پرتاب موشک از شهر نمونه",
    "از پیام‌های دریافتی درباره صدای انفجار در بندر نمونه",
    "ویدیو و پیام‌های دریافتی:",
])
def test_a_received_messages_label_without_colon_is_the_headline(label: str) -> None:
    """The label of the readers' messages the channel received heads the messages under it, colon or none."""
    assert read(f"{label}\n{MESSAGES}").metadata["headline"] == label


@pytest.mark.parametrize("post", [
    f"پیام‌های دریافتی الان درباره صدای انفجار که می‌تونه شلیک پدافند باشه\n{MESSAGES}",  # a clause: a comment
    "پیام‌های دریافتی از حوالی شهر نمونه",  # no body under it
    f"بنا بر پیام‌های دریافتی صدای پدافند در شرق شهر نمونه شنیده شده است.\n{MESSAGES}",  # a sentence
])
def test_no_received_messages_headline(post: str) -> None:
    assert read(post).metadata["headline"] is None


def test_the_messages_under_a_received_label_stay_unattributed_to_it(either_nlp) -> None:
    """Golden and negative in both pipelines: the label is the headline and no quote is given to its words."""
    article = read(f"پیام‌های دریافتی از حوالی شهر نمونه\n{MESSAGES}")
    assert article.metadata["headline"] == "پیام‌های دریافتی از حوالی شهر نمونه"
    assert not [q for q in either_nlp(article).quotes if "حوالی" in (q.speaker or "") + q.content.text]


def test_a_received_label_is_a_label_and_a_clock_colon_no_statement() -> None:
    assert is_received_label("پیام‌های دریافتی ساعت ۱۳:۴۵")
    assert not is_received_label("پیام‌های دریافتی: اعلام هشدار")  # a colon of its own
    assert not is_received_label("پیام‌رسان‌های نمونه دچار اخلال شدند")  # another word
