"""Subject words that name no one (rule ``speaker:words-no-speaker``). A bare document word («بیانیه تاکید
می‌کند») is its issuer, the last speaker (``→previous``). Words whose first word the dictionary reads only as an
adverb, a conjunction or a verb besides a noun («خیلی راحت گفت», «اینکه … اعلام کرد», «گفتم») leave the speaker
unresolved. Words before a title, a numeral, a quantifier or a plain name still open a speaker.

Examples written for these tests (patterns of Telegram posts, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text


def speakers(nlp, post: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, speaker rules) of each quote found in the one post of ``post``."""
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return [(q.speaker, [e for e in q.evidence if e.startswith("speaker:")]) for q in nlp(article).quotes]


def test_a_document_word_continues_the_issuer(either_nlp):
    post = ("ارتش اسرائیل: دو پهپاد در آسمان شهر رهگیری شد.\n"
            "بیانیه تاکید می‌کند که هیچ یک از نیروها آسیب ندیده‌اند.")
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == ["ارتش اسرائیل", "ارتش اسرائیل"]
    assert found[1][1] == ["speaker:words-no-speaker→previous"]


@pytest.mark.parametrize("post, junk", [
    ("مدیر فروش یک شرکت را دیدم. خیلی راحت گفت: «قیمت‌ها از ماه آینده بالا می‌رود.»", "خیلی راحت"),
    ("اینکه کاربران اعلام کردند سرعت اینترنت کم شده است، خبر تازه‌ای نیست.", "اینکه"),
])
def test_an_adverb_or_a_conjunction_is_no_speaker(either_nlp, post, junk):
    found = speakers(either_nlp, post)
    assert found == [(None, ["speaker:words-no-speaker-unresolved"])]


def test_words_before_a_title_stay_a_name(either_nlp):
    post = "کلی میر، خبرنگار شبکه آمریکایی، گزارش داد که مذاکرات هفته آینده ادامه می‌یابد."
    assert [s for s, _ in speakers(either_nlp, post)] == ["کلی میر"]


@pytest.mark.parametrize("post, speaker", [
    ("زائران گفتند که صف‌های مرز از صبح طولانی شده است.", "زائران"),
    ("میثاقی گفت که قرارداد بازیکنان تمدید می‌شود.", "میثاقی"),
    ("دو منبع آگاه گفتند که مذاکرات هفته آینده از سر گرفته می‌شود.", "دو منبع آگاه"),
    ("هر دو کشور تاکید کردند که آتش‌بس باید حفظ شود.", "هر دو کشور"),
    ("نهادهای امنیتی گزارش داده‌اند که دو نفر بازداشت شده‌اند.", "نهادهای امنیتی"),  # a plural read as a verb
])
def test_a_name_or_a_group_is_still_the_speaker(either_nlp, post, speaker):
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == [speaker]
    assert all(not rules[0].startswith("speaker:words-no-speaker") for _, rules in found)
