"""A speaker must be someone: words at the subject's place that name no one who can speak.

* ``subject:entity-after-no-one``: a common noun that is no person, title, group or organisation («تحقق …»,
  «قیمت …»), the head of a relative clause («موضوعی که …», «ادعایی که …») or a preposition joined to its noun
  («باتوجه», «درادامه») opens the clause, or words the resolver refuses (an adverb, a conjunction or a verb opens
  them: «دقیقا …»; a plural of things: «احتمالات …»), and a person or title stands later in it: that one speaks.
* An opening clause closed by «،» that a conjunction or an adverb opens («اگرچه …،», «هرچند …،») holds no subject:
  the subject is looked for after its comma.
* ``speaker:words-adverbial-unresolved``: a joined preposition and no one after it: the speaker stays unknown.
* ``subject:pronoun-after-discourse``: a pronoun after a stray bracket, a word closed by a comma, «خود» or a
  conjunction speaks («باری، ایشان …», «]ایشان …»), not the words that open with it.

Examples written for these tests (patterns of news articles, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import is_adverbial_opener, names_no_one


def quotes(nlp, post) -> list[tuple[str | None, list[str]]]:
    """(speaker, subject and speaker rules) of each quote found in ``post`` (a text or a read record)."""
    return [(q.speaker, [e for e in q.evidence if e.startswith(("subject:", "speaker:"))])
            for q in nlp(post).quotes]


@pytest.fixture
def find(every_nlp):
    """:func:`quotes` in both pipelines and both readers (a Telegram post, a news item's text)."""
    return lambda post: quotes(every_nlp, post)


@pytest.mark.parametrize("post", [
    "این موضوع مهم است. موضوعی که دو روز پیش بهرام کاظمی نماینده مردم شیراز به آن اشاره کرده و گفته: «این راه درست نیست.»",
    "وزیر کشور این را گفته بود. ادعایی که هفته گذشته، بهرام کاظمی نماینده مردم شیراز بر آن مهر تایید زد و گفت: «این راه درست نیست.»",
    "تحقق این طرح در پایان سال، بهرام کاظمی رئیس سازمان برنامه گفت: «این راه درست نیست.»",
])
def test_the_person_of_the_clause_speaks_not_the_words_before(find, post):
    found = find(post)
    assert found and found[-1][0] == "بهرام کاظمی"
    assert found[-1][1][0] == "subject:entity-after-no-one"


@pytest.mark.parametrize("post, rule", [
    ("این موضوع مهم است. درخشش بهرام کاظمی در این فصل باعث شد که تیم قهرمان شود و اعلام کرد: «او می‌ماند.»",
     "subject:words"),
    ("بنا به این گزارش، بهرام کاظمی رئیس سازمان برنامه هشدار داده بود که بودجه کسری دارد.", "subject:entity"),
])
def test_a_noun_complement_is_no_subject_and_bana_be_is_a_lead_in(find, post, rule):
    found = find(post)
    assert [rules[0] for _, rules in found] == [rule]
    if rule == "subject:entity":
        assert found[0][0] == "بهرام کاظمی"


def test_a_joined_preposition_names_no_one(find):
    found = find("باتوجه به کارنامه‌ام انتظار داشتم، اما اعلام کردند که باید بروم.")
    assert found == [(None, ["subject:words", "speaker:words-adverbial-unresolved"])]


@pytest.mark.parametrize("post, speaker", [
    ("کارشناسان در گفت‌وگو با بهرام کاظمی گفتند که قیمت‌ها پایین می‌آید.", "کارشناسان"),  # people speak
    ("شخصی که دیروز بهرام کاظمی را دیده بود گفت: «او خسته بود.»", "شخصی"),  # someone; the name is the object
    # «را»: an object; the abstract noun names no speaker either (speaker:words-abstract-unresolved)
    ("موضوعی که دیروز بهرام کاظمی را نگران کرد اعلام کرد: «قیمت‌ها بالا رفت.»", None),
    ("میثاقی در دیدار با بهرام کاظمی گفت که قرارداد تمدید می‌شود.", "میثاقی"),  # a name the rules do not know
    ("قیمت نان با نظر بهرام کاظمی بالا رفت و اعلام کرد که نان گران شده است.", "قیمت نان"),  # a person after «با»
])
def test_an_agent_or_a_person_governed_by_a_preposition_is_not_moved(find, post, speaker):
    found = find(post)
    assert all("subject:entity-after-no-one" not in rules for _, rules in found)
    assert [s for s, _ in found] == [speaker]


@pytest.mark.parametrize("opening", ["باری، ایشان", "]ایشان", "خود او"])
def test_a_pronoun_after_a_discourse_word_speaks(find, opening):
    post = ("بهرام کاظمی رئیس سازمان برنامه به شیراز رفت.\n"
            f"{opening} در این دیدار گفت: «بودجه امسال کسری ندارد.»")
    assert find(post) == [("بهرام کاظمی", ["subject:pronoun-after-discourse", "speaker:pronoun→previous"])]


@pytest.mark.parametrize("opening, speakers", [
    ("معلمان، آنها هم گفتند", {"معلمان، آنها"}), ("کارگران، آنها هم گفتند", {"کارگران، آنها"}),
    ("مریم، او هم گفت", {"مریم، او", "مریم"}),  # a given name: the rules keep the words, the tagger names her
])
def test_a_topic_that_can_speak_before_a_comma_is_no_discourse_word(find, opening, speakers):
    """«معلمان، آنها …»: the pronoun resumes the topic before the comma; the previous speaker, a single
    person, is not its referent."""
    found = find(f"علی احمدی وزیر راه گفت: «کار ادامه دارد.»\n{opening} که حقوق کم است.")
    assert found[0][0] == "علی احمدی" and len(found) == 2 and found[1][0] in speakers
    assert all("subject:pronoun-after-discourse" not in rules for _, rules in found)


@pytest.mark.parametrize("post, speaker", [
    # «او را»: an object
    ("بهرام کاظمی به شیراز رفت.\nمریم، او را در این دیدار دید و گفت: «بودجه کسری ندارد.»", "مریم"),
    ("بهرام کاظمی به شیراز رفت.\nوزیر اقتصاد، وی را تایید کرد و گفت: «بودجه کسری ندارد.»", "وزیر اقتصاد"),
])
def test_a_pronoun_made_an_object_does_not_speak(find, post, speaker):
    found = find(post)
    assert all("subject:pronoun-after-discourse" not in rules for _, rules in found)
    assert found and {s for s, _ in found} == {speaker}


@pytest.mark.parametrize("words, relative, no_one", [
    (["تحقق"], False, True), (["قیمت", "مرغ"], False, True), (["وحدت", "فرماندهی"], False, True),
    (["موضوعی"], True, True), (["ادعایی"], True, True), (["باتوجه"], False, True), (["درادامه"], False, True),
    (["موضوعی"], False, False), (["شخصی"], True, False), (["کارشناسان"], False, False), (["مردم"], False, False),
    (["دیپلمات‌های", "سعودی"], False, False), (["سخنگوی", "دولت"], False, False), (["یک", "مقام"], False, False),
    (["میثاقی"], False, False), (["بهروز"], False, False), (["دکتر", "قیمت"], False, False), (["علی"], False, False),
    (["جمهوری", "اسلامی"], False, False),
])
def test_the_no_one_test(words, relative, no_one):
    assert names_no_one(words, relative) is no_one


@pytest.mark.parametrize("word, adverbial", [
    ("باتوجه", True), ("درادامه", True), ("به‌دنبال", True), ("بهروز", False), ("باقری", False),
    ("درویش", False), ("برومند", False), ("مهدی", False),
])
def test_the_adverbial_opener_test(word, adverbial):
    assert is_adverbial_opener(word) is adverbial


@pytest.mark.parametrize("post, speaker", [
    ("کانون صنفی نانوایان اواخر هفته گذشته اعلام کرد که نان گران می‌شود.", "کانون صنفی نانوایان"),
    ("اواخر هفته گذشته، کانون صنفی نانوایان اعلام کرد که نان گران می‌شود.", "کانون صنفی نانوایان"),
])
def test_a_vague_time_ends_the_subject(find, post, speaker):
    assert [s for s, _ in find(post)] == [speaker]


@pytest.mark.parametrize("post, speaker, rule", [
    ("جالب است آقایان می‌گویند که بودجه کسری ندارد.", "آقایان", "subject:after-copula"),
    ("تعطیلات نزدیک است و بعضی‌ها می‌گویند که بودجه کسری ندارد.", "بعضی‌ها", "subject:after-copula"),
    ("بهرام کاظمی رئیس سازمان برنامه به شیراز رفت.\nبهتر است بگوییم او گفت: «بودجه کسری ندارد.»", None,
     "subject:after-copula"),
    ("بهرام کاظمی رئیس سازمان برنامه گفت: «بودجه کسری ندارد.»\nبهتر است اعلام کرد که درآمد بیشتر شده است.",
     "بهرام کاظمی", "subject:copula-clause"),
])
def test_words_that_hold_a_copula_are_a_clause(find, post, speaker, rule):
    found = find(post)
    assert found and found[-1][0] == speaker and found[-1][1][0] == rule


@pytest.mark.parametrize("post, speaker", [
    ("کارشناسان بودجه اعلام کردند که درآمد بیشتر شده است.", "کارشناسان بودجه"),  # no copula
    ("است که گفت: «بودجه کسری ندارد.»", "است"),  # a copula first is no clause of these words
])
def test_words_without_a_copula_after_their_first_are_kept(find, post, speaker):
    found = find(post)
    assert all(not {"subject:after-copula", "subject:copula-clause"} & set(rules) for _, rules in found)
    assert [s for s, _ in found] == [speaker]


@pytest.mark.parametrize("post, rule", [
    # words that name no one (a relative clause on a thing), then a person opening a clause of its own
    ("جلسه دیروز برگزار شد. موضوعی که دو روز پیش بهرام کاظمی رئیس سازمان برنامه توضیح داد: «بودجه کافی است.»",
     "subject:entity-after-no-one"),
    # words a plural of things opens, a finite verb and «و»: the clause after it is read first (round 22)
    ("جلسه دیروز برگزار شد. احتمالات زیادی مطرح شد و در این جلسه بهرام کاظمی رئیس سازمان برنامه توضیح داد: «بودجه کافی "
     "است.»", "subject:after-coordinated-clause"),
    # words an adverb opens (the resolver's «no speaker»), then the person after a comma: the clause is skipped
    ("جلسه دیروز برگزار شد. دقیقا در همین روزها، بهرام کاظمی رئیس سازمان برنامه توضیح داد: «بودجه کافی است.»",
     "subject:entity"),
])
def test_words_the_resolver_refuses_give_way_to_the_person_after_them(find, post, rule):
    found = find(post)
    assert found and found[-1][0] == "بهرام کاظمی"
    assert found[-1][1][0] == rule


@pytest.mark.parametrize("post", [
    # a person after the refused words but governed by a preposition, or made an object: not moved
    "احتمالات زیادی در گفت‌وگو با بهرام کاظمی مطرح شد و اعلام کرد: «بودجه کافی است.»",
    "خیلی راحت بهرام کاظمی را دیدم و گفت: «بودجه کافی است.»",
])
def test_refused_words_do_not_move_to_a_governed_person(find, post):
    found = find(post)
    assert all("subject:entity-after-no-one" not in rules for _, rules in found)


@pytest.mark.parametrize("post", [
    "اگرچه کار سخت بود، بهرام کاظمی رئیس سازمان برنامه گفت: «بودجه کافی است.»",
    "هرچند بودجه کم بود، رئیس سازمان برنامه گفت: «بودجه کافی است.»",
])
def test_an_opening_clause_a_conjunction_opens_is_no_subject(find, post):
    found = find(post)
    assert [s for s, _ in found] in (["بهرام کاظمی"], ["رئیس سازمان برنامه"])
    assert all(rules[0] == "subject:entity" for _, rules in found)


def test_a_subject_before_its_comma_is_kept(find):
    found = find("بهرام کاظمی، رئیس سازمان برنامه، گفت: «بودجه کافی است.»")
    assert [s for s, _ in found] == ["بهرام کاظمی"]
