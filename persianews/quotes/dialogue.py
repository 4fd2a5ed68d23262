"""Answers in a Telegram post laid out as a dialogue: a question line, then ``NAME: ANSWER``.

A post that transcribes an interview gives each turn a line of its own:
``خبرنگار: آیا …؟`` (or ``پرسش: …``), then ``ترامپ: خیر.``. The answer line is a
quote of its speaker however short it is, and the answer goes on over the
next lines while they carry no attribution of their own (rule
``content:answer-to-question``). The interviewer's question, a line opened by a role word that alone is a
credit label (``مجری فاکس: آیا …؟``, ``خبرنگار به ترامپ: …؟``), is no statement: 15 such headline-style
quotes in telegram-dev, each an interviewer's question, several given to the next answerer by the title link.
The interviewer's word alone (``خبرنگار: …``, alone a credit label) over the next turn (``ترامپ: …``) is a turn of
the dialogue: a quote of the interviewer when it states something (``خبرنگار: منتقدان شما می‌گویند …`` /
``ترامپ: …``; rule ``subject:interviewer``), none when its first sentence asks (``خبرنگار: آیا …؟``).

Over the 28,458 posts of telegram-dev, 92 speaker lines follow such a question line; 12 answers of one or two
words («ترامپ: خواهید فهمید.», «ترامپ: بله») were no quote before this rule. Of 24 answers followed by a line of
words, about 20 run on there (read: the same speaker's next sentences); a line with a colon, a verb of saying or no
letter at its start ends the answer.
"""

from __future__ import annotations

import regex

from persianews.quotes.context import LINE_BLANKS, QUESTION_MARKS, View, skip_over
from persianews.quotes.cues import fold_form
from persianews.quotes.statements import trim
from persianews.records import Span

_CLOSERS = LINE_BLANKS + "»\"')"
_BLANK_LINES = regex.compile(rf"(?:[{LINE_BLANKS}]*\n)*")
_LABEL = regex.compile(r"[\W_]*(?P<label>[^\W\d_]+)[ \t\u200c]*:")
_MAX_QUESTION_SPEAKER_CHARS = 40
"""How far into a question line its speaker's colon may stand (``مجری فاکس نیوز: …؟``)."""
_OPENS_WITH_WORDS = regex.compile(rf"[{LINE_BLANKS}]*[\p{{L}}«]")
_MAX_ANSWER_CHARS = 2000
_MAX_BLANK_LINES = 2
"""Blank lines that may stand between a question and its answer."""
_QUESTION_LABELS = frozenset(fold_form(word) for word in ("پرسش", "سوال", "سؤال", "س"))
"""Labels that open an interviewer's line whatever it ends in (``س: …``, ``پرسش: …``)."""
_INTERVIEWERS = frozenset(fold_form(word) for word in ("خبرنگار", "گزارشگر", "مجری"))
"""The words that name the interviewer of a transcribed dialogue (alone before a colon, elsewhere a credit label)."""
_TURN = regex.compile(rf"[{LINE_BLANKS}]*[^\W\d_][^:\n]{{0,38}}(?<!\d):(?!\d)")
"""A line opened by a speaker's turn: a letter and a colon (not a time's) within its first 40 characters."""
_SENTENCE_MARK = regex.compile(r"[.!؟?]")


def answers_a_question(view: View, line_start: int) -> bool:
    """Whether the line at ``line_start`` of a post follows an interviewer's line: the line before (blank lines
    skipped) is a speaker line — a colon within its first words — that ends in «؟», or opens with a question label
    (``پرسش:``, ``سوال:``)."""
    text = view.text
    if not view.is_post or line_start == 0:
        return False
    end = text.rfind("\n", 0, line_start)
    for _ in range(_MAX_BLANK_LINES):
        if end <= 0 or text[text.rfind("\n", 0, end) + 1:end].strip():
            break
        end = text.rfind("\n", 0, end)  # a blank line between the turns
    if end <= 0 or not text[text.rfind("\n", 0, end) + 1:end].strip():
        return False
    start = text.rfind("\n", 0, end) + 1
    colon = text.find(":", start, min(end, start + _MAX_QUESTION_SPEAKER_CHARS))
    if colon == -1:
        return False
    if asks(text, Span(start, end)):
        return True
    label = _LABEL.match(text, start, colon + 1)
    return label is not None and fold_form(label.group("label")) in _QUESTION_LABELS


def interviewer_turn(view: View, first: str, count: int, colon: int) -> bool:
    """Whether the speaker line whose colon stands at ``colon`` is an interviewer's turn: in a post, the
    interviewer's word alone before the colon (``first``, the only one of ``count`` words: ``خبرنگار: …``), its
    statement on the same line, and the next line (blank lines skipped) another speaker's turn (``ترامپ: …``).
    Over telegram-dev, 63 such turns: 50 questions, 13 statements (9 of three words or more: the interviewer's
    words that the answer takes up, «خبرنگار: منتقدان شما می‌گویند …»). A turn is never read as an answer: «خبرنگار:
    بی‌بی‌سی.» under «… کجا کار می‌کنید؟» names the outlet."""
    if not view.is_post or count != 1 or first not in _INTERVIEWERS:
        return False
    text = view.text
    line_end = text.find("\n", colon)
    if line_end == -1 or not text[colon + 1:line_end].strip():
        return False
    return _TURN.match(text, skip_over(_BLANK_LINES, text, line_end + 1)) is not None


def turn_follows(view: View, end: int) -> bool:
    """Whether the statement ending at ``end`` ends its line and the next line (blank lines skipped) opens with
    another speaker's turn (``ترامپ: …``; not a report, «ترامپ گفت: …»): a question asked there is an
    interviewer's in a transcript («خبرنگار از X پرسید:» / «…؟» / «X:» / «…»), no statement of its own."""
    text = view.text
    line_end = text.find("\n", end)
    if line_end == -1 or text[end:line_end].strip(_CLOSERS):
        return False
    turn = _TURN.match(text, skip_over(_BLANK_LINES, text, line_end + 1))
    return turn is not None and not view.cues_in(turn.start(), turn.end(), "say")


def states(text: str, statement: Span) -> bool:
    """Whether an interviewer's turn states something: its first sentence ends in no «؟» or «?» («گزارشی وجود دارد
    که … هستید.», «می‌گویید که … هستید. چه کسانی …؟»; not «آیا …؟»)."""
    mark = _SENTENCE_MARK.search(text, statement.start, statement.end)
    return mark is None or mark.group() not in QUESTION_MARKS


def asks(text: str, statement: Span) -> bool:
    """Whether ``statement`` is a question: it ends in «؟» or «?» (closing quotation marks aside)."""
    return text[statement.start:statement.end].rstrip(_CLOSERS).endswith(QUESTION_MARKS)


def answer_after(view: View, position: int) -> Span | None:
    """The answer that starts after the colon at ``position``: the rest of its line (the next line when the colon
    ends its line), and the next lines while each
    opens with a word and holds neither a colon (a new turn, a credit ``منبع: …``) nor a verb of saying (a new
    report). Each line is read once."""
    text = view.text
    limit = min(len(text), position + _MAX_ANSWER_CHARS)
    end = _line_end(text, position, limit)
    if not text[position:end].strip():  # the colon ends its line («وزیر جنگ:» / «نه، …»)
        position = skip_over(_BLANK_LINES, text, end, limit)
        end = _line_end(text, position, limit)
        if not _goes_on(view, position, end):
            return None
    while end < limit:
        start = skip_over(_BLANK_LINES, text, end, limit)
        line_end = _line_end(text, start, limit)
        if start == end or not _goes_on(view, start, line_end):
            break
        end = line_end
    return trim(view, position, end)


def _goes_on(view: View, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` may be (part of) an answer: it opens with a word and holds neither a colon
    nor a verb of saying."""
    return (start < end and _OPENS_WITH_WORDS.match(view.text, start, end) is not None
            and view.text.find(":", start, end) == -1 and not view.cues_in(start, end, "say"))


def _line_end(text: str, start: int, limit: int) -> int:
    end = text.find("\n", start, limit)
    return limit if end == -1 else end
