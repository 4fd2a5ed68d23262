"""Lines of the speaker in the present (issue 13, extents): in a text of one sentence a line, a line that opens with
«این» + a noun and ends with a verb in the present or the future goes on with the statement before it (rule
``content:lines-as-sentences``); one in the past is the narrator's and ends it.

The examples are written for these tests; both pipelines (the tagger and the rules alone) must pass.
"""

from __future__ import annotations

import pytest

import persianews

from .test_quotes import folded


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def news(nlp, lines: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, content, evidence) of each quote of an article written one sentence a line."""
    return [(q.kind, folded(q.content.text), q.evidence) for q in nlp("\n".join(lines)).quotes]


_LEAD = "نشست خبری اداره کل بهزیستی صبح امروز برگزار شد."
_SAID = "مدیرکل بهزیستی استان گیلان گفت: کمک‌های معیشتی امسال به موقع پرداخت شد."
_NEXT = "وی افزود: ثبت‌نام از هفته آینده آغاز می‌شود."
_END = "گفتنی است این نشست یک ساعت طول کشید."


@pytest.mark.parametrize("line", [
    "این خانواده‌ها هیچ درآمد ثابتی ندارند و به کمک نیاز دارند.",  # a present copula: the rule before this one
    "این خانواده‌ها هیچ کمک دیگری دریافت نمی‌کنند.",  # a negative present
    "این طرح از ماه آینده در همه شهرستان‌ها اجرا می‌شود.",  # a passive present
    "این بسته به همه مددجویان داده خواهد شد.",  # a future
    "این کمک‌ها هرگز قطع نخواهند شد.",  # a negative future, plural
])
def test_a_this_line_in_the_present_goes_on(nlp, line):
    """Golden: «این» + a noun with a verb in the present or the future is the speaker's next sentence."""
    found = news(nlp, [_LEAD, _SAID, line, _NEXT, _END])
    assert [content for _, content, _ in found] == [
        folded(f"کمک‌های معیشتی امسال به موقع پرداخت شد.\n{line}"), folded("ثبت‌نام از هفته آینده آغاز می‌شود.")]
    assert "content:lines-as-sentences" in found[0][2]


@pytest.mark.parametrize("line", [
    "این مراسم با حضور خیران برگزار شد.",  # a past: the narrator's event
    "این مدیرکل پیش‌تر در دانشگاه تدریس می‌کرد.",  # «می‌» + a past stem: a past progressive
    "این خیران هر سال به مددجویان کمک می‌کردند.",  # the same in the plural
    "این گزارش پیش‌تر در روزنامه منتشر شده است.",  # a perfect
    "او فردا به تهران خواهد رفت.",  # a future, but not «این»: the narrator's «او»
    "این بازیکن فصل آینده به تیم ملی دعوت خواهد شد.",  # a future of a person the narrator describes
    "این خبر تکمیل می‌شود.",  # the narrator's own item
])
def test_a_this_line_in_the_past_ends_the_statement(nlp, line):
    """Negative: «این» + a noun in the past (simple, progressive or perfect), another subject in the future, or
    «این» + a person or the narrator's report in the present or the future, is the narrator's line: the statement
    ends before it, and the next statement is still found."""
    found = news(nlp, [_LEAD, _SAID, line, _NEXT, _END])
    assert [content for _, content, _ in found] == [
        folded("کمک‌های معیشتی امسال به موقع پرداخت شد."), folded("ثبت‌نام از هفته آینده آغاز می‌شود.")]


def test_a_this_line_in_the_present_inside_a_paragraph_ends_the_statement(nlp):
    """Negative: in paragraphs of several sentences, «این» + a noun in the present still opens the narrator's
    sentence: the change is for texts of one sentence a line only; the statement is still found."""
    text = ("مدیرکل بهزیستی استان گیلان گفت: کمک‌های معیشتی امسال به موقع پرداخت شد. "
            "این طرح از ماه آینده اجرا می‌شود.\nنشست یک ساعت طول کشید. مدیران حاضر بودند.\nهمه رفتند. پایان.")
    assert [folded(q.content.text) for q in nlp(text).quotes] == [folded("کمک‌های معیشتی امسال به موقع پرداخت شد.")]


def test_a_this_line_describing_a_thing_ends_the_statement(nlp):
    """Negative: «این» + a noun + «که» opens the narrator's description of a thing, even in the present («این طرح که
    … اجرا می‌شود»): the statement ends before it, and the next statement is still found."""
    found = news(nlp, [_LEAD, _SAID, "این طرح که از سال گذشته آغاز شده در همه شهرستان‌ها اجرا می‌شود.", _NEXT, _END])
    assert [content for _, content, _ in found] == [
        folded("کمک‌های معیشتی امسال به موقع پرداخت شد."), folded("ثبت‌نام از هفته آینده آغاز می‌شود.")]
