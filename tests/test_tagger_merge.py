"""The merge policy's precision rules (persianews.entities.tagger_merge): tagger spans doubted after an
anaphor, outlets whose name is set off kept from the veto; golden and negative cases on sentences written
for these tests, and the pipeline with the tagger on."""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.entities import lexicons
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView
from persianews.entities.outlets import set_off
from persianews.entities.tagger_merge import CUT_RULE, OVER_RULE, TAGGER_RULE, VETOED_PEOPLE, merge, plausible
from persianews.entities.tagger_training import prepare_pipeline


def _view(text: str) -> TokenView:
    doc = prepare_pipeline()(text)
    return TokenView(doc.text, doc.tokens, lexicons.trie())


def _index(view: TokenView, word: str) -> int:
    return view.pieces.index(word)


@pytest.fixture(scope="module")
def tagged_pipeline():
    return persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": True})


@pytest.mark.parametrize("text, word", [
    ("این کنگره را وزارت برگزار کرد.", "کنگره"),
    ("یک روحانی در مسجد سخنرانی کرد.", "روحانی"),
    ("آن بسیج مردمی به نتیجه رسید.", "بسیج"),
])
def test_a_one_word_tagger_span_after_an_anaphor_is_doubted(text, word):
    view = _view(text)
    at = _index(view, word)
    assert plausible([Candidate("ORG", at, at + 1, TAGGER_RULE)], view, []) == []


@pytest.mark.parametrize("text, words", [
    ("کنگره آمریکا طرح را رد کرد.", ("کنگره",)),  # no anaphor before it
    ("این حزب کارگر انگلیس است.", ("حزب", "کارگر")),  # two words: a name after a demonstrative
    ("پاسخ رئیس به روحانی روشن بود.", ("روحانی",)),  # a preposition is no anaphor
])
def test_spans_not_after_an_anaphor_or_longer_than_one_word_stay(text, words):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("ORG", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [span]


def test_a_span_the_rules_found_too_stays_after_an_anaphor():
    view = _view("این کنگره را وزارت برگزار کرد.")
    at = _index(view, "کنگره")
    span = Candidate("ORG", at, at + 1, TAGGER_RULE)
    assert plausible([span], view, [Candidate("ORG", at, at + 1, "org-lexicon")]) == [span]


@pytest.mark.parametrize("text, first, last", [
    ("شبکه «صدای شهر» گزارش داد.", "شبکه", "»"),
    ("به نوشته «صدای شهر»، بازار آرام است.", "صدای", "شهر"),
    ("شبکه تلویزیونی KTV گزارش داد.", "شبکه", "KTV"),
])
def test_an_outlet_whose_name_is_quoted_or_latin_is_not_vetoed(text, first, last):
    view = _view(text)
    start, end = _index(view, first), _index(view, last) + 1
    assert set_off(view, start, end)
    outlet = Candidate("ORG", start, end, "org-outlet-name")
    assert merge([outlet], [], [], view=view) == [outlet]
    assert merge([outlet], [], []) == []  # without the view, the veto as before


@pytest.mark.parametrize("text, first, last, rule", [
    ("به گزارش نظارتی، کار ادامه دارد.", "نظارتی", "نظارتی", "org-outlet-name"),  # a plain word: vetoed
    ("کنگره «صلح» برگزار شد.", "کنگره", "»", "org-head-civil"),  # quoted, but no outlet rule
])
def test_other_rule_organisations_the_tagger_left_out_are_vetoed(text, first, last, rule):
    view = _view(text)
    outlet = Candidate("ORG", _index(view, first), _index(view, last) + 1, rule)
    assert merge([outlet], [], [], view=view) == []


def test_the_pipeline_with_the_tagger_keeps_quoted_outlets_and_drops_a_cleric_after_one(tagged_pipeline):
    doc = tagged_pipeline("شبکه رادیویی «صدای شهر» گزارش داد که سیل آمد.")
    assert {e.text for e in doc.entities if e.label == "ORG"} == {"شبکه رادیویی «صدای شهر»", "صدای شهر"}
    assert not [e for e in tagged_pipeline("یک روحانی در مسجد سخنرانی کرد.").entities if e.label == "PERSON"]


@pytest.mark.parametrize("rule", sorted(VETOED_PEOPLE))
def test_people_of_the_vetoed_rules_go_when_the_tagger_puts_no_span_over_them(rule):
    person = Candidate("PERSON", 1, 3, rule)
    place = Candidate("LOC", 5, 6, "place")
    assert merge([person, place], [Candidate("LOC", 5, 6, TAGGER_RULE)], []) == [attrs.evolve(place, rule="place+tagger")]


@pytest.mark.parametrize("rule", ["person-full-name", "person-subject", "person-listed", "person-known-surname",
                                  "person-beside-title"])
def test_people_of_other_rules_stay_without_a_tagger_span(rule):
    person = Candidate("PERSON", 1, 3, rule)
    assert merge([person], [], []) == [person]


def test_a_vetoed_rule_person_the_tagger_overlaps_gives_way_to_the_tagger_span():
    person = Candidate("PERSON", 1, 3, "person-after-honorific")
    tagged = Candidate("PERSON", 1, 4, TAGGER_RULE)
    assert merge([person], [tagged], []) == [tagged]


@pytest.mark.parametrize("text, word", [
    ("نظام ما متکی بر دو اصل است و مردم از آن حمایت می‌کنند.", "متکی"),  # a public figure's name as a word
])
def test_rule_people_of_a_label_or_a_figure_the_tagger_left_out_are_vetoed(tagged_pipeline, text, word):
    rules = persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": False})
    assert ("PERSON", word) in {(e.label, e.text) for e in rules(text).entities}
    assert not [e for e in tagged_pipeline(text).entities if e.label == "PERSON"]


def test_a_figure_named_as_a_person_stays_with_the_tagger(tagged_pipeline):
    doc = tagged_pipeline("منوچهر متکی وزیر امور خارجه پیشین در این نشست سخنرانی کرد.")
    assert ("PERSON", "منوچهر متکی") in {(e.label, e.text) for e in doc.entities}


def _full_name(view: TokenView, given: str) -> Candidate:
    start = _index(view, given)
    return Candidate("PERSON", start, start + 2, "person-full-name",
                     parts=(Part("given", start, start + 1), Part("surname", start + 1, start + 2)))


def test_a_full_name_of_a_conjunction_the_tagger_left_out_is_vetoed():
    view = _view("ولی الان می‌بینند که کار سخت است.")
    assert merge([_full_name(view, "ولی")], [], [], view=view) == []


@pytest.mark.parametrize("text, given", [
    ("بهرام سرمست استاندار قم است.", "بهرام"),  # a given name that is no ordinary word
    ("هدایت هاشمی گفت که کار تمام است.", "هدایت"),  # an ordinary word, no conjunction
    ("امید کاوسی‌فرد گفت که کار تمام است.", "امید"),
    ("بهمن کشاورز گفت که کار تمام است.", "بهمن"),  # a month
])
def test_a_full_name_of_another_given_name_stays_without_a_tagger_span(text, given):
    view = _view(text)
    person = _full_name(view, given)
    assert merge([person], [], [], view=view) == [person]


def test_a_full_name_of_a_conjunction_after_an_honorific_stays_without_a_tagger_span():
    view = _view("شهید ولی اسماعیلی در این عملیات بود.")
    person = _full_name(view, "ولی")
    assert merge([person], [], [], view=view) == [person]


def test_a_full_name_of_a_conjunction_the_tagger_found_stays():
    view = _view("ولی اسماعیلی گفت که کار تمام است.")
    person = _full_name(view, "ولی")
    tagged = Candidate("PERSON", person.start, person.end, TAGGER_RULE)
    assert merge([person], [tagged], [], view=view) == [attrs.evolve(person, rule="person-full-name+tagger")]


@pytest.mark.parametrize("text, words", [
    ("آتش‌بس را هم آورد؟ ولی الان می‌بینند که کار سخت است.", "ولی الان"),  # «but now»
    ("آتش‌بس را هم آورد؟ ولی دیگه کسی نیست که بخواهد تبلیغ کند.", "ولی دیگه"),
    ("این مشکل را درک می‌کنیم، ولی به‌سختی می‌توانیم راه حلی پیدا کنیم.", "ولی به\u200cسختی"),
])
def test_the_pipeline_drops_a_rule_full_name_of_a_conjunction_the_tagger_left_out(tagged_pipeline, text, words):
    rules = persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": False})
    assert ("PERSON", words) in {(e.label, e.text) for e in rules(text).entities}
    assert not [e for e in tagged_pipeline(text).entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("ولی اسماعیلی در این مراسم گفت که کار تمام است.", "ولی اسماعیلی"),
    ("ولی الله سیف گفت: نرخ ارز ثابت است.", "ولی الله سیف"),  # a compound given name
    ("هدایت هاشمی گفت که کار تمام است.", "هدایت هاشمی"),
    ("امید کاوسی‌فرد در گفت‌وگو با خبرنگاران گفت: کار آغاز شد.", "امید کاوسی\u200cفرد"),
])
def test_the_pipeline_keeps_full_names_of_a_conjunction_or_common_word_given_name(tagged_pipeline, text, name):
    assert ("PERSON", name) in {(e.label, e.text) for e in tagged_pipeline(text).entities}


@pytest.mark.parametrize("text, words", [
    ("زائران در حرم مطهر امام رضا (ع) دعا کردند.", ("رضا",)),  # honorific between
    ("ترافیک خیابان شهید محمد منتظری سنگین است.", ("محمد", "منتظری")),
])
def test_a_tagger_person_in_a_facility_name_is_doubted(text, words):
    view = _view(text)
    start = _index(view, words[0])
    assert plausible([Candidate("PERSON", start, start + len(words), TAGGER_RULE)], view, []) == []


@pytest.mark.parametrize("text, words", [
    ("فرمانده لشکر سردار محمد کریمی گفت: کار تمام است.", ("محمد", "کریمی")),  # a role ends at the facility word
    ("مدیر پایگاه علی رضایی گفت: کار تمام است.", ("علی", "رضایی")),
    ("زائران حرم، علی رضایی را دیدند.", ("علی", "رضایی")),  # punctuation between
    ("کشتی‌گیر ما از سد حامد تاتاری گذشت.", ("حامد", "تاتاری")),  # no honorific: a common noun
    ("فرمانده این گردان سردار قاسم سلیمانی بود.", ("قاسم", "سلیمانی")),  # a demonstrative after the role
])
def test_a_tagger_person_after_a_title_of_a_facility_or_past_punctuation_stays(text, words):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("PERSON", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [span]


@pytest.mark.parametrize("text, words, name", [
    ("الو بهراد، صدایم را داری؟", ("الو", "بهراد"), ("بهراد",)),  # a telephone greeting
    ("سلام آقا کیوان، کی می‌رسی؟", ("سلام", "آقا", "کیوان"), ("کیوان",)),  # a greeting and a word of address
])
def test_a_tagger_person_starts_past_the_greetings_before_it(text, words, name):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("PERSON", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [attrs.evolve(span, start=_index(view, name[0]))]


@pytest.mark.parametrize("text, words", [
    ("الو، سلام خانم، بفرمایید.", ("سلام", "خانم")),
    ("او گوشی را گرفت و الله اکبر گفت.", ("اکبر",)),  # the second word of a two-word interjection
])
def test_a_tagger_person_of_greetings_alone_is_dropped(text, words):
    view = _view(text)
    start = _index(view, words[0])
    assert plausible([Candidate("PERSON", start, start + len(words), TAGGER_RULE)], view, []) == []


@pytest.mark.parametrize("text, words, label, rules", [
    ("بهراد سلامی گفت که می‌آید.", ("بهراد", "سلامی"), "PERSON", False),  # a greeting inside a word: a name
    ("کیوان سلام را پاسخ داد.", ("کیوان",), "PERSON", False),  # a greeting after the name
    ("سلام بهراد را به همه رساند.", ("سلام", "بهراد"), "PERSON", True),  # a rule person starts at the word
    ("سلام سازمان را رساند.", ("سلام", "سازمان"), "ORG", False),  # no person
    ("دیروز اکبر صالحی گفت که می‌آید.", ("اکبر", "صالحی"), "PERSON", False),  # «اکبر» after no «الله»
])
def test_other_tagger_spans_keep_their_first_word(text, words, label, rules):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate(label, start, start + len(words), TAGGER_RULE)
    known = [Candidate("PERSON", start, start + len(words), "person-figure")] if rules else []
    assert plausible([span], view, known) == [span]


@pytest.mark.parametrize("text, name", [
    ("این را از آقای حاج ابوالفضل فرمانده گردان شنیدم.", "ابوالفضل"),
    ("در جبهه حاجی کاظم به ما گفت که برگردیم.", "کاظم"),
])
def test_a_tagger_person_of_a_given_name_alone_runs_back_over_hajj(text, name):
    view = _view(text)
    start = _index(view, name)
    span = Candidate("PERSON", start, start + 1, TAGGER_RULE)
    assert plausible([span], view, []) == [attrs.evolve(span, start=start - 1)]


@pytest.mark.parametrize("text, words, label", [
    ("حاج احمد رضایی در این دیدار سخن گفت.", ("احمد", "رضایی"), "PERSON"),  # a full name: «حاج» stays out
    ("حاج رضایی در این دیدار سخن گفت.", ("رضایی",), "PERSON"),  # a surname, no given name
    ("آقای ابوالفضل در این دیدار سخن گفت.", ("ابوالفضل",), "PERSON"),  # no «حاج» before it
    ("کاروان حاج مهران به مکه رسید.", ("مهران",), "LOC"),  # no person
])
def test_other_tagger_spans_after_hajj_keep_their_start(text, words, label):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate(label, start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [span]


@pytest.mark.parametrize("text, words", [
    ("حاج احمد رضایی در این دیدار سخن گفت.", ("حاج", "احمد", "رضایی")),
    ("پیام حاجی ابوالفضل رضایی خوانده شد.", ("حاجی", "ابوالفضل", "رضایی")),
])
def test_a_tagger_person_of_a_full_name_starts_past_hajj(text, words):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("PERSON", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [attrs.evolve(span, start=start + 1)]


@pytest.mark.parametrize("text, words", [
    ("سخنان حاجی زاده رضایی در جلسه.", ("حاجی", "زاده", "رضایی")),  # no given name after it: a surname's part
    ("مردم به یاد حاج قاسم در خیابان آمدند.", ("حاج", "قاسم")),  # a given name alone keeps it
])
def test_other_tagger_spans_from_hajj_keep_their_start(text, words):
    view = _view(text)
    start = _index(view, words[0])
    span = Candidate("PERSON", start, start + len(words), TAGGER_RULE)
    assert plausible([span], view, []) == [span]


def test_hajj_stays_in_a_given_name_alone_in_both_pipelines(either_nlp):
    doc = either_nlp("وی گفت: شهادت حاج قاسم جهان را تکان داد.")
    assert "حاج قاسم" in [e.text for e in doc.entities if e.label == "PERSON"]
    assert "قاسم" not in [e.text for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, speaker", [
    ("«الو کامران، منم.» کامران گفت: «سلام پدر، خوبم.»", "کامران"),
    ("«الو مازیار، منم.» مازیار گفت: «سلام مادر.»", "مازیار"),  # round 20's retrained tagger took «الو مازیار»
])
def test_a_telephone_greeting_is_no_part_of_the_speakers_name(every_nlp, text, speaker):
    doc = every_nlp(text)
    assert not [e.text for e in doc.entities if e.label == "PERSON" and "الو" in e.text]
    assert [quote.speaker for quote in doc.quotes] == [speaker]


def test_a_name_after_a_greeting_word_written_into_it_stays_whole(every_nlp):
    doc = every_nlp("بهراد سلامی گفت: «الو، صدایم را دارید؟»")
    assert [quote.speaker for quote in doc.quotes] == ["بهراد سلامی"]


def test_the_pipeline_names_no_person_in_a_shrine(tagged_pipeline):
    doc = tagged_pipeline("محمد کریمی در جوار حرم امام رضا (ع) گفت: این خوب است.")
    assert [(e.text, e.label) for e in doc.entities if e.label == "PERSON"] == [("محمد کریمی", "PERSON")]


@pytest.mark.parametrize("text, name, run", [
    ("وزارت دفاع آمادگی دارد که کمک کند.", ("وزارت", "دفاع"), ("آمادگی",)),  # the noun of a compound verb
    ("وزارت دفاع کمک کرد تا طرح پیش برود.", ("وزارت", "دفاع"), ("کمک",)),
    ("دولت و وزارت دفاع آن کشور اعلام کردند.", ("وزارت", "دفاع"), ("آن", "کشور")),  # a demonstrative
    ("این مبلغ به بهزیستی پرداخت شده است.", ("بهزیستی",), ("پرداخت",)),
])
def test_a_tagger_organisation_run_on_past_a_rule_name_over_no_name_words_keeps_the_name(text, name, run):
    view = _view(text)
    start = _index(view, name[0])
    rule = Candidate("ORG", start, start + len(name), "org-lexicon")
    tagged = Candidate("ORG", start, start + len(name) + len(run), TAGGER_RULE)
    assert merge([rule], [tagged], [], view=view) == [attrs.evolve(rule, rule=f"org-lexicon+{OVER_RULE}")]


@pytest.mark.parametrize("text, name, run", [
    ("وزارت دفاع آمریکا اعلام کرد که کمک می‌کند.", ("وزارت", "دفاع"), ("آمریکا",)),  # a place
    ("سازمان صدا و سیما برنامه را پخش کرد.", ("سازمان", "صدا"), ("و", "سیما")),  # «و» joins name words
    # a preposition or a place before «دارد»: the main verb «has», no light verb
    ("نقشی که ستاد ملی مقابله با ویروس کرونا دارد روشن است.", ("ستاد", "ملی", "مقابله"), ("با", "ویروس", "کرونا")),
    # a preposition phrase or a place before a light verb: words of the name
    ("ستاد ملی مقابله با ویروس کرونا تشکیل شد.", ("ستاد", "ملی", "مقابله"), ("با", "ویروس", "کرونا")),
])
def test_a_tagger_organisation_run_on_over_name_words_still_wins(text, name, run):
    view = _view(text)
    start = _index(view, name[0])
    rule = Candidate("ORG", start, start + len(name), "org-lexicon")
    tagged = Candidate("ORG", start, start + len(name) + len(run), TAGGER_RULE)
    assert merge([rule], [tagged], [], view=view) == [tagged]


@pytest.mark.parametrize("text", ["تیم ما فردا بازی سختی با الریان قطر دارد.", "باشگاه الریان قطر شکایت کرد."])
def test_a_tagger_club_run_on_over_its_country_before_a_light_verb_wins(text):
    view = _view(text)
    start = _index(view, "الریان")
    rule = Candidate("ORG", start, start + 1, "org-lexicon")
    country = Candidate("LOC", start + 1, start + 2, "place")
    tagged = Candidate("ORG", start, start + 2, TAGGER_RULE)
    assert tagged in merge([rule, country], [tagged], [], view=view)


@pytest.mark.parametrize("text, organisation", [
    ("نقش مهمی که ستاد ملی پیشگیری و مقابله با ویروس کرونا دارد روشن است.",
     "ستاد ملی پیش\u200cگیری و مقابله با ویروس کرونا"),
    ("تیم ما فردا بازی سختی با الریان قطر دارد.", "الریان قطر"),
])
def test_the_pipeline_keeps_the_tagger_name_before_the_main_verb_has(tagged_pipeline, text, organisation):
    doc = tagged_pipeline(text)
    assert [e.text for e in doc.entities if e.label == "ORG"] == [organisation]


def test_the_pipeline_keeps_a_ministry_before_a_compound_verb(tagged_pipeline):
    doc = tagged_pipeline("وزارت دفاع آمادگی دارد در این طرح کمک کند.")
    assert [(e.text, e.label) for e in doc.entities if e.label == "ORG"] == [("وزارت دفاع", "ORG")]


def test_a_club_after_its_type_word_stays_nested_in_the_tagger_span():
    view = _view("باشگاه فولاد قرارداد را تمدید کرد.")
    start = _index(view, "باشگاه")
    club = Candidate("ORG", start + 1, start + 2, "org-lexicon")
    tagged = Candidate("ORG", start, start + 2, TAGGER_RULE)
    assert merge([club], [tagged], [], view=view) == [club, tagged]


def test_another_organisation_ending_a_tagger_span_gives_way_to_it():
    view = _view("نیروی قدس سپاه وارد عمل شد.")
    start = _index(view, "نیروی")
    inner = Candidate("ORG", start + 2, start + 3, "org-lexicon")  # سپاه: military, no club or outlet
    tagged = Candidate("ORG", start, start + 3, TAGGER_RULE)
    assert merge([inner], [tagged], [], view=view) == [tagged]


def test_two_organisations_side_by_side_stay_nested_in_the_tagger_span_over_both():
    view = _view("رئیس فراکسیون امید مجلس شورای اسلامی گفت: کار تمام است.")
    start = _index(view, "فراکسیون")
    faction = Candidate("ORG", start, start + 2, "org-lexicon")
    parliament = Candidate("ORG", start + 2, start + 5, "org-lexicon")
    tagged = Candidate("ORG", start, start + 5, TAGGER_RULE)
    assert merge([faction, parliament], [tagged], [], view=view) == [faction, parliament, tagged]


def test_an_organisation_opening_a_tagger_span_with_no_organisation_after_it_gives_way():
    view = _view("رئیس فراکسیون امید مجلس شورای اسلامی گفت: کار تمام است.")
    start = _index(view, "فراکسیون")
    faction = Candidate("ORG", start, start + 2, "org-lexicon")
    tagged = Candidate("ORG", start, start + 5, TAGGER_RULE)
    assert merge([faction], [tagged], [], view=view) == [tagged]


# A tagger organisation cut at a «و» inside any rule organisation (اداره کل مطبوعات | و خبرگزاری‌های داخلی) does not
# replace it: the tagger cuts long names at the conjunction.

_COORDINATED = "اداره کل کتابخانه‌ها و موزه‌های استان در اطلاعیه‌ای اعلام کرد که ساعت کار تغییر می‌کند."


@pytest.mark.parametrize("first, last", [(0, 3), (4, 6), (1, 3)])  # up to «و», from past it, inside and up to it
def test_a_tagger_span_cut_at_a_conjunction_inside_a_rule_organisation_keeps_the_whole_name(first, last):
    view = _view(_COORDINATED)
    start = _index(view, "اداره")
    rule = Candidate("ORG", start, start + 6, "org-head-executive")
    tagged = Candidate("ORG", start + first, start + last, TAGGER_RULE)
    assert merge([rule], [tagged], [], view=view) == [attrs.evolve(rule, rule=f"org-head-executive+{CUT_RULE}")]


@pytest.mark.parametrize("first, last", [(0, 2), (1, 2), (5, 6)])  # no «و» at either edge of the tagger span
def test_a_tagger_span_inside_a_rule_organisation_not_at_a_conjunction_still_wins(first, last):
    view = _view(_COORDINATED)
    start = _index(view, "اداره")
    tagged = Candidate("ORG", start + first, start + last, TAGGER_RULE)
    assert merge([Candidate("ORG", start, start + 6, "org-head-executive")], [tagged], [], view=view) == [tagged]


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def entity_pipeline(request):
    return persianews.load(stages=("normalize", "segment", "entities"), entities={"tagger": request.param})


def test_an_organisation_named_over_a_conjunction_stays_whole_in_both_pipelines(entity_pipeline):
    doc = entity_pipeline(_COORDINATED)  # the shipped tagger cuts it at «و»: the tagger pipeline keeps the rules' name
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["اداره کل کتابخانه‌ها و موزه‌های استان"]


def test_two_organisations_joined_by_a_conjunction_stay_two_in_both_pipelines(entity_pipeline):
    doc = entity_pipeline("وزارت نیرو و وزارت نفت در اطلاعیه‌ای مشترک اعلام کردند که ساعت کار تغییر می‌کند.")
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["وزارت نیرو", "وزارت نفت"]


_TWO_SURNAMES = "سیدحسن نبوی و عطاءالله مهاجرانی در جلسه حاضر بودند. نبوی مهاجرانی را مقصر دانست."


def test_two_peoples_surnames_side_by_side_are_two_people():
    """Golden (round 31): a tagger person of two surnames of people named in full is split in two."""
    view = _view(_TWO_SURNAMES)
    first, second = (i for i, piece in enumerate(view.pieces) if piece == "نبوی")
    mohajerani = view.pieces.index("مهاجرانی")
    full = [Candidate("PERSON", first - 1, first + 1, TAGGER_RULE), Candidate("PERSON", mohajerani - 1, mohajerani + 1,
                                                                               TAGGER_RULE)]
    span = Candidate("PERSON", second, second + 2, TAGGER_RULE)
    assert plausible([*full, span], view, []) == [*full, attrs.evolve(span, end=second + 1),
                                                   attrs.evolve(span, start=second + 1)]


@pytest.mark.parametrize("text, names", [
    # one person named in full
    ("سیدحسن نبوی در جلسه حاضر بود. نبوی مهاجرانی را مقصر دانست.", [("سیدحسن", "نبوی")]),
    # a longer name ends with the two
    ("محمد کاظم صدری و رضا کاظم و حسین صدری آمدند. کاظم صدری گفت.",
     [("محمد", "کاظم", "صدری"), ("رضا", "کاظم"), ("حسین", "صدری")]),
])
def test_a_span_of_one_surname_or_of_a_longer_names_end_stays(text, names):
    """Negative: not two other people's surnames; the full names beside them stay too."""
    view = _view(text)
    full = [Candidate("PERSON", view.pieces.index(name[0]), view.pieces.index(name[0]) + len(name), TAGGER_RULE)
            for name in names]
    start = view.pieces.index(".") + 1
    span = Candidate("PERSON", start, start + 2, TAGGER_RULE)
    assert [view.pieces[start], view.pieces[start + 1]] in (["نبوی", "مهاجرانی"], ["کاظم", "صدری"])
    assert plausible([*full, span], view, []) == [*full, span]


def test_two_surnames_side_by_side_in_the_pipeline(tagged_pipeline):
    """Golden: with the tagger, «نبوی مهاجرانی» is no one person; negative: both full names stay."""
    people = {e.text for e in tagged_pipeline(_TWO_SURNAMES).entities if e.label == "PERSON"}
    assert "نبوی مهاجرانی" not in people
    assert {"سیدحسن نبوی", "عطاءالله مهاجرانی"} <= people


def test_a_detached_surname_ending_is_no_second_person():
    """Negative: «پور» after «هاشمی» ends one surname, though a «… پور» is named in full; the full names stay."""
    view = _view("رضا هاشمی و امید پور آمدند. هاشمی پور گفت.")
    full = [Candidate("PERSON", 0, 2, TAGGER_RULE), Candidate("PERSON", 3, 5, TAGGER_RULE)]
    start = view.pieces.index(".") + 1
    span = Candidate("PERSON", start, start + 2, TAGGER_RULE)
    assert view.pieces[start:start + 2] == ["هاشمی", "پور"]
    assert plausible([*full, span], view, []) == [*full, span]
