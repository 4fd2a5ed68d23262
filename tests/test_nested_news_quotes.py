"""Quotes inside a news quote (issue 13, nested quotes): only a named speaker (a person, a title) reporting with «که» inside the outer statement is kept beside it (``quote:nested``); the examples are written
for these tests."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def quotes(doc) -> list[tuple[str, str | None, bool]]:
    """(content, speaker, nested) of each quote."""
    return [(q.content.text, q.speaker, "quote:nested" in q.evidence) for q in doc.quotes]


def test_a_named_person_reporting_with_that_inside_a_quote_is_a_nested_quote(nlp):
    text = "سخنگوی کاخ سفید ادامه داد: دونالد ترامپ صبح امروز گفت که از این مساله آگاهی نداشته است."
    found = quotes(nlp(text))
    assert ("دونالد ترامپ صبح امروز گفت که از این مساله آگاهی نداشته است.", "سخنگوی کاخ سفید", False) in found
    assert ("از این مساله آگاهی نداشته است.", "دونالد ترامپ", True) in found


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("نماینده مجلس افزود: وزیر نیرو به نمایندگان قول داده که خاموشی‌ها تا تابستان پایان یابد.",
     "خاموشی‌ها تا تابستان پایان یابد.", "وزیر نیرو"),
    ("سخنگو گفت: رئیس‌جمهور اعلام کرد که طرح اجرا می‌شود.", "طرح اجرا می‌شود.", "رئیس‌جمهور"),
])
def test_a_title_reporting_with_that_inside_a_quote_is_a_nested_quote(nlp, text, content, speaker):
    found = quotes(nlp(text))
    assert (content, speaker, True) in found
    assert sum(not nested for _, _, nested in found) == 1


@pytest.mark.parametrize("text", [
    # the outer speaker named before the colon is not the inner speaker
    "دونالد ترامپ با اشاره به انتخابات افزود: کارشناسان معتقدند که اقتصاد رشد می‌کند.",
    # a pronoun, a dropped subject or words no entity covers inside the quote: the speaker's own words (a verb of
    # saying in the first person is a report of the speaker's own: tests/test_first_person_reports.py)
    "وزیر گفت: روز بعد گفتند که جلسه لغو شده است.",
    "وزیر گفت: کارشناسان معتقدند که اقتصاد رشد می‌کند.",
    # an organisation inside the quote, as often a word before the cue's real subject
    "سخنگوی دولت در نشست خبری گفت: سازمان ملل متحد هفته گذشته اعلام کرد که کمک‌ها به منطقه ارسال شده است.",
])
def test_other_cues_inside_a_news_quote_are_no_quotes(nlp, text):
    found = quotes(nlp(text))
    assert found and all(not nested for _, _, nested in found)
