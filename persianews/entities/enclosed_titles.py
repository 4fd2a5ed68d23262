"""Titles enclosed in commas after a name: «نام، ROLE …، …».

A role word right after a person and a «،», and the words after it up to the next «،», are that person's
title, whatever the complement (an organisation or a field no lexicon knows: X، سخنگوی طرح تحول اقتصادی، …;
Y، تحلیلگر حوزه اقتصاد و خودرو، …); a title the grammar cut inside the commas is taken to the comma
(Z، رئیس مرکز توسعه دولت الکترونیکی، …). The words must read as a noun phrase: at most ``_MAX_WORDS`` of
them, no verb, no function word but «و» and «در» before an organisation or a place, no generic plural after
«و» (… و وزرای خارجه …), no frequent given name and no person (a list of names and roles: X، وزیر مالیه Y،
…), and no role right after the closing comma (the same list again); a title the grammar cut before «و»
and a second role is two titles, left as they are.

Time: one look at the few tokens after each person, O(p · ``_MAX_WORDS``).
"""

from __future__ import annotations

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.matcher import Match, TokenView

ENCLOSED_RULE = "title-enclosed"
"""The rule of a title the commas around it close."""
_COMMA = "،"
_AND = "\ue000و\ue001"
_IN = "\ue000در\ue001"
_QUOTES = frozenset({"«", "»"})
_MAX_WORDS = 8
"""Tokens from the role word to the closing comma: a title longer than this is no apposition."""


def enclosed_titles(view: TokenView, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the titles enclosed in commas after a person: new ones where no title starts at the
    role word, and titles the grammar cut inside the commas taken to the comma."""
    titles = {c.start: c for c in candidates if c.label == "TITLE"}
    bodies = frozenset(c.start for c in candidates if c.label in ("ORG", "LOC"))
    others = IntervalIndex([c for c in candidates if c.label in ("PERSON", "TITLE")])
    replaced: dict[int, Candidate] = {}
    added = []
    for person in candidates:
        if person.label != "PERSON":
            continue
        role = _after_comma(view, person.end)
        head = view.find(role, "head") if role is not None else None
        close = _closing_comma(view, role, bodies) if role is not None else None
        if role is None or head is None or close is None or role in replaced:
            continue
        current = titles.get(role)
        if current is not None and (current.end >= close or _second_role(view, current.end)):
            continue
        if any(c is not current for c in others.overlapping(role, close)):
            continue
        title = _title(head, role, close, current)
        if current is None:
            added.append(title)
        else:
            replaced[role] = title
    return [replaced.get(c.start, c) if c.label == "TITLE" else c for c in candidates] + added


def _past_quotes(view: TokenView, index: int) -> int:
    """The first token from ``index`` that is no guillemet (``view.n`` when none is)."""
    while index < view.n and view.key(index) in _QUOTES:
        index += 1
    return index


def _after_comma(view: TokenView, index: int) -> int | None:
    """The token after a «،» (guillemets around it allowed) from token ``index``, or None."""
    index = _past_quotes(view, index)
    if index >= view.n or view.key(index) != _COMMA:
        return None
    index = _past_quotes(view, index + 1)
    return index if index < view.n else None


def _closing_comma(view: TokenView, role: int, bodies: frozenset[int]) -> int | None:
    """The «،» that closes a title from token ``role``: the words before it read as a noun phrase; «در» only
    before an organisation or a place (at the token starts ``bodies``: … در وزارت خارجه آمریکا، … در قطر،)."""
    for index in range(role + 1, min(role + _MAX_WORDS + 1, view.n)):
        key = view.key(index)
        if key == _COMMA:
            return index if index > role + 1 and not _role_after(view, index + 1) else None
        if key in _QUOTES or key == _AND or view.kinds_of[index] == "number" or key == _IN and index + 1 in bodies:
            continue
        if view.kinds_of[index] != "word" or not view.adjacent(index - 1, index) or words.is_stop(key) \
                or words.is_verb(key) or words.is_light_verb(key) or words.is_frequent_given_name(key) \
                or view.key(index - 1) == _AND and view.find(index, "plural") is not None:
            return None
    return None


def _role_after(view: TokenView, index: int) -> bool:
    """Whether a role word follows token ``index`` (guillemets aside): a list of names and roles."""
    index = _past_quotes(view, index)
    return index < view.n and view.find(index, "head") is not None


def _second_role(view: TokenView, index: int) -> bool:
    """Whether «و» and a role word follow token ``index``: a second title (… و نماینده مردم تهران)."""
    return view.key(index) == _AND and _role_after(view, index + 1)


def _title(head: Match, role: int, close: int, current: Candidate | None) -> Candidate:
    """The title from ``role`` (where the role word ``head`` starts) to the comma at ``close``: ``current``
    taken to it, or a role and an organisation (the complement no lexicon knows)."""
    if current is not None:
        last = current.parts[-1]
        parts = current.parts[:-1] + (Part(last.name, last.start, close),) if last.name != "role" \
            else current.parts + (Part("organization", last.end, close),)
        return Candidate("TITLE", role, close, ENCLOSED_RULE, canonical=current.canonical, parts=parts,
                         complete=True)
    role_end = min(head.end, close)
    parts = (Part("role", role, role_end),) + ((Part("organization", role_end, close),) if role_end < close else ())
    return Candidate("TITLE", role, close, ENCLOSED_RULE, canonical=head.of("head")[0].canonical, parts=parts,
                     complete=True)
