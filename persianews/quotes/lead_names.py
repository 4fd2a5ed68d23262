"""The lead's nameless speaker given the name the body gives it (see :mod:`persianews.quotes.lead`): rules
``+lead→restated-name`` (the body's first sentence restates the lead with a name) and ``+lead→named-later``
(the lead's indefinite description and one named person are the only people who speak)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import attrs

from persianews.quotes.antecedents import referent_kind
from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form
from persianews.quotes.lead import is_anonymous, is_indefinite, lead_index, restated_lead, same_description
from persianews.quotes.title_links import ANAPHORIC

if TYPE_CHECKING:
    from persianews.quotes.candidates import Resolution


_NAMED_BODIES = frozenset({"speaker:words-place", "speaker:words-organisation-of-name"})
"""Rules of organisations the lead names («ترکیه», «دولت NAME»): they speak themselves, the body's person restates
none of them."""


def name_the_lead(view: View, candidates: list[Candidate], resolutions: list[Resolution],
                  explicit: Callable[[Subject], Resolution]) -> list[Resolution]:
    """The lead's nameless speaker named by the body's first sentence: its quotes, and later ones of the same
    description or continuing it, take the person's name (``explicit`` resolves the person's subject)."""
    restated = restated_lead(view)
    if restated is None:
        return _name_the_lead_later(view, candidates, resolutions)
    index, person, reported = restated
    places = {e.text for e in view.doc.entities if e.label == "LOC"}  # «روسیه … تأکید کرد»: a country
    described = {r.speaker for c, r in zip(candidates, resolutions)
                 if view.sentence_index(c.anchor) == index and c.subject.kind not in ANAPHORIC
                 and r.speaker and r.rule != "speaker:words-group"  # «رسانه‌های کره جنوبی»: many speak
                 and (r.role in ("title", "other") or r.rule == "speaker:words" and r.speaker not in places
                      or r.role == "org" and c.subject.kind == "words" and r.rule not in _NAMED_BODIES)}
    if (not described or any(is_anonymous(lead) for lead in described)
            or not reported and not all(is_indefinite(lead) for lead in described)):
        # «یک مقام سازمان جهانی بهداشت هشدار داد …» then «مایکل رایان، مدیر …» at once: only an
        # indefinite description is restated by a name with no «به گزارش X،» before it.
        return resolutions
    named = explicit(Subject("entity", person.span, person))
    surname = fold_form(person.text.split()[-1]) if person.text.split() else ""
    if not named.speaker or named.speaker in described or any(
            surname in (fold_form(word) for word in lead.split()) for lead in described):
        return resolutions  # «یکی از پزشکان معالج محمدرضا شجریان»: the person is who the lead speaks of
    return _renamed(resolutions, described, named, "+lead→restated-name")


def _name_the_lead_later(view: View, candidates: list[Candidate], resolutions: list[Resolution]) -> list[Resolution]:
    """«یک کارشناس مسائل خاورمیانه … گفت» in the lead, «نجفی تصریح کرد» later: when the lead's indefinite
    description of a person and one named person are the only people who speak (their own subjects),
    they are one person, and the lead's quotes and later ones of its description take the name."""
    index = lead_index(view)
    if index is None or view.is_post:  # a post's second speaker is often its channel («یاشار: …»)
        return resolutions
    explicit = [(c, r, r.speaker) for c, r in zip(candidates, resolutions)
                if c.subject.kind not in ANAPHORIC and r.speaker and referent_kind(r) == "person"]
    described = {speaker for c, r, speaker in explicit if view.sentence_index(c.anchor) == index
                 and r.role in ("title", "other") and is_indefinite(speaker)}
    lead = view.sentences[index]
    spoken_of = view.text[lead.start:lead.end].split()  # «… راهی جز مذاکره برای اردوغان …»
    names = {speaker: r for _c, r, speaker in explicit
             if r.role in ("name", "titled-name") and speaker.split()[-1] not in spoken_of}
    others = {speaker for _c, r, speaker in explicit if r.role not in ("name", "titled-name")} - described
    if len(described) != 1 or len(names) != 1 or others or len(next(iter(names)).split()) != 1:
        return resolutions  # a surname alone: a person the text introduced otherwise, by the description
    return _renamed(resolutions, described, next(iter(names.values())), "+lead→named-later")


def _renamed(resolutions: list[Resolution], described: set[str], named: Resolution, rule: str) -> list[Resolution]:
    """``resolutions`` with the lead's description ``described`` (and later mentions of it) given ``named``."""
    return [attrs.evolve(r, speaker=named.speaker, cluster=named.cluster, role="titled-name",
                         rule=r.rule + rule, confidence=r.confidence * 0.8)
            if r.speaker and r.role != "titled-name" and (r.role != "name" or r.speaker in described)
            and any(same_description(lead, r.speaker) for lead in described) else r
            for r in resolutions]
