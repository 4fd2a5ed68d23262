"""Speaker resolution by class (issue 13, round 4): title words as heads, a double surname's first part,
a name no lexicon knows before a title that names someone else, a second title between one speaker's quotes.

Each class has golden cases and cases that must not resolve so. The documents are built as in
``test_quotes.py`` (real normalizer and segmenter, hand-made entities).
"""

from __future__ import annotations

import pytest

import persianews
from persianews.quotes import extract_quotes
from persianews.quotes.cues import fold_form, lexicon

from .test_quotes import make_doc


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in extract_quotes(doc)]


# ---------------------------------------------------------------- role words of title_heads.tsv open a speaker phrase

@pytest.mark.parametrize("word", ["مسؤول", "مسوول", "مسئول", "سرپرست", "سرمربی", "وکیل"])
def test_role_words_of_the_title_lexicon_are_speaker_heads(word):
    assert fold_form(word) in lexicon().heads


@pytest.mark.parametrize("word", ["دانشجویان", "نشریات", "امروز", "علی"])
def test_other_words_are_not_speaker_heads(word):
    assert fold_form(word) not in lexicon().heads


def test_a_role_word_spelled_with_waw_hamza_heads_a_title_over_its_organisation(prepare):
    doc = make_doc(prepare, "مسؤول واحد تشکیلات انجمن اسلامی دانشجویان گفت: نامه ارسال شد.",
                   orgs=["انجمن اسلامی دانشجویان"])
    [quote] = extract_quotes(doc)
    assert quote.speaker == "مسؤول واحد تشکیلات انجمن اسلامی دانشجویان"
    assert "speaker:words-title-of-org" in quote.evidence


def test_the_organisation_alone_still_speaks(prepare):
    doc = make_doc(prepare, "انجمن اسلامی دانشجویان اعلام کرد: نامه ارسال شد.", orgs=["انجمن اسلامی دانشجویان"])
    assert speakers(doc) == ["انجمن اسلامی دانشجویان"]


# ---------------------------------------------------------------- the first word of a double surname

def test_first_part_of_a_double_surname_is_the_full_name(prepare):
    doc = make_doc(prepare, "کامران نیک مستوفی، دبیر انجمن صنفی عکاسان گفت: پرونده پیگیری می‌شود. "
                            "نیک گفت که خانواده در جریان است.")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کامران نیک مستوفی"] * 2
    assert quotes[1].evidence[-1] == "speaker:words+surname-part→full-name"


def test_a_given_name_inside_a_full_name_is_not_its_surname(prepare):
    doc = make_doc(prepare, "محمد جواد لطفی گفت: کار تمام شد. جواد گفت: من هم بودم.")
    assert speakers(doc) == ["محمد جواد لطفی", "جواد"]


def test_a_two_word_name_has_no_double_surname(prepare):
    doc = make_doc(prepare, "کامران نیک گفت: کار تمام شد. کامران گفت: من هم بودم.")
    assert speakers(doc) == ["کامران نیک", "کامران"]


# ---------------------------------------------------------------- a name, a comma, a title naming someone else

def test_unknown_name_before_a_title_that_names_another_person(prepare):
    doc = make_doc(prepare, "هاروکی تانابه، معاون آنتونیو گوترش گفت: معاهده باید تمدید شود.",
                   people=["آنتونیو گوترش"])
    [quote] = extract_quotes(doc)
    assert quote.speaker == "هاروکی تانابه"
    assert "speaker:words-name-comma-title" in quote.evidence


def test_the_person_named_first_keeps_the_quote(prepare):
    doc = make_doc(prepare, "آنتونیو گوترش، دبیرکل سازمان ملل گفت: معاهده باید تمدید شود.",
                   people=["آنتونیو گوترش"])
    assert speakers(doc) == ["آنتونیو گوترش"]


def test_a_phrase_before_the_comma_that_is_not_a_name_is_not_the_speaker(prepare):
    doc = make_doc(prepare, "یک منبع آگاه، معاون آنتونیو گوترش را مسئول دانست.", people=["آنتونیو گوترش"])
    assert "یک منبع آگاه" not in speakers(doc)


# ---------------------------------------------------------------- a nameless title between one person's quotes

_HOLDER = "کاوه رستمی رئیس کل بانک مرکزی گفت: بانک‌ها باید دقت کنند. "
_TITLES = ["رئیس کل بانک مرکزی", "رئیس شورای پول و اعتبار"]
_AFTER = " رئیس کل بانک مرکزی افزود: وثیقه کافی نیست."
_HOLDERS = {"رئیس کل بانک مرکزی": "کاوه رستمی"}


def test_a_title_between_quotes_of_one_person_is_that_person(prepare):
    doc = make_doc(prepare, _HOLDER + "رئیس شورای پول و اعتبار اعلام کرد: امهال تمدید می‌شود." + _AFTER,
                   people=["کاوه رستمی"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کاوه رستمی"] * 3
    assert quotes[1].evidence[-1].endswith("+title→surrounding-speaker")


@pytest.mark.parametrize("middle", [
    "رئیس شورای پول و اعتبار نیز اعلام کرد: امهال تمدید می‌شود.",   # «نیز»: another speaker
    "رئیس شورای پول و اعتبار گفت: امهال تمدید می‌شود.",             # a verb that opens a speaker's words
])
def test_a_title_marked_as_a_new_speaker_keeps_its_title(prepare, middle):
    doc = make_doc(prepare, _HOLDER + middle + _AFTER,
                   people=["کاوه رستمی"], titles=_TITLES, holders=_HOLDERS)
    assert speakers(doc)[1] == "رئیس شورای پول و اعتبار"


def test_a_title_between_two_different_speakers_is_not_linked_by_surrounding(prepare):
    doc = make_doc(prepare, _HOLDER + "رئیس شورای پول و اعتبار اعلام کرد: امهال تمدید می‌شود. "
                            "نسرین کامیاب افزود: وثیقه کافی نیست.",
                   people=["کاوه رستمی", "نسرین کامیاب"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert not any(e.endswith("+title→surrounding-speaker") for q in quotes for e in q.evidence)


def test_an_honorific_after_the_comma_opens_a_name_not_a_title(prepare):
    doc = make_doc(prepare, "پولی نگرفتیم، آقای کاوه رستمی گفت: کار قانونی بود.")
    assert "پولی نگرفتیم" not in speakers(doc)
