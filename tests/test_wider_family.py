"""A kinship noun of the wider family before a person's name names the relative, who speaks, not the person (round
28, issue 13: wrong speakers; ``speaker:words-relative-of-name``: «خاله NAME گفت», «عموی NAME …»). Examples written
for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str | None, list[str]]]:
    return [(q.speaker, [rule for rule in q.evidence if rule.startswith(("subject:", "speaker:"))])
            for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("پرونده مهسا کریمی هنوز باز است. خاله مهسا کریمی هم در این باره گفته است: «ما او را آرام کردیم و قرار بود "
     "به خانه برگردد.»", "خاله مهسا کریمی"),
    ("درباره فرار ساناز رحیمی روایت‌های زیادی هست. مادربزرگ ساناز رحیمی در گفت‌وگویی گفت: «ما از همه جا بی‌خبر "
     "بودیم.»", "مادربزرگ ساناز رحیمی"),
    ("پس از حادثه، عموی بهرام نادری به خبرنگار ما گفت که خانواده هنوز منتظر خبر است.", "عموی بهرام نادری"),
])
def test_a_relative_of_the_wider_family_speaks(every_nlp, text, speaker):
    found = speakers(every_nlp(text))
    assert [name for name, _ in found] == [speaker]
    assert "speaker:words-relative-of-name" in found[0][1]


@pytest.mark.parametrize("text, speaker", [
    # the person named speaks: no kinship noun before the name
    ("پرونده مهسا کریمی هنوز باز است. مهسا کریمی هم در این باره گفته است: «ما او را آرام کردیم.»", "مهسا کریمی"),
    # a kinship noun after the name, in apposition: the person named speaks
    ("ساناز رحیمی، نوه این هنرمند، در گفت‌وگویی گفت: «ما از همه جا بی‌خبر بودیم.»", "ساناز رحیمی"),
])
def test_no_relative_where_the_person_named_speaks(every_nlp, text, speaker):
    found = speakers(every_nlp(text))
    assert [name for name, _ in found] == [speaker]
    assert "speaker:words-relative-of-name" not in found[0][1]
