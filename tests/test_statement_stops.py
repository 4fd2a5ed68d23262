"""Where an unmarked direct statement stops (issue 13, class 2): the stop conditions of a statement after a colon.

- «بنابراین» (therefore) opening the next sentence is the speaker's own; «بنابر …», «بر پایه …» (according to) is
  an aside.
- A «»» that the source put at the start of the next line closes the words: the narrator's sentence follows.
- On lines of one sentence each, «این» + a noun with a verb in the present or the future goes on with the statement
  (rule ``content:lines-as-sentences``); one in the past, a person's, the narrator's report or a «که» description ends it.

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


_LEAD = "نشست خبری وزارت نیرو صبح امروز برگزار شد."
_END = "این نشست دو ساعت طول کشید."


@pytest.mark.parametrize("therefore", ["بنابراین", "بنابر این", "بنا بر این"])
def test_therefore_goes_on_with_the_statement(nlp, therefore):
    """Golden: «بنابراین …» (joined or spaced) after the speaker's sentence is his next sentence."""
    found = news(nlp, [_LEAD, "وزیر نیرو گفت: ذخایر سدهای کشور کم شده است.",
                       f"{therefore} مردم باید در مصرف آب صرفه‌جویی کنند.", _END])
    assert ("direct", folded(f"ذخایر سدهای کشور کم شده است.\n{therefore} مردم باید در مصرف آب صرفه‌جویی کنند."),
            ) == found[0][:2]


@pytest.mark.parametrize("according", ["بنابر این گزارش", "بنا بر این اطلاعیه", "بنابراین گزارش", "بنابر این خبر",
                                       "برپایه این گزارش", "بر پایه آمارها", "بر\u200cپایه این خبر"])
def test_according_to_ends_the_statement(nlp, according):
    """Negative: «بنابر این گزارش، …» (according to this report) is the narrator's aside."""
    found = news(nlp, [_LEAD, "وزیر نیرو گفت: ذخایر سدهای کشور کم شده است.",
                       f"{according}، مصرف آب در تابستان بالا رفته است.", _END])
    assert found[0][:2] == ("direct", folded("ذخایر سدهای کشور کم شده است."))


@pytest.mark.parametrize("word", ["برپایی", "برپا"])
def test_words_that_begin_like_according_to_go_on(nlp, word):
    """Golden: «برپایی …»/«برپا …» (holding an event) is no «برپایه …»: the speaker's next sentence."""
    line = f"{word} نمایشگاه آب در تابستان ضروری است."
    found = news(nlp, [_LEAD, "وزیر نیرو گفت: ذخایر سدهای کشور کم شده است.", line, _END])
    assert found[0][:2] == ("direct", folded(f"ذخایر سدهای کشور کم شده است.\n{line}"))


def test_a_closing_guillemet_opening_the_next_line_ends_the_statement(nlp):
    """Golden: the «»» the source put at the start of the next line closes the words before it."""
    found = news(nlp, [_LEAD, "وزیر نیرو گفت: ذخایر سدهای کشور کم شده است.",
                       "»مصرف آب در تابستان امسال بالا رفته است.", _END])
    assert found[0][:2] == ("direct", folded("ذخایر سدهای کشور کم شده است."))


def test_a_guillemet_inside_the_next_line_does_not_end_the_statement(nlp):
    """Negative: a «»» inside the next line (a term in guillemets) ends nothing."""
    found = news(nlp, [_LEAD, "وزیر نیرو گفت: ذخایر سدهای کشور کم شده است.",
                       "طرح «آب برای همه» هم به زودی اجرا می‌شود.", _END])
    assert found[0][:2] == ("direct", folded("ذخایر سدهای کشور کم شده است.\nطرح «آب برای همه» هم به زودی اجرا می‌شود."))


_WELFARE_LEAD = "نشست خبری اداره کل بهزیستی صبح امروز برگزار شد."
_WELFARE_SAID = "مدیرکل بهزیستی استان گیلان گفت: کمک‌های معیشتی امسال به موقع پرداخت شد."
_WELFARE_NEXT = "وی افزود: ثبت‌نام از هفته آینده آغاز می‌شود."
_WELFARE_END = "گفتنی است این نشست یک ساعت طول کشید."


@pytest.mark.parametrize("line", [
    "این خانواده‌ها هیچ درآمد ثابتی ندارند و به کمک نیاز دارند.",  # a present copula: the rule before this one
    "این خانواده‌ها هیچ کمک دیگری دریافت نمی‌کنند.",  # a negative present
    "این طرح از ماه آینده در همه شهرستان‌ها اجرا می‌شود.",  # a passive present
    "این بسته به همه مددجویان داده خواهد شد.",  # a future
    "این کمک‌ها هرگز قطع نخواهند شد.",  # a negative future, plural
])
def test_a_this_line_in_the_present_goes_on(nlp, line):
    """Golden: «این» + a noun with a verb in the present or the future is the speaker's next sentence."""
    found = news(nlp, [_WELFARE_LEAD, _WELFARE_SAID, line, _WELFARE_NEXT, _WELFARE_END])
    assert [content for _, content, _ in found] == [
        folded(f"کمک‌های معیشتی امسال به موقع پرداخت شد.\n{line}"), folded("ثبت‌نام از هفته آینده آغاز می‌شود.")]
    assert "content:lines-as-sentences" in found[0][2]


@pytest.mark.parametrize("line", [
    "این مراسم با حضور خیران برگزار شد.",  # a past: the narrator's event
    "این مدیرکل پیش‌تر در دانشگاه تدریس می‌کرد.",  # «می‌» + a past stem: a past progressive
    "این خیران هر سال به مددجویان کمک می‌کردند.",  # the same in the plural
    "این گزارش پیش‌تر در روزنامه منتشر شده است.",  # a perfect
    "وی فردا به تهران خواهد رفت.",  # a future, but not «این»: the narrator's «وی»
    "این بازیکن فصل آینده به تیم ملی دعوت خواهد شد.",  # a future of a person the narrator describes
    "این خبر تکمیل می‌شود.",  # the narrator's own item
])
def test_a_this_line_in_the_past_ends_the_statement(nlp, line):
    """Negative: «این» + a noun in the past (simple, progressive or perfect), another subject in the future, or
    «این» + a person or the narrator's report in the present or the future, is the narrator's line: the statement
    ends before it, and the next statement is still found."""
    found = news(nlp, [_WELFARE_LEAD, _WELFARE_SAID, line, _WELFARE_NEXT, _WELFARE_END])
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
    line = "این طرح که از سال گذشته آغاز شده در همه شهرستان‌ها اجرا می‌شود."
    found = news(nlp, [_WELFARE_LEAD, _WELFARE_SAID, line, _WELFARE_NEXT, _WELFARE_END])
    assert [content for _, content, _ in found] == [
        folded("کمک‌های معیشتی امسال به موقع پرداخت شد."), folded("ثبت‌نام از هفته آینده آغاز می‌شود.")]
