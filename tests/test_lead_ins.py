"""The lead-in pattern's dateline pre-check: the same matches as the pattern with both datelines, at every start."""

from __future__ import annotations

import pytest

from persianews.quotes.lead_ins import _LEAD_INS, _lead_in

_TEXTS = (
    "تهران - خبرگزاری - وزیر گفت که کار تمام است.",
    "تهران-ایرنا- سخنگو اعلام کرد که جلسه لغو شد.",
    "شهر بزرگ   \n — آژانس — مدیر گفت: نه.",
    "دبی، ۱۲ مهر، خبرگزاری — رئیس گفت که آماده‌ایم.",
    "شهر، استان —  نماینده گفت که رای می‌دهد.",
    "ا" * 25 + " " + "ب" * 25 + "      - آژانس - متن",
    "ا" * 25 + " " + "ب" * 25 + "   ، جا   — متن",
    "ا" * 26 + " - آژانس - متن",
    "به گزارش خبرنگار ما، وزیر گفت که کار تمام است و دیگر هیچ کاری نمانده است.",
    "وزیر کشور در این نشست گفت که کار تمام است، اما کارهای دیگری مانده — و باید انجام شود.",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_dateline_precheck_keeps_every_match(text: str) -> None:
    full = _LEAD_INS[True, True]
    for start in range(len(text)):
        for limit in range(start, len(text) + 1):
            expected = full.match(text, start, limit)
            got = _lead_in(text, start, limit).match(text, start, limit)
            assert (got and got.span()) == (expected and expected.span()), (start, limit)


def test_no_dateline_where_no_dash_or_comma_follows() -> None:
    text = "وزیر کشور در این نشست گفت که کار تمام است و دیگر هیچ کاری نمانده است"
    assert _lead_in(text, 0, len(text)) is _LEAD_INS[False, False]
