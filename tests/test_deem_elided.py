"""A verb of judging whose light verb is elided before «و» and a verb of saying (``X را Y توصیف و تأکید کرد``, rule
``cue:indirect-deem-elided``): the object and its predicate are the judgement, as with the whole verb; both
pipelines, both readers."""

from __future__ import annotations

import pytest


def elided(doc) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker) of each judgement so read."""
    return [(q.content.text, q.cue.text, q.speaker) for q in doc.quotes if q.evidence[0] == "cue:indirect-deem-elided"]


@pytest.mark.parametrize("text, expected, after", [
    ("وزیر نیرو شرایط شبکه برق استان را نامساعد توصیف و اظهار کرد: تا پایان هفته برق همه روستاها وصل می‌شود.",
     ("شرایط شبکه برق استان را نامساعد", "توصیف", "وزیر نیرو"), "تا پایان هفته برق همه روستاها وصل می‌شود."),
    ("سخنگوی دولت این طرح را گامی مهم در حمایت از تولید عنوان و تصریح کرد که اجرای آن از ماه آینده آغاز می‌شود.",
     ("این طرح را گامی مهم در حمایت از تولید", "عنوان", "سخنگوی دولت"), "اجرای آن از ماه آینده آغاز می‌شود."),
    ("استاندار فارس کمبود آب کشاورزی را مهم‌ترین مشکل استان ذکر و خاطرنشان کرد: طرح انتقال آب سال آینده تمام می‌شود.",
     ("کمبود آب کشاورزی را مهم‌ترین مشکل استان", "ذکر", "استاندار فارس"), "طرح انتقال آب سال آینده تمام می‌شود."),
    # round 32: «اعلام» and «متهم» are nouns of judging too («X را Y اعلام کرد», «X را به Y متهم کرد»)
    ("فرماندار کاشان کم‌آبی را مهم‌ترین مشکل شهرستان اعلام و خاطرنشان کرد: طرح آبرسانی سال آینده تمام می‌شود.",
     ("کم‌آبی را مهم‌ترین مشکل شهرستان", "اعلام", "فرماندار کاشان"), "طرح آبرسانی سال آینده تمام می‌شود."),
    ("سخنگوی وزارت خارجه دولت همسایه را به نقض توافق مرزی متهم و تاکید کرد: پاسخ ما قاطع خواهد بود.",
     ("دولت همسایه را به نقض توافق مرزی", "متهم", "سخنگوی وزارت خارجه"), "پاسخ ما قاطع خواهد بود."),
    ("استاندار گیلان وضع جاده‌های استان را به یک کارگاه بزرگ تشبیه و تاکید کرد: کار تا پاییز تمام می‌شود.",
     ("وضع جاده‌های استان را به یک کارگاه بزرگ", "تشبیه", "استاندار گیلان"), "کار تا پاییز تمام می‌شود."),
])
def test_a_judgement_before_a_conjoined_verb_of_saying_is_a_quote(every_nlp, text, expected, after):
    doc = every_nlp(text)
    assert elided(doc) == [expected]
    assert after in [q.content.text for q in doc.quotes]  # the conjoined verb's own statement is still found


@pytest.mark.parametrize("text, found", [
    # a conjoined verb of another kind: the noun is an act («assess and carry out»), not a judgement
    ("شورای شهر برنامه تازه را بر اساس برآوردهای هر منطقه ارزیابی و اجرا خواهد کرد. شهردار گفت: کار از شنبه آغاز "
     "می‌شود.", "کار از شنبه آغاز می‌شود."),
    ("شما هیچ فردی را به هیچ مدیر دولتی معرفی و تحمیل نکنید. وزیر گفت: این دستور همه ادارات است.",
     "این دستور همه ادارات است."),
    # the noun and a verb of saying with no object and predicate before it («را»): a topic raised, no judgement
    ("رئیس سازمان در جلسه امروز مسئله کمبود دارو در بیمارستان‌ها عنوان و اعلام کرد: ذخایر تا پایان ماه کافی است.",
     "ذخایر تا پایان ماه کافی است."),    # an announcement with no predicate («آغاز طرح را اعلام و …»): the object alone, no judgement
    ("شهرداری آغاز طرح تازه ترافیک را اعلام و اظهار کرد: اجرای طرح از شنبه است.", "اجرای طرح از شنبه است."),
])
def test_an_elided_noun_before_another_verb_is_no_judgement(every_nlp, text, found):
    doc = every_nlp(text)
    assert elided(doc) == []
    assert found in [q.content.text for q in doc.quotes]
