"""Titles open after a name (``title-open``, issue 13 class 4): a role word right after a name whose complement
no lexicon knows takes the words up to where the clause goes on. Golden cases and what must not be taken."""

from __future__ import annotations

import pytest

from persianews.entities import words
from persianews.entities.keys import fold


def officials(doc) -> set[tuple[str, str]]:
    return {(fold(o.name).replace(" ", ""), fold(o.title.text).replace(" ", "")) for o in doc.officials}


def open_titles(doc) -> list[str]:
    return [e.text for e in doc.entities if e.rule == "title-open"]


@pytest.mark.parametrize("text, person, title", [
    # a «،» between, closed by the noun of a compound verb
    ("به گزارش ایسنا، محمد رضایی، رئیس لیگ‌برتر والیبال اعلام کرد که مسابقات برگزار می‌شود.",
     "محمد رضایی", "رئیس لیگ‌برتر والیبال"),
    # no «،», a role word naming the body inside, closed by a demonstrative
    ("حسن کریمی سخنگوی فرماندهی عملیات مرزی این خبر را تکذیب کرد.", "حسن کریمی", "سخنگوی فرماندهی عملیات مرزی"),
    # a number after a word is within, closed by a preposition (a numbered unit, منطقه ۱۲, the grammar completes)
    ("رضا حسینی مدیر فاز ۱۲ در بازدید از پالایشگاه گفت: کار ادامه دارد.", "رضا حسینی", "مدیر فاز ۱۲"),
    # a demonstrative right after the role: the body the text just named
    ("انجمن هتلداران اعلام کرد که رزروها نصف شده است. حمید نوری، مدیرعامل این انجمن گفت: سال سختی بود.",
     "حمید نوری", "مدیرعامل این انجمن"),
    # words in guillemets are within and not counted among the four name words
    ("سارا امینی، دبیر کل «انجمن ملی صنایع غذایی ایران» اعلام کرد که قیمت‌ها بالا رفت.",
     "سارا امینی", "دبیر کل «انجمن ملی صنایع غذایی ایران»"),
])
def test_a_role_after_a_name_takes_its_open_complement(either_nlp, text, person, title):
    doc = either_nlp(text)
    assert open_titles(doc) == [title.replace("۱۲", "12")]
    key = (fold(person).replace(" ", ""), fold(title).replace(" ", ""))
    assert key in officials(doc)
    assert any(o.rule == "apposition" for o in doc.officials)


@pytest.mark.parametrize("text", [
    "علی رضایی معاون اول جلسه‌اش را لغو کرد.",  # a possessive: what is said of the name
    "موسیقی: کارن احمدی، مدیر فیلمبرداری: وحید رضایی",  # a heading «ROLE: NAME», the name after is the holder
    "حسن رحیمی کارشناس معروف اقتصادی آلمان گفت: نه.",  # an expert's description, no office
    "مریم احمدی نماینده اصلاح طلب حامی اصلاحات اقتصادی دولت اخیرا گفته است: نه.",  # more than four words
    "سعید نوری رئیس کل امور زائران و مسافران گفت: نه.",  # «و»: the name may go on
    "علی رضایی به رئیس شورا گفت: نه.",  # no role right after the name
    "علی احمدی رئیس این است.",  # a demonstrative with no name word after it
    "علی احمدی رئیس «یک دو سه چهار پنج شش هفت هشت نه» گفت: نه.",  # more than eight words in guillemets
    "علی احمدی رئیس «انجمن صنفی گفت: نه.",  # guillemets never closed
])
def test_what_no_open_title_takes(either_nlp, text):
    assert open_titles(either_nlp(text)) == []


def test_an_open_title_closed_by_a_name_serves_it(either_nlp):
    doc = either_nlp("قرار است حسین احمدی جانشین موقت محمد کاظمی شود.")
    assert open_titles(doc) == []


def test_an_unclosed_guillemet_after_each_role_reads_a_bounded_number_of_words(nlp, monkeypatch):
    """Hostile input: a role word and an unclosed «» after every name; the words read grow linearly."""
    def words_read(units: int) -> int:
        calls = []
        original = words.is_frequent_given_name
        monkeypatch.setattr(words, "is_frequent_given_name", lambda key: calls.append(key) or original(key))
        doc = nlp("X دونالد ترامپ، سخنگوی «" * units)
        monkeypatch.setattr(words, "is_frequent_given_name", original)
        assert open_titles(doc) == []
        return len(calls)

    assert words_read(800) < 6 * words_read(200)
