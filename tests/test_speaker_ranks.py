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



def _honorific_words_read_whole(words: list[str]) -> int:
    """:func:`honorific_words` as it read every one of the first four words before its first-word check."""
    from persianews.quotes.cues import fold_form, lexicon
    from persianews.quotes.speaker_names import _honorific_phrases

    keys = [fold_form(word) for word in words[:4]]
    for count in range(len(keys), 0, -1):
        if " ".join(keys[:count]) in _honorific_phrases():
            return count
    return 1 if keys and keys[0] in lexicon().honorifics else 0


def test_honorific_words_reads_past_the_first_word_only_when_it_opens_a_rank():
    from persianews.resources import data_rows

    surfaces = [surface for surface, *_ in data_rows("honorifics.tsv")]
    cases = [[], [""], ["کاوه"], ["وزیر", "کشور"], ["آقای", "کاوه"], ["سید", "کاوه", "رستمی"]]
    cases += [(surface + " کاوه رستمی").split() for surface in surfaces]
    cases += [surface.split()[:1] + ["کاوه"] for surface in surfaces]
    for words in cases:
        assert honorific_words(words) == _honorific_words_read_whole(words), words
