"""The names listed after a plural word of address (``person-addressed``, round 27: آقایان کرمانی، صدری‌نیا و
تهامی). Both pipelines, both readers."""

from __future__ import annotations

import pytest


def people(doc) -> list[str]:
    return [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, names", [
    ("وی گفت: در آن سال آقایان کرمانی و صدری‌نیا و تهامی به شهر رفتند.", ["کرمانی", "صدری‌نیا", "تهامی"]),
    ("از آقایان شفیعی، رحمتی، کاظمی تا حسن مرادی درباره بودجه پرسیدیم.", ["شفیعی", "رحمتی", "کاظمی", "حسن مرادی"]),
    ("این مسئله را به آقایان نوروزی و جلالی‌فر که عضو هیئت مدیره بودند گفتیم.", ["نوروزی", "جلالی‌فر"]),
    # a comma and «و» between, and a dictionary word as a name before a verb
    ("در آن سال‌ها با کمک آقایان فرجادی، و میرولد کار را پیش بردیم.", ["فرجادی", "میرولد"]),
    # one name alone that the dictionary does not know
    ("آقایان تهامی و تیم همراه دیروز به شهر رسیدند.", ["تهامی"]),
])
def test_the_names_after_a_plural_word_of_address_are_people(every_nlp, text, names):
    doc = every_nlp(text)
    assert people(doc) == names
    assert any(e.rule.startswith("person-addressed") for e in doc.entities)


@pytest.mark.parametrize("text, kept", [
    # the men meant, after a determiner
    ("مهدی شریفی گفت: این آقایان رفیق‌بازی و پارتی‌بازی را رواج دادند.", ["مهدی شریفی"]),
    # one word the dictionary does not know, ending the sentence: a verb
    ("علی کرمانی گفت: از همه آقایان سپاسگزاریم و از آقایان ممنونیم.", ["علی کرمانی"]),
    # a word that closes the list, and a dictionary word heading a phrase
    ("از آقایان کرمانی، تهامی و غیره دعوت شد.", ["کرمانی", "تهامی"]),
    ("از تلاش‌های آقایان کرمانی، تهامی و همکاری نمایندگان تشکر کرد.", ["کرمانی", "تهامی"]),
    # no names: common words, an adjective, an organisation after the word of address
    ("آقایان علما متذکر شدند که آقایان اصلاح‌طلب باید پاسخ دهند.", []),
    ("مهدی شریفی گفت: آقایان ادعا دارند که طرح اجرا شده است.", ["مهدی شریفی"]),
])
def test_no_names_where_the_words_after_it_are_no_list_of_names(every_nlp, text, kept):
    doc = every_nlp(text)
    assert people(doc) == kept


@pytest.mark.parametrize("text, listed", [
    # a cast list: two foreign words between commas, beside names found before
    ("در این فیلم آرنولد شوارتزنگر، مک‌کنزی دیویس، گابریل لونا و دیه‌گو بونیتا بازی کرده‌اند.", "مک‌کنزی دیویس"),
])
def test_foreign_names_in_a_list_of_people_are_people(every_nlp, text, listed):
    doc = every_nlp(text)
    assert listed in people(doc)
    assert "گابریل لونا" in people(doc)


@pytest.mark.parametrize("text, kept", [
    # a verb with its prefix, a number's unit before a name
    ("اما رضا ملکی گفت که از اول هم‌درست می‌گفته و حسن مرادی نمی‌دانسته.", "حسن مرادی"),
    ("بدهی 269 میلیون‌یورویی بیگلریان و کحال‌زاده به بانک رسید.", "کحال‌زاده"),
])
def test_no_foreign_name_in_a_list_from_a_verb_or_after_a_number(either_nlp, either_reader, text, kept):
    doc = either_nlp(either_reader(text))
    assert not any(e.rule.startswith("person-listed-foreign") for e in doc.entities)
    # the tagger reads the number's unit and the name as one person and vetoes the marked surname alone
    if not either_nlp.options["entities"]["tagger"] or "ملکی" in text:
        assert kept in people(doc)
