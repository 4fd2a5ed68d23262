"""Telegram layout (issue 13): where a copy separated by blank lines draws its post boundaries.

A blank line parts a post from the signature before it: a signature alone after one is a post of nothing but its
handle, and emoji lines signed by another handle are a post, not the trailer of the post before. Signatures right
under a signature, and handles with a word between them, stand inside a post when text follows them. A boundary
drawn wrong shifts every later post of the copy.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text

LONE_SIGNATURE = (
    "باغ گیاه‌شناسی شهر از فردا باز است\n@garden_news\n\n"
    "@garden_news\n\n"
    "شهردار نمونه: پارک جدید شهر تا پایان ماه افتتاح خواهد شد.\n@garden_news\n\n"
)
EMOJI_POST = (
    "شهرداری: آبیاری باغچه‌ها از فردا آغاز می‌شود.\n@garden_alerts\n\n"
    "😂\n🙌\n@garden_news\n\n"
    "شهردار نمونه: پارک جدید شهر تا پایان ماه افتتاح خواهد شد.\n@garden_news\n\n"
)
HANDLES_IN_TEXT = (
    "پیام‌های خود را به نشانی‌های\n@garden_desk\nو\n@garden_mail\nبفرستید.\n🌱\n@garden_news\n\n"
    "نشانی کانال دوم ما\n@garden_more\n@garden_more\nلینک صفحه باغ:\n@garden_news\n\n"
    "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n\n"
    "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n\n"
    "شهردار نمونه: پارک جدید شهر تا پایان ماه افتتاح خواهد شد.\n@garden_news\n\n"
)


def texts(copy: str) -> list[str]:
    return [post.text for post in read_telegram_text(copy, "posts.txt")]


def test_a_lone_signature_after_a_blank_line_is_a_post_of_its_own() -> None:
    assert texts(LONE_SIGNATURE) == ["باغ گیاه‌شناسی شهر از فردا باز است", "",
                                     "شهردار نمونه: پارک جدید شهر تا پایان ماه افتتاح خواهد شد."]


def test_emoji_lines_after_a_blank_line_are_a_post_not_a_trailer() -> None:
    first, second, third = read_telegram_text(EMOJI_POST, "posts.txt")
    assert first.text.endswith("آغاز می‌شود.") and first.metadata["channel"] == "garden_alerts"
    assert second.text == "😂\n🙌" and second.metadata["channel"] == "garden_news"
    assert third.text.startswith("شهردار نمونه:")


def test_handles_with_text_under_them_stay_inside_their_post() -> None:
    first, second, *rest = texts(HANDLES_IN_TEXT)
    assert first.startswith("پیام‌های خود") and first.endswith("🌱") and "@garden_mail" in first
    assert second.startswith("نشانی کانال دوم") and second.endswith("لینک صفحه باغ:")
    assert len(rest) == 3 and rest[-1].startswith("شهردار نمونه:")


def test_the_post_after_the_boundary_keeps_its_own_speaker(either_nlp) -> None:
    for copy in (LONE_SIGNATURE, EMOJI_POST, HANDLES_IN_TEXT):
        *before, last = (either_nlp(post) for post in read_telegram_text(copy, "posts.txt"))
        assert [(q.speaker, q.content.text) for q in last.quotes] == [
            ("شهردار نمونه", "پارک جدید شهر تا پایان ماه افتتاح خواهد شد.")]
        assert not any(q.speaker == "شهردار نمونه" for post in before for q in post.quotes)


def test_a_second_signature_and_a_trailer_with_no_blank_line_still_close_the_same_post() -> None:
    copy = ("باغ گیاه‌شناسی شهر از فردا باز است\n@garden_desk\n@garden_news\n\n"
            "گل‌های بهاری در پارک شهر کاشته شدند\n@garden_news\n#نظرسنجی\nنظرات\n@garden_polls\n\n"
            "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n\n")
    first, second, third = read_telegram_text(copy, "posts.txt")
    assert first.text == "باغ گیاه‌شناسی شهر از فردا باز است" and first.metadata["channel"] == "garden_news"
    assert second.text.endswith("نظرات") and third.text == "باغچه‌های شهر دوباره سبز شدند"


def test_a_long_run_of_signatures_one_under_another_is_read_once() -> None:
    """Hostile: thousands of signature lines one under another, then a post (each signature once passed over the run
    before; the run is now read once, backwards). Every line is read, and the posts around the run keep their text."""
    copy = "باغچه‌های شهر دوباره سبز شدند\n@garden_news\n\n" + "@garden_news\n" * 20_000 + "\n" + HANDLES_IN_TEXT
    found = texts(copy)
    assert found == ["باغچه‌های شهر دوباره سبز شدند", "", *texts(HANDLES_IN_TEXT)]  # the run: one post of its own
