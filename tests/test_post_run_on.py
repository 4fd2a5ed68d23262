"""A post's speaker line («X: …») whose statement runs on over single line breaks (rule
``content:over-post-lines``), and the lines where the narrator resumes and it stops."""

from __future__ import annotations

import pytest

_SPEAKER = "وزیر نیروی سوئد"
_FIRST = "ذخایر آب کشور امسال کاهش یافته است."
_SECOND = "مردم باید در مصرف آب صرفه‌جویی کنند."


def _statements(doc) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(q.speaker, q.content.text, q.evidence) for q in doc.quotes if q.kind == "direct"]


def _is_post(request) -> bool:
    return request.node.callspec.params["either_reader"] == "post"


def test_a_posts_statement_runs_on_over_its_speakers_next_lines(every_nlp, request):
    found = _statements(every_nlp(f"{_SPEAKER}: {_FIRST}\n{_SECOND}\nاو ساعاتی پیش به استان رفته است."))
    assert found[0][0] == _SPEAKER
    if _is_post(request):  # a post's line break is the speaker's next sentence; a news text's one is a paragraph's end
        assert found[0][1] == f"{_FIRST}\n{_SECOND}" and "content:over-post-lines" in found[0][2]
    else:
        assert found[0][1] == _FIRST and "content:over-post-lines" not in found[0][2]


_NARRATOR_LINES = [
    "ذخایر آب چیست؟\nذخایر آب همان آبی است که در سدها مانده است.",  # the channel's heading: a question
    "چه روزهای سختی در پیش است!",  # the channel's comment: an exclamation
    "این در حالی است که پارسال بارش‌ها بیشتر بود.",  # the narrator's aside
    "در این اطلاعیه بر صرفه‌جویی در مصرف آب تأکید شده است.",  # the statement named again
    "هفته گذشته اعلام شد که جیره‌بندی آب آغاز می‌شود.",  # a passive verb of saying
    "وی همچنین از مردم خواست صرفه‌جویی کنند.",  # the speaker in the third person
    "خانواده او در روستا زندگی می‌کنند.",  # «او»: the narrator speaks of someone
    "گویی دولت مردم رو فراموش کرده است.",  # the channel's colloquial «رو»
    "سخنگوی دولت سوئد: جیره‌بندی در کار نیست.",  # another speaker line
    "The reservoirs are low.",  # another script
    "قال الوزير إن المياه قليلة في السدود.",  # another language in Arabic letters
    "کانال خبری ما را دنبال کنید.",  # the channel's call to action
    "برای خبرهای بیشتر عضو شوید.",  # the channel's call to action
    "#خشکسالی",  # a hashtag
    "نیروی دریایی سوئد همچنین از صرفه‌جویی استقبال کرد.",  # the speaker line's words named again
]


@pytest.mark.parametrize("line", _NARRATOR_LINES, ids=range(len(_NARRATOR_LINES)))
def test_a_posts_statement_stops_where_the_narrator_resumes(every_nlp, line):
    """Negative: the statement stops at its line, in both readers."""
    found = _statements(every_nlp(f"{_SPEAKER}: {_FIRST}\n{line}"))
    assert (found[0][0], found[0][1]) == (_SPEAKER, _FIRST)
    assert "content:over-post-lines" not in found[0][2]


def test_a_statement_ending_in_no_stop_does_not_run_on(every_nlp):
    """Negative: a speaker line whose statement ends in no stop (a title) keeps its line."""
    found = _statements(every_nlp(f"{_SPEAKER}: ذخایر آب کشور کاهش یافته\n{_SECOND}"))
    assert all("content:over-post-lines" not in evidence for _, _, evidence in found)


def test_the_speaker_lines_other_words_do_not_stop_the_statement(every_nlp, request):
    """Golden: only the speaker's own words (his entity or title) named again stop it, not the speaker line's
    other words («در دیدار با مردم گفت:» / «مردم باید …» are still his words)."""
    found = _statements(every_nlp(f"{_SPEAKER} در دیدار با مردم گفت: {_FIRST}\n{_SECOND}"))
    assert found[0][0] == _SPEAKER
    assert found[0][1] == (f"{_FIRST}\n{_SECOND}" if _is_post(request) else _FIRST)
