"""A reported clause that ends before the «اما»/«ولی» answering the concession its cue stands in (rule
``content:before-concession-answer``: «اگرچه X گفته که A، اما B» reports A, B is the writer's main clause), and the
concessive conjunction kept out of the subject («هر چند سیاست‌گذار پولی معتقد است …», «درحالی‌که X می‌گویند …»).
Examples written for these tests; both pipelines (and both readers)."""

from __future__ import annotations

import pytest

RULE = "content:before-concession-answer"


def reports(doc) -> list[tuple[str, str, bool]]:
    """(cue, content, whether the rule cut it) of each quote of ``doc``."""
    return [(q.cue.text if q.cue else "", q.content.text, RULE in q.evidence) for q in doc.quotes]


@pytest.mark.parametrize("text, cue, content", [
    ("اگرچه وزارت نیرو اعلام کرده که ذخایر سد‌های تهران کافی است، اما کارشناسان از کم‌آبی تابستان نگران هستند.",
     "اعلام کرده", "ذخایر سد‌های تهران کافی است"),
    ("هرچند استاندار معتقد است جاده روستا تا پایان سال آسفالت می‌شود، ولی هنوز بودجه‌ای برای آن تصویب نشده است.",
     "معتقد است", "جاده روستا تا پایان سال آسفالت می‌شود"),
    ("درحالی‌که مدیران شرکت می‌گویند تولید کارخانه کاهش پیدا نکرده، اما آمارهای گمرک نشان می‌دهد صادرات کم شده است.",
     "می‌گویند", "تولید کارخانه کاهش پیدا نکرده"),
    ("با وجود اینکه شهردار گفته بود که پل تا بهار افتتاح می‌شود اما کار ساخت آن هنوز تمام نشده است.",
     "گفته بود", "پل تا بهار افتتاح می‌شود"),
])
def test_the_answer_to_a_concession_ends_the_reported_clause(every_nlp, text, cue, content):
    assert (cue, content, True) in reports(every_nlp(text))


@pytest.mark.parametrize("text, content", [
    # no concession: «اما» goes on with the reported words
    ("وزیر نیرو گفت که ذخایر سد‌های تهران کافی است، اما مردم باید در مصرف آب صرفه‌جویی کنند.",
     "ذخایر سد‌های تهران کافی است، اما مردم باید در مصرف آب صرفه‌جویی کنند."),
    # the concession closed at its comma before the cue's clause: the report after it is whole
    ("در حالی که شرکت آب پیش‌تر از کمبود منابع خبر داده بود، مدیر آن تأکید می‌کند ذخایر سدها کافی است، اما مصرف باید "
     "کم شود.", "ذخایر سدها کافی است، اما مصرف باید کم شود."),
    # the concession already answered before the cue: the «اما» after it is the report's own
    ("اگرچه بودجه کم بود، اما شهردار گفت که پل تا بهار افتتاح می‌شود، ولی ترافیک آن زیاد خواهد بود.",
     "پل تا بهار افتتاح می‌شود، ولی ترافیک آن زیاد خواهد بود."),
])
def test_no_cut_outside_an_unanswered_concession(every_nlp, text, content):
    found = reports(every_nlp(text))
    assert any(own == content and not cut for _, own, cut in found), found


@pytest.mark.parametrize("text, speaker", [
    ("هر چند سیاست‌گذار پولی معتقد است تصویب نشدن این لایحه تاثیری بر بازار ارز ندارد، اما بازار نگران است.",
     "سیاست‌گذار پولی"),
    ("درحالی‌که مدیران شرکت می‌گویند تولید کارخانه کاهش پیدا نکرده، اما آمارهای گمرک نشان می‌دهد صادرات کم شده است.",
     "مدیران شرکت"),
    ("با وجود اینکه شهردار تهران اعلام کرد که پل تا بهار افتتاح می‌شود، اما کار ساخت آن هنوز تمام نشده است.",
     "شهردار تهران"),
])
def test_the_concessive_conjunction_is_no_part_of_the_speaker(every_nlp, text, speaker):
    assert [q.speaker for q in every_nlp(text).quotes] == [speaker]
