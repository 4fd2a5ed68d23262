"""Sentence and token segmentation of normalized Persian text, with offsets."""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.records import Span

BULLETS = frozenset("🔹🔸🔰▪▫◾◽●•■□◀▶►✅✔☑📌🔻🔺🔴🔵⚫⚪🟢🟠🟡🟣🟤")
SENTENCE_END = frozenset(".!?؟…")
ABBREVIATIONS = frozenset({"ق", "ظ", "ه", "ش", "م", "ع", "ص", "س", "ج", "ا", "دکتر", "مهندس", "ره", "ج.ا"})

_TOKEN_PATTERN = regex.compile(
    r"""
    (?P<url>(?:https?://|www\.)\S+?(?=[.,،؛!?؟)»\]]*(?:\s|$))
        |[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:ir|com|org|net|info|me|io|co|gov|edu)(?:/[^\s«»]*[^\s«».,،؛!?؟)])?)
    |(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<handle>@\w+)
    |(?P<hashtag>\#[\w\u200c]+)
    |(?P<number>\d+(?:[.,٫٬/:]\d+)*%?)
    |(?P<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}\u200c_]*(?:-[\p{L}\p{N}]+)*)
    |(?P<emoji>(?:\p{Extended_Pictographic}|\p{So})(?:\uFE0F|[\U0001F3FB-\U0001F3FF]|\u200d(?:\p{Extended_Pictographic}|\p{So}))*)
    |(?P<punct>\.{2,}|[!?؟]+|\S)
    """,
    regex.VERBOSE,
)


def tokenize(text: str) -> Iterator[tuple[Span, str]]:
    """Tokens of ``text`` as (span, kind); kinds: url, email, handle, hashtag, number, word, emoji, punct."""
    for match in _TOKEN_PATTERN.finditer(text):
        yield Span(match.start(), match.end()), match.lastgroup or "punct"


def split_sentences(text: str, tokens: list[tuple[Span, str]]) -> list[Span]:
    """Sentence spans over ``tokens``: at . ! ؟ ? (outside «…»), line breaks and bullets."""
    sentences: list[Span] = []
    start: int | None = None
    last_end = 0
    depth = 0
    previous_word = ""

    def close(end: int) -> None:
        nonlocal start
        if start is not None:
            sentences.append(Span(start, end))
        start = None

    for span, kind in tokens:
        piece = span.slice(text)
        if "\n" in text[last_end:span.start]:
            close(last_end)
            depth = 0
        if kind == "emoji" and piece.rstrip("\ufe0f") and piece[0] in BULLETS:
            close(last_end)
        if start is None:
            start = span.start
        if piece == "«":
            depth += 1
        elif piece == "»":
            depth = max(0, depth - 1)
        last_end = span.end
        if kind == "punct" and piece[-1] in SENTENCE_END and depth == 0:
            if piece == "." and previous_word in ABBREVIATIONS:
                continue
            close(span.end)
        previous_word = piece if kind == "word" else ""
    close(last_end)
    return sentences
