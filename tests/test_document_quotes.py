"""«در این بیانیه آمده است: …», «متن این نامه به شرح زیر است: …»: what a document says (rules
``cue:document-colon``, ``cue:document-that``, ``cue:document-set-out``; issue 13).

Examples written for the tests; each case runs with the tagger and with rules alone.
"""

from __future__ import annotations

from functools import partial

import pytest

import persianews
from persianews.readers.plain_text import read_plain_text

from .posts import post_quotes_with_evidence


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})

quotes = partial(post_quotes_with_evidence, signature="\n@example_news\n")


def test_the_document_mentioned_before_is_its_issuers(nlp):
    found = quotes(nlp, "سپاه پاسداران با صدور بیانیه‌ای از حمله به پایگاه‌های دشمن خبر داد.\n"
                        "در این بیانیه آمده است: رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.")
    documents = [(s, c, e[:2]) for s, c, e in found if e[0] == "cue:document-colon"]
    assert documents == [("سپاه پاسداران", "رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.",
                          ("cue:document-colon", "subject:document-issuer"))]


@pytest.mark.parametrize("line, speaker", [
    ("در بخشی از بیانیه وزارت امور خارجه آمده است: حملات اخیر نقض آشکار منشور سازمان ملل است.",
     "وزارت امور خارجه"),
    # a message to someone: the sender speaks
    ("در پیام سپاه پاسداران به مردم منطقه آمده است: «پایگاه‌های آمریکا در خاک شما هدف مشروع ماست.»",
     "سپاه پاسداران"),
    # a letter to someone and a letter thanking someone: the writer speaks
    ("در نامه علی لاریجانی خطاب به حسن روحانی آمده است: بودجه سال آینده باید اصلاح شود.", "علی لاریجانی"),
    # several addressees: the writer, whom the document word governs, still speaks
    ("در نامه علی لاریجانی خطاب به حسن روحانی، محمد جواد ظریف و سعید نمکی آمده است: بودجه باید اصلاح شود.",
     "علی لاریجانی"),
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


def article_quotes(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    (article,) = read_plain_text(text, "article.txt")
    return [(q.speaker, q.content.text, q.evidence[:2]) for q in nlp(article).quotes]


def test_a_news_document_is_its_issuers_not_the_previous_speakers(nlp):
    # the previous speaker (the minister) did not issue the notice the organisation sent out
    found = article_quotes(nlp, "وزیر کشور گفت: انتخابات طبق برنامه برگزار می‌شود.\n"
                                "ستاد مبارزه با مواد مخدر در این خصوص اطلاعیه‌ای به خبرگزاری ایرنا ارسال کرده است.\n"
                                "متن این اطلاعیه به شرح زیر است: هیچ محموله‌ای از مرز عبور نکرده است.")
    assert found[-1] == ("ستاد مبارزه با مواد مخدر", "هیچ محموله‌ای از مرز عبور نکرده است.",
                         ("cue:document-set-out", "subject:document-issuer"))


def test_an_issuer_no_entity_covers_is_the_earlier_subject_phrase(nlp):
    found = article_quotes(nlp, "اداره کل مطبوعات و خبرگزاری‌های داخلی در اطلاعیه‌ای درباره توزیع کاغذ توضیحاتی ارائه کرد.\n"
                                "به گزارش ایرنا، در این اطلاعیه آمده است: کاغذ با ارز دولتی توزیع می‌شود.")
    assert found[-1] == ("اداره کل مطبوعات و خبرگزاری‌های داخلی", "کاغذ با ارز دولتی توزیع می‌شود.",
                         ("cue:document-colon", "subject:document-issuer"))


@pytest.mark.parametrize("text, speaker", [
    ("متن نامه علی لاریجانی خطاب به حسن روحانی به شرح زیر است: بودجه سال آینده باید اصلاح شود.", "علی لاریجانی"),
    ("متن نامه قدردانی وزیر بهداشت از رئیس‌جمهور به شرح زیر است: بودجه سال آینده باید اصلاح شود.", "وزیر بهداشت"),
    # «به این شرح است», «بدین شرح است»: the same phrase
    ("متن پیام علی لاریجانی به این شرح است: بودجه سال آینده باید اصلاح شود.", "علی لاریجانی"),
    ("به گزارش ایرنا، متن سخنان وزیر بهداشت بدین شرح است: بودجه سال آینده باید اصلاح شود.", "وزیر بهداشت"),
])
def test_the_text_set_out_is_the_issuers(nlp, text, speaker):
    assert article_quotes(nlp, text) == [(speaker, "بودجه سال آینده باید اصلاح شود.",
                                          ("cue:document-set-out", "subject:entity"))]


def test_a_document_clause_after_that_is_an_indirect_quote(nlp):
    (article,) = read_plain_text("در بیانیه وزارت امور خارجه آمده است که حملات اخیر نقض آشکار منشور سازمان ملل است.",
                                 "article.txt")
    (quote,) = nlp(article).quotes
    assert (quote.kind, quote.speaker, quote.content.text, quote.evidence[:2]) == (
        "indirect", "وزارت امور خارجه", "حملات اخیر نقض آشکار منشور سازمان ملل است.",
        ("cue:document-that", "subject:entity"))


@pytest.mark.parametrize("text", [
    # a list set out, not a document: no document word opens the phrase
    "برنامه بازی‌های هفته آینده به شرح زیر است: استقلال و پرسپولیس در تهران بازی می‌کنند.",
    # the source lead «به گزارش …» is no document
    "به گزارش ایرنا، نتایج این بازی‌ها به شرح زیر است: استقلال دو گل زد و پرسپولیس یک گل.",
    "به گزارش ایرنا، آمار تازه به این شرح است: سه هزار نفر در بیمارستان بستری شده‌اند.",
    # an exchange of questions and answers set out, not an issuer's text
    "متن کامل این گفت‌وگو بدین شرح است: اگر اجازه دهید از وضعیت بازار شروع کنیم.",
    # «ادامه» of something else, not «در ادامه»: no document
    "در واگذاری و ادامه فعالیت این شرکت مشکلاتی پیش آمده که باید حل شود.",
])
def test_no_document_quote_without_a_document(nlp, text):
    assert all(not e[0].startswith("cue:document") for _, _, e in article_quotes(nlp, text))


def test_a_person_the_document_mentions_is_not_its_issuer(nlp):
    # «امام خمینی» stands in the phrase, but the document word does not govern it
    found = article_quotes(nlp, "سخنگوی وزارت خارجه گفت: تحریم‌ها غیرقانونی است.\n"
                                "در این بیانیه ضمن تبریک سالروز ولادت امام خمینی آمده است: انقلاب اسلامی پیروز است.")
    assert found[-1][0] != "امام خمینی" and found[-1][2] == ("cue:document-colon", "subject:dropped")


def test_no_issuer_from_a_sentence_without_a_named_subject(nlp):
    # the nearest earlier mention names no one: the dropped subject falls back to the previous speaker
    found = article_quotes(nlp, "سخنگوی وزارت خارجه گفت: تحریم‌ها غیرقانونی است.\n"
                                "این نامه دیروز منتشر شد.\n"
                                "در این نامه آمده است: تحریم‌ها باید فورا لغو شود.")
    assert found[-1][2] == ("cue:document-colon", "subject:dropped")


_RUN_ON = "نیروهای امدادی همچنان مشغول پاکسازی مناطق آسیب‌دیده شهر هستند " * 40
"""3,000 characters of one sentence: more than the issuer's look back (``_MAX_CHARS_BACK``)."""
_ISSUED_AT_ITS_END = ("سپاه پاسداران با صدور بیانیه‌ای از حمله به پایگاه‌های دشمن خبر داد و "
                      "در این بیانیه آمده است: رزمندگان نیروی دریایی اهداف تعیین‌شده را هدف قرار دادند.")


def test_the_issuer_late_in_a_run_on_sentence_is_read_near_its_document(nlp):
    # the sentence is read back from the document, not from its start 3,000 characters before
    found = quotes(nlp, _RUN_ON + "؛ " + _ISSUED_AT_ITS_END)
    assert [(s, e[:2]) for s, _, e in found if e[0] == "cue:document-colon"] == [
        ("سپاه پاسداران", ("cue:document-colon", "subject:document-issuer"))]


@pytest.mark.parametrize("letters", range(1, 6))
def test_a_run_on_sentence_cut_by_the_look_back_is_read_from_a_whole_word(nlp, letters):
    text = _RUN_ON + "خ" * letters + " " + _ISSUED_AT_ITS_END
    (speaker,) = [s for s, _, e in quotes(nlp, text) if e[0] == "cue:document-colon"]
    assert speaker and set(speaker.split()) <= set(text.split())


def test_amade_written_without_its_hamza(nlp):
    found = quotes(nlp, "سپاه پاسداران با صدور اطلاعیه‌ای از رزمایش خبر داد.\n"
                        "در ادامه این اطلاعیه امده است: «رزمایش تا پایان هفته ادامه دارد.»")
    documents = [(s, c, e[0]) for s, c, e in found if e[0] == "cue:document-colon"]
    assert documents == [("سپاه پاسداران", "«رزمایش تا پایان هفته ادامه دارد.»", "cue:document-colon")]


def test_amade_without_hamza_as_a_verb_of_coming_is_no_document(nlp):
    found = quotes(nlp, "در این سفر وزیر به شهر امده است: فرماندار گفت: دیدار فردا برگزار می‌شود.")
    assert all(e[0] != "cue:document-colon" for _, _, e in found)
    assert "دیدار فردا برگزار می‌شود." in [c for _, c, _ in found]
