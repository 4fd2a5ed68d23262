"""A nameless title next in the chain of speakers to a person given a title of the same head word (issue 13,
round 12): «X، معاون رئیس‌جمهور … گفت … معاون Y تأکید کرد» names one person's office in other words.

Golden cases and cases that must not link, with hand-made entities (as in ``test_quotes.py``) and with both
pipelines; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.quotes import extract_quotes

from .test_quotes import make_doc

_RULE = "+title→same-head-neighbour"
_NAMED = "کاوه رستمی، معاون رئیس سازمان برنامه، گفت: بودجه کافی است. "
_TITLES = ["معاون رئیس سازمان برنامه", "معاون نوبخت", "معاون وزیر نیرو", "سخنگوی دولت"]
_HOLDERS = {"معاون رئیس سازمان برنامه": "کاوه رستمی", "معاون وزیر نیرو": "نسرین کامیاب"}


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


@pytest.mark.parametrize("order", ["after", "before"])
def test_a_title_of_the_same_head_beside_its_one_holder_is_that_holder(prepare, order):
    title = "معاون نوبخت تأکید کرد که طرح‌ها ادامه می‌یابد."
    text = _NAMED + title if order == "after" else title + " " + _NAMED
    doc = make_doc(prepare, text, people=["کاوه رستمی"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کاوه رستمی"] * 2
    assert any(e.endswith(_RULE) for q in quotes for e in q.evidence)


@pytest.mark.parametrize("text", [
    # two holders of a «معاون …» title in the document: which one is not said
    _NAMED + "نسرین کامیاب، معاون وزیر نیرو، گفت: آب کم است. معاون نوبخت تأکید کرد که طرح‌ها ادامه می‌یابد.",
    _NAMED + "معاون نوبخت نیز تأکید کرد که طرح‌ها ادامه می‌یابد.",   # «نیز»: another speaker
    _NAMED + "معاون نوبخت گفت: طرح‌ها ادامه می‌یابد.",               # a verb that opens a speaker's words
    _NAMED + "سخنگوی دولت تأکید کرد که طرح‌ها ادامه می‌یابد.",        # another head word: another office
    _NAMED + "معاون نوبخت درباره رستمی تأکید کرد که او خطا نکرد.",    # its sentence names the person
])
def test_a_title_of_another_office_or_a_new_speaker_keeps_its_title(prepare, text):
    doc = make_doc(prepare, text, people=["کاوه رستمی", "نسرین کامیاب"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert not any(e.endswith(_RULE) for q in quotes for e in q.evidence)
    last = quotes[-1].speaker if quotes else None
    assert len(quotes) >= 2 and last in ("معاون نوبخت", "سخنگوی دولت"), [q.speaker for q in quotes]


def test_pipelines_give_a_same_head_title_its_holder(either_nlp):
    doc = either_nlp("کاوه رستمی، سخنگوی وزارت نیرو، روز شنبه گفت: ذخایر آب سدها کافی است. "
                     "سخنگوی دستگاه آب کشور تأکید کرد که مصرف باید کم شود.")
    assert [q.speaker for q in doc.quotes] == ["کاوه رستمی"] * 2


def test_pipelines_keep_a_same_head_title_marked_as_a_new_speaker(either_nlp):
    doc = either_nlp("کاوه رستمی، سخنگوی وزارت نیرو، روز شنبه گفت: ذخایر آب سدها کافی است. "
                     "سخنگوی دستگاه آب کشور نیز تأکید کرد که مصرف باید کم شود.")
    assert doc.quotes[-1].speaker != "کاوه رستمی"


def test_pipelines_keep_a_same_head_title_of_another_country(either_nlp):
    doc = either_nlp("علی رضایی، وزیر امور خارجه اتریش، روز شنبه گفت: مذاکرات ادامه دارد. "
                     "وزیر خارجه آلمان تأکید کرد که گفتگو باید ادامه یابد.")
    assert doc.quotes[-1].speaker != "علی رضایی"


@pytest.mark.parametrize("text", [
    "علی رضایی، معاون وزیر نفت، گفت که تولید افزایش یافته است. معاون وزیر نیرو تاکید کرد که برق قطع نمی‌شود.",
    "علی رضایی، سخنگوی دولت، گفت که بودجه کافی است. سخنگوی قوه قضاییه تاکید کرد که پرونده بسته شده است.",
])
def test_pipelines_keep_a_same_head_title_of_another_body(either_nlp, text):
    doc = either_nlp(text)
    assert doc.quotes[-1].speaker != "علی رضایی"
    assert not any(e.endswith(_RULE) for q in doc.quotes for e in q.evidence)


def test_pipelines_give_a_same_head_title_of_one_body_in_other_words_its_holder(either_nlp):
    """Golden: «سخنگوی دستگاه دیپلماسی» and «سخنگوی وزارت امور خارجه» name one body (the lexicon's canonical name)."""
    doc = either_nlp("علی رضایی، سخنگوی وزارت امور خارجه، روز شنبه گفت: مذاکرات ادامه دارد. "
                     "سخنگوی دستگاه دیپلماسی تأکید کرد که گفتگو باید ادامه یابد.")
    assert [q.speaker for q in doc.quotes] == ["علی رضایی"] * 2
