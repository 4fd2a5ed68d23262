"""Subject words that name a thing, not an agent who can speak (rule ``speaker:words-no-agent``): the plural of a
common noun, a document with no issuer, a determiner, an adverb in «ـانه», an infinitive, a word that opens a
clause. The quote continues the last speaker (``→previous``), else stays unresolved; a person, an office, an
organisation, a group or a name still speaks.

Examples written for these tests (patterns of news articles, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import names_no_agent
from tests.posts import post_speakers as speakers


@pytest.mark.parametrize("opening", ["پیش‌بینی‌های تازه", "گزارش هزینه‌های سفر", "هیچ طرح تازه‌ای"])
def test_words_of_no_agent_continue_the_last_speaker(either_nlp, opening):
    post = ("بهرام کاظمی رئیس سازمان برنامه گفت: «بودجه امسال کسری ندارد.»\n"
            f"{opening} اعلام کرد: «درآمد نفت از پیش‌بینی بیشتر بوده است.»")
    found = speakers(either_nlp, post)
    assert len(found) == 2 and found[0][0] == found[1][0] and found[0][0] is not None
    assert found[1][1][0].startswith("speaker:words-no-agent→previous")


def test_words_of_no_agent_with_no_speaker_before_are_unresolved(either_nlp):
    found = speakers(either_nlp, "پیش‌بینی‌های تازه اعلام کرد که درآمد نفت بیشتر بوده است.")
    assert found == [(None, ["speaker:words-no-agent-unresolved"])]


@pytest.mark.parametrize("post, speaker", [
    ("کارشناسان اعلام کردند که قیمت‌ها پایین می‌آید.", "کارشناسان"),
    ("کشورها اعلام کردند که مرزها بسته می‌ماند.", "کشورها"),
    ("آمریکایی‌ها اعلام کردند که سفارت باز می‌ماند.", "آمریکایی‌ها"),
    ("میثاقی گفت که قرارداد بازیکنان تمدید می‌شود.", "میثاقی"),
    ("گزارش اعلام کرد که صادرات افزایش یافته است.", None),  # a bare document word: its issuer (none here)
])
def test_an_agent_or_a_name_is_still_the_speaker(either_nlp, post, speaker):
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == [speaker]
    assert all(not rules[0].startswith("speaker:words-no-agent") for _, rules in found)


@pytest.mark.parametrize("words, no_agent", [
    ("احتمالات", True), ("حقوق‌های بالا", True), ("گزارش تخلفات ارزی", True), ("هیچ پروژه عمرانی", True),
    ("مثل آنهایی", True), ("کریمانه", True), ("و پیش‌بینی‌های تازه", True),
    ("مقامات", False), ("رسانه‌هایی", False), ("نیروهای مسلح", False), ("طرف‌ها", False), ("خیلی‌ها", False),
    ("گزارش", False), ("سپنتا", False), ("مردم", False), ("آیت‌الله مکارم", False), ("این‌ها", False),
    ("ایالات متحده", False), ("مطبوعات", False), ("تنها", False), ("گزارش‌ها", False), ("بچه‌ها", False), ("پیام مهر", False),
])
def test_the_agent_test(words, no_agent):
    assert names_no_agent(words) is no_agent


@pytest.mark.parametrize("opening", ["بی‌پاسخ ماندن نامه‌ها", "کنار گذاشتن طرح", "اونجایی که", "نه تنها",
                                     "امیدوارم بتوانم"])
def test_an_infinitive_or_a_clause_opener_continues_the_last_speaker(either_nlp, opening):
    """An act named by its infinitive («ماندن», «گذاشتن»), a conjunction, an adverb or a verb of hope at the
    subject's place names no one: the quote is the last speaker's."""
    post = ("بهرام کاظمی رئیس سازمان برنامه گفت: «بودجه امسال کسری ندارد.»\n"
            f"{opening} اعلام کرد: «درآمد نفت از پیش‌بینی بیشتر بوده است.»")
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == ["بهرام کاظمی", "بهرام کاظمی"]
    assert found[1][1][0].startswith("speaker:words-no-agent→previous")


def test_an_infinitive_with_no_speaker_before_is_unresolved(either_nlp):
    found = speakers(either_nlp, "کشیدن نقشه‌ها اعلام کرد که پروژه ادامه دارد.")
    assert found == [(None, ["speaker:words-no-agent-unresolved"])]


@pytest.mark.parametrize("post", ["آرش ماندن گفت که قیمت‌ها پایین می‌آید.",
                                  "لادن گفت که قیمت‌ها پایین می‌آید.",
                                  "همایون کشیدن اعلام کرد که پروژه ادامه دارد."])
def test_a_name_like_an_infinitive_still_speaks(either_nlp, post):
    found = speakers(either_nlp, post)
    assert len(found) == 1 and found[0][0] is not None and post.startswith(found[0][0])
    assert not found[0][1][0].startswith("speaker:words-no-agent")


@pytest.mark.parametrize("words, no_agent", [
    ("بی‌پاسخ ماندن", True), ("دست کشیدن واشنگتن", True), ("شنیدن", True), ("همانطور", True), ("اونجایی", True),
    ("نه تنها", True), ("امیدوارم بتوانم", True), ("آنچه او", True),
    ("لادن", False), ("بن لادن", False), ("لندن", False), ("آرش ماندن", False), ("بیژن", False), ("دامن", False),
])
def test_the_agent_test_reads_infinitives_and_clause_openers(words, no_agent):
    assert names_no_agent(words) is no_agent
