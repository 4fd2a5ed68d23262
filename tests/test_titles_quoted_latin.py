"""Titles (issue 13, round 26): a company's Latin name in quotes after a title's organisation is within the title,
quotes and all (مدیر ارشد بخش تحقیقات شرکت داروسازی "Novalis"), as the unquoted name is. Golden cases and what
must not grow, both pipelines and both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, pairs, titles


@pytest.mark.parametrize("text, person, title", [
    ('کریستین هافمن مدیر ارشد بخش تحقیقات شرکت داروسازی"Novalis" با اعلام نتایج آزمایش اظهار کرد: دارو مؤثر است.',
     "کریستین هافمن", 'مدیر ارشد بخش تحقیقات شرکت داروسازی"Novalis"'),
    ("کریستین هافمن، مدیرعامل شرکت آلمانی «Novalis»، گفت که تولید واکسن آغاز شده است.",
     "کریستین هافمن", "مدیرعامل شرکت آلمانی «Novalis»"),
])
def test_a_quoted_latin_company_name_is_within_the_title(every_nlp, text, person, title):
    doc = every_nlp(text)
    assert key(title) in titles(doc)
    assert pairs((person, title)) <= officials(doc)


def test_a_quoted_latin_word_after_a_named_company_is_no_part_of_the_title(every_nlp):
    # the company has its name: the Latin word is a product's
    doc = every_nlp("کریستین هافمن، مدیرعامل شرکت مایکروسافت «Windows» جدید را معرفی کرد.")
    assert key("مدیرعامل شرکت مایکروسافت") in titles(doc)
    assert not {t for t in titles(doc) if "windows" in t.lower()}
