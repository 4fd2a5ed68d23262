"""Who a claim and a clause name (review13b): «هشدار به X مبنی بر …» is no claim of X, the one named after
«اتهام» is the accused, and a claim with no comma or «را» closing it runs into the sentence's own verb, so none
is read (``cue:indirect-claim``); a person after a closed clause, a dash or a noun is no subject of the words
that name no one (``subject:entity-after-no-one``). Invented sentences; both pipelines, news text and posts."""

from __future__ import annotations

import pytest

from persianews.quotes.context import View
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(params=["news", "post"])
def read(request, either_nlp):
    """The pipeline over ``text`` read as a news text or as a Telegram post."""
    if request.param == "news":
        return either_nlp
    return lambda text: either_nlp(next(iter(read_telegram_text(text + "\n@some_channel\n", "posts.txt"))))


def found(doc) -> list[tuple[str, str | None, str]]:
    """(content, speaker, subject rule) of each quote."""
    return [(q.content.text, q.speaker, next(e for e in q.evidence if e.startswith("subject:"))) for q in doc.quotes]


@pytest.mark.parametrize("text", [
    "روسیه هشدار به آمریکا مبنی بر اینکه تحریم‌ها بی‌اثر است را تکرار کرد.",  # the addressee
    "پیشنهاد به علی احمدی مبنی بر اینکه وزیر راه شود، رد شد.",  # the addressee
    "گزارش‌ها از اظهارات در مجلس مبنی بر اینکه بودجه کسری دارد، حکایت دارد.",  # a place
    "دادگاه اتهام علی احمدی مبنی بر اخلال در نظام اقتصادی کشور را بررسی کرد.",  # the accused
    "ادعای علی احمدی مبنی بر آزادی یک زندانی از زندان تکذیب شد.",  # no bound before the sentence's verb
    "ادعاهای علی احمدی مبنی بر اینکه قیمت‌ها پایین آمده نادرست است.",
    # a denial after a «را» that followed no verb: the sentence's predicate
    "رویترز ادعای علی احمدی مبنی بر اینکه او دستور داده کار ادامه یابد را رد کرده و از منابع خود نوشت.",
    # the sentence's own verb before the comma
    "رئیس دادگستری در واکنش به پیشنهاد علی احمدی مبنی بر برخورد سریع با متخلفان افزود، کار ادامه دارد.",
    "وزیر درباره اظهارات علی احمدی مبنی بر اینکه قیمت‌ها پایین آمده است ابراز داشت، این درست نیست.",
])
def test_no_claim_of_an_addressee_a_place_the_accused_or_up_to_the_sentences_verb(read, text):
    assert "cue:indirect-claim" not in [q.evidence[0] for q in read(text).quotes]


@pytest.mark.parametrize("text, expected", [
    ("دولت اتهامات وزارت خارجه آمریکا مبنی بر اینکه ایران قطعنامه را نقض کرده است را رد کرد.",
     ("ایران قطعنامه را نقض کرده است", "وزارت خارجه آمریکا")),  # an organisation accuses
    ("روسیه هشدار آمریکا مبنی بر اینکه تحریم‌ها بی‌اثر است را رد کرد.", ("تحریم‌ها بی‌اثر است", "آمریکا")),
    # no bound: a clause ends at its first verb when the sentence's predicate follows
    ("روسیه ضمن رد ادعاهای آمریکا مبنی بر اینکه ایران قطعنامه را نقض کرده از حق تهران دفاع کرد.",
     ("ایران قطعنامه را نقض کرده", "آمریکا")),
    # a headline: a noun phrase up to the sentence end, no verb after it
    ("ادعای علی احمدی مبنی بر حمله به کوه‌های شمال کشور", ("حمله به کوه‌های شمال کشور", "علی احمدی")),
])
def test_a_claim_of_its_source_stands(read, text, expected):
    assert expected in [(q.content.text, q.speaker) for q in read(text).quotes if q.evidence[0] == "cue:indirect-claim"]


@pytest.mark.parametrize("text, wrong", [
    ("روزی که علی احمدی آمد، مدیربرنامه‌های بهرام کاظمی به من گفت که باید بروم.", "علی احمدی"),  # a closed clause
    ("روشن است که معامله ترامپ – بهرام کاظمی خطرناک است البته دکتر بشاره تاکید می‌کند که کار تمام است.",
     "بهرام کاظمی"),  # after a dash
    ("یکی از اولین رسانه‌هایی بود که به سخنرانی امروز رئیس‌جمهور پرداخته و نوشته است که کار تمام است.",
     "رئیس‌جمهور"),  # a noun's complement after a time word
])
def test_a_person_inside_another_phrase_is_no_subject_of_words_that_name_no_one(read, text, wrong):
    quotes = found(read(text))
    assert quotes
    assert all(speaker != wrong and rule != "subject:entity-after-no-one" for _, speaker, rule in quotes)


def test_places_are_indexed_by_position(nlp):
    view = View.of(nlp("ایران و جمهوری آذربایجان مذاکره کردند."))
    places = [e.text for e in view.places]
    assert places and places == [e.text for e in view.places_in(0, len(view.text))]
    second = view.places[-1]
    assert view.place_at(second.span.start + 2) == second
    assert view.place_at(second.span.end) is None
    assert view.places_in(second.span.start + 1, len(view.text)) == []


@pytest.mark.parametrize("text, rule", [
    # «اما» opens the clause of its own subject, with a comma before it or not
    ("قیمت نان در این ماه بالا رفت اما بهرام کاظمی می‌گوید که کار تمام است.", "subject:after-contrast"),
    ("قیمت نان بالا رفت و در همین راستا بهرام کاظمی به خبرنگاران گفته است که کار تمام است.",
     "subject:entity-after-no-one"),
    ("قیمت نان در این ماه، بهرام کاظمی رئیس سازمان برنامه، در ادامه گفت که کار تمام است.",  # name, title, comma
     "subject:entity-after-no-one"),
])
def test_a_person_after_a_conjunction_or_with_a_title_still_speaks(read, text, rule):
    assert ("کار تمام است.", "بهرام کاظمی", rule) in found(read(text))
