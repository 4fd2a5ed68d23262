"""Officials (issue 13, round 25): «TITLE، NAME» within a clause is an apposition whatever follows the name
(… که نخست‌وزیر سابق لبنان، سعد حریری در رأس آن …), but not a title that closes an adverbial phrase opening its
sentence (در دیدار با وزیر خارجه آمریکا، X گفت: X is the next clause's subject). Golden cases and what must
not link, both pipelines and both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, pairs


@pytest.mark.parametrize("text, person, title", [
    ("وی عضو فراکسیونی است که نخست‌وزیر سابق لبنان، سعد حریری در رأس آن قرار دارد.",
     "سعد حریری", "نخست‌وزیر سابق لبنان"),
    ("این طرح برای تصویب به رئیس‌جمهور فرانسه، امانوئل مکرون تحویل داده شده است.",
     "امانوئل مکرون", "رئیس‌جمهور فرانسه"),
    ("او از مقامات خواست به احترام نخست‌وزیر عراق، حیدر العبادی و برای جلب حمایت صبر کنند.",
     "حیدر العبادی", "نخست‌وزیر عراق"),
])
def test_a_title_within_a_clause_names_the_name_after_its_comma(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, person, title", [
    ("در دیدار با وزیر خارجه آمریکا، سرگئی لاوروف گفت که گفتگوها ادامه دارد.", "سرگئی لاوروف", "وزیر خارجه آمریکا"),
    ("پس از سخنرانی رئیس‌جمهور فرانسه، آنگلا مرکل به برلین بازگشت.", "آنگلا مرکل", "رئیس‌جمهور فرانسه"),
    ("سخنگوی دولت: با حکم رئیس‌جمهور، حسن کاظمی به‌عنوان دبیر شورا منصوب شد.", "حسن کاظمی", "رئیس‌جمهور"),
])
def test_a_title_closing_an_opening_phrase_does_not_name_the_next_subject(every_nlp, text, person, title):
    doc = every_nlp(text)
    # both are found: only their pairing is refused
    assert {(e.label, key(e.text)) for e in doc.entities} >= {("PERSON", key(person)), ("TITLE", key(title))}
    assert not pairs((person, title)) & officials(doc)


def test_a_list_of_names_each_before_its_title_is_not_read_across_the_commas(every_nlp):
    doc = every_nlp("در این مراسم علی رضوانی دبیر جشنواره فیلم کودک، حسن کاویانی مدیرعامل بنیاد سینمایی فارابی و "
                    "جمعی از هنرمندان حضور داشتند.")
    found = officials(doc)
    # each name holds the title after it, not the one before its «،»
    assert pairs(("علی رضوانی", "دبیر جشنواره فیلم کودک"), ("حسن کاویانی", "مدیرعامل بنیاد سینمایی فارابی")) <= found
    assert not pairs(("حسن کاویانی", "دبیر جشنواره فیلم کودک")) & found
