"""Anaphors that agree with their antecedent (issue 13, round 8): «وی», «این نماینده», «این روزنامه».

Golden cases name the referent each anaphor must take; negative cases give only referents of the
wrong kind, which must not be taken. Documents are built as in ``test_quotes.py`` (real normalizer and
segmenter, hand-made entities).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews
from persianews.quotes import extract_quotes
from persianews.quotes.antecedents import Anaphor, Antecedents, anaphor_of, referent_kind
from persianews.quotes.candidates import Resolution

from .test_quotes import make_doc


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


def resolved(doc) -> list[tuple[str | None, str]]:
    """(speaker, speaker rule) of each quote."""
    return [(q.speaker, next(e for e in q.evidence if e.startswith("speaker:"))) for q in extract_quotes(doc)]


# ---------------------------------------------------------------- what an anaphor asks for

@pytest.mark.parametrize("text, kind, office", [
    ("این نماینده", "person", "legislative"),
    ("این نماینده مجلس", "person", "legislative"),
    ("این دیپلمات اروپایی", "person", "diplomatic"),
    ("این سفیر", "person", "diplomatic"),
    ("این مقام ارشد", "person", None),
    ("این کارشناس اقتصادی", "person", None),
    ("این جامعه‌شناس", "person", None),            # a trade by its ending
    ("این بنگاه‌دار", "person", None),              # a noun, a ZWNJ and «دار»
    ("این روزنامه انگلیسی", "organisation", None),
    ("این وزارتخانه", "organisation", None),
    ("این بیانیه", "any", None),
    ("این منبع آگاه", "any", None),
    ("این افراد", "group", None),
    ("این رسانه‌ها", "group", None),
])
def test_a_description_asks_for_a_kind_of_referent(text, kind, office):
    found = anaphor_of("description", text)
    assert (found.kind, found.office) == (kind, office)


@pytest.mark.parametrize("text", ["این توافق", "این دیدار", "این موضوع", "این درحالی", "همین امروز"])
def test_a_description_of_no_speaker_asks_for_none(text):
    assert anaphor_of("description", text).kind == "none"


@pytest.mark.parametrize("pronoun, kind", [("وی", "person"), ("او", "person"), ("ایشان", "person"),
                                           ("آنها", "any"), ("آنان", "any")])
def test_a_singular_pronoun_asks_for_a_person(pronoun, kind):
    assert anaphor_of("pronoun", pronoun).kind == kind


# ---------------------------------------------------------------- golden: the referent that agrees

def test_a_pronoun_skips_an_organisation_that_spoke_after_the_person(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. وزارت اقتصاد اعلام کرد: بسته جدید آماده است. "
                            "وی افزود: قیمت‌ها پایین می‌آید.",
                   people=["حمید نادری"], orgs=["وزارت اقتصاد"])
    assert resolved(doc)[2] == ("حمید نادری", "speaker:pronoun→antecedent")


def test_a_pronoun_continues_the_last_speaker_when_a_person(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. وی افزود: قیمت‌ها پایین می‌آید.",
                   people=["حمید نادری"])
    assert resolved(doc)[1] == ("حمید نادری", "speaker:pronoun→previous")


def test_an_mp_description_skips_a_minister_to_the_mp(prepare):
    doc = make_doc(prepare, "نماینده مردم شیراز گفت: طرح آماده است. وزیر کار نیز گفت: بررسی می‌کنیم. "
                            "این نماینده افزود: دولت باید پاسخ دهد.",
                   titles=["نماینده مردم شیراز", "وزیر کار"],
                   holders={"نماینده مردم شیراز": "کاوه مرادی", "وزیر کار": "سینا افشار"})
    assert resolved(doc)[2] == ("کاوه مرادی", "speaker:description→antecedent")


def test_a_member_description_takes_an_mp_of_another_title(prepare):
    doc = make_doc(prepare, "نماینده مردم شیراز گفت: طرح آماده است. "
                            "این عضو کمیسیون اقتصادی مجلس افزود: دولت باید پاسخ دهد.",
                   titles=["نماینده مردم شیراز"], holders={"نماینده مردم شیراز": "کاوه مرادی"})
    assert resolved(doc)[1][0] == "کاوه مرادی"


def test_a_diplomat_description_takes_an_ambassador(prepare):
    doc = make_doc(prepare, "سفیر ایران در ژاپن گفت: روابط خوب است. استاندار گیلان هم گفت: صادرات بیشتر شد. "
                            "این دیپلمات افزود: سفرها ادامه دارد.",
                   titles=["سفیر ایران در ژاپن", "استاندار گیلان"],
                   holders={"سفیر ایران در ژاپن": "پرویز نیک‌نام", "استاندار گیلان": "رضا پاکزاد"})
    assert resolved(doc)[2][0] == "پرویز نیک‌نام"


def test_an_outlet_description_takes_the_outlet_the_text_names(prepare):
    doc = make_doc(prepare, "چند کارشناس به روزنامه «دیلی‌نیوز» گفتند که بازار آرام است. "
                            "این روزنامه همچنین نوشت: شرکت‌ها زیان دیدند.",
                   orgs=["دیلی‌نیوز"])
    assert resolved(doc)[-1] == ("دیلی‌نیوز", "speaker:description→antecedent")


def test_a_ministry_description_takes_the_ministry_past_a_person(prepare):
    doc = make_doc(prepare, "وزارت بهداشت اعلام کرد: واکسن رسید. حمید نادری گفت: توزیع آغاز شد. "
                            "این وزارتخانه افزود: نوبت‌دهی فردا است.",
                   people=["حمید نادری"], orgs=["وزارت بهداشت"])
    assert resolved(doc)[2][0] == "وزارت بهداشت"


def test_a_pronoun_after_an_unnamed_source_is_that_source(prepare):
    doc = make_doc(prepare, "یک منبع آگاه گفت: مذاکرات ادامه دارد. وی افزود: نتیجه معلوم نیست.")
    assert [speaker for speaker, _ in resolved(doc)] == ["یک منبع آگاه"] * 2


def test_a_statement_description_continues_whoever_spoke(prepare):
    doc = make_doc(prepare, "سفارت ایران در بیانیه‌ای اعلام کرد: اتباع آزاد شدند. این بیانیه افزود: پیگیری ادامه دارد.",
                   orgs=["سفارت ایران"])
    assert resolved(doc)[1] == ("سفارت ایران", "speaker:description→previous")


def test_a_council_description_takes_a_council_named_with_its_ezafe(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. شورای عالی بورس اعلام کرد: معاملات آزاد است. "
                            "مینا شریفی هم گفت: سهام بالا رفت. این شورا افزود: نظارت ادامه دارد.",
                   people=["حمید نادری", "مینا شریفی"], orgs=["شورای عالی بورس"])
    assert resolved(doc)[3] == ("شورای عالی بورس", "speaker:description→antecedent")


def test_a_person_named_inside_unquoted_first_person_words_is_no_new_referent(prepare):
    doc = make_doc(prepare, "کاوه مرادی گفت: «باید بمانیم.»\nحمید نادری از من خواست که بمانم.\n"
                            "وی افزود: انتخابات مهم است.",
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1][0] == "کاوه مرادی"


def test_a_person_opening_a_narrated_sentence_is_the_new_referent(prepare):
    doc = make_doc(prepare, "کاوه مرادی گفت: «باید بمانیم.»\nحمید نادری نیز در جلسه حاضر شد.\n"
                            "وی افزود: انتخابات مهم است.",
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1][0] == "حمید نادری"


_RUN_ON = ("کاوه مرادی گفت: باید بمانیم و کار را ادامه بدهیم.\nحمید نادری تقریبا با همه درگیر شده است.\n"
           "{cue}: انتخابات مهم است.")


@pytest.mark.parametrize("cue, rule", [
    ("وی افزود", "speaker:pronoun→antecedent+continuation→speaker"),
    ("او ادامه داد", "speaker:pronoun→antecedent+continuation→speaker"),
    ("افزود", "speaker:dropped→previous+continuation→speaker"),
])
def test_a_continuation_cue_passes_over_a_person_named_in_the_speakers_words_run_on(prepare, cue, rule):
    doc = make_doc(prepare, _RUN_ON.format(cue=cue), people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1] == ("کاوه مرادی", rule)


@pytest.mark.parametrize("text", [
    _RUN_ON.format(cue="وی گفت"),  # no continuation cue: the person the narrated sentence names
    _RUN_ON.replace("حمید نادری تقریبا", "حمید نادری نیز تقریبا").format(cue="وی افزود"),  # an added participant
    _RUN_ON.replace("حمید نادری تقریبا", "حمید نادری هم تقریبا").format(cue="افزود"),
    _RUN_ON.replace(": باید بمانیم و کار را ادامه بدهیم.", ": «باید بمانیم و کار را ادامه بدهیم.»").format(
        cue="وی افزود"),  # the quote closed: the next sentence is the narrator's
])
def test_a_person_narrated_after_a_closed_quote_or_as_an_added_participant_stays_the_referent(prepare, text):
    doc = make_doc(prepare, text, people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1][0] == "حمید نادری"
    assert "continuation" not in resolved(doc)[-1][1]


def test_a_continuation_cue_in_either_pipeline(either_nlp):
    doc = either_nlp("کاوه مرادی کارشناس مسائل اقتصادی گفت: بازار این روزها آرام است.\n"
                     "حمید نادری تقریبا با همه کشورها درگیر شده است.\nوی ادامه داد: قیمت‌ها پایین می‌آید.")
    assert [q.speaker for q in doc.quotes] == ["کاوه مرادی", "کاوه مرادی"]
    assert doc.quotes[-1].evidence[-1].endswith("+continuation→speaker")
    doc = either_nlp("کاوه مرادی کارشناس مسائل اقتصادی گفت: بازار این روزها آرام است.\n"
                     "حمید نادری نیز در این نشست حاضر شد.\nوی ادامه داد: قیمت‌ها پایین می‌آید.")
    assert [q.speaker for q in doc.quotes] == ["کاوه مرادی", "حمید نادری"]


def test_an_official_described_in_passing_is_the_referent_of_the_same_head(prepare):
    doc = make_doc(prepare, "رادیو تهران به نقل از یک مقام ارشد اروپایی گزارش داد که مذاکرات ادامه دارد. "
                            "این مقام افزود: نتیجه هنوز معلوم نیست.", orgs=["رادیو تهران"])
    assert resolved(doc)[-1] == ("یک مقام ارشد اروپایی", "speaker:description→antecedent")


def test_a_person_described_in_passing_is_not_the_referent_of_another_head(prepare):
    doc = make_doc(prepare, "رادیو تهران به نقل از یک مقام ارشد اروپایی گزارش داد که مذاکرات ادامه دارد. "
                            "این مربی افزود: نتیجه هنوز معلوم نیست.", orgs=["رادیو تهران"])
    assert resolved(doc)[-1] == (None, "speaker:description-unresolved")  # not the European official


def test_a_company_named_without_a_head_word_is_this_company(prepare):
    doc = make_doc(prepare, "زرین‌پل اعلام کرد: محصول تازه آماده است. حمید نادری گفت: خریدار زیاد است. "
                            "این شرکت افزود: قیمت ثابت می‌ماند.",
                   people=["حمید نادری"], orgs=["زرین‌پل"])
    assert resolved(doc)[2][0] == "زرین‌پل"


def test_a_description_inside_a_quote_is_no_referent(prepare):
    doc = make_doc(prepare, "مینا شریفی گفت: «به‌عنوان یک ورزشکار حق خود را می‌گیرم.»\n"
                            "این ورزشکار افزود: از مسیر قانونی پیگیری می‌کنم.", people=["مینا شریفی"])
    assert resolved(doc)[-1][0] == "مینا شریفی"


def test_a_plural_description_takes_the_group_of_that_noun(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. مقام‌های اروپایی گفتند که تحریم ادامه دارد. "
                            "این مقام‌ها افزودند که مذاکره ممکن است.", people=["حمید نادری"])
    assert resolved(doc)[-1][0] == "مقام‌های اروپایی"


# ---------------------------------------------------------------- negative: the wrong kind is not taken

def test_a_description_of_no_speaker_names_no_one(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. این توافق تاکید کرده است که قیمت‌ها ثابت بماند.",
                   people=["حمید نادری"])
    assert resolved(doc)[-1] == (None, "speaker:description-unresolved")


def test_an_mp_description_does_not_take_a_minister(prepare):
    doc = make_doc(prepare, "وزیر کار گفت: بررسی می‌کنیم. این نماینده افزود: دولت باید پاسخ دهد.",
                   titles=["وزیر کار"], holders={"وزیر کار": "سینا افشار"})
    assert resolved(doc)[1] == (None, "speaker:description-unresolved")  # not the minister, سینا افشار


def test_a_diplomat_description_does_not_take_a_governor(prepare):
    doc = make_doc(prepare, "استاندار گیلان گفت: صادرات بیشتر شد. این دیپلمات افزود: سفرها ادامه دارد.",
                   titles=["استاندار گیلان"], holders={"استاندار گیلان": "رضا پاکزاد"})
    assert resolved(doc)[1] == (None, "speaker:description-unresolved")  # not the governor, رضا پاکزاد


def test_an_outlet_description_does_not_take_a_person(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. این روزنامه افزود: شرکت‌ها زیان دیدند.",
                   people=["حمید نادری"])
    assert resolved(doc)[1] == (None, "speaker:description-unresolved")


def test_a_pronoun_does_not_take_an_organisation(prepare):
    doc = make_doc(prepare, "وزارت اقتصاد اعلام کرد: بسته جدید آماده است. وی افزود: قیمت‌ها پایین می‌آید.",
                   orgs=["وزارت اقتصاد"])
    assert resolved(doc)[1] == (None, "speaker:pronoun-unresolved")  # not وزارت اقتصاد


def test_the_outlet_of_the_report_is_no_antecedent(prepare):
    doc = make_doc(prepare, "به گزارش ایسنا، چند کارشناس گفتند که بازار آرام است. این خبرگزاری افزود: شرکت‌ها زیان دیدند.",
                   orgs=["ایسنا"])
    assert resolved(doc)[-1] == (None, "speaker:description-unresolved")  # not the outlet, ایسنا


# ---------------------------------------------------------------- the memory, as a property

_ROLES = st.sampled_from(["name", "titled-name", "title", "org", "other"])
_REFERENTS = st.lists(st.tuples(_ROLES, st.integers(0, 9)), max_size=30)


@given(_REFERENTS)
def test_a_person_anaphor_takes_the_last_person_and_no_other_kind(referents):
    memory = Antecedents()
    remembered = []
    for role, number in referents:
        resolution = Resolution(f"گوینده {number}", None, "speaker:test", 1.0, role)
        memory.remember(resolution)
        remembered.append(resolution)
    found = memory.find(Anaphor("person"))
    people = [r for r in remembered if referent_kind(r) == "person"]
    assert found is (people[-1] if people else None)
    found = memory.find(Anaphor("none", "توافق"))
    assert found is None


_DENIAL = ("حمید نادری گفت: نیروها خارج می‌شوند. وی افزود: دو پایگاه می‌ماند. {opener} کاوه مرادی این خبر را "
           "تکذیب کرد و گفت: این خبر درست نیست. وی افزود: هیچ نیرویی خارج نشده است.")


@pytest.mark.parametrize("opener", ["این در حالی است که", "این درحالی است که", "این در حالیست که",
                                    "این درحالی‌ست که", "این در حالی بود که"])
def test_a_person_after_a_contrast_opener_is_the_new_referent(prepare, opener):
    """«این درحالی است که X … گفت»: however «در حالی» and «است» are written, X speaks and a later «وی» is X."""
    doc = make_doc(prepare, _DENIAL.format(opener=opener), people=["حمید نادری", "کاوه مرادی"])
    assert resolved(doc)[-2:] == [("کاوه مرادی", "speaker:entity-cluster"), ("کاوه مرادی", "speaker:pronoun→previous")]


def test_a_contrast_opener_needs_its_that(prepare):
    """«این درحالی است» with no «که» opens no clause: the phrase stays the subject, a description of no one."""
    doc = make_doc(prepare, _DENIAL.format(opener="این درحالی است"), people=["حمید نادری", "کاوه مرادی"])
    assert resolved(doc)[2] == (None, "speaker:description-unresolved")


class _NoSlices(str):
    """A text that refuses to be copied by a slice: :func:`_closed` must look back from the end by index."""

    def __getitem__(self, key):
        if isinstance(key, slice):
            raise AssertionError("the text was sliced")
        return str.__getitem__(self, key)


@pytest.mark.parametrize("text, end, closed", [
    ("گفت: «باید بمانیم.»  \n", 21, True),
    ("گفت: «باید بمانیم.»", 19, True),
    ('گفت: "باید بمانیم."  ', 21, True),
    ("گفت: باید بمانیم.  \n", 20, False),
    ("   ", 3, False),
    ("", 0, False),
])
def test_a_quote_is_closed_by_a_guillemet_before_white_space_with_no_copy_of_the_text(text, end, closed):
    from persianews.quotes.narration import _closed

    assert _closed(_NoSlices(text), end) is closed


# ---------------------------------------------------------------- round 15: the chain across sentences

def test_a_pronoun_skips_an_outlet_named_by_words_to_the_person(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. پایگاه خبری الف نوشت که بانک‌ها زیان دیدند. "
                            "وی افزود: قیمت‌ها پایین می‌آید.",
                   people=["حمید نادری"])
    assert resolved(doc)[1][0] == "پایگاه خبری الف"
    assert resolved(doc)[2] == ("حمید نادری", "speaker:pronoun→antecedent")


def test_a_pronoun_still_takes_a_title_that_opens_with_a_person_word(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. رئیس بانک الف گفت که بانک‌ها زیان دیدند. "
                            "وی افزود: قیمت‌ها پایین می‌آید.",
                   people=["حمید نادری"])
    assert resolved(doc)[2][1].startswith("speaker:pronoun→previous")  # the title, then linked to its holder


_CHAIN = ("کتاب حمید نادری در میان کتاب‌ها دیده می‌شود.\nسن فرزندانش بالاست.\n{middle}\nدو پسرش بیکار شده‌اند.\n"
          "وی گفت که بازار آرام است.")


def test_a_pronoun_opening_a_narrated_sentence_carries_the_last_person_on(prepare):
    doc = make_doc(prepare, _CHAIN.format(middle="او در بانک کار می‌کرد."), people=["حمید نادری"])
    assert resolved(doc) == [("حمید نادری", "speaker:pronoun→last-person")]


def test_a_person_named_more_than_three_sentences_back_with_no_pronoun_between_is_no_antecedent(prepare):
    doc = make_doc(prepare, _CHAIN.format(middle="بانک تعطیل شده بود."), people=["حمید نادری"])
    assert resolved(doc) == [(None, "speaker:pronoun-unresolved")]


def test_a_person_after_an_honorific_opening_a_narrated_sentence_is_the_new_referent(prepare):
    doc = make_doc(prepare, "کاوه مرادی گفت: «باید بمانیم.»\nخانم «مینا رضایی» کارمند شرکت است.\n"
                            "او گفت که بازار آرام است.",
                   people=["کاوه مرادی", "مینا رضایی"])
    assert resolved(doc)[-1][0] == "مینا رضایی"


def test_a_person_in_guillemets_after_another_word_is_no_new_referent(prepare):
    doc = make_doc(prepare, "کاوه مرادی گفت: «باید بمانیم.»\nکتاب «مینا رضایی» دیروز منتشر شد.\n"
                            "او گفت که بازار آرام است.",
                   people=["کاوه مرادی", "مینا رضایی"])
    assert resolved(doc)[-1][0] == "کاوه مرادی"


@pytest.mark.parametrize("middle, speaker", [("او در بانک کار می‌کرد.", "حسن روحانی"),
                                             ("بانک تعطیل شده بود.", None)])
def test_the_chain_of_pronouns_in_either_pipeline(either_nlp, middle, speaker):
    text = _CHAIN.replace("حمید نادری", "حسن روحانی").format(middle=middle)
    assert [q.speaker for q in either_nlp(text).quotes] == [speaker]


def test_a_description_takes_the_person_named_before_an_indefinite_description_of_its_head(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است.\n"
                            "این خبر را «کاوه مرادی» یکی از خبرنگاران حاضر منتشر کرد.\n"
                            "این خبرنگار گفت که بازار آرام است.",
                   people=["حمید نادری", "کاوه مرادی"])
    assert resolved(doc)[-1] == ("کاوه مرادی", "speaker:description→antecedent+description→apposed-name")


def test_a_description_of_another_head_does_not_take_the_apposed_person(prepare):
    doc = make_doc(prepare, "حمید نادری، کارشناس اقتصادی، گفت: بازار آرام است.\n"
                            "این خبر را «کاوه مرادی» یکی از خبرنگاران حاضر منتشر کرد.\n"
                            "این کارشناس گفت که بازار آرام است.",
                   people=["حمید نادری", "کاوه مرادی"])
    assert resolved(doc)[-1][0] == "حمید نادری"


def test_a_person_after_the_closing_guillemet_of_the_quote_before_is_the_new_referent(prepare):
    doc = make_doc(prepare, "کاوه مرادی نوشت: «باید بمانیم.\n»«حمید نادری» در پیامی به این سخنان واکنش نشان داد.\n"
                            "وی نوشت: بازار آرام است.",
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1][0] == "حمید نادری"


# ---------------------------------------------------------------- round 15 review (rfix15b)

_TEACHER = ("آیت‌الله حسن کریمی در این مراسم گفت: مردم باید متحد باشند.\nوی افزود: دشمن شکست می‌خورد.\n"
            "استاد حوزه علمیه قم ادامه داد: باید صبور بود.")


def test_a_title_whose_role_word_is_also_an_honorific_is_a_person_not_its_organisation(prepare):
    """«استاد حوزه علمیه قم»: «استاد» is a role word and an honorific; the title is a person's, not the body's."""
    doc = make_doc(prepare, _TEACHER, people=["حسن کریمی"], orgs=["حوزه علمیه قم"])
    assert resolved(doc)[-1] == ("حسن کریمی", "speaker:words-title-of-org+title→holder")


def test_a_title_whose_role_word_is_also_an_honorific_in_either_pipeline(either_nlp):
    assert [q.speaker for q in either_nlp(_TEACHER).quotes] == ["حسن کریمی"] * 3


@pytest.mark.parametrize("middle", ["پلیس در خانه حمید نادری یک مقام ارشد را بازداشت کرد.",
                                    "پلیس در دفتر حمید نادری یکی از مقام‌ها را بازداشت کرد."])
def test_a_person_right_before_a_description_with_no_comma_or_guillemet_is_not_in_apposition(prepare, middle):
    """«… خانه X یک مقام …»: X is the house's owner, not the official; apposition is set off («X»، X،)."""
    doc = make_doc(prepare, f"کاوه مرادی گفت: بازار آرام است.\n{middle}\nاین مقام گفت که بازار آرام است.",
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1][0] != "حمید نادری"
    assert "+description→apposed-name" not in resolved(doc)[-1][1]


def test_a_person_set_off_by_a_comma_before_a_description_is_in_apposition(prepare):
    doc = make_doc(prepare, "کاوه مرادی گفت: بازار آرام است.\nاین خبر را حمید نادری، یک مقام ارشد، تأیید کرد.\n"
                            "این مقام گفت که بازار آرام است.",
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1] == ("حمید نادری", "speaker:description→antecedent+description→apposed-name")


def test_the_apposed_name_in_either_pipeline(either_nlp):
    text = ("حسن روحانی گفت: بازار آرام است.\nاین خبر را «کاوه مرادی» یکی از خبرنگاران حاضر منتشر کرد.\n"
            "این خبرنگار گفت که بازار آرام است.")
    assert [q.speaker for q in either_nlp(text).quotes] == ["حسن روحانی", "کاوه مرادی"]


def test_a_genitive_name_before_a_description_in_either_pipeline(either_nlp):
    text = ("حسن روحانی گفت: بازار آرام است.\nپلیس در دفتر کاوه مرادی یکی از خبرنگاران را بازداشت کرد.\n"
            "این خبرنگار گفت که بازار آرام است.")
    speakers = [q.speaker for q in either_nlp(text).quotes]
    assert len(speakers) == 2 and speakers[0] == "حسن روحانی" and speakers[1] != "کاوه مرادی"


# ---------------------------------------------------------------- «این منبع»: the source described before

_SOURCE_THEN_GROUP = ("یک منبع آگاه به خبرنگار ما گفت: مذاکرات ادامه دارد.\n"
                      "مقام‌های اروپایی روز دوشنبه گفتند: توافق نزدیک است.\n"
                      "این منبع گفت: نتیجه هنوز معلوم نیست.\n")


def test_a_source_description_takes_the_source_past_a_later_speaker(every_nlp):
    quotes = every_nlp(_SOURCE_THEN_GROUP).quotes
    assert [(q.speaker, q.speaker_mention.text) for q in quotes][-1] == ("یک منبع آگاه", "این منبع")


def test_a_source_description_is_not_the_group_that_spoke_since(every_nlp):
    """The group keeps its own quote; the source's later words are not theirs."""
    assert [q.speaker for q in every_nlp(_SOURCE_THEN_GROUP).quotes] == [
        "یک منبع آگاه", "مقام‌های اروپایی", "یک منبع آگاه"]


def test_a_source_description_with_no_source_before_continues_the_last_speaker(prepare):
    doc = make_doc(prepare, "حمید نادری گفت: بازار آرام است. این منبع افزود: قیمت‌ها پایین می‌آید.",
                   people=["حمید نادری"])
    assert resolved(doc)[1] == ("حمید نادری", "speaker:description→previous")


_DESCRIBED_BEFORE_A_COMMA = ("به گفته یک منبع، هلی‌کوپترها به سمت بندر پرواز کردند.\n"
                             "این منبع گفت: ده‌ها خانه سوخته است.\n")


def test_a_source_described_before_a_comma_ends_at_the_comma(every_nlp):
    quotes = every_nlp(_DESCRIBED_BEFORE_A_COMMA).quotes
    assert [q.speaker for q in quotes if q.speaker_mention.text == "این منبع"] == ["یک منبع"]


def test_a_source_described_before_a_comma_takes_no_word_after_it(every_nlp):
    """«به گفته یک منبع، هلی‌کوپترها …»: the source's own quote stops at the comma too (not «یک منبع، هلی‌کوپترها»)."""
    assert [(q.speaker, q.speaker_mention.text) for q in every_nlp(_DESCRIBED_BEFORE_A_COMMA).quotes] == [
        ("یک منبع", "یک منبع"), ("یک منبع", "این منبع")]


_OVER_LINES = ("کاوه مرادی وزیر پیشین در مصاحبه‌ای گفت: بازار این روزها آرام است.\n"
               "مرادی همچنین درباره آن سال‌ها می‌گوید «آن روزها مسئول بازار بودیم.\n"
               "حمید نادری علاقه داشت همه را برکنار کند.\nاین کار درست نبود!» البته او معتقد است نادری نیت بدی نداشت.")


@pytest.mark.parametrize("text", [
    _OVER_LINES,
    _OVER_LINES.replace("مرادی همچنین درباره آن سال‌ها می‌گوید «آن روزها مسئول بازار بودیم.",
                        "او همچنین روایت کرده که «آن روزها مسئول بازار بودم و هر روز گزارش می‌دادم."),
])
def test_a_person_named_inside_guillemets_over_lines_is_no_new_referent(either_nlp, text):
    """Golden: a sentence inside guillemets that open on an earlier line and close after it is someone's words, not
    narration: the person it opens with («حمید نادری علاقه داشت …») is no referent of the «او» after the quote."""
    assert either_nlp(text).quotes[-1].speaker == "کاوه مرادی"


def test_a_person_named_inside_guillemets_over_lines_is_the_referent_within_them(either_nlp):
    """Golden: within the same guillemets, the person a sentence of the quoted words opens with is the referent of a
    cue inside them («… حمید نادری … انتقاد کرده است. ⏎ وقتی او …، گفت که …»), not the speaker before the quote."""
    doc = either_nlp("کاوه مرادی کارشناس مسائل اقتصادی گفت: بازار این روزها آرام است.\n"
                     "در این گزارش آمده است که «دو نکته ما را نگران می‌کند.\n"
                     "حمید نادری بارها از کارشناسان انتقاد کرده است.\n"
                     "وقتی او هنوز وزیر نبود، گفت که بازار نباید آزاد شود و قیمت‌ها باید ثابت بماند».")
    assert [q.speaker for q in doc.quotes] == ["کاوه مرادی", "حمید نادری"]


def test_a_person_narrated_after_guillemets_closed_on_their_line_is_the_referent(either_nlp):
    """Negative: guillemets closed on their own line («آرام») hold no sentence of the next line: the person who opens
    it is narrated, and the «وی» after it is that person."""
    doc = either_nlp("کاوه مرادی کارشناس مسائل اقتصادی گفت: بازار این روزها «آرام» است.\n"
                     "حمید نادری نیز در این نشست حاضر شد.\nوی گفت: قیمت‌ها پایین می‌آید.")
    assert [q.speaker for q in doc.quotes] == ["کاوه مرادی", "حمید نادری"]


_INTERVIEW = "کاوه مرادی وزیر نیرو گفت: «برق قطع نمی‌شود.»\n{narration}\n{quote}"


@pytest.mark.parametrize("narration, quote", [
    ("روزنامه ایران برای بررسی این موضوع با حمید نادری، استاد دانشگاه به گفت‌وگو پرداخته است.",
     "او می‌گوید: بازار آرام است."),
    ("ما برای بررسی این موضوع با دکتر حمید نادری به گفتگو نشستیم.", "وی گفت: بازار آرام است."),
    ("از حمید نادری درباره اشتباهات این داور پرسیدیم که", "او اینگونه پاسخ داد: بازار آرام است."),
    # an honorific written with a half-space between «با» and the name
    ("ما برای بررسی این موضوع با حجت‌الاسلام حمید نادری به گفتگو نشستیم.", "وی گفت: بازار آرام است."),
])
def test_a_person_the_narration_interviews_is_the_new_referent(prepare, narration, quote):
    """Golden: the partner of an interview («با X به گفت‌وگو پرداخته است», «از X … پرسیدیم») is the «او» after it."""
    doc = make_doc(prepare, _INTERVIEW.format(narration=narration, quote=quote),
                   people=["کاوه مرادی", "حمید نادری"])
    assert resolved(doc)[-1] == ("حمید نادری", "speaker:pronoun→previous")


@pytest.mark.parametrize("narration", [
    "وی همچنین با حمید نادری گفت‌وگو کرد.",            # a pronoun before: the speaker talked with X
    "علی رضایی با حمید نادری گفت‌وگو کرد.",            # a person before: the sentence's subject
    "قرار است حمید نادری با خبرنگاران صحبت کند.",      # X is the subject, not the partner
    "سفر او با حمید نادری آغاز شد.",                    # no interview verb
    "سفر تازه با حمید نادری آغاز شد.",                  # no interview verb, no pronoun before
])
def test_a_person_named_beside_an_interview_word_but_not_interviewed_is_no_new_referent(prepare, narration):
    """Negative: a person after «با» in a sentence whose subject is a person or a pronoun, or with no interview verb,
    is no partner the narration interviews: «او» continues the last speaker."""
    doc = make_doc(prepare, _INTERVIEW.format(narration=narration, quote="او افزود: بازار آرام است."),
                   people=["کاوه مرادی", "حمید نادری", "علی رضایی"])
    assert resolved(doc)[-1][0] != "حمید نادری"


def test_an_interviewed_person_is_the_referent_in_both_pipelines(either_nlp):
    """Golden, with the pipelines' own entities: «با X به گفت‌وگو پرداخته است. ⏎ او می‌گوید»."""
    doc = either_nlp(_INTERVIEW.format(
        narration="روزنامه ایران با محمد کریمی، استاد دانشگاه تهران به گفت‌وگو پرداخته است.",
        quote="او می‌گوید: بازار آرام است."))
    assert [q.speaker for q in doc.quotes] == ["کاوه مرادی", "محمد کریمی"]
