"""A compound given name written apart whose first part is also an honorific (امیر حسین → امیرحسین): one given
name before the surname, not an honorific outside the name (issue 14: a cut name is a wrong speaker). Both
pipelines, both readers."""

from __future__ import annotations

import pytest


def people(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("امیر حسین کاوه روز شنبه در گفت‌وگو با خبرنگاران گفت: واکسن‌ها به استان رسیده است.", "امیر حسین کاوه"),
    ("همچنین امیر حسین نادری نائینی درباره بازار ارز گفت: نرخ‌ها پایین می‌آید.",
     "امیر حسین نادری نائینی"),
    ("امیر علی نوروزی مدیرعامل باشگاه گفت: قرارداد بازیکنان تمدید می‌شود.", "امیر علی نوروزی"),
    ("امیر مهدی صالحی، سخنگوی فدراسیون اعلام کرد: اردوی تیم لغو شد.", "امیر مهدی صالحی"),
])
def test_an_honorific_and_a_given_name_that_are_one_given_name_start_the_name(every_nlp, text, name):
    doc = every_nlp(text)
    assert people(doc) == [name]
    assert [q.speaker for q in doc.quotes] == [name]


@pytest.mark.parametrize("text, name, speaker", [
    # a rank after the honorific: no given name is spelled by the two
    ("امیر سرتیپ حسین کاوه گفت: رزمایش فردا آغاز می‌شود.", "حسین کاوه", "حسین کاوه"),
    # a «،» between: a vocative, then another person
    ("امیر، حسین کاوه را دید و گفت: رزمایش فردا آغاز می‌شود.", "حسین کاوه", None),
    # an honorific that is also a given name before a given name it spells no name with
    ("سردار علی نوروزی گفت: رزمایش فردا آغاز می‌شود.", "علی نوروزی", "علی نوروزی"),
])
def test_no_compound_given_name_where_the_two_words_spell_none_or_punctuation_parts_them(
        every_nlp, text, name, speaker):
    doc = every_nlp(text)
    assert name in people(doc)
    assert not any(p.startswith(("امیر", "سردار")) for p in people(doc))
    if speaker is not None:
        assert [q.speaker for q in doc.quotes] == [speaker]


@pytest.mark.parametrize("text, name", [
    # two people listed: «و» or «،» between two given names
    ("علی و حسین کاوه گفتند: کار تمام شد.", "حسین کاوه"),
    ("محمد، جواد کاوه را دید و گفت: کار تمام شد.", "جواد کاوه"),
])
def test_two_given_names_listed_are_no_compound_given_name(every_nlp, text, name):
    doc = every_nlp(text)
    assert name in people(doc)
    assert not any(p.startswith(("علی و", "علی حسین", "محمد، ", "محمد جواد")) for p in people(doc))


def test_a_compound_given_name_with_a_frequent_first_part_stays_whole(every_nlp):
    doc = every_nlp("علی اصغر کاوه رئیس دانشگاه علوم پزشکی گفت: آزمایش یک بیمار مثبت بود.")
    assert people(doc) == ["علی‌اصغر کاوه"]
    assert [q.speaker for q in doc.quotes] == ["علی‌اصغر کاوه"]
