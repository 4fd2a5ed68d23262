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

The walk over the runs of non-space characters runs compiled where
``segment_native.c`` was built (:func:`python_marked_token_lists` is its
reference twin).
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, pairwise
from typing import Any, Iterator, Sequence

import regex

from persianews.native import compiled_module
from persianews.records import Span
from persianews.text.bounded_cache import Memo

BULLETS = frozenset(
    "🔹🔸🔶🔷🔺🔻🔴🔵🟢🟡🟠🟣🟤⚫⚪🟥🟧🟨🟩🟦🟪🟫⬛⬜◼◻◾◽▪▫●○■□◆◇►▶◀◄➖➕➡⬅🔰💠✅✔☑❇✳⭕📌📍🔘👈"
)
"""Emoji that open a new item (sentence) in Telegram posts."""
SENTENCE_END = frozenset(".!?؟")
CLOSING = frozenset("»)]\"'”’")
DASHES = frozenset("-–—")
LINE_CONTINUATIONS = frozenset("و که را یا تا اما ولی در با از به برای بر درباره توسط نزد میان بین علیه".split())
"""Words a line cut mid-sentence ends in, or its rest opens with (a copy of a post breaks lines at links and
bold runs: «… میلیون‌ها نفر را در» / «معرض گرسنگی …»)."""
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
COMPILED = "persianews.text._segment_native"
"""The compiled twin of :func:`python_marked_token_lists`, built from ``segment_native.c`` (optional)."""


def tokenize(text: str) -> Iterator[tuple[Span, str]]:
    """Tokens of ``text`` as (span, kind); kinds: url, email, handle, hashtag, emoji, number, word, punct."""
    for match in _TOKEN.finditer(text):
        yield Span(match.start(), match.end()), match.lastgroup or ""  # every alternative is a named group


def token_offsets(text: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :func:`tokenize` as three parallel lists: starts, ends and kinds (no Span objects)."""
    starts, ends, kinds, _pieces = token_lists(text)
    return starts, ends, kinds


def token_lists(text: str) -> tuple[list[int], list[int], list[str], list[str]]:
    """The tokens of :func:`tokenize` as four parallel lists: starts, ends, kinds and texts.

    No token crosses white space, and no pattern looks past it (a lookbehind or lookahead sees white
    space as it sees the text's edge), so each run of non-space characters is tokenized on its own,
    and the tokens of a run are cached by its text: news repeats its words. The runs come from one
    split of the text, and the offsets from one pass over the tokens and the gaps between them; only
    the runs of several tokens are expanded one at a time. Linear in the text.
    """
    starts, ends, kinds, pieces, _marks = marked_token_lists(text)
    return starts, ends, kinds, pieces


def marked_token_lists(text: str) -> tuple[list[int], list[int], list[str], list[str], list[int]]:
    """:func:`token_lists` and, fifth, the indexes of the ``punct`` and ``emoji`` tokens in order (the only
    tokens besides those after a line break where :func:`sentence_offsets` may end a sentence).

    Run by the compiled twin of :func:`python_marked_token_lists` (``segment_native.c``) where it was
    built, with the same results."""
    compiled = compiled_module(COMPILED)
    if compiled is None:
        return python_marked_token_lists(text)
    found = compiled.marked_token_lists(text, _RUN_TOKENS)
    return _tokens_one_by_one(text) if found is None else found


def python_marked_token_lists(text: str) -> tuple[list[int], list[int], list[str], list[str], list[int]]:
    """:func:`marked_token_lists` in Python (the reference twin of the compiled one)."""
    parts = _SPACES.split(text)  # runs at even positions, white space between them
    if not parts[0] and len(parts) > 1:  # white space first: no run before it
        lead, parts = len(parts[1]), parts[2:]
    else:
        lead = 0
    if not parts[-1]:  # white space last (or no text): no run after it
        del parts[-2:]
        if not parts:
            return [], [], [], [], []
    runs = parts[0::2]
    found: list[Any] = list(map(_RUN_TOKENS.__getitem__, runs))  # a kind, or a run's tokens
    marks: list[int]
    several = [index for index, tokens in enumerate(found) if tokens.__class__ is not str]
    if not several:
        kinds, marks = found, []  # every run is one token: found holds their kinds
    elif None in found:  # a run whose tokens leave some of its characters out at an end, or has none
        return _tokens_one_by_one(text)
    else:
        parts, kinds, marks = _expanded(parts, found, several)
    offsets = list(accumulate(map(len, parts), initial=lead))  # parts: token, gap, token, ..., token
    return offsets[0::2], offsets[1::2], kinds, parts[0::2], marks


def _expanded(parts: list[str], found: list[Any], several: list[int]) -> tuple[list[str], list[str], list[int]]:
    """``parts`` (runs and the white space between them) with each run of ``several`` tokens replaced by
    its tokens and the gaps between them; the kinds of all tokens; the indexes of the punctuation and
    emoji tokens."""
    tokens_and_gaps: list[str] = []
    kinds: list[str] = []
    marks: list[int] = []
    previous = 0
    for index in several:  # the one-token runs before it as they are, then its tokens
        tokens_and_gaps += parts[2 * previous - 1 if previous else 0:2 * index]  # from the gap after the last
        kinds += found[previous:index]  # one-token runs: their kind
        run_parts, run_kinds, run_marks = found[index]
        if run_marks:
            marks += map(len(kinds).__add__, run_marks)
        tokens_and_gaps += run_parts
        kinds += run_kinds
        previous = index + 1
    tokens_and_gaps += parts[2 * previous - 1:]
    kinds += found[previous:]
    return tokens_and_gaps, kinds, marks


def _tokens_one_by_one(text: str) -> tuple[list[int], list[int], list[str], list[str], list[int]]:
    """:func:`marked_token_lists` from the matches of the token pattern over the whole text."""
    matches = list(_TOKEN.finditer(text))
    kinds = [match.lastgroup or "" for match in matches]  # every alternative is a named group
    return ([match.start() for match in matches], [match.end() for match in matches], kinds,
            [match.group() for match in matches], [index for index, kind in enumerate(kinds) if kind in MARK_KINDS])


MARK_KINDS = frozenset({"punct", "emoji"})
"""The kinds of tokens that may end or open a sentence (the others are content, see CONTENT_KINDS)."""


RunTokens = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]
"""The tokens of a run: their texts with the characters between them (token, gap, token, ..., token),
their kinds, and the indexes of the punctuation and emoji tokens among them."""


def _run_tokens(run: str) -> str | RunTokens | None:
    """The tokens of one run of non-space characters: their kind when the run is one token of a content
    kind, else their :data:`RunTokens` (for a lone punctuation mark or emoji too); None when they do not
    start and end with the run (a run of joiners only, or one that starts with a stray one)."""
    matches = list(_TOKEN.finditer(run))
    if not matches or matches[0].start() or matches[-1].end() != len(run):
        return None
    kinds = tuple(match.lastgroup or "" for match in matches)  # every alternative is a named group
    if len(matches) == 1 and kinds[0] not in MARK_KINDS:
        return kinds[0]
    tokens_and_gaps = [matches[0].group()]
    for before, match in pairwise(matches):
        tokens_and_gaps += (run[before.end():match.start()], match.group())
    return (tuple(tokens_and_gaps), kinds,
            tuple(index for index, kind in enumerate(kinds) if kind in MARK_KINDS))


# White space as the regex module's \s (Unicode White_Space): str.isspace also counts \x1c-\x1f.
_SPACES = re.compile(r"([^\S\x1c-\x1f]+)")
_RUN_TOKENS = Memo(_run_tokens, max_entries=1 << 17)
"""The tokens of each run of non-space characters, by its text (see :func:`_run_tokens`)."""


def split_sentences(text: str, tokens: Sequence[tuple[Span, str]]) -> list[Span]:
    """Sentence spans of ``text`` over its ``tokens`` (as :func:`tokenize` gives them)."""
    starts = [span.start for span, _ in tokens]
    ends = [span.end for span, _ in tokens]
    kinds = [kind for _, kind in tokens]
    return [Span(start, end) for start, end in sentence_offsets(text, starts, ends, kinds)]


def sentence_offsets(text: str, starts: Sequence[int], ends: Sequence[int], kinds: Sequence[str],
                     pieces: Sequence[str] | None = None, marks: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """:func:`split_sentences` over the parallel lists of :func:`token_offsets` (and the tokens' texts and
    the indexes of the punctuation and emoji tokens, when the caller has them, as from
    :func:`marked_token_lists`): ``(start, end)`` pairs.

    Only the punctuation and emoji tokens, the tokens after a line break and the tokens right after a
    sentence end are looked at one by one: a sentence may end or open only there, and any token between
    them is content. Linear in the tokens looked at, plus n log n in their number."""
    token_count = len(kinds)
    if pieces is None:
        pieces = [text[start:end] for start, end in zip(starts, ends)]
    if marks is None:
        marks = [index for index, kind in enumerate(kinds) if kind in MARK_KINDS]
    after_break = line_break_tokens(text, starts)
    quoted = _quoted(pieces, after_break, marks)
    sentences: list[tuple[int, int]] = []
    first = 0  # the first token of the open sentence
    has_content = False
    ended = False  # the open sentence has reached its final punctuation
    last = -1  # the last token looked at
    for index in sorted(after_break.union(marks)):
        if index <= last:
            continue
        if index > last + 1:
            has_content = True  # the tokens passed over are content
        while True:
            kind = kinds[index]
            if index > first:
                if ended:
                    piece = pieces[index]
                    # a sentence end closed by more end marks or closing quotes right after it: «… است.»
                    if ends[index - 1] != starts[index] or not (piece in SENTENCE_END or piece in CLOSING):
                        sentences.append((starts[first], ends[index - 1]))
                        first, has_content, ended = index, False, False
                elif has_content and (index in after_break or kind == "emoji" and pieces[index][0] in BULLETS):
                    sentences.append((starts[first], ends[index - 1]))
                    first, has_content, ended = index, False, False
            if not has_content and kind in CONTENT_KINDS:
                has_content = True
            if not ended and kind == "punct":
                ended = _ends_sentence(text, starts, ends, kinds, pieces, quoted, first, index)
            last = index
            if not ended or index + 1 == token_count:
                break
            index += 1  # the token after a sentence end: it closes the sentence or joins its end
    if token_count:
        sentences.append((starts[first], ends[-1]))
    return sentences


def line_break_tokens(text: str, starts: Sequence[int]) -> set[int]:
    """The tokens with a line break between them and the token before (``starts``: the tokens' starts;
    no token holds white space). Linear in the number of line breaks times log of the tokens."""
    found = set()
    position = text.find("\n")
    while position >= 0:
        index = bisect.bisect_right(starts, position)
        if 0 < index < len(starts):
            found.add(index)
        position = text.find("\n", position + 1)
    return found


def _ends_sentence(text: str, starts: Sequence[int], ends: Sequence[int], kinds: Sequence[str],
                   pieces: Sequence[str], quoted: list[int], first: int, index: int) -> bool:
    """Whether token ``index`` (a punctuation token) closes the sentence that began at token ``first``."""
    piece = pieces[index]
    if piece == "»" and quoted[index] >= 0 and index + 1 < len(quoted) and quoted[index + 1] < 0:
        return pieces[index - 1] in SENTENCE_END  # a quote closed by its own end: «… است.»
    if piece in DASHES or piece == ":":
        return _is_dateline(kinds, pieces, first, index)
    if piece not in SENTENCE_END or quoted[index] >= 0:
        return False
    if piece != ".":
        return True
    previous, previous_kind = (pieces[index - 1], kinds[index - 1]) if index > first else ("", "")
    if previous_kind == "word" and (len(previous) == 1 or previous in ABBREVIATIONS):
        return False
    if previous_kind == "number" and index - 1 == first:
        return False  # a list item number: 1.
    following = starts[index + 1] if index + 1 < len(starts) else -1
    return not (following == ends[index] and _LATIN_OR_DIGIT.match(text, following, following + 1))


def _is_dateline(kinds: Sequence[str], pieces: Sequence[str], first: int, index: int) -> bool:
    """``لندن - ایرنا:``, ``تهران - ایرنا -``: a place and an agency (a few words each, split by a
    dash) open the sentence."""
    if index - first > 2 * DATELINE_WORDS + 1:
        return False
    dashes = [i for i in range(first, index) if pieces[i] in DASHES]
    if len(dashes) != 1:
        return False
    before, after = range(first, dashes[0]), range(dashes[0] + 1, index)
    return all(0 < len(part) <= DATELINE_WORDS and all(kinds[i] == "word" for i in part)
               for part in (before, after))


def _quoted(pieces: Sequence[str], after_break: set[int], marks: Sequence[int]) -> list[int]:
    """For each token inside a «…» pair closed in the same paragraph, the index of the outermost «;
    else -1. ``after_break``: the tokens after a line break; ``marks``: the punctuation and emoji
    tokens, among them the guillemets. Only the guillemets and line breaks are visited one by one."""
    inside = [-1] * len(pieces)
    guillemets = [index for index in marks if pieces[index] == "«" or pieces[index] == "»"]
    if not guillemets:
        return inside
    breaks = sorted(after_break)
    closing_of: dict[int, int] = {}
    openings: list[int] = []
    passed = 0  # the line breaks before the current guillemet
    for index in guillemets:
        if passed < len(breaks) and breaks[passed] <= index:
            openings.clear()  # a «» pair does not cross a paragraph
            passed = bisect.bisect_right(breaks, index, passed)
        if pieces[index] == "«":
            openings.append(index)
        elif openings:
            closing_of[openings.pop()] = index
    closing = -1
    for opening in sorted(closing_of):
        if opening > closing:  # an outermost pair
            closing = closing_of[opening]
            inside[opening + 1:closing + 1] = [opening] * (closing - opening)
    return inside
