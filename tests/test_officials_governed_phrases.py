"""A noun that governs a preposition inside a title's complement (round 27, issue 13 officials): the phrase stays
in the name when a lexicon organisation follows it (رئیس اداره مراقبت از بیماری‌های واگیر | وزارت بهداشت, not cut at
«از»), and an open complement after a name takes it before a name word (مدیر ارتباط با مشتریان …, not cut at «با»).
Golden cases and what must not be taken, both pipelines."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def key(text: str) -> str:
    return fold(text).replace(" ", "")


def officials(doc) -> set[tuple[str, str]]:
    return {(key(o.name), key(o.title.text)) for o in doc.officials}


def labelled(doc, label: str) -> set[str]:
    return {key(e.text) for e in doc.entities if e.label == label}


@pytest.mark.parametrize("text, org", [
    ("رئیس اداره مراقبت از بیماری‌های واگیر وزارت بهداشت گفت شمار بیماران کم شد.",
     "اداره مراقبت از بیماری‌های واگیر وزارت بهداشت"),
    ("معاون انجمن حمایت از زندانیان وزارت دادگستری گفت طرح ادامه دارد.",
     "انجمن حمایت از زندانیان وزارت دادگستری"),
])
def test_a_governed_phrase_before_an_organisation_stays_in_the_name(either_nlp, text, org):
    doc = either_nlp(text)
    assert key(org) in labelled(doc, "ORG")
    assert key("رئیس " + org) in labelled(doc, "TITLE") or key("معاون " + org) in labelled(doc, "TITLE")


def test_a_governed_phrase_before_no_organisation_makes_no_name(either_nlp):
    """Before a word that is no organisation, verb or stop the phrase is the sentence's: no organisation runs on
    over it, and the title after the next name is still found."""
    doc = either_nlp("اداره مراقبت از بیماری‌ها تصمیم گرفت. حسن کریمی، وزیر بهداشت گفت طرح ادامه دارد.")
    assert labelled(doc, "ORG") == set()
    assert labelled(doc, "TITLE") == {key("وزیر بهداشت")}
    assert officials(doc) == {(key("حسن کریمی"), key("وزیر بهداشت"))}


def test_an_open_title_takes_a_governed_phrase(either_nlp):
    doc = either_nlp("سهیل مرادی مدیر ارتباط با مشتریان پارس خودرو گفت: خودروها تحویل می‌شود.")
    assert (key("سهیل مرادی"), key("مدیر ارتباط با مشتریان پارس خودرو")) in officials(doc)
    assert any(e.rule == "title-open" for e in doc.entities if e.label == "TITLE")


@pytest.mark.parametrize("text, title", [
    # a demonstrative after the preposition: the sentence's phrase, not the name's
    ("حسن کریمی مدیر حمایت از این طرح دفاع کرد.", "مدیر حمایت"),
    # «با» after a word that governs none: it ends the open complement
    ("سارا امینی مدیر برنامه با وزیر دیدار کرد.", "مدیر برنامه"),
])
def test_an_open_title_stops_at_a_phrase_of_the_sentence(either_nlp, text, title):
    doc = either_nlp(text)
    assert labelled(doc, "TITLE") == {key(title)}
    assert len(doc.officials) == 1
