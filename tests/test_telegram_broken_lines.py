"""A post's sentence the copy broke over lines (issue 13, class 7): reported clauses and statements run on
over the break, and a clause needs no stop at a break that ends no sentence.

Golden cases are patterns seen in the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.quotes.lines import join_broken_lines
from persianews.records import Span

from .posts import post_quotes


@pytest.fixture
def nlp(either_nlp):
    """Each pipeline: with the tagger and rules only."""
    return either_nlp


def lines_as_sentences(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)


def test_a_reported_clause_runs_on_over_lines_cut_mid_sentence(nlp):
    text = ("پلیس اعلام کرد این مرد که\nکامران نیک\nنام دارد، از محوطه فیلم گرفته است.\n"
            "بازرسی خودرو ادامه دارد.\n@example_news")
    assert post_quotes(nlp, text) == [("پلیس", "این مرد که\nکامران نیک\nنام دارد، از محوطه فیلم گرفته است.")]


def test_a_from_clause_split_over_three_lines_is_one_report(nlp):
    text = "منابع محلی از\nانفجار در انبار مهمات شهر\nخبر دادند.\n@example_news"
    assert post_quotes(nlp, text) == [("منابع محلی", "انفجار در انبار مهمات شهر")]


def test_a_clause_ending_in_a_stop_ends_at_its_line(nlp):
    text = "پلیس اعلام کرد این مرد بازداشت شده است.\nکامران نیک\nنام دارد.\n@example_news"
    assert post_quotes(nlp, text) == [("پلیس", "این مرد بازداشت شده است.")]


@pytest.mark.parametrize("text, joined", [
    ("منابع محلی از\nانفجار در انبار\nخبر دادند.", ["منابع محلی از\nانفجار در انبار\nخبر دادند."]),
    ("او گفت که\n،دیروز رسید.", ["او گفت که\n،دیروز رسید."]),
    # a line with a stop ends its sentence; a bullet or an emoji opens a new one
    ("خبر فوری.\nدو نفر کشته شدند", ["خبر فوری.", "دو نفر کشته شدند"]),
    ("منابع محلی از\n🔹 انفجار خبر دادند", ["منابع محلی از", "🔹 انفجار خبر دادند"]),
    # an unfinished line before an open one is no break: two titles
    ("حمله به پایگاه\nکشته شدن دو نفر", ["حمله به پایگاه", "کشته شدن دو نفر"]),
    # two line breaks are a paragraph end
    ("منابع محلی از\n\nانفجار خبر دادند", ["منابع محلی از", "انفجار خبر دادند"]),
])
def test_join_broken_lines(text, joined):
    sentences = tuple(s for s in lines_as_sentences(text) if s.end > s.start)
    assert [s.slice(text) for s in join_broken_lines(text, sentences)] == joined


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["منابع محلی از", "انفجار در انبار", "خبر دادند.", "🔹 خبر", "که", "،", "",
                                 "او گفت: آری", "و", "x" * 30]), max_size=12))
def test_joined_sentences_cover_the_same_text_in_order(lines):
    text = "\n".join(lines)
    sentences = tuple(s for s in lines_as_sentences(text) if s.end > s.start)
    joined = join_broken_lines(text, sentences)
    assert len(joined) <= len(sentences)
    assert all(a.end <= b.start for a, b in itertools.pairwise(joined))
    assert [s.start for s in joined] == [s.start for s in sentences if any(j.start == s.start for j in joined)]
    if sentences:
        assert (joined[0].start, joined[-1].end) == (sentences[0].start, sentences[-1].end)


def test_a_line_ending_in_a_compound_preposition_goes_on():
    text = "آکسیوس گزارش داده دو کشور از طریق\nعمان و قطر\nپیام ردوبدل می‌کنند.\nخبر دیگری است."
    joined = join_broken_lines(text, lines_as_sentences(text))
    assert joined[0].slice(text) == "آکسیوس گزارش داده دو کشور از طریق\nعمان و قطر\nپیام ردوبدل می‌کنند."
    assert joined[1].slice(text) == "خبر دیگری است."


def test_a_line_ending_in_a_noun_before_a_new_line_is_not_joined():
    text = "قیمت نفت به ۹۰ دلار رسید\nبازار سهام آسیا هم افت کرد."
    assert len(join_broken_lines(text, lines_as_sentences(text))) == 2
