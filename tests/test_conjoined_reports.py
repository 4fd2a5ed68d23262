"""Reported clauses that end before a conjoined verb of saying (rule ``content:before-conjoined-report``) or of
judging (``content:before-conjoined-deem``), the
plural pluperfect «… داده بودند (که)», and the cue «اطلاع داد». Examples written for these tests; both pipelines.
"""

from __future__ import annotations

import pytest


def quotes(nlp, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, cue, content) of each quote of ``text``."""
    return [(q.speaker, q.cue.text if q.cue else "", q.content.text) for q in nlp(text).quotes]


def test_a_conjoined_verb_of_saying_reports_a_clause_of_its_own(either_nlp):
    doc = either_nlp("ارتش سوئد به ناتو اطلاع داده است که نیازی به کمک ندارد و اعلام کرد نیروهایش آماده دفاع هستند.")
    found = [(q.speaker, q.cue.text, q.content.text, "content:before-conjoined-report" in q.evidence)
             for q in doc.quotes]
    assert found == [("ارتش سوئد", "اطلاع داده است", "نیازی به کمک ندارد", True),
                     ("ارتش سوئد", "اعلام کرد", "نیروهایش آماده دفاع هستند.", False)]


@pytest.mark.parametrize("text", [
    # «و» before a new subject: the verb after it is not a conjunct of the first one
    "وزیر نیرو گفت که سد کرج پر است و مدیر آب تهران اعلام کرد جیره‌بندی لازم نیست.",
    # «و» before a verb that reports no clause of its own
    "وزیر نیرو گفت که سد کرج پر است و تأکید کرد.",
])
def test_no_cut_without_a_conjoined_report(either_nlp, text):
    first = either_nlp(text).quotes[0]
    assert "content:before-conjoined-report" not in first.evidence
    assert first.content.text.startswith("سد کرج پر است و")


@pytest.mark.parametrize("text, expected", [
    ("رسانه‌های محلی گزارش داده بودند که دو کشتی در بندر غرق شده است.",
     ("رسانه‌های محلی", "گزارش داده", "دو کشتی در بندر غرق شده است.")),
    ("منابع خبری گزارش داده بودند وزیر ارتباطات به کرونا مبتلا شده است.",
     ("منابع خبری", "گزارش داده", "وزیر ارتباطات به کرونا مبتلا شده است.")),
    ("دولت فرانسه به آلمان اطلاع داد که سفیر تازه‌ای به برلین می‌فرستد.",
     ("دولت فرانسه", "اطلاع داد", "سفیر تازه‌ای به برلین می‌فرستد.")),
])
def test_a_plural_pluperfect_and_informed_report_the_clause(either_nlp, text, expected):
    assert quotes(either_nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "به من اطلاع داده شده بود که پرواز لغو شده است.",              # the passive
    "نتیجه از طریق پیامک به مردم اطلاع داده می‌شود و وام پرداخت می‌شود.",
    "آنها نه به من اطلاع دادند و نه به خانواده‌ام خبر دادند.",      # no clause
])
def test_informed_without_a_reported_clause_is_no_quote(either_nlp, text):
    assert all("اطلاع" not in cue for _, cue, _ in quotes(either_nlp, text))


@pytest.mark.parametrize("text, first", [
    # the second verb's bare clause is too short to be a quote: no cut, no word lost
    ("وزیر نیرو گفت که سد کرج تا خرداد پر می‌شود و اعلام کرد جیره‌بندی نداریم.",
     "سد کرج تا خرداد پر می‌شود و اعلام کرد جیره‌بندی نداریم."),
    # a plural verb after a singular cue: the reported clause's own subject's verb
    ("وزیر نیرو گفت که کارگران حقوق نگرفته‌اند و اعلام کردند که از فردا اعتصاب می‌کنند.",
     "کارگران حقوق نگرفته‌اند و اعلام کردند که از فردا اعتصاب می‌کنند."),
    # «گفته» with no «است/اند» after it in news is a noun
    ("وزیر نیرو گفت که طبق برنامه و گفته کارشناسان سد کرج تا خرداد پر می‌شود.",
     "طبق برنامه و گفته کارشناسان سد کرج تا خرداد پر می‌شود."),
])
def test_no_cut_where_the_second_verb_makes_no_quote_of_the_speaker(either_nlp, text, first):
    assert quotes(either_nlp, text) == [("وزیر نیرو", "گفت", first)]


def test_plural_verbs_agree_and_cut(either_nlp):
    text = "کارگران گفتند که حقوق نگرفته‌اند و اعلام کردند که از فردا اعتصاب می‌کنند."
    assert quotes(either_nlp, text) == [("کارگران", "گفتند", "حقوق نگرفته‌اند"),
                                        ("کارگران", "اعلام کردند", "از فردا اعتصاب می‌کنند.")]


def test_a_finite_cue_then_mishavad_opens_the_clause(either_nlp):
    text = "رئیس سازمان برنامه اعلام کرد می‌شود پروژه را تا پایان سال تمام کرد."
    assert quotes(either_nlp, text) == [("رئیس سازمان برنامه", "اعلام کرد", "می‌شود پروژه را تا پایان سال تمام کرد.")]


def test_a_participle_cue_then_mishavad_is_the_passive(either_nlp):
    assert quotes(either_nlp, "به خانواده‌ها اطلاع داده می‌شود مدارس از شنبه باز است.") == []


def test_a_conjoined_verb_of_the_clause_after_a_comma_keeps_the_report(either_nlp):
    text = "سخنگوی وزارت خارجه گفت، رسانه‌های خارجی حمله را آغاز کرده و ادعا می‌کنند مسکو در حال بمباران است."
    assert quotes(either_nlp, text)[0] == (
        "سخنگوی وزارت خارجه", "گفت", "رسانه‌های خارجی حمله را آغاز کرده و ادعا می‌کنند مسکو در حال بمباران است.")


def test_another_report_after_a_comma_is_not_the_verbs_clause(either_nlp):
    found = quotes(either_nlp, "وزیر نیرو اعلام کرد، وی افزود سد کرج پر است و جیره‌بندی نداریم.")
    assert [cue for _, cue, _ in found] == ["افزود"]


# ---------------------------------------------------------------- a conjoined judgement «… و X را «Y» توصیف کرد»

@pytest.mark.parametrize("text, clause, cue, judged", [
    ("ستاد ارتش سوئد اعلام کرد پهپادهای دشمن به این بندر حمله کرده و این اقدام را «عمدی و بی‌دلیل» توصیف کرد.",
     "پهپادهای دشمن به این بندر حمله کرده", "توصیف کرد", "این اقدام را «عمدی و بی‌دلیل»"),
    ("وزارت خارجه سوئد اعلام کرده بود از پاسخ مسکو رضایت ندارد و آن را «کاملا نپذیرفتنی» خوانده بود.",
     "از پاسخ مسکو رضایت ندارد", "خوانده بود", "آن را «کاملا نپذیرفتنی»"),
])
def test_a_conjoined_judgement_is_a_quote_of_its_own(either_nlp, text, clause, cue, judged):
    found = [(q.cue.text if q.cue else "", q.content.text, q.evidence) for q in either_nlp(text).quotes]
    assert [(c, content) for c, content, _ in found][1:] == [(cue, judged)]
    assert found[0][1] == clause and "content:before-conjoined-deem" in found[0][2]


def test_a_judgement_after_a_finite_verb_and_and_starts_at_its_object(either_nlp):
    text = "دو کشور ماه گذشته قطعنامه مشابه را وتو کرده بودند و متن آن را علیه سوئد «جانبدارانه» خواندند."
    assert quotes(either_nlp, text) == [("دو کشور", "خواندند", "متن آن را علیه سوئد «جانب‌دارانه»")]
    assert "content:after-finite-clause" in either_nlp(text).quotes[0].evidence


@pytest.mark.parametrize("text, content", [
    # a noun with no «و» after a verb before the object: the judgement's words from the subject on
    ("دو کشور در نشست ماه گذشته متن قطعنامه را «جانبدارانه» خواندند.",
     "در نشست ماه گذشته متن قطعنامه را «جانب‌دارانه»"),
    # «و» after a verb's noun whose verb is elided: the older cut, no code of the finite verb
    ("وزیر نیرو گزارشی از سدها ارائه و این طرح را «ضروری» دانست.", "این طرح را «ضروری»"),
    # two verb stems joined by «و», a noun («آمد و شد»): no clause ends at the first
    ("وزارت کشور پس از منع آمد و شد شبانه این طرح را «موفق» دانست.", "پس از منع آمد و شد شبانه این طرح را «موفق»"),
])
def test_a_judgement_after_no_finite_verb_and_and_has_no_finite_clause_code(either_nlp, text, content):
    """Negative: the judgement is still found; its start is no finite clause's end."""
    found = either_nlp(text).quotes
    assert [q.content.text for q in found] == [content]
    assert "content:after-finite-clause" not in found[0].evidence


@pytest.mark.parametrize("text", [
    # a judgement in the present: the reported words' own («هرچند برلین X را Y می‌داند»)
    "یک مقام اروپایی گفت دولت فرانسه به یافتن راه‌حل متعهد است و برلین این حملات را «تروریستی» می‌داند.",
    # an object holding «که» and a verb: no phrase judged
    "قاضی اعلام کرد نوری از وزارت دفاع دفاع کرده و مدرکی نیست که نشان دهد دولت او را «خائن» خوانده.",
    # a report in the present: a story told whole, its judgement its subject's («X می‌نویسد A … کرد و …»)
    "روزنامه تایمز می‌نویسد سرمربی سوئد از سکوت مربیان گلایه کرد و رفتار میزبان را غیرانسانی توصیف کرد.",
    # a compound verb in the present («اعلام می‌کنند»)
    "نمایندگان اعلام می‌کنند که دولت از طرح استقبال کرده و قانون تازه را «ناقص» توصیف کرد.",
])
def test_no_cut_before_a_judgement_inside_the_reported_words(either_nlp, text):
    """Negative: the reported clause is still found, whole, with no cut."""
    first = either_nlp(text).quotes[0]
    assert first.cue is not None and first.cue.text in ("گفت", "اعلام کرد", "می‌نویسد", "اعلام می‌کنند")
    assert "content:before-conjoined-deem" not in first.evidence
    assert first.content.text.rstrip(".").endswith(("می‌داند", "خوانده", "توصیف کرد"))
