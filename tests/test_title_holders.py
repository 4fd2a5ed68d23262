"""A nameless title speaker given the name of its holder (issue 13 class 6, round 11): a surname written
joined and spaced is one holder; every title in apposition to a named speaker is theirs; a title between two
titles already linked to one person is that person's. Golden and negative cases, both pipelines."""

from __future__ import annotations

import pytest

from persianews.quotes import extract_quotes
from persianews.quotes.title_links import _fullest
from persianews.quotes.title_roles import role_match


def speakers(nlp, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text).quotes]


def test_a_surname_written_joined_is_the_spaced_full_name():
    assert _fullest({"عطاءاللهی", "سعید عطاء اللهی"}) == ["سعید عطاء اللهی"]
    assert _fullest({"عبداللهی", "سعید عبد اللهی"}) == ["سعید عبد اللهی"]


def test_two_different_surnames_stay_two_holders():
    assert sorted(_fullest({"اللهی", "سعید عطاء اللهی"})) == ["سعید عطاء اللهی"]  # the last word: as before
    assert sorted(_fullest({"رحمانی", "سعید عطاء اللهی"})) == ["رحمانی", "سعید عطاء اللهی"]
    assert sorted(_fullest({"عطاءالله", "سعید عطاء اللهی"})) == ["سعید عطاء اللهی", "عطاءالله"]


_SECOND_TITLE = ("«کامران فرهمند»، عضو هیئت رئیسه مجلس و نماینده مردم ساوه، درباره بودجه گفت: بودجه دیر رسید. "
                 "فرهمند افزود: کار ادامه دارد. ")


def test_a_second_title_in_apposition_names_its_holder(either_nlp):
    text = _SECOND_TITLE + "نماینده مردم ساوه در مجلس درباره انتخابات عنوان کرد: پیش‌بینی مشکل است."
    assert speakers(either_nlp, text)[-1] == "کامران فرهمند"


def test_a_title_of_another_role_is_not_named_by_apposition(either_nlp):
    text = _SECOND_TITLE + "وزیر نیرو درباره انتخابات عنوان کرد: پیش‌بینی مشکل است."
    assert speakers(either_nlp, text)[-1] != "کامران فرهمند"


def test_a_title_named_later_in_the_subject_is_not_read_as_apposition(either_nlp):
    # «در دیدار با نماینده …»: a title the speaker meets, not one they hold
    text = ("کامران فرهمند، وزیر نیرو، در دیدار با نماینده مردم ساوه گفت: بودجه دیر رسید. "
            "نماینده مردم ساوه در مجلس نیز اظهار کرد: کار ادامه دارد.")
    assert speakers(either_nlp, text)[-1] != "کامران فرهمند"


_BETWEEN = ("نماینده مجلس درباره حمله گفت: پاسخ داده خواهد شد. "
            "عضو کمیسیون امنیت ملی ادامه داد: زمان پاسخ را شورا تعیین می‌کند. "
            "نماینده ساوه در مجلس خاطرنشان کرد: منطقه آرام است. ")


def test_a_title_between_two_titles_of_one_holder_is_that_holder(either_nlp):
    doc = either_nlp(_BETWEEN + "فرهمند گفت: همه آماده‌اند.")
    assert [q.speaker for q in doc.quotes] == ["فرهمند"] * 4
    assert any(e.endswith("+title→surrounding-speaker") for e in doc.quotes[1].evidence)


def test_a_title_between_titles_of_two_holders_keeps_its_title(either_nlp):
    text = ("وزیر نیرو درباره حمله گفت: پاسخ داده خواهد شد. "
            "عضو کمیسیون امنیت ملی ادامه داد: زمان پاسخ را شورا تعیین می‌کند. "
            "نماینده ساوه در مجلس خاطرنشان کرد: منطقه آرام است. فرهمند گفت: همه آماده‌اند.")
    assert speakers(either_nlp, text)[1] == "عضو کمیسیون امنیت ملی"
    assert not any(e.endswith("+title→surrounding-speaker") for q in extract_quotes(either_nlp(text))
                   for e in q.evidence)


_BANK = "رئیس کل بانک مرکزی گفت: ذخایر کافی است. کاوه رستمی افزود: نرخ ثابت می‌ماند. "
_BANK_AFTER = " رئیس کل بانک مرکزی ادامه داد: صادرات بالا رفت."


def test_a_general_title_between_a_name_and_its_linked_title_is_that_person(either_nlp):
    doc = either_nlp(_BANK + "رئیس شورای پول و اعتبار ادامه داد: وام‌ها تمدید می‌شود." + _BANK_AFTER)
    assert [q.speaker for q in doc.quotes] == ["کاوه رستمی"] * 4


def test_a_title_of_another_kind_of_office_between_them_is_someone_else(either_nlp):
    # «رهبر انقلاب» (religious) beside the central bank's governor (executive): not the governor
    doc = either_nlp(_BANK + "رهبر انقلاب در این باره تأکید کردند: تولید باید جهش کند." + _BANK_AFTER)
    assert doc.quotes[2].speaker != "کاوه رستمی"


def test_a_head_written_with_its_ezafe_is_the_bare_head():
    assert role_match("سخنگوی سپاه", "سخنگو و مسئول روابط عمومی سپاه") == 2
    assert role_match("نماینده‌ی مردم ساوه", "نماینده مردم ساوه در مجلس") == 2


def test_a_lone_word_ending_like_an_ezafe_is_a_surname_not_a_head():
    assert role_match("رئیسی", "رئیس سازمان زندان‌ها") == 0


def test_a_head_before_the_title_it_serves_under_is_one_title(either_nlp):
    text = ("معاون وزیر راه و شهرسازی گفت: ثبت نام آغاز شد. کاوه رستمی اظهار کرد: سه روز فرصت هست. "
            "معاون مسکن و ساختمان وزیر راه و شهرسازی تصریح کرد: مدارک را بارگذاری کنید.")
    doc = either_nlp(text)
    # the deputy minister's title, then a name: the linker takes «کاوه رستمی» as the deputy, the holder of the
    # third title too (its head and its minister are the first title's)
    assert doc.quotes[-1].speaker == "کاوه رستمی"
    assert "speaker:words-title+title→holder" in doc.quotes[-1].evidence


@pytest.mark.parametrize("office, holder", [
    ("دادستانی تهران", "دادستان تهران"), ("استانداری قزوین", "استاندار قزوین"), ("شهرداری تهران", "شهردار تهران"),
    ("فرمانداری شیراز", "فرماندار شیراز"), ("فرماندهی انتظامی تهران", "فرمانده انتظامی تهران"),
    ("بخشداری مرکزی", "بخشدار مرکزی"), ("رهبری انقلاب", "رهبر انقلاب"),
])
def test_an_office_is_not_its_holder(office, holder):
    assert role_match(office, holder) == 0


def test_the_older_written_form_of_the_president_is_the_title():
    assert role_match("رئیس‌جمهوری آمریکا", "رئیس‌جمهور آمریکا") == 2


def test_an_office_speaking_after_its_holder_keeps_its_name(either_nlp):
    text = "کاوه رستمی دادستان تهران گفت: پرونده بسته شد. دادستانی تهران در بیانیه‌ای اعلام کرد: متهم آزاد شد."
    assert speakers(either_nlp, text) == ["کاوه رستمی", "دادستانی تهران"]


def test_a_name_before_a_title_is_still_the_name(either_nlp):
    doc = either_nlp("کاوه رستمی وزیر راه و شهرسازی گفت: ثبت نام آغاز شد.")
    assert doc.quotes[0].speaker == "کاوه رستمی"


@pytest.mark.parametrize("text, title", [
    ("سایت مذکور نوشت: تیم فولام خواهان این بازیکن است. مسئول فنی آبی‌پوشان گفت: این بازیکن در تیم می‌ماند.",
     "مسئول فنی"),
    ("وبسایت نورس نوشت: این پایگاه گسترش یافته است. فرمانده نیروی دریایی گفت: این تصاویر ساختگی است.",
     "فرمانده نیروی دریایی"),
])
def test_words_of_an_outlet_beside_a_title_are_not_its_holder(either_nlp, text, title):
    """Golden (round 20): words the speaker rules read as a name but that open with a word for an outlet («سایت
    مذکور», «وبسایت …») hold no title: the title beside them keeps its words."""
    assert speakers(either_nlp, text)[-1] == title


def test_a_name_of_words_beside_a_title_is_still_its_holder(either_nlp):
    """Negative: a name no entity covers, of no common noun («رزم حسینی»), still gives the title beside it its name."""
    text = ("رزم حسینی در این نشست گفت: صادرات باید افزایش یابد. وزیر صنعت، معدن و تجارت افزود: ما از تولید حمایت "
            "می‌کنیم.")
    assert speakers(either_nlp, text) == ["رزم حسینی", "رزم حسینی"]


_MINISTRY = ("{} اعلام کرد که او باید تا پایان هفته استعفا دهد. علی‌نژاد اعلام کرد: گزارش خزانه‌دار را نخوانده‌ام. "
             "سخنگوی دولت نیز گفت: این موضوع بررسی می‌شود.")


def test_words_of_an_organisation_read_as_a_title_are_not_linked_to_a_name(either_nlp):
    """Golden (round 20): «وزارت اعلام کرد» is the ministry speaking, though the resolver reads its words as a title:
    no holder's name replaces it, not even the name next to it in the chain of speakers."""
    assert speakers(either_nlp, _MINISTRY.format("وزارت"))[0] == "وزارت"


def test_a_persons_title_beside_a_name_is_still_linked(either_nlp):
    """Negative: a title of a person («مدیرکل ورزش استان») next to a bare name is that name, as before."""
    assert speakers(either_nlp, _MINISTRY.format("مدیرکل ورزش استان"))[0] == "علی‌نژاد"


_DEPUTY = ("کاوه رستمی، معاون وزیر بهداشت، گفت: آمار بیماری کم شد. رستمی افزود: بیمارستان‌ها آماده‌اند. "
           "نماینده ویژه وزیر بهداشت در ستاد ملی مبارزه با آنفلوآنزا گفت: بیماران به موقع مراجعه کنند. ")


def test_a_title_that_opens_its_words_is_the_surrounding_speaker_who_goes_on(either_nlp):
    # round 23: «گفت» after the title, then the same person «افزود»: the title's words go on, one speaker
    doc = either_nlp(_DEPUTY + "رستمی افزود: داروها کافی است.")
    assert [q.speaker for q in doc.quotes] == ["کاوه رستمی"] * 4
    assert any(e.endswith("+title→surrounding-speaker") for e in doc.quotes[2].evidence)


def test_a_title_that_opens_its_words_before_the_person_opens_anew_is_someone_else(either_nlp):
    # the person's verb after it opens anew (گفت): nothing says the title was theirs
    doc = either_nlp(_DEPUTY + "رستمی گفت: داروها کافی است.")
    assert [q.speaker for q in doc.quotes] == ["کاوه رستمی", "کاوه رستمی",
                                                "نماینده ویژه وزیر بهداشت در ستاد ملی مبارزه با آنفلوآنزا", "کاوه رستمی"]


@pytest.mark.parametrize("someone", ["شخصی", "کسی"])
def test_an_indefinite_someone_next_in_the_chain_holds_no_title(either_nlp, someone):
    """Negative (round 24): «شخصی که … می‌گوید» after a nameless title is someone, not the title's holder: the
    title keeps its own words, and someone's quote is still found."""
    text = f"فرمانده گردان گفت: نیروها آماده‌اند.\n{someone} که در جلسه حاضر بود می‌گوید: همه راضی بودند.\n"
    assert speakers(either_nlp, text) == ["فرمانده گردان", someone]
