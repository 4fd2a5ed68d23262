"""Questions asked (issue 13, round 24): a verb of asking (پرسید، می‌پرسد، سؤال کرد، پرسش کرد) before a colon
reports the question as a direct quote of its subject; a bare clause after it (an indirect question, a rhetorical
«باید پرسید …») is none, nor is a question in a transcript, whose next line is another speaker's turn."""

from __future__ import annotations

import pytest


def quotes(doc) -> list[tuple[str, str, str, str, str | None]]:
    """(kind, content, cue, construction rule, speaker) of each quote."""
    return [(q.kind, q.content.text, q.cue.text if q.cue else "", q.evidence[0], q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    ("مجری برنامه از وزیر خارجه پرسید: آیا شما با این توافق موافق هستید؟",
     ("direct", "آیا شما با این توافق موافق هستید؟", "پرسید", "cue:direct-colon", "مجری برنامه")),
    ("مجری این مناظره دوباره از نامزد دوم سوال کرد: «اگر شما بودید دستور این حمله را صادر می‌کردید؟»",
     ("direct", "«اگر شما بودید دستور این حمله را صادر می‌کردید؟»", "سوال کرد", "cue:direct-colon", "مجری")),
])
def test_a_question_asked_before_a_colon_is_its_subjects_direct_quote(every_nlp, text, expected):
    assert quotes(every_nlp(text)) == [expected]


@pytest.mark.parametrize("text", [
    "خبرنگار پرسید آیا این بدان معناست که دولت عقب نشسته است؟",
    "باید پرسید چرا این طرح در موعد مقرر اجرا نشد.",
    "خبرنگار از وزیر پرسید که آیا قیمت‌ها کاهش می‌یابد.",
])
def test_a_bare_or_that_clause_after_a_verb_of_asking_is_no_quote(every_nlp, text):
    """Only the statement on the next line is found."""
    found = quotes(every_nlp(text + "\nسخنگوی دولت گفت: «جلسه فردا طبق برنامه برگزار می‌شود.»"))
    assert [(content, speaker) for _, content, _, _, speaker in found] == [
        ("«جلسه فردا طبق برنامه برگزار می‌شود.»", "سخنگوی دولت")]


@pytest.mark.parametrize("text, answer", [
    ("مجری شبکه از وزیر نفت درباره صادرات پرسید:\nآقای وزیر، آیا فروش نفت در ماه گذشته بیشتر شده است؟\n"
     "وزیر نفت:\nبله، فروش نفت در این ماه دو برابر شده است.", "وزیر نفت"),
    ("خبرنگاری از سخنگو پرسید:\nآیا جلسه فردا برگزار می‌شود؟\n\nسخنگوی دولت: جلسه طبق برنامه برگزار خواهد شد.",
     "سخنگوی دولت"),
])
def test_a_question_in_a_transcript_is_no_quote(either_nlp, either_reader, text, answer):
    """The next line is another speaker's turn: the question asked before it is an interviewer's, only the answer
    is a quote."""
    doc = either_nlp(either_reader(text))
    assert [q.speaker for q in doc.quotes] == [answer]
    assert not any(q.content.text.endswith("؟") for q in doc.quotes)


def test_a_question_before_a_report_is_a_quote(either_nlp, either_reader):
    """The next line opens with a verb of saying and a colon: a report, no turn of a transcript."""
    doc = either_nlp(either_reader("مناظره دوم نامزدها دیشب در نیویورک برگزار شد.\nدیوید مویر از نامزد دوم پرسید: «شما این طرح را اجرا می‌کنید؟»\n"
                                   "نامزد دوم گفت: «بله، این طرح را اجرا خواهم کرد.»"))
    assert [(q.content.text, q.speaker) for q in doc.quotes] == [
        ("«شما این طرح را اجرا می‌کنید؟»", "دیوید مویر"), ("«بله، این طرح را اجرا خواهم کرد.»", "نامزد دوم")]


def test_an_interviewer_who_asks_in_news_is_not_the_name_beside_it(either_nlp):
    """«مجری … از X پرسید: …» then X's answer: the interviewer is no title of X's (no ``+title→holder``), in news as
    in posts; a title that says something keeps taking the name beside it."""
    doc = either_nlp("نخستین مناظره انتخاباتی دیشب برگزار شد.\nمجری این برنامه از پیت بوته‌جج پرسید: «شما این طرح را "
                     "اجرا می‌کنید؟»\nبوته‌جج در پاسخ گفت: «بله، این طرح را اجرا خواهم کرد.»")
    assert [q.speaker for q in doc.quotes] == ["مجری", "پیت بوته‌جج"]
    said = either_nlp("نخستین مناظره انتخاباتی دیشب برگزار شد.\nمجری این برنامه به پیت بوته‌جج گفت: «این طرح اجرا "
                      "خواهد شد.»\nبوته‌جج در پاسخ گفت: «بله، این طرح را اجرا خواهم کرد.»")
    assert [q.speaker for q in said.quotes] == ["پیت بوته‌جج", "پیت بوته‌جج"]
