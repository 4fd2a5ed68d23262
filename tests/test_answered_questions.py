"""A cue after the question its speaker answers (rule ``subject:before-answered-question``): «X در پاسخ به این سوال
که …؟ گفت: …» — the subject is X, before the answer phrase, not a dropped subject after the «؟» that would continue
the last speaker (issue 13, wrong speakers). Both pipelines, both readers; the examples are written for these tests."""

from __future__ import annotations

_OPENING = ("حمید نادری رئیس اتحادیه صنف نانوایان گفت: قیمت نان فعلا تغییر نمی‌کند.\n"
            "اعضای شورای شهر می‌گویند آرد به همه نانوایی‌ها نرسیده است.\n")


def _last(doc) -> tuple[str | None, str]:
    quote = doc.quotes[-1]
    return quote.speaker, quote.evidence[1]


def test_the_answerer_named_before_the_answer_phrase_speaks(every_nlp):
    """Golden: the person before «در پاسخ به این سوال» answers, not the people the question quotes (who spoke last)."""
    doc = every_nlp(_OPENING + "نادری در پاسخ به این سوال که آیا این درست است که برخی معتقدند نانوایان آرد را "
                    "احتکار می‌کنند؟ گفت: آرد به اندازه کافی توزیع شده است.")
    assert _last(doc) == ("حمید نادری", "subject:before-answered-question")


def test_a_question_of_two_sentences_runs_to_the_cue(every_nlp):
    """Golden: a question of two sentences («…؟ و اگر …؟ گفت») after the answer phrase: the answerer still speaks."""
    doc = every_nlp(_OPENING + "وی در پاسخ به این پرسش که آیا این درست است که برخی معتقدند نانوایان آرد را "
                    "احتکار می‌کنند؟ و اگر چنین است چه باید کرد؟ گفت: آرد به اندازه کافی توزیع شده است.")
    assert _last(doc) == ("حمید نادری", "subject:before-answered-question")


def test_an_answer_phrase_with_nothing_before_it_names_no_subject(every_nlp):
    """Negative: the sentence opens with the answer phrase: no subject before it, and none from the question's words
    («حمید نادری» inside the question is asked about, not answering)."""
    doc = every_nlp(_OPENING + "در پاسخ به این سوال که آیا حمید نادری آرد را توزیع کرده است؟ گفت: آرد کافی است.")
    assert doc.quotes[-1].content.text == "آرد کافی است."
    assert all("subject:before-answered-question" not in q.evidence for q in doc.quotes)


def test_a_question_with_no_answer_phrase_is_no_answer(every_nlp):
    """Negative: a question no «در پاسخ به … سوال» opens, then a cue: the clause after the «؟» is read as before."""
    doc = every_nlp(_OPENING + "نادری پرسید آیا آرد کم است؟ گفت: آرد کافی است.")
    assert doc.quotes[-1].content.text == "آرد کافی است."
    assert all("subject:before-answered-question" not in q.evidence for q in doc.quotes)
