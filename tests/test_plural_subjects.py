"""A group right before a plural verb of saying is its subject (issue 13, wrong speakers): a quantifier («برخی
می‌گفتند», «عده دیگری بر این باورند») or a plural («ناظران پیش‌بینی کردند», «عده‌ای از منتقدان هشدار دادند»)
speaks, not a singular named earlier in the sentence nor the previous speaker (rule ``subject:plural-before-verb``).
Not after «و» (the last of a coordinated subject), nor a preposition, nor a time adverb in «ها». In both
pipelines."""

from __future__ import annotations

import pytest


def _quotes(nlp, text):
    return [(q.content.text, q.speaker, q.evidence[1]) for q in nlp(text).quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("سرمربی تیم از پیروزی استقبال کرد، با این حال معترضان معتقد بودند که داوری به سود میزبان بود.",
     "داوری به سود میزبان بود.", "معترضان"),
    ("رضا کریمی که سال گذشته به این سمت منصوب شد، از چهره‌های تندرو است که با انتصاب او ناظران پیش‌بینی کردند "
     "که روابط دو کشور سرد می‌شود.", "روابط دو کشور سرد می‌شود.", "ناظران"),
    ("در جلسه دیروز شورای شهر عده‌ای از منتقدان تهدید کردند که جلسه را ترک می‌کنند.",
     "جلسه را ترک می‌کنند.", "عده‌ای از منتقدان"),
    ("مدیر کارخانه گفت: تولید بالا رفته است. با وجود این عده دیگری بر این باورند که تولید امسال کم شده است.",
     "تولید امسال کم شده است.", "عده دیگری"),
    ("انتخاب بهرام نوری برای این سمت توجه‌ها را به مسائلی کشانده که برخی می‌گویند در این گزینش نقش داشته‌اند.",
     "در این گزینش نقش داشته‌اند.", "برخی"),
])
def test_a_group_before_a_plural_verb_speaks(either_nlp, text, content, speaker):
    assert (content, speaker, "subject:plural-before-verb") in _quotes(either_nlp, text)


@pytest.mark.parametrize("text, content, group", [
    ("وزیر نیرو و معاونانش اعلام کردند که برق شهرها قطع نمی‌شود.", "برق شهرها قطع نمی‌شود.", "معاونانش"),
    ("کارشناسان اقتصادی بارها گفته بودند که تورم امسال بالا می‌رود.", "تورم امسال بالا می‌رود.", "بارها"),
    ("اعضای هیئت مدیره باشگاه در نشست خبری به خبرنگاران گفتند که بودجه سال آینده متعادل است.",
     "بودجه سال آینده متعادل است.", "خبرنگاران"),
], ids=["coordinated", "time-adverb", "preposition"])
def test_a_plural_that_is_no_subject_leaves_the_quote_alone(either_nlp, text, content, group):
    found = _quotes(either_nlp, text)
    assert [found_content for found_content, _speaker, _rule in found] == [content]
    assert all(rule != "subject:plural-before-verb" and speaker != group for _content, speaker, rule in found)


def test_a_singular_verb_keeps_its_subject(either_nlp):
    text = "سرمربی تیم برخلاف معترضان معتقد بود که داوری به سود میزبان بود."
    found = _quotes(either_nlp, text)
    assert [content for content, _speaker, _rule in found] == ["داوری به سود میزبان بود."]
    assert found[0][1].startswith("سرمربی تیم")
    assert all(rule != "subject:plural-before-verb" for _content, _speaker, rule in found)


def test_on_the_other_hand_leaves_the_group_the_subject(either_nlp):
    text = "برخی نمایندگان از این طرح دفاع کردند. در مقابل تعدادی دیگر می‌گویند این طرح هزینه زیادی دارد."
    assert ("این طرح هزینه زیادی دارد.", "تعدادی دیگر", "subject:plural-before-verb") in _quotes(either_nlp, text)


def test_a_group_after_a_preposition_and_hame_is_no_subject(either_nlp):
    text = "مدیر کل اداره با مراجعان دیدار کرد. ایشان در برابر همه درخواست‌ها اعلام کردند که بودجه کافی نیست."
    found = _quotes(either_nlp, text)
    assert "بودجه کافی نیست." in [content for content, _speaker, _rule in found]
    assert all(rule != "subject:plural-before-verb" and speaker != "درخواست‌ها" for _content, speaker, rule in found)


@pytest.mark.parametrize("text, word", [
    ("سخنرانان در این همایش‌ها گفتند که تحریم‌ها بی‌اثر است.", "همایش‌ها"),
    ("رئیس دانشگاه خودشان گفتند که کلاس‌ها حضوری است.", "خودشان"),
])
def test_a_demonstrative_or_a_reflexive_is_no_group(either_nlp, text, word):
    found = _quotes(either_nlp, text)
    assert len(found) == 1 and found[0][1] not in (None, word)
    assert found[0][2] != "subject:plural-before-verb"


@pytest.mark.parametrize("text, group", [
    ("ارتش ایران و سپاه پاسداران اعلام کردند که رزمایش فردا آغاز می‌شود.", "پاسداران"),
    ("هم رئیس‌جمهور و هم میانجی‌ها گفته‌اند که توافق نزدیک است.", "میانجی‌ها"),
])
def test_a_plural_inside_a_name_or_after_ham_is_no_group(either_nlp, text, group):
    found = _quotes(either_nlp, text)
    assert len(found) == 1 and found[0][1] not in (None, group)
    assert found[0][2] != "subject:plural-before-verb"
