"""A dialogue in a post: the answer after a question line is a quote however short, and runs over its lines
(rule ``content:answer-to-question``); the interviewer's question is no statement.

Examples written for these tests; both pipelines.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.readers.telegram_text import read_telegram_text


def quotes(nlp, post: str):
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return nlp(article).quotes


def test_a_two_word_answer_after_a_question_is_a_quote(either_nlp):
    post = ("گزارشگر: آیا این به معنای پایان گزینه نظامی است؟\n"
            "ترامپ: خیر، اصلا.")
    (quote,) = quotes(either_nlp, post)
    assert (quote.speaker, quote.content.text, quote.kind) == ("ترامپ", "خیر، اصلا.", "direct")
    assert "content:answer-to-question" in quote.evidence


def test_a_question_label_opens_a_question_without_a_question_mark(either_nlp):
    post = ("پرسش: شما گفته بودید مذاکره ادامه دارد.\n"
            "نتانیاهو: درست است.")
    assert [(q.speaker, q.content.text) for q in quotes(either_nlp, post)] == [("نتانیاهو", "درست است.")]


def test_the_answer_runs_over_its_lines_to_the_credit_line(either_nlp):
    post = ("خبرنگار: آیا تنگه باز می‌شود؟\n"
            "ترامپ: بله، خیلی زود.\n"
            "ما کنترل کامل اوضاع را در دست داریم.\n"
            "منبع: شبکه خبری")
    (quote,) = quotes(either_nlp, post)
    assert quote.speaker == "ترامپ"
    assert quote.content.text == "بله، خیلی زود.\nما کنترل کامل اوضاع را در دست داریم."


def test_an_answer_whose_colon_ends_its_line_starts_on_the_next(either_nlp):
    post = ("سناتور: آیا چیزی را اشتباه متوجه شده‌ام؟\n"
            "وزیر جنگ:\n"
            "نه، همه کارت‌ها دست ماست.")
    *_, quote = quotes(either_nlp, post)  # a senator's question is his own statement: no interviewer's label
    assert (quote.speaker, quote.content.text) == ("وزیر جنگ", "نه، همه کارت‌ها دست ماست.")


def test_each_turn_of_a_dialogue_is_its_own_quote(either_nlp):
    post = ("خبرنگار: مذاکرات چطور بود؟\n"
            "ترامپ: عالی بود.\n"
            "خبرنگار: درباره تایوان هم صحبت کردید؟\n"
            "ترامپ: بله")
    assert [(q.speaker, q.content.text) for q in quotes(either_nlp, post)] == [
        ("ترامپ", "عالی بود."), ("ترامپ", "بله")]


def test_a_short_speaker_line_without_a_question_before_it_is_no_quote(either_nlp):
    post = ("تیتر روز: بازار ارز آرام شد و قیمت‌ها پایین آمد.\n"
            "ترامپ: خیر، اصلا.")
    assert all(q.content.text != "خیر، اصلا." for q in quotes(either_nlp, post))


def test_a_line_with_a_verb_of_saying_ends_the_answer(either_nlp):
    post = ("خبرنگار: آیا توافق نزدیک است؟\n"
            "ترامپ: شاید، باید صبر کنیم.\n"
            "سپس ونس، معاون رئیس‌جمهور، گفت: «ما عجله‌ای نداریم.»")
    found = quotes(either_nlp, post)
    assert found[0].content.text == "شاید، باید صبر کنیم."
    assert found[0].speaker == "ترامپ"


def test_the_interviewers_question_is_no_quote_but_the_hosts_statement_is(either_nlp):
    asked = quotes(either_nlp, "مجری فاکس: آیا جنگ با ایران از سر گرفته شده است؟\nترامپ: فکر می‌کنم به زودی تمام شود.")
    assert [(q.speaker, q.content.text) for q in asked] == [("ترامپ", "فکر می‌کنم به زودی تمام شود.")]
    stated = quotes(either_nlp, "مجری صداوسیما: تا پیروزی کامل بر دشمن باید ایستاد.")
    assert [q.content.text for q in stated] == ["تا پیروزی کامل بر دشمن باید ایستاد."]


_TURN = st.sampled_from([
    "خبرنگار: آیا مذاکره ادامه دارد؟", "ترامپ: بله.", "ترامپ: خواهید دید.", "ما کار را تمام می‌کنیم.",
    "منبع: شبکه خبری", "", "🔹", "پرسش: نظر شما چیست", "نتانیاهو:", "نه، هرگز.",
])


@settings(max_examples=40, deadline=None)
@given(st.lists(_TURN, max_size=8))
def test_an_answer_never_runs_into_another_turn(nlp, turns):
    for quote in quotes(nlp, "\n".join(turns)):
        if "content:answer-to-question" in quote.evidence:
            assert ":" not in quote.content.text and quote.content.text.strip()
