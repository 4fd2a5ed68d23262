"""A name, a comma, then a profession or an indefinite title (issue 13, wrong speakers): «NAME، اقتصاددان …
گفت», «NAME، یک تحلیلگر … گفت» — the name speaks, the words after the comma only describe them (rule
``subject:name-before-title`` when no entity covers the name; the tagger may find it as a person).

Examples written for these tests (shapes of the news-dev economy pages, not their text); both pipelines, both
readers.
"""

from __future__ import annotations

import pytest

STATEMENT = "نرخ بهره تا پایان سال کاهش می‌یابد"


@pytest.mark.parametrize("text, speaker", [
    # a profession of professions.txt opens the description
    (f"گرتا لوندبرگ، اقتصاددان بانک مرکزی سوئد در گفت‌وگو با یک روزنامه گفت: {STATEMENT}.", "گرتا لوندبرگ"),
    (f"ماتیاس کرونه، استراتژیست ارشد یک بانک سرمایه‌گذاری در فرانکفورت گفت: {STATEMENT}.", "ماتیاس کرونه"),
    # an indefinite «یک» before the role word
    (f"اسونگ بریکمن، یک تحلیلگر بازار نفت در لندن اظهار کرد: {STATEMENT}.", "اسونگ بریکمن"),
])
def test_the_name_before_a_profession_speaks(every_nlp, text, speaker) -> None:
    """Golden: the name before the comma is the speaker, not the name with its description."""
    quotes = every_nlp(text).quotes
    assert [(q.speaker, q.content.text.rstrip(".")) for q in quotes] == [(speaker, STATEMENT)]
    assert quotes[0].evidence[1] in ("subject:name-before-title", "subject:entity")


@pytest.mark.parametrize("text, speaker", [
    # «یک» before a time: no title after the comma, the words before it speak
    (f"کارگران کارخانه، یک هفته پس از تعطیلی گفتند: {STATEMENT}.", "کارگران کارخانه"),
    # the comma closes an adverbial: the indefinite title after it is the whole speaker
    (f"پس از این نشست، یک تحلیلگر بازار نفت گفت: {STATEMENT}.", "یک تحلیلگر بازار نفت"),
])
def test_no_name_before_the_comma_keeps_the_speaker(every_nlp, text, speaker) -> None:
    """Negative: no name is cut before the comma; the quote and its speaker are still found."""
    quotes = every_nlp(text).quotes
    assert [(q.speaker, q.content.text.rstrip(".")) for q in quotes] == [(speaker, STATEMENT)]
    assert all("subject:name-before-title" not in q.evidence for q in quotes)
