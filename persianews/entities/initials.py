"""Names written with dotted initials: «دونالد جی. ترامپ», «جورج اچ. دبلیو. بوش», «سی. ان. ان» (issue 13).

A Latin initial is written as the Persian name of the letter and a full stop. Between a given name (from the
lexicon, or the end of a PERSON) and a PERSON, one to three such initials join the two into one name, so the
initial neither ends the name nor the sentence; two or three initials open a PERSON's name with no given name
before them (جی. دی. ونس: one initial alone, «دی.», is as often a month or a word ending a sentence). A lone
letter (ص.) is no initial. Acronyms written with dots
are lexicon spellings (models/build/build_orgs.py); the tagger, which cuts names at the full stops, reads a
rule candidate holding initials whole. O(n log n) in the candidates.
"""

from __future__ import annotations

from persianews.entities import words
from persianews.entities.candidates import Candidate
from persianews.entities.intervals import IntervalIndex
from persianews.entities.keys import fold
from persianews.entities.matcher import TokenView

#: The Persian spellings of Latin letter names (two letters or more: a lone letter is too often a word).
LETTER_NAMES = frozenset(fold(name) for name in (
    "ای", "اِی", "بی", "سی", "دی", "اف", "جی", "جِی", "اچ", "آی", "کی", "ال", "ام", "ان", "او", "پی", "کیو",
    "آر", "اس", "تی", "یو", "وی", "دبلیو", "اکس", "وای", "زد"))
_MAX_INITIALS = 3
_MIN_OPENING_INITIALS = 2
"""Initials at least that open a name with no given name before them (جی. دی. ونس)."""
_LABELS = frozenset({"PERSON", "ORG", "LOC"})


def join_initials(view: TokenView, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each «NAME X. [Y.] PERSON» and «X. Y. [Z.] PERSON» made one PERSON (rule
    ``person-initials``), the PERSON, ORG and LOC candidates inside it dropped."""
    people = [c for c in chosen if c.label == "PERSON"]
    person_ending = {c.end: c for c in people}
    joined: list[Candidate] = []
    for person in people:
        start = _initials_start(view, person.start)
        if start == person.start:
            continue
        before = next((person_ending[k] for k in range(start, person.start) if k in person_ending
                       and person_ending[k].start < start), None) or person_ending.get(start)
        if before is not None:
            joined.append(Candidate("PERSON", before.start, person.end, "person-initials"))
        elif view.is_word(start - 1) and view.same_line[start] and words.is_given_name(view.key(start - 1)):
            joined.append(Candidate("PERSON", start - 1, person.end, "person-initials"))
        elif person.start - start >= 2 * _MIN_OPENING_INITIALS:
            joined.append(Candidate("PERSON", start, person.end, "person-initials"))
    if not joined:
        return chosen
    inside = {(c.start, c.end) for c in joined}
    kept = [c for c in chosen if not (c.label in _LABELS and any(s <= c.start and c.end <= e for s, e in inside))]
    return kept + joined


def read_whole(view: TokenView, rules: list[Candidate], tagged: list[Candidate]) -> list[Candidate]:
    """The tagger's spans ``tagged`` with those overlapping a rule candidate that holds dotted initials
    replaced by that candidate (the tagger's pieces «سی.» «ان.» «ان» of ORG «سی. ان. ان»)."""
    dotted = [c for c in rules if c.label in _LABELS and _holds_initials(view, c)]
    if not dotted:
        return tagged
    index = IntervalIndex(dotted)
    return [t for t in tagged if not index.any_overlapping(t.start, t.end)] + dotted


def _holds_initials(view: TokenView, candidate: Candidate) -> bool:
    """Whether a full stop inside ``candidate`` ends an initial (جی. in دونالد جی. ترامپ)."""
    return any(_initials_start(view, index) < index for index in range(candidate.start + 2, candidate.end))


def _initials_start(view: TokenView, index: int) -> int:
    """The first token of the dotted initials right before token ``index`` (``index`` itself if none)."""
    start = index
    for _ in range(_MAX_INITIALS):
        dot, letter = start - 1, start - 2
        if not (view.word(dot) == "." and view.key(letter) in LETTER_NAMES and view.same_line[start]
                and view.same_line[dot] and _adjacent(view, letter, dot)):
            break
        start = letter
    return start


def _adjacent(view: TokenView, letter: int, dot: int) -> bool:
    """Whether the full stop is written right after the letter (جی. not جی .)."""
    return view.ends[letter] == view.offsets[dot]
