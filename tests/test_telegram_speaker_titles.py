"""A post's first line «SPEAKER: statement» over a short plain line is its headline (a layout decision of
``telegram_post._is_speaker_title``, no evidence code); a title over a paragraph opened by «به گزارش X، …» is one
too (the «به» of a report formula continues no title). Not: a clock time's colon, a speaker line of one or two
words (a line the copy broke), an interviewer's line, an exclaimed line over a short line, a plain title over a
short line.

Examples written for these tests (patterns of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

SHORT_BODY = "کشورشان در وضعیت بسیار دشواری قرار گرفته است."
REPORT_BODY = ("به گزارش روابط عمومی فرمانداری نمونه، صبح امروز دو خودروی سواری در جاده روستایی با هم برخورد کردند"
               " و سه نفر مجروح شدند.")


def headline(post: str) -> str | None:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return article.metadata["headline"]


@pytest.mark.parametrize("title", [
    "ترامپ: امروز حمله بسیار سنگینی انجام دادیم",
    "سخنگوی وزارت نمونه : مذاکرات هفته آینده ادامه می‌یابد",
])
def test_a_speaker_line_over_a_short_line_is_the_headline(title: str) -> None:
    assert headline(title + "\n" + SHORT_BODY) == title


def test_a_title_over_a_report_formula_is_the_headline() -> None:
    assert headline("تصادف مرگبار در جاده روستایی\n" + REPORT_BODY) == "تصادف مرگبار در جاده روستایی"


@pytest.mark.parametrize("title", [
    "پیام‌های رسیده از ساعت ۰۰:۳۰ امشب",  # a clock time, no speaker
    "ترامپ در شبکه اجتماعی : تنگه هرمز",  # two words after the colon: the copy broke the line
    "خبرنگار: شما درباره مذاکرات چه می‌گویید",  # an interviewer asks
    "ترامپ: مذاکرات کاملا متوقف شد!",  # an exclaimed statement may run on over the next line
    "حملات تازه به مناطق مرزی",  # no speaker: a short line may be the title's broken rest
])
def test_no_headline_over_a_short_line(title: str) -> None:
    assert headline(title + "\n" + SHORT_BODY) is None


def test_a_speaker_line_over_another_speaker_line_is_no_headline() -> None:
    assert headline("ترامپ: امروز حمله بسیار سنگینی انجام دادیم\nنتانیاهو: ما هم آماده‌ایم و منتظر می‌مانیم") is None


@pytest.mark.parametrize("title, body", [
    ("قطر : پدافند ما در حال رهگیری چند پرتابه است.",
     "قطر در روزهای گذشته بارها هدف حمله قرار گرفته است."),
    ("رویترز: دو کشور برای دور تازه گفت‌وگوها در ژنو آماده می‌شوند.",
     "بر اساس گزارش رویترز، هیئت‌های دو کشور هفته آینده در ژنو دیدار خواهند کرد."),
])
def test_a_speaker_sentence_whose_speaker_the_next_line_names_again_is_the_headline(title: str, body: str) -> None:
    assert headline(title + "\n" + body) == title


@pytest.mark.parametrize("title, body", [
    # the next line goes on with the speaker's words: no title
    ("رویترز: دو کشور برای دور تازه گفت‌وگوها در ژنو آماده می‌شوند.",
     "هیئت‌های دو کشور هفته آینده در ژنو دیدار خواهند کرد و رویترز از آن خبر داد."),
    # a name under the statement, no paragraph
    ("ترامپ در شبکه اجتماعی: هفته آینده روز بزرگی برای کشور ما خواهد بود.", "دونالد جی. ترامپ"),
])
def test_a_speaker_sentence_the_next_line_does_not_rename_is_no_headline(title: str, body: str) -> None:
    assert headline(title + "\n" + body) is None
