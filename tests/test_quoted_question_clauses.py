"""A question in guillemets inside a reporting clause (rule ``subject:across-quoted-question``): «X در همایشی با
عنوان «آیا … است؟» برگزار شد در پاسخ … گفت: …» — the segmenter ends a sentence at the quoted title's «؟», but the
clause of the cue opens before it: X speaks, not the words after the «؟» («برگزار شد») (issue 13, wrong speakers).
Both pipelines, both readers; the examples are written for these tests."""

from __future__ import annotations

_OPENING = "نماینده مجلس گفت: در شهر ما کاری نکردند.\n"
_TITLED = ("به گزارش ایرنا، رضا کریمی‌نژاد در همایش روز معلم که در سالن دانشگاه شیراز با موضوع «آیا مدرسه در رأس "
           "امور است؟» برگزار شد در پاسخ به پرسش یکی از معلمان گفت: من معلمی را می‌شناختم که شب‌ها کار می‌کرد.")
_RULE = "subject:across-quoted-question"


def _last(doc) -> tuple[str | None, str]:
    quote = doc.quotes[-1]
    return quote.speaker, quote.evidence[1]


def test_a_quoted_title_ending_in_a_question_opens_no_clause(every_nlp):
    """Golden: the person the clause opens with speaks, not the words after the title's «؟»."""
    doc = every_nlp(_OPENING + _TITLED)
    assert doc.quotes[-1].content.text == "من معلمی را می‌شناختم که شب‌ها کار می‌کرد."
    assert _last(doc) == ("رضا کریمی‌نژاد", _RULE)


def test_a_quoted_question_after_an_answer_phrase(every_nlp):
    """Golden: «X در پاسخ به این سوال که «…؟»، گفت»: the answerer before the question speaks."""
    doc = every_nlp(_OPENING + "رضا کریمی‌نژاد در پاسخ به این سوال که «کدام مدارس تعطیل می‌شوند؟»، گفت: هیچ "
                    "مدرسه‌ای تعطیل نمی‌شود.")
    assert doc.quotes[-1].content.text == "هیچ مدرسه‌ای تعطیل نمی‌شود."
    assert _last(doc) == ("رضا کریمی‌نژاد", _RULE)


def test_a_quoted_question_after_a_colon_is_someones_words(every_nlp):
    """Negative: guillemets after a colon hold someone's question, which ends the sentence: the next clause is
    read on its own (its own subject speaks), not from the asker's."""
    doc = every_nlp(_OPENING + "رضا کریمی‌نژاد پرسید: «کدام مدارس تعطیل می‌شوند؟» مینا صالحی پاسخ داد: هیچ "
                    "مدرسه‌ای تعطیل نمی‌شود.")
    assert doc.quotes[-1].content.text == "هیچ مدرسه‌ای تعطیل نمی‌شود."
    assert doc.quotes[-1].speaker == "مینا صالحی"
    assert all(_RULE not in q.evidence for q in doc.quotes)


def test_a_quoted_question_after_a_cue_of_saying_is_someones_words(every_nlp):
    """Negative: guillemets right after a cue of saying («… گفت «…؟»») hold the speaker's own question: the clause
    after it is not read from the cue's sentence."""
    doc = every_nlp(_OPENING + "رضا کریمی‌نژاد در جلسه گفت «کدام مدارس تعطیل می‌شوند؟» مینا صالحی پاسخ داد: هیچ "
                    "مدرسه‌ای تعطیل نمی‌شود.")
    assert doc.quotes[-1].content.text == "هیچ مدرسه‌ای تعطیل نمی‌شود."
    assert doc.quotes[-1].speaker == "مینا صالحی"
    assert all(_RULE not in q.evidence for q in doc.quotes)
