"""A post's line the copy broke right after a verb of saying (issue 13, round 22): the reported clause opens the
next line («سنتکام اعلام کرد» / «امروز ساعت ۹:۴۰ …»), and the sentence runs on over the break.

Golden cases are patterns seen in the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import pytest

from persianews.quotes.lines import ends_in_saying
from persianews.readers.telegram_text import read_telegram_text

from .posts import post_quotes


@pytest.fixture
def nlp(either_nlp):
    """Each pipeline: with the tagger and rules only."""
    return either_nlp


@pytest.mark.parametrize("line, says", [
    ("سخنگوی ارتش اعلام کرد", True),
    ("نماینده مجلس هم دیروز میگه", True),
    ("وزیر سیاست دولت را با گذشته مقایسه کرد و گفت", True),
    ("باراک راوید از آکسیوس: یک مقام ارشد به من می‌گوید", True),
    ("سخنگوی دولت این خبر را اعلام کرد", False),  # the object before the verb is what was said
    ("وزیر از ضرورت مذاکره میگه", False),  # «از»: the topic before the verb
    ("اعلام کرد", False),  # the verb alone: its subject stands on a line of its own
    ("سخنگوی ارتش اعلام کرد.", False),  # a stop ends the sentence
    ("قیمت نفت به ۹۰ دلار رسید", False),
])
def test_ends_in_saying(line, says):
    assert ends_in_saying(line, len(line)) is says


def test_a_reported_clause_opens_the_line_after_its_verb(nlp):
    text = "سخنگوی ارتش در پیامی اعلام کرد\nدو فروند پهپاد بر فراز خلیج فارس سرنگون شدند.\n@example_news"
    assert post_quotes(nlp, text) == [("سخنگوی ارتش", "دو فروند پهپاد بر فراز خلیج فارس سرنگون شدند.")]
    (article,) = read_telegram_text(text, "posts.txt")
    (quote,) = nlp(article).quotes
    assert "content:after-saying-line" in quote.evidence


def test_a_verb_after_and_reports_the_next_line(nlp):
    text = "وزیر کشاورزی برنامه امسال را با پارسال سنجید و گفت\nنتیجه این دو سال یکسان است.\n@example_news"
    assert post_quotes(nlp, text) == [("وزیر کشاورزی", "نتیجه این دو سال یکسان است.")]


def test_a_clock_time_in_the_reported_line_is_no_speaker_colon(nlp):
    text = "سخنگوی ارتش اعلام کرد\nامروز ساعت 9:40 شب موج تازه حملات به پایان رسید.\n@example_news"
    assert post_quotes(nlp, text) == [("سخنگوی ارتش", "امروز ساعت 9:40 شب موج تازه حملات به پایان رسید.")]


def test_a_colloquial_object_mark_opening_a_line_goes_on_from_the_line_before(nlp):
    text = "وزیر کشاورزی، دیروز برنامه امسال\nرو با پارسال سنجید و گفت\nنتیجه این دو سال یکسان است.\n@example_news"
    assert post_quotes(nlp, text) == [("وزیر کشاورزی", "نتیجه این دو سال یکسان است.")]


@pytest.mark.parametrize("text", [
    "سخنگوی دولت این خبر را اعلام کرد\nقیمت بنزین فردا تغییر نمی‌کند.\n",
    "وزیر نفت از ضرورت مذاکره میگه\nرئیس مجلس با ناراحتی به او نگاه میکنه.\n",
    "روزنامه‌ها عمدا این‌طور تیتر می‌زدند\nتا ترس از تورم را بیشتر کنند.\n",
    "ارتش کویت\nاعلام کرد\nسامانه‌های دفاعی در حال مقابله با حملات هستند.\n",
])
def test_a_line_after_a_verb_that_reports_nothing_there_is_no_quote(nlp, text):
    """Negative: the line after the verb is no quote; a speaker line after it still is."""
    assert post_quotes(nlp, text + "وزیر نیرو گفت: سدها پر است.\n@example_news") == [("وزیر نیرو", "سدها پر است.")]
