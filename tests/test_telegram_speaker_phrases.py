"""What a post's speaker line names before its colon: a mission with its seat (``سفارت ایران در آنکارا: …``, rule
``subject:mission-seat``), not a speaker with the occasion or medium after «در»; and a smiley's colon («…:)») opens no
speaker line. A statement of two words ending the post's words is an entity's («سپاه: آغاز کردیم»), not a count, a
name or one word, nor a short name's, nor two words over a body.

Examples written for these tests (patterns of the telegram-dev channels, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

STATEMENT = "ده دانشجوی ایرانی که هفته گذشته بازداشت شده بودند امروز آزاد شدند."


def quotes(nlp, post: str):
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return nlp(article).quotes


@pytest.mark.parametrize("line", ["سفارت ایران در آنکارا", "کنسولگری ایران در کربلا"])
def test_a_missions_seat_is_part_of_its_name(either_nlp, line: str) -> None:
    (quote,) = quotes(either_nlp, f"{line}: {STATEMENT}")
    assert quote.speaker == line and quote.content.text == STATEMENT
    assert "subject:mission-seat" in quote.evidence


@pytest.mark.parametrize("line, speaker", [
    ("سخنگوی دولت در نشست خبری", "سخنگوی دولت"),  # no mission: «در» names the occasion
    ("سفارت ایران در گفت‌وگو با خبرنگاران", "سفارت ایران"),  # no place after «در»
])
def test_no_seat_after_another_head_or_before_no_place(either_nlp, line: str, speaker: str) -> None:
    (quote,) = quotes(either_nlp, f"{line}: {STATEMENT}")
    assert quote.speaker == speaker
    assert "subject:mission-seat" not in quote.evidence


def test_a_smileys_colon_opens_no_speaker_line(either_nlp) -> None:
    post = ("پیام وزیر حتی زودتر از پیام شهردار رسید! حتی زودتر از پیام استاندار:) وزیر در پیامش از همه تشکر کرده "
            "بود.")
    assert not quotes(either_nlp, post)
    assert [q.speaker for q in quotes(either_nlp, "استاندار: " + STATEMENT)] == ["استاندار"]


@pytest.mark.parametrize("post, speaker, statement", [
    ("سپاه: آغاز کردیم\n🚨\n🚨", "سپاه", "آغاز کردیم"),
    ("ترامپ: خواهید فهمید.", "ترامپ", "خواهید فهمید."),
])
def test_a_two_word_statement_after_an_entity_is_a_quote(either_nlp, post: str, speaker: str, statement: str) -> None:
    """In a post, two words that end the post's words after an entity's colon are its statement."""
    (quote,) = quotes(either_nlp, post)
    assert quote.speaker == speaker and quote.content.text.rstrip(".") == statement.rstrip(".")
    assert "cue:headline-entity" in quote.evidence


@pytest.mark.parametrize("post", [
    "محمدباقر قالیباف: ۲۳۵ رای\nعلیرضا نمونه‌زاده: ۱۶۹ رای",  # a count: a list's values
    "سخنگوی دولت: محمدباقر قالیباف",  # a name after the colon
    "سنتکام: آغاز",  # one word
    "سپاه: آغاز کردیم\n🚨\nپهپادها بر فراز شهر نمونه دیده شدند.",  # over a body: too short for a quote
    "اتاق نمونه با یاشار: ستاره دریا",  # after a short name, a label's value
])
def test_no_two_word_statement_of_a_list_or_a_label(either_nlp, post: str) -> None:
    """Only the statement on the line before is found."""
    found = quotes(either_nlp, "استاندار: باغ‌های شهر را دوباره سبز می‌کنیم.\n" + post)
    assert [(q.speaker, q.content.text) for q in found] == [("استاندار", "باغ‌های شهر را دوباره سبز می‌کنیم.")]
