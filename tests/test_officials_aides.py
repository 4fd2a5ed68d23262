"""Officials (issue 13, round 17): an aide's role word (دستیار) takes a complement as other roles do; a body's
lexicon name holding a preposition (ستاد امر به معروف) closes a title whole; a name, a «؛» and a title are in
apposition. Golden cases and what must not link, both pipelines and both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ("حسن نوری دستیار ویژه رئیس مجلس در این باره گفت: طرح آماده است.", "حسن نوری", "دستیار ویژه رئیس مجلس"),
    ("حسن نوری، دستیار وزیر امور خارجه گفت: طرح آماده است.", "حسن نوری", "دستیار وزیر امور خارجه"),
    ("حسن نوری دبیر ستاد امر به معروف در یادداشتی نوشت: طرح آماده است.", "حسن نوری", "دبیر ستاد امر به معروف"),
    ("حسن نوری؛ سردبیر روزنامه کیهان در یادداشتی نوشت: طرح آماده است.", "حسن نوری", "سردبیر روزنامه کیهان"),
])
def test_the_name_holds_the_whole_title(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text", [
    "حسن نوری و دستیار او به تهران رفتند.",
    "دستیار جدید حسن نوری به تهران رفت.",
])
def test_an_aide_with_no_complement_is_no_title(every_nlp, text):
    doc = every_nlp(text)
    assert not titles(doc) and not doc.officials


@pytest.mark.parametrize("text", [
    "این نامه را بخوانید؛ سردبیر روزنامه کیهان آن را نوشته است.",
    "سردبیر روزنامه کیهان؛ حسن نوری را به دادگاه برد.",
])
def test_a_semicolon_after_a_clause_or_before_a_name_is_no_apposition(every_nlp, text):
    assert not officials(every_nlp(text))
