"""What opens and names a post's speaker: a geometric bullet («◾», category Sm) before the speaker line is skipped;
a foreign honorific (پرزیدنت، پرنس، شاهزاده) heads a name; a mission with its seat at an organisation is one title
(``subject:mission-seat``, not cut at the organisation's head); and a person the post shows and never names
(«این خانم … میگه …») is the description itself (``speaker:description-unnamed``).

Examples written for these tests (patterns of the telegram-dev channels, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

STATEMENT = "ده دانشجوی ایرانی که هفته گذشته بازداشت شده بودند امروز آزاد شدند."


def quotes(nlp, post: str):
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return nlp(article).quotes


@pytest.mark.parametrize("bullet", ["◾", "◾️", "◼ ", "◽"])
def test_a_geometric_bullet_before_a_speaker_line_is_skipped(either_nlp, bullet: str) -> None:
    (quote,) = quotes(either_nlp, f"{bullet}وزیر نیرو: {STATEMENT}")
    assert quote.speaker == "وزیر نیرو" and quote.content.text == STATEMENT


def test_a_bullet_alone_is_no_speaker(either_nlp) -> None:
    """The bullet is skipped, not read as a speaker: a line of it and a label stays no quote of the bullet."""
    assert [q.speaker for q in quotes(either_nlp, f"◾\nوزیر نیرو: {STATEMENT}")] == ["وزیر نیرو"]
    assert not quotes(either_nlp, "◾ ساعت: هشت صبح")


@pytest.mark.parametrize("line, speaker", [
    ("شاهزاده علی احمدی", "علی احمدی"),  # the honorific heads a given name: the name speaks
    ("پرزیدنت ترامپ", "پرزیدنت ترامپ"),
])
def test_a_foreign_honorific_heads_the_name(either_nlp, line: str, speaker: str) -> None:
    (quote,) = quotes(either_nlp, f"{line}: {STATEMENT}")
    assert quote.speaker == speaker


def test_a_foreign_honorific_opens_a_speaker_head(either_nlp) -> None:
    (quote,) = quotes(either_nlp, f"پرزیدنت ترامپ: {STATEMENT}")
    assert quote.evidence[:2] == ("cue:headline-speaker-head", "subject:speaker-head")


def test_an_honorific_alone_in_a_sentence_is_no_name(either_nlp) -> None:
    """«شاهزاده» with no name after it stays the word it is, not a name cut from the next word."""
    (quote,) = quotes(either_nlp, f"شاهزاده گفت که {STATEMENT}")
    assert quote.speaker == "شاهزاده"


@pytest.mark.parametrize("line", ["نمایندگی دائم ایران در سازمان ملل", "نمایندگی ایران در سازمان ملل"])
def test_a_missions_seat_at_an_organisation_is_kept_whole(either_nlp, line: str) -> None:
    (quote,) = quotes(either_nlp, f"{line}: {STATEMENT}")
    assert quote.speaker == line and "subject:mission-seat" in quote.evidence


def test_a_name_before_a_title_is_still_cut_from_it(either_nlp) -> None:
    """Outside a mission's seat, a name before a title inside the subject words is the speaker, as before."""
    (quote,) = quotes(either_nlp, f"علی احمدی سرپرست فرمانداری شهر گفت که {STATEMENT}")
    assert quote.speaker == "علی احمدی"


SHOWN = ("حالا این خانم از اعضای یک حزب محلی، میگه که مردم شهر از دولت ناامید شدن و دیگه رای نمیدن! "
         "داره میگه همه از وضع موجود خسته شدن!")


def test_a_person_the_post_shows_and_never_names_is_the_description(either_nlp) -> None:
    found = quotes(either_nlp, SHOWN)
    assert [q.speaker for q in found] == ["این خانم", "این خانم"]
    assert "speaker:description-unnamed" in found[0].evidence


def test_a_described_person_named_before_or_an_official_is_not_left_as_the_description(either_nlp) -> None:
    """A person named before is the referent; an office («این مقام») is no person by sight: the rule stays off."""
    named = quotes(either_nlp, "مریم احمدی امروز در تجمع حاضر شد. این خانم گفت که " + STATEMENT)
    assert [q.speaker for q in named] == ["مریم احمدی"]
    office = quotes(either_nlp, "این مقام گفت که " + STATEMENT)
    assert [q.content.text for q in office] == [STATEMENT]
    assert all("speaker:description-unnamed" not in q.evidence for q in office)
    assert all(q.speaker != "این مقام" for q in office)
