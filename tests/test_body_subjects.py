"""Subjects that are no person's name (issue 13, classes 6/8): a person's organisation («دفتر NAME») speaks, not the
person; a count or «دیگر» in a partitive («دو تن از …», «یکی دیگر از …») keeps the group in the speaker; a time
after «در» («در هفته‌های گذشته») opening a clause is a lead-in, the subject follows it; a place speaks by its name.
Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str | None, list[str]]]:
    return [(q.speaker, [rule for rule in q.evidence if rule.startswith(("subject:", "speaker:"))])
            for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("دولت جو بایدن از کنگره خواست که بودجه تازه را تصویب کند.", "دولت جو بایدن"),
    ("دفتر امانوئل مکرون رئیس‌جمهور فرانسه پیش از این در بیانیه‌ای خبر داد که سفر لغو شده است.",
     "دفتر امانوئل مکرون"),
    ("رسانه رسمی محمدباقر قالیباف اعلام کرد که مصاحبه قطع شده است.", "رسانه رسمی محمدباقر قالیباف"),
])
def test_a_persons_organisation_speaks(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [(speaker, ["subject:words", "speaker:words-organisation-of-name"])]


@pytest.mark.parametrize("text", [
    # a tie to the person, not an organisation: the relation's rule
    "وکیل مدافع محمد رضایی گفت که پرونده بسته شده است.",
    # a title, a tie: the spokesperson speaks
    "سخنگوی جو بایدن گفت که سفر لغو شده است.",
    # a title and its modifier before the name: no organisation
    "سناتور کهنه‌کار تد کروز گفت که طرح تصویب نمی‌شود.",
])
def test_no_organisation_of_a_person_without_its_word(either_nlp, text):
    found = speakers(either_nlp(text))
    assert len(found) == 1 and found[0][0]
    assert "speaker:words-organisation-of-name" not in found[0][1]


@pytest.mark.parametrize("text, speaker", [
    ("یکی دیگر از بازیگران این سریال گفت که کار سختی بود.", "یکی دیگر از بازیگران این سریال"),  # the demonstrative before a noun is the group's
    ("برخی دیگر از نمایندگان مجلس گفتند که طرح را رد می‌کنند.", "برخی دیگر از نمایندگان مجلس"),
    ("دو تن از اعضای هیئت مدیره اعلام کردند که استعفا داده‌اند.", "دو تن از اعضای هیئت‌مدیره"),
    ("۳ نفر از کارگران معدن گفتند که حقوق نگرفته‌اند.", "3 نفر از کارگران معدن"),
])
def test_a_counted_or_other_partitive_is_the_speaker(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [(speaker, ["subject:words", "speaker:words-partitive"])]


@pytest.mark.parametrize("text, speaker", [
    # a count of people with no «از»: no partitive
    ("دو تن گفتند که حقوق نگرفته‌اند.", "دو تن"),
    # a partitive's «از» only after its own words: «یکی دیگر» alone is no group
    ("یکی دیگر گفت که کار سختی بود.", "یکی دیگر"),
])
def test_no_partitive_without_its_group(either_nlp, text, speaker):
    found = speakers(either_nlp(text))
    assert [name for name, _ in found] == [speaker]
    assert "speaker:words-partitive" not in found[0][1]


@pytest.mark.parametrize("text, speaker", [
    ("در هفته‌های گذشته انگلستان از بررسی یک طرح تازه خبر داد.", "انگلستان"),
    ("در اردیبهشت سال جاری یکی از سخنگویان ارتش آلمان اعلام کرده بود که نیروها بازمی‌گردند.",
     "یکی از سخنگویان ارتش آلمان"),
    ("روزهای اخیر کارشناسان هشدار داده‌اند که قیمت‌ها بالا می‌رود.", "کارشناسان"),
])
def test_a_time_after_dar_is_a_lead_in(either_nlp, text, speaker):
    assert [name for name, _ in speakers(either_nlp(text))] == [speaker]


@pytest.mark.parametrize("text", [
    # «در» and a place, not a time: no lead-in, and no subject
    "در ماهنامه انگلستان از بررسی یک طرح تازه خبر داد.",
    # a time with no «گذشته», «اخیر» or «جاری» after it
    "در هفته‌های انگلستان از بررسی یک طرح تازه خبر داد.",
])
def test_no_lead_in_for_other_words_after_dar(either_nlp, text):
    assert [name for name, _ in speakers(either_nlp(text))] == [None]


def test_a_time_after_another_lead_in_is_no_lead_in(either_nlp):
    # «این در حالی است که در روزهای اخیر X …»: only where the clause opens is a time skipped (a plural verb's group
    # right before it is its subject: tests/test_plural_subjects.py)
    text = "این در حالی است که در روزهای اخیر کارشناس بانک هشدار داده است که قیمت‌ها بالا می‌رود."
    assert [name for name, _ in speakers(either_nlp(text))] == [None]
    plural = "این در حالی است که در روزهای اخیر کارشناسان هشدار داده‌اند که قیمت‌ها بالا می‌رود."
    assert [name for name, _ in speakers(either_nlp(plural))] == ["کارشناسان"]


@pytest.mark.parametrize("text, speaker", [
    ("ترکیه اعلام کرد که نیروهای خود را از منطقه خارج نمی‌کند.", "ترکیه"),
    ("در روزهای گذشته آمریکا اعلام کرد که نیروهایش را افزایش می‌دهد.", "آمریکا"),
])
def test_a_place_speaks_by_its_name(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [(speaker, ["subject:words", "speaker:words-place"])]


def test_a_place_is_no_surname(either_nlp):
    # a subject of «X گفت:» ending with the place's name makes no fuller name of it
    text = ("نیروهای فرماندهی آمریکا گفت: جنگنده‌ها در لیبی هستند.\n"
            "در روزهای گذشته آمریکا اعلام کرد که نیروهایش را افزایش می‌دهد.")
    assert [name for name, _ in speakers(either_nlp(text))][-1] == "آمریکا"


def test_no_place_rule_for_two_places(either_nlp):
    # two places joined by «و»: the words, not one place
    found = speakers(either_nlp("ترکیه و روسیه اعلام کردند که آتش‌بس برقرار است."))
    assert all("speaker:words-place" not in rules for _, rules in found)


def test_a_time_with_a_date_in_brackets_is_a_lead_in(either_nlp):
    text = "در 22 ژانویه (دوم بهمن ماه) دونالد ترامپ گفت که نیروها آسیب ندیده‌اند."
    assert [name for name, _ in speakers(either_nlp(text))] == ["دونالد ترامپ"]


def test_an_iranian_city_is_no_speaking_place(either_nlp):
    # a city's name is a surname too: «ساری» may be a person
    found = speakers(either_nlp("ساری در کنفرانس خبری گفت که تیم آماده است."))
    assert all("speaker:words-place" not in rules for _, rules in found)
