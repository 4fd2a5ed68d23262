"""A nameless title, then a bare name that goes on with its words (issue 13, round 21, rule
``+title→speaker-going-on``): «X اظهار داشت: … رئیس دانشگاه … گفت: … دکتر Y افزود: …» — the title is Y's, not X's
(the name before it, to whom the officials stage may join it by its place alone).

Golden cases and cases where the rule must stay off, in both pipelines; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

_RULE = "+title→speaker-going-on"
_LEAD = "نشست تولیدکنندگان شهرستان\n\nمحمد کریمی اظهار داشت: کارخانه شیر با فروش سهام به مردم ساخته شد.\n"


def _found(doc) -> list[tuple[str | None, bool]]:
    return [(q.speaker, any(e.endswith(_RULE) for e in q.evidence)) for q in doc.quotes]


@pytest.mark.parametrize("text", [
    # a subheading, then the title's quote, then the name going on
    "آمار بیماری در استان‌ها\n\nمحمد کریمی اظهار داشت: یک مورد فوتی در استان گزارش شده است.\n"
    "آمار تازه در اراک\nرئیس دانشگاه علوم پزشکی اراک گفت: از ظهر دیروز ۱۶ مورد جدید شناسایی شد.\n"
    "دکتر رضا جمالی افزود: سه نفر جان خود را از دست داده‌اند.",
    # «نیز گفت»: a new speaker, named in the next sentence (after an opening no lead-in: «در ادامه» would make the
    # title a subject the officials stage joins to the name, round 30)
    _LEAD + "در جلسه امروز نماینده مردم خرم‌بید در مجلس نیز گفت: حمایت از تولیدکنندگان در برنامه ماست.\n"
    "رضا جمالی افزود: مشکلات دو کارخانه را بررسی می‌کنیم.",
])
def test_a_title_is_the_name_that_goes_on_after_it(either_nlp, text):
    found = _found(either_nlp(text))
    assert [speaker for speaker, _ in found] == ["محمد کریمی", "رضا جمالی", "رضا جمالی"]
    assert found[1][1]


@pytest.mark.parametrize("text", [
    # the title's own verb goes on: it continues the speaker before it
    _LEAD + "در ادامه نماینده مردم خرم‌بید در مجلس افزود: حمایت از تولیدکنندگان در برنامه ماست.\n"
    "رضا جمالی افزود: مشکلات دو کارخانه را بررسی می‌کنیم.",
    # the name after it opens anew: nothing says the title is that name's (no lead-in before the title, see above)
    _LEAD + "در جلسه امروز نماینده مردم خرم‌بید در مجلس نیز گفت: حمایت از تولیدکنندگان در برنامه ماست.\n"
    "رضا جمالی گفت: مشکلات دو کارخانه را بررسی می‌کنیم.",
])
def test_no_name_going_on_leaves_the_title_to_the_other_rules(either_nlp, text):
    found = _found(either_nlp(text))
    assert len(found) == 3 and found[2][0] == "رضا جمالی"
    assert not any(fired for _, fired in found)
    assert found[1][0] != "رضا جمالی"
