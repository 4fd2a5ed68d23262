"""A nameless title whose verb goes on with the words of the speaker quoted just before it (issue 13, round 33, rule
``+title→continued-speaker``): «X، نماینده … گفت: … عضو کمیسیون … افزود: …» is X under another of their titles.

Golden cases and cases where the rule must stay off, in both pipelines; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

_RULE = "+title→continued-speaker"
_NAMED = "علی رضایی، نماینده مردم تبریز در مجلس، گفت: بودجه عمرانی استان کافی نیست.\n"


def _found(doc) -> list[tuple[str | None, bool]]:
    return [(q.speaker, any(e.endswith(_RULE) for e in q.evidence)) for q in doc.quotes]


@pytest.mark.parametrize("text", [
    # another title of the same kind of office (legislative), its verb going on
    _NAMED + "عضو کمیسیون اقتصادی مجلس افزود: طرح‌های نیمه‌تمام باید تکمیل شوند.",
    # through a title already linked to them: the speaker's words go on under a third title
    "علی رضایی، رئیس کل بانک مرکزی، گفت: نرخ ارز واقعی نیست.\n"
    "رئیس کل بانک مرکزی تصریح کرد: ذخایر ارزی کافی است.\n"
    "رئیس شورای پول و اعتبار ادامه داد: صادرات در مرزها مانده است.",
])
def test_a_title_going_on_with_a_titled_speakers_words_is_that_speaker(either_nlp, text):
    found = _found(either_nlp(text))
    assert all(speaker == "علی رضایی" for speaker, _ in found) and len(found) >= 2, found
    assert found[-1][1]


@pytest.mark.parametrize("text", [
    # «نیز»: another speaker
    _NAMED + "عضو کمیسیون اقتصادی مجلس نیز افزود: طرح‌های نیمه‌تمام باید تکمیل شوند.",
    # a verb that opens a speaker's words, not one that goes on
    _NAMED + "عضو کمیسیون اقتصادی مجلس اظهار کرد: طرح‌های نیمه‌تمام باید تکمیل شوند.",
    # another kind of office (military beside legislative): someone else
    _NAMED + "فرمانده سپاه تبریز افزود: طرح‌های نیمه‌تمام باید تکمیل شوند.",
    # its sentence names the person: it speaks about them
    _NAMED + "عضو کمیسیون اقتصادی مجلس در پاسخ به رضایی افزود: طرح‌های نیمه‌تمام باید تکمیل شوند.",
])
def test_a_title_that_does_not_go_on_or_holds_another_office_is_not_linked(either_nlp, text):
    found = _found(either_nlp(text))
    assert len(found) == 2 and found[0][0] == "علی رضایی", found
    assert not any(fired for _, fired in found)
    assert found[1][0] != "علی رضایی"
