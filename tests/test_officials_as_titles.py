"""Titles after «به عنوان» (issue 13 class 4, the holder link): the clause's subject, or its object before «را»,
holds them, besides any other title. Golden cases and what must not link."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def officials(doc) -> set[tuple[str, str, str]]:
    return {(fold(o.name).replace(" ", ""), fold(o.title.text).replace(" ", ""), o.rule) for o in doc.officials}


def key(person: str, title: str, rule: str = "title-predicate") -> tuple[str, str, str]:
    return fold(person).replace(" ", ""), fold(title).replace(" ", ""), rule


@pytest.mark.parametrize("text, person, title", [
    ("محمد کریمی به عنوان رئیس جدید اتاق بازرگانی تبریز انتخاب شد.", "محمد کریمی", "رئیس جدید اتاق بازرگانی تبریز"),
    ("هیئت دولت، علی احمدی را به‌عنوان استاندار قزوین تعیین کرد.", "علی احمدی", "استاندار قزوین"),
    # «بعنوان» written as one word
    ("اما انتخاب سعید رحمانی بعنوان نخست وزیر جدید اردن راه را باز کرد.", "سعید رحمانی", "نخست وزیر جدید اردن"),
    ("هیئت دولت، علی احمدی را بعنوان استاندار قزوین تعیین کرد.", "علی احمدی", "استاندار قزوین"),
])
def test_a_title_after_as_is_held_by_the_clauses_subject(either_nlp, text, person, title):
    assert officials(either_nlp(text)) == {key(person, title)}


def test_a_title_after_as_is_held_besides_the_present_one(either_nlp):
    doc = either_nlp("علی احمدی، استاندار قزوین، پیش از این به عنوان معاون وزیر کشور فعالیت می‌کرد.")
    assert {(name, title) for name, title, _rule in officials(doc)} == {
        key("علی احمدی", "استاندار قزوین")[:2], key("علی احمدی", "معاون وزیر کشور")[:2]}


@pytest.mark.parametrize("text, title", [
    # a pronoun: no name holds it
    ("او به عنوان رئیس کمیسیون فرهنگی مجلس گفت: نه.", "رئیس کمیسیون فرهنگی مجلس"),
    # a name after a preposition: no subject
    ("در دیدار با حسن رضایی، به عنوان نماینده مجلس سخنانی ایراد شد.", "نماینده مجلس"),
    # one word, a pronoun: no name holds it
    ("او بعنوان رئیس کمیسیون فرهنگی مجلس گفت: نه.", "رئیس کمیسیون فرهنگی مجلس"),
    # one word, after a preposition: no subject
    ("در دیدار با حسن رضایی، بعنوان نماینده مجلس سخنانی ایراد شد.", "نماینده مجلس"),
    # «تحت عنوان»: a name, no role
    ("کتابی از حسن رضایی تحت عنوان رئیس کمیسیون فرهنگی مجلس چاپ شد.", "رئیس کمیسیون فرهنگی مجلس"),
])
def test_a_title_after_as_with_no_subject_links_to_no_one(either_nlp, text, title):
    doc = either_nlp(text)
    assert officials(doc) == set()
    # the title after «عنوان» is still read, and the name before it too: only the link is withheld
    assert title in {e.text for e in doc.entities if e.label == "TITLE"}
    assert ("حسن رضایی" in text) == any(e.text == "حسن رضایی" for e in doc.entities if e.label == "PERSON")


@pytest.mark.parametrize("text, subject, person, title", [
    ("حمید بهرامی با مایک پنس به عنوان وزیر خارجه کانادا در ژنو دیدار کرد.",
     "حمید بهرامی", "مایک پنس", "وزیر خارجه کانادا"),
    ("مهدی کاظمی از سعید رحمانی به عنوان معاون اقتصادی استاندار تقدیر کرد.",
     "مهدی کاظمی", "سعید رحمانی", "معاون اقتصادی استاندار"),
    ("مجلس به رضا نوری به‌عنوان وزیر نیرو رای اعتماد داد.", None, "رضا نوری", "وزیر نیرو"),
])
def test_a_title_after_as_belongs_to_the_person_after_a_preposition_not_the_subject(
        either_nlp, text, subject, person, title):
    found = officials(either_nlp(text))
    assert key(person, title) in found
    assert subject is None or all(name != key(subject, title)[0] for name, _title, _rule in found)


def test_a_title_after_as_after_instead_of_is_the_subjects(either_nlp):
    doc = either_nlp("کاظم جلالی قرار است به جای مهدی سنایی به عنوان سفیر ایران در روسیه معرفی شود.")
    assert key("کاظم جلالی", "سفیر ایران در روسیه") in officials(doc)
    assert all(name != key("مهدی سنایی", "")[0] for name, _title, _rule in officials(doc))


@pytest.mark.parametrize("text", [
    "مهدی کاظمی از سوی حسن روحانی به عنوان وزیر کشور معرفی شد.",  # the agent
    "مهدی کاظمی توسط حسن روحانی به عنوان وزیر کشور منصوب شد.",  # the agent
    "مهدی کاظمی با حضور سعید رحمانی به عنوان وزیر کشور منصوب شد.",  # the attendee
    "مهدی کاظمی با سعید رحمانی به طور رسمی به عنوان وزیر کشور معرفی شد.",  # words between
])
def test_a_title_after_as_after_an_agent_or_an_attendee_is_the_subjects(either_nlp, text):
    found = officials(either_nlp(text))
    assert all(name not in (key("حسن روحانی", "")[0], key("سعید رحمانی", "")[0]) for name, _title, _rule in found)
    assert found == {key("مهدی کاظمی", "وزیر کشور")}
