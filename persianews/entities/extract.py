"""The entities of one document: candidates from every rule, resolved into nested entities.

Resolution: a person's tokens hold no place; an organisation's name part
holds no place or person (حزب همبستگی ایران اسلامی has no LOC ایران) while
its location part does (استانداری قزوین → LOC قزوین); an organisation inside
a title is one only as its organisation part (not «فرهنگ و ارشاد اسلامی» in
وزیر فرهنگ و ارشاد اسلامی); a title nested in another title is only a part
of it; a bare role word is a title only beside a name; an ambiguous place
needs a prefix or role word, a title or an organisation around it (and no
verb after it: استان خبر داد), or the dateline. An organisation whose head is
also a common noun (شرکت, کمیته …) and whose name has no place or lexicon part
is an entity only as the complement of a title.

Overlap and containment between candidates are looked up in an
:class:`~persianews.entities.intervals.IntervalIndex` (candidates span a few
tokens), so resolution is O(n log n) in the number of candidates.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Iterable

from persianews.document import Document
from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.enclosed_titles import enclosed_titles
from persianews.entities.initials import join_initials
from persianews.entities.inner_bodies import with_inner_bodies
from persianews.entities.intervals import IntervalIndex
from persianews.entities.matcher import TokenView
from persianews.entities.openings import unknown_name
from persianews.entities.organizations import organizations, weak_organizations
from persianews.entities.people import PeopleFinder
from persianews.entities.people_tokens import past_hajj
from persianews.entities.places import PlaceIndex, choose, home_provinces, is_dateline, place_mentions, place_record
from persianews.entities.second_surnames import with_second_surnames
from persianews.entities.dynasty_names import with_dynasties
from persianews.entities.ruler_titles import ruler_titles
from persianews.entities.titles import TitleParser
from persianews.records import Entity, Mention, Span, trusted_span
from persianews.tokens import source_span_of

if TYPE_CHECKING:
    from persianews.entities.tagger import EntityTagger


def extract_entities(doc: Document, known_surnames: Iterable[str] = (),
                     tagger: EntityTagger | None = None) -> tuple[Entity, ...]:
    """PERSON, TITLE, ORG and LOC entities of ``doc``, sorted by position (outer before inner); with a
    ``tagger``, its PERSON/ORG/LOC spans merged in (:meth:`~persianews.entities.tagger.EntityTagger.combine`)."""
    view, chosen, parser, bare, finder = _rules(doc, known_surnames)
    if tagger is not None:
        combined = join_initials(view, tagger.combine(doc, view, chosen))
        combined += finder.tagged_surnames(combined)
        chosen = _titles_beside_people(view, parser.with_tagged_complements(combined), bare)
        chosen = parser.roles_of_people(chosen)
    chosen += finder.listed_between(chosen)
    chosen = with_inner_bodies(view, with_dynasties(view, with_second_surnames(view, chosen)))
    entities = [_entity(doc, view, c) for c in enclosed_titles(view, chosen)]
    return tuple(sorted(entities, key=lambda e: (e.span.start, -e.span.end, e.label)))


def rule_candidates(doc: Document, known_surnames: Iterable[str] = ()) -> tuple[TokenView, list[Candidate]]:
    """The token view of ``doc`` and the resolved candidates of the rules (lexicons and grammar)."""
    view, chosen, _parser, _bare, _finder = _rules(doc, known_surnames)
    return view, chosen


def _rules(doc: Document, known_surnames: Iterable[str]
           ) -> tuple[TokenView, list[Candidate], TitleParser, list[Candidate], PeopleFinder]:
    """:func:`rule_candidates`, the title parser (to complete titles with the tagger's organisations), the
    bare role words beside no person of the rules (a person the tagger finds may stand beside them) and the
    people finder (to find the surnames of the tagger's people alone)."""
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    mentions = place_mentions(view)
    index = PlaceIndex(mentions)
    orgs = organizations(view, index)
    weak = weak_organizations(view, index)
    parser = TitleParser(view, index, orgs, weak)
    titles = ruler_titles(view, index, parser.titles())
    orgs += _complements(weak, titles)
    blocked = {i for t in titles for i in range(t.start, t.end)}
    for org in orgs:
        name = org.part("name")
        if name is not None:
            blocked.update(range(name.start, name.end))
        elif (location := org.part("location")) is not None:
            blocked.update(range(org.start, location.start))
    finder = PeopleFinder(view, blocked, _sentence_starts(doc, view), titles, known_surnames)
    people = [past_hajj(view, p) for p in join_initials(view, finder.people())]
    beside = IntervalIndex(people)
    kept = [t.complete or _beside_person(view, t, beside, t.rule == "title-journalist") or _after_unknown_name(view, t)
            for t in titles]
    bare = [t for t, keep in zip(titles, kept) if not keep]
    titles = [t for t, keep in zip(titles, kept) if keep]

    people_index = IntervalIndex(people)
    names = IntervalIndex(_parts_named(orgs, "name"))
    locations = IntervalIndex(_parts_named(titles + orgs, "location"))
    votes = home_provinces(doc.article.metadata, mentions)
    places = []
    for mention in mentions:
        if people_index.any_overlapping(mention.start, mention.end) or names.any_containing(mention.start, mention.end):
            continue
        framed = mention.hint is not None or locations.any_containing(mention.start, mention.end)
        if mention.ambiguous and not (framed and not _before_verb(view, mention.end)
                                      or is_dateline(mention, view, doc.article.metadata)):
            continue
        row = choose(mention, votes)
        places.append(Candidate("LOC", mention.start, mention.end, "place", canonical=row.canonical,
                                place=place_record(row)))
    title_index = IntervalIndex(titles)
    orgs = [o for o in orgs if not any(not o.contains(p) for p in people_index.overlapping(o.start, o.end))
            and not any(t.contains(o) and not _in_part(o, t, ("organization",))
                        for t in title_index.containing(o.start, o.end))]
    return view, parser.roles_of_people(people + titles) + orgs + places, parser, bare, finder


def _complements(weak: list[Candidate], titles: list[Candidate]) -> list[Candidate]:
    """The weak-headed organisations that complete a title (مدیرعامل | شرکت مادر تخصصی …)."""
    used = {(p.start, p.end) for t in titles for p in t.parts if p.name == "organization"}
    return [org for org in weak if (org.start, org.end) in used]


def _before_verb(view: TokenView, index: int) -> bool:
    """Whether token ``index`` is a verb (استان | خبر داد: خبر is no place there)."""
    return view.is_word(index) and view.adjacent(index - 1, index) and words.verb_after_noun(view.key(index))


def _sentence_starts(doc: Document, view: TokenView) -> dict[int, int]:
    """The first word token of each sentence, mapped to the end token of the sentence."""
    starts = {}
    index = 0
    offsets, kinds, count = view.offsets, view.kinds_of, view.n
    for sentence in doc.sentences:
        index = bisect.bisect_left(offsets, sentence.span.start, index)
        first = index
        end = sentence.span.end
        while first < count and offsets[first] < end and kinds[first] != "word":
            first += 1
        starts[first] = bisect.bisect_left(offsets, end, first)
    return starts


_MAX_APPOSITION_GAP = 8
"""Tokens between a person and a title in apposition (a «،» and guillemets): the look-around is bounded."""


def _beside_person(view: TokenView, title: Candidate, people: IntervalIndex[Candidate],
                   after_only: bool = False) -> bool:
    """A person right before the title («،» or «(» between allowed) or, unless ``after_only``, right after it
    (at most ``_MAX_APPOSITION_GAP`` tokens away)."""
    near = people.overlapping(title.start - _MAX_APPOSITION_GAP, title.end + _MAX_APPOSITION_GAP)
    for person in near:
        if after_only and person.end > title.start:
            continue
        gap = (person.end, title.start) if person.end <= title.start else (title.end, person.start)
        between = [view.key(i) for i in range(*gap) if view.key(i) not in ("«", "»")]
        comma_allowed = person.end <= title.start
        if len(between) <= comma_allowed and all(k in ("،", "(") for k in between) \
                and view.adjacent(gap[0] - 1, gap[1]):
            return True
    return False


def _titles_beside_people(view: TokenView, chosen: list[Candidate], bare: list[Candidate]) -> list[Candidate]:
    """``chosen`` (after the tagger) less the titles complete only beside a name (a bare role, a journalist)
    that stand beside no person, and with the rules' ``bare`` role words that a person only the tagger
    found stands beside (مریم کلارک | استاندار), where they overlap nothing but the organisations and places
    inside them: as beside a person of the rules."""
    people = IntervalIndex([c for c in chosen if c.label == "PERSON"])
    taken = IntervalIndex(chosen)
    kept = [c for c in chosen if c.label != "TITLE" or c.complete
            or _beside_person(view, c, people, c.rule == "title-journalist") or _after_unknown_name(view, c)]
    return kept + [t for t in bare if _beside_person(view, t, people, t.rule == "title-journalist")
                   and all(c.label in ("ORG", "LOC") and t.contains(c) for c in taken.overlapping(t.start, t.end))]


def _after_unknown_name(view: TokenView, title: Candidate) -> bool:
    """Whether the line before ``title`` is one to three content words and a «،»: a name no lexicon knows
    (کلی میر، | خبرنگار نیوزنیشن), whom a bare role or a journalist's title may follow as a known one."""
    start = view.offsets[title.start]
    text = view.text
    return unknown_name(text[text.rfind("\n", 0, start) + 1:start].strip())


def _parts_named(candidates: list[Candidate], name: str) -> list[Part]:
    """The parts called ``name`` of ``candidates``."""
    return [part for candidate in candidates for part in candidate.parts if part.name == name]


def _in_part(candidate: Candidate, container: Candidate, names: tuple[str, ...]) -> bool:
    return any(p.name in names and p.start <= candidate.start and candidate.end <= p.end for p in container.parts)


def _span(view: TokenView, start: int, end: int) -> Span:
    """The text span of tokens ``[start, end)`` (``start < end``)."""
    return trusted_span(view.offsets[start], view.ends[end - 1])


def _source_span(doc: Document, span: Span) -> Span:
    """The source span of a non-empty ``span`` of tokens (offsets known to be valid: no checks)."""
    alignment = doc.alignment
    return span if alignment is None else source_span_of(span, alignment.starts, alignment.ends)


def _mention(doc: Document, view: TokenView, candidate: Candidate, name: str) -> Mention | None:
    part = candidate.part(name)
    if part is None or part.end <= part.start:
        return None
    span = _span(view, part.start, part.end)
    return Mention(span.slice(doc.text), span, _source_span(doc, span))


def _entity(doc: Document, view: TokenView, candidate: Candidate) -> Entity:
    span = _span(view, candidate.start, candidate.end)
    if candidate.label == "TITLE":
        role, portfolio, organization, location = (_mention(doc, view, candidate, name)
                                                   for name in ("role", "portfolio", "organization", "location"))
    else:
        role = portfolio = organization = location = None
    return Entity(span.slice(doc.text), candidate.label, span, _source_span(doc, span),
                  canonical=candidate.canonical, place=candidate.place, role=role, portfolio=portfolio,
                  organization=organization, location=location, rule=candidate.rule)

