"""A post that is one statement signed by its source on the line under it («…» / «— SOURCE»).

Channels that relay another outlet's report often post it as one sentence and name the outlet on a line of its
own after a dash (``— رویترز``, ``— کانال ۱۲``): the statement is the source's (rule ``cue:sign-off-source``).
Only when the statement reports no one else (a report with a cue of its own is that speaker's, the outlet only
relays it) and the source is a speaker entity or opens with a speaker head.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterator

import regex

from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import BLANKS, LINE_BLANKS, View, first_words, skip_over
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.statements import SENTENCE_ENDS, content_rule, trim
from persianews.records import Span
from persianews.text.patterns import ARABIC_SCRIPT

_SIGN_OFF = regex.compile(
    rf"[—–][ \t\u200c]*(?P<source>[^\n—–|:؛،]*?[^\n—–|:؛،{LINE_BLANKS}])[{LINE_BLANKS}|]*$")
"""The last line: a dash and the source's name (a bar a copy leaves after it: ``— گاردین |``). The name ends with
no blank, so a run of blanks is read once, not once per character before it."""
_QUOTED = regex.compile(rf"[{LINE_BLANKS}]*[«\"](?P<words>[^«»\"\n]+)[»\"][{LINE_BLANKS}.!؟]*")
"""A line wholly in quotation marks («…» or "…")."""
_CLOSING = LINE_BLANKS + "»\""
_NAMED_SIGNERS = frozenset({"PERSON", "TITLE"})
_MAX_SOURCE_WORDS = 6
_MIN_STATEMENT_WORDS = 5
_CONFIDENCE = 0.6


def sign_off_quotes(view: View, candidates: list[Candidate]) -> Iterator[Candidate]:
    """The statement of a post of two lines with Arabic-script characters (letters or digits), a sentence and its
    source under it: a dash and the source, or, under words wholly in quotation marks, a person or title opening the
    line (``«…»`` / ``NAME، TITLE``)."""
    if not view.is_post:
        return
    text = view.text
    written = (line for line in _lines(text) if ARABIC_SCRIPT.search(text, *line))
    lines = list(islice(written, 3))  # 3: too many
    if len(lines) != 2:
        return
    (start, end), (source_start, source_end) = lines
    quoted = _QUOTED.fullmatch(text, start, end)
    statement = trim(view, *quoted.span("words")) if quoted else trim(view, start, end)
    if (statement is None or len(first_words(text, start, end, _MIN_STATEMENT_WORDS)) < _MIN_STATEMENT_WORDS
            or not text[start:end].rstrip(_CLOSING).endswith(SENTENCE_ENDS)
            or any(c.content.start < end and c.content.end > start for c in candidates)):
        return  # no sentence, or a statement that reports someone itself
    subject = _source(view, source_start, source_end, quoted is not None)
    if subject is not None:
        yield Candidate("direct", statement, (), subject, "cue:sign-off-source", _CONFIDENCE, container=True,
                        content_rule=content_rule(view, statement))


def _source(view: View, start: int, end: int, quoted: bool) -> Subject | None:
    """Who signs the line ``[start, end)``: the source after a dash (a speaker entity, or words a speaker head
    opens, up to six words), or a person or title opening the line under quoted words; None otherwise."""
    text = view.text
    sign_off = _SIGN_OFF.fullmatch(text, start, end)
    if sign_off is None:
        entity = view.entity_at(skip_over(BLANKS, text, start, end), end) if quoted else None
        if entity is None or entity.label not in _NAMED_SIGNERS:
            return None
    else:
        name = Span(*sign_off.span("source"))
        found = first_words(text, name.start, name.end, _MAX_SOURCE_WORDS + 1)
        if not found or len(found) > _MAX_SOURCE_WORDS:
            return None
        entity = view.entity_at(name.start, name.end)
        if entity is None:
            return Subject("words", name, rule="subject:speaker-head") if fold_form(
                text[slice(*found[0])]) in lexicon().heads else None
    return Subject("entity", entity.span, entity, None, "subject:entity")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of every line of ``text``."""
    start = 0
    for match in regex.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)
