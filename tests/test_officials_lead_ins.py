"""Officials (issue 13, round 30): a sentence's first person or title after lead-ins with no closing mark and no
report's source (البته, همچنین, اخیرا, چندی پیش, این در حالی است که …) is its subject for succession, joined only to
the subject of the sentence next to it."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold

from .test_officials_holders import FILLER, pairs
from .test_officials_titles import officials


@pytest.mark.parametrize("text, pair", [
    ("البته سخنگوی سازمان بنادر نسبت به این گزارش واکنش نشان داد.\nکاظمی درباره علت تاخیر گفت: کشتی‌ها رسیده‌اند.",
     ("کاظمی", "سخنگوی سازمان بنادر")),
    ("همچنین معاون عمرانی استانداری گیلان در این نشست گفت: جاده‌ها باز است.\nمهدی نوروزی افزود: برف ادامه دارد.",
     ("مهدی نوروزی", "معاون عمرانی استانداری گیلان")),
    ("اخیرا رضا کرمانی در گفت‌وگویی به بررسی بازار پرداخت.\nوزیر صنعت معتقد است قیمت‌ها پایین می‌آید.",
     ("رضا کرمانی", "وزیر صنعت")),
    ("چندی پیش سخنگوی ستاد تنظیم بازار گفت: کالاها توزیع شد.\nحسن یزدانی تاکید کرد: نگرانی نیست.",
     ("حسن یزدانی", "سخنگوی ستاد تنظیم بازار")),
    ("این در حالی است که محمد رضایی گفت بودجه کافی نیست.\nنماینده مردم شیراز افزود: باید بازنگری شود.",
     ("محمد رضایی", "نماینده مردم شیراز")),
])
def test_a_subject_after_lead_ins_joins_the_next_sentences_subject(either_nlp, text, pair):
    assert pairs(pair) <= officials(either_nlp(text))


def test_a_subject_after_lead_ins_joins_no_subject_two_sentences_on(either_nlp):
    doc = either_nlp("همچنین معاون عمرانی استانداری گیلان در این نشست گفت: جاده‌ها باز است.\n" + FILLER
                     + "مهدی نوروزی افزود: برف ادامه دارد.")
    assert not officials(doc)
    assert {fold(e.text).replace(" ", "") for e in doc.entities if e.label in ("PERSON", "TITLE")} >= {
        fold("مهدی نوروزی").replace(" ", ""), fold("معاون عمرانی استانداری گیلان").replace(" ", "")}


def test_a_title_with_a_comma_closed_opening_still_reaches_a_name_two_sentences_on(either_nlp):
    doc = either_nlp("در این نشست، معاون عمرانی استانداری گیلان گفت: جاده‌ها باز است.\n" + FILLER
                     + "مهدی نوروزی افزود: برف ادامه دارد.")
    assert officials(doc) == pairs(("مهدی نوروزی", "معاون عمرانی استانداری گیلان"))


def test_a_name_after_a_report_phrase_and_a_time_joins_no_title(either_nlp):
    # «به گزارش …، سه روز قبل X …»: the name a report turns to is no holder of the title before it
    doc = either_nlp("رئیس باشگاه نفت تهران شایعه را رد کرد.\nبه گزارش ایسنا، سه روز قبل حسن یزدانی تولد خود را جشن گرفت.")
    assert not officials(doc)
    assert {fold(e.text).replace(" ", "") for e in doc.entities if e.label in ("PERSON", "TITLE")} >= {
        fold("حسن یزدانی").replace(" ", ""), fold("رئیس باشگاه نفت تهران").replace(" ", "")}
