"""Subject words past a clause of the writer's own (issue 13, rule ``subject:words``): the words before a verb in
a subject phrase («الان دیدم یه نفر …», «شنیده می‌شود مدیران …») are the writer's, the subject the words after the
last verb; an adverb of speech opening them («تازه», «الان») is none, and a verb with nothing after it («خودش
داره میگه») leaves no subject words.

Examples written for these tests (patterns of the telegram-dev channels, not their text); both pipelines, each
text read as a post and as a news article.
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(params=["post", "news"])
def speakers(request):
    """The speaker of each quote found in a text read as one post or as a news article."""

    def found(nlp, text: str) -> list[str | None]:
        if request.param == "post":
            (article,) = read_telegram_text(text + "\n@some_channel\n", "posts.txt")
            return [q.speaker for q in nlp(article).quotes]
        return [q.speaker for q in nlp(text).quotes]

    return found


@pytest.mark.parametrize("text, speaker", [
    ("الان دیدم یه نفر یادآوری کرده «همه باغچه‌های شهر امسال خشک شدن»!", "یه نفر"),
    ("شنیده می‌شود مدیران شهرداری گفته‌اند که باغچه‌های شهر تا پایان ماه آبیاری می‌شوند.", "مدیران شهرداری"),
])
def test_the_subject_is_the_words_after_the_writer_s_verb(either_nlp, speakers, text, speaker):
    assert speakers(either_nlp, text) == [speaker]


@pytest.mark.parametrize("text, wrong", [
    ("تازه میگه بهمون گفته بودن به باغچه‌ها آب ندید!", "تازه"),
    ("باغبان پیر محله هم دیروز آمد. خودش داره میگه باغچه‌های شهر امسال خشک شدن", "خودش داره"),
    ("فکر کنم هنوز از اون زمانی که مسئولان گفته بودن «آبیاری از فردا شروع میشه» چند روز مونده!", "فکر کنم هنوز"),
])
def test_no_speaker_is_a_verb_or_an_adverb(either_nlp, speakers, text, wrong):
    said = speakers(either_nlp, text)
    assert said and wrong not in said


def test_a_subject_with_no_verb_keeps_its_words(either_nlp, speakers):
    text = "مدیر باغ گیاه‌شناسی شهر گفت که باغ از فردا باز است."
    assert speakers(either_nlp, text) == ["مدیر باغ گیاه‌شناسی شهر"]
