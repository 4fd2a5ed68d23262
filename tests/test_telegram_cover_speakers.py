"""Telegram posts (issue 13): speaker lines whose speaker is an outlet behind a cover word, or whose colon is a «؛»
or a dash.

«جلد جدید مجله X: …», «تیتر روزنامه X: …»: the outlet speaks, not the cover word (``cue:headline-cover``).
«نماینده X؛ …», «رویترز - …»: a title or an organisation that opens its line, then «؛» or a dash in place of the
colon, then a statement with a verb (``cue:headline-separator``).

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from .posts import signed_post_quotes_with_evidence


def _quotes(nlp, text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(speaker, content, [code for code in evidence if code.startswith("cue:")])
            for speaker, content, evidence in signed_post_quotes_with_evidence(nlp, text)]


@pytest.mark.parametrize("line, speaker, statement", [
    ("جلد جدید مجله آینده: چگونه بازار مسکن در پایتخت دوباره داغ شد", "مجله آینده",
     "چگونه بازار مسکن در پایتخت دوباره داغ شد"),
    ("جلد امروز روزنامه همشهری: «شهر برای همه است»", "روزنامه همشهری", "«شهر برای همه است»"),
    ("تیتر روزنامه کیهان: دولت باید پاسخگوی گرانی‌ها باشد", "روزنامه کیهان", "دولت باید پاسخگوی گرانی‌ها باشد"),
])
def test_the_outlet_behind_a_cover_word_speaks(either_nlp, line: str, speaker: str, statement: str) -> None:
    assert _quotes(either_nlp, line) == [(speaker, statement, ["cue:headline-cover"])]


def test_a_cover_word_alone_or_before_no_outlet_names_no_outlet(either_nlp) -> None:
    """Negative: «تیتر:» alone is a label; «جلد دوم کتاب» names no outlet (the line is read as before)."""
    assert _quotes(either_nlp, "تیتر: دولت باید پاسخگوی گرانی‌ها باشد") == []
    said = _quotes(either_nlp, "جلد دوم کتاب: داستان‌های کوتاه از شهرهای شمالی کشور")
    assert [(speaker, cues) for speaker, _, cues in said] == [("جلد دوم کتاب", ["cue:headline-short-name"])]


@pytest.mark.parametrize("post, speaker, statement", [
    ("نماینده اصفهان؛ دولت باید پیش از امضای هر توافقی گزارش کاملی به مجلس بدهد.", "نماینده اصفهان",
     "دولت باید پیش از امضای هر توافقی گزارش کاملی به مجلس بدهد."),
    ("🚨\nایسنا - دولت قصد دارد بودجه عمرانی استان‌های مرزی را تا پایان سال دو برابر کند.", "ایسنا",
     "دولت قصد دارد بودجه عمرانی استان‌های مرزی را تا پایان سال دو برابر کند."),
    ("سخنگوی وزارت بهداشت — «واکسن جدید تا پایان ماه به همه استان‌ها می‌رسد.»", "سخنگوی وزارت بهداشت",
     "«واکسن جدید تا پایان ماه به همه استان‌ها می‌رسد.»"),
])
def test_a_separator_after_a_title_or_organisation_opens_its_statement(either_nlp, post: str, speaker: str,
                                                                      statement: str) -> None:
    assert _quotes(either_nlp, post) == [(speaker, statement, ["cue:headline-separator"])]


@pytest.mark.parametrize("post", [
    "وزیر خارجه؛ سفر به پکن و دیدار با همتای چینی",  # a kicker: no verb after the «؛»
    "ترامپ؛ مردی که قواعد بازی را در کاخ سفید تغییر داد و همه را شگفت‌زده کرد.",  # a person described
    "ایران؛ کشوری که در سال‌های اخیر بیشترین رشد را در صنعت گردشگری داشته است.",  # a place described
    "امروز در جلسه علنی، نماینده اصفهان؛ دولت باید پیش از امضای هر توافقی گزارش بدهد.",  # not at the line start
    "نتیجه نظرسنجی رویترز - ایپسوس نشان می‌دهد محبوبیت رئیس‌جمهور کاهش یافته است.",  # a dash mid-line
    "گوگل — ساندار پیچای (حضورش هنوز قطعی نیست)\nمایکروسافت — ساتیا نادلا",  # a list: the verb is in brackets
])
def test_no_separator_quote_without_a_speaker_opening_the_line_and_a_verb_after_it(either_nlp, post: str) -> None:
    """Negative: none of these is a quote; a speaker line with a colon beside it is still found."""
    assert _quotes(either_nlp, post) == []
    said = _quotes(either_nlp, post + "\nسخنگوی دولت: این سفر با هدف گسترش همکاری‌های اقتصادی انجام می‌شود.")
    assert [speaker for speaker, _, _ in said] == ["سخنگوی دولت"]


def test_an_outlet_that_relays_another_speaker_s_words_is_no_separator_speaker(either_nlp) -> None:
    """Negative: a verb of saying in the statement names its real speaker; the outlet before the dash is none."""
    said = _quotes(either_nlp, "ایرنا — «دولت تا پایان هفته بسته حمایتی تازه را اعلام می‌کند»، یک مقام دولتی گفت."
                               "\nسخنگوی دولت: این بسته از ماه آینده به حساب خانوارها واریز می‌شود.")
    assert "ایرنا" not in [speaker for speaker, _, _ in said]
    assert "سخنگوی دولت" in [speaker for speaker, _, _ in said]
