"""A post's headline by the shape of its first lines (layout decisions of ``telegram_post``, no evidence code): a
title that trails off in an ellipsis; a title over a short sentence opened by a pronoun that refers back to it
(«وی …»); an exclaimed title over a paragraph opened by a preposition, or over a sentence the copy broke at a
hashtag set in it; a title under its source's label (``خبرگزاری نمونه:``, ``نمونه‌نیوز:``). Not: a line over an
emoji line of faces alone (a comment and its reaction), an exclaimed line over a paragraph that goes on with «و», a
title over a short line with no such pronoun, a line ending in «.» over an emoji line (or trailing off after one),
an interviewer's line, an exclaimed line over a sentence broken over lines with no hashtag, a statement under its
speaker's name (``سرلشکر نمونه:``), a first line with no Persian letter (a credit in Latin letters, a lone
«*»). And a trailer of single words between two signatures of different handles
belongs to the post before; between two of the same handle it is a post of its own.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

BODY = ("در این گزارش کوتاه مراحل کاشت گل و سبزی در گلدان‌های کوچک خانه با زبان ساده و همراه با چند تصویر"
        " آموزشی توضیح داده شده است.")


def headline(post: str) -> str | None:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return article.metadata["headline"]


@pytest.mark.parametrize("post, title", [
    ("آموزش ساختن یک باغچه کوچک در بالکن خانه ...\n🎥\n" + BODY, "آموزش ساختن یک باغچه کوچک در بالکن خانه ..."),
    ("باغچه‌های شهر دوباره سبز شدند!\n" + BODY, "باغچه‌های شهر دوباره سبز شدند!"),
    ("چرا باغچه‌های شهر خشک شدند؟\nتا هفته گذشته آب کافی به همه باغچه‌های محله‌های جنوبی شهر می‌رسید و"
     " هیچ کس از کمبود آن گله نداشت.", "چرا باغچه‌های شهر خشک شدند؟"),
    ("خبرگزاری نمونه:\nافتتاح بزرگ‌ترین باغ گیاه‌شناسی شهر\n🔹\n" + BODY, "افتتاح بزرگ‌ترین باغ گیاه‌شناسی شهر"),
    ("نمونه‌نیوز:\nافتتاح بزرگ‌ترین باغ گیاه‌شناسی شهر\n🎥\n" + BODY, "افتتاح بزرگ‌ترین باغ گیاه‌شناسی شهر"),
    ("باغچه‌های شهر بی‌آب ماندند!\nدر رابطه با کم‌آبی امسال و تعطیلی\n#باغچه_شهری\n، شهرداری در اطلاعیه‌ای نوشته"
     " که آبیاری همه باغچه‌ها تا پایان ماه آینده دو روز در هفته انجام می‌شود.", "باغچه‌های شهر بی‌آب ماندند!"),
    ("شهردار نمونه وارد باغ گیاه‌شناسی شد\nوی در بدو ورود با مدیر باغ گفت‌وگو کرد.",
     "شهردار نمونه وارد باغ گیاه‌شناسی شد"),
])
def test_a_title_by_its_shape_is_the_headline(post: str, title: str) -> None:
    assert headline(post) == title


@pytest.mark.parametrize("post", [
    "باغچه همسایه دوباره پر از گل شد\n😂\n" + BODY,  # a comment and its reaction
    "باغچه همسایه دوباره پر از گل شد!\nو همه گل‌هایش را هم خودش کاشته بود و هر روز با حوصله آب می‌داد"
    " تا زودتر بزرگ شوند.",  # the exclamation goes on
    "باغچه همسایه دوباره پر از گل شد.\n🎥\n" + BODY,  # a sentence over an emoji line
    "باغچه همسایه پر از گل شد.  ادامه در یادداشت بعدی...\n🎥\n" + BODY,  # a sentence, then a caption trails off
    "خبرنگار:\nشما درباره باغچه‌های شهر چه نظری دارید؟\n🔹\n" + BODY,  # an interviewer
    "باغچه‌های شهر بی‌آب ماندند!\nدر رابطه با کم‌آبی امسال و تعطیلی\nآبیاری باغچه‌ها\n، شهرداری در اطلاعیه‌ای"
    " نوشته که آبیاری همه باغچه‌ها تا پایان ماه آینده دو روز در هفته انجام می‌شود.",  # no hashtag broke it
    "شهردار نمونه وارد باغ گیاه‌شناسی شد\nدر بدو ورود با مدیر باغ گفت‌وگو کرد.",  # a short line may go on
    # a speaker's name over the words the copy broke off it: no source label, its statement no title alone
    "سرلشکر نمونه:\nباغ‌های شهر را دوباره سبز می‌کنیم\n🔹\n" + BODY,
    "🖼\nبهرام صادقی:\nباغ‌های شهر را دوباره سبز می‌کنیم\n🔹\n" + BODY,
    # a first line with no Persian letter: a credit, a lone mark, hashtags in Latin letters; no title
    "Samplename\nپیام‌های دریافتی:\nسلام همین الان صدای انفجار اومد\nشرق شهر صدای پدافند",
    "*\n🌐\nافتتاح بزرگ‌ترین باغ گیاه‌شناسی شهر\n🔹\n" + BODY,
    "(\n⚠️\nفیلم کوتاه باغ گیاه‌شناسی شهر)\n" + BODY,
    "#GARDEN #City\n🔹\n" + BODY,
])
def test_no_headline_by_its_shape(post: str) -> None:
    assert headline(post) is None


def test_a_trailer_between_two_handles_belongs_to_the_post_before() -> None:
    """The handle before the trailer names the post's channel; the one after it is where the trailer points
    («#دریافت نظرات» and the handle that takes the comments)."""
    text = ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\n#نظرسنجی\nنظرات\n@garden_polls\n"
            "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n")
    first, second = read_telegram_text(text, "posts.txt")
    assert first.text.endswith("نظرات") and first.metadata["channel"] == "garden_news"
    assert second.text.startswith("گل‌های بهاری")


@pytest.mark.parametrize("between", ["بوشهر\n@garden_news\n", "باغ بوشهر\n@garden_polls\n"])
def test_a_post_between_signatures_stays_a_post(between: str) -> None:
    """One word under the same handle, or a line of two words under another, is a post of its own."""
    text = "باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\n" + between
    first, second = read_telegram_text(text, "posts.txt")
    assert first.text == "باغ گیاه‌شناسی شهر از فردا باز است" and second.text == between.split("\n")[0]


@pytest.mark.parametrize("post, title", [
    ("🔰\n#یادداشت\n| باغچه‌ها را دوباره سبز کنید\n📝\n" + BODY, "باغچه‌ها را دوباره سبز کنید"),
    # a hashtag inside the title, set off by no bar, stays
    ("🔰 #فوری باغچه‌های شهر دوباره سبز شدند\n🔹\n" + BODY, "#فوری باغچه‌های شهر دوباره سبز شدند"),
    ("🔰\n#باغچه\nباغچه‌های شهر دوباره سبز شدند\n🔹\n" + BODY, "#باغچه باغچه‌های شهر دوباره سبز شدند"),
])
def test_a_rubric_set_off_by_a_bar_is_left_out_of_the_headline(post: str, title: str) -> None:
    assert headline(post) == title
