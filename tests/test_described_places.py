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
