"""Excerpts of a speech under a label line that names the speech and its speaker («بخش‌هایی از سخنرانی X، …:»),
and a medium label's bullets (issue 13, round 22; rules ``cue:headline-excerpt``, ``content:bulleted-excerpts``),
and the bullets under a speaker line alone on its line (round 25; rule ``content:bulleted-statements``).

Golden cases are patterns seen in the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import pytest

from .posts import post_quotes_with_evidence

FIRST = "ما هرگز اجازه نمی‌دهیم آن‌ها به سلاح هسته‌ای برسند."
SECOND = "قیمت نفت به‌زودی پایین می‌آید.\nاقتصاد ما هم بهتر از همیشه است."
THIRD = "ببینید، وقت زیادی داریم و عجله‌ای نداریم."


@pytest.fixture
def nlp(either_nlp):
    """Each pipeline: with the tagger and rules only."""
    return either_nlp


quotes = post_quotes_with_evidence


def bulleted(label: str, bullet: str = "🔻") -> str:
    return f"{label}\n{bullet}\n{FIRST}\n{bullet}\n{SECOND}\n{bullet}\n{THIRD}\n📡\n@example_news"


def test_each_bulleted_excerpt_of_a_long_label_is_a_quote_of_the_speech_owner(nlp):
    label = ("بخش‌های مربوط به ایران در سخنرانی دونالد ترامپ در ایالت اوهایو، جایی که رقابت‌ها برای کرسی "
             "فرمانداری این ایالت در جریان است، با تشخیص و ترجمه ماشین:")
    found = quotes(nlp, bulleted(label))
    assert [(speaker, content) for speaker, content, _ in found] == [
        ("دونالد ترامپ", FIRST), ("دونالد ترامپ", SECOND), ("دونالد ترامپ", THIRD)]
    assert all(evidence[:2] == ("cue:headline-excerpt", "content:bulleted-excerpts") for _, _, evidence in found)


def test_a_medium_label_over_bullets_gives_a_quote_a_bullet(nlp):
    found = quotes(nlp, bulleted("پست ترامپ، ترجمه ماشین:", "🔹"))
    assert [(speaker, content) for speaker, content, _ in found] == [
        ("ترامپ", FIRST), ("ترامپ", SECOND), ("ترامپ", THIRD)]
    assert all(evidence[:2] == ("cue:headline-medium", "content:bulleted-excerpts") for _, _, evidence in found)


def test_the_speech_word_before_the_excerpt_word_names_the_owner(nlp):
    text = f"سخنرانی ترامپ، بخش‌هایی مربوط به ایران، ترجمه ماشین:\n{FIRST}\n📡\n@example_news"
    ((speaker, content, evidence),) = quotes(nlp, text)
    assert (speaker, content) == ("ترامپ", FIRST)
    assert evidence[:2] == ("cue:headline-excerpt", "content:quoted-post")


def test_bulleted_excerpts_stop_at_a_handle_line(nlp):
    text = f"پست ترامپ، ترجمه ماشین:\n🔻\n{FIRST}\nrealDonaldTrump\n{THIRD}\n@example_news"
    found = quotes(nlp, text)
    assert [(speaker, content) for speaker, content, _ in found] == [("ترامپ", FIRST)]


def test_an_excerpt_word_with_no_speech_word_is_no_label(nlp):
    text = f"بخش‌هایی از شهر تهران در شب گذشته:\n🔻\n{FIRST}\n🔻\n{THIRD}\n@example_news"
    assert quotes(nlp, text) == []
    speech = text.replace("بخش‌هایی از شهر تهران", "بخش‌هایی از سخنرانی ترامپ در شهر تهران")
    assert [(speaker, content) for speaker, content, _ in quotes(nlp, speech)] == [("ترامپ", FIRST), ("ترامپ", THIRD)]


@pytest.mark.parametrize("label, speaker, bullet", [
    ("پست ترامپ", "ترامپ", "🔻"),
    ("کامران نیک‌پور، معاون شهردار اصفهان", "کامران نیک‌پور", "🔺"),  # a speaker line: no bulleted statements
])
def test_a_label_with_words_after_its_colon_gives_no_bulleted_excerpts(nlp, label, speaker, bullet):
    text = f"{label}: {FIRST}\n{bullet}\n{THIRD}\n@example_news"
    found = quotes(nlp, text)
    assert [(who, content) for who, content, _ in found] == [(speaker, FIRST)]
    assert all(not {"content:bulleted-excerpts", "content:bulleted-statements"} & set(evidence)
               for _, _, evidence in found)


def test_each_bullet_under_a_named_speaker_line_is_a_quote_of_the_speaker(nlp):
    found = quotes(nlp, bulleted("کامران نیک‌پور، معاون شهردار اصفهان:", "🔺"))
    assert [(speaker, content) for speaker, content, _ in found] == [
        ("کامران نیک‌پور", FIRST), ("کامران نیک‌پور", SECOND), ("کامران نیک‌پور", THIRD)]
    assert all("content:bulleted-statements" in evidence for _, _, evidence in found)


def test_the_bullets_of_a_speaker_line_stop_where_the_narration_reports_again(nlp):
    narration = "شهردار اصفهان با اشاره به پروژه‌های نیمه‌تمام بر ضرورت تأمین اعتبار تأکید کرد."
    text = (f"کامران نیک‌پور، معاون شهردار اصفهان:\n🔺\n{FIRST}\n🔺\n{THIRD}\n🔺\n{narration}\n🔺\n{SECOND}"
            "\n📡\n@example_news")
    found = quotes(nlp, text)
    assert [(speaker, content) for speaker, content, evidence in found
            if "content:bulleted-statements" in evidence] == [("کامران نیک‌پور", FIRST), ("کامران نیک‌پور", THIRD)]
    assert all(content not in (narration, SECOND) or "content:bulleted-statements" not in evidence
               for _, content, evidence in found)


def test_a_list_label_over_bullets_gives_no_quotes(nlp):
    assert quotes(nlp, bulleted("شرایط اصلی ثبت‌نام در این دوره:", "🔸")) == []
    found = quotes(nlp, bulleted("معاون شهردار اصفهان:", "🔸"))
    assert [(speaker, content) for speaker, content, _ in found] == [
        ("معاون شهردار اصفهان", FIRST), ("معاون شهردار اصفهان", SECOND), ("معاون شهردار اصفهان", THIRD)]
