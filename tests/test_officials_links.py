"""How the linker pairs a title with its person: apposition after «TITLE،», a title not yet held, a headline's
person."""

from __future__ import annotations

import pytest

from .test_officials import officials, pairs


@pytest.mark.parametrize("text, expected", [
    # the name closes its sentence
    ("عراقچی امروز تلفنی گفت‌وگو کرد با رئیس‌جمهور روسیه، ولادیمیر پوتین.",
     ("ولادیمیر پوتین", "رئیس‌جمهور روسیه")),
    # the title opens its sentence: its subject
    ("سخنگوی وزارت امور خارجه، اسماعیل بقایی در نشست هفتگی گفت: مذاکرات ادامه دارد.",
     ("اسماعیل بقایی", "سخنگوی وزارت امور خارجه")),
])
def test_a_name_after_a_title_and_a_comma_holds_it(every_nlp, text, expected):
    assert expected[0] in {o.name for o in every_nlp(text).officials}
    assert pairs(expected) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, name", [
    # a title in a phrase before the subject: the name after the comma is the subject, not the title's
    ("در دیدار با وزیر امور خارجه عمان، عباس عراقچی گفت: روابط خوب است.", "عباس عراقچی"),
    # a list after a title in the middle of its sentence
    ("نشست با حضور وزیر کشور، عباس عراقچی و محمدجواد ظریف برگزار شد.", "عباس عراقچی"),
])
def test_a_name_after_a_comma_is_not_always_the_titles(every_nlp, text, name):
    assert name not in {o.name for o in every_nlp(text).officials}


def test_a_title_not_yet_held_is_no_ones(every_nlp):
    assert not every_nlp("اگر جو بایدن رئیس‌جمهور شود، روابط تغییر خواهد کرد.").officials
    assert not every_nlp("گفته می‌شود محمدجواد ظریف وزیر امور خارجه خواهد شد.").officials


def _post(either_nlp, text):
    from persianews.readers.telegram_text import read_telegram_text

    (article,) = read_telegram_text(text + "\n@some_channel\n", "posts.txt")
    return either_nlp(article)


def test_the_person_a_headline_is_about_holds_the_title_the_body_opens_with(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\nرئیس‌جمهور به‌منظور زیارت حرم امام رضا وارد شهر مشهد شد.")
    assert officials(doc) == pairs(("پزشکیان", "رئیس‌جمهور"))


def test_a_speaker_the_body_opens_with_is_not_the_headline_person(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\nاستاندار خراسان رضوی گفت: این سفر مهم است.")
    assert not officials(doc)


def test_a_title_joined_by_and_is_held_too(every_nlp):
    doc = every_nlp("محمدجواد ظریف، عضو شورای مرکزی حزب اعتماد ملی و سخنگوی وزارت امور خارجه گفت: مذاکره ادامه دارد.")
    assert pairs(("محمدجواد ظریف", "سخنگوی وزارت امور خارجه")) <= officials(doc)


def test_a_title_joined_by_and_before_another_name_is_that_names(every_nlp):
    doc = every_nlp("محمدجواد ظریف وزیر امور خارجه ایران و وزیر امور خارجه روسیه سرگئی لاوروف دیدار کردند.")
    assert ("محمدجواد ظریف", "وزیر امور خارجه روسیه") not in {(o.name, o.title.text) for o in doc.officials}


class _Counted(tuple):
    """Sentences that count the items read (by index or by iteration)."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]


def test_the_sentence_of_a_headline_person_is_found_by_bisection():
    """``reported`` reads a few of a document's sentences, not all of them, and finds the cue in the right one."""
    from types import SimpleNamespace

    from persianews.entities.linker_succession import reported
    from persianews.records import Span

    sentence = "او گفت که می‌آید. "
    text = sentence * 1000
    step = len(sentence)
    doc = SimpleNamespace(text=text, sentences=_Counted(SimpleNamespace(span=Span(i * step, (i + 1) * step - 1))
                                                        for i in range(1000)))
    assert reported(doc, SimpleNamespace(span=Span(700 * step, 700 * step + 2)))
    assert not reported(doc, SimpleNamespace(span=Span(700 * step - 1, 700 * step)))  # between two sentences
    assert _Counted.reads <= 60
