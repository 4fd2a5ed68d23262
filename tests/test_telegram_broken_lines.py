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

from .posts import post_quotes, post_quotes_with_evidence


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
    # a line opened by «و» or «به» is the rest of a line ending in a Persian word with no stop
    ("همه قراردادهای بازرگانی\nو مالی لغو شد.", ["همه قراردادهای بازرگانی\nو مالی لغو شد."]),
    ("نیروها ساعتی پیش\nبه شهر رسیدند.", ["نیروها ساعتی پیش\nبه شهر رسیدند."]),
    # a line ending in a stop, a report's «به گزارش», or a line ending in no Persian word: no rest
    ("نیروها رسیدند.\nو شهر آرام است.", ["نیروها رسیدند.", "و شهر آرام است."]),
    ("نیروها رسیدند\nبه گزارش خبرنگار، شهر آرام است.", ["نیروها رسیدند", "به گزارش خبرنگار، شهر آرام است."]),
    ("نیروها رسیدند 🔹\nو شهر آرام است.", ["نیروها رسیدند 🔹", "و شهر آرام است."]),
    # another word of LINE_CONTINUATIONS opening the line is no rest
    ("نیروها رسیدند\nدر شهر آرامش برقرار است.", ["نیروها رسیدند", "در شهر آرامش برقرار است."]),
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


def test_a_reported_clause_runs_on_over_a_line_opened_by_and(nlp):
    text = ("وزیر خارجه کشور اعلام کرد که همه قراردادهای بازرگانی\nو مالی دو کشور با همسایه\nلغو شده است.\n"
            "@example_news")
    assert post_quotes(nlp, text) == [
        ("وزیر خارجه کشور", "همه قراردادهای بازرگانی\nو مالی دو کشور با همسایه\nلغو شده است.")]


def test_a_reported_clause_runs_on_over_a_line_opened_by_to(nlp):
    text = "سخنگوی ارتش گفت نیروهای ما ساعتی پیش\nبه حومه شهر مرزی رسیدند.\nمردم شهر را ترک کرده بودند.\n@example_news"
    assert post_quotes(nlp, text) == [("سخنگوی ارتش", "نیروهای ما ساعتی پیش\nبه حومه شهر مرزی رسیدند.")]


def test_a_statement_runs_on_over_a_line_opened_by_and(nlp):
    text = "سخنگوی ارتش تصریح کرد: نیروهای ما در راه هستند\nو تا فردا به شهر می‌رسند.\n@example_news"
    assert post_quotes_with_evidence(nlp, text) == [
        ("سخنگوی ارتش", "نیروهای ما در راه هستند\nو تا فردا به شهر می‌رسند.",
         ("cue:direct-colon", "content:over-broken-lines", "subject:entity", "speaker:entity-cluster"))]


def test_a_report_opening_a_line_is_no_rest_of_the_line_before(nlp):
    """«به گزارش …» opens a sentence of its own: the clause ends at its line, the report is still found."""
    text = "رئیس پلیس گفت که ماموران دیشب رسیدند\nبه گزارش خبرنگار ما، مردم شهر را ترک کردند.\n@example_news"
    assert post_quotes(nlp, text) == [("رئیس پلیس", "ماموران دیشب رسیدند")]
