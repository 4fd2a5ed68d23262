"""A body named at the end of one of its units is an organisation of its own, nested (``org-inner``): the
lexicon organisation opening with a head word after two words or more of the unit's name (شورای امنیت | سازمان
ملل متحد). Not a head word's own name (سازمان | بهزیستی), nor a head word alone (شورای عالی | آموزش و پرورش),
nor a name that is also a word alone (نیروی دریایی | سپاه), nor the lexicon name read alone. Both pipelines, both readers."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def orgs(doc) -> dict[str, str]:
    """Each ORG's folded text with the rule its evidence names first."""
    return {fold(e.text).replace(" ", ""): e.rule.split("+")[0] for e in doc.entities if e.label == "ORG"}


def key(text: str) -> str:
    return fold(text).replace(" ", "")


@pytest.mark.parametrize("text, outer, inner", [
    ("اعضای شورای امنیت سازمان ملل متحد روز سه‌شنبه در ژنو دیدار کردند.",
     "شورای امنیت سازمان ملل متحد", "سازمان ملل متحد"),
    ("مدیر مرکز پژوهش‌های مجلس شورای اسلامی گفت که گزارش تازه هفته بعد منتشر می‌شود.",
     "مرکز پژوهش‌های مجلس شورای اسلامی", "مجلس شورای اسلامی"),
    ("کارشناسان حوزه هنری سازمان تبلیغات اسلامی نمایشگاه تازه‌ای برپا کردند.",
     "حوزه هنری سازمان تبلیغات اسلامی", "سازمان تبلیغات اسلامی"),
])
def test_the_body_of_a_unit_is_nested(every_nlp, text, outer, inner):
    found = orgs(every_nlp(text))
    assert key(outer) in found
    assert found.get(key(inner)) == "org-inner"


@pytest.mark.parametrize("text, outer", [
    ("رئیس سازمان بهزیستی گفت که کمک‌ها پرداخت شد.", "سازمان بهزیستی"),  # the head's own name
    ("فرمانده نیروی دریایی سپاه گفت ناوها آماده‌اند.", "نیروی دریایی سپاه"),  # سپاه alone is also a word
    ("سازمان ملل متحد بیانیه‌ای صادر کرد.", "سازمان ملل متحد"),  # the lexicon name alone: nothing before it
    ("اعضای شورای عالی آموزش و پرورش تصمیم تازه‌ای گرفتند.", "شورای عالی آموزش و پرورش"),  # a head word alone
])
def test_no_inner_body(every_nlp, text, outer):
    found = orgs(every_nlp(text))
    assert set(found) == {key(outer)}
    assert "org-inner" not in found.values()


def test_only_the_longest_body(every_nlp):
    # the ministry is an organisation already: its head word's own name inside it is no body of its own
    found = orgs(every_nlp("مدیرکل دفتر آموزش ابتدایی وزارت آموزش و پرورش گفت مدارس باز است."))
    assert key("وزارت آموزش و پرورش") in found
    assert key("آموزش و پرورش") not in found
    assert "org-inner" not in found.values()
