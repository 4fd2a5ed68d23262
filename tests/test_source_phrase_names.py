"""Speakers' names without a source phrase's cue or a bracket (issue 13, wrong speakers): a span the tagger read
with the cue that opens it («به‌تعبیر ماکیاولی») is no full name of the person after the cue, and a name before a
title in brackets («X (قائم مقام …) گفت») ends before the bracket. Both pipelines; the examples are written for
these tests."""

from __future__ import annotations

import pytest

from persianews.quotes.speaker_names import index_name

_SAYING = "«انسان‌ها می‌توانند اقبال را در اولویت دوم قرار دهند.»"
_SPEAKER = "حمید نادری رئیس اتحادیه صنف نانوایان گفت: قیمت نان فعلا تغییر نمی‌کند.\n"


@pytest.mark.parametrize("cue", ["به‌تعبیر", "به تعبیر"])
def test_the_source_phrase_names_the_person_after_its_cue(either_nlp, cue):
    """Golden: «به‌تعبیر ماکیاولی، «…»» is Machiavelli's, not «به‌تعبیر ماکیاولی»'s (the tagger reads the cue with
    the name)."""
    doc = either_nlp(f"اصلاح‌طلبان بخت خود را آزمودند.\n{cue} ماکیاولی، {_SAYING}")
    assert [(q.speaker, q.content.text) for q in doc.quotes] == [("ماکیاولی", _SAYING)]


def test_a_name_that_opens_with_a_preposition_is_not_indexed():
    """Negative: a span opening with a preposition is no full name of its last word; a person's name still is."""
    index: dict[str, str] = {}
    index_name(index, "به‌تعبیر ماکیاولی")
    assert index == {}
    index_name(index, "نیکولو ماکیاولی")
    assert index == {"ماکیاولی": "نیکولو ماکیاولی"}


def test_a_name_before_a_title_in_brackets_ends_before_the_bracket(either_nlp):
    """Golden: the words before a title in brackets name the speaker without the bracket."""
    doc = either_nlp(_SPEAKER + "بهمن سالاروند (قائم مقام دانشگاه علوم پزشکی قم) درباره توزیع آرد گفت: آرد کافی است.")
    assert [(q.speaker, q.content.text) for q in doc.quotes][-1] == ("بهمن سالاروند", "آرد کافی است.")


def test_a_name_before_a_title_with_no_bracket_is_unchanged(either_nlp):
    """Negative: no bracket, nothing to trim: the name before the title speaks."""
    doc = either_nlp(_SPEAKER + "بهمن سالاروند قائم مقام دانشگاه علوم پزشکی قم درباره توزیع آرد گفت: آرد کافی است.")
    assert [(q.speaker, q.content.text) for q in doc.quotes][-1] == ("بهمن سالاروند", "آرد کافی است.")
