"""An outlet's affiliation («وابسته به …») after its kind and name is no part of the speaker: the subject words end
before it, and the outlet speaks (issue 13, wrong speakers: names kept too long). Examples written for these tests;
both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("وبسایت آستان امامزاده صالح (ع) وابسته به اداره اوقاف اعلام کرده: درهای حرم بسته می‌ماند.",
     "وبسایت آستان امامزاده صالح (ع)"),
    ("پایگاه آستان امامزاده هاشم (ع) رسانه وابسته به اداره اوقاف اعلام کرد: قیمت نذری تغییر نمی‌کند.",
     "پایگاه آستان امامزاده هاشم (ع)"),
])
def test_the_outlet_speaks_not_its_affiliation(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an indefinite description keeps the complement: it says who the unnamed source is
    ("یک منبع آگاه وابسته به دولت گفت که مذاکره ادامه دارد.", "یک منبع آگاه وابسته به دولت"),
    # a group of people keeps it too
    ("رسانه‌های وابسته به دولت گفتند که مذاکره ادامه دارد.", "رسانه‌های وابسته به دولت"),
])
def test_no_outlet_no_end(either_nlp, text, speaker):
    assert speakers(either_nlp(text)) == [speaker]
