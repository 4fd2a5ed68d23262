"""Hearsay inside a statement: the speaker reporting what unnamed others say («عده‌ای می‌گویند …»)."""

from __future__ import annotations

import bisect

from persianews.quotes.context import View, word_texts
from persianews.quotes.cues import CueMatch, fold_form
from persianews.records import Span


def is_hearsay(view: View, sentence: Span, cue: CueMatch) -> bool:
    """Whether ``cue`` reports what unnamed others say, opening ``sentence`` with a bare quantifier for its
    subject («عده‌ای می‌گویند …», «برخی دیگر معتقدند …»): inside a statement, the speaker reporting a view he
    answers, part of his words (rule ``content:over-hearsay``), not a new attribution.

    In news-dev-2 and news-dev (lines ≢ 3 mod 4), 3 such sentences open right after the end of a direct quote
    (read: each the same speaker going on) and 2 more stand inside one. Reads at most
    ``_MAX_HEARSAY_SUBJECT_CHARS`` characters before the cue (a bare quantifier and its adverbs are shorter)."""
    if cue.start - sentence.start > _MAX_HEARSAY_SUBJECT_CHARS:
        return False
    if fold_form(view.text[cue.start:cue.end]) not in _HEARSAY_VERBS:
        return False
    subject = [fold_form(word) for word in word_texts(view.text, sentence.start, cue.start)]
    while subject and subject[-1] in _HEARSAY_ADVERBS:
        subject.pop()
    return "".join(subject) in _HEARSAY_SUBJECTS


def hearsay_rule(view: View, content: Span) -> str:
    """``content:over-hearsay`` when a statement holds a sentence of hearsay (:func:`is_hearsay`); "" otherwise.
    The document's hearsay cues are found once (``view.hearsay``); each statement is one bisection."""
    if not view.hearsay:
        view.hearsay.append(tuple(cue.start for cue in view.cues if is_hearsay(view, view.sentence_at(cue.start), cue)))
    starts = view.hearsay[0]
    index = bisect.bisect_left(starts, content.start)
    return "content:over-hearsay" if index < len(starts) and starts[index] < content.end else ""


_HEARSAY_VERBS = frozenset(fold_form(f) for f in ("می‌گویند", "می‌گفتند", "معتقدند"))
_HEARSAY_SUBJECTS = frozenset(fold_form(f) for f in (
    "عده‌ای", "یک عده", "برخی", "بعضی", "گروهی", "کسانی", "شماری", "خیلی‌ها", "بعضی‌ها", "برخی‌ها"))
_HEARSAY_ADVERBS = frozenset(fold_form(f) for f in ("دیگر", "هم", "نیز"))
_MAX_HEARSAY_SUBJECT_CHARS = 40
