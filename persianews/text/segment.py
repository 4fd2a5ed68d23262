"""Sentence and token segmentation of normalized Persian text, with offsets.

Tokens (:func:`tokenize`) are matched by one pattern, in this order of kinds:
``url`` (with a scheme, ``www.``, or a bare domain such as ``moi.ir/x3RXY``),
``email``, ``handle`` (``@farsna``), ``hashtag``, ``emoji`` (keycaps, flags,
skin tones, ZWJ sequences and variation selectors included), ``number``
(``1,000``, ``1.5``, ``1402/6/4``, ``20:30``, ``5%``), ``word`` (letters and
marks, ZWNJ kept inside; Latin words may hold digits, ``_``, ``-`` and ``'``)
and ``punct`` (one character, or a run of dots).

Sentences (:func:`split_sentences`) end after ``. ! ? ؟`` (with any adjacent
closing marks), before a Telegram bullet (🔹 🔸 ▪️ 🔰 …) and at line breaks,
and after a news dateline (``لندن - ایرنا:``). They never end inside «…», after
a one-letter abbreviation (``ه.ش``, ``U.S.``), after a list number (``1.``),
at an ellipsis, or at a dot directly followed by a Latin letter or digit.
Lines holding only emoji or punctuation join the sentence that follows.
"""

from __future__ import annotations

from typing import Iterator, Sequence

import regex

from persianews.records import Span

BULLETS = frozenset(
    "🔹🔸🔶🔷🔺🔻🔴🔵🟢🟡🟠🟣🟤⚫⚪🟥🟧🟨🟩🟦🟪🟫⬛⬜◼◻◾◽▪▫●○■□◆◇►▶◀◄➖➕➡⬅🔰💠✅✔☑❇✳⭕📌📍🔘👈"
)
"""Emoji that open a new item (sentence) in Telegram posts."""
SENTENCE_END = frozenset(".!?؟")
CLOSING = frozenset("»)]\"'”’")
DASHES = frozenset("-–—")
ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Jr", "Sr", "St", "vs", "No"})
"""Words of more than one letter after which a dot is not a sentence end (one-letter words always)."""
CONTENT_KINDS = frozenset({"word", "number", "url", "email", "handle", "hashtag"})
DATELINE_WORDS = 3
"""At most this many words on each side of a dateline's dash."""

_EMOJI_PART = r"(?:\p{Extended_Pictographic}|\p{So})[\uFE0E\uFE0F\p{Emoji_Modifier}\U000E0020-\U000E007F]*"
_LATIN = r"[\p{Latin}\p{Greek}\p{Cyrillic}]"
_TOP_LEVEL_DOMAINS = "ir|com|org|net|info|news|tv|me|io|co|gov|edu|int|app|ai|[a-z]{2}"
_URL_BODY = r"(?:[^\s«»\"]*[^\s«»\".,،؛:!?؟)\]'])?"
_URL = (rf"(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]*://|www\.){_URL_BODY}"
        rf"|(?<![a-z0-9.@/-])(?:[a-z0-9][a-z0-9-]*+\.)++(?:{_TOP_LEVEL_DOMAINS})(?![\w-])(?:/{_URL_BODY})?")
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"@\w+"
LINK = regex.compile(f"{_URL}|{_EMAIL}|{_HANDLE}", regex.IGNORECASE)
"""URLs, bare domains, e-mail addresses and @handles: single tokens, which normalization never splits."""
_TOKEN = regex.compile(
    rf"""
    (?P<url>{_URL})
    |(?P<email>{_EMAIL})
    |(?P<handle>{_HANDLE})
    |(?P<hashtag>\#\w(?:\w|\u200c(?=\w))*)
    |(?P<emoji>[0-9#*]\uFE0F?\u20E3|[\U0001F1E6-\U0001F1FF]{{2}}|{_EMOJI_PART}(?:\u200d{_EMOJI_PART})*)
    |(?P<number>\d+(?:[.,٫٬/:]\d+)*[%٪]?)
    |(?P<word>{_LATIN}(?:{_LATIN}|[\p{{M}}\p{{N}}_])*(?:[-'’](?:{_LATIN}|\p{{N}})+)*
        |[\p{{L}}\p{{M}}](?:[\p{{L}}\p{{M}}]|\u200c(?=[\p{{L}}\p{{M}}]))*)
    |(?P<punct>\.{{2,}}|[^\s\u200c\u200d])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9]")


def tokenize(text: str) -> Iterator[tuple[Span, str]]:
    """Tokens of ``text`` as (span, kind); kinds: url, email, handle, hashtag, emoji, number, word, punct."""
    for match in _TOKEN.finditer(text):
        yield Span(match.start(), match.end()), match.lastgroup


def split_sentences(text: str, tokens: Sequence[tuple[Span, str]]) -> list[Span]:
    """Sentence spans of ``text`` over its ``tokens`` (as :func:`tokenize` gives them)."""
    pieces = [span.slice(text) for span, _ in tokens]
    quoted = _quoted(text, tokens, pieces)
    sentences: list[Span] = []
    first = 0  # the first token of the open sentence
    has_content = False
    ended = False  # the open sentence has reached its final punctuation
    for index, (span, kind) in enumerate(tokens):
        if index > first:
            gap = text[tokens[index - 1][0].end:span.start]
            piece = pieces[index]
            closes_end = ended and not gap and (piece in SENTENCE_END or piece in CLOSING)
            if ((ended and not closes_end)
                    or (has_content and ("\n" in gap or (kind == "emoji" and piece[0] in BULLETS)))):
                sentences.append(Span(tokens[first][0].start, tokens[index - 1][0].end))
                first, has_content, ended = index, False, False
        has_content = has_content or kind in CONTENT_KINDS
        if not ended:
            ended = _ends_sentence(text, tokens, pieces, quoted, first, index)
    if tokens:
        sentences.append(Span(tokens[first][0].start, tokens[-1][0].end))
    return sentences


def _ends_sentence(text: str, tokens: Sequence[tuple[Span, str]], pieces: list[str], quoted: list[int],
                   first: int, index: int) -> bool:
    """Whether token ``index`` closes the sentence that began at token ``first``."""
    piece, kind = pieces[index], tokens[index][1]
    if kind != "punct":
        return False
    if piece == "»" and quoted[index] >= 0 and index + 1 < len(quoted) and quoted[index + 1] < 0:
        return pieces[index - 1] in SENTENCE_END  # a quote closed by its own end: «… است.»
    if piece in DASHES or piece == ":":
        return _is_dateline(tokens, pieces, first, index)
    if piece not in SENTENCE_END or quoted[index] >= 0:
        return False
    if piece != ".":
        return True
    previous, previous_kind = (pieces[index - 1], tokens[index - 1][1]) if index > first else ("", "")
    if previous_kind == "word" and (len(previous) == 1 or previous in ABBREVIATIONS):
        return False
    if previous_kind == "number" and index - 1 == first:
        return False  # a list item number: 1.
    following = tokens[index + 1][0].start if index + 1 < len(tokens) else -1
    return not (following == tokens[index][0].end and _LATIN_OR_DIGIT.match(text, following))


def _is_dateline(tokens: Sequence[tuple[Span, str]], pieces: list[str], first: int, index: int) -> bool:
    """``لندن - ایرنا:``, ``تهران - ایرنا -``: a place and an agency (a few words each, split by a
    dash) open the sentence."""
    if index - first > 2 * DATELINE_WORDS + 1:
        return False
    dashes = [i for i in range(first, index) if pieces[i] in DASHES]
    if len(dashes) != 1:
        return False
    before, after = range(first, dashes[0]), range(dashes[0] + 1, index)
    return all(0 < len(part) <= DATELINE_WORDS and all(tokens[i][1] == "word" for i in part)
               for part in (before, after))


def _quoted(text: str, tokens: Sequence[tuple[Span, str]], pieces: list[str]) -> list[int]:
    """For each token inside a «…» pair closed in the same paragraph, the index of the outermost «;
    else -1."""
    closing_of: dict[int, int] = {}
    openings: list[int] = []
    for index, piece in enumerate(pieces):
        if index and "\n" in text[tokens[index - 1][0].end:tokens[index][0].start]:
            openings.clear()
        if piece == "«":
            openings.append(index)
        elif piece == "»" and openings:
            closing_of[openings.pop()] = index
    inside = [-1] * len(tokens)
    opening, closing = -1, -1
    for index in range(len(tokens)):
        if index <= closing:
            inside[index] = opening
        elif index in closing_of:
            opening, closing = index, closing_of[index]
    return inside
