"""Where the learned tagger changes who said what (issue 13/14): classes found by running the default pipeline and
the rules alone over whole corpora and reading their disagreements. Golden and negative cases on sentences
written for these tests; pipeline cases run both pipelines (default and rules alone)."""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.entities.candidates import Candidate
from persianews.entities.tagger_merge import CUT_RULE, HEAD_RULE, LATIN_RULE, TAGGER_RULE, UNIT_RULES, merge
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def pipeline(request):
    return persianews.load(entities={"tagger": request.param})


# A tagger organisation inside a name the lexicon knows whole (its first words, its last: فراجا of «پلیس فتا
# فراجا», or between) does not replace it.

@pytest.mark.parametrize("cut", [
    Candidate("ORG", 2, 4, TAGGER_RULE),
    Candidate("ORG", 3, 5, TAGGER_RULE),
    Candidate("ORG", 3, 4, TAGGER_RULE),
])
def test_a_tagger_span_inside_a_lexicon_organisation_keeps_the_whole_name(cut):
    known = Candidate("ORG", 2, 5, "org-lexicon")
    assert merge([known], [cut], []) == [attrs.evolve(known, rule=f"org-lexicon+{CUT_RULE}")]


@pytest.mark.parametrize("rule, tagged", [
    ("org-lexicon", Candidate("ORG", 2, 7, TAGGER_RULE)),  # longer: وزارت دفاع جمهوری اسلامی over وزارت دفاع
    ("org-lexicon", Candidate("ORG", 4, 7, TAGGER_RULE)),  # across its end: not inside it
    ("org-head-executive", Candidate("ORG", 2, 4, TAGGER_RULE)),  # a head rule's name: either is as often right
])
def test_other_tagger_organisations_still_replace_the_rules(rule, tagged):
    assert merge([Candidate("ORG", 2, 5, rule)], [tagged], []) == [tagged]


# A tagger organisation that only adds the head word before a company's Latin name (شرکت BP) does not replace it.

def test_a_tagger_span_over_a_latin_name_and_its_head_keeps_the_name():
    name = Candidate("ORG", 3, 4, LATIN_RULE)
    stretched = Candidate("ORG", 2, 4, TAGGER_RULE)
    assert merge([name], [stretched], []) == [attrs.evolve(name, rule=f"{LATIN_RULE}+{HEAD_RULE}")]


@pytest.mark.parametrize("tagged", [
    Candidate("ORG", 2, 5, TAGGER_RULE),  # runs on past the name: the tagger's longer span
    Candidate("ORG", 3, 5, TAGGER_RULE),  # from the name on
])
def test_other_tagger_spans_over_a_latin_name_still_replace_it(tagged):
    assert merge([Candidate("ORG", 3, 4, LATIN_RULE)], [tagged], []) == [tagged]


def test_a_company_latin_name_in_both_pipelines(pipeline):
    doc = pipeline("شرکت آلمانی Helvena داروی تازه‌ای ساخت.")
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["Helvena"]


def test_a_tagger_person_inside_a_rule_name_still_wins():
    tagged = Candidate("PERSON", 2, 3, TAGGER_RULE)  # «وحید» of the rules' «وحید الان»
    assert merge([Candidate("PERSON", 2, 4, "person-full-name")], [tagged], []) == [tagged]


@pytest.mark.parametrize("text, speaker", [
    ("کانال 12 اسرائیل: ارتش برای حمله‌ای تازه آماده می‌شود.", "کانال 12 اسرائیل"),
    ("شبکه 12 اسرائیل گزارش داد که کابینه امشب تشکیل جلسه می‌دهد.", "شبکه 12 اسرائیل"),
    ("کانال 12 اسرائیل به نقل از یک مقام امنیتی: پاسخ ما سنگین خواهد بود.", "کانال 12 اسرائیل"),
])
def test_a_channel_named_with_its_country_speaks_whole(pipeline, text, speaker):
    doc = pipeline(text)
    assert [q.speaker for q in doc.quotes] == [speaker]
    assert [e.text for e in doc.entities if e.label == "ORG"] == [speaker]


def test_a_channel_addressed_is_no_speaker(pipeline):
    doc = pipeline("وزیر خارجه به شبکه 12 اسرائیل گفت: مذاکرات ادامه دارد.")
    assert [q.speaker for q in doc.quotes] == ["وزیر خارجه"]
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["شبکه 12 اسرائیل"]


# A post's headline speaker: a tagger person of one given name does not cut the short name it opens.

def _post_quotes(pipeline, text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    (post,) = read_telegram_text(text + "\n@channel\n", "posts.txt")
    return [(q.speaker, q.evidence) for q in pipeline(post).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("یحیی سریع: نیروهای مسلح یمن یک نفتکش را هدف قرار دادند.", "یحیی سریع"),
    ("علیرضا دبیر: ما برای حمایت از مردم به جنوب آمده‌ایم.", "علیرضا دبیر"),
])
def test_a_headline_name_opened_by_a_given_name_speaks_whole(pipeline, text, speaker):
    ((found, evidence),) = _post_quotes(pipeline, text)
    assert found == speaker
    assert "cue:headline-short-name" in evidence


def test_the_evidence_names_the_tagger_person_it_overrode():
    doc = persianews.load()
    (post,) = read_telegram_text("یحیی سریع: نیروهای مسلح یمن یک نفتکش را هدف قرار دادند.\n@channel\n", "p.txt")
    (quote,) = doc(post).quotes
    assert "subject:short-name-over-tagger" in quote.evidence


@pytest.mark.parametrize("text, speaker", [
    ("سلیمان از او پرسید: چرا چنین هراسانی؟", "سلیمان"),  # a function word after the name: a clause
    ("مازیار با تعجب پرسید: چه اتفاقی افتاده است؟", "مازیار"),  # a verb
])
def test_a_given_name_before_a_clause_stays_the_speaker(pipeline, text, speaker):
    assert [found for found, _ in _post_quotes(pipeline, text)] == [speaker]


# An organisation's unit (روابط عمومی X) stays beside the organisation the tagger agreed with inside it.

@pytest.mark.parametrize("rule", sorted(UNIT_RULES))
def test_a_unit_stays_beside_the_organisation_the_tagger_agrees_with(rule):
    unit, inner = Candidate("ORG", 0, 4, rule), Candidate("ORG", 2, 4, "org-lexicon")
    assert merge([unit, inner], [Candidate("ORG", 2, 4, TAGGER_RULE)], []) == [
        unit, attrs.evolve(inner, rule="org-lexicon+tagger")]


@pytest.mark.parametrize("rule", ["org-head-media", "org-outlet", "org-head-civil", "org-head-military"])
def test_other_outer_organisations_give_way_to_the_inner_one_the_tagger_agrees_with(rule):
    inner = Candidate("ORG", 2, 4, "org-lexicon")
    assert merge([Candidate("ORG", 0, 4, rule), inner], [Candidate("ORG", 2, 4, TAGGER_RULE)], []) == [
        attrs.evolve(inner, rule="org-lexicon+tagger")]


@pytest.mark.parametrize("text, speaker", [
    ("روابط عمومی سپاه پاسداران: رزمندگان دو نفتکش متخلف را در تنگه متوقف کردند.", "روابط عمومی سپاه پاسداران"),
    ("روابط عمومی دانشگاه علوم پزشکی هرمزگان:\nدر پی حمله به شهر سه نفر مجروح شدند.",
     "روابط عمومی دانشگاه علوم پزشکی هرمزگان"),
])
def test_a_units_headline_keeps_the_unit_as_speaker(pipeline, text, speaker):
    assert [found for found, _ in _post_quotes(pipeline, text)] == [speaker]


def test_an_outlet_still_gives_way_to_its_name(pipeline):
    (post,) = read_telegram_text("روزنامه «کیهان» نوشت: مذاکره با آمریکا فایده‌ای ندارد.\n@channel\n", "p.txt")
    organisations = [e.text for e in pipeline(post).entities if e.label == "ORG"]
    assert organisations == (["کیهان"] if pipeline.stages[2].tagger else ["روزنامه «کیهان»", "کیهان"])


# A tagger organisation right before a country runs on over it (the annotations write outlets with their country).

def _country_view(text: str):
    from persianews.entities import lexicons
    from persianews.entities.matcher import TokenView
    from persianews.entities.tagger_training import prepare_pipeline
    doc = prepare_pipeline()(text)
    return TokenView(doc.text, doc.tokens, lexicons.trie())


def test_a_tagger_organisation_runs_on_over_the_country_after_it():
    from persianews.records import Place
    view = _country_view("کانال 14 اسرائیل گزارش داد.")
    country = Candidate("LOC", 2, 3, "place", place=Place("country:il", "country"))
    merged = merge([country], [Candidate("ORG", 0, 2, TAGGER_RULE)], [], view=view)
    assert merged == [country, Candidate("ORG", 0, 3, TAGGER_RULE)]


@pytest.mark.parametrize("text, rules, tagged", [
    # a province is no country
    ("سپاه فارس گزارش داد.", [Candidate("LOC", 1, 2, "place")], Candidate("ORG", 0, 1, TAGGER_RULE)),
    # the country on the next line
    ("کانال 14\nاسرائیل گزارش داد.", [Candidate("LOC", 2, 3, "place")], Candidate("ORG", 0, 2, TAGGER_RULE)),
])
def test_no_run_on_over_a_province_or_the_next_line(text, rules, tagged):
    from persianews.records import Place
    kind = "province" if "فارس" in text else "country"
    rules = [attrs.evolve(c, place=Place("x", kind)) for c in rules]
    assert Candidate("ORG", tagged.start, tagged.end, TAGGER_RULE) in merge(rules, [tagged], [], view=_country_view(text))


@pytest.mark.parametrize("text, speaker", [
    ("کانال 14 اسرائیل: مقامات ارشد از تشدید تنش‌ها خبر می‌دهند.", "کانال 14 اسرائیل"),
    ("کانال 13 اسرائیل گزارش داد که کابینه امشب تشکیل جلسه داد.", "کانال 13 اسرائیل"),
])
def test_an_israeli_channel_speaks_with_its_country(pipeline, text, speaker):
    assert [found for found, _ in _post_quotes(pipeline, text)][:1] == [speaker]
