"""Officials and clusters across the ways news writes one person's name (issue 13, officials on other outlets):
a double surname or a name without its first word, after the full name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.entities.keys import fold
from persianews.entities.linker_names import fuller_names


def key(name: str) -> str:
    return fold(name).replace(" ", "")


# -- fuller_names ----------------------------------------------------------------------------------------

def test_a_name_that_ends_a_fuller_one_takes_the_fullest():
    found = fuller_names(["سید رضا موسوی کرمانی", "موسوی کرمانی", "رضا موسوی کرمانی"])
    assert found == {key("موسوی کرمانی"): "سید رضا موسوی کرمانی", key("رضا موسوی کرمانی"): "سید رضا موسوی کرمانی"}


def test_a_name_two_people_end_is_nobody_s():
    found = fuller_names(["علی موسوی کرمانی", "حسن موسوی کرمانی", "موسوی کرمانی"])
    assert key("موسوی کرمانی") not in found


def test_a_father_s_name_in_a_patronymic_is_another_person():
    found = fuller_names(["خالد بن سعید بن راشد", "سعید بن راشد", "بن راشد"])
    assert key("سعید بن راشد") not in found
    assert found[key("بن راشد")] == "سعید بن راشد"


@pytest.mark.parametrize("names", [
    ["کریمی", "علی کریمی"],  # one word: the surname rule's, not this one's
    ["علی کریمی", "حسن کریمی"],  # the same surname, two people
    ["محمد کریمی", "محمد کریمی"],
])
def test_no_fuller_name(names):
    assert fuller_names(names) == {}


@given(st.lists(st.lists(st.sampled_from(["علی", "بن", "موسوی", "کرمانی", "رضا", "سید"]), min_size=1, max_size=5)
                .map(" ".join), max_size=8))
def test_a_fuller_name_ends_with_the_name_it_takes(names):
    for short, full in fuller_names(names).items():
        assert key(full) != short and key(full).endswith(short) and full in names


def test_a_name_of_more_than_six_words_is_no_key():
    longer = "آیت الله سید علی اکبر حسینی موسوی کرمانی"
    found = fuller_names([longer, longer.split(maxsplit=1)[1], "موسوی کرمانی"])
    assert found == {key("موسوی کرمانی"): longer}  # the seven-word end is not looked up


def test_a_name_of_twenty_thousand_words_takes_only_its_short_ends():
    words = [f"نام{number}" for number in range(20_000)]
    endless = " ".join(words)
    found = fuller_names([endless, " ".join(words[-2:]), " ".join(words[-7:]), " ".join(words[:-1])])
    assert found == {key(" ".join(words[-2:])): endless}


def _fuller_names_unbounded(names: list[str]) -> dict[str, str]:
    """:func:`fuller_names` with every end of a name looked up (quadratic): the reference for short names."""
    written: dict[tuple[str, ...], str] = {}
    for name in names:
        written.setdefault(tuple(fold(word) for word in name.split()), name)
    owners: dict[tuple[str, ...], tuple[str, ...]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for words in sorted(written, key=len, reverse=True):
        for cut in range(1, len(words) - 1):
            if words[cut - 1] in ("بن", "ابن", "بنت"):
                break
            owner = owners.setdefault(words[cut:], words)
            if owner[len(owner) - len(words):] != words:
                ambiguous.add(words[cut:])
    return {"".join(words): written[owners[words]] for words in written if words in owners and words not in ambiguous}


@given(st.lists(st.lists(st.sampled_from(["علی", "بن", "موسوی", "کرمانی", "رضا", "سید"]), min_size=1, max_size=7)
                .map(" ".join), max_size=8))
def test_names_of_at_most_seven_words_lose_no_key_to_the_bound(names):
    assert fuller_names(names) == _fuller_names_unbounded(names)


# -- end to end --------------------------------------------------------------------------------------------

def test_a_double_surname_alone_is_named_in_full(either_nlp):
    # (the rules alone cut the double surname: «رحمانی» then joins the full name as a surname)
    doc = either_nlp("سخنگوی کمیسیون اقتصادی مجلس گفت: لایحه تصویب نشد.\n"
              "عبدالرضا رحمانی فضلی افزود: بررسی به جلسه بعد موکول شد.\n"
              "نماینده مردم تهران در مجلس شورای اسلامی گفت: طرح آماده است.\n"
              "رحمانی فضلی تصریح کرد: کار ادامه دارد.")
    names = {c.name for c in doc.clusters if c.label == "PERSON"}
    assert len(names) == 1 and next(iter(names)).startswith("عبدالرضا رحمانی")
    assert {o.name for o in doc.officials} == names
    assert (next(iter(names)), key("سخنگوی کمیسیون اقتصادی مجلس")) in {(o.name, key(o.title.text)) for o in doc.officials}


def test_a_double_surname_two_people_end_keeps_its_name(either_nlp):
    doc = either_nlp("عبدالرضا رحمانی فضلی و محمد رحمانی فضلی در جلسه حاضر بودند. رحمانی فضلی گفت: کار تمام شد.")
    names = [c.name for c in doc.clusters if c.label == "PERSON"]
    assert "محمد رحمانی فضلی" in names and names.count("عبدالرضا رحمانی فضلی") <= 1


def test_a_double_surname_written_as_one_word_is_the_full_name_s(either_nlp):
    doc = either_nlp("اکبر هاشمی رفسنجانی رئیس مجمع تشخیص مصلحت نظام در نشست حاضر شد. هاشمی‌رفسنجانی گفت: کار تمام شد.")
    clusters = {e.cluster for e in doc.entities if e.label == "PERSON"}
    assert len(clusters) == 1
    assert [q.speaker for q in doc.quotes] == ["اکبر هاشمی رفسنجانی"]


def test_a_double_surname_written_as_one_word_keeps_the_name_written_so(either_nlp):
    doc = either_nlp("علی هاشمی رفسنجانی و اکبر هاشمی‌رفسنجانی در نشست حاضر شدند. هاشمی‌رفسنجانی گفت: کار تمام شد.")
    assert [q.speaker for q in doc.quotes] == ["اکبر هاشمی‌رفسنجانی"]


# -- a title after a demonstrative -------------------------------------------------------------------------

def test_a_demonstrative_title_is_the_previous_subject_s(either_nlp):
    doc = either_nlp("علی رضایی‌نسب درباره بودجه گفت: کار آغاز شد.\n"
              "این عضو کمیسیون برنامه و بودجه افزود: بودجه کافی است.")
    assert {(o.name, key(o.title.text), o.rule) for o in doc.officials} == {
        ("علی رضایی‌نسب", key("عضو کمیسیون برنامه و بودجه"), "anaphor")}
    assert [e.rule for e in doc.entities if e.label == "TITLE"] == ["title-anaphor"]


def test_a_demonstrative_title_is_held_besides_a_name_s_own(either_nlp):
    doc = either_nlp("علی رضایی‌نسب نماینده مردم قزوین در مجلس شورای اسلامی گفت: کار آغاز شد.\n"
              "وی افزود: بودجه رسید.\n"
              "این عضو کمیسیون برنامه و بودجه افزود: بودجه کافی است.")
    assert {key(o.title.text) for o in doc.officials if o.name == "علی رضایی‌نسب"} == {
        key("نماینده مردم قزوین در مجلس شورای اسلامی"), key("عضو کمیسیون برنامه و بودجه")}


@pytest.mark.parametrize("text", [
    "این مسئول گفت: کار تمام شد.\nعلی رضایی‌نسب افزود: بودجه کافی است.",  # a bare role: no title
    "علی رضایی‌نسب گفت: کار تمام شد.\nاین مسئول سیاسی افزود: بودجه کافی است.",  # a portfolio alone: a description
    "این نماینده مجلس گفت: کار تمام شد.\nعلی رضایی‌نسب افزود: بودجه کافی است.",  # never a later subject's
    "علی رضایی‌نسب گفت: کار تمام شد.\nاین دو عضو کمیسیون برنامه و بودجه افزودند: بودجه کافی است.",  # two people
])
def test_no_official_from_a_demonstrative_title(either_nlp, text):
    assert not either_nlp(text).officials


def test_a_time_is_no_demonstrative(either_nlp):
    doc = either_nlp("پیش از این وزیر امور خارجه ایران در مونیخ گفت: گفتگو ممکن است.")
    assert {e.rule.split("+")[0] for e in doc.entities if e.label == "TITLE"} == {"title"}
