"""A Telegram speaker line naming its speaker by a surname, a comma or semicolon and a title (issue 13).

Golden cases are patterns from the telegram-dev channels, rewritten; each has a negative case. Both pipelines.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def quotes(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """(speaker, content, evidence) of each quote of the one post in ``text``."""
    (article,) = read_telegram_text(text, "posts.txt")
    return [(q.speaker, q.content.text, q.evidence) for q in nlp(article).quotes]


@pytest.mark.parametrize("text, speaker, content", [
    # the line broken before its colon, the title glued to the next word with a joiner
    ("🔑\nکاظمی، رئیس‌شورای هماهنگی دولت\n:\nحرف‌های وزیر درباره بنزین «قول» نبوده، فقط امید بوده\n@newsroom",
     "کاظمی", "حرف‌های وزیر درباره بنزین «قول» نبوده، فقط امید بوده"),
    ("🌊\nصفایی؛ سردبیر روزنامه همشهری\n:\nتا زمانی که قیمت‌ها پایین نیاید، بازار باید بسته بماند\n@newsroom",
     "صفایی", "تا زمانی که قیمت‌ها پایین نیاید، بازار باید بسته بماند"),
    # the colon ending the line: a surname alone there would be a label's word
    ("🔺\nحسینی، نماینده مجلس:\nقیمت بنزین بالا نخواهد رفت و مردم نگران نباشند.\n@newsroom",
     "حسینی", "قیمت بنزین بالا نخواهد رفت و مردم نگران نباشند."),
])
def test_a_surname_before_a_title_speaks(nlp, text, speaker, content):
    found = quotes(nlp, text)
    assert [(s, c) for s, c, _ in found] == [(speaker, content)]
    assert "subject:name-before-title" in found[0][2]


def test_a_long_title_after_a_name_passes_the_cap_of_a_broken_line(nlp):
    text = ("🔴\nرضا جلالی؛ عضو حقیقی شورای عالی فضای مجازی کشور\n:\n"
            "تلگرام مثل موشک آمریکا است، مثل آن بمبی است که به کشتی ما شلیک شد\n@newsroom")
    assert [s for s, _c, _e in quotes(nlp, text)] == ["رضا جلالی"]


@pytest.mark.parametrize("text", [
    # no title after the comma: an adverbial and a label, no speaker
    "امروز، در ادامه گزارش\n:\nبازار ارز همچنان آرام است و قیمت‌ها ثابت ماند\n@newsroom",
    "هفته بعد؛ خبر فوری\n:\nبازار ارز همچنان آرام است و قیمت‌ها ثابت ماند\n@newsroom",
    # a group or a medium after the semicolon is no title of the word before it
    "تکمیلی؛ رسانه‌های محلی\n:\nبازار ارز همچنان آرام است و قیمت‌ها ثابت ماند\n@newsroom",
    # a long line with no title after its comma stays over the cap of a broken line
    "برای ادامه، باید دید چه کسی پیروز خواهد شد و چه کسانی شکست خواهند خورد\n:\nبازار ارز همچنان آرام است\n@newsroom",
])
def test_words_before_a_comma_with_no_title_after_are_no_speaker(nlp, text):
    assert quotes(nlp, text) == []


def test_a_titled_surname_beside_an_untitled_line(nlp):
    # negative and golden in one post: the label line yields nothing, the titled surname speaks
    text = ("وضعیت کنونی؛ گزارش روز\n:\nبازار ارز همچنان آرام است و قیمت‌ها ثابت ماند\n\n"
            "حسینی، نماینده مجلس\n:\nقیمت بنزین بالا نخواهد رفت و مردم نگران نباشند\n@newsroom")
    assert [s for s, _c, _e in quotes(nlp, text)] == ["حسینی"]
