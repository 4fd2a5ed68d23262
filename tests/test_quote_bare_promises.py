"""Claims, promises, threats and commitments with a bare clause (issue 13, missed indirect quotes): «X وعده داده بود
…», «X مدعی بودند …», «X تهدید کرده …», «X قول داد …», «X متعهد شده …» report the clause after them as a «که» clause
does (rule ``cue:indirect-bare-promise``); a conjunct, a passive, an object before the verb or a relative clause
around it reports nothing."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as found


@pytest.mark.parametrize("text, content, cue", [
    ("بهرام صادقی وعده داده بود برق روستاهای مرزی تا پایان سال وصل خواهد شد.",
     "برق روستاهای مرزی تا پایان سال وصل خواهد شد.", "وعده داده بود"),
    ("بهرام صادقی مدعی بود در گزارش اول ابهاماتی وجود دارد.", "در گزارش اول ابهاماتی وجود دارد.", "مدعی بود"),
    ("بهرام صادقی تهدید کرده کارخانه را در صورت ادامه اعتصاب تعطیل خواهد کرد.",
     "کارخانه را در صورت ادامه اعتصاب تعطیل خواهد کرد.", "تهدید\u200cکرده"),
    ("بهرام صادقی قول داد جزئیات بیشتری از این طرح را هفته آینده اعلام کند.",
     "جزئیات بیشتری از این طرح را هفته آینده اعلام کند.", "قول داد"),
    ("بهرام صادقی متعهد شده سهم استان از بودجه عمرانی را افزایش دهد.",
     "سهم استان از بودجه عمرانی را افزایش دهد.", "متعهد\u200cشده"),
])
def test_a_claim_promise_threat_or_commitment_reports_its_bare_clause(every_nlp, text, content, cue):
    assert (content, cue, "cue:indirect-bare-promise", "بهرام صادقی") in found(every_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی وعده داده بود و به آن عمل نکرد.",                    # a conjunct
    "به کارگران وعده داده شد حقوق معوقه پرداخت می‌شود.",               # the passive: no one's promise
    "بیماری سلامت مردم روستا را تهدید کرد در حالی که درمانگاهی نبود.",  # an object: a threat to something
    "کسانی که بهرام صادقی وعده داده بود هنوز منتظر کار هستند.",          # a relative clause
    "او در این پرونده مدعی است.",                                     # a claimant, no clause
])
def test_no_bare_promise_without_a_clause_of_its_own(every_nlp, text):
    """The statement on the next line is still found."""
    quotes = found(every_nlp(f"{text}\n{_STATED}"))
    assert [q for q in quotes if q[2] == "cue:indirect-bare-promise"] == []
    assert ("«جلسه فردا طبق برنامه برگزار می‌شود.»", "سخنگوی دولت") in [(q[0], q[3]) for q in quotes]


_STATED = "سخنگوی دولت گفت: «جلسه فردا طبق برنامه برگزار می‌شود.»"
