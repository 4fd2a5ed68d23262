"""A «که» after a verb of saying whose clause holds an object or a topic, opening with a preposition and a
resumptive «آن» (``… را اعلام کرد که بر اساس آن …``, ``از … خبر داد که با استفاده از آن …``), is a relative clause on
that object, the narrator's description, no reported clause (a gate on ``cue:indirect-that``, issue 13: false
quotes). A time phrase («در آن زمان») and a clause with no object before the verb stay reports. Both pipelines."""

from __future__ import annotations

import pytest

_REPORT = "سخنگوی شهرداری گفت که خیابان‌های مرکزی هفته آینده بازگشایی می‌شود."


@pytest.mark.parametrize("text", [
    "بانک مرکزی نرخ ۳۰ ارز را برای امروز اعلام کرد که بر اساس آن نرخ ۱۲ ارز مانند پوند کاهش یافت.",
    "معاون وزیر صنعت از راه‌اندازی آزمایشی سامانه تازه خبر داد که با استفاده از آن صادرکنندگان ارز خود را عرضه "
    "می‌کنند.",
    "مدیر فنی به دستگاه‌های تازه‌ای اشاره کرد که در آن‌ها امکان به‌روزرسانی خودکار وجود دارد.",
])
def test_no_report_of_a_relative_clause_on_the_object(every_nlp, text):
    quotes = every_nlp(text + "\n" + _REPORT).quotes
    assert not [q for q in quotes if "آن" in q.content.text.split()[:4] and "cue:indirect-that" in q.evidence]
    # the report after it is still found
    assert [(q.speaker, q.content.text) for q in quotes if q.evidence[0] == "cue:indirect-that"] == [
        ("سخنگوی شهرداری", "خیابان‌های مرکزی هفته آینده بازگشایی می‌شود.")]


@pytest.mark.parametrize("text, speaker, content", [
    # a time phrase, no resumptive
    ("وزیر کشور اعلام کرد که در آن زمان همه استانداران در جلسه حاضر بودند.", "وزیر کشور",
     "در آن زمان همه استانداران در جلسه حاضر بودند."),
    # no object or topic before the verb: «آن» points back to an earlier sentence
    ("وزیر کشور گفت که بر اساس آن قانون، انتخابات در موعد برگزار می‌شود.", "وزیر کشور",
     "بر اساس آن قانون، انتخابات در موعد برگزار می‌شود."),
    # a verb of warning: «آن» points back to the object of the clause before, the clause is reported
    ("فرمانده ارتش مرز تازه را تعیین کرد و به همسایگان هشدار داد که در آن هیچ تجمعی نکنند.", "فرمانده ارتش",
     "در آن هیچ تجمعی نکنند."),
])
def test_a_that_clause_with_no_resumptive_on_an_object_is_a_report(every_nlp, text, speaker, content):
    assert [(q.speaker, q.content.text, q.evidence[0]) for q in every_nlp(text).quotes] == [
        (speaker, content, "cue:indirect-that")]
