"""Names written with dotted initials stay whole: a person «NAME X. SURNAME», an acronym «X. Y. Z» from the
lexicon; a lone letter and a full stop end a sentence as before (issue 13)."""

from __future__ import annotations

import pytest

import persianews
from persianews.entities.keys import fold

STAGES = ("normalize", "segment", "entities")


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def extract(request):
    """The default pipeline (rules and tagger) and the rules alone."""
    return persianews.load(stages=STAGES, entities={"tagger": request.param})


def labelled(doc, label: str) -> set[str]:
    return {fold(e.text) for e in doc.entities if e.label == label}


@pytest.mark.parametrize("text, person", [
    ("دونالد جی. ترامپ امروز به فلوریدا رفت.", "دونالد جی. ترامپ"),
    ("جورج اچ. دبلیو. بوش در سال ۱۹۸۹ به کاخ سفید رسید.", "جورج اچ. دبلیو. بوش"),
    ("رئیس‌جمهور دونالد جی. ترامپ در پیامی از مردم تشکر کرد.", "دونالد جی. ترامپ"),
    ("دیروز اس. تی. کلینتون در پیامی از مردم تشکر کرد.", "اس. تی. کلینتون"),  # two initials open the name
])
def test_a_dotted_initial_stays_inside_the_name(extract, text, person):
    doc = extract(text)
    assert fold(person) in labelled(doc, "PERSON")
    person_spans = [e.span for e in doc.entities if e.label == "PERSON"]
    assert len(person_spans) == 1 and person_spans[0].slice(doc.text) == person


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_the_speaker_is_the_whole_name(tagger):
    doc = persianews.load(entities={"tagger": tagger})("دونالد جی. ترامپ گفت: «ما به توافق نزدیک هستیم.»")
    assert [q.speaker for q in doc.quotes] == ["دونالد جی. ترامپ"]


@pytest.mark.parametrize("text, organization, canonical", [
    ("به گزارش سی. ان. ان، جلسه امروز لغو شد.", "سی. ان. ان", "سی‌ان‌ان"),
    ("به نوشته بی.بی.سی، مذاکرات ادامه دارد.", "بی. بی. سی", "بی‌بی‌سی"),  # normalized: a space after a stop
    ("به گزارش ای. اف. پی، دو نفر زخمی شدند.", "ای. اف. پی", "خبرگزاری فرانسه"),
])
def test_a_dotted_acronym_of_the_lexicon_is_one_organization(extract, text, organization, canonical):
    doc = extract(text)
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert [(e.text, e.canonical) for e in orgs] == [(organization, canonical)]


@pytest.mark.parametrize("text", [
    "جلسه ساعت ۱۰ ص. شروع شد. کاوه گفت که همه آمدند.",
    "او گفت که زنگ زد. سپس رفت.",
    "نام او در فهرست ج. آمده است.",
])
def test_a_lone_letter_or_a_word_before_a_full_stop_is_no_initial(extract, text):
    doc = extract(text)
    assert not any("." in e.text for e in doc.entities)


def test_initials_without_a_given_name_before_them_join_nothing(extract):
    # «جی.» after an ordinary word: no given name, no PERSON before the initials
    doc = extract("این برنامه جی. ترامپ را نشان داد.")
    assert all(e.rule != "person-initials" for e in doc.entities)


@pytest.mark.parametrize("tagger", [True, False], ids=["tagger", "rules"])
def test_a_name_opened_by_two_initials_holds_its_title(tagger):
    doc = persianews.load(entities={"tagger": tagger})("پیامی به اچ. آر. کلینتون، معاون وزیر خارجه، رسید.")
    assert [(o.person.text, o.title.text) for o in doc.officials] == [("اچ. آر. کلینتون", "معاون وزیر خارجه")]


def test_one_initial_with_no_given_name_before_it_opens_no_name(extract):
    # «دی.» a month ending a sentence, then a name: one initial alone opens no name
    doc = extract("جلسه در ۱۰ دی. کلینتون گفت که همه آمدند.")
    assert [e.text for e in doc.entities if e.label == "PERSON"] == ["کلینتون"]
