"""Indirect cues the outlets write (issue 13, class 1): «بر … تأکید کرد», «… را خواستار شد», a verb of
saying and a comma, «به گفته X» without a comma, and the new cue forms; each with what must not match."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import persianews
from persianews.quotes.cues import fold_form, lexicon
from .quote_rows import quote_rows as quotes


@pytest.fixture(scope="module")
def nlp():
    return persianews.load()


@pytest.mark.parametrize("text, content, cue", [
    ("وزیر نیرو در این نشست بر لزوم صرفه‌جویی در مصرف آب تأکید کرد.", "لزوم صرفه‌جویی در مصرف آب", "تأکید کرد"),
    ("سخنگوی دولت بر ضرورت همکاری همه دستگاه‌ها تاکید کرده بود.", "ضرورت همکاری همه دستگاه‌ها", "تاکید کرده بود"),
    ("بر اساس این گزارش، وزیر بر اهمیت آموزش کودکان تأکید کرد.", "اهمیت آموزش کودکان", "تأکید کرد"),
])
def test_what_bar_introduces_before_an_emphasis_verb_is_the_content(nlp, text, content, cue):
    assert (content, cue, "cue:indirect-on") in [q[:3] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text", [
    "وزیر نیرو بر این نکته تأکید کرد که مصرف آب باید کم شود.",  # the «که» clause is the content
    "وزیر نیرو تأکید کرد: مصرف آب باید کم شود.",
    "بنا بر این گزارش، وزیر نیرو تأکید کرد.",
])
def test_no_bar_content_where_the_clause_or_colon_carries_it_or_bar_is_another_phrase(nlp, text):
    assert "cue:indirect-on" not in [q[2] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text, content, cue", [
    ("نماینده مردم شیراز توقف این طرح را خواستار شد.", "توقف این طرح", "خواستار شد"),
    ("وزارت دفاع حمله به این پایگاه را تأیید کرد.", "حمله به این پایگاه", "تأیید کرد"),
])
def test_the_object_before_a_demand_or_confirmation_is_the_content(nlp, text, content, cue):
    assert (content, cue, "cue:indirect-object") in [q[:3] for q in quotes(nlp(text))]


def test_a_demand_without_an_object_marker_is_no_object_quote(nlp):
    found = quotes(nlp("مردم این شهر خواستار توقف طرح شدند."))
    assert "cue:indirect-object" not in [q[2] for q in found]
    assert ("توقف طرح", "cue:indirect-circumfix") in [(q[0], q[2]) for q in found]


@pytest.mark.parametrize("text, content", [
    ("رئیس سازمان برنامه در نشست خبری اظهار کرد، بودجه سال آینده تا پایان ماه تصویب می‌شود.",
     "بودجه سال آینده تا پایان ماه تصویب می‌شود."),
    ("وزیر خارجه گفت، هنوز هیچ توافقی با طرف مقابل امضا نشده است.", "هنوز هیچ توافقی با طرف مقابل امضا نشده است."),
])
def test_a_clause_after_a_verb_of_saying_and_a_comma_is_reported(nlp, text, content):
    assert (content, "cue:indirect-comma") in [(q[0], q[2]) for q in quotes(nlp(text))]


@pytest.mark.parametrize("text", [
    "وزیر این تصمیم را اعلام کرد، سپس جلسه با حضور مدیران پایان یافت.",  # the verb's object is «این تصمیم»
    "سخنگو گفت، و جلسه را ترک کرد و به دفتر خود بازگشت.",  # «و»: a new conjunct, no clause
    "مدیر اعلام کرد، سخنگوی وزارت نیز افزود که کار به پایان رسیده است.",  # another report follows
    "وزیر به نقش احزاب اشاره کرد، اما جزئیات بیشتری را بیان نکرد.",  # a topic cue
])
def test_no_comma_clause_after_an_object_a_conjunct_another_report_or_a_topic(nlp, text):
    assert "cue:indirect-comma" not in [q[2] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text, content, speaker", [
    ("مدیرعامل شرکت آب گفت: مصرف زیاد است. به گفته وی براین اساس مصرف آب در تابستان بیست درصد کم شد.",
     "براین اساس مصرف آب در تابستان بیست درصد کم شد.", "مدیرعامل شرکت آب"),  # «وی» resolved
    ("به گفته عضو کمیسیون بهداشت مجلس علت این حادثه نقص فنی دستگاه بوده است.",
     "علت این حادثه نقص فنی دستگاه بوده است.", "عضو کمیسیون بهداشت مجلس"),
])
def test_according_to_a_source_with_no_comma_after_it(nlp, text, content, speaker):
    found = [q for q in quotes(nlp(text)) if q[2] == "cue:according-to"]
    assert [(q[0], q[3]) for q in found] == [(content, speaker)]


def test_according_to_keeps_a_short_adjunct_of_the_source_before_the_comma(nlp):
    found = quotes(nlp("به گفته حسن روحانی در این نشست، دولت به کار خود ادامه می‌دهد."))
    assert ("دولت به کار خود ادامه می‌دهد.", "cue:according-to") in [(q[0], q[2]) for q in found]


def test_an_outlet_writing_in_the_first_paragraph_is_the_items_source_not_a_speaker(nlp):
    assert quotes(nlp("به نوشته روزنامه کیهان، دولت باید پاسخگو باشد.")) == []


_REPORTED = "مجلس امروز تشکیل جلسه داد.\n"


def test_an_outlet_writing_past_the_first_paragraph_is_quoted(either_nlp):
    found = quotes(either_nlp(_REPORTED + "به نوشته روزنامه کیهان، دولت باید پاسخگو باشد."))
    assert found == [("دولت باید پاسخگو باشد.", "به نوشته", "cue:according-to", "روزنامه کیهان")]


def test_an_outlet_writing_a_named_speakers_words_is_their_source(either_nlp):
    found = quotes(either_nlp(_REPORTED + "به نوشته روزنامه کیهان، وزیر کشور گفت، دولت باید پاسخگو باشد."))
    assert [(q[2], q[3]) for q in found] == [("cue:indirect-comma", "وزیر کشور")]


def test_the_newspaper_a_source_names_speaks_on_as_this_newspaper(either_nlp):
    found = quotes(either_nlp(_REPORTED + "به گزارش ایرنا به نقل از روزنامه آمریکایی «واشنگتن پست»، مذاکرات ادامه "
                              "دارد.\nاین روزنامه افزود: دو طرف به توافق نزدیک شده‌اند.\nبه نوشته این روزنامه "
                              "آمریکایی، دیدار بعدی هفته آینده برگزار می‌شود."))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("دو طرف به توافق نزدیک شده‌اند.", "cue:direct-colon", "واشنگتن‌پست"),
        ("دیدار بعدی هفته آینده برگزار می‌شود.", "cue:according-to", "واشنگتن‌پست")]


@pytest.mark.parametrize("form", ["فاش کرد", "دستور داد", "حاکی است", "تأیید کرد"])
def test_new_cue_forms_are_found(form):
    found = lexicon().find(f"این گزارش {form} که کار تمام است")
    assert [form] == [f"این گزارش {form} که کار تمام است"[m.start:m.end] for m in found]


@pytest.mark.parametrize(("written", "pattern"), [("پرسید", "ask"), ("پرسیده است", "ask"), ("می‌گویم", "first")])
def test_a_cue_forms_patterns_are_read_by_its_key(written, pattern):
    """``patterns_of`` takes the folded key (one fold serves a rule's other look-ups); a form written with a space
    or another half-space is its key's; a word that is no cue has no pattern."""
    assert pattern in lexicon().patterns_of(fold_form(written))
    assert pattern in lexicon().patterns_of(fold_form(written.replace("\u200c", " ")))
    assert lexicon().patterns_of(fold_form("کتاب")) == frozenset()


def test_a_bare_participle_of_a_light_verb_reports(nlp):
    found = quotes(nlp("سپاه در اطلاعیه‌ای تاکید کرده که کنترل این منطقه را در اختیار دارد."))
    assert ("کنترل این منطقه را در اختیار دارد.", "تاکید کرده", "cue:indirect-that") in [q[:3] for q in found]


@pytest.mark.parametrize("text", ["این گفته وزیر با واکنش نمایندگان روبرو شد.", "گفته‌های او در جلسه بررسی شد."])
def test_the_bare_participle_of_say_is_no_cue(text):
    assert lexicon().find(text) == ()


@pytest.mark.parametrize("text, cues", [
    ("او گفت که می‌آید.", ["گفت"]),
    ("وزیر یادآورشد که …", ["یادآورشد"]),  # the form's words written together
    ("وزیر برش‌مرد و گفت: …", ["برش‌مرد", "گفت"]),  # a stray ZWNJ inside a word; a glued «و» left out
    ("وگفت: …", ["گفت"]),
    ("\u200cوگفت: …", ["گفت"]),  # a ZWNJ before a glued «و»
    ("\u200cگفت: …", ["\u200cگفت"]),  # a ZWNJ before the word belongs to it
    ("وزیر گفتنی‌ها را گفت.", ["گفت"]),  # the letters of a form inside a longer word: no cue
    ("درگفت و گو با خبرنگار", []),  # «گفت و گو» is a dialogue, and «درگفت» no word of a form
    ("او فردا خواهد گفت که …", []),  # the future reports nothing yet
    ("می‌توان گفت که …", []),  # an impersonal modal: the writer's own words
    ("در پایان باید خاطرنشان کرد که …", []),
    ("شاید بتوان گفت …", []),
    ("وزیر گفت باید گفت‌وگو کرد و افزود: …", ["گفت", "افزود"]),  # a modal after the cue leaves it
    ("۲۰گفت: …", ["گفت"]),  # a word right after digits
])
def test_the_cue_finder_takes_whole_words_of_a_form(text, cues):
    assert [text[m.start:m.end] for m in lexicon().find(text)] == cues


_CUE_PIECES = ["گفت", "\u200cو", "افزود", "یادآور", "شد", "و", "تاکید", "کرد", "خواهد", "بر", "در", "خواست", "ار", "\u200c",
               " ", "  ", "،", ":", "۲", "گو"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=30))
def test_found_cues_are_forms_on_word_boundaries_in_order(pieces):
    text = "".join(pieces)
    found = lexicon().find(text)
    word_character = regex.compile(r"[\p{L}\p{M}\u200c]")
    ends = [0]
    for cue in found:
        assert cue.start >= ends[-1] and cue.end > cue.start
        assert fold_form(text[cue.start:cue.end]) in lexicon().forms
        before = text[cue.start - 1:cue.start]
        glued = regex.search(r"(?<![\p{L}\p{M}\u200c])\u200c*و\Z", text[:cue.start]) is not None
        assert not (before and word_character.match(before)) or glued
        assert cue.end == len(text) or not word_character.match(text[cue.end])
        ends.append(cue.end)


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("طبق گفته وزیر نیرو، ذخایر سدها کافی است.", "طبق گفته", "ذخایر سدها کافی است.", "وزیر نیرو"),
    ("بر اساس اظهارات وزیر نیرو، ذخایر سدها کافی است.", "بر اساس اظهارات", "ذخایر سدها کافی است.", "وزیر نیرو"),
    ("بنابر اعلام وزارت نیرو، ذخایر سدها کافی است.", "بنابر اعلام", "ذخایر سدها کافی است.", "وزارت نیرو"),
    ("به تأکید وزیر نیرو، ذخایر سدها کافی است.", "به تأکید", "ذخایر سدها کافی است.", "وزیر نیرو"),
    # the ezafe's hamza on the final «ه», written as a mark or as «ۀ»
    ("به‌گفتهٔ وزارت نیرو، ذخایر سدها کافی است.", "به‌گفتۀ", "ذخایر سدها کافی است.", "وزارت نیرو"),  # normalized
    ("به گفتۀ وزارت نیرو ذخایر سدها کافی است.", "به گفتۀ", "ذخایر سدها کافی است.", "وزارت نیرو"),
])
def test_other_according_to_phrases_attribute_the_rest_of_the_sentence(nlp, text, cue, content, speaker):
    found = [q for q in quotes(nlp(text)) if q[2] == "cue:according-to"]
    assert [(q[0], q[1], q[3]) for q in found] == [(content, cue, speaker)]


@pytest.mark.parametrize("text", [
    "طبق اعلام قبلی، ثبت‌نام از شنبه آغاز می‌شود.",             # no one named: an earlier notice
    "این موضوع نیاز به تأکید بیشتر دارد، اما وقت کم است.",      # «به تأکید» inside a phrase, no source
    "بر اساس اعلام شده‌ها، ثبت‌نام از شنبه آغاز می‌شود.",
    "این موضوع به گفتۀ‌ها و شنیده‌ها بستگی ندارد.",               # a longer word: no cue
])
def test_announcement_phrases_need_a_named_source(nlp, text):
    assert "cue:according-to" not in [q[2] for q in quotes(nlp(text))]


def test_reported_by_a_news_agency_with_gozaresh_kard(nlp):
    found = quotes(nlp("خبرگزاری رویترز گزارش کرد که شمار مجروحان به صد نفر رسیده است."))
    assert [(q[0], q[1], q[3]) for q in found] == [("شمار مجروحان به صد نفر رسیده است.", "گزارش کرد", "خبرگزاری رویترز")]


def test_gozaresh_kard_with_an_object_is_no_quote(nlp):
    assert quotes(nlp("پلیس راهور دو تصادف را در این جاده گزارش کرد.")) == []


@pytest.mark.parametrize("text, content, speaker", [
    # an agency reports a bare clause (no «که») after «گزارش داد/کرد»
    ("خبرگزاری آناتولی گزارش داد ترکیه و روسیه برای نظارت بر آتش‌بس به توافق رسیده‌اند.",
     "ترکیه و روسیه برای نظارت بر آتش‌بس به توافق رسیده‌اند.", "خبرگزاری آناتولی"),
    # the stance «بر این باورند» (the plural written on the last word)
    ("کارشناسان انرژی بر این باورند که قیمت نفت در ماه آینده کاهش می‌یابد.",
     "قیمت نفت در ماه آینده کاهش می‌یابد.", "کارشناسان انرژی"),
])
def test_a_report_or_a_belief_of_a_bare_or_that_clause(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[3]) for q in quotes(nlp(text))]


@pytest.mark.parametrize("text", [
    # «گزارش داده» closing a relative clause on a noun: no report of the words after it
    "این ارقام با آماری که وزارت بهداشت گزارش داده همخوانی ندارد.",
    # the passive: no one's report
    "در هفته‌های اخیر گزارش داده شده بود که داروی تازه‌ای ساخته شده است.",
])
def test_no_bare_report_in_a_relative_clause_or_the_passive(nlp, text):
    assert quotes(nlp(text)) == []
