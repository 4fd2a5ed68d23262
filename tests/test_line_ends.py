"""Lines that end in a compound preposition (``persianews.text.line_ends``): written examples."""

from __future__ import annotations

import pytest

from persianews.text.line_ends import ends_in_compound_preposition


@pytest.mark.parametrize("line", ["اسرائیل اطلاعاتی در اختیار", "حمله به کشتی ما در نزدیکی", "پل محور به‌سمت",
                                  "ایالات متحده از این پس به عنوان ", "حمله مشترک از سوی"])
def test_a_simple_preposition_and_its_noun_end_the_line(line):
    assert ends_in_compound_preposition(line)


@pytest.mark.parametrize("line", ["انفجارهای پی در پی", "او در سمت خود ماند", "اختیار", "",
                                  "کارشناسان برابر", "ایران و آمریکا در برابر هم", "نزدیکی"])
def test_other_line_ends_are_none(line):
    assert not ends_in_compound_preposition(line)


def test_the_end_position_lets_the_word_boundary_see_before_the_tail():
    """Read inside a longer text up to ``end``: a preposition glued to the word before it is no preposition."""
    text = "گروه‌های مسلح‌در اختیار" + " و باقی متن"
    end = text.index(" و باقی")
    assert ends_in_compound_preposition("در اختیار" + " و باقی", len("در اختیار"))
    assert not ends_in_compound_preposition(text, end)
