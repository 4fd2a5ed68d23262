"""Subject words that name no one (rule ``speaker:words-no-speaker``). A bare document word («بیانیه تاکید
می‌کند») is its issuer, the last speaker (``→previous``). Words whose first word the dictionary reads only as an
adverb, a conjunction or a verb besides a noun («خیلی راحت گفت», «اینکه … اعلام کرد», «گفتم») leave the speaker
unresolved. Words before a title, a numeral, a quantifier or a plain name still open a speaker.

Examples written for these tests (patterns of Telegram posts, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.quotes.context import View
from persianews.quotes.lead_ins import skip_lead_in
from tests.posts import post_speakers as speakers


def test_a_document_word_continues_the_issuer(either_nlp):
    post = ("ارتش اسرائیل: دو پهپاد در آسمان شهر رهگیری شد.\n"
            "بیانیه تاکید می‌کند که هیچ یک از نیروها آسیب ندیده‌اند.")
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == ["ارتش اسرائیل", "ارتش اسرائیل"]
    assert found[1][1] == ["speaker:words-no-speaker→previous"]


@pytest.mark.parametrize("post, junk", [
    ("مدیر فروش یک شرکت را دیدم. خیلی راحت گفت: «قیمت‌ها از ماه آینده بالا می‌رود.»", "خیلی راحت"),
    ("اینکه کاربران اعلام کردند سرعت اینترنت کم شده است، خبر تازه‌ای نیست.", "اینکه"),
])
def test_an_adverb_or_a_conjunction_is_no_speaker(either_nlp, post, junk):
    found = speakers(either_nlp, post)
    assert found == [(None, ["speaker:words-no-speaker-unresolved"])]


def test_words_before_a_title_stay_a_name(either_nlp):
    post = "کلی میر، خبرنگار شبکه آمریکایی، گزارش داد که مذاکرات هفته آینده ادامه می‌یابد."
    assert [s for s, _ in speakers(either_nlp, post)] == ["کلی میر"]


@pytest.mark.parametrize("post, speaker", [
    ("زائران گفتند که صف‌های مرز از صبح طولانی شده است.", "زائران"),
    ("میثاقی گفت که قرارداد بازیکنان تمدید می‌شود.", "میثاقی"),
    ("دو منبع آگاه گفتند که مذاکرات هفته آینده از سر گرفته می‌شود.", "دو منبع آگاه"),
    ("هر دو کشور تاکید کردند که آتش‌بس باید حفظ شود.", "هر دو کشور"),
    ("نهادهای امنیتی گزارش داده‌اند که دو نفر بازداشت شده‌اند.", "نهادهای امنیتی"),  # a plural read as a verb
])
def test_a_name_or_a_group_is_still_the_speaker(either_nlp, post, speaker):
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == [speaker]
    assert all(not rules[0].startswith("speaker:words-no-speaker") for _, rules in found)


@pytest.mark.parametrize("post, junk", [
    ("قبلا می‌گفتند درآمد زیاد است!\nتوی ایستگاه قطار هم نوشتن که قراره صد میلیارد دلار درآمد داشته باشیم!",
     "توی ایستگاه قطار"),
    ("از میان ۹۰۰ کسب‌وکاری که پاسخ دادند، بیش از ۸۰٪ اعلام کردند فروششان افت کرده است.", "بیش"),
])
def test_a_preposition_or_an_adverbial_is_no_speaker(either_nlp, post, junk):
    """Rule ``speaker:words-adverbial-unresolved``: words a preposition or an adverbial opens name no one."""
    found = speakers(either_nlp, post)
    assert (None, ["speaker:words-adverbial-unresolved"]) in found
    assert all(s is None or junk not in s for s, _ in found)


@pytest.mark.parametrize("post, speaker", [
    ("توکلی گفت که قرارداد بازیکنان تمدید می‌شود.", "توکلی"),
    ("بیژن زنگنه گفت که صادرات نفت افزایش یافته است.", "بیژن زنگنه"),
    ("بیشتر کارشناسان گفتند که قیمت‌ها پایین می‌آید.", "بیشتر کارشناسان"),
])
def test_a_name_like_an_adverbial_is_still_the_speaker(either_nlp, post, speaker):
    assert [s for s, _ in speakers(either_nlp, post)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A result clause's «به‌گونه‌ای که» / «به‌طوری که» opens no subject: the subject follows it.
    ("ترک‌ها تماس خود با مقامات آمریکایی را افزایش داده‌اند.\n"
     "به‌گونه‌ای که اردوغان بار دیگر در دیدار با پوتین، خواهان توقف حملات در ادلب شد.", "اردوغان"),
    ("ترک‌ها تماس خود با مقامات آمریکایی را افزایش داده‌اند.\n"
     "به‌طوری که اردوغان بار دیگر در دیدار با پوتین، خواهان توقف حملات در ادلب شد.", "اردوغان"),
    # «بیش از» before a span of time and «پس/بعد از …،»: a lead-in, not the speaker «بیش».
    ("بیش از دو روز پس از انفجار بندر، لاریجانی اعلام کرد که خسارت‌ها جبران می‌شود.", "لاریجانی"),
    ("بیش از یک ماه بعد از سیل، استاندار گیلان گفت که کمک‌ها رسیده است.", "استاندار گیلان"),
    # The manner adverb «این‌گونه» ends the subject's words.
    ("جنگ سختی بود.\nیک سرباز اشغالگر این‌گونه اعتراف می‌کند: «از افسر پرسیدم چرا شلیک کنم؟»",
     "یک سرباز اشغالگر"),
    # … and before a preposition (review12c finding 4): no noun follows it, so it is no determiner.
    ("یک نظامی این‌گونه به خبرنگار ما گفت که جنگ تمام شده است.", "یک نظامی"),
    # «این‌گونه» before a noun is a determiner (such), no end of the subject.
    ("مقامات این‌گونه کشورها گفتند که تحریم‌ها بی‌اثر است.", "مقامات این‌گونه کشورها"),
    # «بیش از» before a count of people: a lead-in; the people speak.
    ("بیش از یک میلیون نفر گفتند که به انتخابات می‌روند.", "یک میلیون نفر"),
    # … but not before other counts: «بیش» stays unresolved (speaker:words-adverbial-unresolved).
    ("بیش از ده کشور گفتند که تحریم‌ها بی‌اثر است.", None),
    # Not a lead-in: «به‌گونه‌ای» with no «که», a name opening with «به».
    ("بهروز وثوقی گفت: «این فیلم را دوست دارم.»", "بهروز وثوقی"),
])
def test_result_clause_openers_and_manner_adverbs(either_nlp, text, speaker):
    assert [q.speaker for q in either_nlp(text).quotes] == [speaker]


@pytest.mark.parametrize("opener", ["به‌طوری‌که", "بطوریکه", "به‌گونه‌ای‌که", "به‌طوری که"])
def test_a_result_clause_opener_written_joined_is_a_lead_in(prepare_view, opener):
    """Golden: «به‌طوری‌که» and «بطوریکه» (joined) open a result clause as the spaced «به‌طوری که» does."""
    text = f"{opener} وزیر نیرو اعلام کرد که سدها خالی است."
    view = prepare_view(text)
    assert view.text[skip_lead_in(view, 0, len(view.text)):].startswith("وزیر نیرو")


def test_a_word_like_a_result_clause_opener_is_no_lead_in(prepare_view):
    """Negative: «به‌گونه‌ای» with no «که» right after it, or a word that opens with «بطوری», opens no result
    clause."""
    for text in ("به‌گونه‌ای سخن گفت که همه شنیدند.", "بطوری‌ها گفتند که سدها خالی است."):
        view = prepare_view(text)
        assert skip_lead_in(view, 0, len(view.text)) == 0, text


@pytest.fixture(scope="module")
def prepare_view():
    import persianews

    nlp = persianews.load(stages=("normalize", "segment"))
    return lambda text: View.of(nlp(text))
