"""Narrator's asides and discourse words before a clause's subject (issue 13, round 30: wrong speakers): «گفتنی
است X …», «لازم به ذکر است X …», «طرفه آنکه X …», «مدت‌هاست X …», «همچنان X …», «یک دفعه X …» — lead-ins, the
subject follows them, not a speaker grown over them; so is a slash that opens the clause («… تنگ شده!/ یک دفعه X
می‌گویند …»), and a date's or a link's slash inside the clause is none.

The examples are written for these tests; both pipelines and both readers (:func:`every_nlp`)."""

from __future__ import annotations

import pytest

from .quote_rows import speakers_and_contents


@pytest.mark.parametrize("text, speaker", [
    # the narrator's asides, «که» after them or not
    ("گفتنی است سخنگوی وزارت نیرو در حالی مدعی شده که قطعی برق تمام شده است.", "سخنگوی وزارت نیرو"),
    ("لازم به ذکر است کارشناسان انرژی هشدار دادند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("شایان ذکر است که کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # «طرفه/جالب(تر)/عجیب آنکه»
    ("طرفه آنکه کارشناسان انرژی اعلام کردند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("جالب‌تر آن‌که کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a duration frame with no «که»
    ("مدت‌هاست روزنامه‌های اسپانیا از علاقه باشگاه والنسیا به این بازیکن خبر می‌دهند.", "روزنامه‌های اسپانیا"),
    ("سال‌هاست کارشناسان انرژی هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    # discourse adverbs
    ("همچنان کارشناسان انرژی هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("یک دفعه کارشناسان انرژی گفتند که ذخایر کم شده است.", "کارشناسان انرژی"),
    ("ناگهان کارشناسان انرژی اعلام کردند که ذخایر کم شده است.", "کارشناسان انرژی"),
    # an indefinite time ago with «پیش‌تر»
    ("ساعاتی پیش‌تر وزیر امور خارجه فرانسه خبر داده بود که سفیر اخراج شد.", "وزیر امور خارجه فرانسه"),
    ("کمی پیش‌تر، روزنامه تایمز لندن گزارش داد که ارتش دو پهپاد را رهگیری کرد.", "روزنامه تایمز لندن"),
    # a time ago with a qualifier, a time clause up to its comma (after an aside or not)
    ("گفتنی است که حدود ۷ سال پیش، رضا کاظمی در گفت‌وگویی با شبکه افق ادعا کرده بود که با همه در ارتباط است.",
     "رضا کاظمی"),
    ("تنها دو ماه پیش، کارشناسان انرژی هشدار دادند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("طرفه آن‌که به‌هنگام بازدید از نیروگاه، وزیر نیرو گفت که ذخایر کافی است.", "وزیر نیرو"),
    ("در هنگام افتتاح سد، کارشناسان انرژی گفتند که ذخایر کافی است.", "کارشناسان انرژی"),
    # a slash between the points of a speech opens the clause
    ("مصرف برق بالا رفت!/ یک دفعه کارشناسان انرژی می‌گویند که ذخایر کم است.", "کارشناسان انرژی"),
    ("مصرف برق بالا رفت!/ کارشناسان انرژی می‌گویند که ذخایر کافی است.", "کارشناسان انرژی"),
])
def test_a_discourse_opener_is_no_part_of_the_speaker(every_nlp, text, speaker):
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name == speaker for name, _ in found), found


def test_a_pronoun_after_a_discourse_opener_continues_the_speaker(every_nlp):
    found = speakers_and_contents(every_nlp("مهندس رضا کاظمی از ذخایر گفت. جالب آنکه او گفت که ذخایر کافی است."))
    assert found == [("رضا کاظمی", "ذخایر کافی است.")], found


def test_a_title_after_an_aside_is_given_its_holder(every_nlp):
    found = speakers_and_contents(every_nlp("مجید رحمانی سخنگوی وزارت نیرو گفت: برق وصل است. "
                                "گفتنی است سخنگوی وزارت نیرو در حالی مدعی شده که قطعی برق تمام شده است."))
    assert [name for name, _ in found] == ["مجید رحمانی", "مجید رحمانی"], found


@pytest.mark.parametrize("text", [
    "وزیر نیرو در تاریخ ۱۳۹۸/۱۲/۰۱ گفت که ذخایر کافی است.",
    "وزیر نیرو در سایت energy.ir/news گفت که ذخایر کافی است.",
])
def test_a_date_or_a_link_opens_no_clause(every_nlp, text):
    """A slash inside the clause: the subject before it speaks, no words after it."""
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name == "وزیر نیرو" for name, _ in found), found


@pytest.mark.parametrize("text, speaker", [
    ("کارشناسان انرژی همچنان می‌گویند که ذخایر کافی است.", "کارشناسان انرژی"),
    ("برخی از این انجمن‌ها پیش‌تر گفته بودند که ذخایر کافی است.", "برخی از این انجمن‌ها"),
    ("کارشناسان انرژی مدت‌هاست هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    # a duration frame written without a ZWNJ
    ("کارشناسان انرژی مدتهاست هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
    ("کارشناسان انرژی سالهاست هشدار می‌دهند که ذخایر کم می‌شود.", "کارشناسان انرژی"),
])
def test_a_discourse_adverb_ends_the_subject(every_nlp, text, speaker):
    """«همچنان», «پیش‌تر», «مدت‌هاست» between the subject and its verb: the words before it speak."""
    found = speakers_and_contents(every_nlp(text))
    assert found and all(name == speaker for name, _ in found), found


def test_a_time_clause_opener_needs_its_comma(every_nlp):
    """«هنگام …» with no comma before the cue is no lead-in: the speaker before it is still found."""
    found = speakers_and_contents(every_nlp("وزیر نیرو هنگام بازدید از نیروگاه گفت که ذخایر کافی است."))
    assert found and all(name == "وزیر نیرو" for name, _ in found), found
