"""Telegram posts (issue 13): a speaker line «TITLE، NAME: …» is the holder's, named after the title.

A title entity, a comma and a short name no person entity covers whole, up to the colon
(``subject:name-after-title``): the name speaks, not the title. A place or a common noun at the name's end
(«سخنگوی وزارت خارجه، مسکو:», «…، مرکز استان:»), a coordination («…، کشاورزان و عشایر:») or a verb leaves the
title the speaker.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from .posts import signed_post_quotes_with_evidence as quotes

STATEMENT = "مذاکرات با همسایگان تا پایان ماه آینده ادامه خواهد داشت و نتیجه آن اعلام می‌شود."


@pytest.mark.parametrize("title, name", [
    ("وزیر دارایی نروژ", "آنالنا"),  # (a surname unknown to the dictionary is a PERSON: person-speaker-label)
    ("سخنگوی کاخ سفید", "مارلوت"),
])
def test_the_name_after_a_title_speaks(either_nlp, title: str, name: str) -> None:
    (found,) = quotes(either_nlp, f"{title}، {name}: {STATEMENT}")
    assert found[:2] == (name, STATEMENT)
    assert "subject:name-after-title" in found[2]


def test_a_surname_after_a_title_the_entity_rules_find_speaks_as_the_entity(either_nlp) -> None:
    (found,) = quotes(either_nlp, f"وزیر دارایی نروژ، کوبرتیچ: {STATEMENT}")
    assert found[:2] == ("کوبرتیچ", STATEMENT) and "subject:entity" in found[2]


@pytest.mark.parametrize("line, title", [
    (f"سخنگوی وزارت خارجه، مسکو: {STATEMENT}", "سخنگوی وزارت خارجه"),  # a place after the comma
    (f"شهردار تبریز، مرکز استان: {STATEMENT}", "شهردار تبریز"),  # a common noun, no surname, at the end
    (f"مدیرعامل صندوق حمایت از باغداران، کشاورزان و عشایر: {STATEMENT}",
     "مدیرعامل صندوق حمایت از باغداران"),  # a coordination
    (f"سخنگوی دولت، امروز گفت: {STATEMENT}", "سخنگوی دولت"),  # a verb of saying
])
def test_no_name_after_a_title_but_a_place_a_coordination_or_a_clause(either_nlp, line: str, title: str) -> None:
    """Negative: the title still speaks the statement (a line the title entity covers whole to the colon, «شهردار
    تبریز، پایتخت سوئد:», never reaches the rule)."""
    found = quotes(either_nlp, line)
    assert [(s, c) for s, c, _ in found] == [(title, STATEMENT)]
    assert all("subject:name-after-title" not in evidence for _, _, evidence in found)
