"""Telegram posts (issue 13): a post of one statement signed by its source on the line under it.

``STATEMENT`` / ``— SOURCE`` (a speaker entity, or words a speaker head opens) or, under words wholly in quotation
marks, ``NAME، TITLE``: the statement is the source's (``cue:sign-off-source``). Not when the statement reports
someone itself (that speaker's quote), nor when more lines stand before the source, nor under an unquoted
sentence without a dash.

Examples written for these tests (shapes of the telegram-dev channels, not their text).
"""

from __future__ import annotations

import pytest

from persianews.readers.telegram_text import read_telegram_text

from .posts import SIGNATURE
from .posts import signed_post_quotes_with_evidence as quotes

NEWS = "یک نفتکش خالی هنگام پهلوگیری در اسکله شمالی بندر نمونه دچار آتش‌سوزی شد."
WORDS = "پاسخ رزمندگان ما در راه است و دشمن باید منتظر آن باشد."


@pytest.mark.parametrize("post, speaker, content", [
    (f"{NEWS}\n— رویترز", "رویترز", NEWS),
    (f"{NEWS}\n— خبرگزاری نمونه", "خبرگزاری نمونه", NEWS),
    (f"«{WORDS}»\nعلی رضایی، دبیر شورای عالی امنیت کشور", "علی رضایی", WORDS),
])
def test_the_statement_signed_under_it_is_the_source_s(either_nlp, post: str, speaker: str, content: str) -> None:
    found = quotes(either_nlp, post)
    assert [(s, c) for s, c, _ in found] == [(speaker, content)]
    assert found[0][2][0] == "cue:sign-off-source"


@pytest.mark.parametrize("post, kept, source", [
    # the statement reports someone: that speaker's quote, the outlet only relays it
    ("یک مقام ارشد گفت که احتمال توافق تا روز جمعه بسیار کم است.\n— سی‌ان‌ان",
     [("یک مقام ارشد", "احتمال توافق تا روز جمعه بسیار کم است.")], "سی‌ان‌ان"),
    (f"خبر فوری\n{NEWS}\n— رویترز", [], "رویترز"),  # more than the statement stands above the source
    (f"{NEWS}\nعلی رضایی، دبیر شورای عالی امنیت کشور", [], "علی رضایی"),  # an unquoted sentence, no dash
])
def test_no_sign_off_quote_but_under_one_unreported_statement(either_nlp, post: str, kept, source: str) -> None:
    """Negative: the source is still found as an entity, and no quote but the statement's own is its."""
    (article,) = read_telegram_text(post + SIGNATURE, "posts.txt")
    doc = either_nlp(article)
    assert source in [entity.text for entity in doc.entities]
    assert [(q.speaker, q.content.text) for q in doc.quotes] == kept
    assert all(q.evidence[0] != "cue:sign-off-source" for q in doc.quotes)
