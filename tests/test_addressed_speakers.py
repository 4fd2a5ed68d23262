"""Speakers who address someone (issue 13): «X خطاب به Y: …», «X خطاب به Y گفت: …» — X speaks, and «خطاب» (an
adverbial, «addressing») ends the subject phrase as «درباره» does; Y is no speaker.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

from .posts import signed_post_quotes as said

DEMAND = "آب کشاورزی ما را قطع نکنید، محصول امسال از دست می‌رود"


def test_a_speaker_line_that_addresses_someone_is_the_speaker_s(either_nlp) -> None:
    """Golden: the short name before «خطاب به» speaks (not «کشاورزان خطاب»)."""
    assert said(either_nlp, f"کشاورزان خطاب به استاندار: {DEMAND}") == [("کشاورزان", DEMAND)]


def test_a_subject_that_addresses_someone_before_the_cue(every_nlp) -> None:
    """Golden in both readers: «X خطاب به Y گفتند: …» is X's."""
    quotes = every_nlp(f"کشاورزان روستای نمونه خطاب به استاندار گفتند: {DEMAND}.").quotes
    assert [q.speaker for q in quotes] == ["کشاورزان روستای نمونه"]


def test_the_addressee_is_no_speaker_and_no_speaker_holds_the_word(either_nlp) -> None:
    """Negative: neither the addressee nor a phrase with «خطاب» in it is a speaker."""
    speakers = [who for who, _ in said(either_nlp, f"بازنشستگان شهر نمونه خطاب به استاندار: {DEMAND}")]
    assert speakers and all(who and "خطاب" not in who and "استاندار" not in who for who in speakers)
