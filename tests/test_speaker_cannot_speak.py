"""Words at a subject's place that cannot speak (issue 13, round 23): a concessive conjunction opening the clause
the cue closes is no speaker (the subject follows it: rule ``subject:after-conjunction``), and an indefinite time ago
(«ساعاتی پیش», «دقایقی قبل») is a lead-in, not a surname.

Examples written for these tests; both pipelines and both readers.
"""

from __future__ import annotations

import pytest


def found(every_nlp, text: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, subject and speaker rules) of each quote of ``text``."""
    return [(q.speaker, [e for e in q.evidence if e.startswith(("subject:", "speaker:"))])
            for q in every_nlp(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    # a concessive conjunction («هرچند», «هر چند», «گرچه») opens the clause; the cue closes it
    ("هرچند سخنگوی دولت در واکنش به انتقادها، همواره گفته است که دولت تابع قانون است.", "سخنگوی دولت"),
    ("هر چند سخنگوی دولت در واکنش به انتقادها، همواره گفته است که دولت تابع قانون است.", "سخنگوی دولت"),
    ("گرچه کارشناسان انرژی در نشست دیروز، بارها گفته بودند که ذخایر کم است، تولید بالا رفت.",
     "کارشناسان انرژی"),
])
def test_the_subject_follows_an_opening_conjunction(every_nlp, text, speaker):
    quotes = found(every_nlp, text)
    assert [s for s, _ in quotes] == [speaker]
    assert "subject:after-conjunction" in quotes[0][1]


@pytest.mark.parametrize("text, speaker", [
    # the conjunction's clause closes at a comma, and the main clause has a subject of its own: that one speaks
    ("هرچند دولت وعده داده بود، کارشناسان انرژی گفتند که ذخایر کم است.", "کارشناسان انرژی"),
    # an adverb or a conjunction of cause is no concessive one: the words after it are not taken
    ("چون در آن زمان وزیر نیرو در سفر بود، معاون او گفت که سدها پر است.", "معاون او"),
])
def test_no_subject_is_taken_past_a_conjunction_that_closes_or_is_no_conjunction(every_nlp, text, speaker):
    quotes = found(every_nlp, text)
    assert all("subject:after-conjunction" not in rules for _, rules in quotes)
    assert [s for s, _ in quotes] == [speaker]


def test_every_few_days_is_no_conjunction(every_nlp):
    """Negative: «هر چند روز» is every few days, no conjunction; the quote is still found, with no
    ``subject:after-conjunction`` (its speaker is still cut wrong, «هر»: not this rule's to mend)."""
    quotes = every_nlp("هر چند روز یک بار سخنگوی دولت گفته است که دولت تابع قانون است.").quotes
    assert [q.content.text for q in quotes] == ["دولت تابع قانون است."]
    assert all("subject:after-conjunction" not in q.evidence for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    ("ساعاتی پیش از این نیز یک منبع آگاه در وزارت نفت گفته بود که صادرات افزایش یافته است.",
     "یک منبع آگاه در وزارت نفت"),
    ("دقایقی قبل کامران نیک اعلام کرد که تولید کاهش یافته است.", "کامران نیک"),
])
def test_an_indefinite_time_ago_is_a_lead_in(every_nlp, text, speaker):
    assert [s for s, _ in found(every_nlp, text)] == [speaker]


def test_an_indefinite_time_word_alone_may_be_a_surname(every_nlp):
    """Negative: «ساعاتی» with no «پیش» / «قبل» / «بعد» after it is the subject (a surname)."""
    assert [s for s, _ in found(every_nlp, "ساعاتی گفت که قرارداد بازیکنان تمدید می‌شود.")] == ["ساعاتی"]
