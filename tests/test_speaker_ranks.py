"""Ranks and honorifics of several words before a speaker's name (issue 13 class 5, round 11): «سرتیپ دوم
پاسدار», «حجت‌الاسلام والمسلمین» are one honorific of honorifics.tsv, not the start of the name. Golden and
negative cases; both pipelines."""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import clean, honorific_stack, honorific_words


@pytest.mark.parametrize("words, count", [
    ("سرتیپ دوم پاسدار کاوه رستمی", 3),
    ("حجت‌الاسلام والمسلمین کاوه رستمی", 2),
    ("ستوان یکم کاوه رستمی", 2),
    ("دکتر کاوه رستمی", 1),
])
def test_a_rank_of_several_words_is_one_honorific(words, count):
    assert honorific_words(words.split()) == count


@pytest.mark.parametrize("words, count", [
    ("سردار سرتیپ دوم پاسدار کاوه رستمی", 4),
    ("امیر سرتیپ دوم کاوه رستمی", 3),
    ("کاوه رستمی", 0),
    ("دوم کاوه رستمی", 0),  # «دوم» alone is no honorific
    ("پاسدار کاوه", 0),
])
def test_a_stack_of_honorifics_is_counted_whole(words, count):
    assert honorific_stack(words.split()) == count


@pytest.mark.parametrize("text, cleaned", [
    ("سردار سرتیپ دوم پاسدار کاوه رستمی", "کاوه رستمی"),
    ("حجت‌الاسلام والمسلمین کاوه رستمی", "کاوه رستمی"),
    ("سردار سید کاوه رستمی", "سید کاوه رستمی"),  # «سید» is part of the name
    ("سرتیپ دوم", "سرتیپ دوم"),  # nothing would be left: kept
    ("کاوه رستمی دوم", "کاوه رستمی دوم"),
])
def test_clean_drops_the_whole_rank(text, cleaned):
    assert clean(text) == cleaned


@pytest.mark.parametrize("rank", ["سردار سرتیپ دوم پاسدار", "امیر سرتیپ دوم", "حجت‌الاسلام والمسلمین"])
def test_the_speaker_after_a_rank_of_several_words_is_the_name(either_nlp, rank):
    doc = either_nlp(f"{rank} کاوه رستمی فرمانده سپاه استان گفت: امنیت برقرار است. وی افزود: کار ادامه دارد.")
    assert [q.speaker for q in doc.quotes] == ["کاوه رستمی", "کاوه رستمی"]

