"""The pluperfect and the bare participle of the verbs of judging «دانست» and «خواند» (``… را بعید دانسته بود``,
``… را خطرناک خوانده و …``) in the frame «X را Y دانست» (rule ``cue:indirect-deem``); both pipelines, both readers."""

from __future__ import annotations

import pytest


def deem(doc) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker) of each deem quote."""
    return [(q.content.text, q.cue.text, q.speaker) for q in doc.quotes if q.evidence[0] == "cue:indirect-deem"]


@pytest.mark.parametrize("text, expected", [
    ("سخنگوی وزارت کشور برگزاری انتخابات در موعد مقرر را بعید دانسته بود.",
     ("برگزاری انتخابات در موعد مقرر را بعید", "دانسته بود", "سخنگوی وزارت کشور")),
    # the bare participle conjoined with the next verb («… خوانده و …», «… دانسته و …»)
    ("سخنگوی وزارت خارجه این طرح را «نمایشی تبلیغاتی» خوانده و از تحریم‌ها انتقاد کرده است.",
     ("این طرح را «نمایشی تبلیغاتی»", "خوانده", "سخنگوی وزارت خارجه")),
    ("سخنگوی دولت حفظ آرامش بازار را مهم‌ترین وظیفه دستگاه‌ها دانسته و خواستار همکاری مردم شد.",
     ("حفظ آرامش بازار را مهم‌ترین وظیفه دستگاه‌ها", "دانسته", "سخنگوی دولت")),
])
def test_the_pluperfect_and_participle_of_a_verb_of_judging_report(every_nlp, text, expected):
    assert expected in deem(every_nlp(text))


@pytest.mark.parametrize("text, found", [
    # an object with no predicate before the participle: read, no judgement; the colon quote after it is found
    ("سخنگوی دولت متن نامه را خوانده و گفت: پاسخ دولت آماده است.", "پاسخ دولت آماده است."),
    # «دانسته» as a noun phrase's participle after «را» and a verb: no predicate of its own
    ("سخنگوی دولت این خبر را شنیده و دانسته و گفت: پاسخ دولت آماده است.", "پاسخ دولت آماده است."),
])
def test_an_object_with_no_predicate_before_the_participle_is_no_judgement(every_nlp, text, found):
    doc = every_nlp(text)
    assert deem(doc) == []
    assert found in [q.content.text for q in doc.quotes]


def test_the_participle_paired_with_its_negation_is_an_adverb(every_nlp):
    # «دانسته و نادانسته» (knowingly or not) after an object far back: no judgement; the next sentence's is one
    doc = every_nlp("با این کار که قهرمانان را بر شاعران ترجیح دهیم، آیا کمکی کرده‌ایم یا دانسته و نادانسته دست به "
                    "تخریب زده‌ایم؟ سخنگوی انجمن این طرح را خطرناک دانسته بود.")
    assert deem(doc) == [("این طرح را خطرناک", "دانسته بود", "سخنگوی انجمن")]


@pytest.mark.parametrize("text", [
    # an auxiliary after the bare participle: the passive, another person's pluperfect, the future passive
    "وزیر گفت: این زندانیان امنیتی خوانده می‌شوند و عفو شامل آنها نمی‌شود. ما آن را نپذیرفتیم.",
    "وزیر گفت: خبری را که دیروز خوانده بودم باور نکردم. ما آن را نپذیرفتیم.",
    "وزیر گفت: این کتاب را بعدها خوانده خواهد شد و نقد می‌کنند. ما آن را نپذیرفتیم.",
])
def test_a_bare_participle_before_an_auxiliary_is_no_cue(every_nlp, text):
    # the statement runs on over the participle: no judgement cuts it
    doc = every_nlp(text)
    assert deem(doc) == []
    assert [q.content.text for q in doc.quotes] == [text.partition(": ")[2]]
