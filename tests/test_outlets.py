"""Outlets and bare organisation names (issue 13, class 8): golden cases and what must not match."""

from __future__ import annotations

import pytest

import persianews
from persianews.entities.keys import fold

from .tagger_errors import tagger_error

#: Where the tagger agrees with an outlet's name alone, the outer span with the type word gives way
#: (tagger_merge.merge: the annotated news hold papers and magazines by their name alone; the quote gold
#: lists the long form as optional).
NAME_ALONE_WITH_THE_TAGGER = {
    "روزنامه «صبح نو» در شماره امروز نوشت که بازار آرام است.": {"صبح نو"},
    "شبکه تلویزیونی ABC گزارش داد که سیل آمد.": {"ABC"},
    "روزنامه صهیونیستی «هایوم نو» نوشت که مذاکرات ادامه دارد.": {"هایوم نو"},
}


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def orgs(request):
    """The organisations of a text by the default pipeline (rules and tagger) and by the rules alone."""
    nlp = persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": request.param})

    def run(text: str) -> set[str]:
        return {fold(e.text).replace(" ", "") for e in nlp(text).entities if e.label == "ORG"}

    run.tagged = request.param  # type: ignore[attr-defined]
    return run


def keys(*names: str) -> set[str]:
    return {fold(name).replace(" ", "") for name in names}


@pytest.mark.parametrize("text, expected", [
    # a lexicon outlet with its type word, and its name alone nested in it
    ("به گزارش خبرگزاری فارس، باران آمد.", {"خبرگزاری فارس", "فارس"}),
    ("خبرگزاری اینترفکس روسیه از مسکو گزارش داد.", {"خبرگزاری اینترفکس روسیه", "اینترفکس"}),
    # a quoted name, Latin words, an unknown transliterated name after a type word
    ("روزنامه «صبح نو» در شماره امروز نوشت که بازار آرام است.", {"روزنامه «صبح نو»", "صبح نو"}),
    ("شبکه تلویزیونی ABC گزارش داد که سیل آمد.", {"شبکه تلویزیونی ABC", "ABC"}),
    # a describing word whose key differs from its spelling (a run of ی folds to one)
    ("شبکه رادیویی «صدای شهر» گزارش داد که سیل آمد.", {"شبکه رادیویی «صدای شهر»", "صدای شهر"}),
    ("هفته‌نامه اشپیگل آلمان نوشت که دولت سقوط می‌کند.", {"هفته‌نامه اشپیگل آلمان", "اشپیگل"}),
    ("روزنامه صهیونیستی «هایوم نو» نوشت که مذاکرات ادامه دارد.", {"روزنامه صهیونیستی «هایوم نو»", "هایوم نو"}),
    # where a text cites its source
    ("به گزارش تورنتواستار، سیل آمد.", {"تورنتواستار"}),
    ("به نوشته «صدای مردم»، بازار آرام است.", {"صدای مردم"}),
    ("به گزارش روز نو: بازار آرام است.", {"روز نو"}),
    ("خبرنگار مهر در زنجان گزارش داد.", {"مهر"}),
    # bare parliament, armed forces with their country, companies
    ("نمایندگان مجلس با این طرح مخالفت کردند.", {"مجلس"}),
    ("ارتش پاکستان و سنتکام بیانیه دادند.", {"ارتش پاکستان", "سنتکام"}),
    ("سپاه اعلام کرد که رزمایش تمام شد.", {"سپاه"}),
    ("تویوتا و بوئینگ قرارداد بستند.", {"تویوتا", "بوئینگ"}),
])
def test_outlets_and_bare_organisations(orgs, text, expected):
    if orgs.tagged:
        expected = NAME_ALONE_WITH_THE_TAGGER.get(text, expected)
    with tagger_error(orgs, text):
        assert orgs(text) == keys(*expected)


@pytest.mark.parametrize("text, expected", [
    ("روزنامه ایران نوشت که بازار آرام است.", {"روزنامه ایران"}),  # the name alone is a place
    ("مجلس ختم پدرش دیروز برگزار شد.", set()),  # a gathering
    ("این مجلس با طرح مخالفت کرد.", set()),  # an anaphor
    ("شبکه اجتماعی و پایگاه داده و روزنامه رسمی کشور به روز شد.", set()),
    ("به نقل از منابع آگاه، جلسه لغو شد.", set()),
    ("به گزارش خبرنگار ما، جلسه لغو شد.", set()),
    ("مردم شرق آسیا و ارتش بزرگی از داوطلبان آمدند.", set()),
    ("دولت ژاپن کمک کرد.", set()),
    ("موشک به پایگاه صهیونیستی برانیت در شمال اصابت کرد.", set()),  # a military base, no outlet
    ("مجلس سنای آمریکا رأی داد.", {"مجلس سنای آمریکا"}),  # one body, not the bare parliament
])
def test_what_is_no_outlet_or_bare_organisation(orgs, text, expected):
    with tagger_error(orgs, text):
        assert orgs(text) == keys(*expected)


@pytest.mark.parametrize("text, name", [
    ("خبرگزاری دولت گزارش داد که سیل آمد.", "دولت"),  # another organisation, not an outlet's name
    ("مأموران پایگاه یکم پلیس آگاهی تهران متهم را دستگیر کردند.", "یکم پلیس آگاهی تهران"),  # a base
])
def test_no_outlet_name_nested_in_what_is_no_outlet(orgs, text, name):
    assert fold(name).replace(" ", "") not in orgs(text)


@pytest.mark.parametrize("text, product", [
    ("محصول شرکت مایکروسافت Windows است.", "Windows"),   # the company has its name: the Latin word is a product's
    ("گوشی جدید شرکت سامسونگ Galaxy S24 معرفی شد.", "Galaxy S24"),
])
def test_a_latin_word_after_a_named_company_is_no_company(orgs, text, product):
    assert not orgs(text) & keys(product)


@pytest.mark.parametrize("text, expected", [
    # Latin company names after a company or bank head, with describing words and quotes (org-latin-name)
    ('شرکت "Velmora" واکسن را عرضه کرد.', {"Velmora"}),
    ("شرکت R&D Lab از طرح خبر داد.", {"R&D Lab"}),
    ("شرکت آلمانی Helvena داروی تازه‌ای ساخت.", {"Helvena"}),
    ("بانک Carrow Trust وام تازه‌ای داد.", {"Carrow Trust"}),
])
def test_latin_company_names(orgs, text, expected):
    with tagger_error(orgs, text):
        assert orgs(text) == keys(*expected)


@pytest.mark.parametrize("text", [
    "صدها شرکت در نمایشگاه Expo حاضر شدند.",  # taking part: a function word before the Latin word
    "این شرکت از Windows استفاده می‌کند.",
    "گروه G در جام جهانی بازی کرد.",  # no company head
    "شرکت tinyco کار را آغاز کرد.",  # no capital letter
])
def test_no_latin_company_name(orgs, text):
    assert orgs(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a police body with the force it belongs to is one organisation
    ("پلیس فتا فراجا درباره کلاهبرداری هشدار داد.", {"پلیس فتا فراجا"}),
    ("پلیس راهور و ناجا طرح را اجرا کردند.", {"پلیس راهور", "ناجا"}),  # two, joined by «و»
    # short names of bodies and armed groups news writes bare
    ("شورای پول و اعتبار مصوبه تازه را ابلاغ کرد.", {"شورای پول و اعتبار"}),
    ("احرار الشام و ارتش آزاد عقب نشستند.", {"احرار الشام", "ارتش آزاد"}),
])
def test_short_names_of_bodies(orgs, text, expected):
    assert orgs(text) == keys(*expected)
