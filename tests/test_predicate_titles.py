"""Titles given as a predicate (X … وزیر دارایی شد): the clause's subject holds them; both pipelines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews
from persianews.entities.keys import fold
from persianews.entities.predicate_titles import PREDICATE_RULE, is_predicate, sentence_floor
from persianews.records import Article, Provenance

STAGES = ("normalize", "segment", "entities", "officials")


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    """The default pipeline (rules and tagger) and the rules alone."""
    return persianews.load(stages=STAGES, entities={"tagger": request.param})


def officials(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(Article(text, metadata={}, provenance=Provenance("predicate.txt", 0)))
    return {(fold(o.name).replace(" ", ""), fold(o.title.text).replace(" ", ""), o.rule) for o in doc.officials}


def official(person: str, title: str) -> tuple[str, str, str]:
    return fold(person).replace(" ", ""), fold(title).replace(" ", ""), PREDICATE_RULE


@pytest.mark.parametrize("text, person, title", [
    ("به گزارش رویترز، ریشی سوناک که اخیرا وزیر دارایی انگلیس شده است گفت که پول نقد حذف نمی‌شود.",
     "ریشی سوناک", "وزیر دارایی انگلیس"),
    ("سنا رأی به عدم استیضاح داد و دونالد ترامپ از اتهامات تبرئه شد و همچنان رییس جمهور آمریکا ماند.",
     "دونالد ترامپ", "رییس جمهور آمریکا"),
    ("ریشی سوناک به جای علی لاریجانی وزیر دارایی انگلیس شد.", "ریشی سوناک", "وزیر دارایی انگلیس"),
    ("در این روز حسن روحانی (حسن فریدون) رئیس مجمع تشخیص مصلحت نظام شد.", "حسن روحانی",
     "رئیس مجمع تشخیص مصلحت نظام"),
    ("در این روز علی لاریجانی (برادر صادق لاریجانی) رئیس مجلس شد.", "علی لاریجانی", "رئیس مجلس"),
    # the segmenter's sentences: a decimal point is no sentence end
    ("علی رضایی با ۳.۵ میلیون رأی رئیس مجلس شد.", "علی رضایی", "رئیس مجلس"),
    # a past «بود», «بوده»: the text ties a (former) title to the subject
    ("مجله گزارش کرد که حسن کریمی که اخیرا سفیر ایران در کانادا بوده، این سمت را می‌گیرد.",
     "حسن کریمی", "سفیر ایران در کانادا"),
    ("پیش از او علی رضایی برای دو سال نخست‌وزیر بود که استعفا داد.", "علی رضایی", "نخست‌وزیر"),
    # the colon of a clock time or a URL opens no quote: the subject before it still holds the title
    ("علی رضایی که از ساعت 10:30 دیروز به جای محمد کریمی وزیر علوم شد، به دانشگاه رفت.", "علی رضایی", "وزیر علوم"),
    ("علی رضایی که به نشانی https://example.com خبر داد وزیر علوم شد، به دانشگاه رفت.", "علی رضایی", "وزیر علوم"),
])
def test_the_subject_of_a_title_given_as_a_predicate_holds_it(nlp, text, person, title):
    assert official(person, title) in officials(nlp, text)


@pytest.mark.parametrize("text, holder", [
    # a future or habitual copula: the title is not held yet
    ("علی رضایی گفت که حسن کریمی به احتمال زیاد رئیس مجلس می‌شود.", None),
    ("علی رضایی گفت که حسن کریمی رئیس مجلس خواهد شد.", None),
    # a preposition before the title: no predicate («درخواست بررسی از X خواهد شد» is a passive verb)
    ("نامه مریم احمدی برای بررسی به رئیس قوه قضائیه داده شد.", None),
    # the person of the other sentence is not the holder (the subject of the title's own sentence is)
    ("حسن کریمی به تهران آمد. سپس علی رضایی رئیس مجلس شد.", "علیرضایی"),
    # a causative: the title is the object of «باعث … شد»
    ("سخنان علی رضایی باعث تعجب رئیس مجلس شد.", None),
    # the subject is a role whose complement is the name
    ("وکیل دونالد ترامپ در پرونده مالی، وزیر دادگستری آمریکا شد.", None),
    # «بود» after a title in a prepositional phrase: no predicate
    ("علی رضایی گفت: این تصمیم با حضور رئیس جمهور بود.", None),
])
def test_no_predicate_link_without_a_past_copula_a_free_title_and_a_subject_in_the_sentence(nlp, text, holder):
    linked = {person for person, _title, rule in officials(nlp, text) if rule == PREDICATE_RULE}
    assert linked <= ({fold(holder)} if holder else set())


@pytest.mark.parametrize("text, expected", [
    ("او وزیر نفت شد.", True), ("او وزیر نفت شده‌است.", True), ("او وزیر نفت گردید.", True),
    ("او وزیر نفت ماند.", True), ("او وزیر نفت شدید است.", False), ("او وزیر نفت می‌شود.", False),
    ("نامه به وزیر نفت شد.", False), ("او وزیر نفت بود.", True), ("او وزیر نفت بوده است.", True),
    ("او وزیر نفت بودند.", False),
])
def test_is_predicate(text, expected):
    start = text.index("وزیر")
    assert is_predicate(text, start, start + len("وزیر نفت")) is expected


@given(st.lists(st.integers(0, 200), unique=True).map(sorted), st.integers(0, 220))
def test_sentence_floor_is_the_last_sentence_start_at_or_before_the_position(starts, position):
    assert sentence_floor(starts, position) == max([s for s in starts if s <= position], default=0)
