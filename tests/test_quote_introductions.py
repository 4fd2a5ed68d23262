"""«X را Y معرفی کرد» as a verb of judging (issue 13, missed quotes, round 28): the object and its predicate are the
subject's claim; an appointment, a referral and an introduction by no named subject are not. In the default pipeline
and with the rules alone (no tagger)."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=["default", "rules-alone"])
def nlp(request):
    return persianews.load() if request.param == "default" else persianews.load(entities={"tagger": False})


def quotes(doc) -> list[tuple[str, str, str, str | None]]:
    """(content, cue, construction rule, speaker) of each quote."""
    return [(q.content.text, q.cue.text if q.cue else "", q.evidence[0], q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("محمدرضا کاویانی علت اصلی آلودگی هوای شهر را خودروهای فرسوده معرفی کرد.",
     "علت اصلی آلودگی هوای شهر را خودروهای فرسوده", "معرفی کرد", "محمدرضا کاویانی"),
    ("وزارت خارجه این گروه را به عنوان یک سازمان تروریستی معرفی کرده است.",
     "این گروه را به عنوان یک سازمان تروریستی", "معرفی کرده است", "وزارت خارجه"),
    ("فرماندار رامسر گفت: راه‌ها باز است.\nوی کمبود نیرو را مشکل اصلی شهرستان معرفی کرد.",
     "کمبود نیرو را مشکل اصلی شهرستان", "معرفی کرد", "فرماندار رامسر"),
])
def test_an_object_presented_as_something_is_a_deem_quote(nlp, text, content, cue, speaker):
    assert (content, cue, "cue:indirect-deem", speaker) in quotes(nlp(text))


@pytest.mark.parametrize("text, kept", [
    # an office given: an appointment, no claim
    ("باشگاه استقلال حمید نظری را به عنوان سرمربی جدید معرفی کرد و مدیرعامل گفت که قرارداد دو ساله است.",
     "قرارداد دو ساله است."),
    ("وزیر نیرو علی صمدی را نیز به‌عنوان مدیرعامل شرکت آب معرفی کرد و افزود که تغییرات ادامه دارد.",
     "تغییرات ادامه دارد."),
    ("وزیر کشور سعید رحمتی را به جای او معرفی کرد و گفت که انتخابات به موقع برگزار می‌شود.",
     "انتخابات به موقع برگزار می‌شود."),
    # a hearer or a body the object is sent to
    ("دادستان تهران متهمان پرونده را به دادگاه انقلاب معرفی کرد و گفت که رسیدگی آغاز شده است.",
     "رسیدگی آغاز شده است."),
    # a subject no entity covers: the narrator's thing
    ("این شرکت در نمایشگاه امسال محصول تازه‌ای را ارزان‌ترین گوشی بازار معرفی کرد و مدیر فروش گفت که عرضه آغاز شده است.",
     "عرضه آغاز شده است."),
])
def test_an_appointment_a_referral_or_an_unnamed_introducer_is_no_deem_quote(nlp, text, kept):
    found = quotes(nlp(text))
    assert "معرفی کرد" not in [cue for _, cue, _, _ in found]
    assert kept in [content for content, _, _, _ in found]


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("مهدی فرهادی از این طرح به عنوان بزرگ‌ترین سرمایه‌گذاری سال یاد کرد.",
     "این طرح به عنوان بزرگ‌ترین سرمایه‌گذاری سال", "یاد کرد", "مهدی فرهادی"),
    ("وزارت خارجه از سه کشور همسایه به‌عنوان شرکای اصلی تجارت نام برد.",
     "سه کشور همسایه به‌عنوان شرکای اصلی تجارت", "نام برد", "وزارت خارجه"),
])
def test_a_thing_named_as_something_is_a_from_quote(nlp, text, content, cue, speaker):
    assert (content, cue, "cue:indirect-from", speaker) in quotes(nlp(text))


@pytest.mark.parametrize("text, kept", [
    # remembering, no «به عنوان»: no claim
    ("استاندار در این مراسم از شهدای شهرستان به نیکی یاد کرد و گفت که یادشان زنده است.", "یادشان زنده است."),
    # the passive: no one's statement
    ("از این شهر به عنوان پایتخت فرهنگی منطقه یاد می‌شود و شهردار گفت که بودجه تازه رسیده است.",
     "بودجه تازه رسیده است."),
    # an impersonal modal: the writer's judgement
    ("می‌توان از این قرارداد به عنوان نقطه عطفی یاد کرد و وزیر گفت که اجرای آن آغاز شده است.",
     "اجرای آن آغاز شده است."),
])
def test_remembering_the_passive_or_an_impersonal_naming_is_no_quote(nlp, text, kept):
    found = quotes(nlp(text))
    assert "cue:indirect-from" not in [rule for _, _, rule, _ in found]
    assert kept in [content for content, _, _, _ in found]


def test_a_naming_in_a_relative_clause_is_no_cue_and_cuts_no_quote_around_it(nlp):
    text = "نویسنده این مقاله خواستار اقدامی فوری برای مقابله با آنچه که از آن به عنوان بحران آب یاد کرده، شد."
    found = quotes(nlp(text))
    assert "cue:indirect-from" not in [rule for _, _, rule, _ in found]
    assert any(rule == "cue:indirect-circumfix" and content.startswith("اقدامی فوری") for content, _, rule, _ in found)
