"""«به گزارش X، …» in a Telegram post (rule ``cue:post-report``): the channel relays X's report.

Examples written for these tests (patterns of the telegram-dev channels, not their text); both pipelines.
"""

from __future__ import annotations

from persianews.quotes.context import View
from persianews.quotes.reports import report_quotes as post_report_quotes
from persianews.readers.news_text import opener
from persianews.readers.telegram_text import read_telegram_text


def report_quotes(nlp, post: str) -> list[tuple[str | None, str, str]]:
    """(speaker, cue, content) of the quotes the rule found in the one post of ``post``."""
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return [(q.speaker, q.cue.text if q.cue else "", q.content.text) for q in nlp(article).quotes
            if "cue:post-report" in q.evidence]


def test_a_named_outlet_reports_the_rest_of_the_sentence(either_nlp):
    found = report_quotes(either_nlp, "به گزارش رویترز، بانک مرکزی ژاپن نرخ بهره را ثابت نگه داشت.")
    assert found == [("رویترز", "به گزارش", "بانک مرکزی ژاپن نرخ بهره را ثابت نگه داشت.")]


def test_a_report_without_a_comma_after_the_source(either_nlp):
    found = report_quotes(either_nlp, "بنا بر گزارش رویترز قیمت نفت در بازار آسیا کاهش یافت.")
    assert found == [("رویترز", "بنا بر گزارش", "قیمت نفت در بازار آسیا کاهش یافت.")]


def test_this_report_is_the_outlet_named_before(either_nlp):
    post = ("رویترز گزارش داد بانک مرکزی ژاپن نرخ بهره را ثابت نگه داشت.\n"
            "طبق این گزارش، تصمیم بعدی بانک در ماه آینده اعلام می‌شود.")
    found = report_quotes(either_nlp, post)
    assert found == [("رویترز", "طبق این گزارش", "تصمیم بعدی بانک در ماه آینده اعلام می‌شود.")]


def test_this_report_is_the_last_reporter_before_it(either_nlp):
    post = ("طبق این گزارش، تردد در تنگه متوقف شد.\n"
            "رویترز گزارش داد بانک مرکزی ژاپن نرخ بهره را ثابت نگه داشت.\n"
            "یک منبع گزارش داد که بازار آرام است.\n"
            "طبق این گزارش، تصمیم بعدی بانک در ماه آینده اعلام می‌شود.")
    found = report_quotes(either_nlp, post)
    assert found == [("رویترز", "طبق این گزارش", "تصمیم بعدی بانک در ماه آینده اعلام می‌شود.")]


def test_each_report_verb_is_checked_once(either_nlp, monkeypatch):
    """Many «طبق این گزارش» with no source: the report verbs before each are not read again (linear work)."""
    repeats = 60
    post = "یک منبع گزارش داد که تردد متوقف شد. طبق این گزارش، کشتی‌ها منتظر ماندند.\n" * repeats
    (article,) = read_telegram_text(post + "@some_channel\n", "posts.txt")
    view = View.of(either_nlp(article))
    looked_up = []
    entities_in = View.entities_in

    def counted(self, start, end):
        looked_up.append(start)
        return entities_in(self, start, end)

    monkeypatch.setattr(View, "entities_in", counted)
    found = list(post_report_quotes(view))
    assert len(found) == repeats and {c.subject.rule for c in found} == {"subject:this-document"}
    assert len(looked_up) == repeats  # once per verb (quadratic before: 60 × 61 / 2)


def test_no_named_source_is_no_quote(either_nlp):
    assert report_quotes(either_nlp, "طبق گزارش‌ها، قیمت نفت در بازار آسیا کاهش یافت.") == []
    assert report_quotes(either_nlp, "بر اساس گزارش مستقیم از چند کشتی، تردد در تنگه متوقف شد.") == []
    assert report_quotes(either_nlp, "طبق این گزارش، تردد در تنگه متوقف شد.") == []  # no one spoke before


def test_this_document_with_no_reporter_before_is_the_last_speaker(either_nlp):
    """«بر اساس این اطلاعیه/گزارش/بیانیه، …» after a statement whose verb names no report: the statement's speaker
    issued the document (``subject:this-document``, resolved as «این منبع»)."""
    post = ("استانداری فارس اعلام کرد که حملات شب گذشته به دو نقطه از جاده‌های استان خسارت زده است.\n"
            "بر اساس این اطلاعیه، دو پل در محور شیراز هدف قرار گرفته‌اند.")
    assert report_quotes(either_nlp, post) == [
        ("استانداری فارس", "بر اساس این اطلاعیه", "دو پل در محور شیراز هدف قرار گرفته‌اند.")]
    post = ("خبرگزاری رویترز روز پنجشنبه خبر داد که تردد کشتی‌ها در تنگه تقریبا متوقف شده است.\n"
            "بنا بر این گزارش، داده‌های ردیابی کشتی‌ها حرکت بسیار کمی را نشان می‌دهد.")
    assert report_quotes(either_nlp, post) == [
        ("خبرگزاری رویترز", "بنا بر این گزارش", "داده‌های ردیابی کشتی‌ها حرکت بسیار کمی را نشان می‌دهد.")]


def test_a_named_issuers_statement_or_notice_reports_the_rest_of_the_sentence(either_nlp):
    found = report_quotes(either_nlp, "طبق بیانیه سپاه، دو پهپاد در نزدیکی مرز منهدم شدند.")
    assert found == [("سپاه", "طبق بیانیه", "دو پهپاد در نزدیکی مرز منهدم شدند.")]


def test_a_statement_or_notice_after_to_or_without_an_issuer_is_no_report(either_nlp):
    assert report_quotes(either_nlp, "سخنگوی دولت به بیانیه سپاه، واکنش نشان داد و آن را مهم خواند.") == []
    assert report_quotes(either_nlp, "بر اساس اطلاعیه‌ای که دیروز منتشر شد، ثبت‌نام تمدید شده است.") == []
    news = "استانداری فارس اعلام کرد که دو جاده بسته است. بر اساس این اطلاعیه، دو پل هدف قرار گرفته‌اند."
    assert all("cue:post-report" not in q.evidence for q in either_nlp(news).quotes)  # a news item: not this rule


def test_a_news_item_keeps_its_agency_opener_out_of_the_quotes(either_nlp):
    text = "به گزارش خبرگزاری فارس، جلسه شورای شهر امروز برگزار شد."
    assert opener(text) is not None
    doc = either_nlp(text)
    assert all("cue:post-report" not in q.evidence for q in doc.quotes)


def wrote_quotes(nlp, text: str, post: bool = True) -> list[tuple[str | None, str]]:
    """(speaker, content) of the quotes whose cue is «نوشت» in one post (or one news text)."""
    doc = nlp(read_telegram_text(text + "\n@some_channel\n", "posts.txt").__next__()) if post else nlp(text)
    return [(q.speaker, q.content.text) for q in doc.quotes if q.cue is not None and q.cue.text.startswith("نوشت")]


def test_a_bare_clause_after_wrote_is_what_the_outlet_wrote_in_posts_and_news(either_nlp):
    text = "سی‌ان‌ان نوشت جزئیات این طرح هنوز روشن نیست و زمان اجرای آن مشخص نشده است."
    expected = [("سی‌ان‌ان", "جزئیات این طرح هنوز روشن نیست و زمان اجرای آن مشخص نشده است.")]
    assert wrote_quotes(either_nlp, text) == expected
    assert wrote_quotes(either_nlp, text, post=False) == expected


def test_a_comma_after_wrote_in_news_reports_the_clause_after_it(either_nlp):
    found = wrote_quotes(either_nlp, "روزنامه گاردین نوشت، پلیس این شهر هر سال صدها نفر را بازداشت می‌کند.", post=False)
    assert found == [("روزنامه گاردین", "پلیس این شهر هر سال صدها نفر را بازداشت می‌کند.")]


def test_wrote_before_punctuation_reports_no_bare_clause(either_nlp):
    assert wrote_quotes(either_nlp, "هواداران اسم تیم را روی دیوار ورزشگاه نوشتند! بازی فردا برگزار می‌شود.") == []


def test_wrote_opening_its_line_after_a_bare_object_or_in_a_clause_of_what_reports_no_clause(either_nlp):
    verse = "شاعر در دفتر شعرش آورد:\nنوشت ستاره، آسمان شب روشن شد\nنوشت ستاره دریا آرام شد و ماه برآمد"
    assert wrote_quotes(either_nlp, verse, post=False) == []
    book = "این پژوهشگر تاکنون سه کتاب نوشته است، از جمله کتابی درباره تاریخ شهرهای ساحلی جنوب."
    assert wrote_quotes(either_nlp, book, post=False) == []
    what = "آنچه این نویسنده نوشت نشان از نگرانی عمیق او درباره آینده شهر کوچکش داشت."
    assert wrote_quotes(either_nlp, what, post=False) == []
