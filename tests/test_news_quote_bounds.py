"""Where a news quote's parts end, by class of error (issue 13): its statement, its report clause, its subject.

- A direct statement that opens with «« closed on its own line ends at the «»» (rule
  ``content:to-closing-guillemet``): the narrator's sentences after it are not the speaker's words, in a source of
  one sentence a line as in a paragraph. A short term in guillemets opens a statement without ending it.
- A news report with a bare clause after it (rule ``cue:indirect-bare-report``): «… خبر داد دولت …».
- A subject's words end at an adverb («حتی», «قبلا», «اخیرا»); the titles after «بیشتر بخوانید» are no subject.

Documents are built as in ``test_quotes.py`` (real normalizer and segmenter, hand-made entities); the examples are
written for these tests.
"""

from __future__ import annotations

import pytest

import persianews
from persianews.quotes import extract_quotes

from .test_quotes import folded, make_doc


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


@pytest.mark.parametrize("text, title, content", [
    # the lines after «…». are the narrator's, not the speaker's
    ("معاون رئیس پلیس گفت: «مسافران می‌توانند عکس‌های خود را نشان دهند».\n"
     "مرزها از دو ماه پیش بسته شده است.\nمسافران ساعت‌ها در صف ماندند.",
     "معاون رئیس پلیس", "«مسافران می‌توانند عکس‌های خود را نشان دهند»"),
    # «…» of a whole sentence, then the narrator's «که …» in the same sentence
    ("مالک باشگاه گفته: «تا این دو تیم هستند فوتبال ما به جایی نمی‌رسد» که البته باور کردن آن ساده نیست.\n"
     "تیم او هفته گذشته هم باخت.",
     "مالک باشگاه", "«تا این دو تیم هستند فوتبال ما به جایی نمی‌رسد»"),
])
def test_statement_ends_at_its_closing_guillemet(prepare, text, title, content):
    """Golden: a statement opened by «« ends at its «»», at a line's end or inside its sentence."""
    quotes = extract_quotes(make_doc(prepare, text, titles=[title]))
    assert [folded(q.content.text) for q in quotes] == [folded(content)]
    assert quotes[0].speaker == title
    assert "content:to-closing-guillemet" in quotes[0].evidence


def test_a_short_term_in_guillemets_does_not_end_the_statement(prepare):
    """Negative: «صلح سرد» names a term; the statement is the whole sentence."""
    text = "کارشناس روابط بین‌الملل گفت: «صلح سرد» دوره تازه‌ای در روابط دو کشور است.\nنشست ادامه داشت."
    doc = make_doc(prepare, text, titles=["کارشناس روابط بین‌الملل"])
    quotes = extract_quotes(doc)
    assert folded(quotes[0].content.text) == folded("«صلح سرد» دوره تازه‌ای در روابط دو کشور است.")
    assert "content:to-closing-guillemet" not in quotes[0].evidence


def test_a_statement_ending_at_its_closing_anyway_gets_no_code(prepare):
    """Negative: where the sentence ends at the «»» too, the rule changed nothing and is not named."""
    text = "سخنگوی دولت گفت: «جلسه فردا برگزار می‌شود.»\nوزیر کشور نیز گفت: «همه آماده‌اند.»"
    doc = make_doc(prepare, text, titles=["سخنگوی دولت", "وزیر کشور"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes] == [folded("«جلسه فردا برگزار می‌شود.»"),
                                                     folded("«همه آماده‌اند.»")]
    assert all("content:to-closing-guillemet" not in q.evidence for q in quotes)


# ---------------------------------------------------------------- «خبر داد» / «اضافه کرد» and a bare clause


@pytest.mark.parametrize("text, speaker, content", [
    ("یک رسانه ایتالیایی خبر داد دولت این کشور خواهان تعطیلی کامل مسابقات است.", "یک رسانه ایتالیایی",
     "دولت این کشور خواهان تعطیلی کامل مسابقات است."),
    ("سخنگوی وزارت خارجه اضافه کرد دو کشور توافق کرده‌اند که با هم کار کنند.", "سخنگوی وزارت خارجه",
     "دو کشور توافق کرده‌اند که با هم کار کنند."),
])
def test_a_bare_clause_after_a_news_report_is_reported(either_nlp, text, speaker, content):
    """Golden, both pipelines: the clause after the verb, the subject before it."""
    quotes = either_nlp(text).quotes
    assert [(q.speaker, folded(q.content.text)) for q in quotes] == [(speaker, folded(content))]
    assert "cue:indirect-bare-report" in quotes[0].evidence


@pytest.mark.parametrize("text", [
    "وزیر نیرو از افتتاح سه نیروگاه تازه خبر داد اما زمان آن را اعلام نکرد.",  # «از» names the topic
    "شهردار طبقات تازه‌ای را اضافه کرد رشد قیمت‌ها ادامه دارد.",  # «را»: the verb took its object
    "مدیر شرکت خبر داد و رفت.",  # a conjunct, no clause
])
def test_no_bare_report_after_a_topic_an_object_or_a_conjunct(nlp, text):
    """Negative: these verbs report no clause after them."""
    assert all("cue:indirect-bare-report" not in q.evidence for q in nlp(text).quotes)


# ---------------------------------------------------------------- an adverb after the subject's words


@pytest.mark.parametrize("text, speaker", [
    ("مالک باشگاه ذوب حتی از قول سرمربی گفته: «تا این دو تیم هستند فوتبال ما به جایی نمی‌رسد».",
     "مالک باشگاه ذوب"),
    ("دادگاه‌های فدرال آمریکا قبلا اعلام کرده بودند که این قانون اجرا نمی‌شود.", "دادگاه‌های فدرال آمریکا"),
    ("گروه رسانه‌ای فونکه اخیرا گزارش داد که فروش روزنامه‌ها کم شده است.", "گروه رسانه‌ای فونکه"),
])
def test_an_adverb_ends_the_subjects_words(prepare, text, speaker):
    """Golden: «حتی», «قبلا», «اخیرا» after the subject are no part of the speaker."""
    quotes = extract_quotes(make_doc(prepare, text))
    assert [q.speaker for q in quotes] == [speaker]


def test_words_with_no_adverb_stay_the_speaker(prepare):
    """Negative: a subject phrase with no adverb keeps all its words."""
    quotes = extract_quotes(make_doc(prepare, "مدیرکل حفاظت محیط زیست استان گفت: شکار در منطقه ممنوع است."))
    assert [q.speaker for q in quotes] == ["مدیرکل حفاظت محیط زیست استان"]


# ---------------------------------------------------------------- linked articles' titles glued to the text


def test_words_after_read_more_are_no_subject(prepare):
    """Golden: the titles after «بیشتر بخوانید» are no speaker; «…وی افزود» glued to them continues the last one."""
    text = ("رئیس اتحادیه صنف نانوایان گفت: قیمت نان فعلا تغییر نمی‌کند.\n"
            "بیشتر بخوانید؛ نانوایان باید در کیفیت نان دقت کنندوی افزود: آرد به اندازه کافی توزیع شده است.")
    quotes = extract_quotes(make_doc(prepare, text, titles=["رئیس اتحادیه صنف نانوایان"]))
    assert [q.speaker for q in quotes] == ["رئیس اتحادیه صنف نانوایان"] * 2
    assert "subject:after-read-more" in quotes[1].evidence


def test_a_new_sentence_after_read_more_has_its_subject(prepare):
    """Negative: a sentence break after the titles («…؟ برخی کارشناسان می‌گویند …») gives the words back."""
    text = ("بیشتر بخوانید: قیمت نان چرا بالا رفت؟ برخی کارشناسان اقتصادی می‌گویند هزینه آرد دو برابر شده است.")
    quotes = extract_quotes(make_doc(prepare, text))
    assert [q.speaker for q in quotes] == ["برخی کارشناسان اقتصادی"]
    assert "subject:after-read-more" not in quotes[0].evidence
