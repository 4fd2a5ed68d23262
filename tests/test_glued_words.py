"""Spaces a copy lost between a name (or «وی») and the title, reporting verb or «در» after it (normalization
rule ``glued_words``, issue 13/14; round 25: the outlet run into a citing phrase, «به گزارشمهربه نقل از»): the
split, the words it must leave whole, the offsets of the split words, and the speakers it rights in both
pipelines. The examples are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persianews.records import Span
from persianews.text.normalize import NormalizationConfig, normalize

from .quote_rows import speakers

NO_ZWNJ = NormalizationConfig(half_spaces=False)
_NAMED = "مهدی کاظمی امروز در نشست خبری حاضر شد. "


@pytest.mark.parametrize(("source", "expected"), [
    # a surname the text writes alone, run into a title head
    (_NAMED + "کاظمیسخنگوی ستاد گفت: آب کافی است.", _NAMED + "کاظمی سخنگوی ستاد گفت: آب کافی است."),
    # ... into a reporting verb
    (_NAMED + "مهدی کاظمیافزود: آب کافی است.", _NAMED + "مهدی کاظمی افزود: آب کافی است."),
    # ... into «در»
    (_NAMED + "کاظمیدر ادامه گفت: آب کافی است.", _NAMED + "کاظمی در ادامه گفت: آب کافی است."),
    # the pronoun «وی», written alone nowhere else
    ("ذخایر آب را بررسی کرد. ویافزود: آب کافی است.", "ذخایر آب را بررسی کرد. وی افزود: آب کافی است."),
    # the outlet's name run into «به گزارش» and into the «به» of «به نقل از»
    ("به گزارشمهربه نقل از رویترز، بهای طلا بالا رفت.", "به گزارش مهر به نقل از رویترز، بهای طلا بالا رفت."),
    # the name alone run into «به»
    ("به گزارش مهربه نقل از بلومبرگ، بهای طلا بالا رفت.", "به گزارش مهر به نقل از بلومبرگ، بهای طلا بالا رفت."),
    # an outlet type word run into «به گزارش», its name into «به»
    ("به گزارشخبرگزاری ایسنابه نقل از اسپوتنیک، بهای طلا بالا رفت.",
     "به گزارش خبرگزاری ایسنا به نقل از اسپوتنیک، بهای طلا بالا رفت."),
    # the type word run into the name and the name into «به»
    ("به گزارش خبرگزاریمهربه نقل از رویترز، بهای طلا بالا رفت.",
     "به گزارش خبرگزاری مهر به نقل از رویترز، بهای طلا بالا رفت."),
    # a listed outlet's first word run into «به گزارش»
    ("به گزارشروز نو، بهای طلا بالا رفت.", "به گزارش روز نو، بهای طلا بالا رفت."),
    # a one-word outlet run into «به نقل از» after it
    ("به گزارش ایرنا به نقل ازرویترز، بهای طلا بالا رفت.", "به گزارش ایرنا به نقل از رویترز، بهای طلا بالا رفت."),
])
def test_a_glued_name_is_split(source, expected):
    """Golden: the space goes back between the name and the closed word, or around a citing phrase's outlet
    (round 25), in both configs."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(source, config)
        assert result.text == expected
        assert "glued_words" in [change.rule for change in result.changes]


@pytest.mark.parametrize("source", [
    # a compound of the lexicon whose left part the text writes alone («دندان» + the title head «پزشک»)
    "دندان او درد داشت و نزد دندانپزشک رفت.",
    # a «…شان» word: its ending is no closed word
    "سخنگویان آمدند و سخنگویشان گفت که خبری نیست.",
    # a name that is itself a real word («بهادر»), its left part («بها») written alone
    "بها گران شد و حسین بهادر سخن گفت.",
    # a left part of two letters, not a pronoun («نا» + «در»)
    "نا امید نشد و نادر آمد.",
    # a left part the text never writes alone
    "پرویز کاظمیسخنگوی ستاد شد.",
    # a left part that is itself a closed word («دبیر» + «رئیس»)
    "دبیر آمد و دبیررئیس رفت.",
    # a heading's last word, written alone but no name, glued to its paragraph: glued_headings reads it
    "مصارف کم شد.\nکاهش مصارفرئیس سازمان گفت: کافی است.",
    # «وی» + «در» that no phrase follows: a name in guillemets
    "وی گفت که «ویدر» را دیده است.",
    # «گزارش» with its endings: no outlet after it
    "به گزارشگر گفت که به گزارشات و گزارشها توجه کند.",
    # a dictionary word before «نقل از» («مصاحبه»): the «به» is its own
    "به گزارش خبرنگار، مصاحبه نقل از او را تایید کرد.",
    # a word run into «به» past the citing phrase's first three words
    "به گزارش خبرنگار ما از شهر کرمانبه نقل از پلیس، بهای طلا بالا رفت.",
    # «از» run into a word that names no outlet
    "به نقل ازین منبع، بهای طلا بالا رفت.",
])
def test_a_word_that_is_no_glued_name_stays_whole(source):
    """Negative: only a word no lexicon knows, run from a word written alone and a closed word, is split; in a
    citing phrase only an outlet run into «به گزارش» or «نقل از», or a word no lexicon knows into «به نقل از»."""
    result = normalize(source, NO_ZWNJ)
    assert "glued_words" not in [change.rule for change in result.changes]


_PIECES = ["کاظمی", "وی", "سخنگوی", "افزود", "در", "گفت", "ستاد", "آب", "دندان", "پزشک", "بها", "بهادر"]
_GLUED_TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", ". ", "\n"])),
                       max_size=30).map(lambda parts: "".join(piece + gap for piece, gap in parts))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_GLUED_TEXT)
def test_split_words_map_back_to_their_source(text):
    """Property: every word of the normalized text maps back to the same letters of the source (the inserted
    space maps between the two parts), and normalizing again changes nothing."""
    result = normalize(text, NO_ZWNJ)
    position = 0
    for word in result.text.split():
        start = result.text.index(word, position)
        position = start + len(word)
        assert result.source_span(Span(start, position)).slice(text) == word
    assert normalize(result.text, NO_ZWNJ).text == result.text


@pytest.mark.parametrize("line", [
    "کاظمیسخنگوی ستاد مدیریت بحران گفت: ذخایر آب شهر برای تابستان کافی است.",
    "ذخایر آب را بررسی کرد. ویافزود: ذخایر آب شهر برای تابستان کافی است.",
])
def test_a_glued_speaker_is_read_whole(every_nlp, line):
    """Golden: the named person speaks, not the glued run's organisation nor nobody."""
    assert speakers(every_nlp(_NAMED + line)) == ["مهدی کاظمی"]


def test_a_name_that_is_a_real_word_stays_the_speaker(every_nlp):
    """Negative: «بهادر» is not read «بها در» though the text writes «بها» alone."""
    doc = every_nlp("بها گران شد. حسین بهادر سخنگوی اتحادیه گفت: قیمت‌ها بالا رفته است.")
    assert speakers(doc) == ["حسین بهادر"]


@given(st.lists(st.sampled_from(["کاظمی", "وی", "سخنگوی", "افزود", "در", "گفتند", "مادر", "ی", " ", ":", "\n",
                                 "\u200c", "ا"]), max_size=30).map("".join))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_the_compiled_scan_finds_the_glued_words_the_python_scan_finds(text):
    """The closed words' starts are found alike by the compiled key scan and its Python twin."""
    from persianews.text import glued, key_scan

    compiled = glued._glued_ends(text)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(key_scan, "compiled_module", lambda module: None)
        assert glued._glued_ends(text) == compiled


def test_a_glued_citing_phrase_names_its_outlet(every_nlp):
    """Golden: the outlet run into the citing phrase is an organisation, and so is the one it cites."""
    doc = every_nlp("به گزارشمهربه نقل از رویترز، بهای طلا در بازار لندن بالا رفت.")
    orgs = {entity.text for entity in doc.entities if entity.label == "ORG"}
    assert {"مهر", "رویترز"} <= orgs


def test_a_word_glued_before_a_citation_is_no_outlet(every_nlp):
    """Negative: a dictionary word before «نقل از» stays whole and is no organisation; the outlet cited after it
    is still found."""
    doc = every_nlp("به گزارش خبرنگار، تجربه نقل از رویترز را تایید کرد.")
    orgs = {entity.text for entity in doc.entities if entity.label == "ORG"}
    assert "رویترز" in orgs
    assert not any("تجربه" in org for org in orgs)


@pytest.mark.parametrize(("source", "expected"), [
    ("پیش از این بود.\nمینا سالاریمینا سالاری عضو کمیسیون گفت: کافی است.",
     "پیش از این بود.\nمینا سالاری\nمینا سالاری عضو کمیسیون گفت: کافی است."),
    ("سید حسن موسویحسن موسوی امروز آمد.", "سید حسن موسوی\nحسن موسوی امروز آمد."),
])
def test_a_name_written_twice_glued_gets_its_line_break(source, expected):
    """Golden (round 31): a subheading's name glued to the same name opening its paragraph, in both configs; the
    offsets map back."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(source, config)
        assert result.text == expected
        assert normalize(result.text, config).text == result.text
        cut = result.text.index("\n", result.text.index("موسوی" if "موسوی" in source else "سالاری"))
        assert result.source_span(Span(0, cut)).slice(source) == source[:cut]


@pytest.mark.parametrize("text", [
    "کتاب خوبکتاب خوب است.",  # no given name
    "مینا سالاریمینا سالار عضو کمیسیون است.",  # not exactly twice
    "مینا سالاریمینا، سالاری عضو کمیسیون است.",  # not spaced on one line
    "امروز در جلسه‌ای که برگزار شد مینا سالاریمینا سالاری آمد.",  # past a line's first words: no heading
])
def test_what_is_not_a_name_twice_stays(text):
    """Negative: only exactly a name twice, spaced on one line among its first words, gets a line break; the name
    on the next line still does."""
    assert "\n" not in normalize(text, NO_ZWNJ).text
    assert normalize(f"{text}\nرضا کاظمیرضا کاظمی آمد.", NO_ZWNJ).text == f"{text}\nرضا کاظمی\nرضا کاظمی آمد."


def test_a_name_written_twice_glued_is_one_speaker(every_nlp):
    """Golden: the paragraph's speaker is the name once; negative: no speaker holds it twice."""
    doc = every_nlp("پیش از این بود.\nمینا سالاریمینا سالاری عضو کمیسیون آموزش مجلس در گفت‌وگو با خبرنگار ما گفت: "
                    "مدارس آماده نیستند.")
    assert speakers(doc) == ["مینا سالاری"]
    assert {e.text for e in doc.entities if e.label == "PERSON"} == {"مینا سالاری"}


@pytest.mark.parametrize(("source", "honorific", "name"), [
    ("دکترمحمدرضا کاظمی در نشست حاضر شد.", "دکتر", "محمدرضا"),
    ("سردارحسن نادری فرمانده انتظامی استان است.", "سردار", "حسن"),
    ("حجت‌الاسلامعلی رحیمی امام جمعه شهر است.", "حجت‌الاسلام", "علی"),
    ("با حمایت از دکترحسن رضایی در دوره دوم", "دکتر", "حسن"),
])
def test_an_honorific_glued_to_a_given_name_is_split(source, honorific, name):
    """Golden (round 32): the space goes back between an honorific and the given name run into it, before a
    surname, in both configs; the honorific and the name map back to their letters of the source."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(source, config)
        assert result.text == source.replace(honorific + name, f"{honorific} {name}")
        assert "glued_words" in [change.rule for change in result.changes]
        assert normalize(result.text, config).text == result.text
        start = result.text.index(honorific)
        cut = start + len(honorific)
        assert result.source_span(Span(start, cut)).slice(source) == honorific
        assert result.source_span(Span(cut + 1, cut + 1 + len(name))).slice(source) == name


@pytest.mark.parametrize("source", [
    "امیرسینا کاظمی در مسابقه حاضر شد.",  # «امیر» opens given names of the lexicon (امیرحسین): maybe one more
    "سیدعلی کاظمی در نشست حاضر شد.",  # a name prefix, inside the name
    "اما آقامصطفی می‌تواند به اوضاع سر و سامان دهد.",  # no surname after the given name
    "دکترمحمدرضا، کاظمی و دیگران آمدند.",  # no space and a name after it
    "حضرت‌علی کاظمی آمد.",  # a half-space between the two
    "دکترین دفاعی کشور تغییر کرد.",  # a word of the lexicon
])
def test_a_word_that_is_no_glued_honorific_stays_whole(source):
    """Negative (round 32): an honorific is split off only where it is no name prefix nor opens a compound given
    name, in a word no lexicon knows, its rest a given name before a space and a name."""
    assert normalize(source, NO_ZWNJ).text == source


def test_a_name_after_a_glued_honorific_is_the_speaker(every_nlp):
    """Golden (round 32): the name after a glued honorific is found whole, and the surname alone later resolves to
    it; negative: the honorific is not in the name."""
    doc = every_nlp("دکترمحمدرضا کاظمی در نشست خبری دانشگاه حاضر شد.\n"
                    "دکتر کاظمی گفت: ذخایر آب شهر برای تابستان کافی است.")
    assert speakers(doc) == ["محمدرضا کاظمی"]
    assert not any(e.text.startswith("دکتر") for e in doc.entities if e.label == "PERSON")


@pytest.mark.parametrize(("source", "left", "name", "joint"), [
    # a subheading's verb run into the paragraph's given name: the line break goes back
    ("خسارت سیل در استان بیشتر شدحسن نادری، فرماندار شهر گفت: راه‌ها باز است.", "شد", "حسن", "\n"),
    ("ذخایر آب شهر رو به کاهش استمحمدرضا کاظمی در نشست خبری حاضر شد.", "است", "محمدرضا", "\n"),
    ("کارگران مزد کافی ندارندعلی رحیمی، عضو شورای شهر در این باره گفت: حق با کارگران است.", "ندارند", "علی", "\n"),
    # «که» opens the clause the name is the subject of: a space
    ("دو هفته پیش بود کهمهدی کاظمی رئیس سازمان آب گفت: آب کافی است.", "که", "مهدی", " "),
])
def test_a_clause_word_glued_to_a_given_name_is_split(source, left, name, joint):
    """Golden (round 33): the line break (after a verb or «است») or the space (after «که») goes back between a
    clause's word and the given name run into it, before a surname, in both configs; both parts map back to their
    letters of the source."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(source, config)
        assert result.text == source.replace(left + name, left + joint + name)
        assert normalize(result.text, config).text == result.text
        start = result.text.index(left + joint + name)
        cut = start + len(left)
        assert result.source_span(Span(start, cut)).slice(source) == left
        assert result.source_span(Span(cut + 1, cut + 1 + len(name))).slice(source) == name


@pytest.mark.parametrize("source", [
    "این کتاب درمورد تاریخ شهر است.",  # its given name is a rare one (درم|ورد)
    "در این نشست شدمارتین کاظمی حاضر بود.",  # two splits (شد|مارتین, شدم|ارتین): which one is unknown
    "آمنوا کونوا قوامین بالقسط",  # a verb of two letters that is no past form
    "در را ببندیدیک نماینده آمد.",  # a title head after it
    "میرمحمد صادقی در نشست حاضر شد.",  # a name prefix and a given name: one name
    "بهای کالاهای ده‌هزار تومانی مشخص شد.",  # a word with an analysis (تومان + ی)
    "شدحسن، کاظمی و دیگران آمدند.",  # no space and a name after it
])
def test_a_word_that_is_no_glued_clause_word_stays_whole(source):
    """Negative (round 33): a clause's word is split off a given name only in a word no lexicon knows or analyses,
    split one way, into a word that ends or opens a clause and a given name that is not rare, before a space and a
    name."""
    assert normalize(source, NO_ZWNJ).text == source


@pytest.mark.parametrize(("edits", "text"), [
    ("honorific_given_edits", "دکترمحمدرضا کاظمی و سردارحسن نادری،دکترعلی رضایی و آقای دکتر\u200cحسن"),
    ("verb_given_edits", "بیشتر شدحسن نادری و رو به کاهش استمحمدرضا کاظمی و امروز بود کهمهدی رحیمی آمد"),
])
def test_the_compiled_scan_finds_the_edits_the_python_scan_finds(edits, text):
    """The glued words' starts (an honorific, a clause's word before a given name) are found alike by the compiled
    key scan and its Python twin."""
    from persianews.text import glued, key_scan

    compiled = getattr(glued, edits)(text)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(key_scan, "compiled_module", lambda module: None)
        assert getattr(glued, edits)(text) == compiled
    assert len(compiled) == 3


def test_a_name_after_a_glued_subheading_is_the_speaker(every_nlp):
    """Golden (round 33): the name after a subheading's verb run into it is found whole and speaks, not the
    subheading's words; negative: the verb is not in the name."""
    doc = every_nlp("بحران آب در شهر جدی‌تر شدمحمدرضا کاظمی، رئیس سازمان آب استان گفت: ذخایر آب شهر برای تابستان "
                    "کافی نیست.")
    assert speakers(doc) == ["محمدرضا کاظمی"]
    assert not any(e.text.startswith("شد") for e in doc.entities if e.label == "PERSON")
