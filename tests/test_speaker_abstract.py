"""Subject words an abstract noun heads (``abstract_nouns.txt``: «تصمیم …», «نگرانی‌ها», «ادعایی که …»): a thing,
an act or a state, never an agent that speaks. A speaker the clause names later that opens a clause of its own is
the subject (rule ``subject:entity-after-no-one``); else the quote continues the last speaker
(``speaker:words-abstract→previous``) only when its cue says the speaker goes on («افزود») and nothing between the
words and the cue may be the subject (an entity, a «که»); otherwise the speaker stays unresolved
(``speaker:words-abstract-unresolved``). A body, an office or a name still speaks.

Examples written for these tests (patterns of news articles, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import names_abstract
from tests.posts import post_speakers as speakers

_BEFORE = "بهرام کاظمی رئیس سازمان برنامه گفت: «بودجه امسال کسری ندارد.»\n"


@pytest.mark.parametrize("opening", ["توزیع رایگان ماسک در استان‌ها", "نگرانی‌ها", "آخرین تصمیم دولت"])
def test_abstract_words_before_a_cue_that_goes_on_continue_the_last_speaker(either_nlp, opening):
    found = speakers(either_nlp, _BEFORE + f"{opening} افزود: «ذخیره کافی داریم.»")
    assert [speaker for speaker, _ in found] == ["بهرام کاظمی", "بهرام کاظمی"]
    assert found[1][1][0].startswith("speaker:words-abstract→previous")


def test_abstract_words_before_another_cue_are_unresolved(either_nlp):
    """«تاکید کرد» does not say the last speaker goes on: words of a heading glued to a sentence whose subject the
    rules did not find are as likely («… در تهران تاکید کرد»), so no speaker is guessed."""
    found = speakers(either_nlp, _BEFORE + "توزیع رایگان ماسک در استان‌ها تاکید کرد: «ذخیره کافی داریم.»")
    assert found[-1] == (None, ["speaker:words-abstract-unresolved"])


def test_abstract_words_with_no_speaker_before_are_unresolved(either_nlp):
    found = speakers(either_nlp, "نگرانی‌ها اعلام کرد که ذخیره کافی است.")
    assert found == [(None, ["speaker:words-abstract-unresolved"])]


def test_a_speaker_after_the_abstract_words_speaks(either_nlp):
    """«تازه‌ترین پیشنهاد … بود که NAME، TITLE گفت»: the person after «که» is the subject, not the proposal."""
    found = speakers(either_nlp, "تازه‌ترین پیشنهاد برای حل بحران هفته گذشته بود که علی رضایی، عضو شورای شهر گفت: "
                                 "«باید بودجه را افزایش داد.»")
    assert [speaker for speaker, _ in found] == ["علی رضایی"]


def test_a_clause_between_leaves_the_speaker_unresolved(either_nlp):
    """«… که X معتقد است»: a «که» between the words and the cue opens a clause whose subject the rules did not
    find; it is not the last speaker's."""
    found = speakers(either_nlp, _BEFORE + "تصاویری که برادر کوچکش معتقد است در این ماجرا موثر بوده است.")
    assert found[-1] == (None, ["speaker:words-abstract-unresolved"])


@pytest.mark.parametrize("post, speaker", [
    ("دولت اعلام کرد که قیمت‌ها پایین می‌آید.", "دولت"),
    ("مجلس اعلام کرد که بودجه تصویب شد.", "مجلس"),
    ("وزارت نیرو اعلام کرد که برق قطع نمی‌شود.", "وزارت نیرو"),
    ("امید گفت که قیمت‌ها پایین می‌آید.", "امید"),
    ("کارشناسان اعلام کردند که قیمت‌ها پایین می‌آید.", "کارشناسان"),
])
def test_a_body_an_office_or_a_name_still_speaks(either_nlp, post, speaker):
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == [speaker]
    assert not any(rules[0].startswith("speaker:words-abstract") for _, rules in found)


@pytest.mark.parametrize("words, abstract", [
    ("تصمیم", True), ("نگرانی‌ها", True), ("ادعایی", True), ("تصاویری", True), ("آخرین صحبتی", True),
    ("تازه‌ترین دعوت", True), ("یکی از دلایلی", True), ("هدف این طرح", True),
    ("دولت", False), ("مجلس", False), ("امید", False), ("قدرت", False), ("بازار", False), ("گزارش", False),
    ("کارشناسان", False), ("یکی از مسئولان", False), ("آخرین", False),
])
def test_the_abstract_noun_test(words, abstract):
    assert names_abstract(words) is abstract
