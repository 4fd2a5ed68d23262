"""Officials (issue 13, round 26): a name's Latin spelling in brackets after it stands aside in apposition
(«موشه کلاین» (Moshe Klein)، رئیس سازمان …: the name holds the title). Golden cases and what must not
link, both pipelines and both readers."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, pairs


@pytest.mark.parametrize("text, person, title", [
    ("«موشه کلاین» (Moshe Klein)، رئیس سازمان هواپیمایی اسرائیل، در گفت‌وگو با رسانه‌ها گفت که پروازها "
     "ادامه دارد.", "موشه کلاین", "رئیس سازمان هواپیمایی اسرائیل"),
    ("سارا میلر (Sarah Miller)، سخنگوی وزارت خارجه آمریکا، اعلام کرد که گفتگوها ادامه دارد.",
     "سارا میلر", "سخنگوی وزارت خارجه آمریکا"),
    ("پیش از این «جان رابرتز»(John Roberts)، رئیس شرکت ملی نفت کانادا در یک وبلاگ نوشت که قیمت‌ها بالا می‌رود.",
     "جان رابرتز", "رئیس شرکت ملی نفت کانادا"),
])
def test_a_latin_spelling_after_a_name_stands_aside_in_apposition(every_nlp, text, person, title):
    assert pairs((person, title)) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, person, title", [
    # the bracket holds more than a spelling: the title is not the name's
    ("سارا میلر (Sarah Miller) در دیدار با سخنگوی وزارت خارجه آمریکا، از برنامه‌ها گفت.",
     "سارا میلر", "سخنگوی وزارت خارجه آمریکا"),
    # «و» after the spelling joins two people
    ("دیروز «موشه کلاین» (Moshe Klein) و رئیس سازمان هواپیمایی اسرائیل در تل‌آویو دیدار کردند.",
     "موشه کلاین", "رئیس سازمان هواپیمایی اسرائیل"),
])
def test_a_latin_spelling_joins_no_name_to_a_title_further_on(every_nlp, text, person, title):
    doc = every_nlp(text)
    # both are found: only their pairing is refused
    assert {(e.label, key(e.text)) for e in doc.entities} >= {("PERSON", key(person)), ("TITLE", key(title))}
    assert not pairs((person, title)) & officials(doc)
