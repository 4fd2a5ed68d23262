"""Telegram posts (issue 13): a source's label over a speaker line of its own yields no quote.

A speaker line alone on its line («منابع رسمی:», «خبرگزاری نمونه:», «X پیام Y را منتشر کرد:») over a line that opens
with a speaker line of its own (an entity or a speaker head before its colon) names where the channel took the
statement from: the statement is the inner speaker's (``cue:headline-entity`` there), not the label's. A label
(«خبر فوری:») or a clause with a verb before the inner colon leaves the outer speaker's quote. A headline quote
whose speaker the body quotes again under a fuller name («سپاه: …» over «روابط‌عمومی سپاه: …») restates it, unless
the body uses hardly any of its words (a preview cut off before it says what the headline does).

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from .posts import signed_post_quotes as quotes
from .posts import signed_post_quotes_with_evidence

STATEMENT = "بامداد امروز دو نقطه در حاشیه شهر نمونه هدف حمله قرار گرفت."


@pytest.mark.parametrize("label, speaker", [
    ("منابع رسمی:", "معاون استاندار گیلان"),
    ("خبرگزاری نمونه:", "سخنگوی شهرداری تبریز"),
    ("پیام‌های دریافتی از شهر نمونه\nسلام وحید جان صدای انفجار آمد\nمنابع رسمی:", "سخنگوی شهرداری تبریز"),
])
def test_the_statement_under_a_source_label_is_the_inner_speaker_s(either_nlp, label: str, speaker: str) -> None:
    said = quotes(either_nlp, f"{label}\n{speaker}: {STATEMENT}")
    assert (speaker, STATEMENT) in said
    assert all(who == speaker for who, _ in said)


@pytest.mark.parametrize("inner", [
    "خبر فوری: " + STATEMENT,  # a label, not a speaker
    "ترامپ سه گزینه پیش رو دارد: توافق، محاصره یا حمله نظامی.",  # a clause with a verb before the colon
])
def test_the_outer_speaker_keeps_a_statement_with_a_colon_of_its_own(either_nlp, inner: str) -> None:
    said = quotes(either_nlp, "نتانیاهو:\n" + inner + "\nما هم همین را می‌خواهیم.")
    assert said and said[0][0] == "نتانیاهو" and said[0][1].startswith(inner.split(":")[0])


BODY_BY_FULL_NAME = "🔹\nروابط‌عمومی سپاه: رزمندگان ما امروز دو پایگاه دشمن را در مرز جنوبی هدف قرار دادند.\n🔹\n" \
                    "این عملیات تا ساعاتی پیش ادامه داشت."


@pytest.mark.parametrize("headline", [
    "سپاه: دو پایگاه دشمن در مرز جنوبی هدف قرار گرفت",  # the body's words
    "سپاه: پاسخ ما به هر تجاوزی قاطع خواهد بود",  # words of its own over a whole body (not cut off): restated too
])
def test_a_headline_quote_the_body_quotes_again_by_a_fuller_name_is_no_second_quote(either_nlp, headline) -> None:
    said = quotes(either_nlp, headline + "\n" + BODY_BY_FULL_NAME)
    assert [who for who, _ in said] == ["روابط‌عمومی سپاه"]


TRUNCATED_BODY = "🔹\nاطلاعیۀ شمارۀ ۴ سپاه: ملت شریف ایران، ارتش متجاوز که شب گذشته با انتشار ادعاهای خود در…"


def test_a_headline_quote_whose_words_the_body_does_not_use_is_a_quote_of_its_own(either_nlp) -> None:
    """Golden: the body, cut off, quotes the same speaker but says none of the headline's words: both quotes."""
    said = quotes(either_nlp, "سپاه: انبارهای سوخت و مرکز فرماندهی ناوگان دشمن در بندر نمونه کوبیده شد\n"
                              + TRUNCATED_BODY)
    assert said[0] == ("سپاه", "انبارهای سوخت و مرکز فرماندهی ناوگان دشمن در بندر نمونه کوبیده شد")
    assert [who for who, _ in said] == ["سپاه", "سپاه"]


def test_a_headline_quote_that_shares_most_words_with_a_cut_off_body_still_restates_it(either_nlp) -> None:
    """Negative: the headline's words are the body's (a restatement), however the body ends."""
    said = quotes(either_nlp, "سپاه: ارتش متجاوز ادعاهای خود را شب گذشته منتشر کرد\n" + TRUNCATED_BODY)
    assert [content for _, content in said] == [
        "ملت شریف ایران، ارتش متجاوز که شب گذشته با انتشار ادعاهای خود در…"]


def test_a_headline_quote_by_another_speaker_than_the_body_s_stays(either_nlp) -> None:
    said = quotes(either_nlp, "وزیر دفاع: پاسخ ما به هر تجاوزی قاطع خواهد بود\n" + BODY_BY_FULL_NAME)
    assert [who for who, _ in said] == ["وزیر دفاع", "روابط‌عمومی سپاه"]


@pytest.mark.parametrize("line, speaker, statement", [
    ("ادعای منابع ترکیه‌ای: دو کشتی باری امشب از تنگه عبور خواهند کرد",
     "منابع ترکیه‌ای", "دو کشتی باری امشب از تنگه عبور خواهند کرد"),
    ("گزارش NYT: بانک مرکزی نرخ بهره را برای سومین بار کاهش داد",
     "NYT", "بانک مرکزی نرخ بهره را برای سومین بار کاهش داد"),
])
def test_a_medium_word_before_an_unnamed_owner_gives_the_owner_s_quote(either_nlp, line, speaker, statement) -> None:
    ((who, said, evidence),) = signed_post_quotes_with_evidence(either_nlp, line)
    assert (who, said) == (speaker, statement)
    assert "cue:headline-medium" in evidence


def test_an_unnamed_owner_s_post_is_its_first_sentence_not_what_others_told_him(either_nlp) -> None:
    said = quotes(either_nlp, "پست خبرنگار شبکه نمونه، ترجمه ماشین:\n"
                              "امشب با وزیر دفاع صحبت کردم و او از جلسه بیرون آمد.\n"
                              "وزیر دفاع به من گفت که نیروهای ما تا پایان هفته از مرز عقب می‌نشینند.")
    assert said[0] == ("خبرنگار شبکه نمونه", "امشب با وزیر دفاع صحبت کردم و او از جلسه بیرون آمد.")
    assert ("وزیر دفاع", "نیروهای ما تا پایان هفته از مرز عقب می‌نشینند.") in said


@pytest.mark.parametrize("line", [
    "گزارش تصویری: دو کشتی باری امشب از تنگه عبور خواهند کرد",  # no owner: a label
    "واکنش تند به این خبر: دو کشتی باری امشب از تنگه عبور خواهند کرد",  # no head, no Latin name
])
def test_a_medium_word_before_no_owner_gives_no_quote(either_nlp, line) -> None:
    assert quotes(either_nlp, line) == []


def test_an_unnamed_owner_relaying_another_s_words_gives_no_quote_of_his_own(either_nlp) -> None:
    said = quotes(either_nlp, "پست خبرنگار شبکه نمونه، ترجمه ماشین:\n"
                              "وزیر دفاع به من گفت که نیروهای ما تا پایان هفته از مرز عقب می‌نشینند.")
    assert said and all(who != "خبرنگار شبکه نمونه" for who, _ in said)
