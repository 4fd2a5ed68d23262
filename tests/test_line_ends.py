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
