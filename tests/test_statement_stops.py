"""Where an unmarked direct statement stops (issue 13, class 2): the stop conditions of a statement after a colon.

- «بنابراین» (therefore) opening the next sentence is the speaker's own; «بنابر …», «بر پایه …» (according to) is
  an aside.
- A «»» that the source put at the start of the next line closes the words: the narrator's sentence follows.

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
