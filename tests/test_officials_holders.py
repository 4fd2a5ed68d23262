"""Officials (issue 13, round 9): one title held by several people, and what must not link; round 13: a name or
a title after «به گفته» is its sentence's subject for succession."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold

from .test_officials_titles import officials


def pairs(*items: tuple[str, str]) -> set[tuple[str, str]]:
    return {(fold(p).replace(" ", ""), fold(t).replace(" ", "")) for p, t in items}


def test_a_list_of_people_with_one_title_gives_each_the_title(either_nlp):
    doc = either_nlp("فهرست نامزدها منتشر شد: ۱ علی رضایی نماینده فعلی مجلس ۲ محمد کریمی نماینده فعلی مجلس "
              "۳ حسن احمدی نماینده فعلی مجلس")
    assert officials(doc) == pairs(("علی رضایی", "نماینده فعلی مجلس"), ("محمد کریمی", "نماینده فعلی مجلس"),
                                   ("حسن احمدی", "نماینده فعلی مجلس"))


def test_the_same_person_named_again_keeps_one_title(either_nlp):
    doc = either_nlp("علی رضایی رئیس مجلس گفت: کار آغاز شد. رضایی رئیس مجلس افزود: کار ادامه دارد.")
    assert officials(doc) == pairs(("علی رضایی", "رئیس مجلس"))


def test_a_title_before_an_object_name_is_not_split_off(either_nlp):
    doc = either_nlp("علی رضایی، رئیس جمهور عراق گفت: نه. پیش از این رئیس جمهور عراق محمد کریمی را معرفی کرد.")
    assert pairs(("محمد کریمی", "رئیس جمهور عراق")).isdisjoint(officials(doc))


def titles(doc) -> set[str]:
    return {fold(e.text).replace(" ", "") for e in doc.entities if e.label == "TITLE"}


@pytest.mark.parametrize("text, official", [
    ("سردار رضا کریمی سخنگوی ارشد نیروهای مسلح گفت: آماده‌ایم.", ("رضا کریمی", "سخنگوی ارشد نیروهای مسلح")),
    ("علی رضایی فرمانده ارتش گفت: مردم را سرکوب نمی‌کنیم.", ("علی رضایی", "فرمانده ارتش")),
])
def test_a_role_makes_an_armed_force_name_its_body(either_nlp, text, official):
    assert pairs(official) <= officials(either_nlp(text))


@pytest.mark.parametrize("text", [
    "نیروهای مسلح آماده‌اند و ارتش قوی است.",  # no role: the common words stay words
    "علی رضایی وزیر علوم دولت اصلاحات بود.",  # a state body that is also a word: a time, not the body
])
def test_no_body_without_a_role_or_from_a_state_word(either_nlp, text):
    found = titles(either_nlp(text))
    assert not any(fold("نیروهای مسلح").replace(" ", "") in t or t.endswith(fold("ارتش")) for t in found)
    assert not any(t.endswith(fold("دولت")) for t in found)


def test_a_one_word_name_does_not_take_a_title_held_by_another(either_nlp):
    doc = either_nlp("علی رضایی رئیس جمعیت هلال احمر گفت: کار آغاز شد. سخنگوی دولت گفت: استعفای رئیس جمعیت هلال احمر "
              "پذیرفته نشد.")
    assert {name for name, _title in officials(doc)} <= {fold("علی رضایی").replace(" ", ""),
                                                         fold("سخنگوی دولت").replace(" ", "")}


FILLER = "بازار امروز آرام بود و قیمت‌ها ثابت ماند.\n"


def test_succession_joins_a_lead_title_and_a_name_a_few_lines_on(either_nlp):
    doc = either_nlp("رئیس سازمان بهزیستی گفت: طرح آغاز شد.\n" + FILLER * 2 + "علی رضایی افزود: کار ادامه دارد.")
    assert pairs(("علی رضایی", "رئیس سازمان بهزیستی")) <= officials(doc)


def test_succession_does_not_reach_a_name_many_lines_on(either_nlp):
    doc = either_nlp("رئیس سازمان بهزیستی گفت: طرح آغاز شد.\n" + FILLER * 7 + "علی رضایی افزود: کار ادامه دارد.")
    assert not officials(doc)


@pytest.mark.parametrize("text, pair", [
    ("به گفته علی رضایی، نظارت بیشتر می‌شود.\nمشاور شهردار تهران با اشاره به مصوبه گفت: کار آغاز شد.",
     ("علی رضایی", "مشاور شهردار تهران")),
    ("به‌گفته رئیس سازمان بهزیستی، طرح آغاز شد.\nحسن کریمی افزود: کار ادامه دارد.",
     ("حسن کریمی", "رئیس سازمان بهزیستی")),
])
def test_a_source_phrase_leaves_its_name_or_title_the_subject(either_nlp, text, pair):
    assert pairs(pair) <= officials(either_nlp(text))


@pytest.mark.parametrize("text", [
    "در گفتگو با علی رضایی، نظارت بیشتر می‌شود.\nمشاور شهردار تهران با اشاره به مصوبه گفت: کار آغاز شد.",
    "به گفته علی رضایی، نظارت بیشتر می‌شود.\nمشاور شهردار تهران نیز گفت: کار آغاز شد.",
])
def test_a_name_after_another_preposition_or_a_new_speaker_is_not_joined(either_nlp, text):
    assert not officials(either_nlp(text))


def test_a_title_held_before_does_not_take_the_place_of_the_present_one(either_nlp):
    doc = either_nlp("حسن کریمی که در آن زمان معاون دادستان بود، اکنون رئیس قوه قضاییه است. رئیس قوه قضاییه گفت: خوب است.")
    assert pairs(("حسن کریمی", "معاون دادستان"), ("حسن کریمی", "رئیس قوه قضاییه")) <= officials(doc)


def test_a_name_after_a_preposition_keeps_its_title_before_bud(either_nlp):
    doc = either_nlp("این گزارش درباره گفت‌وگوی تلفنی علی رضایی با حسن کریمی رئیس جمهور عراق بوده است.")
    assert officials(doc) == pairs(("حسن کریمی", "رئیس جمهور عراق"))


@pytest.mark.parametrize("text, official", [
    ("محسن احمدی سرپرست معاونت توسعه پیشگیری و درمان بهزیستی استان تهران گفت: خوب است.",
     ("محسن احمدی", "سرپرست معاونت توسعه پیشگیری و درمان بهزیستی استان تهران")),
    ("علی رضایی مدیر معاونت آموزشی وزارت بهداشت گفت: خوب است.",
     ("علی رضایی", "مدیر معاونت آموزشی وزارت بهداشت")),
])
def test_an_acting_head_of_a_deputy_office_holds_the_whole_title(either_nlp, text, official):
    assert pairs(official) <= officials(either_nlp(text))


def test_a_deputy_office_without_a_body_or_place_is_no_complement(either_nlp):
    doc = either_nlp("علی رضایی سرپرست معاونت گفت: خوب است.")
    assert not titles(doc)


def test_a_signature_joins_a_name_line_and_the_title_line_under_it(either_nlp):
    doc = either_nlp("متن نامه به شرح زیر است: کار سد آغاز شد و ادامه دارد.\nعلی رضایی\nوزیر نیرو")
    assert pairs(("علی رضایی", "وزیر نیرو")) <= officials(doc)


def test_a_name_inside_a_line_is_no_signature(either_nlp):
    doc = either_nlp("نامه‌ای به علی رضایی\nوزیر نیرو پاسخ داد که سد پر است.")
    assert not officials(doc)


def test_a_signature_may_open_with_spaces_and_a_guillemet(either_nlp):
    doc = either_nlp("متن نامه به شرح زیر است: کار سد آغاز شد و ادامه دارد.\n  «علی رضایی\nوزیر نیرو")
    assert pairs(("علی رضایی", "وزیر نیرو")) <= officials(doc)


def test_thousands_of_names_on_one_long_line_are_read(either_nlp):
    """Hostile input: 200k characters and no line break (the signature look stays linear)."""
    doc = either_nlp("علی رضایی و حسن روحانی آمدند. " * 6700)
    assert sum(entity.label == "PERSON" for entity in doc.entities) >= 2000
    assert not officials(doc)
