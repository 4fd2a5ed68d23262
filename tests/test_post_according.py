"""In a Telegram post, «به گفته/به نوشته X، …» is X's report even when the clause it reports holds a cue of its
own: both quotes are kept, the source's report and, inside it, a named speaker's statement (issue 13, Telegram;
rule ``cue:according-to`` with ``quote:nested``). A news item reads it the same way."""

from __future__ import annotations

import pytest

import persianews
from persianews.readers.plain_text import article_from_text
from persianews.readers.telegram_text import read_telegram_text


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


def post_quotes(nlp, text: str) -> list[tuple[str | None, str]]:
    """(speaker, cue) of each quote of the one post in ``text``."""
    (article,) = read_telegram_text(text + "\n@example_news", "posts.txt")
    return [(q.speaker, q.cue.text if q.cue else "") for q in nlp(article).quotes]


@pytest.mark.parametrize("text, expected", [
    ("به نوشته آکسیوس، عباس عراقچی در این تماس به همتای خود گفته است که مذاکرات ادامه می‌یابد.",
     [("آکسیوس", "به نوشته"), ("عباس عراقچی", "گفته است")]),
    ("به گفته یک منبع آگاه، عباس عراقچی در این دیدار تأکید کرد که مذاکرات ادامه می‌یابد.",
     [("یک منبع آگاه", "به گفته"), ("عباس عراقچی", "تأکید کرد")]),
])
def test_the_source_and_the_speaker_it_reports_are_both_kept(nlp, text, expected):
    assert post_quotes(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun inside the report stays the source's words
    ("به نوشته آکسیوس، او در این تماس به همتای خود گفته است که مذاکرات ادامه می‌یابد.",
     [("آکسیوس", "به نوشته")]),
    # no cue inside: the one report
    ("به گفته عباس عراقچی، مذاکرات هفته آینده در ژنو ادامه می‌یابد.", [("عباس عراقچی", "به گفته")]),
])
def test_no_inner_speaker_no_second_quote(nlp, text, expected):
    assert post_quotes(nlp, text) == expected


def test_a_news_item_keeps_both_quotes_too(nlp):
    article = article_from_text("به گفته یک منبع آگاه، عباس عراقچی در این دیدار تأکید کرد که مذاکرات ادامه می‌یابد.")
    assert [(q.speaker, q.cue.text if q.cue else "") for q in nlp(article).quotes] == [
        ("یک منبع آگاه", "به گفته"), ("عباس عراقچی", "تأکید کرد")]
