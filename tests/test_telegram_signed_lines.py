"""Telegram layout (issue 13, round 27): a title over a speaker line of its own, and a handle at a statement's end.

A post's first line, a title with no colon, over a line that opens with its own speaker line («X: …», a statement
of three words or more) is the headline even when the body under it is short: the speaker line opens the body as
a paragraph would. Not over a sentence going on («چون گفته بود : …»), a link («https://…») or an interviewer's
line, and not when the first line is itself a speaker line (a question and its answer). Such a line is no
verse's second hemistich either, though it end in the title's last word.

A channel's handle that the copy set at the end of a statement's line («… ادامه داشت.  @handle», «… @handle -
Link») is the post's sign-off, not the speaker's words: a quote's content stops before it, in posts only.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text


def _post(text: str):
    (article,) = read_telegram_text(text + "\n@garden_news\n\n", "posts.txt")
    return article


@pytest.mark.parametrize("text, headline", [
    ("🚨\nآتش‌سوزی در انبار پارک مرکزی شهر\nآتش‌نشانی شهر : آتش در انبار خاموش شد.",
     "آتش‌سوزی در انبار پارک مرکزی شهر"),
    ("کاشت گل در باغ بزرگ شهر\nباغبان‌های شهرداری: امروز هزار گل کاشتیم\n🌷",
     "کاشت گل در باغ بزرگ شهر"),
    # ending in the same word as the title and sharing no other, the speaker line is no verse's second hemistich
    ("🚨\n🚨\nگزارش‌هایی از آتش‌سوزی در شهر\nهدف: احتمالا انبار کود شهر",
     "گزارش‌هایی از آتش‌سوزی در شهر"),
])
def test_a_title_over_a_speaker_line_is_the_headline(text: str, headline: str) -> None:
    assert _post(text).metadata["headline"] == headline


@pytest.mark.parametrize("text", [
    # a sentence that goes on over the line: its words before the colon hold a verb of saying
    "باغبان پیر شهر این را هم گفته بود\nچون گفته بود : «باغ را باید هر روز آب داد»",
    # a link is no speaker line
    "پست تازه باغ بزرگ شهر\nhttps://example.org/garden/post/1234/photos",
    # the first line is a speaker line itself: a question and its answer
    "باغبان شهر : گل‌ها کی می‌رسند\nشهردار : فردا صبح زود همه می‌رسند",
    # a line the copy broke: the rest opens with a word that goes on
    "باغبان‌ها امروز در پارک\nدر باغچه شمالی گفتند : گل‌های تازه کاشته شد",
])
def test_no_headline_over_a_line_that_is_no_speaker_line_of_its_own(text: str) -> None:
    article = _post(text)
    assert article.metadata["headline"] is None
    assert article.text.startswith(text.split("\n")[0])  # the post is read whole all the same


def test_the_headline_takes_no_speaker_line_s_quote(either_nlp) -> None:
    doc = either_nlp(_post("🚨\nآتش‌سوزی در انبار پارک مرکزی شهر\nآتش‌نشانی شهر : آتش در انبار خاموش شد."))
    assert doc.to_dict()["metadata"]["headline"] == "آتش‌سوزی در انبار پارک مرکزی شهر"
    assert [(q.speaker, q.content.text) for q in doc.quotes] == [("آتش‌نشانی شهر", "آتش در انبار خاموش شد.")]


@pytest.mark.parametrize("line, content", [
    ("🎥\nشهردار: باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود.  @garden_news",
     "باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود."),
    ("🎥\nشهردار: باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود.  @garden_news - Link",
     "باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود."),
    ("شهردار: باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود @GardenRoom",
     "باغ بزرگ شهر تا پایان ماه برای همه باز خواهد بود"),
])
def test_a_handle_closing_the_statement_s_line_is_no_part_of_it(either_nlp, line: str, content: str) -> None:
    (article,) = read_telegram_text(line + "\n\n", "posts.txt")
    doc = either_nlp(article)
    assert [(q.speaker, q.content.text) for q in doc.quotes] == [("شهردار", content)]
    quote = doc.quotes[0]
    assert doc.text[quote.content.span.start:quote.content.span.end] == content


def test_a_handle_inside_the_statement_stays(either_nlp) -> None:
    (article,) = read_telegram_text(
        "شهردار: صفحه @garden_news خبرهای باغ بزرگ شهر را هر روز منتشر خواهد کرد.\n@garden_news\n\n", "posts.txt")
    doc = either_nlp(article)
    assert [(q.speaker, q.content.text) for q in doc.quotes] == [
        ("شهردار", "صفحه @garden_news خبرهای باغ بزرگ شهر را هر روز منتشر خواهد کرد.")]


def test_news_keeps_a_handle_at_a_statement_s_end(either_nlp) -> None:
    doc = either_nlp("شهردار گفت: خبرهای باغ را در صفحه ما دنبال کنید @garden_news")
    assert [q.content.text for q in doc.quotes] == ["خبرهای باغ را در صفحه ما دنبال کنید @garden_news"]


@pytest.mark.parametrize("line, speaker", [
    ("https://example.org/garden/post/1234/photos", None),  # a link's scheme and colon: no speaker phrase
    ("http://t.me/garden_news/881 گل‌های تازه در باغ شهر", None),
    ("باغبان‌های شهرداری: امروز هزار گل کاشتیم", "باغبان‌های شهرداری"),  # a speaker line still is one
])
def test_a_link_opens_no_speaker_statement(line: str, speaker: str | None) -> None:
    """The speaker statement itself leaves a link out, for the title above a speaker line and the body's first
    statement alike."""
    from persianews.readers.telegram_headline import _speaker_statement

    match = _speaker_statement(line)
    assert (match.group().rsplit(":", 1)[0].strip() if match else None) == speaker
