"""Descriptions kept whole up to their place and their group (round 17, q17-names): an indefinite description or
a partitive placed by «در» and a place (`speaker:words-generic`), an adjective of residence and its complement
(`subject:words-complement`), and the partitives «یکی دیگر از», «دو تن از» and a group with a demonstrative
(«یکی از کارکنان سابق این شرکت»: `speaker:words-partitive`). Examples written for these tests; both pipelines,
both readers."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


def evidence(doc) -> list[str]:
    return [code for q in doc.quotes for code in q.evidence]


@pytest.mark.parametrize("text, speaker, code", [
    # «در» and a place the gazetteer knows place the description
    ("منابع محلی در اهواز گزارش دادند که صدای چند انفجار شنیده شده است.", "منابع محلی در اهواز",
     "speaker:words-group"),
    ("یک منبع ارشد در تهران گفت که گفت‌وگوها هفته آینده ادامه می‌یابد.", "یک منبع ارشد در تهران",
     "speaker:words-generic"),
    ("یکی از پزشکان در اصفهان گفت که بیمارستان‌ها پر شده‌اند.", "یکی از پزشکان در اصفهان",
     "speaker:words-partitive"),
    # an adjective of residence takes its complement
    ("یکی از رانندگان ساکن در کرج می‌گوید: جاده‌ها هنوز بسته است.", "یکی از رانندگان ساکن در کرج",
     "subject:words-complement"),
    # «یکی دیگر از», a count of people
    ("یکی دیگر از معلمان می‌گوید: کلاس‌ها باید زودتر شروع شود.", "یکی دیگر از معلمان",
     "speaker:words-partitive"),
    ("سه تن از کشاورزان گفتند که آب به مزرعه‌ها نرسیده است.", "سه تن از کشاورزان", "speaker:words-partitive"),
    # a demonstrative inside the group
    ("یکی از کارکنان سابق این کارخانه گفت که حقوق‌ها ماه‌ها پرداخت نشده است.",
     "یکی از کارکنان سابق این کارخانه", "speaker:words-partitive"),
])
def test_a_description_is_kept_whole(every_nlp, text, speaker, code):
    doc = every_nlp(text)
    assert speakers(doc) == [speaker]
    assert code in evidence(doc)


@pytest.mark.parametrize("text, expected", [
    # «در» before no place: an adverbial, not the description's
    ("یک مقام آگاه در این زمینه گفت که قرارداد امضا می‌شود.", ["یک مقام آگاه"]),
    # a place after «در» does not place a name
    ("حمید مرادخانی در تهران گفت که قرارداد امضا می‌شود.", ["حمید مرادخانی"]),
    # the demonstrative opens an object: the words up to «را» are not the speaker's
    ("یکی از کشاورزان این طرح را ناقص دانست و گفت که آب کافی نیست.", ["یکی از کشاورزان"] * 2),
    # … also where the cue's object ends the clause before «را» (a deeming verb, a verb of its object)
    ("یکی از کشاورزان این طرح را ناقص دانست.", ["یکی از کشاورزان"]),
    ("بسیاری از کشاورزان این کمبود آب را تأیید کرده‌اند.", ["بسیاری از کشاورزان"]),
    # nor a time: «این هفته»
    ("یکی از کشاورزان این هفته گفت که آب کافی نیست.", ["یکی از کشاورزان"]),
    # «دیگر» with no «از» after it is no partitive
    ("یکی دیگر گفت که آب کافی نیست.", ["یکی دیگر"]),
])
def test_no_description_runs_on(every_nlp, text, expected):
    assert speakers(every_nlp(text)) == expected
