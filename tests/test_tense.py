"""The tense of a verb as written (:mod:`persianews.quotes.tense`) and the statement ends that read it: the past
continuous is no present, a noun ending in «ه» before a copula is no participle, «بنده/اینجانب» are the first
person, and a phrase of the narrator's asides that is the speaker's goes on with his statement."""

from __future__ import annotations

import pytest

from persianews.quotes.cues import lexicon
from persianews.quotes.tense import FUTURE, continuous, in_present, participle, past_stem, present_verb

from .test_quotes import folded


@pytest.mark.parametrize("word", ["می‌گویم", "نمی‌دانیم", "می‌کند", "می‌شود", "می‌گیرند", "می‌آید", "نمی‌دهند"])
def test_a_continuous_form_of_a_present_stem_is_present(word):
    assert in_present(word) and continuous(word)


@pytest.mark.parametrize("word", ["می‌گفتم", "می‌رفتیم", "نمی‌کرد", "می‌رسیدند", "می‌نوشتید", "می‌داشتی"])
def test_a_continuous_form_of_a_past_stem_is_no_present(word):
    """Negative: «می‌» + a past stem (with or without a personal ending) is the past continuous; still continuous."""
    assert not in_present(word) and continuous(word)


@pytest.mark.parametrize("word", ["گفتم", "کرد", "است", "خواهد", "می‌گفته‌اند"])
def test_a_word_with_no_mi_is_neither(word):
    """Negative: no «می/نمی» opening a whole word, no continuous form (nor a perfect written with a joiner)."""
    assert not in_present(word) and not continuous(word)


@pytest.mark.parametrize("word, expected", [
    ("گفته", True), ("داشته", True), ("شده", True), ("بوده", True),
    ("وظیفه", False), ("زنده", False), ("عقیده", False), ("ادامه", False), ("کند", False),
])
def test_a_participle_is_a_past_stem_and_he(word, expected):
    assert participle(word) is expected


@pytest.mark.parametrize("stem, expected", [("گفت", True), ("رسید", True), ("خواست", True), ("کند", False),
                                            ("گو", False), ("بند", False)])
def test_a_past_stem_ends_in_dal_or_te_and_makes_an_infinitive(stem, expected):
    assert past_stem(stem) is expected


@pytest.mark.parametrize("words, expected", [
    ("اعلام می‌کنند", True), ("نمی‌داند", True), ("می‌د\u200cاند", True), ("معتقد است", True), ("بر این باور هستند", True),
    ("توصیف کرد", False), ("گفته است", False), ("اعلام کرده است", False), ("است", False),
])
def test_a_verb_is_present_with_a_mi_form_or_a_copula_after_no_participle(words, expected):
    """A verb of several words is in the present with a «می» form among them or a present copula after a word that
    is no participle; negative: a simple past or a present perfect («گفته است») is not (and a copula alone)."""
    assert present_verb(words.split(), frozenset({"است", "هستند"})) is expected


def test_one_set_of_future_auxiliaries():
    """The cue lexicon's auxiliaries read the same set as the tense's reader: «خواهد گفت» reports nothing yet."""
    assert {"خواهد", "خواهیم", "نخواهند"} <= FUTURE
    assert not lexicon().patterns_of("خواهدگفت") or "say" not in lexicon().patterns_of("خواهدگفت")


_INTERVIEW = ("علی کریمی سرمربی تیم در نشست خبری گفت: فصل سختی بود و من همیشه به بازیکنان {verb} که باید بیشتر "
              "تلاش کنند. بازیکنان هم تلاش کردند.\nتیم فردا به تهران باز می‌گردد.")


def test_a_first_person_verb_in_the_past_continuous_reports_in_both_pipelines(either_nlp):
    """«می‌گفتم» (I used to say) reports earlier words: a nested statement of the speaker's, as «گفتم»."""
    doc = either_nlp(_INTERVIEW.format(verb="می‌گفتم"))
    contents = [folded(q.content.text) for q in doc.quotes]
    assert folded("باید بیشتر تلاش کنند.") in contents
    assert contents[0].startswith(folded("فصل سختی بود"))


def test_a_first_person_verb_in_the_present_says_itself_in_both_pipelines(either_nlp):
    """Negative: «می‌گویم» says the words as he speaks them: no report of its own; the statement is still found."""
    doc = either_nlp(_INTERVIEW.format(verb="می‌گویم"))
    assert len(doc.quotes) == 1 and folded(doc.quotes[0].content.text).startswith(folded("فصل سختی بود"))


def _lines(statement: str, line: str) -> str:
    """A text of one sentence a line: a statement's first line, ``line``, then the narrator's lines."""
    return (f"مدیرعامل شرکت آب منطقه‌ای استان گفت: {statement}\n{line}\n"
            "مدیرعامل همچنین گفت: سدها پر نیستند.\nگفتنی است نشست دو ساعت طول کشید.")


_FIRST = "مصرف آب در شهرها بالا رفته است."


@pytest.mark.parametrize("line", [
    "این روند در ماه‌های آینده هم ادامه دارد.",  # a noun in «ه» + «دارد»: a present copula, no perfect
    "این کار وظیفه است.",
])
def test_a_line_of_this_and_a_noun_in_he_before_a_copula_goes_on_in_both_pipelines(either_nlp, line):
    """«این» + a noun and a present copula after a noun ending in «ه» is the speaker judging what he spoke of."""
    doc = either_nlp(_lines(_FIRST, line))
    assert folded(doc.quotes[0].content.text) == folded(f"{_FIRST}\n{line}")


@pytest.mark.parametrize("line", [
    "این گروه سال گذشته به ائتلاف پیوست.",  # «پیوست»: a past stem in «ست», no «… ماست»
    "این رقم در سال گذشته رشد داشته است.",  # a participle before «است»: a perfect
])
def test_a_line_of_this_and_a_past_verb_stops_in_both_pipelines(either_nlp, line):
    """Negative: a past ending the line is the narrator telling what happened; the next statement is still found."""
    doc = either_nlp(_lines(_FIRST, line))
    assert [folded(q.content.text) for q in doc.quotes][:2] == [folded(_FIRST), folded("سدها پر نیستند.")]


def test_a_noun_in_he_before_a_copula_cue_is_present_in_both_pipelines(either_nlp):
    """«عقیده دارند» is a present cue (no perfect), the speaker's under «که»: his statement goes on over it."""
    line = "مشکل اینجاست که برخی مدیران عقیده دارند بودجه کافی است."
    doc = either_nlp(_lines(_FIRST, line))
    assert folded(doc.quotes[0].content.text) == folded(f"{_FIRST}\n{line}")


@pytest.mark.parametrize("pronoun", ["بنده", "اینجانب"])
def test_the_humble_first_person_before_a_past_cue_goes_on_in_both_pipelines(either_nlp, pronoun):
    """«به بنده اعلام کردند» is the speaker telling what he was told: his first person before a past cue."""
    line = f"مسئولان وزارت نیرو به {pronoun} اعلام کردند که بودجه طرح کم است."
    doc = either_nlp(_lines(_FIRST, line))
    assert folded(doc.quotes[0].content.text) == folded(f"{_FIRST}\n{line}")


def test_a_past_cue_with_no_first_person_stops_in_both_pipelines(either_nlp):
    """Negative: «به خبرنگاران اعلام کردند» is the narrator's; the next statement is still found."""
    line = "مسئولان وزارت نیرو به خبرنگاران اعلام کردند که بودجه طرح کم است."
    doc = either_nlp(_lines(_FIRST, line))
    contents = [folded(q.content.text) for q in doc.quotes]
    assert contents[0] == folded(_FIRST) and folded("سدها پر نیستند.") in contents


@pytest.mark.parametrize("line", [
    "براساس پیش‌بینی کارشناسان، از هفته آینده بارش‌ها بیشتر می‌شود.",  # grounds: no report
    "بر اساس اطلاعات موجود، مصرف آب در تابستان دو برابر شده است.",
    "طبق قانون، شرکت‌ها باید آب را با قیمت مصوب بفروشند.",
    "در ادامه از همکاران خود در این اداره تشکر می‌کنم.",  # an aside's words in the first person
])
def test_a_speakers_aside_goes_on_in_both_pipelines(either_nlp, line):
    """Issue 13, extent: a line that opens like the narrator's aside but is the speaker's — grounds that are no
    report, or words in the first person — goes on with his statement (rule ``content:over-speakers-aside``)."""
    doc = either_nlp(_lines(_FIRST, line))
    assert folded(doc.quotes[0].content.text) == folded(f"{_FIRST}\n{line}")
    assert "content:over-speakers-aside" in doc.quotes[0].evidence


@pytest.mark.parametrize("line", [
    "بر اساس گزارش ایرنا، مصرف آب در تهران نیز بالا رفته است.",  # the narrator's source: a report
    "طبق اعلام شرکت آبفا، مصرف آب در تهران نیز بالا رفته است.",
    "بر اساس این گزارش، مصرف آب در تهران نیز بالا رفته است.",  # a pointer back at the report
    "در ادامه این نشست، کارشناسان وضعیت سدها را بررسی کردند.",
    "طبق آخرین آمار وزارت نیرو، مصرف آب در تابستان دو برابر شده است.",  # a figure: the narrator's addition
    "به گزارش ایرنا، مصرف آب در کشور ما بالا رفته است.",  # «به گزارش»: the narrator's, «ما» or not
    "در ادامه این پیام آمده است که ما باید آب را صرفه‌جویی کنیم.",  # a pointer back at the message
])
def test_a_narrators_aside_stops_in_both_pipelines(either_nlp, line):
    """Negative: the narrator's aside ends the statement; the next statement is still found."""
    doc = either_nlp(_lines(_FIRST, line))
    contents = [folded(q.content.text) for q in doc.quotes]
    assert contents[0] == folded(_FIRST) and folded("سدها پر نیستند.") in contents
    assert all("content:over-speakers-aside" not in q.evidence for q in doc.quotes)
