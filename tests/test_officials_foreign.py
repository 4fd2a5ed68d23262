"""Titles of foreign heads of state and government (issue 13, officials on other outlets): golden cases and what
must not be a title."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def key(text: str) -> str:
    return fold(text).replace(" ", "")


@pytest.mark.parametrize("text, person, title", [
    ("محمد بن سلمان، ولیعهد عربستان در ریاض گفت: کار تمام شد.", "محمد بن سلمان", "ولیعهد عربستان"),
    ("آنگلا مرکل صدراعظم آلمان گفت: ما آماده‌ایم.", "آنگلا مرکل", "صدراعظم آلمان"),
    ("محمد بن زاید ولی‌عهد ابوظبی به ریاض رفت.", "محمد بن زاید", "ولی‌عهد ابوظبی"),
])
def test_a_foreign_head_beside_a_name(either_nlp, text, person, title):
    assert {(key(o.name), key(o.title.text)) for o in either_nlp(text).officials} == {(key(person), key(title))}


def test_a_king_takes_his_country(either_nlp):
    assert key("پادشاه عربستان") in {key(e.text) for e in either_nlp("پادشاه عربستان فرمانی صادر کرد.").entities
                                     if e.label == "TITLE"}


@pytest.mark.parametrize("text", [
    "هواپیما در فرودگاه پادشاه خالد نشست.",  # a name part: «پادشاه» needs a complement
    "دو پادشاه در یک اقلیم نمی‌گنجند.",
    "شاه ولیعهد خود را معرفی کرد.",  # a generic crown prince, no name beside it
])
def test_no_title_without_its_complement_or_a_name(either_nlp, text):
    doc = either_nlp(text)
    assert not doc.officials
    assert not any(e.label == "TITLE" and fold(e.text).startswith(("پادشاه", "ولیعهد")) for e in doc.entities)


@pytest.mark.parametrize("text, person, title", [
    ("سخنگوی ارتش اسرائیل، آویو فالدمن، گفت که حمله ادامه دارد.", "آویو فالدمن", "سخنگوی ارتش اسرائیل"),
    ("این خبر آن‌قدر مهم بود که مارتین کلوزنر، وزیر خارجه هلند واکنش نشان داد.", "مارتین کلوزنر",
     "وزیر خارجه هلند"),
])
def test_a_foreign_name_the_lexicons_do_not_know_holds_the_title_beside_it(either_nlp, text, person, title):
    assert {(key(o.name), key(o.title.text)) for o in either_nlp(text).officials} == {(key(person), key(title))}


def test_a_phrase_before_a_title_holds_no_title(either_nlp):
    assert not either_nlp("این کار بی‌اعتباری امضای رئیس‌جمهور آمریکا را ثابت کرد.").officials


def test_one_unknown_word_a_comma_and_a_title_make_an_official(either_nlp):
    doc = either_nlp("خبر رسید. \nگائوهوا، سفیر چین در توییتی نوشت که همکاری ادامه دارد.")
    assert {(key(o.name), key(o.title.text)) for o in doc.officials} == {(key("گائوهوا"), key("سفیر چین"))}


@pytest.mark.parametrize("text, person, title", [
    ("سخنگوی کاخ سفید، مکنری: مذاکرات ادامه دارد.", "مکنری", "سخنگوی کاخ سفید"),
    ("🔹وزیر امور مالی آلمان، لیندنر: بودجه کافی است.", "لیندنر", "وزیر امور مالی آلمان"),
    ("هنسون - وزیر دفاع آمریکا: حمله می‌کنیم.", "هنسون", "وزیر دفاع آمریکا"),
])
def test_a_speaker_label_holds_the_title_it_is_written_with(either_nlp, text, person, title):
    doc = either_nlp(text)
    assert key(person) in {key(e.text) for e in doc.entities if e.label == "PERSON"}
    assert {(key(o.name), key(o.title.text)) for o in doc.officials} == {(key(person), key(title))}


@pytest.mark.parametrize("text, title", [
    ("سخنگوی کاخ سفید، ترجمه ماشین: مذاکرات ادامه دارد.", "سخنگوی کاخ سفید"),  # dictionary words, no name
    ("تهران - وزیر کشور: انتخابات برگزار می‌شود.", "وزیر کشور"),  # a dateline's place before the dash
    ("گزارش ویژه - وزیر دفاع آمریکا: حمله می‌کنیم.", "وزیر دفاع آمریکا"),
    ("به گزارش رویترز، هنسون - وزیر دفاع آمریکا گفت که حمله می‌کنند.", "وزیر دفاع آمریکا"),  # the name opens no line
])
def test_no_speaker_label_name_without_a_name_opening_the_line(either_nlp, text, title):
    doc = either_nlp(text)
    assert key(title) in {key(e.text) for e in doc.entities if e.label == "TITLE"}
    assert not [e for e in doc.entities if e.label == "PERSON"]
    assert not doc.officials
