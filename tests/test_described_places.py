"""An indefinite description placed by «در» and an organisation («یک منبع در دفتر ریاست جمهوری عراق») is the
speaker whole, and an indefinite description holding an organisation is a person of it, not the organisation
(issue 13, class 6: descriptions). Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.evidence[-1]) for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("یک منبع در دفتر ریاست جمهوری عراق به خبرنگاران گفت: نخست وزیر فردا معرفی می‌شود.",
     "یک منبع در دفتر ریاست جمهوری عراق"),
    ("یک مقام مسئول در وزارت خارجه بحرین گفت: پروازها لغو شد.", "یک مقام مسئول در وزارت خارجه بحرین"),
    ("یک عضو کمیسیون امنیت ملی مجلس گفت: جلسه فردا برگزار می‌شود.", "یک عضو کمیسیون امنیت ملی مجلس"),
])
def test_an_indefinite_description_with_its_organisation_is_the_speaker(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [(speaker, "speaker:words-generic")]


@pytest.mark.parametrize("text, speaker", [
    # «در» before no organisation: the description ends there
    ("یک مقام آگاه در این زمینه گفت: پروازها لغو شد.", "یک مقام آگاه"),
    # a title that is no indefinite description keeps its own span
    ("وزیر کشور در مجلس گفت: انتخابات برگزار می‌شود.", "وزیر کشور"),
])
def test_no_place_after_other_words_or_other_subjects(either_nlp, text, speaker):
    assert [found for found, _ in speakers(either_nlp(text))] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a source word with the indefinite «ی» opens an indefinite description, placed by «در» as «یک منبع در …»
    ("منبعی در سوریه روز دوشنبه گفت که مهاجمان از محل حادثه گریختند.", "منبعی در سوریه"),
    ("منبعی دیگر در لبنان به خبرنگاران گفته که دیدار دو طرف لغو شد.", "منبعی دیگر در لبنان"),
    ("منابعی در مسکو می‌گویند که گفت‌وگوها هفته آینده ادامه می‌یابد.", "منابعی در مسکو"),
    # and takes an adjective's complement («نزدیک به …») as «یک منبع نزدیک به …» does
    ("منبعی نزدیک به تیم مذاکره‌کننده به خبرنگاران گفت: هنوز متنی نهایی نشده است.",
     "منبعی نزدیک به تیم مذاکره‌کننده"),
])
def test_a_source_word_with_the_indefinite_yeh_is_an_indefinite_description(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [(speaker, "speaker:words-generic")]


def test_the_placed_source_is_the_referent_of_this_source(either_nlp):
    doc = either_nlp("منبعی در سوریه روز دوشنبه گفت که مهاجمان گریختند. "
                     "این منبع افزود: نیروهای امنیتی در تعقیب آنها هستند.")
    assert [q.speaker for q in doc.quotes] == ["منبعی در سوریه", "منبعی در سوریه"]


@pytest.mark.parametrize("text, speaker", [
    # «در» before no place or organisation: the description ends before it, and stays a description
    ("منبعی در این زمینه گفت که پروازها لغو شد.", "منبعی"),
    # a word with the indefinite «ی» that is no source word opens no description: «در» ends the name
    ("علوی در مجلس گفت که انتخابات برگزار می‌شود.", "علوی"),
])
def test_no_place_after_a_source_word_with_other_words(either_nlp, text, speaker):
    assert [found for found, _ in speakers(either_nlp(text))] == [speaker]


def test_a_source_word_with_the_indefinite_yeh_is_no_holder_of_a_title(either_nlp):
    # «منابعی» said nothing the title said: the title keeps its own quote, not linked to «منابعی» as a name
    doc = either_nlp("معاون استاندار بوشهر اعلام کرد علت حادثه در حال بررسی است. منابعی هم مدعی شدند که "
                     "انفجار در انبار رخ داده است.")
    assert [q.speaker for q in doc.quotes] == ["معاون استاندار بوشهر", "منابعی"]
