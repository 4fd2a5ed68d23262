"""Speaker resolution: from what stands at a quote to the referent the document names.

The speaker is the fullest name the document (or its reply thread) gives,
else the title, else the organisation (:attr:`Cluster.display`). Rules, in
the order they apply to a quote's subject:

* an entity with a cluster → the cluster's display (a title's holder when
  the officials stage linked them); a name or title in apposition helps;
* a surname → the fuller name of a person in the document, the earlier
  speakers or the parent post;
* a pronoun (وی), a definite description (این مسئول) or no subject at all →
  the previous referent: the last speaker, or a person who became the
  subject of a sentence since; in a reply post, the parent's last speaker;
* a title that no cluster names, next to a name that no title describes in
  the chain of speakers → the same person (:func:`link_titles_to_names`).
"""

from __future__ import annotations

from typing import Callable, Sequence

import attrs
import regex

from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.subjects import find_subject
from persianews.records import Cluster, Entity, Quote

ANAPHORIC = frozenset({"pronoun", "description", "none"})


@attrs.frozen
class Resolution:
    """A resolved speaker with how it was found."""

    speaker: str | None
    cluster: int | None
    rule: str
    confidence: float
    role: str = "other"
    """``name`` (a person named bare), ``titled-name`` (a person the document gives a title),
    ``title`` (a title or organisation with no name) or ``other``."""


@attrs.frozen
class Referent:
    position: int
    resolution: Resolution


class SpeakerResolver:
    """Resolves the subjects of a document's quotes, in text order."""

    def __init__(self, view: View, parent_quotes: Callable[[], Sequence[Quote]] | None = None) -> None:
        self.view = view
        self.clusters: dict[int, Cluster] = {c.id: c for c in view.doc.clusters}
        self._load_parent = parent_quotes
        self._parent: list[tuple[str, int | None]] | None = None
        self.people = [e for e in view.doc.entities if e.label == "PERSON"]
        self.history: list[Referent] = []

    def resolve_all(self, candidates: list[Candidate]) -> list[Resolution]:
        """Resolutions for ``candidates`` (sorted by anchor), then titles linked to names."""
        events = _sentence_subjects(self.view, candidates)
        resolutions = []
        for candidate in candidates:
            while events and events[0][0] < candidate.anchor:
                position, subject = events.pop(0)
                self.history.append(Referent(position, self.explicit(subject)))
            resolution = self.resolve(candidate.subject)
            self.history.append(Referent(candidate.anchor, resolution))
            resolutions.append(resolution)
        return link_titles_to_names(self.view, candidates, resolutions)

    def resolve(self, subject: Subject) -> Resolution:
        if subject.kind in ANAPHORIC:
            return self.previous(subject.kind)
        return self.explicit(subject)

    def explicit(self, subject: Subject) -> Resolution:
        """A named subject: an entity, or words no entity covers."""
        for entity in (subject.entity, subject.partner):
            if entity is None:
                continue
            cluster = self.clusters.get(entity.cluster) if entity.cluster is not None else None
            if cluster is not None and cluster.name:
                bare = entity.label == "PERSON" and not cluster.title and subject.partner is None
                return Resolution(cluster.display, cluster.id, "speaker:entity-cluster", 1.0,
                                  "name" if bare else "titled-name")
        entity = subject.entity
        if entity is not None and subject.kind == "words" and entity.span.start > subject.span.start:
            # «حشمت‌الله فلاحت‌پیشه عضو کمیسیون …»: words no entity covers, then a title.
            name = _clean(self.view.text[subject.span.start:entity.span.start])
            if entity.label == "TITLE" and name and not _generic(name):
                return Resolution(name, None, "speaker:words-before-title", 0.7, "titled-name")
        if entity is not None:
            cluster = self.clusters.get(entity.cluster) if entity.cluster is not None else None
            if entity.label == "PERSON":
                return self.name(entity.text, "speaker:entity-name")
            if cluster is not None:
                return Resolution(cluster.display, cluster.id, "speaker:entity-cluster", 0.9, "title")
            return Resolution(entity.text, None, "speaker:entity-text", 0.85, "title")
        text = _clean(subject.span.slice(self.view.text)) if subject.span else ""
        keys = [fold_form(word) for word in text.split()]
        lex = lexicon()
        if keys and keys[0] in lex.heads and keys[0] not in lex.honorifics:
            return Resolution(text, None, "speaker:words-title", 0.6, "title")
        title = next((i for i, key in enumerate(keys) if i >= 2 and key in lex.heads), None)
        if title is not None:
            # «رضا محمدرضایی سرپرست فرماندهی انتظامی جیرفت»: the name, then its title.
            name = " ".join(text.split()[:title]).rstrip("،")
            return Resolution(name, None, "speaker:words-name-title", 0.6, "titled-name")
        if _generic(text) or len(keys) > _MAX_NAME_WORDS or all(key in lex.honorifics for key in keys):
            return Resolution(text, None, "speaker:words-generic", 0.5, "other")
        return self.name(text, "speaker:words")

    def name(self, text: str, rule: str) -> Resolution:
        """A person's name, expanded to the fullest form the document or thread gives."""
        fuller = self._fuller_name(text)
        if fuller is not None:
            return Resolution(fuller, None, rule + "+surname→full-name", 0.9, "name")
        return Resolution(text, None, rule, 0.8 if rule == "speaker:entity-name" else 0.6, "name")

    def previous(self, kind: str) -> Resolution:
        """The referent an anaphor or a dropped subject continues."""
        how = {"pronoun": "pronoun", "description": "description", "none": "dropped"}[kind]
        for referent in reversed(self.history):
            if referent.resolution.speaker:
                previous = referent.resolution
                return attrs.evolve(previous, rule=f"speaker:{how}→previous",
                                    confidence=previous.confidence * 0.9)
        parent = self._parent_speakers()
        if parent:
            speaker, cluster = parent[-1]
            return Resolution(speaker, None, f"speaker:{how}→thread", 0.75, "name")
        return Resolution(None, None, f"speaker:{how}-unresolved", 0.2)

    def _fuller_name(self, text: str) -> str | None:
        """A longer name ending with ``text`` (a surname) among people, speakers and the thread."""
        key = fold_form(text)
        if not key:
            return None
        names = [c.name for c in self.clusters.values() if c.name]
        names += [e.text for e in self.people]
        names += [r.resolution.speaker for r in self.history if r.resolution.role == "name"]
        best = None
        for name in names:
            if name and len(name) > len(text) and _ends_with_word(name, key):
                best = name if best is None or len(name) > len(best) else best
        if best is None:
            for speaker, _ in self._parent_speakers():
                if speaker and len(speaker) > len(text) and _ends_with_word(speaker, key):
                    best = speaker if best is None or len(speaker) > len(best) else best
        return best

    def _parent_speakers(self) -> list[tuple[str, int | None]]:
        """The speakers of the post this one replies to, loaded on first need."""
        if self._parent is None:
            quotes = self._load_parent() if self._load_parent is not None else ()
            self._parent = [(q.speaker, q.speaker_cluster) for q in quotes if q.speaker]
        return self._parent


_MAX_NAME_WORDS = 4


def _clean(text: str) -> str:
    return regex.sub("[«»]", "", text).strip(" ،\u200c")


_GENERIC_OPENERS = frozenset("یک چند برخی بعضی منابع منبع گروهی عده‌ای شماری".split())


def _generic(text: str) -> bool:
    """An indefinite description (``یک مقام ایرانی``), which is neither a name nor a title."""
    return text.split(" ", 1)[0] in _GENERIC_OPENERS


def _ends_with_word(name: str, key: str) -> bool:
    folded = [fold_form(word) for word in name.replace("\u200c", " ").split()]
    return len(folded) > 1 and folded[-1] == key


def _sentence_subjects(view: View, candidates: list[Candidate]) -> list[tuple[int, Subject]]:
    """People that open a sentence with no quote: they become the referent of a following «وی»."""
    quoted = sorted((c.content for c in candidates), key=lambda span: span.start)
    anchored = {view.sentence_index(c.anchor) for c in candidates}
    events = []
    index = 0
    for number, sentence in enumerate(view.sentences):
        if number in anchored:
            continue
        while index < len(quoted) and quoted[index].end <= sentence.start:
            index += 1
        if index < len(quoted) and quoted[index].overlaps(sentence):
            continue
        subject = find_subject(view, sentence.start, sentence.end)
        if subject.kind == "entity" and subject.rule == "subject:entity" and _is_person(subject.entity, subject.partner):
            events.append((sentence.start, subject))
    return events


def _is_person(*entities: Entity | None) -> bool:
    return any(e is not None and e.label in ("PERSON", "TITLE") for e in entities)


def _title_words(text: str) -> list[str]:
    return [fold_form(w) for w in text.replace("،", " ").split()]


def _same_title(a: str, b: str) -> bool:
    """Two spellings of one title: the same head word and one inside the other, or the same last word."""
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb or wa[0] != wb[0]:
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa) or wa[-1] == wb[-1]


def link_titles_to_names(view: View, candidates: list[Candidate],
                         resolutions: list[Resolution]) -> list[Resolution]:
    """Give a nameless title the name of its holder, from the chain of explicit speakers.

    A spelling of a title whose holder is known (``مدیرکل سیاسی، …
    استانداری`` beside ``مدیرکل سیاسی استانداری قزوین`` = صفر فضلی) takes that
    holder. Otherwise a nameless title next to a bare name in the chain of
    explicit speakers (``فرماندار البرز … تصریح کرد``, then ``غفوری …
    تصریح کرد``, no other speaker between) is that name.
    """
    explicit = [(candidates[i].subject.span.slice(view.text), r) for i, r in enumerate(resolutions)
                if candidates[i].subject.kind not in ANAPHORIC and candidates[i].subject.span and r.speaker]
    holders = [(mention, r.speaker) for mention, r in explicit if r.role == "titled-name"]
    links: dict[str, str] = {}
    for mention, resolution in explicit:
        if resolution.role == "title" and resolution.speaker not in links:
            holder = next((name for title, name in holders if _same_title(title, mention)), None)
            if holder is not None:
                links[resolution.speaker] = holder
    taken = set(links.values())
    for (_, a), (_, b) in zip(explicit, explicit[1:]):
        pair = {a.role: a, b.role: b}
        if set(pair) != {"title", "name"}:
            continue
        title, name = pair["title"].speaker, pair["name"].speaker
        if title not in links and name not in taken:
            links[title] = name
            taken.add(name)
    for mention, resolution in explicit:
        if resolution.role == "title" and resolution.speaker not in links:
            same = next((links[r.speaker] for m, r in explicit
                         if r.speaker in links and _same_title(m, mention)), None)
            if same is not None:
                links[resolution.speaker] = same
    if not links:
        return resolutions
    return [attrs.evolve(r, speaker=links[r.speaker], role="titled-name",
                         rule=r.rule + "+title→holder", confidence=r.confidence * 0.85)
            if r.role == "title" and r.speaker in links else r
            for r in resolutions]
