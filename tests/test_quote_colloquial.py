"""The colloquial singular present of the posts («میگه», «می‌نویسه») reports like the written one (issue 13,
Telegram), the plural «میگن» only after a group («کاربران میگن …», «تعدادی از کاربران میگن …»), the colloquial plural past of a compound
verb only before «که», a colon or «…» («کاربران گزارش دادن که …»), and a clause opened by «و» with its subject dropped keeps the previous speaker («… و میگه …»)."""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def quotes(nlp, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, cue, content) of each quote of the one post in ``text``."""
    (article,) = read_telegram_text(text + "\n@example_news", "posts.txt")
    return [(q.speaker, q.cue.text if q.cue else "", q.content.text) for q in nlp(article).quotes]


@pytest.mark.parametrize("text, expected", [
    ("کامران نیک میگه: تنگه رو باید باز نگه داریم و کوتاه نیاییم.",
     ("کامران نیک", "میگه", "تنگه رو باید باز نگه داریم و کوتاه نیاییم.")),
    ("روزنامه کیهان می‌نویسه که دولت باید جواب بده.", ("روزنامه کیهان", "می‌نویسه", "دولت باید جواب بده.")),
])
def test_the_colloquial_present_reports(nlp, text, expected):
    assert quotes(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "ولی دروغ میگه :)",                       # no statement after it
    "این حرفی که میگه برای ما مهم نیست و ادامه می‌دیم.",   # a relative clause on «حرف»
    "میگن که حوضچه بندرگاه رو زدن.",                     # the impersonal plural: «they say»
])
def test_the_colloquial_present_without_a_statement_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("کاربران میگن دسترسی به سایت‌های خارجی دوباره قطع شده.",
     ("کاربران", "میگن", "دسترسی به سایت‌های خارجی دوباره قطع شده.")),
    ("گزارش‌ها می‌گن که پل شمالی شهر آسیب دیده.", ("گزارش‌ها", "می‌گن", "پل شمالی شهر آسیب دیده.")),
    ("دانشجویان هم میگن که کلاس‌ها فردا تعطیل است.", ("دانشجویان", "میگن", "کلاس‌ها فردا تعطیل است.")),  # past «هم»
    ("تعدادی از کاربران میگن متن داخل این تصویر گمراه‌کننده است.",  # a quantifier of a part and «از»
     ("تعدادی از کاربران", "میگن", "متن داخل این تصویر گمراه‌کننده است.")),
])
def test_the_colloquial_plural_after_a_group_reports(nlp, text, expected):
    assert quotes(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "الان میگن این جاده تا فردا بسته می‌مونه.",                # an adverb before it: impersonal
    "اینها میگن این جاده تا فردا بسته می‌مونه.",               # a pronoun
    "در پیام‌ها میگن این جاده تا فردا بسته می‌مونه.",          # a preposition's object: where, not who
    "چیزی که کاربران میگن با این گزارش فرق داره و جالبه.",      # a relative clause
    "میگن این جاده تا فردا بسته می‌مونه.",                     # no subject
    "زمان میگن که همه چیز درست می‌شود.",                       # a singular in «ان»: no group
    "پس از اعتراض‌ها میگن این جاده تا فردا بسته می‌مونه.",      # «از» of a preposition, no quantifier
])
def test_the_colloquial_plural_without_a_group_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("کاربران گزارش دادن که اینترنت موبایل دوباره وصل شده.",
     ("کاربران", "گزارش دادن", "اینترنت موبایل دوباره وصل شده.")),
    ("توسعه‌دهندگان برنامه اعلام کردن: نسخه جدید هفته بعد منتشر میشه.",
     ("توسعه‌دهندگان برنامه", "اعلام کردن", "نسخه جدید هفته بعد منتشر میشه.")),
])
def test_the_colloquial_plural_past_reports_before_that(nlp, text, expected):
    assert quotes(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "گزارش دادن به موقع برای همه کارمندان مهم است.",           # the infinitive, a noun: no «که» after it
    "از اعلام کردن نتایج خودداری شد و کسی چیزی نپرسید.",        # after a preposition, no statement
])
def test_the_colloquial_plural_past_without_that_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


def test_a_clause_opened_by_and_keeps_the_previous_speaker(nlp):
    found = quotes(nlp, "کامران نیک گفت که مذاکرات ادامه دارد. و گفت که تحریم‌ها باید لغو شود.")
    assert [speaker for speaker, _, _ in found] == ["کامران نیک", "کامران نیک"]


def test_and_alone_is_never_a_speaker(nlp):
    found = quotes(nlp, "دیروز اتفاقات زیادی افتاد و میگه که همه چیز تمام شده است.")
    assert all(speaker != "و" for speaker, _, _ in found)
