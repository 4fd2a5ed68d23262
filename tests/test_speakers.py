"""Speaker resolution by class (issue 13, round 4): title words as heads, a double surname's first part,
a name no lexicon knows before a title that names someone else, a second title between one speaker's quotes.

Each class has golden cases and cases that must not resolve so. The documents are built as in
``test_quotes.py`` (real normalizer and segmenter, hand-made entities).
"""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.quotes import extract_quotes
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import clean
from persianews.quotes.title_roles import role_match

from persianews.records import Cluster, Entity, Span

from .test_quotes import make_doc


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in extract_quotes(doc)]


# ---------------------------------------------------------------- role words of title_heads.tsv open a speaker phrase

@pytest.mark.parametrize("word", ["مسؤول", "مسوول", "مسئول", "سرپرست", "سرمربی", "وکیل"])
def test_role_words_of_the_title_lexicon_are_speaker_heads(word):
    assert fold_form(word) in lexicon().heads


@pytest.mark.parametrize("word", ["دانشجویان", "نشریات", "امروز", "علی"])
def test_other_words_are_not_speaker_heads(word):
    assert fold_form(word) not in lexicon().heads


def test_a_role_word_spelled_with_waw_hamza_heads_a_title_over_its_organisation(prepare):
    doc = make_doc(prepare, "مسؤول واحد تشکیلات انجمن اسلامی دانشجویان گفت: نامه ارسال شد.",
                   orgs=["انجمن اسلامی دانشجویان"])
    [quote] = extract_quotes(doc)
    assert quote.speaker == "مسؤول واحد تشکیلات انجمن اسلامی دانشجویان"
    assert "speaker:words-title-of-org" in quote.evidence


def test_the_organisation_alone_still_speaks(prepare):
    doc = make_doc(prepare, "انجمن اسلامی دانشجویان اعلام کرد: نامه ارسال شد.", orgs=["انجمن اسلامی دانشجویان"])
    assert speakers(doc) == ["انجمن اسلامی دانشجویان"]


# ---------------------------------------------------------------- the first word of a double surname

def test_first_part_of_a_double_surname_is_the_full_name(prepare):
    doc = make_doc(prepare, "کامران نیک مستوفی، دبیر انجمن صنفی عکاسان گفت: پرونده پیگیری می‌شود. "
                            "نیک گفت که خانواده در جریان است.")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کامران نیک مستوفی"] * 2
    assert quotes[1].evidence[-1] == "speaker:words+surname-part→full-name"


def test_a_given_name_inside_a_full_name_is_not_its_surname(prepare):
    doc = make_doc(prepare, "محمد جواد لطفی گفت: کار تمام شد. جواد گفت: من هم بودم.")
    assert speakers(doc) == ["محمد جواد لطفی", "جواد"]


def test_a_two_word_name_has_no_double_surname(prepare):
    doc = make_doc(prepare, "کامران نیک گفت: کار تمام شد. کامران گفت: من هم بودم.")
    assert speakers(doc) == ["کامران نیک", "کامران"]


# ---------------------------------------------------------------- a name, a comma, a title naming someone else

def test_unknown_name_before_a_title_that_names_another_person(prepare):
    doc = make_doc(prepare, "هاروکی تانابه، معاون آنتونیو گوترش گفت: معاهده باید تمدید شود.",
                   people=["آنتونیو گوترش"])
    assert speakers(doc) == ["هاروکی تانابه"]


def test_the_person_named_first_keeps_the_quote(prepare):
    doc = make_doc(prepare, "آنتونیو گوترش، دبیرکل سازمان ملل گفت: معاهده باید تمدید شود.",
                   people=["آنتونیو گوترش"])
    assert speakers(doc) == ["آنتونیو گوترش"]


def test_an_indefinite_description_before_the_comma_is_no_name_with_a_title(prepare):
    doc = make_doc(prepare, "یک منبع آگاه، معاون آنتونیو گوترش را مسئول دانست.", people=["آنتونیو گوترش"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["یک منبع آگاه"]
    assert "speaker:words-name-comma-title" not in quotes[0].evidence


# ---------------------------------------------------------------- a nameless title between one person's quotes

_HOLDER = "کاوه رستمی رئیس کل بانک مرکزی گفت: بانک‌ها باید دقت کنند. "
_TITLES = ["رئیس کل بانک مرکزی", "رئیس شورای پول و اعتبار"]
_AFTER = " رئیس کل بانک مرکزی افزود: وثیقه کافی نیست."
_HOLDERS = {"رئیس کل بانک مرکزی": "کاوه رستمی"}


def test_a_title_between_quotes_of_one_person_is_that_person(prepare):
    doc = make_doc(prepare, _HOLDER + "رئیس شورای پول و اعتبار اعلام کرد: امهال تمدید می‌شود." + _AFTER,
                   people=["کاوه رستمی"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کاوه رستمی"] * 3
    assert quotes[1].evidence[-1].endswith("+title→surrounding-speaker")


@pytest.mark.parametrize("middle", [
    "رئیس شورای پول و اعتبار نیز اعلام کرد: امهال تمدید می‌شود.",   # «نیز»: another speaker
    "رئیس شورای پول و اعتبار گفت: امهال تمدید می‌شود.",             # a verb that opens a speaker's words
])
def test_a_title_marked_as_a_new_speaker_keeps_its_title(prepare, middle):
    doc = make_doc(prepare, _HOLDER + middle + _AFTER,
                   people=["کاوه رستمی"], titles=_TITLES, holders=_HOLDERS)
    assert speakers(doc)[1] == "رئیس شورای پول و اعتبار"


def test_a_title_between_two_different_speakers_is_not_linked_by_surrounding(prepare):
    doc = make_doc(prepare, _HOLDER + "رئیس شورای پول و اعتبار اعلام کرد: امهال تمدید می‌شود. "
                            "نسرین کامیاب افزود: وثیقه کافی نیست.",
                   people=["کاوه رستمی", "نسرین کامیاب"], titles=_TITLES, holders=_HOLDERS)
    quotes = extract_quotes(doc)
    assert not any(e.endswith("+title→surrounding-speaker") for q in quotes for e in q.evidence)


def test_an_honorific_after_the_comma_opens_a_name_not_a_title(prepare):
    doc = make_doc(prepare, "پولی نگرفتیم، آقای کاوه رستمی گفت: کار قانونی بود.")
    assert "پولی نگرفتیم" not in speakers(doc)


# ---------------------------------------------------------------- «یکی از X»: one of a group

def test_one_of_a_group_is_the_whole_phrase(prepare):
    doc = make_doc(prepare, "یکی از سخنگویان وزارت دارایی گفت: بانکداری تغییر کرده است.", orgs=["وزارت دارایی"])
    [quote] = extract_quotes(doc)
    assert quote.speaker == "یکی از سخنگویان وزارت دارایی"
    assert "speaker:words-partitive" in quote.evidence


def test_one_of_a_group_is_not_the_person_named_inside_it(prepare):
    doc = make_doc(prepare, "یکی از پزشکان معالج کاوه رستمی گفت: حال او خوب است.", people=["کاوه رستمی"])
    assert speakers(doc) == ["یکی از پزشکان معالج کاوه رستمی"]


def test_a_phrase_with_from_elsewhere_still_ends_there(prepare):
    doc = make_doc(prepare, "نسرین کامیاب از تهران گفت: بانکداری تغییر کرده است.")
    assert speakers(doc) == ["نسرین کامیاب"]


# ---------------------------------------------------------------- a double surname the linker keeps apart

def _with_own_cluster(doc, surname: str):
    """``doc`` with its last mention of ``surname`` made a person cluster of its own (as the linker leaves a
    two-word name that a longer name ends with)."""
    start = doc.text.rfind(surname)
    span = Span(start, start + len(surname))
    cluster = Cluster(len(doc.clusters), "PERSON", surname)
    entity = Entity(surname, "PERSON", span, doc.source_span(span), cluster=cluster.id)
    return attrs.evolve(doc, entities=tuple(sorted(doc.entities + (entity,), key=lambda e: e.span.start)),
                        clusters=doc.clusters + (cluster,))


def test_a_double_surname_cluster_speaks_with_the_full_name(prepare):
    doc = _with_own_cluster(make_doc(prepare, "کامران نیک مستوفی گفت: پرونده پیگیری می‌شود. "
                                              "نیک مستوفی ادامه داد: خانواده در جریان است.",
                                     people=["کامران نیک مستوفی"]), "نیک مستوفی")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کامران نیک مستوفی"] * 2
    assert quotes[1].evidence[-1] == "speaker:entity-cluster+surname→full-name"


def test_a_full_name_opening_with_a_frequent_given_name_is_not_expanded(prepare):
    # «علی لاریجانی» is a person of their own, not the end of «محمد علی لاریجانی».
    doc = _with_own_cluster(make_doc(prepare, "محمد علی لاریجانی گفت: پرونده پیگیری می‌شود. "
                                              "علی لاریجانی گفت: خانواده در جریان است.",
                                     people=["محمد علی لاریجانی"]), "علی لاریجانی")
    assert speakers(doc) == ["محمد علی لاریجانی", "علی لاریجانی"]


def test_a_longer_name_that_opens_with_no_given_name_is_no_full_name(prepare):
    # «ناو هری ترومن» (a tagger slip) does not rename «هری ترومن».
    doc = _with_own_cluster(make_doc(prepare, "ناوهواپیمابر جان ترومن در خلیج است. "
                                              "جان ترومن گفت: خانواده در جریان است.",
                                     people=["ناوهواپیمابر جان ترومن"]), "جان ترومن")
    assert speakers(doc) == ["جان ترومن"]


def test_a_surname_alone_speaks_with_the_full_name_a_speaker_phrase_gave(prepare):
    # No entity holds «کاوه نیکنام», only the first quote's subject words: the surname's cluster still
    # speaks with that name.
    doc = _with_own_cluster(make_doc(prepare, "سردار پاسدار کاوه نیکنام گفت: پرونده پیگیری می‌شود. "
                                              "سردار نیکنام افزود: خانواده در جریان است."), "نیکنام")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["کاوه نیکنام"] * 2
    assert quotes[1].evidence[-1] == "speaker:entity-cluster+surname→full-name"


def test_a_surname_alone_that_two_full_names_end_with_is_not_expanded(prepare):
    # «بهرام نیکنام» and «کاوه نیکنام» both spoke: «نیکنام» alone may be either, so it stays as written.
    doc = _with_own_cluster(make_doc(prepare, "سردار بهرام نیکنام گفت: پرونده پیگیری می‌شود. "
                                              "خانم کاوه نیکنام هم گفت: خانواده در جریان است. "
                                              "نیکنام افزود: همه چیز روشن است."), "نیکنام")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes][2] == "نیکنام"
    assert "surname→full-name" not in quotes[2].evidence[-1]


def test_a_frequent_given_name_alone_is_no_surname_to_expand(prepare):
    doc = _with_own_cluster(make_doc(prepare, "کاوه حسن گفت: پرونده پیگیری می‌شود. "
                                              "حسن افزود: خانواده در جریان است."), "حسن")
    assert speakers(doc) == ["کاوه حسن", "حسن"]


@pytest.mark.parametrize(("words", "name"), [
    ("سردار پاسدار کاوه نیکنام", "کاوه نیکنام"),      # «پاسدار» after a rank is part of the rank
    ("سرلشکر پاسدار کاوه نیکنام", "کاوه نیکنام"),
    ("پاسدار کاوه نیکنام", "پاسدار کاوه نیکنام"),      # alone it is a noun (a guard): no rank to drop
])
def test_a_rank_of_the_guards_is_no_part_of_the_name(words, name):
    assert clean(words) == name


# ---------------------------------------------------------------- a title matched to the holder of the same role

@pytest.mark.parametrize(("a", "b"), [
    ("مدیرکل بهزیستی استان فارس", "مدیر کل بهزیستی استان فارس"),   # a head written joined or apart
    ("رئیس‌کل بانک مرکزی", "رئیس بانک مرکزی"),                      # «کل» tells no role apart
])
def test_a_head_written_joined_names_the_same_role(a, b):
    assert role_match(a, b) == 2


@pytest.mark.parametrize(("a", "b"), [
    ("مدیرکل بهزیستی استان فارس", "معاون بهزیستی استان فارس"),
    ("رئیس‌جمهور", "رئیس دولت"),
])
def test_other_heads_are_other_roles(a, b):
    assert role_match(a, b) == 0


def test_a_title_goes_to_the_holder_of_that_very_role_not_of_a_sibling_role(prepare):
    # Both deputies work for one organisation: the shared words make a partial match, the portfolio decides.
    text = ("معاون توسعه بهزیستی استان فارس گفت: برنامه‌ها آماده است. نادر کامیاب افزود: سی برنامه داریم. "
            "سمیرا نوری، معاون درمان بهزیستی استان فارس گفت: مراکز باز است.")
    titles = ["معاون توسعه بهزیستی استان فارس", "معاون درمان بهزیستی استان فارس"]
    doc = make_doc(prepare, text, people=["نادر کامیاب", "سمیرا نوری"], titles=titles,
                   holders={"معاون درمان بهزیستی استان فارس": "سمیرا نوری"})
    doc = attrs.evolve(doc, clusters=tuple(attrs.evolve(c, title="معاون توسعه بهزیستی استان فارس")
                                           if c.name == "نادر کامیاب" else c for c in doc.clusters))
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["نادر کامیاب", "نادر کامیاب", "سمیرا نوری"]
    assert quotes[0].evidence[-1].endswith("+title→holder")


@pytest.mark.parametrize(("names", "expected"), [
    ({"سیدحسن‌نصرالله", "سید حسن نصرالله"}, ["سید حسن نصرالله"]),            # spaced otherwise
    ({"محمدباقر صابری", "محمدباقر صابری زفرقندی"}, ["محمدباقر صابری زفرقندی"]),  # cut short
    ({"محمدباقر صابری", "صابری زفرقندی"}, ["صابری زفرقندی", "محمدباقر صابری"]),  # overlapping only: two people
])
def test_holders_named_twice_are_one_holder(names, expected):
    from persianews.quotes.title_links import _fullest

    assert sorted(_fullest(names)) == sorted(expected)


def test_a_surname_alone_finds_a_name_glued_to_it_by_a_zwnj(prepare):
    # «کاوه‌رستمی» written joined: «رستمی» alone is still that person.
    doc = make_doc(prepare, "کاوه‌رستمی، مشاور وزیر گفت: بازار آرام است. رستمی افزود: قیمت‌ها ثابت می‌ماند.")
    quotes = extract_quotes(doc)
    assert [fold_form(q.speaker or "") for q in quotes] == [fold_form("کاوه‌رستمی")] * 2
    assert quotes[1].evidence[-1].endswith("+surname→full-name")


def test_a_zwnj_inside_a_surname_does_not_make_a_part_of_it_a_name(prepare):
    # «حسن‌زاده» is one surname: «زاده» never stands alone for it, and «حسن» is no surname.
    doc = make_doc(prepare, "مریم حسن‌زاده گفت: بازار آرام است. حسن گفت: قیمت‌ها ثابت می‌ماند.")
    assert speakers(doc)[1] == "حسن"


@pytest.mark.parametrize("text, speaker", [
    ("یک مقام دولت آمریکا گفت: مذاکرات ادامه دارد.", "یک مقام دولت آمریکا"),
    ("یک استاد دانشگاه گفت: مذاکرات ادامه دارد.", "یک استاد دانشگاه"),
])
def test_an_indefinite_description_with_a_head_inside_stays_whole(prepare, text, speaker):
    assert speakers(make_doc(prepare, text)) == [speaker]


def test_a_name_then_a_title_still_splits(prepare):
    doc = make_doc(prepare, "رضا محمدرضایی سرپرست فرماندهی انتظامی جیرفت گفت: مذاکرات ادامه دارد.")
    [quote] = extract_quotes(doc)
    assert quote.speaker == "رضا محمدرضایی" and quote.evidence[-1] == "speaker:words-name-title"


def test_a_persons_one_word_name_then_a_title_splits(every_nlp):
    """Golden (round 33): one word before the title's head that names a person of the document is the name, the
    head and the rest the title (not «کاظمی سخنگوی»), in both pipelines."""
    doc = every_nlp("دکتر کاظمی سخنگوی وزارت بهداشت: از دیروز تا امروز 300 بیمار جدید شناسایی شد.")
    assert [(q.speaker, q.evidence[-1]) for q in doc.quotes] == [("کاظمی", "speaker:words-name-title")]


def test_one_word_that_names_no_person_before_a_title_stays_with_it(prepare):
    """Negative (round 33): one word before a head that names no person of the document is not cut off as a
    name."""
    doc = make_doc(prepare, "دکتر کاظمی سخنگوی وزارت بهداشت: از دیروز تا امروز 300 بیمار جدید شناسایی شد.")
    assert speakers(doc) == ["کاظمی سخنگوی"]


def test_a_given_name_before_a_role_word_is_no_name_cut_off(prepare):
    """Negative (round 33): a person's one-word given name before a role word is not cut off as the name: the role
    word may be the surname («علیرضا دبیر»)."""
    doc = make_doc(prepare, "دکتر علیرضا دبیر: تیم آماده است.", people=["علیرضا"])
    assert speakers(doc) == ["علیرضا دبیر"]


# ---------------------------------------------------------------- a group is not one title's holder

@pytest.mark.parametrize("group", ["رسانه‌های محلی", "اعضای شورای شهر", "نمایندگان صنف نانوایان"])
def test_a_group_between_one_persons_quotes_keeps_its_words(prepare, group):
    """A plural head (رسانه‌های، اعضای، نمایندگان) names a group: it is not linked to the person quoted
    before and after it, as a nameless title would be."""
    text = f"کامران نیک گفت: بازار آرام است. {group} اعلام کردند که بازار تعطیل است. کامران نیک افزود: کار ادامه دارد."
    doc = make_doc(prepare, text, people=["کامران نیک"])
    assert speakers(doc) == ["کامران نیک", group, "کامران نیک"]
    assert "speaker:words-group" in extract_quotes(doc)[1].evidence


def test_a_singular_title_between_one_persons_quotes_is_still_that_person(prepare):
    text = "کامران نیک گفت: بازار آرام است. رئیس اتاق اصناف اعلام کرد که بازار تعطیل است. کامران نیک افزود: کار ادامه دارد."
    doc = make_doc(prepare, text, people=["کامران نیک"])
    assert speakers(doc) == ["کامران نیک", "کامران نیک", "کامران نیک"]
    assert all("speaker:words-group" not in q.evidence for q in extract_quotes(doc))


# ---------------------------------------------------------------- a surname that is also a role word

_TITLED = {"titles": ["رئیس دانشگاه"]}


def test_a_lone_role_word_that_is_a_named_persons_surname_is_that_person(prepare):
    # The person holds another title, so no title→name link gives the bare «امام» his name.
    doc = make_doc(prepare, "جواد امام، رئیس دانشگاه گفت: فهرست‌ها ساختگی است. "
                            "امام گفت: ما مسئولیت آن را نمی‌پذیریم.",
                   people=["جواد امام"], **_TITLED, holders={"رئیس دانشگاه": "جواد امام"})
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["جواد امام", "جواد امام"]
    assert quotes[1].evidence[-1] == "speaker:words-surname"


@pytest.mark.parametrize("name, text, speaker", [
    # No person of the document has that surname: the role word stays a title.
    ("علی رضایی", "امام گفت: مسئولیت با ماست.", "امام"),
    # Another lone role word is still a title beside a person whose surname is a role word.
    ("جواد امام", "سخنگو گفت: مسئولیت با ماست.", "سخنگو"),
    # A name that runs on into a role word (a tagger's overreach) does not make that word a surname.
    ("عباس موسوی سخنگوی", "سخنگوی گفت: مسئولیت با ماست.", "سخنگوی"),
])
def test_a_role_word_that_is_no_named_persons_surname_stays_a_title(prepare, name, text, speaker):
    doc = make_doc(prepare, f"{name}، رئیس دانشگاه گفت: فهرست‌ها ساختگی است. {text}",
                   people=[name], **_TITLED, holders={"رئیس دانشگاه": name})
    assert speakers(doc) == [name, speaker]


def test_a_surname_starting_like_a_head_is_no_title(either_nlp):
    """«رئیس‌دانا» starts like the head «رئیس» but is no head of the lexicon: the words before the title are
    the speaker's name, not a title of their own."""
    quote = either_nlp("رئیس‌دانا اقتصاددان و عضو هیئت علمی دانشگاه گفت: تورم بالا می‌رود.").quotes[0]
    assert quote.speaker.startswith("رئیس‌دانا")
    assert "speaker:words-title" not in quote.evidence


def test_an_exact_head_before_a_title_is_one_title(either_nlp):
    quote = either_nlp("معاون مسکن وزیر راه گفت: تورم بالا می‌رود.").quotes[0]
    assert (quote.speaker, quote.evidence[-1]) == ("معاون مسکن وزیر راه", "speaker:words-title")


# ---------------------------------------------------------------- words in the plural are a group

_PLURAL_AFTER_TITLE = "سرپرست باشگاه نفت گفت: تیم آماده است.\nخیلی‌ها گفتند: مربی باید برود.\n"


def test_words_in_the_plural_are_a_group_no_title_is_linked_to(every_nlp):
    quotes = every_nlp(_PLURAL_AFTER_TITLE).quotes
    assert [(q.speaker, "speaker:words-group" in q.evidence) for q in quotes] == [
        ("سرپرست باشگاه نفت", False), ("خیلی‌ها", True)]


def test_a_surname_written_in_the_plural_with_its_full_name_is_no_group(every_nlp):
    quotes = every_nlp("بهرام صفایی‌ها گفت: فیلم آماده است.\nصفایی‌ها افزود: اکران بهار است.\n").quotes
    assert [q.speaker for q in quotes] == ["بهرام صفایی‌ها"] * 2
    assert all("speaker:words-group" not in q.evidence for q in quotes)
