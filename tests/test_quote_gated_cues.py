"""Gated cues (issue 13): the bare participle «گفته/نوشته/مدعی شده» and the colloquial past «گفتن/نوشتن» report
speech only right before «که» or a colon, never as a noun («گفته می‌شود», «گفته‌های», «این نوشته که»)."""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.telegram_text import read_telegram_text
from .quote_rows import quote_rows as quotes


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


@pytest.mark.parametrize("text, expected", [
    ("وزیر خارجه ایران گفته که مذاکرات ادامه دارد.",
     ("مذاکرات ادامه دارد.", "گفته", "cue:indirect-that", "وزیر خارجه ایران")),
    ("خبرگزاری رویترز نوشته: «حمله انجام شد.»",
     ("«حمله انجام شد.»", "نوشته", "cue:direct-colon", "خبرگزاری رویترز")),
    ("علی احمدی گفته: ما آماده‌ایم.", ("ما آماده‌ایم.", "گفته", "cue:direct-colon", "علی احمدی")),
    ("مقامات لبنانی گفتن که حمله انجام شده.",
     ("حمله انجام شده.", "گفتن", "cue:indirect-that", "مقامات لبنانی")),
    ("خبرگزاری رویترز نوشتن که دو نفر کشته شدند.",
     ("دو نفر کشته شدند.", "نوشتن", "cue:indirect-that", "خبرگزاری رویترز")),
    # the words said in guillemets right after the participle (a Telegram post's «X گفته "…"»)
    ("سخنگوی دولت گفته «هیچ سایتی بدون نظر ستاد مسدود نمی‌شود».",
     ("هیچ سایتی بدون نظر ستاد مسدود نمی‌شود", "گفته", "cue:direct-guillemets", "سخنگوی دولت")),
    ("روزنامه کیهان نوشته، «دولت باید پاسخ بدهد و کوتاه نیاید».",
     ("دولت باید پاسخ بدهد و کوتاه نیاید", "نوشته", "cue:direct-guillemets", "روزنامه کیهان")),
    # the wire's bare «مدعی شده» (a claim)
    ("خبرگزاری رویترز به نقل از یک مقام ناشناس مدعی شده که دو وزیر به دوحه رفته‌اند.",
     ("دو وزیر به دوحه رفته‌اند.", "مدعی شده", "cue:indirect-that", "خبرگزاری رویترز")),
    # the copula «مدعی است/هستند/بود/‌اند که» (a claim of the subject)
    ("روزنامه گاردین همچنین مدعی است که دو وزیر به دوحه رفته‌اند.",
     ("دو وزیر به دوحه رفته‌اند.", "مدعی است", "cue:indirect-that", "روزنامه گاردین")),
    ("شورشیان یمن مدعی هستند که یک کشتی باری را در دریای سرخ هدف گرفته‌اند.",
     ("یک کشتی باری را در دریای سرخ هدف گرفته‌اند.", "مدعی هستند", "cue:indirect-that", "شورشیان یمن")),
    ("علی احمدی مدعی بود که رقیبانش نمی‌توانند در انتخابات برنده شوند.",
     ("رقیبانش نمی‌توانند در انتخابات برنده شوند.", "مدعی بود", "cue:indirect-that", "علی احمدی")),
])
def test_bare_participle_and_colloquial_past_before_that_or_colon_are_cues(nlp, text, expected):
    assert quotes(nlp(text)) == [expected]


@pytest.mark.parametrize("text", [
    "گفته می‌شود که مذاکرات ادامه دارد.",                       # passive: no one says it
    "این گفته‌های او درست نیست.",
    "او در این نوشته که دیروز منتشر شد از دولت انتقاد کرد.",     # a noun after a demonstrative
    "این گفته که ایران مقصر است نادرست است.",
    "وزیر خارجه ایران گفته است مذاکرات ادامه دارد و گفته بسیاری تأیید شد.",
    "برای گفتن حقیقت شجاعت لازم است.",                          # the infinitive
    "روی دیوار نوشته شده که ورود ممنوع است.",
    "روی تابلو نوشته «ورود ممنوع» و کسی نمی‌رود.",             # a word or two written on a thing
    "این گفته «ایران مقصر است» را کسی باور نکرد.",             # a noun after a demonstrative
    "روزنامه اعتماد نوشته «جواد حسینی» و «رضا کریمی» نامزد شده‌اند.",  # names in guillemets
    "این فرد مدعی شده بود و کسی باور نکرد.",                      # a claim named, no clause
    "علی احمدی مدعی شده و دولت را مقصر می‌داند.",
    "علی احمدی مدعی است و دولت را مقصر می‌داند.",                 # the copula with no «که»: a claim named
    "او در این پرونده مدعی است.",                                 # a claimant («the plaintiff»)
])
def test_gated_forms_elsewhere_are_no_cues(nlp, text):
    assert all(q[1] not in ("گفته", "نوشته", "گفتن", "نوشتن", "مدعی شده", "مدعی شده بود", "مدعی است", "مدعی بود")
               for q in quotes(nlp(text)))


def test_according_to_keeps_its_own_rule(nlp):
    assert [q[2] for q in quotes(nlp("به گفته وزیر، مذاکرات ادامه دارد."))] == ["cue:according-to"]


def test_a_bare_participle_conjoined_to_another_reports_the_clause_after_it(nlp):
    found = quotes(nlp("پلیس تهران مظنون را بازداشت کرده و گفته او پیش‌تر سابقه سرقت داشته است."))
    assert ("او پیش‌تر سابقه سرقت داشته است.", "گفته", "cue:indirect-stance", "پلیس تهران") in found


@pytest.mark.parametrize("text", [
    "دولت این طرح را رد کرده و گفته شده که بررسی دوباره می‌شود.",     # passive after the «و»
    "پلیس دو نفر را بازداشت کرده و گفته می‌شود آنها فرار کرده بودند.",
])
def test_a_bare_participle_before_a_passive_is_no_cue(nlp, text):
    assert all(q[1] != "گفته" for q in quotes(nlp(text)))


@pytest.mark.parametrize("text, expected", [
    # the colloquial perfect with no «است», «که» or colon: the bare clause after it is reported
    ("وزیر گفته او دیروز به تهران رسیده است.",
     ("او دیروز به تهران رسیده است.", "گفته", "cue:indirect-bare-perfect", "وزیر")),
    ("شرکت سامسونگ گفته نسخه تازه این نرم‌افزار هفته آینده منتشر می‌شه.",
     ("نسخه تازه این نرم‌افزار هفته آینده منتشر می‌شه.", "گفته", "cue:indirect-bare-perfect", "شرکت سامسونگ")),
    # «افزوده», gated like «گفته» before «که» (not before a bare clause: tests/test_quote_rule_fixes.py)
    ("سخنگوی ارتش در بیانیه خود افزوده که هیچ سربازی زخمی نشده است.",
     ("هیچ سربازی زخمی نشده است.", "افزوده", "cue:indirect-that", "سخنگوی ارتش")),
    ("اتحادیه صنف نانوایان استدلال کرده که قیمت آرد دو برابر شده است.",
     ("قیمت آرد دو برابر شده است.", "استدلال کرده", "cue:indirect-that", "اتحادیه صنف نانوایان")),
])
def test_a_bare_perfect_reports_the_clause_after_it(nlp, text, expected):
    assert quotes(nlp(text)) == [expected]


def test_a_bare_written_perfect_reports_the_clause_after_it_in_a_post(nlp):
    """The bare perfect «نوشته» reports a bare clause in a Telegram post as «نوشت» does (``cue:indirect-stance``)."""
    post = "روزنامه اعتماد نوشته دولت تا پایان ماه لایحه بودجه را به مجلس می‌فرستد.\n@some_channel\n"
    (article,) = read_telegram_text(post, "posts.txt")
    assert quotes(nlp(article)) == [("دولت تا پایان ماه لایحه بودجه را به مجلس می‌فرستد.", "نوشته",
                                     "cue:indirect-bare-perfect", "روزنامه اعتماد")]


def test_the_plural_pluperfect_reports_the_clause_after_it(nlp):
    """«گفته بودند», «نوشته بودند»: the pluperfect in the plural, as the singular «گفته بود»."""
    found = quotes(nlp("وکلای محمد رضایی گفته بودند او را به زندان دیگری منتقل کرده‌اند."))
    assert found == [("او را به زندان دیگری منتقل کرده‌اند.", "گفته بودند", "cue:indirect-stance", "وکلای محمد رضایی")]
    found = quotes(nlp("کاربران شبکه‌های اجتماعی نوشته بودند این تصمیم به ضرر مردم است."))
    assert found == [("این تصمیم به ضرر مردم است.", "نوشته بودند", "cue:indirect-stance", "کاربران شبکه‌های اجتماعی")]
    found = quotes(nlp("مقامات ونزوئلا گفته بودند که دو زلزله شدید در غرب کشور ثبت شده است."))
    assert found == [("دو زلزله شدید در غرب کشور ثبت شده است.", "گفته بودند", "cue:indirect-that", "مقامات ونزوئلا")]


def test_the_plural_pluperfect_after_its_object_is_no_cue(nlp):
    assert quotes(nlp("همسایه‌ها این حرف‌ها را گفته بودند تا مردم محله آرام شوند و به خانه برگردند.")) == []


@pytest.mark.parametrize("text", [
    "مواردی که روزنامه اعتماد گفته هنوز تأیید نشده است.",            # a relative clause
    "چه کسی گفته دولت باید این کالا را گران بخرد؟",                  # a question
    "آیا وزیر گفته دولت از این طرح حمایت می‌کند؟",
    "من پیش از این گفته بودم جنگ بعدی در راه است.",                   # the pluperfect, not a bare perfect
    "در این باره چیزی به ما گفته نشده و خبری نداریم.",                # a negated passive
    "این حرف را گفته تا مردم را آرام کند.",                            # its object before it
    "به گفته او دولت طرح تازه‌ای ندارد و این نوشته نادرست است.",       # nouns
    "دولت به نتیجه رسیدبه گفته وزیر بهداشت داروی تازه اثر دارد.",     # «به» glued to the word before
    "مالیات بر ارزش افزوده که از کالاها گرفته می‌شود بیشتر شد.",       # the adjective of a noun
    "سه کشور تازه به فهرست اهداف ما افزوده شده‌اند و بقیه در راهند.",   # the passive
    "معادن تازه به ذخایر این شرکت افزوده خواهند شد و تولید بالا می‌رود.",
])
def test_a_bare_perfect_elsewhere_is_no_cue(nlp, text):
    assert all(q[1] not in ("گفته", "نوشته", "افزوده") for q in quotes(nlp(text)))


@pytest.mark.parametrize("text, expected", [
    # «آن‌طور که X گفته …»: the «که» of a manner clause («as X said») makes no relative clause
    ("آن‌طور که دیروز کامران نیک، رئیس دفتر حزب گفته این حزب نامزدی برای انتخابات ندارد.",
     ("این حزب نامزدی برای انتخابات ندارد.", "گفته", "cue:indirect-bare-perfect", "کامران نیک")),
    ("همان طور که رضا کریمی به خبرنگاران گفته دو وزیر تازه هفته آینده معرفی می‌شوند.",
     ("دو وزیر تازه هفته آینده معرفی می‌شوند.", "گفته", "cue:indirect-bare-perfect", "رضا کریمی")),
])
def test_a_bare_perfect_in_a_manner_clause_reports_the_clause_after_it(nlp, text, expected):
    assert quotes(nlp(text)) == [expected]


def test_a_bare_perfect_after_a_that_of_no_manner_clause_is_no_cue(nlp):
    """A «که» after a noun or a verb still bars the bare perfect (a relative clause, a noun, a complement clause whose
    speaker is not found); the manner clause before them is still read."""
    found = quotes(nlp("آن‌طور که کامران نیک گفته دولت طرح تازه‌ای برای مسکن دارد. مواردی که روزنامه اعتماد گفته "
                       "هنوز تأیید نشده است. این یکی از مسائلی است که رضا کریمی نوشته با آن دیپلمات دیدار کرده است. "
                       "او امید دارد که گفته حجت‌الاسلام تقوی درباره این طرح عملی شود."))
    assert found == [("دولت طرح تازه‌ای برای مسکن دارد.", "گفته", "cue:indirect-bare-perfect", "کامران نیک")]


@pytest.mark.parametrize("text, expected", [
    # the journalists' perfect without «است»: the participle, a comma, the reported clause
    ("سناتور ایالت اوهایو به خبرنگاران گفته، دولت برنامه‌ای برای مالیات ندارد.",
     ("دولت برنامه‌ای برای مالیات ندارد.", "گفته", "cue:indirect-comma", "سناتور ایالت اوهایو")),
    # «آن طور که X گفته، …»: the manner clause names the speaker, the clause after the comma is the content
    ("آن‌گونه که کامران نیک به خبرنگاران گفته، دولت طرح تازه‌ای برای مسکن دارد.",
     ("دولت طرح تازه‌ای برای مسکن دارد.", "گفته", "cue:indirect-comma", "کامران نیک")),
    # a relative clause closed by a comma before the verb does not make the participle a relative one
    ("کامران نیک به عنوان کسی که در جلسه بوده، به کنگره گفته، متن منتشرشده کامل نیست.",
     ("متن منتشرشده کامل نیست.", "گفته", "cue:indirect-comma", "کامران نیک")),
])
def test_a_bare_participle_before_a_comma_reports_the_clause_after_it(nlp, text, expected):
    assert quotes(nlp(text)) == [expected]


@pytest.mark.parametrize("text", [
    "رئیس‌جمهور این مصیبت را تسلیت گفته، از خداوند صبر خواست.",      # a compound verb
    "کارگزار آمریکا دروغ گفته، تقلب کرده و ترور می‌کند.",
    "نه کتاب گفته، نه حدیث معتبری و نه در تاریخ چنین چیزی آمده است.",  # a «نه … نه» list
    "او در نامه‌ای که به دولت گفته، سندرز را با سناتور مقایسه کرد.",   # a relative clause on a noun
    "این گفته، هیچ پایه‌ای ندارد و دولت آن را رد کرد.",                # a noun after a demonstrative
    "کامران نیک در توییتی نوشته، دولت برنامه‌ای برای مالیات ندارد.",   # «نوشته،» stays gated
])
def test_a_bare_participle_before_a_comma_elsewhere_is_no_cue(nlp, text):
    assert all(q[1] not in ("گفته", "نوشته") for q in quotes(nlp(text)))
