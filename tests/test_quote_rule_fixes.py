"""Quote rules fixed after review (issue 13, round 11): each with a golden case and what must not happen, in the
default pipeline and with the rules alone (no tagger)."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=["default", "rules-alone"])
def nlp(request):
    return persianews.load() if request.param == "default" else persianews.load(entities={"tagger": False})


def test_a_request_cut_before_the_next_report_says_so(nlp):
    text = ("شهردار از مردم خواست که در همه محله‌ها به قرار خود در قبال این طرح عمل کنند "
            "سخنگوی دولت مدعی شد که طرح ناقص است.")
    found = {q.content.text: q.evidence for q in nlp(text).quotes}
    content = "در همه محله‌ها به قرار خود در قبال این طرح عمل کنند"
    assert content in found and found[content][:2] == ("cue:indirect-request", "content:before-next-report")


def test_a_request_to_its_sentence_end_names_no_cut(nlp):
    evidence = [q.evidence for q in nlp("شهردار از مردم خواست که در همه محله‌ها به قرار خود عمل کنند.").quotes]
    assert evidence and all("content:before-next-report" not in e for e in evidence)


@pytest.mark.parametrize("text", [
    "سهم ارزش‌های افزوده بخش صنعت در تولید ملی امسال کاهش یافت.",
    "بار افزوده این طرح بر بودجه شهرداری سنگین است.",
    "واقعیت‌های افزوده این بازی کاربران را جذب کرده است.",
    "مالیات‌های افزوده این کالاها از ماه آینده بیشتر می‌شود.",
])
def test_the_adjective_afzude_reports_no_bare_clause(nlp, text):
    assert nlp(text).quotes == ()


def test_a_bare_perfect_of_saying_still_reports_its_clause(nlp):
    evidence = [q.evidence[0] for q in nlp("مدیر کارخانه گفته تولید این کالا تا پایان سال متوقف نمی‌شود.").quotes]
    assert evidence == ["cue:indirect-bare-perfect"]


@pytest.mark.parametrize("text, said", [
    ("او گفت «ما برای گفت‌وگو آماده‌ایم» نیز افزود که مذاکرات ادامه دارد.", "ما برای گفت‌وگو آماده‌ایم"),
    ("رئیس اتحادیه گفت «ما با هیچ صنفی دشمنی نداریم و همه را دعوت می‌کنیم» سپس جلسه را ترک کرد.",
     "ما با هیچ صنفی دشمنی نداریم و همه را دعوت می‌کنیم"),
])
def test_a_full_statement_in_guillemets_stays_a_direct_quote(nlp, text, said):
    found = [(q.kind, q.content.text) for q in nlp(text).quotes]
    assert ("direct", said) in found
    assert all(kind != "indirect" or "جلسه" not in content and "نیز" not in content for kind, content in found)


def test_a_few_words_in_guillemets_inside_a_clause_are_a_partial_quote(nlp):
    text = "وزیر گفت «روزهای سختی» در پیش است و همه باید صبور باشند."
    assert [(q.content.text, q.evidence[0]) for q in nlp(text).quotes][0] == (
        "«روزهای سختی» در پیش است و همه باید صبور باشند.", "cue:indirect-partial-quote")


@pytest.mark.parametrize("text, rule", [
    ("در بیانیه این انجمن آمده است: ما مصمم هستیم. برخی می‌گویند این طرح شکست خورده است. ما ادامه می‌دهیم.",
     "cue:document-colon"),
    ("سخنگوی دولت: ما مصمم هستیم. برخی می‌گویند این طرح شکست خورده است. ما ادامه می‌دهیم.", "cue:headline-entity"),
    ("مدیر مدرسه گفت: ما مصمم هستیم. عده‌ای می‌گویند این طرح شکست خورده است. ما ادامه می‌دهیم.", "cue:direct-colon"),
])
def test_a_statement_runs_on_over_hearsay_and_says_so(nlp, text, rule):
    # the group's words inside the statement are a quote of their own beside it (round 30: ``quote:nested``,
    # tests/test_group_reports_in_statements.py)
    outer = [q for q in nlp(text).quotes if "quote:nested" not in q.evidence]
    (quote,) = outer
    assert quote.evidence[:2] == (rule, "content:over-hearsay")
    assert quote.content.text.endswith("ما ادامه می‌دهیم.")


def test_a_statement_without_hearsay_names_none(nlp):
    text = "سخنگوی دولت: ما مصمم هستیم. این طرح ادامه می‌یابد."
    assert all("content:over-hearsay" not in q.evidence for q in nlp(text).quotes)


@pytest.mark.parametrize("subject, cleaned", [
    ("سرتیپ دوم پاسدار کریمی", "سرتیپ دوم پاسدار کریمی"),  # one word would be left: the rank stays
    ("سردار سرتیپ دوم پاسدار", "سردار سرتیپ دوم پاسدار"),
    ("دکتر کریمی", "دکتر کریمی"),
    ("سردار سرتیپ دوم پاسدار محمد کریمی", "محمد کریمی"),  # the whole stack goes
    ("کارآگاه علی رضایی", "علی رضایی"),  # a one-word honorific of honorifics.tsv only
    ("آیت‌الله سید علی حسینی", "سید علی حسینی"),  # up to a name part
])
def test_clean_strips_the_honorific_stack_only_when_a_name_is_left(subject, cleaned):
    from persianews.quotes.speaker_names import clean
    assert clean(subject) == cleaned


def test_one_word_honorifics_of_the_data_file_count():
    from persianews.quotes.speaker_names import honorific_words
    assert honorific_words(["کارآگاه", "علی", "رضایی"]) == 1
    assert honorific_words(["جناب", "آقای", "رضایی"]) == 2
    assert honorific_words(["علی", "رضایی"]) == 0


class _TitlesView:
    """The two things :func:`_appositive_titles` reads: the text and its TITLE entities."""

    def __init__(self, text: str, title: str) -> None:
        from types import SimpleNamespace

        from persianews.records import Span
        self.text = text
        start = text.index(title)
        self.titles = [SimpleNamespace(label="TITLE", span=Span(start, start + len(title)), text=title)]

    def entities_in(self, start: int, end: int) -> list:
        return [e for e in self.titles if start <= e.span.start < end]


@pytest.mark.parametrize("text, linked", [
    ("حسن کریمی، رئیس شورا گفت", True),
    ("حسن کریمی, رئیس شورا گفت", True),  # an ASCII comma too, as the docstring says
    ("حسن کریمی «، رئیس شورا» گفت", True),
    ("حسن کریمی رئیس شورا گفت", False),  # no comma: no apposition read here
    ("حسن کریمی «رئیس شورا» گفت", False),
])
def test_an_appositive_title_follows_a_comma(text, linked):
    from persianews.quotes.title_links import _appositive_titles
    view = _TitlesView(text, "رئیس شورا")
    assert bool(_appositive_titles(view, text.index("کریمی") + len("کریمی"))) == linked  # type: ignore[arg-type]
