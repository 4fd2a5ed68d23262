"""Organisation names and what ends them (round 23): the national scope «کشور/کشوری» ends a head's name (سازمان
نوسازی مدارس کشور | منکر شد), a noun that governs a preposition takes it inside the name (سازمان نظارت بر مصرف
سوخت, سازمان مقابله با بیابان‌زایی | نیز), after a portfolio too (ستاد اجرایی مقابله با …), and the lexicon's
round-23 bodies, parties and publishers. Both pipelines, both readers."""

from __future__ import annotations

import pytest

from .test_org_short_names import key, orgs


@pytest.mark.parametrize("text, org, rule", [
    ("رئیس سازمان نوسازی مدارس کشور منکر این خبر شد.", "سازمان نوسازی مدارس کشور", "org-head-executive"),
    ("سخنگوی سازمان نظارت بر مصرف سوخت گفت سهمیه تغییر نمی‌کند.", "سازمان نظارت بر مصرف سوخت",
     "org-head-executive"),
    ("سازمان مقابله با بیابان‌زایی نیز گزارشی منتشر کرد.", "سازمان مقابله با بیابان‌زایی", "org-head-executive"),
    # a portfolio right after the head, then a noun with the preposition it governs
    ("سخنگوی ستاد اجرایی مقابله با خشکسالی نیز گفت آب جیره‌بندی نمی‌شود.", "ستاد اجرایی مقابله با خشکسالی",
     "org-head-executive"),
    ("عضو جمعیت رهپویان انقلاب اسلامی گفت که فهرست آماده است.", "جمعیت رهپویان انقلاب اسلامی", "org-lexicon"),
    ("انتشارات ققنوس چاپ تازه کتاب را منتشر کرد.", "انتشارات ققنوس", "org-lexicon"),
    ("مدیرعامل سازمان ملی زمین و مسکن از واگذاری زمین‌ها خبر داد.", "سازمان ملی زمین و مسکن", "org-lexicon"),
    # the national scope before the organisation the body belongs to ends no name
    ("به اعلام مرکز لرزه‌نگاری کشوری مؤسسه ژئوفیزیک دانشگاه تهران زلزله خفیف بود.",
     "مرکز لرزه‌نگاری کشوری مؤسسه ژئوفیزیک دانشگاه تهران", "org-head-executive"),
])
def test_names_with_their_complements(every_nlp, text, org, rule):
    found = orgs(every_nlp(text))
    assert found.get(key(org)) == rule, found


@pytest.mark.parametrize("text, org", [
    # برنامه governs no «با»: the phrase is the sentence's, not the name's
    ("سازمان برنامه با دولت نیز همکاری کرد.", "سازمان برنامه"),
    # a noun that governs «بر» before a word of no name: the name ends at its head's word
    ("سازمان نظارت بر این موضوع تاکید کرد.", "سازمان نظارت"),
    # حمایت without the «از» it governs: the portfolio still closes the name
    ("عضو دفتر سیاسی حمایت کرد.", "دفتر سیاسی"),
    # the national scope ends the name: the verb after it is no part of it (not «… کشور منکر»)
    ("رئیس سازمان نوسازی مدارس کشور منکر این خبر شد.", "سازمان نوسازی مدارس کشور"),
])
def test_no_phrase_of_the_sentence_in_the_name(every_nlp, text, org):
    assert set(orgs(every_nlp(text))) == {key(org)}


def test_no_lexicon_name_out_of_context(every_nlp):
    """A lexicon name that is also a phrase (هفت تپه) is an organisation only in context: not here, while a known
    body in the next sentence is still found."""
    found = orgs(every_nlp("او گفت هفت تپه را از دور دید. وزارت نیرو هم در این باره بیانیه داد."))
    assert set(found) == {key("وزارت نیرو")}
