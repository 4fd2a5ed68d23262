"""A double surname's second word on the document's evidence (``+second-surname``), and a later first word alone
linked to the full name (issue 13, class 5: the speaker falls back to a partial name). Both pipelines."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def people(doc) -> list[tuple[str, int | None]]:
    return [(e.text, e.cluster) for e in doc.entities if e.label == "PERSON"]


def test_a_surname_pair_written_after_a_given_name_and_again_is_one_name(either_nlp):
    doc = either_nlp("مصطفی کاظمی مشهدی با اشاره به اینکه طرح از امروز اجرا می‌شود، گفت: همه آماده‌اند.\n"
                     "کاظمی مشهدی گفت: هزینه‌ها کم است.")
    assert [text for text, _ in people(doc)] == ["مصطفی کاظمی مشهدی", "کاظمی مشهدی"]
    # the rules name the pair by the second-surname evidence; the tagger (retrained in round 10) finds the pair by
    # itself, and the merge credits it
    tagger = either_nlp.options["entities"]["tagger"]
    assert doc.entities[-1].rule == ("tagger" if tagger else "person-known-surname+second-surname")
    assert [q.speaker for q in doc.quotes] == ["مصطفی کاظمی مشهدی"] * 3


def test_quote_marks_around_the_name_take_in_the_second_word(either_nlp):
    # the source's straight quotes come out of normalisation paired the wrong way: «…»name"
    doc = either_nlp("«در همین صبح امروز»عباس مسجدی آرانی\" در واکنش گفت: آمار را دولت اعلام می‌کند.\n"
                     "مسجدی افزود: اطلاعات در اختیار شورا است.")
    [(full, cluster), (alone, same)] = people(doc)
    assert (full, alone, same) == ("عباس مسجدی آرانی", "مسجدی", cluster)
    assert doc.entities[0].rule.endswith("+second-surname")
    assert [q.speaker for q in doc.quotes] == ["عباس مسجدی آرانی"] * 2


@pytest.mark.parametrize("text, name", [
    # a dictionary word after the name, twice: the noun of a compound verb, a rank
    ("علی رضایی تاکید کرد: طرح اجرا می‌شود.\nرضایی تاکید کرد: بودجه تامین شد.", "علی رضایی"),
    ("مریم کاظمی مقام اول را گرفت.\nکاظمی مقام اول مسابقه را برد.", "مریم کاظمی"),
    # a word with a joined preposition, twice
    ("علی رضایی به‌دنبال طرح تازه است.\nرضایی به‌دنبال بودجه است.", "علی رضایی"),
])
def test_no_second_word_that_is_a_dictionary_word_or_a_joined_preposition(either_nlp, text, name):
    doc = either_nlp(text)
    assert people(doc)[0][0] == name
    assert not any(e.rule.endswith("+second-surname") for e in doc.entities)


def test_a_first_word_alone_is_the_person_whose_double_surname_it_opens(either_nlp):
    doc = either_nlp("در همین صبح امروز «عباس مسجدی آرانی» رییس پزشکی قانونی کشور گفت: آمار را دولت اعلام می‌کند.\n"
                     "مسجدی افزود: اطلاعات در اختیار شورا است.")
    [(full, cluster), (alone, same)] = people(doc)
    assert (full, alone, same) == ("عباس مسجدی آرانی", "مسجدی", cluster)
    assert [q.speaker for q in doc.quotes] == ["عباس مسجدی آرانی"] * 2


def test_a_first_word_alone_joins_a_name_that_ends_with_it_first(either_nlp):
    doc = either_nlp("«عباس مسجدی آرانی» و حسن مسجدی در جلسه حاضر بودند.\nمسجدی گفت: جلسه خوب بود.")
    assert [fold(q.speaker) for q in doc.quotes] == [fold("حسن مسجدی")]


def test_a_word_between_a_name_and_its_title_is_the_second_surname_word(every_nlp):
    doc = every_nlp("عزت‌الله فلاحت پیشه عضو کمیسیون کشاورزی مجلس گفت: این طرح اجرا می‌شود.")
    [person] = [e for e in doc.entities if e.label == "PERSON"]
    assert (person.text, person.rule.endswith("+second-surname")) == ("عزت‌الله فلاحت پیشه", True)
    assert [q.speaker for q in doc.quotes] == ["عزت‌الله فلاحت پیشه"]


@pytest.mark.parametrize("text, name", [
    # a noun with the ezafe that governs the title
    ("محمود رضایی ادعای سخنگوی شورای نگهبان را رد کرد.", "محمود رضایی"),
    # a word glued to a preposition
    ("حسن کریمی درقامت رئیس‌جمهوری سخن گفت.", "حسن کریمی"),
    # a common word whose complement the title is
    ("علی رضایی نامه رئیس مجلس را خواند.", "علی رضایی"),
])
def test_no_second_word_before_a_title_that_governs_it_or_is_glued(every_nlp, text, name):
    doc = every_nlp(text)
    assert [e.text for e in doc.entities if e.label == "PERSON"] == [name]
    assert not any(e.rule.endswith("+second-surname") for e in doc.entities)


@pytest.mark.parametrize("text, full, alone", [
    # a place + ی that is also an adjective or a dictionary word
    ("به گزارش ایسنا، مجید اکبری تهرانی، کارشناس اقتصادی در گفت‌وگو با ما گفت: بازار آرام است.\n"
     "اکبری تهرانی افزود: قیمت‌ها پایین می‌آید.", "مجید اکبری تهرانی", "اکبری تهرانی"),
    ("به گزارش ایسنا، آیت الله ناصر رحیمی عراقی روز شنبه در جلسه شورا گفت: مردم صبور هستند.\n"
     "رحیمی عراقی افزود: کارها پیش می‌رود.", "ناصر رحیمی عراقی", "رحیمی عراقی"),
    # a one-word town, which is no place there
    ("به گزارش ایسنا، حمید کاظمی تفرش، فعال سیاسی در گفت‌وگو با ما گفت: انتخابات مهم است.\n"
     "کاظمی تفرش افزود: مردم رای می‌دهند.", "حمید کاظمی تفرش", "کاظمی تفرش"),
])
def test_a_recurring_pair_with_a_place_or_a_rare_word_is_one_name(either_nlp, text, full, alone):
    doc = either_nlp(text)
    assert [e.text for e in doc.entities if e.label == "PERSON"] == [full, alone]
    assert doc.entities[-1].rule.endswith("+second-surname") or doc.entities[-1].rule == "tagger"
    assert not [e for e in doc.entities if e.label == "LOC" and e.text in full]
    assert [q.speaker for q in doc.quotes] == [full, full]


@pytest.mark.parametrize("text, name, place", [
    # the pair written once: the town stays a place, the adjective outside the name
    ("حمید کاظمی تفرش را ترک کرد و گفت: کار تمام شد.", "حمید کاظمی", "تفرش"),
    ("مجید اکبری تهرانی نیست و گفت: من اهل شیرازم.", "مجید اکبری", None),
    # a frequent town, twice
    ("علی رضایی کاشان را دید و گفت: شهر زیباست.\nرضایی کاشان را ترک کرد.", "علی رضایی", "کاشان"),
])
def test_no_place_or_rare_word_taken_in_without_the_pair_recurring(either_nlp, text, name, place):
    doc = either_nlp(text)
    assert [e.text for e in doc.entities if e.label == "PERSON"][0] == name
    assert not any(e.rule.endswith("+second-surname") for e in doc.entities)
    if place is not None:
        assert place in [e.text for e in doc.entities if e.label == "LOC"]


def test_a_surname_written_apart_once_is_the_one_the_document_writes_joined(either_nlp):
    doc = either_nlp("مهدی جلالی صفت کارگردان گفت: فیلم تازه‌ای می‌سازم.\n"
                     "پیش از این مهدی جلالی‌صفت دو فیلم ساخته بود.")
    [(split, cluster), (joined, same)] = people(doc)
    assert (split, joined, same) == ("مهدی جلالی صفت", "مهدی جلالی\u200cصفت", cluster)
    assert doc.entities[0].rule.endswith("+joined-surname")
    assert [q.speaker for q in doc.quotes] == ["مهدی جلالی صفت"]


def test_no_word_taken_in_that_the_document_joins_to_the_surname_outside_a_name(either_nlp):
    # «جلالی‌نشانی» is written, but as no person's name
    doc = either_nlp("مهدی جلالی نشانی خانه را پرسید.\nمهدی جلالی گفت: جلسه فردا است.\n"
                     "جلالی‌نشانی تازه‌ای ندارد.")
    assert [text for text, _ in people(doc)][:2] == ["مهدی جلالی", "مهدی جلالی"]
    assert not any(e.rule.endswith("+joined-surname") for e in doc.entities)


def test_a_word_that_ends_the_name_before_a_cue_twice_is_the_surnames(either_nlp):
    # «ملا» is a dictionary word and an honorific: only its place, twice right before a cue, makes it the surname's
    # and a mention with no cue after it is the same name when its words spell it (the last line)
    doc = either_nlp("نصرالله رحمانیان ملا نماینده مردم ساری در مجلس گفت: طرح خوب است.\n"
                     "رحمانیان ملا افزود: بودجه کم است.\nرحمانیان ملا تصریح کرد: کار ادامه دارد.\n"
                     "رحمانیان ملا همچنین در پایان از مردم تشکر کرد.")
    assert [text for text, _ in people(doc)] == ["نصرالله رحمانیان ملا"] + ["رحمانیان ملا"] * 3
    assert all(e.rule.endswith("+spoken-surname") for e in doc.entities if e.label == "PERSON")
    assert [q.speaker for q in doc.quotes] == ["نصرالله رحمانیان ملا"] * 3


@pytest.mark.parametrize("text, full, alone", [
    # an adverb or a time word before the cue, twice: no word of the name
    ("محمدباقر قالیباف امروز گفت: جلسه خوب بود.\nقالیباف امروز افزود: طرح تصویب شد.", "محمدباقر قالیباف", "قالیباف"),
    ("علی رضایی همواره گفته است: کار خوب است.\nرضایی همواره گفته است: بودجه کم نیست.", "علی رضایی", "رضایی"),
    ("حسن کاظمی نیز گفت: کار خوب است.\nکاظمی نیز افزود: بودجه کم نیست.", "حسن کاظمی", "کاظمی"),
])
def test_no_adverb_before_a_cue_taken_into_the_name(either_nlp, text, full, alone):
    doc = either_nlp(text)
    assert [text for text, _ in people(doc)] == [full, alone]
    assert not any(e.rule.endswith("+spoken-surname") for e in doc.entities)
    assert [q.speaker for q in doc.quotes] == [full, full]


@pytest.mark.parametrize("text, name", [
    # a given name that is a word too, before the title
    ("بهرام کاظمی نیکو عضو کمیسیون کشاورزی مجلس گفت: این طرح اجرا می‌شود.", "بهرام کاظمی نیکو"),
    # … and before a comma and the title
    ("بهرام کاظمی نیکو، عضو کمیسیون کشاورزی مجلس گفت: این طرح اجرا می‌شود.", "بهرام کاظمی نیکو"),
    # a portfolio's adjective the dictionary lacks
    ("مهدی رستمی شهری استاد دانشگاه با اشاره به بازار گفت: این طرح اجرا می‌شود.", "مهدی رستمی شهری"),
])
def test_a_given_name_or_an_adjective_between_a_name_and_its_title_is_the_second_surname_word(every_nlp, text, name):
    doc = every_nlp(text)
    [person] = [e for e in doc.entities if e.label == "PERSON"]
    assert (person.text, person.rule.endswith("+second-surname")) == (name, True)
    assert [q.speaker for q in doc.quotes] == [name]


@pytest.mark.parametrize("text, name", [
    # a frequent given name is no surname's word
    ("بهرام کاظمی حسین عضو کمیسیون کشاورزی مجلس گفت: این طرح اجرا می‌شود.", "بهرام کاظمی"),
    # an adverb before a comma and the title
    ("بهرام کاظمی امروز، عضو کمیسیون کشاورزی مجلس گفت: این طرح اجرا می‌شود.", "بهرام کاظمی"),
])
def test_no_frequent_given_name_or_adverb_before_a_title_joins_the_name(either_nlp, text, name):
    doc = either_nlp(text)
    assert not any(e.rule.endswith("+second-surname") for e in doc.entities)
    people = [e.text for e in doc.entities if e.label == "PERSON"]
    assert len(people) == 1 and people[0].startswith(name)  # the person is still found (the tagger may read on)
    assert "عضو کمیسیون کشاورزی مجلس" in {e.text for e in doc.entities if e.label == "TITLE"}  # and the title
    if not either_nlp.options["entities"]["tagger"]:
        assert people == [name]


@pytest.mark.parametrize("text, name", [
    # a dictionary word written once between a given name and surname and a verb of saying, a colon after it
    ("سرهنگ بهزاد نوری مجد افزود: دیروز دو نفر در شهر زخمی شدند.", "بهزاد نوری مجد"),
    # … a frequent dictionary word before «گفت» with no colon
    ("کامران صدری مقدم گفت که طرح تا پایان سال اجرا می‌شود.", "کامران صدری مقدم"),
])
def test_a_word_between_a_full_name_and_a_verb_of_saying_once_is_the_surnames(either_nlp, text, name):
    doc = either_nlp(text)
    person = next(e for e in doc.entities if e.label == "PERSON")
    assert person.text == name
    assert person.rule.endswith("+spoken-surname") or person.rule == "tagger"
    assert [q.speaker for q in doc.quotes] == [name]


@pytest.mark.parametrize("text, name", [
    # an adverb, a time word, the noun of a compound verb (a light verb follows, no verb of saying)
    ("کامران صدری امروز گفت: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    ("کامران صدری صراحتا گفت: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    ("کامران صدری تصریح کرد: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    ("کامران صدری همچنان گفت: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    ("کامران صدری دراینباره گفت: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    ("کامران صدری درمجلس گفت: طرح تا پایان سال اجرا می‌شود.", "کامران صدری"),
    # a surname alone before the word: no given name proves the name ends there
    ("صدری مقدم گفت: طرح تا پایان سال اجرا می‌شود.", None),
])
def test_no_adverb_nor_compound_noun_taken_into_the_name_once(either_nlp, text, name):
    doc = either_nlp(text)
    assert not any(e.rule.endswith("+spoken-surname") for e in doc.entities)
    if name is not None:
        assert [e.text for e in doc.entities if e.label == "PERSON"] == [name]
        assert [q.speaker for q in doc.quotes] == [name]
    else:
        assert len(doc.quotes) == 1


def test_a_word_before_a_colon_alone_is_no_surnames(either_nlp):
    # a film's credits: «سال ساخت» after the director's name, a colon after it, is no word of the name
    doc = either_nlp("کارگردان: کامران صدری سال ساخت: ۱۳۹۸\nکامران صدری گفت: فیلم تازه‌ام آماده است.")
    assert not any(e.rule.endswith("+spoken-surname") for e in doc.entities)
    assert "کامران صدری" in [e.text for e in doc.entities if e.label == "PERSON"]
    assert [q.speaker for q in doc.quotes] == ["کامران صدری"]


def test_a_long_name_after_a_rank_is_the_speakers_whole(either_nlp):
    # «… نوری» alone ends a short subject read before the colon, but the person's entity goes on over «مجد»: the
    # speaker is the whole name; a known name followed by an object is still cut there (the second sentence)
    doc = either_nlp("سرهنگ سید محمد رضا نوری مجد افزود: دیروز دو نفر در شهر زخمی شدند.\n"
                     "کامران صدری گفت: کار خوب است. کامران صدری تعداد روستاها را سی روستا برشمرد.")
    assert [q.speaker for q in doc.quotes][:2] == ["سید محمد رضا نوری مجد", "کامران صدری"]
    assert all(q.speaker == "کامران صدری" for q in doc.quotes[1:])


@pytest.mark.parametrize("text, name, alone", [
    # two words between a given name and surname and a participial opener: the opener's subject is the whole name,
    # and a later surname alone is that person
    ("به گزارش ایسنا سعید کاظمی ده چشمه با اشاره به مصوبه دولت گفت: طرح اجرا می‌شود.\n"
     "کاظمی افزود: بودجه کم است.", "سعید کاظمی ده چشمه", "کاظمی"),
    # one word, the opener «با تأکید بر»
    ("محمد نوبختی فرد با تأکید بر لزوم همکاری گفت: طرح اجرا می‌شود.\nنوبختی افزود: بودجه کم است.",
     "محمد نوبختی فرد", "نوبختی"),
])
def test_the_words_between_a_name_and_a_participial_opener_are_the_surnames(either_nlp, text, name, alone):
    doc = either_nlp(text)
    [(full, cluster), (later, same)] = people(doc)
    assert (full, later, same) == (name, alone, cluster)
    rule = next(e.rule for e in doc.entities if e.text == name)
    assert rule.endswith("+subject-surname") or rule == "tagger"
    assert [q.speaker for q in doc.quotes] == [name] * 2


def test_no_one_word_entity_is_left_inside_a_name_grown_over_two_words(either_nlp):
    # the name takes both words before the opener: a one-word place or tagger person on the second word goes too
    doc = either_nlp("به گزارش ایسنا، حمید قاسمی ده ابیانه با اشاره به مصوبه دولت گفت: طرح اجرا می‌شود.")
    person = next(e for e in doc.entities if e.label == "PERSON")
    assert person.text == "حمید قاسمی ده ابیانه"
    assert [e.text for e in doc.entities if person.span.start <= e.span.start < person.span.end] == [person.text]
    assert [q.speaker for q in doc.quotes] == ["حمید قاسمی ده ابیانه"]


@pytest.mark.parametrize("text, names", [
    # a time word, a profession and an adjective, a preposition's phrase before the opener: no words of the name
    ("سعید کاظمی امروز با اشاره به مصوبه دولت گفت: طرح اجرا می‌شود.", ["سعید کاظمی"]),
    ("سعید کاظمی شاعر ایرانی با اشاره به مصوبه دولت گفت: طرح اجرا می‌شود.", ["سعید کاظمی"]),
    ("سعید کاظمی در جلسه با اشاره به مصوبه دولت گفت: طرح اجرا می‌شود.", ["سعید کاظمی"]),
    # two people listed: the first given name stays out of the second's name
    ("علی و حسن رضایی با اشاره به مصوبه دولت گفتند: طرح اجرا می‌شود.", ["حسن رضایی"]),
    # an ordinary noun after the name, with no opener after it
    ("سعید کاظمی کتاب تازه‌ای با موضوع جنگ نوشت.", ["سعید کاظمی"]),
])
def test_no_word_before_an_opener_that_cannot_be_a_surnames(either_nlp, text, names):
    doc = either_nlp(text)
    assert not any(e.rule.endswith("+subject-surname") for e in doc.entities)
    found = [e.text for e in doc.entities if e.label == "PERSON"]
    assert all(name in found for name in names)
    assert not any(e.startswith(names[-1] + " ") for e in found)
