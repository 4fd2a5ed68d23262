"""The narrator's «they say» (issue 13, false quotes): a verb of saying in the third person plural with its subject
dropped and a bare clause after it («گفته‌اند …», «می‌گفتند …») reports what unnamed people say, no one's
statement; with a subject of its own, in the singular or before «که» it still makes a quote. In the default
pipeline and with the rules alone (no tagger)."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=["default", "rules-alone"])
def nlp(request):
    return persianews.load() if request.param == "default" else persianews.load(entities={"tagger": False})


def _quotes(nlp, text):
    return [(q.kind, q.content.text, q.speaker, q.evidence[0]) for q in nlp(text).quotes]


def test_a_dropped_plural_they_say_after_a_statement_makes_no_quote(nlp):
    text = "وزیر کشور گفت: شیراز شهری امن است. گفته‌اند در این شهر تظاهرات شده است، اما چنین نیست."
    assert _quotes(nlp, text) == [("direct", "شیراز شهری امن است.", "وزیر کشور", "cue:direct-colon")]


@pytest.mark.parametrize("text", [
    "سرمربی تیم در نشست خبری حاضر شد. گفتند بازیکنان خارجی این فصل حقوق نگرفته‌اند.",
    "نویسنده این رمان از سال‌های قحطی سخن گفت. در آبادی می‌گفتند جاده‌ها تا بهار بسته می‌ماند.",
    "مدیر باشگاه به سالن آمد. ادعا می‌کنند تیم ما آماده بازی نبود و زمین را ترک کرد.",
])
def test_a_dropped_plural_they_say_makes_no_quote(nlp, text):
    assert nlp(text).quotes == ()


def test_a_plural_with_its_subject_still_reports_its_clause(nlp):
    text = "کارشناسان می‌گویند قیمت مسکن تا پایان سال بالا می‌رود."
    assert _quotes(nlp, text) == [("indirect", "قیمت مسکن تا پایان سال بالا می‌رود.", "کارشناسان",
                                   "cue:indirect-stance")]


def test_a_dropped_singular_still_reports_its_clause(nlp):
    text = "رئیس سازمان برنامه در جلسه حاضر شد. گفت بودجه عمرانی امسال کامل پرداخت می‌شود."
    assert _quotes(nlp, text) == [("indirect", "بودجه عمرانی امسال کامل پرداخت می‌شود.", "رئیس سازمان برنامه",
                                   "cue:indirect-stance")]


def test_a_dropped_plural_before_ke_still_reports_its_clause(nlp):
    text = "رئیس سازمان برنامه در جلسه حاضر شد. گفتند که بودجه عمرانی امسال کامل پرداخت می‌شود."
    assert [(kind, content, rule) for kind, content, _speaker, rule in _quotes(nlp, text)] == [
        ("indirect", "بودجه عمرانی امسال کامل پرداخت می‌شود.", "cue:indirect-that")]


@pytest.mark.parametrize("text, content", [
    ("مدیر مدرسه در جلسه حاضر شد. برخی دیگر می‌گفتند کلاس‌ها تا بهار تعطیل می‌ماند.", "کلاس‌ها تا بهار تعطیل می‌ماند."),
    ("سفیر در جلسه حاضر شد. اروپایی‌ها گفتند تحریم‌ها تا پاییز برداشته می‌شود.", "تحریم‌ها تا پاییز برداشته می‌شود."),
])
def test_a_plural_after_a_group_word_still_reports_its_clause(nlp, text, content):
    assert content in [q.content.text for q in nlp(text).quotes]
