"""Verbs of writing and telling before a colon (issue 13, direct quotes missed): «آورده است: …», «روایت می‌کند: …»,
«شرح داد: …», «توجیه کرد: …» report the words after the colon (rule ``cue:direct-colon``). They are gated: with no
colon they narrate («امتیاز به دست آورده است», «ماجرا را روایت کرد») and neither report nor end a statement."""

from __future__ import annotations

import pytest
from .quote_rows import quote_rows as found


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("سعید رحمانی در یادداشتی که در اختیار خبرنگاران گذاشته، آورده است: مجلس باید درباره قیمت نان تصمیم بگیرد.",
     "مجلس باید درباره قیمت نان تصمیم بگیرد.", "آورده است", "سعید رحمانی"),
    ("سعید رحمانی در پیام خود آورده: شهر ما به پارک‌های بیشتری نیاز دارد.",
     "شهر ما به پارک‌های بیشتری نیاز دارد.", "آورده", "سعید رحمانی"),
    ("مینا کاظمی ماجرا را این‌گونه روایت می‌کند: «آن روز باران می‌بارید و همه منتظر بودیم.»",
     "«آن روز باران می‌بارید و همه منتظر بودیم.»", "روایت می‌کند", "مینا کاظمی"),
    ("سعید رحمانی جزئیات طرح را چنین شرح داد: نیمی از بودجه به روستاها می‌رسد.",
     "نیمی از بودجه به روستاها می‌رسد.", "شرح داد", "سعید رحمانی"),
    ("مینا کاظمی این تصمیم را اینگونه توجیه کرد: شرایط سخت گام‌های تازه می‌خواهد.",
     "شرایط سخت گام‌های تازه می‌خواهد.", "توجیه کرد", "مینا کاظمی"),
])
def test_a_verb_of_writing_or_telling_reports_the_words_after_its_colon(either_nlp, text, content, cue, speaker):
    assert (content, cue, "cue:direct-colon", speaker) in found(either_nlp(text))


@pytest.mark.parametrize("text", [
    "تیم شهر ما در این فصل چهل امتیاز به دست آورده است.",
    "مینا کاظمی ماجرای آن شب را برای همسایه‌ها روایت کرد.",
    "سعید رحمانی نقشه را روی کاغذ شرح داد و رفت.",
    "مینا کاظمی هزینه‌ها را با گزارش مالی توجیه کرد.",
])
def test_with_no_colon_a_verb_of_writing_or_telling_reports_nothing(either_nlp, text):
    """Negative: no quote of these words; a statement on the next line is still found, its own alone."""
    assert found(either_nlp(f"{text}\nوزیر نیرو گفت: سدها پر است.")) == [
        ("سدها پر است.", "گفت", "cue:direct-colon", "وزیر نیرو")]


def test_a_statement_runs_on_over_a_narrating_perfect(either_nlp):
    """Negative: «به دست آورده است» in the speaker's next sentence ends no statement (the form is gated)."""
    assert found(either_nlp("وزیر نیرو گفت: سدها پر است. امسال باران خوبی آمد و کشاورزان محصول زیادی به دست "
                            "آورده است.")) == [
        ("سدها پر است. امسال باران خوبی آمد و کشاورزان محصول زیادی به دست آورده است.", "گفت", "cue:direct-colon",
         "وزیر نیرو")]
