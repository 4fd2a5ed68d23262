"""A speaker's name with a word the crawl glued to its last word (round 17, q17-names; rule ``+unglued-name``): the
name the document writes elsewhere («… هولدن» for «… هولدنهولدن», «… هولدناین»), or the name without a speaker
head glued after its surname («… کاظمیانسخنگوی شورای شهر»). Examples written for these tests; both pipelines,
both readers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the surname written twice, glued
    ("مارتین هولدن نامزد حزب کارگر گفت که مالیات باید کم شود. "
     "مارتین هولدنهولدن در ادامه گفت: «ما برنده می‌شویم.»", ["مارتین هولدن", "مارتین هولدن"]),
    # a demonstrative glued to the surname
    ("مارتین هولدن نامزد حزب کارگر گفت که مالیات باید کم شود. "
     "مارتین هولدناین نامزد حزب ادامه داد: «ما برنده می‌شویم.»", ["مارتین هولدن", "مارتین هولدن"]),
    # a speaker head glued to a surname, the name written once
    ("حمید کاظمیانسخنگوی شورای شهر گفت که بودجه کافی نیست.", ["حمید کاظمیان"]),
])
def test_a_glued_word_leaves_the_name(every_nlp, text, expected):
    doc = every_nlp(text)
    assert [q.speaker for q in doc.quotes] == expected
    assert any(code.endswith("+unglued-name") for code in doc.quotes[-1].evidence)


@pytest.mark.parametrize("text, expected", [
    # a longer surname that opens with another person's surname is that person's own («کریمخانی», not «کریم»)
    ("علی کریم معاون شهردار گفت که بودجه کافی است. علی کریمخانی مدیر مدرسه گفت که کلاس‌ها باز است.",
     ["علی کریم", "علی کریمخانی"]),
    # a head word at the end of a surname after a word that is no surname's stem stays
    ("حسن نیکمدیر گفت که بودجه کافی نیست.", ["حسن نیک‌مدیر"]),
])
def test_no_name_is_unglued(every_nlp, text, expected):
    doc = every_nlp(text)
    assert [q.speaker for q in doc.quotes] == expected
    assert not any(code.endswith("+unglued-name") for q in doc.quotes for code in q.evidence)
