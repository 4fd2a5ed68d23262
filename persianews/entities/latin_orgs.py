"""Companies named in Latin letters after a company or bank head word (شرکت BP, شرکت آلمانی «BioNTech»,
بانک JPMorgan): the Latin name is the organisation, the head and up to two describing words before it are not.

The describing words must be name words of Persian script (داروسازی, آلمانی, ردیابی نفتکش); a function word
ends the search (شرکت در نمایشگاه CES: taking part, not a company). The name is a run of Latin words whose first
starts with a capital letter, joined by «&» or «-» (S&P Global), written in quotes or not.
"""

from __future__ import annotations

import re

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView
from persianews.entities.tagger_merge import LATIN_RULE

#: Head kinds (org_heads.tsv) after which a Latin name is a company's.
_HEAD_KINDS = frozenset({"company", "bank"})
_MAX_DESCRIBING = 2
_ORG = frozenset({"org"})
_MAX_NAME_WORDS = 5
OPENING_QUOTES = frozenset({'"', "«", "“", "'"})
"""The quotes that may open a company's Latin name."""
CLOSING_QUOTES = frozenset({'"', "»", "”", "'"})
"""The quotes that may close it."""
_JOINERS = frozenset({"&", "-"})
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.']*\Z")
_PERSIAN = re.compile(r"[\u0600-\u06ff\u200c]+\Z")


def latin_companies(view: TokenView) -> list[Candidate]:
    """The Latin names after company and bank heads, as ORG candidates over the name alone."""
    found = []
    for index in view.having("org_head"):
        head = view.find(index, "org_head")
        if head is None or head.of("org_head")[0].kind not in _HEAD_KINDS:
            continue
        start = head.end
        while start - head.end < _MAX_DESCRIBING and _describing(view, start):
            start += 1
        if view.word(start) in OPENING_QUOTES and view.adjacent(start - 1, start):
            start += 1
        end = latin_run(view, start)
        if end > start:
            found.append(Candidate("ORG", start, end, LATIN_RULE, parts=(Part("name", start, end),)))
    return found


def _describing(view: TokenView, index: int) -> bool:
    """A Persian word that may describe the company before its name (not a function word or a verb, nor an
    organisation the lexicon knows: «شرکت مایکروسافت Windows» has its name, the Latin word is a product's)."""
    key = view.key(index)
    return view.is_word(index) and view.adjacent(index - 1, index) and bool(_PERSIAN.match(view.word(index))) \
        and not words.is_function_word(key) and not words.is_verb(key) and not view.has(index, _ORG)


def latin_run(view: TokenView, start: int) -> int:
    """The end of the Latin name at token ``start`` (``start`` when there is none)."""
    first = view.word(start)
    if not (view.is_word(start) and view.adjacent(start - 1, start) and _LATIN.match(first) and first[0].isupper()):
        return start
    end, count = start + 1, 1
    while count < _MAX_NAME_WORDS and view.adjacent(end - 1, end):
        if view.word(end) in _JOINERS and _LATIN.match(view.word(end + 1)) and view.adjacent(end, end + 1):
            end, count = end + 2, count + 1
        elif view.is_word(end) and _LATIN.match(view.word(end)) and view.word(end)[0].isupper():
            end, count = end + 1, count + 1
        else:
            break
    return end if len("".join(view.pieces[start:end])) >= 2 else start
