"""Clusters and officials: who is who in a document, and which title the text gives them.

* **People**: a full name and the surname-only mentions of it (the nearest
  full name with that surname, the earlier one first; a double surname written as one word: قلعه‌نویی of امیر قلعه
  نویی) form one cluster; in a
  reply post a surname also takes the fullest name of the thread (کاظمی →
  عباس کاظمی from the post it replies to).
* **Title referents**: title mentions with the same role and compatible
  parts (each of portfolio, organisation and place equal, a prefix of the
  other, or missing; a place less the prefix word that opens it: استان گیلان … گیلان) are one referent
  (مدیرکل سیاسی استانداری قزوین … مدیرکل سیاسی، انتخابات و تقسیمات کشوری استانداری).
* **Apposition** and **coordination**: a person and a title with nothing but a «،» or «(» between them are one
  official; a title «و» joins to one a person holds is theirs too
  (:mod:`~persianews.entities.linker_apposition`).
* **Signature**: a name alone on its line and a title filling the next line (دونالد ترامپ ⏎ رئیس‌جمهور …) are
  joined as an apposition is (:func:`~persianews.entities.linker_succession.signature_pairs`).
* **Predicate**: a title right before a past «شد», «شده», «گردید», «ماند», «بود» or «بوده» (X که به جای Y وزیر
  دارایی شده است; X که اخیرا سفیر … بوده) is held by its clause's subject, the nearest person before it in its sentence with no preposition before
  it (see :mod:`persianews.entities.predicate_titles`); a name in a prepositional phrase right before such a
  title is no apposition.
* **Succession** (the conservative rule for a title with no name beside it):
  the subjects of a document's sentences (the first person or title of a
  sentence, with nothing but bullets or an opening clause closed by «،», «؛»,
  «-» or «:» before it, an opening with no reporting cue: after «وی افزود:» a
  quote begins; or lead-ins with no closing mark, البته | X, همچنین | X, which join only the subject of a
  sentence next to theirs) are read in order; a person and a title referent that
  are consecutive subjects, neither linked yet (a name holding a title that serves another, مشاور روحانی, is
  linked but to a title of that role), are one official, unless «نیز» or «هم» follows the second one (a new speaker). A title after one
  to three content words and a «،» is no subject: they are a name the lexicons do not
  know (ناتالی کین، مدیر …). Sentences whose subject is a
  pronoun (وی) do not break the sequence. A post's headline's one title is its subject whatever opens it, unless a
  preposition does (بازدید وزیر بهداشت از … ⏎ X …: X holds it); a name in a picture's credit (عکس: X) is no
  subject; nor is a title spoken to (آقای رئیس‌جمهور، آیا …؟) (the subjects:
  :func:`~persianews.entities.linker_succession.sentence_subjects`).

* **Headline**: the person a headline is about (its subject and its only person, no «X: …») holds the title
  that is the next subject, opening the body, when that title names no place or organisation (استاندار خراسان
  رضوی may be another's), even as a speaker (ترامپ … ⏎ رئیس‌جمهور آمریکا گفت: …).

* **Headline couple**: two people a headline joins by «با» or «و» (X با Y) hold, in order, the two titles «و»
  joins that open the body (⏎ وزیر خارجه ایران و فرمانده ارتش پاکستان …)
  (:func:`~persianews.entities.linker_succession.headline_couples`).

* **Anaphor**: a title after «این» or «همین» that is a sentence's subject (این عضو کمیسیون برنامه و بودجه
  افزود), or that a pronoun subject is (او | رئیس سنی مجلس | محسوب می‌شود), is a further title of the person the
  previous subject names; it links to no later subject.

Officials pair the fullest name the document writes for a person (a name that ends a fuller one, حسینی
شاهرودی after سید حسن حسینی شاهرودی, is named by it:
:func:`~persianews.entities.linker_names.fuller_names`) with each of its titles, less those that are a bare
role or a prefix of a fuller one.

Time: O(n log n) in the number of entities (nested titles by a sweep, apposition
over the pairs that are near, surnames by bisection, title prefixes by sorting);
a new title is compared with at most ``_MAX_REFERENTS_TRIED`` referents of its role
(:mod:`~persianews.entities.linker_grouping`).
"""

from __future__ import annotations

import bisect
import operator

import attrs

from persianews.document import Document
from persianews.entities.keys import fold
from persianews.entities.linker_apposition import appositions, coordinated, described
from persianews.entities.linker_grouping import person_referents, title_referents
from persianews.entities.linker_names import fuller_names
from persianews.entities.linker_referents import (
    Referent,
    first_referent_of,
    held_titles,
    holder,
    replied_to,
    surname_key,
)
from persianews.entities.linker_succession import (
    headline_couples,
    near_lines,
    new_speaker,
    sentence_subjects,
    SentenceSubjects,
    signature_pairs,
)
from persianews.entities.linker_titles import distinct_titles, is_description, nested_indexes, role_key
from persianews.entities.predicate_titles import PREDICATE_RULE, predicate_pairs, was_held
from persianews.entities.titles import ANAPHOR_RULE, SERVING_RULE
from persianews.records import Cluster, Entity, Official, Span

_HEADLINE = "headline"
"""The join of the person a headline is about with the title the body's first subject is."""
_HEADLINE_COUPLE = "headline-couple"
"""The join of each of two people a headline joins (X با Y) with the title in the same place of two «و» joins that
open the body (… ⏎ وزیر … و فرمانده …)."""
_BEFORE_TITLE = "apposition-before"
"""The join of a name right before its title (the only one a title serving a person takes)."""


class Linker:
    """Clusters and officials of one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.entities = doc.entities
        self.people = [i for i, e in enumerate(self.entities) if e.label == "PERSON"]
        nested = nested_indexes([i for i, e in enumerate(self.entities) if e.label == "TITLE"], self.entities)
        self.titles = [i for i, e in enumerate(self.entities) if e.label == "TITLE" and i not in nested]
        self.person_refs = person_referents(self.entities, self.people)
        #: A name that ends a fuller one of the document (حسینی شاهرودی) → that name, the one the output gives.
        self.fuller = fuller_names(self.entities[i].text for i in self.people)
        self.title_refs = title_referents(self.entities, self.titles)
        #: Where each sentence of the document starts, in order (built once, read by every rule that counts them).
        self.sentence_starts = [sentence.span.start for sentence in doc.sentences]
        self._persons: dict[int, Referent] | None = None
        self._titles: dict[int, Referent] | None = None
        self.rules: dict[int, str] = {}

    # -- referents -------------------------------------------------------------
    def _person_of(self, index: int) -> Referent:
        if self._persons is None:
            self._persons = first_referent_of(self.person_refs, lambda ref: ref.members)
        return self._persons[index]

    def _title_of(self, index: int) -> Referent:
        if self._titles is None:
            self._titles = first_referent_of(self.title_refs, lambda ref: ref.titles)
        return self._titles[index]

    # -- links -------------------------------------------------------------------
    def link(self) -> None:
        """Pair people with titles: apposition first, then titles given as a predicate, then a headline couple's
        titles, then succession (the sentences' subjects found once for both)."""
        subjects = sentence_subjects(self.doc, self.people, self.titles)
        self._apposition(set(subjects.order) - subjects.led)  # (apposition reads a subject after a closed opening only)
        self._signatures()
        self._predicate()
        for person, title in headline_couples(self.doc, self.people, self.titles):
            self._join(self._person_of(person), self._own_title(title), _HEADLINE_COUPLE)
        self._succession(subjects)

    def _join(self, person: Referent, title: Referent, rule: str) -> None:
        if self._serving(title):  # only a name right before it holds it (جو بایدن، | معاون اوباما)
            if title.partner is None and rule == _BEFORE_TITLE:
                person.serving.append(title)
                title.partner = person
                self.rules.setdefault(id(person), "apposition")
        elif person.partner is None and title.partner is None:
            person.partner, title.partner = title, person
            self.rules[id(person)] = "apposition" if rule == _BEFORE_TITLE else rule

    def _serving(self, title: Referent) -> bool:
        """Whether ``title`` serves another person (معاون | اوباما: its complement is a name)."""
        return all(self.entities[i].rule == SERVING_RULE for i in title.titles)

    def _apposition(self, subjects: set[int]) -> None:
        """Join the pairs in apposition (:func:`~persianews.entities.linker_apposition.appositions`), persons
        before titles first, then the titles «و» joins to a title a person right before it holds."""
        pairs = appositions(self.doc, self.people, self.titles, self.sentence_starts, subjects)
        held: list[tuple[Referent, int]] = []
        for p, t in pairs.before:
            person = self._person_of(p)
            own = self._own_title(t, person)
            self._join(person, own, _BEFORE_TITLE)
            if own.partner is person:
                held.append((person, t))
        for p, t in pairs.after:
            self._join(self._person_of(p), self._own_title(t), "apposition")
        for p, t in described(self.doc.text, self.entities, self.people, self.titles):
            self._join(self._person_of(p), self._own_title(t), "apposition")
        further = coordinated(self.doc.text, self.entities, self.titles)
        for person, title in held:
            if title in further:
                self._hold_besides(person, self._own_title(further[title]), "apposition")

    def _signatures(self) -> None:
        """Join each name alone on its line with a title filling the next line (:func:`signature_pairs`)."""
        for person, title in signature_pairs(self.doc.text, self.entities, self.people, self.titles):
            self._join(self._person_of(person), self._own_title(title), "signature")

    def _predicate(self) -> None:
        """Join each title given as a predicate (X … وزیر دارایی شد) with its clause's subject
        (:func:`~persianews.entities.predicate_titles.predicate_pairs`)."""
        for person, title in predicate_pairs(self.doc.text, self.sentence_starts, self.entities, self.people,
                                             self.titles):
            span = self.entities[title].span
            if was_held(self.doc.text, span.start, span.end):
                self._hold_besides(self._person_of(person), self._own_title(title))
            else:
                self._join(self._person_of(person), self._own_title(title), PREDICATE_RULE)

    def _hold_besides(self, person: Referent, title: Referent, rule: str = PREDICATE_RULE) -> None:
        """Give ``person`` a title it held («X که … سفیر … بود») besides any partner: a former title must not
        take the place of the present one a later apposition or succession gives."""
        if title.partner is None and not self._serving(title):
            person.anaphoric.append(title)
            title.partner = person
            self.rules.setdefault(id(person), rule)

    def _own_title(self, index: int, person: Referent | None = None) -> Referent:
        """The referent of title ``index``; one whose referent already has a holder gets a referent of its
        own when it is a bare role word (رئیس‌جمهور) or follows ``person``, another person with no title yet
        named in full, in apposition: beside another name it is another holder (رئیس‌جمهور پوتین … رئیس‌جمهور زلنسکی; a list
        «X نماینده مجلس، Y نماینده مجلس»). A title before a name is not split off (… رئیس‌جمهور عراق | X را
        معرفی کرد: an object)."""
        ref = self._title_of(index)
        entity = self.entities[index]
        another_holder = person is not None and person is not ref.partner and person.partner is None \
            and self._full_name(person)
        if ref.partner is None or len(ref.titles) == 1 or not another_holder and any(
                part is not None for part in (entity.portfolio, entity.organization, entity.location)):
            return ref
        ref.titles.remove(index)
        own = Referent("TITLE", titles=[index])
        self.title_refs.append(own)
        if self._titles is not None:  # filled by _title_of
            self._titles[index] = own
        return own

    def _other_role(self, person: Referent, title: Referent) -> bool:
        """Whether ``person`` holds a title serving another (مشاور اسبق روحانی) of a role ``title`` has not: a name
        so linked takes no other office by succession (… ⏎ رئیس مجلس جدید …), only its own of that role (معاون
        گوترش … معاون دبیرکل سازمان ملل)."""
        roles = {role_key(self.entities[i]) for served in person.serving for i in served.titles}
        return bool(roles) and roles.isdisjoint(role_key(self.entities[i]) for i in title.titles)

    def _full_name(self, person: Referent) -> bool:
        """Whether person referent ``person`` is named in full somewhere (two words or more): a one-word
        «name» before a title is often a word the tagger took for one (استعفای | رئیس جمعیت …)."""
        return any(" " in self.entities[i].text.strip() for i in person.members)

    def _succession(self, found: SentenceSubjects) -> None:
        """Join consecutive subjects of sentences (:func:`sentence_subjects`), a person and a title referent
        neither linked yet, unless the second is a new speaker or far on; an anaphor is a further title of the
        previous subject."""
        text = self.doc.text
        subjects, unnamed, about, described, led = found
        unnamed_holders = {id(self._title_of(index)) for index in unnamed}
        previous: tuple[Referent, int] | None = None
        for index in subjects:
            entity = self.entities[index]
            ref = self._person_of(index) if entity.label == "PERSON" else self._title_of(index)
            if id(ref) in unnamed_holders:
                previous = None  # the title of a name the lexicons do not know: a new speaker, no one's title
                continue
            if previous is not None and previous[1] in about:
                # the person a headline is about holds the title the body opens with, a bare role (one of a
                # place or a body may be another's: the host, a spokesman), even as a speaker (ترامپ … ⏎
                # رئیس‌جمهور آمریکا گفت: …)
                if entity.label == "TITLE" and not entity.rule.startswith(ANAPHOR_RULE) \
                        and entity.location is None and entity.organization is None \
                        and not new_speaker(text, entity):
                    self._join(previous[0], ref, _HEADLINE)
                previous = None
            if entity.rule.startswith(ANAPHOR_RULE) or index in described:
                near = previous is not None and (previous[1] not in led or _sentences_apart(
                    self.sentence_starts, self.entities[previous[1]], entity) <= 1)
                person = holder(previous[0]) if previous is not None and near else None
                if person is not None and ref.partner is None:
                    # held besides any partner: a title the name is linked to later keeps its link, and the
                    # cluster's display title stays the one the name holds
                    person.anaphoric.append(ref)
                    ref.partner = person
                    self.rules.setdefault(id(person), "anaphor")
                continue  # the anaphor continues the previous subject: it links to no later one
            if previous is not None and previous[0] is not ref and previous[0].label != ref.label \
                    and not new_speaker(text, entity) and near_lines(text, self.entities[previous[1]], entity) \
                    and (led.isdisjoint((index, previous[1]))
                         or _sentences_apart(self.sentence_starts, self.entities[previous[1]], entity) <= 1):
                person, title = (ref, previous[0]) if ref.label == "PERSON" else (previous[0], ref)
                if not self._other_role(person, title):
                    self._join(person, title, "succession")
            previous = (ref, index)

    # -- output ------------------------------------------------------------------
    def clusters(self) -> tuple[tuple[Cluster, ...], dict[int, int]]:
        """The clusters and each member entity's cluster id."""
        thread_names = self._thread_names()
        clusters: list[Cluster] = []
        membership: dict[int, int] = {}
        for ref in self.person_refs:
            written = self._fullest_written(ref)
            written = self.fuller.get(fold(written).replace(" ", ""), written)
            name = thread_names.get(surname_key(written), written)
            if len(fold(name)) < len(fold(written)):
                name = written
            titles = held_titles(ref, anaphoric=False)  # the cluster's display title stays the one a name holds
            clusters.append(self._cluster(len(clusters), "PERSON", name, ref.members + titles, membership))
        for ref in self.title_refs:
            if ref.partner is None:
                clusters.append(self._cluster(len(clusters), "TITLE", None, ref.titles, membership))
        orgs: dict[str, list[int]] = {}
        for i, entity in enumerate(self.entities):
            if entity.label == "ORG":
                orgs.setdefault(entity.canonical or fold(entity.text).replace(" ", ""), []).append(i)
        for members in orgs.values():
            clusters.append(self._cluster(len(clusters), "ORG", None, members, membership))
        return tuple(clusters), membership

    def _cluster(self, cid: int, label: str, name: str | None, members: list[int],
                 membership: dict[int, int]) -> Cluster:
        title = self._fullest([i for i in members if self.entities[i].label == "TITLE"])
        org = self._fullest([i for i in members if self.entities[i].label == "ORG"])
        for i in members:
            membership[i] = cid
        spans = tuple(sorted((self.entities[i].span for i in members), key=_span_order))
        return Cluster(cid, label, name, title, org, spans)

    def _fullest(self, members: list[int]) -> str | None:
        texts = [self.entities[i].text for i in members]
        return max(texts, key=lambda t: len(fold(t))) if texts else None

    def _fullest_written(self, ref: Referent) -> str:
        return max((self.entities[i].text for i in ref.members), key=lambda t: len(fold(t)))

    def _thread_names(self) -> dict[str, str]:
        parent = replied_to(self.doc)
        if parent is None:
            return {}
        return {surname_key(c.name): c.name for c in parent.clusters if c.label == "PERSON" and c.name}

    def officials(self, membership: dict[int, int]) -> tuple[Official, ...]:
        """One Official per (person, distinct title) pair the links give."""
        out = []
        for ref in self.person_refs:
            held = held_titles(ref)
            if not held:
                continue
            person = max(ref.members, key=lambda i: (len(fold(self.entities[i].text)), -i))
            mention = self.doc.mention(self.entities[person].span)
            name = self.fuller.get(fold(mention.text).replace(" ", ""), mention.text)
            direct = len(ref.partner.titles) if ref.partner else 0
            offices = [[self.entities[i] for i in part if not is_description(self.entities[i])]
                       for part in (held[:direct], held[direct:])]
            for title in distinct_titles(*offices):
                out.append(Official(mention, self.doc.mention(title.span), name,
                                    membership.get(person), self.rules.get(id(ref), "")))
        return tuple(out)


def _sentences_apart(sentence_starts: list[int], first: Entity, second: Entity) -> int:
    """How many sentence starts (``sentence_starts``, sorted) lie after ``first`` up to ``second``: 1 for entities
    of two sentences next to each other."""
    return bisect.bisect_right(sentence_starts, second.span.start) - bisect.bisect_right(sentence_starts,
                                                                                          first.span.start)


def _span_order(span: Span) -> tuple[int, int]:
    """The order of :class:`Span` (start, then end), as a tuple: faster to compare than the records."""
    return span.start, span.end


def link(doc: Document) -> tuple[tuple[Cluster, ...], tuple[Official, ...], tuple[Entity, ...]]:
    """Clusters, officials and the entities with their cluster ids."""
    linker = Linker(doc)
    linker.link()
    clusters, membership = linker.clusters()
    officials = linker.officials(membership)
    entities = tuple(_with_cluster(e, membership.get(i)) for i, e in enumerate(doc.entities))
    return clusters, officials, entities


_ENTITY_FIELDS = operator.attrgetter(*(field.name for field in attrs.fields(Entity)))
"""An entity's field values, in the order of ``Entity``'s arguments (every field is one)."""
_CLUSTER_FIELD = [field.name for field in attrs.fields(Entity)].index("cluster")


def _with_cluster(entity: Entity, cluster: int | None) -> Entity:
    """``attrs.evolve(entity, cluster=cluster)`` without its per-call introspection, and ``entity`` itself
    when its cluster is that one already (a place's: no cluster)."""
    if entity.cluster == cluster:
        return entity
    values = list(_ENTITY_FIELDS(entity))
    values[_CLUSTER_FIELD] = cluster
    return Entity(*values)
