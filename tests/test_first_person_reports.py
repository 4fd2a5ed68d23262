"""First-person reports (issue 13, round 22, missed quotes): a verb of saying in the first person («گفتم», «گفته‌ام»,
«عرض کردم») reports the earlier words of the voice of the account: inside a statement its speaker
(``speaker:first-person→statement``), elsewhere in an article the person it quotes most
(``speaker:first-person→main-speaker``); never a subject phrase before the verb, and no antecedent of later quotes."""

from __future__ import annotations

import pytest


def found(doc) -> list[tuple[str, str | None, str]]:
    """(content, speaker, speaker rule) of each quote."""
    return [(q.content.text, q.speaker, q.evidence[-1]) for q in doc.quotes]


def test_a_first_person_report_inside_a_statement_is_the_speakers(either_nlp):
    doc = either_nlp("بهرام صادقی، مدیر کارخانه، گفت: من با نماینده کارگران صحبت کردم و به او گفتم که حقوق "
                    "معوق تا پایان ماه پرداخت می‌شود.")
    assert ("حقوق معوق تا پایان ماه پرداخت می‌شود.", "بهرام صادقی", "speaker:first-person→statement") in found(doc)


def test_the_statement_runs_on_over_a_first_person_report(either_nlp):
    doc = either_nlp("بهرام صادقی، مدیر کارخانه، گفت: روزهای سختی را گذراندیم. با نماینده کارگران صحبت کردم و "
                     "به او گفتم حقوق معوق تا پایان ماه پرداخت می‌شود.")
    quotes = found(doc)
    assert quotes[0][0].startswith("روزهای سختی را گذراندیم.") and quotes[0][0].endswith("پرداخت می‌شود.")
    assert ("حقوق معوق تا پایان ماه پرداخت می‌شود.", "بهرام صادقی", "speaker:first-person→statement") in quotes


_INTERVIEW = ("بهرام صادقی، مدیر کارخانه، گفت: امسال تولید دو برابر شد. فروش هم بیشتر شد.\n"
              "صادقی افزود: بازار صادراتی هم رونق گرفت. کارگران هم راضی هستند.\n"
              "در آن جلسه به وزیر گفتم که سهمیه مواد اولیه کارخانه کافی نیست.\n"
              "وزیر پاسخ داد: این موضوع بررسی می‌شود.\n")


def test_a_first_person_report_outside_statements_is_the_main_speakers(either_nlp):
    quotes = found(either_nlp(_INTERVIEW))
    assert ("سهمیه مواد اولیه کارخانه کافی نیست.", "بهرام صادقی", "speaker:first-person→main-speaker") in quotes
    assert [q for q in quotes if q[0].startswith("این موضوع")][0][1] == "وزیر"  # no antecedent of the next quote


@pytest.mark.parametrize("statement", [
    # a present verb inside a statement says the statement itself
    "به شما می‌گویم که این کارخانه تعطیل نمی‌شود.",
    # a first-person stance is the speaker's view, no report
    "معتقدم که این کارخانه تعطیل نمی‌شود.",
])
def test_no_first_person_report_of_a_statement_itself(every_nlp, statement):
    """Negative: the statement alone, whole and its speaker's, with no report of its «که» clause."""
    quotes = found(every_nlp(f"بهرام صادقی، مدیر کارخانه، گفت: {statement}"))
    assert [(content, speaker) for content, speaker, _ in quotes] == [(statement, "بهرام صادقی")]


@pytest.mark.parametrize("text, statement", [
    # no one quoted twice: the account has no voice to give it
    ("دیروز به همسایه گفتم که سهمیه آب محله کافی نیست.\nوزیر نیرو گفت: سدها پر است.\n",
     ("سدها پر است.", "وزیر نیرو")),
    ("بهرام صادقی، مدیر کارخانه، گفت: امسال تولید دو برابر شد.\nدر آن جلسه به وزیر گفتم که سهمیه مواد اولیه کافی "
     "نیست.\n", ("امسال تولید دو برابر شد.", "بهرام صادقی")),
])
def test_a_first_person_report_without_a_voice_is_no_quote(every_nlp, text, statement):
    """Negative: no quote of the first-person report, and the statement beside it is still found."""
    quotes = found(every_nlp(text))
    assert len(quotes) == 1 and quotes[0][0].startswith(statement[0]) and quotes[0][1] == statement[1]
    assert not quotes[0][2].startswith("speaker:first-person")


_WHOLE = "من با نماینده کارگران صحبت کردم و به او گفتم که حقوق معوق تا پایان ماه پرداخت می‌شود."


def test_a_first_person_report_in_a_post_is_no_quote(either_nlp, either_reader):
    """In a post the first person is the channel's own voice, or inside a statement the speaker's words kept whole;
    in a news item the same statement holds the report as a quote of its own."""
    post = either_reader(f"بهرام صادقی: {_WHOLE}")
    quotes = found(either_nlp(post))
    report = [("حقوق معوق تا پایان ماه پرداخت می‌شود.", "بهرام صادقی", "speaker:first-person→statement")]
    assert quotes[0][:2] == (_WHOLE, "بهرام صادقی")
    assert quotes[1:] == (report if isinstance(post, str) else [])


_SOMEONE = ("بهرام صادقی، مدیر کارخانه، گفت: امسال تولید دو برابر شد.\nصادقی افزود: فروش هم بیشتر شد.\n"
            "شخصی که در جلسه حاضر بود می‌گوید: همه راضی بودند.\nوی افزود: کارگران هم راضی بودند.\n"
            "او ادامه داد: مدیران هم راضی بودند.\nوی گفت: مشتریان هم راضی بودند.\n\n"
            "در آن جلسه به وزیر گفتم که سهمیه مواد اولیه کارخانه کافی نیست.\n")


def test_an_indefinite_someone_quoted_most_is_no_voice_of_the_account(either_nlp):
    """Round 24: «شخصی که … می‌گوید» and the pronouns after it are someone, no account's voice, however often
    quoted; the first-person report goes to the named person."""
    quotes = found(either_nlp(_SOMEONE))
    assert ("سهمیه مواد اولیه کارخانه کافی نیست.", "بهرام صادقی", "speaker:first-person→main-speaker") in quotes
    assert [speaker for content, speaker, _ in quotes if "راضی بودند" in content] == ["شخصی"] * 4


@pytest.mark.parametrize("statement", [
    # the present perfect restates the speaker's standing words, no earlier act of saying
    "بارها گفته‌ام که این کارخانه تعطیل نمی‌شود.",
    # a compound verb in the present («عرض می‌کنم») says the statement itself as «می‌گویم» does
    "صادقانه عرض می‌کنم، این کارخانه تعطیل نمی‌شود.",
])
def test_no_first_person_report_in_the_present_perfect_or_a_compound_present(every_nlp, statement):
    """Negative (round 28, false quotes): the statement alone, whole and its speaker's."""
    quotes = found(every_nlp(f"بهرام صادقی، مدیر کارخانه، گفت: {statement}"))
    assert [(content, speaker) for content, speaker, _ in quotes] == [(statement, "بهرام صادقی")]


@pytest.mark.parametrize("line", [
    "ما می‌گوییم که سهمیه مواد اولیه کارخانه کافی نیست.",
    "باز هم می‌گویم سهمیه مواد اولیه کارخانه کافی نیست.",
    "عرض می‌کنم، سهمیه مواد اولیه کارخانه کافی نیست.",
])
def test_a_present_first_person_verb_outside_statements_is_no_report(every_nlp, line):
    """Negative (round 28, false quotes): in an interview's answers «ما می‌گوییم …» is the interviewee speaking
    now, no report of earlier words; the article's statements are still found."""
    quotes = found(every_nlp(_INTERVIEW.replace("در آن جلسه به وزیر گفتم که سهمیه مواد اولیه کارخانه کافی نیست.",
                                                 line)))
    assert not [q for q in quotes if q[2].startswith("speaker:first-person")]
    assert [speaker for content, speaker, _ in quotes if content.startswith("امسال تولید")] == ["بهرام صادقی"]



@pytest.mark.parametrize("statement", [
    # a clause of manner: «as I said», the speaker saying it again now
    "همانطور که پیش‌تر گفتم ما حقوق کارگران را به موقع پرداخت می‌کنیم.",
    "همان‌طور که در نشست قبلی گفتم ما حقوق کارگران را به موقع پرداخت می‌کنیم.",
    "همان طوری که در نشست قبلی هم گفتم، ما حقوق کارگران را به موقع پرداخت می‌کنیم.",
    # a free relative: «what I said», the object of the verb that says it now
    "آنچه را که در نشست قبلی گفتم تکرار می‌کنم و آن اینکه کارخانه تعطیل نمی‌شود.",
])
def test_no_first_person_report_as_i_said(every_nlp, statement):
    """Negative (round 31, false quotes): a first-person verb of saying after «همان‌طور که», «چنان‌که» or «آنچه (را)
    که» recalls the speaker's words to say them again, no report of its own; the statement alone is found, whole
    and its speaker's."""
    quotes = found(every_nlp(f"بهرام صادقی، مدیر کارخانه، گفت: {statement}"))
    assert [(content, speaker) for content, speaker, _ in quotes] == [(statement, "بهرام صادقی")]


def test_a_first_person_report_beside_an_as_i_said_is_still_found(either_nlp):
    """Golden: «as I said» is no report, but the speaker's account of what he told someone still is."""
    doc = either_nlp("بهرام صادقی، مدیر کارخانه، گفت: همانطور که پیش‌تر گفتم ما حقوق کارگران را به موقع پرداخت "
                     "می‌کنیم. همان روز به وزیر گفتم که سهمیه مواد اولیه کافی نیست.")
    reports = [(content, speaker) for content, speaker, rule in found(doc) if rule == "speaker:first-person→statement"]
    assert reports == [("سهمیه مواد اولیه کافی نیست.", "بهرام صادقی")]


def test_so_much_that_i_said_is_still_a_report(either_nlp):
    """Negative (last read, round 31): «چنان» with no «که» right after it («so angry that …») opens no clause of
    manner: the first-person report after it is still found, and the statement too."""
    doc = either_nlp("بهرام صادقی، مدیر کارخانه، گفت: آن روز چنان عصبانی بودم که به وزیر گفتم سهمیه مواد اولیه کافی "
                     "نیست.")
    quotes = found(doc)
    assert [speaker for _, speaker, _ in quotes] == ["بهرام صادقی"] * 2
    assert [content for content, _, rule in quotes if rule == "speaker:first-person→statement"] == [
        "سهمیه مواد اولیه کافی نیست."]
