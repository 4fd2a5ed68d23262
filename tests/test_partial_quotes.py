"""Words of the speaker in guillemets inside a reported clause (rule ``cue:indirect-partial-quote``): the clause
after the verb goes on past the «»», so the whole clause is the quote, an indirect one; guillemets that close
the clause are the words said (``cue:direct-guillemets``).

Examples written for these tests (patterns of telegram-dev and news-dev-2, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text


def quotes(nlp, text: str, post: bool = False) -> list[tuple[str | None, str, str, str]]:
    """(speaker, kind, content, construction rule) of each quote of ``text`` (a news text or one post)."""
    doc = nlp(next(iter(read_telegram_text(text + "\n@some_channel\n", "posts.txt")))) if post else nlp(text)
    return [(q.speaker, q.kind, q.content.text, q.evidence[0]) for q in doc.quotes]


@pytest.mark.parametrize("post", [False, True], ids=["news", "post"])
@pytest.mark.parametrize("text, expected", [
    ("نخست‌وزیر کانادا به مردمش گفت «روزهای بسیار سختی» در پیش است و همه باید صبور باشند.",
     ("نخست‌وزیر کانادا", "indirect", "«روزهای بسیار سختی» در پیش است و همه باید صبور باشند.",
      "cue:indirect-partial-quote")),
    ("وزارت خارجه سوئد در بیانیه‌ای اعلام کرد «یوهان برگ» سفیر این کشور به استکهلم بازگشته است.",
     ("وزارت خارجه سوئد", "indirect", "«یوهان برگ» سفیر این کشور به استکهلم بازگشته است.",
      "cue:indirect-partial-quote")),
])
def test_guillemets_inside_a_reported_clause_make_the_clause_an_indirect_quote(either_nlp, text, expected, post):
    assert quotes(either_nlp, text, post) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("وزیر نیرو گفت «ما آماده‌ایم».", ("وزیر نیرو", "direct", "ما آماده‌ایم", "cue:direct-guillemets")),
    # «و», «که», «اما» after the «»» open a new conjunct or clause: the guillemets hold the words said
    ("وزیر نیرو گفت «ما برای تابستان آماده‌ایم» و جلسه را ترک کرد.",
     ("وزیر نیرو", "direct", "ما برای تابستان آماده‌ایم", "cue:direct-guillemets")),
    ("وزیر نیرو گفت «ما برای تابستان آماده‌ایم» که با تشویق حاضران همراه شد.",
     ("وزیر نیرو", "direct", "ما برای تابستان آماده‌ایم", "cue:direct-guillemets")),
])
def test_guillemets_that_close_the_clause_are_a_direct_quote(either_nlp, text, expected):
    assert quotes(either_nlp, text) == [expected]
