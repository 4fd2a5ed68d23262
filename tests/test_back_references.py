"""Words that end with a word that refers back («منابع مذکور», «رسانه یادشده»): a definite description as
«این منابع» is (issue 13, round 21, rule ``speaker:back-reference→…``), not the words as a group of their own.

Golden cases and negatives in both pipelines; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import refers_back


def _found(doc) -> list[tuple[str | None, list[str]]]:
    return [(q.speaker, [e for e in q.evidence if e.startswith("speaker:")]) for q in doc.quotes]


@pytest.mark.parametrize("text, speakers, rule", [
    ("روزنامه الوطن به نقل از منابع دیپلماتیک غربی خبر داد که دو کشور به زودی سفیر مبادله می‌کنند.\n"
     "منابع مذکور همچنین اعلام کردند: سفیر تازه ماه آینده وارد پایتخت می‌شود.",
     ["الوطن", "منابع دیپلماتیک غربی"], "speaker:back-reference→antecedent"),
    ("خبرگزاری رویترز گزارش داد که مذاکرات هفته آینده ادامه می‌یابد.\n"
     "رسانه یادشده افزود: هیئت‌ها در ژنو دیدار می‌کنند.",
     ["خبرگزاری رویترز", "خبرگزاری رویترز"], "speaker:back-reference→previous"),
])
def test_words_that_refer_back_are_the_referent_named_before(either_nlp, text, speakers, rule):
    found = _found(either_nlp(text))
    assert [speaker for speaker, _ in found] == speakers
    assert found[-1][1] == [rule]


def test_words_that_refer_back_to_nothing_name_no_one(either_nlp):
    found = _found(either_nlp("قیمت سوخت در هفته گذشته افزایش یافت.\nمنابع مذکور اعلام کردند: قیمت‌ها ثابت می‌ماند."))
    assert found == [(None, ["speaker:back-reference-unresolved"])]


def test_words_that_do_not_refer_back_stay_the_speaker(either_nlp):
    found = _found(either_nlp("کارشناسان مستقل گفتند که قیمت‌ها بالا می‌رود.\n"
                              "منابع دیپلماتیک غربی اعلام کردند: سفیر تازه ماه آینده وارد پایتخت می‌شود."))
    assert [speaker for speaker, _ in found] == ["کارشناسان مستقل", "منابع دیپلماتیک غربی"]
    assert not any(rule.startswith("speaker:back-reference") for _, rules in found for rule in rules)


@pytest.mark.parametrize("words, expected", [
    ("منابع مذکور", True), ("رسانه یادشده", True), ("مقامات یاد شده", True), ("سایت فوق‌الذکر", True),
    ("مذکور", False), ("یاد شده", False), ("منابع دیپلماتیک", False), ("منابع آگاه", False),
    ("منتقدان طرح یادشده", False),  # the plan was named before, not its critics
])
def test_refers_back(words, expected):
    assert refers_back(words) is expected
