"""Which referent a quote gets when its subject names a group of people or another state's body.

* A plural of people before a person or an organisation («منتقدان ترامپ», «هواداران پرسپولیس») is a group that speaks
  (rule ``speaker:words-group``), not the person or organisation it names.
* An organisation whose own words name a country its cluster's display does not («وزارت دفاع ترکیه» in one cluster
  with «وزارت دفاع روسیه»: the lexicon gives both Iran's canonical name) speaks by those words
  (``speaker:entity-organisation+own-country``).

Examples written for these tests (patterns of the news corpora, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import names_group


def quotes(nlp, text: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, speaker rules) of each quote of ``text``."""
    return [(q.speaker, [e for e in q.evidence if e.startswith("speaker:")]) for q in nlp(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("منتقدان ترامپ می‌گویند که سیاست خارجی دولت او شکست خورده است.", "منتقدان ترامپ"),
    ("هواداران پرسپولیس اعلام کردند که این تصمیم باشگاه پذیرفتنی نیست.", "هواداران پرسپولیس"),
])
def test_a_plural_of_people_before_a_name_is_a_group(every_nlp, text, speaker):
    assert quotes(every_nlp, text) == [(speaker, ["speaker:words-group"])]


@pytest.mark.parametrize("text, speaker", [
    ("مسعود پزشکیان گفت که دولت برای کاهش تورم برنامه دارد.", "مسعود پزشکیان"),
    ("سخنگوی ترامپ گفت که رئیس‌جمهور هفته آینده به اروپا سفر می‌کند.", "سخنگوی ترامپ"),
])
def test_a_name_or_a_title_before_a_name_is_no_group(every_nlp, text, speaker):
    found = quotes(every_nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert all("speaker:words-group" not in rules for _, rules in found)


def test_the_bodies_of_two_countries_keep_their_own_names(every_nlp):
    """Golden: the lexicon gives both ministries Iran's canonical name, so they share a cluster; each speaks by its
    own words, which name a country the cluster's display does not (``+own-country``)."""
    text = ("وزارت دفاع روسیه اعلام کرد که نیروهای این کشور در منطقه مستقر شده‌اند.\n"
            "وزارت دفاع ترکیه هم اعلام کرد که دو سرباز این کشور در درگیری‌ها کشته شدند.")
    assert quotes(every_nlp, text) == [("وزارت دفاع روسیه", ["speaker:entity-organisation"]),
                                       ("وزارت دفاع ترکیه", ["speaker:entity-organisation+own-country"])]


@pytest.mark.parametrize("text, speaker", [
    ("وزارت بهداشت مصر اعلام کرد که شمار مبتلایان به ۲۰ نفر رسید.\n"
     "وزارت بهداشت این کشور همچنین اعلام کرد که ۲۰۰ مورد مشکوک بررسی می‌شود.", "وزارت بهداشت مصر"),
    ("وزارت امور خارجه ایران اعلام کرد که سفیر این کشور احضار شد.\n"
     "وزارت امور خارجه همچنین اعلام کرد که اعتراض رسمی ارسال شده است.", "وزارت امور خارجه ایران"),
])
def test_a_mention_that_names_no_other_country_keeps_the_clusters_name(every_nlp, text, speaker):
    """Negative: a bare mention, or Iran's body named with «ایران», speaks by its cluster's display."""
    assert quotes(every_nlp, text) == [(speaker, ["speaker:entity-organisation"])] * 2


@pytest.mark.parametrize("word, group", [
    ("منتقدان", True), ("هواداران", True), ("مسئولان", True), ("نمایندگان", True),
    ("سامان", False), ("دریابان", False), ("سخنان", False), ("ایران", False),
])
def test_which_words_name_a_group(word, group):
    """A plural of people names a group; a given name, an honorific or a word for what is said does not."""
    assert names_group(word) is group


@pytest.mark.parametrize("text, speaker", [
    ("دریابان مایکل گیلدی گفت که ناوگان این کشور آماده است.", "مایکل گیلدی"),
    ("محمدرضا شیران معاون وزیر بهداشت گفت که دارو کمبود ندارد.\nشیران افزود که توزیع دارو ادامه دارد.",
     "محمدرضا شیران"),
])
def test_an_honorific_or_a_surname_in_an_is_no_group(every_nlp, text, speaker):
    """Negative: «دریابان» (a rank) and «شیران» (a surname the document names) end like plurals but open no group."""
    found = quotes(every_nlp, text)
    assert found and all(s == speaker and "speaker:words-group" not in rules for s, rules in found)
