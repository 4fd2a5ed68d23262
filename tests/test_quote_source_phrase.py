"""«به نقل از X» names a report's source, never its content (issue 13, class 1): the «از» of the phrase opens no
«از … خبر داد» content, nor does it bar the bare clause after «خبر داد»."""

from __future__ import annotations

import pytest


def found(doc) -> list[tuple[str, str]]:
    """(content, construction rule) of each quote."""
    return [(q.content.text, q.evidence[0]) for q in doc.quotes]


@pytest.mark.parametrize("text, content, rule", [
    ("شبکه خبری نور به نقل از منابع دیپلماتیک از مخالفت دو کشور با این بیانیه خبر داد.",
     "مخالفت دو کشور با این بیانیه", "cue:indirect-from"),
    ("شبکه خبری نور به نقل از یک مقام محلی خبر داد که در این حملات پنج انبار هدف قرار گرفت.",
     "در این حملات پنج انبار هدف قرار گرفت.", "cue:indirect-that"),
    ("شبکه خبری نور به نقل از منابع محلی خبر داد دست کم دو راکت به نزدیکی پایگاه اصابت کرد.",
     "دست‌کم دو راکت به نزدیکی پایگاه اصابت کرد.", "cue:indirect-bare-report"),
])
def test_the_source_after_be_naghl_az_is_no_content(either_nlp, text, content, rule):
    quotes = found(either_nlp(text))
    assert (content, rule) in quotes
    assert not any("منابع" in c or "مقام محلی" in c for c, _ in quotes)


@pytest.mark.parametrize("text", [
    "شبکه خبری نور به نقل از یک مقام محلی خبر داد.",
    "شبکه خبری نور به نقل از منابع محلی خبر داد و رفت.",
])
def test_a_report_with_only_its_source_quotes_nothing(either_nlp, text):
    assert found(either_nlp(text)) == []
