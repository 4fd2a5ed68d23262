"""«در این بیانیه آمده است: …»: what a document says (rule ``cue:document-colon``, issue 13).

Examples written for the tests; each case runs with the tagger and with rules alone.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.plain_text import read_plain_text
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def quotes(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    (article,) = read_telegram_text(text + "\n@example_news\n", "posts.txt")
    return [(q.speaker, q.content.text, q.evidence) for q in nlp(article).quotes]


def test_the_document_of_the_previous_speaker_is_theirs(nlp):
    found = quotes(nlp, "سپاه پاسداران با صدور بیانیه‌ای از حمله به پایگاه‌های دشمن خبر داد.\n"
                        "در این بیانیه آمده است: رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.")
    documents = [(s, c, e[:2]) for s, c, e in found if e[0] == "cue:document-colon"]
    assert documents == [("سپاه پاسداران", "رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.",
                          ("cue:document-colon", "subject:dropped"))]


@pytest.mark.parametrize("line, speaker", [
    ("در بخشی از بیانیه وزارت امور خارجه آمده است: حملات اخیر نقض آشکار منشور سازمان ملل است.",
     "وزارت امور خارجه"),
    # a message to someone: the sender speaks
    ("در پیام سپاه پاسداران به مردم منطقه آمده است: «پایگاه‌های آمریکا در خاک شما هدف مشروع ماست.»",
     "سپاه پاسداران"),
])
def test_the_issuer_named_in_the_phrase_speaks(nlp, line, speaker):
    found = quotes(nlp, line)
    assert [(s, e[:2]) for s, _, e in found] == [(speaker, ("cue:document-colon", "subject:entity"))]


@pytest.mark.parametrize("line", [
    # «آمده است» as a verb of coming, with no document and no colon
    "در این سفر رئیس‌جمهور به تهران آمده است و فردا با وزیران دیدار می‌کند.",
    # a document word but no colon: no direct statement
    "در این بیانیه آمده است که حملات ادامه خواهد داشت و پاسخ قاطع خواهد بود.",
    # a colon after «آمده» with no document word before it
    "در این مدت مهمانان زیادی آمده‌اند: از شهرهای مختلف برای دیدن نمایشگاه.",
])
def test_no_document_quote_without_a_document_and_a_colon(nlp, line):
    assert all(e[0] != "cue:document-colon" for _, _, e in quotes(nlp, line))


def test_no_document_quote_in_a_news_article(nlp):
    # news prose: the previous speaker is too often not the document's issuer
    (article,) = read_plain_text("سپاه پاسداران با صدور بیانیه‌ای از حمله به پایگاه‌های دشمن خبر داد. در این "
                                 "بیانیه آمده است: رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.",
                                 "article.txt")
    assert all(q.evidence[0] != "cue:document-colon" for q in nlp(article).quotes)
