"""People the narration introduces with no name («با مردی که … کار می‌کند», «جوان کفاشی …»): the referent of a later
«این مرد», «این جوان» or «او», rather than the last person the text named."""

from __future__ import annotations

import bisect
import itertools
import re

import regex

from persianews.quotes.candidates import Candidate, Resolution
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form
from persianews.quotes.speaker_names import clean

INTRODUCED = "speaker:words-introduced"
"""The rule of an introduced person (:func:`introduced_people`), a person referent (:func:`referent_kind`)."""

_HEADS = "پیرمرد|پیرزن|مرد|زن|جوان|دختر|پسر"
"""Nouns for a person by sex or age: the heads a description of a person met in the street opens with."""
_NOT_ANY = r"(?<!(?:هر|هیچ|چه)\s+)"
"""«هر مردی که …», «هیچ زنی …»: any person, not one introduced."""
_END = r"(?![\p{L}\u200c])"
_RELATIVE = regex.compile(_NOT_ANY + r"(?<![\p{L}\u200c])(" + _HEADS + r")(?:\s+\p{L}+(?:\u200c\p{L}+)*)?ی"
                          + r"(?=\s+که" + _END + r")")
"""«مردی که …», «جوان کفاشی که …»: an indefinite person and a relative clause."""
_OPENING = regex.compile(r"(?:^|(?<=[،\n]\s*))(" + _HEADS + r")\s+\p{L}+(?:\u200c\p{L}+)*ی" + _END,
                         regex.MULTILINE)
"""«کنار میدان، جوان کفاشی مشغول کار است»: an indefinite person (a noun and a modifier) opening the sentence or
its clause after a comma."""
_HEAD_STARTS = re.compile(_HEADS)
"""Where a match of :data:`_RELATIVE` or :data:`_OPENING` may start: their look-arounds left out, found in C by
``re`` (``regex`` tries a pattern that opens with a look-behind at every position of the text)."""
_CLAUSE_END = regex.compile(r"[،؛.:!؟\n]")
_CLAUSE_CHARS = 80
"""How far a relative clause may run to the comma that closes it to count in the description."""


def introduced_people(view: View, candidates: list[Candidate]) -> list[tuple[int, str, Resolution]]:
    """Where the narration introduces an unnamed person, with its head (folded: «مرد» for a later «این مرد») and the
    description as the referent, by start: not in a quote's words, nor in a sentence that holds a quote's anchor
    unless the person opens it or its clause (one that does speaks of someone else: «وی در دیدار با زنی که … گفت»).
    A relative clause must close with a comma within a short reach, and belongs to the description («مردی که …
    می‌فروشد،»); a «که» that opens no such clause opens no description."""
    anchored = {view.sentence_index(c.anchor) for c in candidates}
    contents = sorted((c.content.start, c.content.end) for c in candidates)
    starts, reach = [start for start, _ in contents], list(itertools.accumulate((end for _, end in contents), max))
    found: list[tuple[int, str, Resolution]] = []
    for match in _people_matches(view.text):
        index, before = view.sentence_index(match.start()), bisect.bisect_right(starts, match.start())
        if (before and reach[before - 1] > match.start()) or (index in anchored and match.re is _RELATIVE):
            continue  # a sentence's opening person is its subject, whoever speaks in it («جوان کفاشی … که می‌گوید»)
        sentence = view.sentences[index]
        end = match.end()
        if match.re is _RELATIVE:
            closing = _CLAUSE_END.search(view.text, end, min(sentence.end, end + _CLAUSE_CHARS))
            if closing is None or view.text[closing.start()] != "،":
                continue
            end = closing.start()
        if not found or found[-1][0] != match.start():
            found.append((match.start(), fold_form(match.group(1)),
                          Resolution(clean(view.text[match.start():end]), None, INTRODUCED, 0.5)))
    return found


def _people_matches(text: str) -> list[regex.Match[str]]:
    """The matches of :data:`_RELATIVE` and of :data:`_OPENING` in ``text`` by start (each pattern's as its
    ``finditer`` gives them; at one start, :data:`_RELATIVE`'s first), tried only where a head word starts: one
    scan for both."""
    found = []
    relative_end = opening_end = 0
    for head in _HEAD_STARTS.finditer(text):
        start = head.start()
        if start >= relative_end and (match := _RELATIVE.match(text, start)) is not None:
            found.append(match)
            relative_end = match.end()
        if start >= opening_end and (match := _OPENING.match(text, start)) is not None:
            found.append(match)
            opening_end = match.end()
    return found
