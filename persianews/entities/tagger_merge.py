"""How the learned tagger's spans combine with the rules' candidates: which tagger spans are doubted
(:func:`plausible`), which label the tagger wins, which rule candidates it vetoes, where titles keep it
out (see :func:`merge`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import attrs

from persianews.entities import lexicons
from persianews.entities.candidates import Candidate
from persianews.entities.intervals import IntervalIndex
from persianews.entities.outlets import set_off

if TYPE_CHECKING:
    from persianews.entities.matcher import TokenView

#: The rule name of a tagger-only entity; an entity both found carries ``"<rule>+tagger"``.
TAGGER_RULE = "tagger"
#: The labels whose tagger span replaces the rule candidates it overlaps (chosen on the dev split of the
#: training annotations, models/build/ner/dev.py: people too added 0.4 points of F1 on the news, places
#: lost 0.2; see :func:`merge`).
TAGGER_WINS = frozenset({"ORG", "PERSON"})
#: The labels whose rule candidates are dropped when the tagger, which saw them as features, puts no span
#: over them (same dev split: fewer false organisations, +0.3 points on Telegram); people only from the
#: rules of :data:`VETOED_PEOPLE`.
TAGGER_VETOES = frozenset({"ORG", "LOC", "PERSON"})
#: The people rules whose candidates the tagger vetoes: a word after an honorific (سردار آسمانی) and a word
#: with a surname ending (تالار افضلی‌پور). On the dev split the three such people the tagger rejected were
#: wrong; the other rules' people stay: a full name of a given name and a surname (the tagger misses some,
#: «امید کاوسی‌فرد» at a sentence's start, though 2 of the dev split's were wrong), a sentence's
#: surname-only subject («🔹غفوری ضمن …», which the seeds need), a speaker's label, a name in a list of
#: names, a public figure …
VETOED_PEOPLE = frozenset({"person-after-honorific", "person-marked-surname"})
#: The rules that find news outlets (a type word before a name, a citing phrase «به گزارش X»): their
#: organisations whose name is quoted or in Latin script are not vetoed (see :func:`_vetoed`).
OUTLET_RULES = frozenset({"org-outlet", "org-outlet-name", "org-head-media"})


def plausible(tagged: Iterable[Candidate], view: TokenView, rules: Iterable[Candidate]) -> list[Candidate]:
    """The tagger spans that :func:`merge` may use: all but a span of one word right after a demonstrative
    or «یک» (``anaphor`` in ``entity_context.tsv``: این کنگره, یک روحانی: a common noun or an anaphor, no
    name, as the title and organisation rules read it) where no rule candidate has its span and label.
    Linear in the number of spans.
    """
    known = {(c.start, c.end, c.label) for c in rules}
    anaphors = lexicons.context("anaphor")
    return [c for c in tagged if c.end - c.start > 1 or (c.start, c.end, c.label) in known
            or not (view.key(c.start - 1) in anaphors and view.adjacent(c.start - 1, c.start))]


def merge(rules: Iterable[Candidate], tagged: Iterable[Candidate], titles: Iterable[Candidate],
          wins: frozenset[str] = TAGGER_WINS, vetoes: frozenset[str] = TAGGER_VETOES,
          view: TokenView | None = None) -> list[Candidate]:
    """The rules' PERSON/ORG/LOC candidates combined with the tagger's.

    A rule candidate the tagger also found with the same label and span is kept
    with its rule marked ``+tagger``. A tagger span that overlaps no rule
    candidate is added. Where they overlap, a tagger span of a label in ``wins``
    (:data:`TAGGER_WINS`: people and organisations, whose boundaries it learned)
    replaces the rule candidates it overlaps, except places strictly inside it,
    which stay nested (صبای قم → LOC قم), and where it agrees with a rule
    candidate nested in a longer one of its label, the longer one goes (ORG
    «روزنامه «کیهان»» holding ORG «کیهان»: the outlet's name stays); for other
    labels (places: the gazetteer is more exact) the rules win. Titles block the tagger, except an
    organisation outside their role (in «مدیرعامل گروه صنعتی …»). A rule
    candidate of a label in ``vetoes`` (:data:`TAGGER_VETOES`) that no tagger
    span overlaps is dropped: the tagger saw it as a feature and rejected it;
    outlets whose name ``view`` shows in quotes or Latin script stay (see
    :func:`_vetoed`). O(n log n) in the number of candidates.
    """
    tagged = list(tagged)
    out = _vetoed(list(rules), tagged, vetoes, view) if vetoes else list(rules)
    found = {(c.start, c.end, c.label) for c in tagged}
    out = [attrs.evolve(c, rule=f"{c.rule}+{TAGGER_RULE}") if (c.start, c.end, c.label) in found else c for c in out]
    known = {(c.start, c.end, c.label) for c in out}
    title_index = IntervalIndex(titles)
    index = IntervalIndex(out)
    dropped: set[int] = set()
    added = []
    for candidate in tagged:
        if (candidate.start, candidate.end, candidate.label) in known:
            if candidate.label in wins:  # the tagger chose this inner span: the rules' outer one goes
                dropped.update(id(c) for c in index.containing(candidate.start, candidate.end)
                               if c.label == candidate.label and (c.start, c.end) != (candidate.start, candidate.end))
            continue
        if any(_blocks(title, candidate) for title in title_index.overlapping(candidate.start, candidate.end)):
            continue
        overlapping = [c for c in index.overlapping(candidate.start, candidate.end) if id(c) not in dropped]
        if not overlapping:
            added.append(candidate)
        elif candidate.label in wins:
            dropped.update(id(c) for c in overlapping if not (c.label == "LOC" and candidate.contains(c)))
            added.append(candidate)
    return [c for c in out if id(c) not in dropped] + added


def _vetoed(rules: list[Candidate], tagged: list[Candidate], vetoes: frozenset[str],
            view: TokenView | None) -> list[Candidate]:
    """``rules`` without the candidates of a ``vetoes`` label that no ``tagged`` span overlaps, except
    outlets (:data:`OUTLET_RULES`) whose name ``view`` shows set off, in quotes or Latin script
    (شبکه «اسکای», سایت worldometer): the tagger has seen few outlets, and their names are unknown words;
    and the people of rules not in :data:`VETOED_PEOPLE`."""
    index = IntervalIndex(tagged)
    return [c for c in rules if c.label not in vetoes or next(index.overlapping(c.start, c.end), None) is not None
            or c.label == "PERSON" and c.rule not in VETOED_PEOPLE
            or view is not None and c.rule in OUTLET_RULES and set_off(view, c.start, c.end)]


def _blocks(title: Candidate, candidate: Candidate) -> bool:
    """Whether a title keeps a tagger span out: it overlaps the title's role, or crosses the title's edge."""
    if not title.contains(candidate) and (title.start, title.end) != (candidate.start, candidate.end):
        return True
    role = title.part("role")
    return candidate.label != "ORG" or role is None or candidate.start < role.end and role.start < candidate.end
