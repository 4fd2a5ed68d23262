"""An unnamed group's words reported inside a news statement (issue 13, missed quotes, round 30): a cue whose
subject inside the statement opens with a quantifier («یک عده», «عده‌ای», «برخی», «بعضی‌ها», «خیلی‌ها»,
«بسیاری») or «یکی از», with «که», a bare clause or a comma after it, is the group's quote, kept beside the
statement (``quote:nested``); the examples are written for these tests."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def quotes(doc) -> list[tuple[str, str | None, bool]]:
    """(content, speaker, nested) of each quote."""
    return [(q.content.text, q.speaker, "quote:nested" in q.evidence) for q in doc.quotes]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("مدیرعامل سابق باشگاه تصریح کرد: از همه تشکر می‌کنم اما یک عده گفتند چون باشگاه بدهی داشت، مدیر فرار کرد. "
     "من فرار نکردم.", "چون باشگاه بدهی داشت، مدیر فرار کرد.", "یک عده"),
    # «یک‌عده» written as one word (a ZWNJ)
    ("مربی سابق تیم تصریح کرد: از هواداران ممنونم اما یک‌عده گفتند چون تیم باخت، مربی باید برود. "
     "من نمی‌روم.", "چون تیم باخت، مربی باید برود.", "یک‌عده"),
    ("مربی تیم گفت: خیلی‌ها به من گفتند چرا اجازه ندادی آن بازیکن بماند. من جواب دادم.",
     "چرا اجازه ندادی آن بازیکن بماند.", "خیلی‌ها"),
    ("معاون وزیر گفت: بعضی‌ها معتقدند که دولت باید همه یارانه‌ها را حذف کند. ما این نظر را نداریم.",
     "دولت باید همه یارانه‌ها را حذف کند.", "بعضی‌ها"),
    ("شهردار گفت: یکی از همکاران به من گفت که بودجه تمام شده است. ما پیگیری کردیم.",
     "بودجه تمام شده است.", "یکی از همکاران"),
    ("شهردار افزود: بسیاری از مردم گفتند که از این طرح راضی هستند.", "از این طرح راضی هستند.", "بسیاری از مردم"),
    # the group's words end where the speaker answers them («ولی …», «اما …»)
    ("مدیر شبکه اظهار داشت: برخی معتقدند تلویزیون جایگاه خود را در میان رسانه‌ها از دست داده است ولی اینطور نیست "
     "و بینندگان خود را دارد.", "تلویزیون جایگاه خود را در میان رسانه‌ها از دست داده است", "برخی"),
])
def test_a_group_reporting_inside_a_statement_is_a_nested_quote(nlp, text, content, speaker):
    found = quotes(nlp(text))
    assert (content, speaker, True) in found
    (outer,) = [q for q in found if not q[2]]  # the statement still holds the group's words
    assert content in outer[0]


@pytest.mark.parametrize("text", [
    # a bare plural, no quantifier: the speaker's own words (tests/test_nested_news_quotes.py)
    "وزیر گفت: کارشناسان معتقدند که اقتصاد رشد می‌کند.",
    # a quantifier of things before a passive: no one reports
    "شهردار گفت: برخی از این پروژه‌ها اعلام شد که تعطیل است.",
    # the quantifier inside an adverbial or an addressee: the group is no subject
    "شهردار گفت: در برخی از محله‌ها گفتند که آب قطع می‌شود.",
    "شهردار گفت: دولت به برخی از استان‌ها اعلام کرد که بودجه تمام شده است.",
    # «خیلی» alone is an adverb, not a group
    "وزیر افزود: خیلی وقت‌ها برای اینکه پاسخگو نباشند، می‌گویند نیروهای دیگر نگذاشتند.",
])
def test_no_group_inside_a_statement_makes_no_nested_quote(nlp, text):
    found = quotes(nlp(text))
    assert found and all(not nested for _, _, nested in found)
    assert any(speaker in ("شهردار", "وزیر") or speaker is None for _, speaker, _ in found)


def test_a_group_is_named_by_its_opening_words():
    from persianews.quotes.hearsay import names_a_group
    from persianews.records import Span
    for phrase, group in (("یک عده", True), ("یک‌عده", True), ("عده‌ای از هواداران", True), ("یکی از دوستان", True),
                          ("یکی دیگر", False), ("کارشناسان", False), ("خیلی از مردم", True), ("یک روز", False),
                          ("خیلی وقت‌ها", False)):
        assert names_a_group(phrase, Span(0, len(phrase))) is group, phrase
