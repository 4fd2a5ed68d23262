"""What the Telegram layout tests read of one post: its quotes as (speaker, content[, evidence])."""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text

SIGNATURE = "\n@some_channel\n"
"""A channel's handle on a line of its own: what closes a post of a text export."""


def post_quotes_with_evidence(nlp, text: str, signature: str = "") -> list[tuple[str | None, str, tuple[str, ...]]]:
    """(speaker, content, evidence) of each quote of the one post in ``text`` with ``signature`` after it, read as
    a Telegram text export."""
    (article,) = read_telegram_text(text + signature, "posts.txt")
    return [(q.speaker, q.content.text, q.evidence) for q in nlp(article).quotes]


def post_quotes(nlp, text: str, signature: str = "") -> list[tuple[str | None, str]]:
    """(speaker, content) of each quote of the one post in ``text`` (:func:`post_quotes_with_evidence`)."""
    return [(speaker, content) for speaker, content, _ in post_quotes_with_evidence(nlp, text, signature)]


def signed_post_quotes_with_evidence(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """:func:`post_quotes_with_evidence` of ``text`` signed by a channel (:data:`SIGNATURE`)."""
    return post_quotes_with_evidence(nlp, text, SIGNATURE)


def signed_post_quotes(nlp, text: str) -> list[tuple[str | None, str]]:
    """:func:`post_quotes` of ``text`` signed by a channel (:data:`SIGNATURE`)."""
    return post_quotes(nlp, text, SIGNATURE)


def post_speakers(nlp, text: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, speaker rules) of each quote of the one post in ``text``, signed by a channel (:data:`SIGNATURE`)."""
    return [(speaker, [code for code in evidence if code.startswith("speaker:")])
            for speaker, _, evidence in signed_post_quotes_with_evidence(nlp, text)]
