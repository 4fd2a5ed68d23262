"""Subheadings a crawl glued to their paragraph (rule ``subject:after-glued-heading``): the subject is read after
the glued word's first part, not from the heading's words (issue 13, wrong speakers: junk subjects a later «وی»
continues). Both pipelines, both readers; the examples are written for these tests."""

from __future__ import annotations

import pytest

from persianews.quotes.context import View
from persianews.quotes.subject_phrases import opens_with_subject, pronoun_or_entity

_SPEAKER = "حمید نادری رئیس اتحادیه صنف نانوایان گفت: قیمت نان فعلا تغییر نمی‌کند.\n"


def _speakers(doc) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.evidence[1]) for q in doc.quotes]


@pytest.mark.parametrize("line", [
    # «وی» glued to a heading's verb
    "کیفیت نان در استان‌ها باید بهتر باشدوی افزود: آرد به اندازه کافی توزیع شده است.",
    # the surname of a person the document names, glued to a heading's verb
    "نانوایان سنتی نگران آینده نیستندنادری در ادامه گفت: آرد به اندازه کافی توزیع شده است.",
    # «اما» glued to «است»: the clause starts after it
    "آرد سهمیه‌ای هنوز به همه نانوایی‌ها نرسیده استاما نادری با اشاره به توزیع آرد گفت: آرد به اندازه کافی توزیع "
    "شده است.",
])
def test_the_paragraph_after_a_glued_heading_has_the_subject(every_nlp, line):
    """Golden: the person of the paragraph speaks, not the heading's words."""
    assert _speakers(every_nlp(_SPEAKER + line)) == [
        ("حمید نادری", "subject:entity"), ("حمید نادری", "subject:after-glued-heading")]


def test_a_title_glued_to_a_heading_is_the_subject(every_nlp):
    """Golden: a title head glued to a heading's last word opens the subject («…استان‌هاوزیر کشاورزی …»)."""
    doc = every_nlp(_SPEAKER + "توزیع آرد در همه استان‌هاوزیر کشاورزی با اشاره به ذخایر گندم گفت: ذخایر کافی است.")
    assert _speakers(doc)[-1] == ("وزیر کشاورزی", "subject:after-glued-heading")


def test_a_pronoun_after_a_glued_heading_continues_the_paragraphs_speaker(every_nlp):
    """Golden: the «وی» of the next sentence is the paragraph's speaker, not the heading."""
    doc = every_nlp(_SPEAKER + "نانوایان سنتی نگران آینده نیستندنادری در ادامه گفت: آرد کافی توزیع شده است.\n"
                    "وی افزود: قیمت نان ثابت می‌ماند.")
    assert [speaker for speaker, _ in _speakers(doc)] == ["حمید نادری"] * 3


@pytest.mark.parametrize("line, speaker", [
    # a surname that ends in «وی» and a name written in one piece are no glued words
    ("علی علاوی در نشست خبری گفت: آرد به اندازه کافی توزیع شده است.", "علی علاوی"),
    # a word before «را» is an object, never a glued subject
    ("اعضای اتحادیه نام آقای علاوی را به عنوان نامزد اعلام کردند و گفتند: آرد کافی است.", None),
    # an organisation's head glued to a word («عابربانک») opens no paragraph
    ("مشتریان نانوایی‌ها از طریق عابربانک پول پرداخت کردند و گفتند: آرد کافی است.", None),
])
def test_words_that_are_not_glued_headings_keep_their_subject(every_nlp, line, speaker):
    """Negative: no glued heading, no ``subject:after-glued-heading``; the speaker is what it was."""
    quotes = every_nlp(_SPEAKER + line).quotes
    assert len(quotes) >= 2
    assert all("subject:after-glued-heading" not in q.evidence for q in quotes)
    if speaker is not None:
        assert quotes[-1].speaker == speaker


def test_a_stop_before_the_glued_word_ends_the_heading(every_nlp):
    """Negative: a sentence stop before a glued-looking word: the words after it are another sentence."""
    doc = every_nlp(_SPEAKER + "نان گران نشد. کیفیت نان در استان‌ها باید بهتر باشدوی افزود: آرد کافی است.")
    assert len(doc.quotes) == 2
    assert all("subject:after-glued-heading" not in q.evidence for q in doc.quotes)


def test_a_given_name_glued_to_a_heading_opens_the_name_after_it(every_nlp):
    """Golden: a given name glued to a heading's verb, a word of a person's name after it («…نیستندمحمد کاظمی»):
    the paragraph's person speaks, named with the given name after the glue (``+given-name-before``), not the heading."""
    doc = every_nlp("نانوایان سنتی نگران آینده نیستندمحمد کاظمی رئیس اتحادیه صنف نانوایان گفت: "
                    "آرد به اندازه کافی توزیع شده است.\nکاظمی افزود: قیمت نان ثابت می‌ماند.")
    assert [(q.speaker, "subject:after-glued-heading" in q.evidence) for q in doc.quotes][0] == ("محمد کاظمی", True)


def test_a_given_name_glued_to_a_heading_before_no_name_is_no_cut(every_nlp):
    """Negative: a glued given name with no word of a person's name after it («…می‌شودحسن نیت …») opens nothing."""
    doc = every_nlp(_SPEAKER + "کیفیت نان بهتر می‌شودحسن نیت نانوایان روشن است و اعضای اتحادیه گفتند: آرد کافی است.")
    assert doc.quotes[-1].content.text == "آرد کافی است."
    assert all("subject:after-glued-heading" not in q.evidence for q in doc.quotes)


def test_the_readers_test_of_an_opening_subject_is_the_subject_phrases(every_nlp):
    """:func:`opens_with_subject` (the glued heading reader's test) agrees with :func:`pronoun_or_entity` at every
    word of a text with pronouns, names and titles."""
    doc = every_nlp(_SPEAKER + "وی افزود: آرد کافی است.\nوزیر کشاورزی گفت: ذخایر کافی است.\nنادری گفت: نان ارزان است.")
    view = View.of(doc)
    for start in [0] + [index + 1 for index, char in enumerate(view.text) if char in " \n"]:
        for limit in (len(view.text), min(len(view.text), start + 6)):
            assert opens_with_subject(view, start, limit) == (pronoun_or_entity(view, start, limit) is not None)


def test_a_heading_word_no_dictionary_holds_but_the_document_writes_alone(every_nlp):
    """Golden: the heading's last word is in no dictionary («اینستاگرام»), but the document writes it alone: the glued
    word «اینستاگرامنادری» is that word and the surname of the paragraph's speaker."""
    doc = every_nlp(_SPEAKER + "نانوایان در اینستاگرام از کمبود آرد خبر دادند.\n"
                    "فروش نان در اینستاگرامنادری در ادامه گفت: آرد به اندازه کافی توزیع شده است.")
    assert _speakers(doc)[-1] == ("حمید نادری", "subject:after-glued-heading")


def test_a_heading_word_the_document_never_writes_alone_is_no_cut(every_nlp):
    """Negative: the same glued word in a document that never writes «اینستاگرام» alone: no word to cut it into."""
    doc = every_nlp(_SPEAKER + "فروش نان در اینستاگرامنادری در ادامه گفت: آرد به اندازه کافی توزیع شده است.")
    assert doc.quotes[-1].content.text == "آرد به اندازه کافی توزیع شده است."
    assert all("subject:after-glued-heading" not in q.evidence for q in doc.quotes)


def test_a_surname_that_opens_lines_alone_after_a_glued_heading(every_nlp):
    """Golden: a surname no entity covers that opens a line as the whole subject of «X گفت:» elsewhere
    («مهربانی گفت:») opens the paragraph a heading runs into («… بانکمهربانی در ادامه گفت:»)."""
    doc = every_nlp("مهربانی گفت: پرونده به دادگاه رفته است.\n"
                    "املاک بی‌ارزش در وثیقه بانکمهربانی در ادامه گفت: متهمان وام گرفتند.")
    assert _speakers(doc)[-1] == ("مهربانی", "subject:after-glued-heading")


def test_a_surname_that_opens_no_line_alone_is_no_cut(every_nlp):
    """Negative: the surname opens no line as a subject elsewhere: «بانکمهربانی» is no glued word."""
    doc = every_nlp(_SPEAKER + "املاک بی‌ارزش در وثیقه بانکمهربانی در ادامه گفت: متهمان وام گرفتند.")
    assert doc.quotes[-1].content.text == "متهمان وام گرفتند."
    assert all("subject:after-glued-heading" not in q.evidence for q in doc.quotes)


def test_titles_joined_by_a_semicolon_before_a_glued_heading(every_nlp):
    """Golden: titles that a «؛» joins on the line before the glued heading («آیا …؟ …؛ …باشدوی افزود:»): the
    paragraph's «وی» speaks, read after the «؛»."""
    doc = every_nlp(_SPEAKER + "آیا نان گران می‌شود؟ نانوایی‌ها در رکود؛ کیفیت نان در استان‌ها باید بهتر "
                    "باشدوی افزود: آرد کافی است.")
    assert _speakers(doc)[-1] == ("حمید نادری", "subject:after-glued-heading")


def test_a_semicolon_after_a_full_stop_joins_no_titles(every_nlp):
    """Negative: a sentence stop before the «؛» on the line: the words are prose, not titles."""
    doc = every_nlp(_SPEAKER + "نان گران نشد. آرد کافی است؛ کیفیت نان در استان‌ها باید بهتر باشدوی افزود: "
                    "آرد کافی است.")
    assert doc.quotes[-1].content.text == "آرد کافی است."
    assert all("subject:after-glued-heading" not in q.evidence for q in doc.quotes)


@pytest.mark.parametrize("line", [
    # «او» glued to a heading's verb
    "نانوایان سنتی نگران آینده بودنداو در ادامه گفت: آرد به اندازه کافی توزیع شده است.",
    # «این» and a description glued to a heading's verb
    "کیفیت نان در استان‌ها باید بهتر باشداین فعال صنفی افزود: آرد به اندازه کافی توزیع شده است.",
])
def test_a_pronoun_or_a_description_after_a_glued_heading(every_nlp, line):
    """Golden: «او» and «این …» glued to a heading's last word open the paragraph; the paragraph's person speaks,
    not the heading's words (interview headlines: «… بوداو در این باره …», «… کرداین نماینده …»)."""
    assert _speakers(every_nlp(_SPEAKER + line)) == [
        ("حمید نادری", "subject:entity"), ("حمید نادری", "subject:after-glued-heading")]


@pytest.mark.parametrize("line, mention", [
    # an honorific glued to a given name, glued to a heading's place name
    ("توزیع آرد در روستاهای لاهیجانسیدمحسن کریمی رئیس اتحادیه نانوایان گیلان گفت: آرد کافی است.",
     "سیدمحسن کریمی رئیس اتحادیه نانوایان گیلان"),
    # a title head glued to a short word («نفر»)
    ("سهمیه آرد برای 200 نفرسرپرست اتحادیه نانوایان گیلان گفت: آرد کافی است.", "سرپرست اتحادیه نانوایان گیلان"),
    # a given name glued to a short word («قم»), a surname no dictionary holds after it
    ("ترخیص آرد در قمعلی سالاروند مدیرکل غله استان قم درباره توزیع آرد گفت: آرد کافی است.",
     "علی سالاروند مدیرکل غله استان قم"),
])
def test_a_name_or_a_title_glued_to_a_heading(every_nlp, line, mention):
    """Golden: the subject is read from the name or the title glued to the heading («… در قمعلی …», «… نفرسرپرست
    …», «… لاهیجانسیداسماعیل …»), not from the heading's noun («ترخیص», «سهمیه»)."""
    quote = every_nlp(_SPEAKER + line).quotes[-1]
    assert quote.content.text == "آرد کافی است."
    assert (quote.speaker_mention.text, quote.evidence[1]) == (mention, "subject:after-glued-heading")


@pytest.mark.parametrize("line, speaker", [
    # a short word before «وی» is no cut (the pronoun ends a name: «علاوی»)
    ("نانوایان در قموی را دیدند و گفتند: آرد کافی است.", "نانوایان"),
    # an honorific glued to a given name is one word of the name, no heading's last
    ("حجت‌الاسلام سیدعلی سالاروند مدیرکل غله استان گفت: آرد کافی است.", "سیدعلی سالاروند"),
    # a given name glued to a short word, a dictionary word after it: no name opens there
    ("کیفیت نان بهتر شدعلی رغم همه مشکلات نانوایان گفتند: آرد کافی است.", None),
    # a place name that ends in «این» is no glued «این»
    ("مردم اوکراین نگران آرد هستند و گفتند: آرد کافی است.", None),
])
def test_short_words_honorifics_and_names_that_are_no_glued_headings(every_nlp, line, speaker):
    """Negative: no glued heading, no ``subject:after-glued-heading``; the quote is still found."""
    quotes = every_nlp(_SPEAKER + line).quotes
    assert len(quotes) == 2 and quotes[-1].content.text == "آرد کافی است."
    assert all("subject:after-glued-heading" not in q.evidence for q in quotes)
    if speaker is not None:
        assert speaker in quotes[-1].speaker_mention.text


@pytest.mark.parametrize("line, speaker", [
    ("کمبود آرد در روستاهای مرزیدر همین حال اتحادیه نانوایان گیلان اعلام کرد: آرد کافی است.",
     "اتحادیه نانوایان گیلان"),
    ("توزیع آرد سهمیه‌ای در استان‌هااز سوی دیگر، اتحادیه نانوایان گیلان اعلام کرد: آرد کافی است.",
     "اتحادیه نانوایان گیلان"),
])
def test_a_lead_in_glued_to_a_heading(every_nlp, line, speaker):
    """Golden: a lead-in glued to a heading's last word («…مرزیدر همین حال …», «…استان‌هااز سوی دیگر، …») opens the
    paragraph; its subject speaks, not the heading's words."""
    quote = every_nlp(_SPEAKER + line).quotes[-1]
    assert (quote.speaker, quote.content.text, quote.evidence[1]) == (
        speaker, "آرد کافی است.", "subject:after-glued-heading")


@pytest.mark.parametrize("line", [
    # a dictionary word that ends in «در» («برادر») is no glued lead-in
    "برادر در همین حال نانوایان را دید و اعضای اتحادیه گفتند: آرد کافی است.",
    # a glued «در» with no lead-in after it («… مرزیدر روستاها …») opens nothing
    "کمبود آرد در مناطق مرزیدر روستاهای دور زیاد شد و اعضای اتحادیه گفتند: آرد کافی است.",
])
def test_words_ending_like_a_lead_in_that_open_no_paragraph(every_nlp, line):
    """Negative: no glued lead-in, no ``subject:after-glued-heading``; the quote is still found."""
    quotes = every_nlp(_SPEAKER + line).quotes
    assert len(quotes) == 2 and quotes[-1].content.text == "آرد کافی است."
    assert all("subject:after-glued-heading" not in q.evidence for q in quotes)
