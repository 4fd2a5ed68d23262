"""The lead-in pattern's dateline pre-check: the same matches as the pattern with both datelines, at every start;
the lead-in ends a view keeps: the same as read afresh."""

from __future__ import annotations

import pytest

from persianews.quotes.context import View
from persianews.quotes.lead_ins import skip_lead_in
from persianews.text.lead_ins import _lead_in, _lead_ins, lead_in_end

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
    full = _lead_ins(True, True)
    for start in range(len(text)):
        for limit in range(start, len(text) + 1):
            expected = full.match(text, start, limit)
            got = _lead_in(text, start, limit).match(text, start, limit)
            assert (got and got.span()) == (expected and expected.span()), (start, limit)


def test_no_dateline_where_no_dash_or_comma_follows() -> None:
    text = "وزیر کشور در این نشست گفت که کار تمام است و دیگر هیچ کاری نمانده است"
    assert _lead_in(text, 0, len(text)) is _lead_ins(False, False)


def test_lead_in_ends_kept_by_the_view_are_those_read_afresh(nlp) -> None:
    """Every (start, limit) asked twice gives the uncached reading, which the view keeps under that key."""
    view = View.of(nlp("به گزارش خبرنگار ما، دو روز پیش نیز وزیر کشور گفت که کار تمام است.\n"
                       "تهران - خبرگزاری - سخنگو اعلام کرد که جلسه لغو شد."))
    text = view.text
    for start in range(0, len(text), 3):
        for limit in (len(text), min(len(text), start + 20)):
            expected = lead_in_end(text, start, limit)
            assert skip_lead_in(view, start, limit) == skip_lead_in(view, start, limit) == expected
            assert view.lead_in_ends[start, limit] == expected
