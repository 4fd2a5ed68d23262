"""Verbs of assurance, promise, threat and posting that report a «که» clause (issue 13, class 1): «اطمینان داد که»,
«قول داد که», «وعده داد که», «تهدید کرد که», «توییت کرد که»; with no «که» they report nothing (and a threat or a
promise with none is no cue at all: it ends no statement). «ادامه داد،» goes on with the speaker's words."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as found


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("بهرام صادقی به خبرنگاران اطمینان داد که این کمک‌ها تا پایان سال ادامه خواهد یافت.",
     "این کمک‌ها تا پایان سال ادامه خواهد یافت.", "اطمینان داد", "بهرام صادقی"),
    ("بهرام صادقی به نمایندگان قول داده است که جاده تا پایان سال افتتاح شود.",
     "جاده تا پایان سال افتتاح شود.", "قول داده است", "بهرام صادقی"),
    ("بهرام صادقی درباره این اختلال توییت کرد که شبکه تا ساعتی دیگر به حال عادی برمی‌گردد.",
     "شبکه تا ساعتی دیگر به حال عادی برمی‌گردد.", "توییت کرد", "بهرام صادقی"),
    ("بهرام صادقی روز شنبه تهدید کرد که در صورت ادامه تحریم‌ها از این توافق خارج می‌شود.",
     "در صورت ادامه تحریم‌ها از این توافق خارج می‌شود.", "تهدید کرد", "بهرام صادقی"),
    ("شهرداری تهران تهدید کرده است که مغازه‌های بدون مجوز را پلمب می‌کند.",
     "مغازه‌های بدون مجوز را پلمب می‌کند.", "تهدید کرده است", "شهرداری تهران"),
    ("بهرام صادقی به ساکنان روستا وعده داد که جاده تا پایان سال آسفالت می‌شود.",
     "جاده تا پایان سال آسفالت می‌شود.", "وعده داد", "بهرام صادقی"),
])
def test_an_assurance_a_promise_or_a_post_reports_its_that_clause(either_nlp, text, content, cue, speaker):
    assert (content, cue, "cue:indirect-that", speaker) in found(either_nlp(text))


@pytest.mark.parametrize("text", [
    "بهرام صادقی به خبرنگاران اطمینان داد.",
    "بهرام صادقی توییت کرد، شبکه تا ساعتی دیگر به حال عادی برمی‌گردد.",
    "این قول که وزیر داد هنوز عملی نشده است.",
    "بهرام صادقی همسایه را با چاقو تهدید کرد و گریخت.",
    "این وعده که وزیر داد هنوز عملی نشده است.",
    "بهرام صادقی قول داد و رفت.",  # a bare clause is one (cue:indirect-bare-promise), a conjunct is none
])
def test_with_no_clause_an_assurance_a_promise_or_a_post_reports_nothing(either_nlp, text):
    """Negative: no quote of these words; a statement on the next line is still found, its own alone."""
    assert found(either_nlp(f"{text}\nوزیر نیرو گفت: سدها پر است.")) == [
        ("سدها پر است.", "گفت", "cue:direct-colon", "وزیر نیرو")]


@pytest.mark.parametrize("text, content, speaker", [
    ("بهرام صادقی ادامه داد، دو شرکت این طرح را تا پایان سال با موفقیت به پایان می‌رسانند.",
     "دو شرکت این طرح را تا پایان سال با موفقیت به پایان می‌رسانند.", "بهرام صادقی"),
    ("وزیر نیرو گفت: سدها پر است. بهرام صادقی سپس ادامه داد، مصرف آب باید کم شود.",
     "مصرف آب باید کم شود.", "بهرام صادقی"),
])
def test_continued_with_a_comma_goes_on_with_the_speakers_words(either_nlp, text, content, speaker):
    assert (content, "ادامه داد", "cue:indirect-comma", speaker) in found(either_nlp(text))


@pytest.mark.parametrize("text, speaker", [
    ("بهرام صادقی ادامه داد، دو شرکت انتظار دارند که این طرح تا پایان سال موفق شود.", "دو شرکت"),
    ("بهرام صادقی گفت، کارشناسان معتقدند که این طرح تا پایان سال موفق شود.", "کارشناسان"),
    ("بهرام صادقی افزود، وزیر نیرو معتقد است که این طرح تا پایان سال موفق شود.", "وزیر نیرو"),
])
def test_a_stance_cue_in_the_continued_words_is_its_own_subjects(either_nlp, text, speaker):
    """Golden: after a verb of saying and a comma, a cue in the words that follow is their own subject's (rule
    ``subject:after-reported-comma``), not the speaker's before the comma."""
    quotes = either_nlp(text).quotes
    assert [(q.content.text, q.speaker, q.evidence[1]) for q in quotes] == [
        ("این طرح تا پایان سال موفق شود.", speaker, "subject:after-reported-comma")]


@pytest.mark.parametrize("text, speakers", [
    ("بهرام صادقی گفت، با این حال معتقد است که این طرح تا پایان سال موفق شود.", ["بهرام صادقی"]),
    ("بهرام صادقی ادامه داد، دو روز پیش معتقد بود که این طرح تا پایان سال موفق شود.", ["بهرام صادقی"]),
    # no comma: the whole report is Sadeghi's; the group right before the plural verb speaks the nested one
    ("بهرام صادقی گفت کارشناسان معتقدند که این طرح تا پایان سال موفق شود.", ["بهرام صادقی", "کارشناسان"]),
])
def test_words_after_a_verb_of_saying_with_no_subject_of_their_own_keep_its_speaker(either_nlp, text, speakers):
    """Negative: no comma after the verb of saying, or words after it with no subject of their own (an adverbial, a
    count of time): the cue after them is not given a subject there (a plural verb's group right before it speaks
    only the nested report: ``subject:plural-before-verb``, evidence ``quote:nested``)."""
    quotes = either_nlp(text).quotes
    assert [q.speaker for q in quotes] == speakers
    assert ["quote:nested" in q.evidence for q in quotes] == [False] + [True] * (len(speakers) - 1)
    assert all("subject:after-reported-comma" not in q.evidence for q in quotes)


@pytest.mark.parametrize("text", [
    "بهرام و دوستانش به گردش در پارک ادامه دادند، البته جداگانه.",
    "وقتی روشن شد که این روند را نمی‌شود ادامه داد، خانواده راه دیگری یافت.",
    "ارتش حملات را تا روز پس از آتش‌بس ادامه داد، درگیری‌ای که تاکنون گزارش نشده بود.",
    "بهرام صادقی ادامه داد دو شرکت انتظار دارند که این طرح موفق شود.",
    "بدون بودجه نمی‌شود ادامه داد، دولت باید تصمیم بگیرد.",  # a modal alone, no «را/به/تا»
])
def test_continuing_something_or_no_comma_reports_nothing_after_continued(either_nlp, text):
    assert "ادامه داد" not in [q[1] for q in found(either_nlp(text))]


def test_to_of_a_set_phrase_in_the_subjects_adverbial_is_no_goal_of_continued(either_nlp):
    """Golden: «در پاسخ به سوالی» is the subject's adverbial: «ادامه داد،» still reports the clause after it."""
    text = "بهرام صادقی در پاسخ به سوالی ادامه داد، دولت این طرح را تا پایان سال اجرا می‌کند."
    assert ("دولت این طرح را تا پایان سال اجرا می‌کند.", "ادامه داد", "cue:indirect-comma", "بهرام صادقی") in found(
        either_nlp(text))


def test_a_threat_with_no_that_clause_ends_no_statement(either_nlp):
    """Negative: «… را تهدید می‌کنند،» in the next sentence is no report of its own (the threat is a cue only before
    «که» or a colon): the statement before it goes on over it."""
    text = ("بهرام صادقی گفت: ما امنیت شهر را حفظ می‌کنیم. "
            "کسانی که جان و مال مردم را تهدید می‌کنند، بازداشت می‌شوند.")
    assert found(either_nlp(text)) == [("ما امنیت شهر را حفظ می‌کنیم. کسانی که جان و مال مردم را تهدید می‌کنند، "
                                        "بازداشت می‌شوند.", "گفت", "cue:direct-colon", "بهرام صادقی")]
