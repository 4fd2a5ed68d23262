"""A post's first line ending in «!» or «؟» (with a speaker, «SPEAKER: …!», or without) over a paragraph is its
headline (a layout decision of ``telegram_post._exclaimed_line``, no evidence code); an interviewer's question, a
line before another speaker line, or one over a short line is not.

Examples written for these tests (patterns of the telegram-dev channels, not their text).
"""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text

BODY = "گفت‌وگوهای دو کشور از هفته گذشته در مسقط در جریان بود و میانجی‌ها امیدوار بودند که تا پایان ماه به نتیجه برسد."


def headline(post: str) -> str | None:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return article.metadata["headline"]


def test_an_exclaimed_speaker_line_over_a_paragraph_is_the_headline():
    assert headline("تسنیم: مذاکرات با آمریکا کاملا متوقف شد!\n" + BODY) == "تسنیم: مذاکرات با آمریکا کاملا متوقف شد!"
    assert headline("خبرگزاری نمونه : آیا توافق به نتیجه می‌رسد؟\n" + BODY) == "خبرگزاری نمونه : آیا توافق به نتیجه می‌رسد؟"


def test_an_interviewers_question_or_a_dialogue_has_no_headline():
    assert headline("خبرنگار: واکنش شما به حملات اخیر چیست؟\n" + BODY) is None
    assert headline("ترامپ: آیا فکر می‌کنید آنها آماده‌اند؟\nمارک روت، رییس ناتو: " + BODY) is None


def test_an_exclaimed_line_without_a_speaker_over_a_paragraph_is_the_headline():
    assert headline("باورتان نمی‌شود که مذاکرات متوقف شد!\n" + BODY) == "باورتان نمی‌شود که مذاکرات متوقف شد!"
    assert headline("ویروس فیلترینگ به کشور همسایه رسید؟\n" + BODY) == "ویروس فیلترینگ به کشور همسایه رسید؟"


def test_an_exclaimed_line_over_a_short_line_is_no_headline():
    assert headline("آخر از دیوار هم صدا درمی‌آید از این آقا نه!\nبلند شو یک چیزی بگو مرد!") is None
    assert headline("خبرنگار: آیا مذاکرات متوقف شد؟\n" + BODY) is None


def test_an_exclaimed_report_of_what_someone_said_is_no_headline():
    assert headline("وزیر نمونه گفته سرعت اینترنت در جنگ هم کم نشد!\n" + BODY) is None


def test_an_exclaimed_line_going_on_from_what_came_before_is_no_headline():
    """review13a: a comment's continuation («و …!»); a preposition may open a title."""
    assert headline("و باز هم ثابت شد حق با مردم بود!\n" + BODY) is None
    assert headline("به خاطر یک ویدیو دو سال زندان!\n" + BODY) == "به خاطر یک ویدیو دو سال زندان!"


def test_a_long_run_of_marks_before_the_lines_end_is_read_in_linear_time():
    """The final-mark check tries one mark per position: a 200,000-mark run (quadratic before: hours) returns."""
    line = "ترامپ: مذاکرات با آمریکا " + "!" * 200_000 + "x»"
    assert headline(line + "\n" + BODY) is None
