"""Direct quotes: a verb of saying and a colon (``… تصریح کرد: …``) or a «…» after the verb."""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.quotes.candidates import Candidate
from persianews.quotes.context import View
from persianews.quotes.statements import guillemet_end, statement_after, trim
from persianews.quotes.subjects import find_subject


_COLON = regex.compile(r"[ \u200c]*:")
_GUILLEMET = regex.compile(r"[ \u200c]*،?[ \u200c]*«")


def colon_quotes(view: View) -> Iterator[Candidate]:
    """``SUBJECT … CUE: STATEMENT``: the statement runs to the end of its sentence."""
    for match in view.cues_with("say"):
        if match.kind == "indirect":
            continue
        colon = _COLON.match(view.text, match.end)
        content = statement_after(view, colon.end()) if colon else None
        if content is None:
            continue
        cue = match.span
        subject = find_subject(view, view.sentence_at(cue.start).start, cue.start)
        yield Candidate("direct", content, (cue,), subject, "cue:direct-colon", 0.9, container=True)


def guillemet_quotes(view: View) -> Iterator[Candidate]:
    """``SUBJECT CUE «STATEMENT»`` (``می‌گوید «…»``): the words inside the guillemets."""
    text = view.text
    for match in view.cues_with("say"):
        opening = _GUILLEMET.match(text, match.end)
        if opening is None:
            continue
        sentence = view.sentence_at(match.start)
        paragraph_end = text.find("\n", opening.end())
        end = guillemet_end(text, opening.end() - 1, len(text) if paragraph_end == -1 else paragraph_end)
        content = trim(view, opening.end(), (end - 1) if end else sentence.end)
        if content is None:
            continue
        cue = match.span
        subject = find_subject(view, sentence.start, cue.start)
        yield Candidate("direct", content, (cue,), subject, "cue:direct-guillemets", 0.85, container=True)
