"""Reports inside a source's report (issue 13, round 13): «به گفته X، وزیر Y توضیح داد که …» is X's quote and
Y's (``quote:nested``), in news and posts, both pipelines; a pronoun or a dropped subject inside stays X's words."""

from __future__ import annotations

import pytest


def quotes(doc) -> list[tuple[str, str, str | None]]:
    """(content, evidence, speaker) of each quote."""
    return [(q.content.text, " ".join(q.evidence[:2]), q.speaker) for q in doc.quotes]


def test_a_report_with_its_own_subject_inside_according_to_keeps_both(every_nlp):
    found = quotes(every_nlp("بنا به گفته علی احمدی، در این جلسه وزیر بهداشت توضیح داد که بخشی از ویروس از کشور دیگری "
                       "آمده است."))
    assert [q[1:] for q in found] == [("cue:according-to subject:entity", "علی احمدی"),
                                      ("cue:indirect-that quote:nested", "وزیر بهداشت")]
    assert found[1][0] == "بخشی از ویروس از کشور دیگری آمده است."


@pytest.mark.parametrize("text", [
    "به گفته علی احمدی، وی گفت که طرح اجرا می‌شود.",
    "به گفته علی احمدی، او تأکید کرد که طرح از هفته آینده اجرا می‌شود.",
    "به گفته علی احمدی، این طرح از هفته آینده اجرا می‌شود.",
])
def test_a_pronoun_a_dropped_subject_or_no_cue_inside_according_to_is_one_quote(every_nlp, text):
    found = quotes(every_nlp(text))
    assert [q[1:] for q in found] == [("cue:according-to subject:entity", "علی احمدی")]


def test_a_statement_after_an_according_phrase_is_no_report_within_it(every_nlp):
    """«وی با اشاره به تاکید X بر …، افزود: …»: the colon statement is the subject's, not dropped as X's."""
    found = quotes(every_nlp("وی با اشاره به تاکید علی احمدی بر احترام به والدین، افزود: هدف از این محافل تعمیق تفکر "
                       "است."))
    assert [(q[0], q[1].split()[0]) for q in found] == [("هدف از این محافل تعمیق تفکر است.", "cue:direct-colon")]


def test_a_report_within_a_reported_clause_leaves_the_clause_to_the_outer_cue(every_nlp):
    """«X گزارش داد که Y خواستار … شد» (round 15): the inner «خواستار … شد», the more confident rule, no longer
    takes the clause from the outer cue; it is kept beside it, nested, its subject its own and inside the clause."""
    found = quotes(every_nlp("خبرگزاری رویترز روز دوشنبه گزارش داد که وزیر خارجه فرانسه خواستار آتش‌بس فوری در منطقه "
                       "شد."))
    assert [q[:2] for q in found] == [
        ("وزیر خارجه فرانسه خواستار آتش‌بس فوری در منطقه شد.", "cue:indirect-that subject:entity"),
        ("آتش‌بس فوری در منطقه", "cue:indirect-circumfix quote:nested")]
    assert found[1][2] == "وزیر خارجه فرانسه"


@pytest.mark.parametrize("clause", [
    "مردم خواستار آتش‌بس فوری در منطقه هستند.",
    "ما خواستار آتش‌بس فوری در منطقه شدیم.",
    "او خواستار آتش‌بس فوری در منطقه شد.",
])
def test_a_cue_inside_a_reported_clause_without_a_subject_of_its_own_is_no_second_quote(every_nlp, clause):
    found = quotes(every_nlp("سخنگوی دولت گفت که " + clause))
    assert [(q[1].split()[0], q[2]) for q in found] == [("cue:indirect-that", "سخنگوی دولت")]
    assert found[0][0] == clause
