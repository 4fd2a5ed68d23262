"""Description speakers kept whole and resolved to the description (round 16, desc16): an age inside a
description («سناتور ۵۵ ساله ایالت …»), an adverb that ends the subject words («بارها», «دراین‌باره»), and a
«این منابع» / «این دو مقام» that takes the sources or officials described in passing, not the last named speaker.
Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("سناتور 62 ساله ایالت اوهایو گفته، بدون شرط به مذاکره برمی‌گردم.", "سناتور 62 ساله ایالت اوهایو"),
    ("پاریس بارها اعلام کرده است که این طرح را نمی‌پذیرد.", "پاریس"),
    ("یکی از فعالان صنعت خودرو دراین‌باره گفت: «قیمت‌ها بالا رفته است.»", "یکی از فعالان صنعت خودرو"),
])
def test_description_extents(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a number with no «ساله» after it still ends the words: a count of time
    ("وزیر کشور 3 روز پیش گفت که انتخابات برگزار می‌شود.", "وزیر کشور"),
])
def test_a_number_that_is_no_age_ends_the_words(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("روزنامه گاردین به نقل از منابع امنیتی گزارش داد که گفت‌وگوها متوقف شده است. "
     "یک مقام ارشد اروپایی به دولت آلمان پیام داده است که منتظر بماند. "
     "این منابع گفته‌اند که دور بعد در ماه آینده برگزار می‌شود.",
     "منابع امنیتی"),
    ("به گفته دو مقام اروپایی، این طرح ادامه دارد. "
     "این دو مقام اروپایی به خبرنگاران گفتند که هر هفته جلسه‌ای برگزار می‌شود.",
     "دو مقام اروپایی"),
    ("خبرگزاری آسوشیتدپرس به نقل از یک منبع آگاه اعلام کرد مذاکره ادامه دارد. "
     "این منبع گفت که هدف این مذاکرات کاهش تنش است.",
     "یک منبع آگاه"),
])
def test_a_source_description_takes_the_described_sources(either_nlp, text, expected):
    assert speakers(either_nlp(text))[-1] == expected  # the anaphor's quote, the last


@pytest.mark.parametrize("text, expected", [
    # no source before: «این منابع» continues the last speaker
    ("وزیر خارجه گفت که مذاکره ادامه دارد. این منابع گفتند که هدف کاهش تنش است.", "وزیر خارجه"),
    # «به نقل از» before a person's title describes no source
    ("رادیو فردا به نقل از وزیر نفت گزارش داد که صادرات کم شده است. این منابع گفتند که قیمت بالا رفته است.",
     "رادیو فردا"),
])
def test_no_described_source(either_nlp, text, expected):
    assert speakers(either_nlp(text))[-1] == expected  # the anaphor's quote continues the last speaker
