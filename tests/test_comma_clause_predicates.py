"""A comma clause after a verb of saying whose own predicate is a cue (rule ``cue:indirect-comma``): the verb of
saying still reports it unless that cue reports a clause of its own; both pipelines, both readers."""

from __future__ import annotations

import pytest


def reports(doc) -> list[tuple[str, str, str | None, str]]:
    """(content, cue, speaker, cue rule) of each quote."""
    return [(q.content.text, q.cue.text, q.speaker, q.evidence[0]) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [
    # «ادامه دادند» is the clause's predicate, not a second report
    ("خبرنگار شبکه محلی در منطقه گفت، نیروهای امدادی کار خود را در محور شمالی ادامه دادند.",
     ("نیروهای امدادی کار خود را در محور شمالی ادامه دادند.", "گفت", "خبرنگار شبکه محلی", "cue:indirect-comma")),
    # a modal and «اظهارنظر کرد»: the clause ends in the cue, which reports nothing
    ("کامران نیک همچنین گفت، در حال حاضر نمی‌توان درباره این طرح اظهارنظر کرد.",
     ("در حال حاضر نمی‌توان درباره این طرح اظهارنظر کرد.", "گفت", "کامران نیک", "cue:indirect-comma")),
])
def test_a_cue_that_ends_the_comma_clause_is_its_predicate(every_nlp, text, expected):
    assert expected in reports(every_nlp(text))


@pytest.mark.parametrize("text, expected", [
    # a second report after the comma, with a clause of its own: that report is the quote, the first verb's none
    ("وزیر نیرو اعلام کرد، وی افزود که سد تازه تا پاییز آماده می‌شود.",
     ("سد تازه تا پاییز آماده می‌شود.", "افزود")),
    ("کامران نیک گفت، سخنگوی وزارت هم گفته است که طرح تازه آماده است.",
     ("طرح تازه آماده است.", "گفته است")),
])
def test_a_cue_after_the_comma_that_reports_a_clause_takes_it(every_nlp, text, expected):
    found = reports(every_nlp(text))
    assert expected in [(content, cue) for content, cue, _, _ in found]
    assert not any(rule == "cue:indirect-comma" for _, _, _, rule in found)
