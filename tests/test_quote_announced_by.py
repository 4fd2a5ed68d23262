"""«با اعلام X، …» (issue 13, missed quotes): an announcement by a named source opening right after the phrase
is X's report of the rest of the sentence; a topic («با اعلام آمادگی …»), a participial clause («با اعلام اینکه
…») and a time («همزمان با اعلام X، …») are not. Both pipelines, news and posts; the examples are invented."""

from __future__ import annotations

import pytest

from .quote_rows import quote_rows as quotes


@pytest.mark.parametrize("text, content, speaker", [
    ("با اعلام وزارت بهداشت، ورود مسافران بدون کارت واکسن از شنبه ممنوع شد.",
     "ورود مسافران بدون کارت واکسن از شنبه ممنوع شد.", "وزارت بهداشت"),
    ("با اعلام سازمان هواشناسی، بارش برف در جاده‌های شمالی تا فردا ادامه دارد.",
     "بارش برف در جاده‌های شمالی تا فردا ادامه دارد.", "سازمان هواشناسی"),
])
def test_an_announcement_by_a_named_source_is_its_report(every_nlp, text, content, speaker):
    found = [q for q in quotes(every_nlp(text)) if q[2] == "cue:according-to"]
    assert [(q[0], q[1], q[3]) for q in found] == [(content, "با اعلام", speaker)]


def test_a_club_named_after_its_type_word_is_the_source(every_nlp):
    text = "با اعلام باشگاه ذوب‌آهن، با امضای قراردادی دوساله، رضا کریمی هافبک فصل گذشته ملوان به این تیم پیوست."
    found = [q for q in quotes(every_nlp(text)) if q[2] == "cue:according-to"]
    assert [q[:2] for q in found] == [
        ("با امضای قراردادی دوساله، رضا کریمی هافبک فصل گذشته ملوان به این تیم پیوست.", "با اعلام")]
    assert found[0][3] is not None and found[0][3].endswith("آهن")


@pytest.mark.parametrize("text, kept", [
    # a topic before the entity: the position or readiness announced, no one's report
    ("با اعلام موضع وزارت خارجه در این باره، وضعیت مذاکرات روشن شد. سخنگو گفت: گفت‌وگوها ادامه دارد.",
     "گفت‌وگوها ادامه دارد."),
    ("با اعلام آمادگی کامل ارتش، مانور بزرگ از صبح امروز آغاز شد. فرمانده گفت: نیروها آماده‌اند.",
     "نیروها آماده‌اند."),
    # a time: what happened as X announced, not X's words
    ("همزمان با اعلام وزارت آموزش و پرورش، مدارس استان بسته شدند. استاندار گفت: تعطیلی دو روز است.",
     "تعطیلی دو روز است."),
    ("هم\u200cزمان با اعلام سازمان هواشناسی، مدارس شهر تعطیل شدند. فرماندار گفت: کلاس‌ها مجازی است.",
     "کلاس‌ها مجازی است."),  # the word with a joiner, or a space, is the same time word
    ("هم زمان با اعلام وزارت نیرو، خاموشی‌ها آغاز شد. مدیر گفت: برنامه قطع برق اعلام می‌شود.",
     "برنامه قطع برق اعلام می‌شود."),
    ("مصادف با اعلام سازمان هواپیمایی، بلیت پرواز گران شد. مدیر گفت: نرخ تازه از شنبه است.",
     "نرخ تازه از شنبه است."),
    # a participial clause: its subject is no source of the sentence after it
    ("با اعلام اینکه وزارت نیرو آماده است، مدیر گفت: برق قطع نمی‌شود.", "برق قطع نمی‌شود."),
    # no one named: the announcement of a result
    ("با اعلام نتایج انتخابات، شهر آرام است. فرماندار گفت: مردم آرامش دارند.", "مردم آرامش دارند."),
])
def test_a_topic_a_time_or_a_clause_after_ba_elam_is_no_source(every_nlp, text, kept):
    found = quotes(every_nlp(text))
    assert "با اعلام" not in [q[1] for q in found if q[2] == "cue:according-to"]
    assert kept in [q[0] for q in found]
