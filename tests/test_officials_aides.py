"""Officials (issue 13, round 17): an aide's role word (دستیار) takes a complement as other roles do; a body's
lexicon name holding a preposition (ستاد امر به معروف) closes a title whole; a name, a «؛» and a title are in
apposition; a reporter's beat is no office; a head that asks for a place (گمرک) takes an ambiguous one; an
outlet written joined (عصرایران) is no person; a name stops before «داشت» of a compound verb. Golden cases and
what must not link, both pipelines and both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, pairs, titles


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
    "این نامه را حسن نوری نوشت؛ سردبیر روزنامه کیهان آن را منتشر کرد.",
    "نامه حسن نوری را بخوانید؛ سردبیر روزنامه کیهان آن را نوشته است.",
    "سردبیر روزنامه کیهان؛ حسن نوری را به دادگاه برد.",
])
def test_a_semicolon_after_a_clause_or_before_a_name_is_no_apposition(every_nlp, text):
    doc = every_nlp(text)
    # both the person and the title are found: only their pairing is refused
    assert {(e.label, e.text) for e in doc.entities} >= {("PERSON", "حسن نوری"), ("TITLE", "سردبیر روزنامه کیهان")}
    assert not officials(doc)


def test_a_reporters_beat_is_no_office(every_nlp):
    # a reporter's title is kept beside the name, but, like an expert's description, makes no official
    doc = every_nlp("علی رضایی، خبرنگار ایسنا در این باره گفت: طرح آماده است.")
    assert titles(doc) == {key("خبرنگار ایسنا")}
    assert not doc.officials


def test_a_head_that_asks_for_a_place_takes_an_ambiguous_one(every_nlp):
    doc = every_nlp("حسن نوری، مدیرکل گمرک بازرگان گفت: مرز باز شد.")
    assert pairs(("حسن نوری", "مدیرکل گمرک بازرگان")) <= officials(doc)
    assert not [e for e in doc.entities if e.label == "PERSON" and e.text == "بازرگان"]


def test_a_stop_word_after_such_a_head_is_no_place_of_an_organization(every_nlp):
    doc = every_nlp("شهرداری حتی مجوز ساخت را صادر نکرد.")
    assert not [e for e in doc.entities if e.label == "ORG" and "حتی" in e.text]


def test_an_outlet_written_joined_is_no_person(every_nlp):
    doc = every_nlp("عصرایران رئیس مرکز روابط عمومی وزارت بهداشت اعلام کرد: آمار کاهش یافت.")
    assert [e.text for e in doc.entities if e.label == "ORG" and e.text == "عصرایران"] == ["عصرایران"]
    assert not doc.officials


@pytest.mark.parametrize("text, title, longer", [
    ("در جلسه دیروز رئیس سازمان سینمایی حضور داشت.", "رئیس سازمان سینمایی", "رئیس سازمان سینمایی حضور"),
    ("مدیرعامل شرکت ملی گاز اعلام داشت که کار ادامه دارد.", "مدیرعامل شرکت ملی گاز",
     "مدیرعامل شرکت ملی گاز اعلام"),
])
def test_a_name_stops_before_a_compound_verb_with_dasht(every_nlp, text, title, longer):
    found = titles(every_nlp(text))
    assert key(title) in found and not any(t.startswith(key(longer)) for t in found)
