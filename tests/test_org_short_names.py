"""Organisations news names in short forms (round 22): a parliament's commission by its portfolio with no title
before it (کمیسیون فرهنگی: «کمیسیون» is no weak head), a weak head whose name ends with the national scope
(پلیس سایبری کشور: ``org-weak-national``), a paper's or a party's name that is also a word, alone in guillemets
(به «شرق» گفت), and the lexicon's papers, parties, platforms and bodies; a body's name that coordinates nouns
with «و» is one organisation, two bodies joined by «و» are two. Both pipelines, both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import key


def orgs(doc) -> dict[str, str]:
    """Each ORG's folded text with the rule its evidence names first."""
    return {key(e.text): e.rule.split("+")[0] for e in doc.entities if e.label == "ORG"}


@pytest.mark.parametrize("text, org, rule", [
    ("گزارشی از کمیسیون فرهنگی درباره کتاب‌های درسی قرائت شد.", "کمیسیون فرهنگی", "org-head-legislative"),
    ("هشدار پلیس سایبری کشور درباره کلاهبرداری منتشر شد.", "پلیس سایبری کشور", "org-weak-national"),
    ("اسناد شورای فرهنگ عمومی کشور به دولت رسید.", "شورای فرهنگ عمومی کشور", "org-weak-national"),
    ("یک نماینده به «شرق» گفت که جلسه فردا برگزار می‌شود.", "شرق", "org-lexicon"),
    ("نهضت آزادی در بیانیه‌ای اعلام کرد که در انتخابات شرکت نمی‌کند.", "نهضت آزادی", "org-lexicon"),
    ("کاربران یوتیوب از قابلیت تازه استقبال کردند.", "یوتیوب", "org-lexicon"),
    ("گزارش سازمان توسعه و همکاری اقتصادی نشان می‌دهد که رشد کند شد.", "سازمان توسعه و همکاری اقتصادی",
     "org-lexicon"),
])
def test_short_names_and_heads(every_nlp, text, org, rule):
    found = orgs(every_nlp(text))
    assert found.get(key(org)) == rule, found


@pytest.mark.parametrize("text", [
    "باد سرد از شرق می‌وزد و هوا سرد است.",  # a paper's name that is a word: no organisation outside guillemets
    "او واژه «دولت» را در نامه به کار برد.",  # guillemets around a word that names no outlet or party
    "پلیس کشور برای برگزاری مراسم آماده است.",  # the national scope needs a word of the name before it
    "قانون مدیریت خدمات کشوری اجرا شد.",  # a head that names no national body (a law's title)
    "جامعه پزشکی کشور نگران شیوع بیماری است.",  # a community, not a body
])
def test_no_organisation_without_its_mark(every_nlp, text):
    """Negative: no organisation in the words; a known body in the sentence after them is still found."""
    assert orgs(every_nlp(f"{text} وزارت نیرو هم در این باره بیانیه داد.")) == {key("وزارت نیرو"): "org-lexicon"}


def test_two_bodies_joined_by_and_stay_two(every_nlp):
    found = orgs(every_nlp("وزارت امور اقتصادی و دارایی و بانک مرکزی اعلام کردند که نرخ ثابت است."))
    assert {key("وزارت امور اقتصادی و دارایی"), key("بانک مرکزی")} <= found.keys()
    assert key("وزارت امور اقتصادی و دارایی و بانک مرکزی") not in found


def test_a_commission_speaks(every_nlp):
    doc = every_nlp("کمیسیون فرهنگی در بیانیه‌ای اعلام کرد: «کتاب‌های درسی بازبینی می‌شود.»")
    assert [(key(q.speaker), q.content.text) for q in doc.quotes] == [
        (key("کمیسیون فرهنگی"), "«کتاب‌های درسی بازبینی می‌شود.»")]
