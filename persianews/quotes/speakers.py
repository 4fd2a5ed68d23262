"""Speaker resolution: from what stands at a quote to the referent the document names.

The speaker is the fullest name the document (or its reply thread) gives,
else the title, else the organisation (:attr:`Cluster.display`). Rules, in
the order they apply to a quote's subject:

* an entity with a cluster → the cluster's display (a title's holder when
  the officials stage linked them); a name or title in apposition helps;
* a surname → the fuller name of a person in the document, the earlier
  speakers or the parent post;
* a pronoun (وی), a definite description (این مسئول) or no subject at all →
  the previous referent it agrees with (:mod:`persianews.quotes.antecedents`):
  the last speaker, or a person who became the subject of a narrated sentence
  since, or an organisation or unnamed person («یک مقام …») the text named;
  in a reply post, the parent's last speaker;
* a title that no cluster names, next to a name that no title describes in
  the chain of speakers → the same person (:func:`link_titles_to_names`).

The fuller names a surname or a name's first part expands to are
:mod:`persianews.quotes.document_names`'s.
"""

from __future__ import annotations

import bisect
from typing import Callable, Sequence

import attrs
import regex

from persianews.entities.keys import fold
from persianews.entities.words import frequency, is_function_word, is_given_name
from persianews.quotes.antecedents import (INTRODUCED_PERSON, Anaphor, Antecedents, anaphor_of, continues, is_document_word,
                                          referent_kind)
from persianews.quotes.candidates import Candidate, Resolution, Subject
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.document_names import UNGLUED, DocumentNames
from persianews.quotes.introduced_people import INTRODUCED, introduced_people
from persianews.quotes.lead_names import name_the_lead
from persianews.quotes.narration import interviewed_people, passing_descriptions, sentence_subjects
from persianews.quotes.organisation_memory import organisation_name, remember_organisation
from persianews.quotes.speaker_descriptions import (described_name, organisation_member, organisation_of_person,
                                                    relation_to_person)
from persianews.quotes.speaker_names import (SERVICE_RELATIONS, clean, is_adverbial_opener, is_generic, is_head,
                                             is_no_speaker, names_abstract, names_group, names_no_agent, refers_back,
                                             unglued)
from persianews.quotes.subject_phrases import is_partitive, phrase
from persianews.quotes.title_links import ANAPHORIC, link_titles_to_names
from persianews.records import Cluster, Entity, Quote
from persianews.text.pronouns import SINGULAR_PERSONS, alternatives



class SpeakerResolver:
    """Resolves the subjects of a document's quotes, in text order."""

    def __init__(self, view: View, parent_quotes: Callable[[], Sequence[Quote]] | None = None) -> None:
        self.view = view
        self.clusters: dict[int, Cluster] = {c.id: c for c in view.doc.clusters}
        self.names = DocumentNames(self.clusters, [e for e in view.doc.entities if e.label == "PERSON"],
                                   view.full_names, parent_quotes)
        self.succession = {o.cluster for o in getattr(view.doc, "officials", ()) or () if o.rule == "succession"}
        self.last_speaker: Resolution | None = None
        """The latest referent with a speaker (what an anaphor continues)."""
        self._speakers_people: list[Entity] = [e for e in view.entities if e.label == "PERSON"]
        self._speakers_people_starts = [e.span.start for e in self._speakers_people]
        self.antecedents = Antecedents()
        self._organisations = [e for e in view.entities if e.label == "ORG"]
        self._given_names: dict[int, str] = {}
        """Person clusters whose given names a subject's words gave before the entity: the fuller name."""
        self._places = {e.span.start: e for e in view.doc.entities
                        if e.label == "LOC" and e.place is not None and e.place.kind in _SPEAKING_PLACES}

    def _remember(self, resolution: Resolution, spoke: bool = True, runs_on: bool = False) -> None:
        """Record a referent in text order (one that spoke, or one a narrated sentence names, ``runs_on`` when
        that sentence may be the speaker's words run on): the last speaker, and the names of people who spoke."""
        if resolution.speaker:
            self.last_speaker = resolution
            self.antecedents.remember(resolution, spoke, runs_on)
        if resolution.role in ("name", "titled-name") and resolution.speaker:
            self.names.remember(resolution.speaker)

    def resolve_all(self, candidates: list[Candidate]) -> list[Resolution]:
        """Resolutions for ``candidates`` (sorted by anchor), then titles linked to names."""
        events = sorted(sentence_subjects(self.view, candidates) + interviewed_people(self.view, candidates),
                        key=lambda event: event[0])
        resolutions = []
        next_event = next_organisation = next_description = next_person = 0
        organisations, descriptions = self._organisations, passing_descriptions(self.view, candidates)
        introduced = introduced_people(self.view, candidates)
        for candidate in candidates:
            anchor = candidate.anchor  # a property: read once
            while next_event < len(events) and events[next_event][0] < anchor:
                _position, subject, runs_on, quoted_until = events[next_event]
                next_event += 1
                if quoted_until is None or anchor < quoted_until:  # a quote's person: for words within
                    self._remember(self.explicit(subject), spoke=False, runs_on=runs_on)
            while (next_organisation < len(organisations)
                   and organisations[next_organisation].span.start < anchor):
                remember_organisation(self.view, self.clusters, self.antecedents, organisations[next_organisation])
                next_organisation += 1
            while next_description < len(descriptions) and descriptions[next_description][0] < anchor:
                self._remember_description(*descriptions[next_description])
                next_description += 1
            while next_person < len(introduced) and introduced[next_person][0] < anchor:
                self.antecedents.remember_description(*introduced[next_person][1:])  # «مردی که …»: «این مرد»
                next_person += 1
            cue = candidate.cue[0].slice(self.view.text) if candidate.cue else ""  # «افزود»: see continues
            resolution = self.resolve(candidate.subject, anchor, continues(cue))
            self._remember(resolution)
            resolutions.append(resolution)
        return name_the_lead(self.view, candidates, link_titles_to_names(self.view, candidates, resolutions),
                             self.explicit)

    def _remember_description(self, start: int, head: str, person: Entity | None) -> None:
        """A person the text describes («به نقل از یک مقام آمریکایی»): the person named in apposition
        («محمد عتیق» یکی از خبرنگاران …), else its words up to a stop word, the referent of a later «این مقام»."""
        if person is not None:
            named = self.explicit(Subject("entity", person.span, person))
            self.antecedents.remember_description(head, attrs.evolve(named, rule=named.rule + _APPOSED))
            return
        span = phrase(self.view, start, min(len(self.view.text), start + _DESCRIPTION_CHARS), _MAX_NAME_WORDS + 1)
        if span is not None:
            # «به گفته یک منبع، هلی‌کوپترها …»: a comma or a line break ends the description.
            words = _DESCRIPTION_END.split(span.slice(self.view.text), 1)[0]
            self.antecedents.remember_description(head, Resolution(
                clean(words), None, "speaker:words-generic", 0.5, "other"))

    def resolve(self, subject: Subject, anchor: int | None = None, continuing: bool = False) -> Resolution:
        """The speaker of a subject: the referent an anaphor agrees with, else the named one; ``continuing`` (its
        cue says the speaker goes on: «افزود»), whoever spoke last rather than a person narrated since."""
        kind = subject.kind
        if kind == "words" and subject.span is not None and refers_back(subject.span.slice(self.view.text)):
            kind = _BACK  # «منابع مذکور», «رسانه یادشده»: a description as «این منابع», «این رسانه» is
        if kind not in ANAPHORIC and kind != _BACK:
            found = self.explicit(subject)
            if found.rule == _ABSTRACT and not (continuing and self._nothing_between(subject, anchor)):
                # «تصمیم …»: an abstract noun heads the words; the last speaker goes on only when the cue says so
                # («… افزود») and nothing between the words and the cue may be the subject.
                return Resolution(None, None, _ABSTRACT + "-unresolved", 0.2)
            # «تحقق …», «حقوق‌های نجومی …»: words that name no agent; the quote continues the last speaker.
            return self.previous(_NO_SPEAKER_KINDS[found.rule]) if found.rule in _NO_SPEAKER_KINDS else found
        anaphor = anaphor_of("description" if kind == _BACK else kind, subject.span.slice(self.view.text)) \
            if kind != "none" and subject.span is not None else Anaphor("any")
        if anaphor.kind == "any" and not self.antecedents.has_source_for(anaphor):
            resolution = self.previous(kind, continuing)  # «این منابع» with a source before: agreeing
        else:
            resolution = self._agreeing(kind, anaphor, continuing)
        if resolution.speaker is None and anchor is not None and anaphor.kind in ("person", "any") and kind != "none":
            resolution = self._last_person(anchor, kind) or resolution
        if resolution.speaker is None and subject.kind == "description" and anaphor.head in _SHOWN \
                and self.view.is_post and subject.span is not None:
            # «این خانم … میگه …» in a post on a video: a person the post shows and never names is the description
            return Resolution(clean(subject.span.slice(self.view.text)), None, _UNNAMED, 0.4, "other")
        return resolution

    def _nothing_between(self, subject: Subject, anchor: int | None) -> bool:
        """Whether nothing that may be the speaker stands between the words of ``subject`` and the cue at
        ``anchor``: no entity, and no «که» that opens a clause of its own with a subject the rules did not find
        («ادعایی که … از سوی X پاسخ داده شد که گفت», «تصاویری که عموی رومینا معتقد است»)."""
        if subject.span is None or anchor is None:
            return False
        return not self.view.entities_in(subject.span.end, anchor) \
            and _THAT.search(self.view.text, subject.span.end, anchor) is None

    def _agreeing(self, kind: str, anaphor: Anaphor, continuing: bool = False) -> Resolution:
        """The latest referent of the kind ``anaphor`` names (rule ``→previous`` when it is the last speaker,
        ``→antecedent`` when the last speaker is of another kind), else the thread's, else unresolved."""
        how = _HOW[kind]
        found = self.antecedents.find(anaphor, continuing)
        if found is not None:
            rule = f"speaker:{how}→previous" if found is self.last_speaker else f"speaker:{how}→antecedent"
            if continuing and found is not self.antecedents.find(anaphor):
                rule += _CONTINUATION
            if kind == "description" and found.rule.endswith(_APPOSED):
                rule += _APPOSED
            if found.rule.endswith((INTRODUCED, INTRODUCED_PERSON)):
                rule += INTRODUCED_PERSON  # still a person for a later «او»: see referent_kind
            return attrs.evolve(found, rule=rule, confidence=found.confidence * 0.9)
        if anaphor.kind == "any":  # «این منبع» and no source named before: whoever spoke last
            return self.previous(kind, continuing)
        if anaphor.kind == "person" and (self.last_speaker is None or referent_kind(self.last_speaker) == "other"):
            # A reply post: the parent's last speaker. Words of no known kind («مدافع روی تور تیم ملی …»)
            # may name the person: continued rather than left for a person named in passing.
            return self.previous(kind)
        return Resolution(None, None, f"speaker:{how}-unresolved", 0.2)

    def _last_person(self, anchor: int, kind: str) -> Resolution | None:
        """«مینو عابدی … موفق شد. این ورزشکار … مدعی شد»: an anaphor with no earlier speaker is the
        last person the text named before it (within the last few sentences, a sentence that a singular
        pronoun opens not counted: «X … دیده می‌شود. او … فعالیت می‌کرد. … وی گفت» is one chain)."""
        index, counted = self.view.sentence_index(anchor), 0
        while index > 0 and counted < _LAST_PERSON_SENTENCES:
            index -= 1
            sentence = self.view.sentences[index]
            counted += not _CHAIN_PRONOUN.match(self.view.text, sentence.start, sentence.end)
        floor = self.view.sentences[index].start
        before = bisect.bisect_left(self._speakers_people_starts, anchor)
        if not before or self._speakers_people_starts[before - 1] < floor:
            return None
        entity = self._speakers_people[before - 1]
        resolution = self.explicit(Subject("entity", entity.span, entity))
        return attrs.evolve(resolution, rule=f"speaker:{kind}→last-person", confidence=resolution.confidence * 0.6)

    def explicit(self, subject: Subject) -> Resolution:
        """A named subject: an entity, or words no entity covers."""
        if (subject.kind == "words" and subject.span is not None and subject.entity is None
                and names_abstract(subject.span.slice(self.view.text))
                and fold_form(subject.span.slice(self.view.text).split()[0]) not in self.view.names):
            # «تصمیم درباره …», «ادعایی که …», «یکی از دلایلی که …»: an abstract noun heads the words, no agent
            # (unless a name the document gives: a surname); resolve continues the last speaker or leaves it unknown.
            return Resolution(None, None, _ABSTRACT, 0.2)
        if subject.kind == "words" and subject.span is not None and is_partitive(self.view.text, subject.span):
            # «یکی از مقامات ارشد دولت», «برخی از نمایندگان مجلس»: a member or part of a group, not the
            # organisation named inside it.
            return Resolution(clean(subject.span.slice(self.view.text)), None, "speaker:words-partitive", 0.6, "other")
        relation = relation_to_person(self.view.text, subject) if subject.kind == "words" else None
        if relation is not None and subject.span is not None:
            # «وکیل مدافع محمدعلی نجفی», «برادر صادق ابراهیمی»: someone tied to the person named, who is not
            # the speaker. A lawyer or an interpreter is a nameless title that link_titles_to_names may give
            # the name of the next speaker; a relative («پدر مهری») keeps the description.
            return Resolution(clean(subject.span.slice(self.view.text)), None, "speaker:words-relative-of-name",
                              0.6, "title" if relation in SERVICE_RELATIONS else "other")
        owned = organisation_of_person(self.view.text, subject) if subject.kind == "words" else None
        if owned is not None and subject.span is not None:
            # «دفتر جاستین ترودو», «دولت ترامپ»: a person's organisation speaks, not the person.
            return Resolution(clean(self.view.text[subject.span.start:owned]), None,
                              "speaker:words-organisation-of-name", 0.7, "org")
        member = organisation_member(self.view.text, subject) if subject.kind == "words" else None
        if member is not None and subject.span is not None:
            # «یک مقام ارشد دولت ترامپ»: someone of the person's organisation, neither the person nor the organisation.
            return Resolution(clean(self.view.text[subject.span.start:member]), None,
                              "speaker:words-member-of-organisation", 0.5, "other")
        described = described_name(self.view, subject, self.explicit)
        if described is not None:
            return described
        if (subject.kind == "words" and subject.entity is not None and subject.span is not None
                and subject.entity.span.start > subject.span.start):
            # «ایزومی ناکامیتسو، معاون آنتونیو گوترش، …»: a name no entity covers, a comma and a title
            # that names another person or an organisation: the speaker is the first name.
            opening = clean(self.view.text[subject.span.start:subject.entity.span.start])
            if "،" in opening:
                name_and_title = self._name_comma_title(clean(subject.span.slice(self.view.text)))
                if name_and_title is not None:
                    return name_and_title
        group = clean(subject.span.slice(self.view.text)) if subject.span is not None else ""
        opening = group.split(" ")[0]
        if subject.kind == "words" and names_group(opening) and fold_form(opening) not in self.view.person_words \
                and self.names.fuller_name(opening) is None:
            # «مسئولان استان», «منتقدان ترامپ», «کاربران آمریکایی توییتر»: a group, neither a name, one title nor
            # the person or organisation named inside it; no title→holder link gives it one person's name (a
            # word of a person's name is none: «شیران» of «محمدرضا شیران»).
            return Resolution(group, None, _GROUP, 0.6, "other")
        for entity in (subject.entity, subject.partner):
            if entity is None:
                continue
            cluster = self.clusters.get(entity.cluster) if entity.cluster is not None else None
            if cluster is not None and cluster.name:
                if entity.label == "TITLE" and subject.partner is None and cluster.id in self.succession:
                    # The linker joined this title to the name before it only by their order in the
                    # text: a weak link that link_titles_to_names checks against «نیز» and other roles.
                    return Resolution(entity.text, None, "speaker:title-after-name", 0.85, "title")
                bare = entity.label == "PERSON" and not cluster.title and subject.partner is None
                title = cluster.title or next((e.text for e in (subject.entity, subject.partner)
                                               if e is not None and e.label == "TITLE"), None)
                given = self._given_before(subject, entity, cluster) if entity is subject.entity else None
                given = given or self._given_names.get(cluster.id)
                fuller = None if given else self.names.fuller_surname(cluster)
                whole = None if given or fuller or cluster.label != "PERSON" \
                    else unglued(cluster.display or cluster.name, self.names.known_names())
                return Resolution(given or fuller or whole or cluster.display, cluster.id,
                                  "speaker:entity-cluster" + ("+surname→full-name" if fuller else "")
                                  + (UNGLUED if whole else "") + (_GIVEN_BEFORE if given else ""), 1.0,
                                  "name" if bare else "titled-name", title)
        entity = subject.entity
        if (entity is not None and subject.kind == "words" and subject.span is not None
                and entity.span.start > subject.span.start):
            # «حشمت‌الله فلاحت‌پیشه عضو کمیسیون …»: words no entity covers, then a title.
            name = clean(self.view.text[subject.span.start:entity.span.start].rstrip(" ("))  # «علی کاظمی (مدیرکل …)»
            first = fold_form(name.split()[0]) if name else ""
            if entity.label == "TITLE" and first in lexicon().heads and first not in lexicon().honorifics:
                # «معاون مسکن و ساختمان وزیر راه و شهرسازی»: one title (a deputy's), no name before the minister's.
                return Resolution(clean(subject.span.slice(self.view.text)), None, "speaker:words-title", 0.6, "title")
            if entity.label == "TITLE" and name and not is_generic(name) and len(name.split()) <= _MAX_NAME_WORDS:
                fuller = self.names.fuller_name(name)
                return Resolution(fuller or name, None, "speaker:words-before-title", 0.7, "titled-name", entity.text)
        raw = subject.span.slice(self.view.text) if subject.span else ""
        if subject.span and "»" in raw and self.view.text[max(0, subject.span.start - 2):subject.span.start].strip().endswith("«"):
            raw = "«" + raw  # the lead-in skipped the opening guillemet
        quoted = _GUILLEMET_NAME.match(raw)
        if quoted:
            # «ریاض الاشقر»، پژوهشگر …: the name stands in guillemets, its title after it.
            name = quoted.group(1).strip()
            rest = clean(raw[quoted.end():])
            resolution = self.names.name(name, "speaker:words-guillemets")
            return attrs.evolve(resolution, role="titled-name", title=rest) if rest else resolution
        lex = lexicon()
        if (entity is not None and entity.label == "ORG" and subject.kind == "words" and subject.span is not None
                and entity.span.start > subject.span.start and is_head(fold_form(raw.split()[0]))):
            # «مدیر جهاد کشاورزی آمل»: a head word, then the organisation it heads: a title.
            return Resolution(clean(raw, titled=True), None, "speaker:words-title-of-org", 0.7, "title")
        if (entity is not None and entity.label == "ORG" and subject.kind == "words" and subject.span is not None
                and entity.span.start > subject.span.start and is_generic(clean(raw))):
            # «یک منبع در دفتر ریاست جمهوری عراق», «یک عضو کمیسیون امنیت ملی»: someone of the organisation,
            # an unnamed person, not the organisation.
            return Resolution(clean(raw), None, "speaker:words-generic", 0.5, "other")
        if entity is not None:
            cluster = self.clusters.get(entity.cluster) if entity.cluster is not None else None
            if entity.label == "ORG":
                name, cid = organisation_name(self.view, self.clusters, entity)
                return Resolution(name, cid, "speaker:entity-organisation" + (
                    _OWN_COUNTRY if cluster is not None and cid is None else ""), 0.9, "org")
            if entity.label == "PERSON":
                return self.names.name(entity.text, "speaker:entity-name")
            if cluster is not None:
                return Resolution(cluster.display, cluster.id, "speaker:entity-cluster", 0.9, "title")
            return Resolution(entity.text, None, "speaker:entity-text", 0.85, "title")
        text = clean(raw)
        place = self._places.get(subject.span.start) if subject.kind == "words" and subject.span else None
        if place is not None and clean(place.text) == text:
            # «ترکیه اعلام کرد», «واشنگتن اعلام کرد»: a state speaks, by its name; no name ends with it.
            return Resolution(text, None, "speaker:words-place", 0.7, "org")
        keys = [fold_form(word) for word in text.split()]
        if text.split() and is_adverbial_opener(text.split()[0]):
            # «به‌دنبال گزارش‌های …», «توی ایستگاه مترو», «بیش», «باتوجه به …»: words a preposition or an
            # adverbial opens name no one; the speaker stays unknown.
            return Resolution(None, None, "speaker:words-adverbial-unresolved", 0.2)
        name_and_title = self._name_comma_title(text)
        if name_and_title is not None:
            return name_and_title
        if keys and (is_head(keys[0]) and keys[0] not in lex.honorifics or subject.rule == "subject:mission-seat"):
            # «نمایندگی دائم ایران در سازمان ملل»: a mission with its seat is one title, not cut at the seat's head
            person = self.names.named_by_surname(keys[0]) if len(keys) == 1 else None
            if person is not None:
                # «جواد امام … امام گفت»: a lone role word that is the surname of a person the document
                # names is that person, not a bare title.
                return Resolution(person, None, "speaker:words-surname", 0.9, "name")
            return Resolution(text, None, "speaker:words-title", 0.6, "title")
        title_at = next((i for i, key in enumerate(keys)
                         if key in lex.heads and key not in lex.honorifics
                         and (i >= 2 or i == 1 and self._names_person(text.split()[0]))), None)
        if title_at is not None and not is_generic(text):
            # «رضا محمدرضایی سرپرست فرماندهی انتظامی جیرفت»: the name, then its title; an indefinite
            # description («یک مقام دولت آمریکا», «یک استاد دانشگاه») names no one: it stays whole. One word
            # before the head is a name only when it names a person of the document («جهانپور سخنگوی وزارت …»).
            name = " ".join(text.split()[:title_at]).rstrip("،")
            fuller = self.names.fuller_name(name)
            return Resolution(fuller or name, None, "speaker:words-name-title", 0.6, "titled-name",
                              " ".join(text.split()[title_at:]))
        if is_generic(text) or len(keys) > _MAX_NAME_WORDS or all(key in lex.honorifics for key in keys):
            return Resolution(text, None, "speaker:words-generic", 0.5, "other")
        if len(keys) == 1 and is_document_word(text):
            # «بیانیه تاکید می‌کند»: a bare document word is its issuer's voice, the last speaker (else the
            # thread's), or unresolved.
            return self.previous("document")
        resolution = self.names.name(text, "speaker:words")
        if resolution.rule == "speaker:words" and subject.rule != "subject:name-before-title" \
                and is_no_speaker(text):
            # «خیلی راحت گفت», «اینکه … اعلام کرد», «گفتم …»: words opening with an adverb, a conjunction or a
            # verb name no one (unless they are the surname of a person the document names, or stand before a
            # title: «کلی میر، خبرنگار …»); the speaker stays unknown.
            return Resolution(None, None, "speaker:words-no-speaker-unresolved", 0.2)
        if resolution.rule == "speaker:words" and subject.rule != "subject:name-before-title" \
                and names_no_agent(raw):  # «حقوق‌های نجومی», «هیچ پروژه عمرانی»: no agent; resolve continues
            return Resolution(None, None, _NO_AGENT, 0.2)
        if resolution.rule == "speaker:words" and _PLURAL_WORD.search(text.split()[0]):
            # «خیلی‌ها», «آمریکایی‌ها», «واسطه‌های ملکی»: a plural names a group, not a person (a surname so
            # written has its full name in the document: «… صناعی‌ها», +surname→full-name).
            return Resolution(text, None, _GROUP, 0.6, "other")
        return resolution

    def _names_person(self, word: str) -> bool:
        """Whether ``word`` names a person of the document: a person's whole one-word name, or the surname a longer
        name of the document or of a speaker ends with; no given name, which a surname that is a role word too may
        follow («علیرضا دبیر»)."""
        if is_given_name(fold(word)):
            return False
        key = fold_form(word)
        return any(fold_form(name) == key for name in self.names.known_names()) \
            or self.names.fuller_name(word) is not None

    def _given_before(self, subject: Subject, entity: Entity, cluster: Cluster) -> str | None:
        """«پائولین» جانسون: the given names a person's entity left out, one or two words of the subject's right
        before the entity that is the whole of its cluster's name, each a given name or, before a surname alone, a
        rare word (foreign given names the lexicon lacks; :func:`_is_given_word`): the person's name is those words
        and the entity's, for this mention and the cluster's later ones."""
        if (subject.kind != "words" or subject.span is None or entity.label != "PERSON" or cluster.name is None
                or subject.span.start >= entity.span.start or fold(cluster.name) != fold(entity.text)):
            return None
        before = self.view.text[subject.span.start:entity.span.start]
        words = clean(before).split()
        rare_allowed = len(cluster.name.split()) == 1
        if not 0 < len(words) <= _MAX_GIVEN_WORDS or not before.rstrip("« \u200c").endswith(words[-1]) \
                or not all(_is_given_word(word, rare_allowed) for word in words):
            return None
        name = " ".join([*words, cluster.name])
        self._given_names[cluster.id] = name
        return name

    def _name_comma_title(self, text: str) -> Resolution | None:
        """«جان کامیتیس، رئیس باشگاه …»: a short name, a comma, its title (``None`` when not so)."""
        if "،" not in text:
            return None
        lex = lexicon()
        before, after = (part.strip() for part in text.split("،", 1))
        first = fold_form(before.split()[0]) if before.split() else ""
        head = fold_form(after.split()[0]) if after else ""
        # «…، آقای ساواژ گفت»: an honorific after the comma opens a name, not a title.
        if (0 < len(before.split()) <= _MAX_NAME_WORDS and not is_generic(before)
                and (first not in lex.heads or first in lex.honorifics)
                and head in lex.heads and head not in lex.honorifics):
            resolution = self.names.name(before, "speaker:words-name-comma-title")
            return attrs.evolve(resolution, role="titled-name", title=after)
        return None

    def previous(self, kind: str, continuing: bool = False) -> Resolution:
        """The referent an anaphor or a dropped subject continues (``continuing``: the last that spoke)."""
        how = _HOW[kind]
        previous = self.last_speaker
        spoken = (self.antecedents.continued() if continuing else None) or previous
        if spoken is not None:
            rule = f"speaker:{how}→previous" + (_CONTINUATION if spoken is not previous else "")
            return attrs.evolve(spoken, rule=rule, confidence=spoken.confidence * 0.9)
        parent = self.names.parent_speakers()
        if parent:
            speaker, cluster = parent[-1]
            return Resolution(speaker, None, f"speaker:{how}→thread", 0.75, "name")
        return Resolution(None, None, f"speaker:{how}-unresolved", 0.2)

_DESCRIPTION_CHARS = 120
_SPEAKING_PLACES = frozenset({"country", "world_city", "region"})
"""The kinds of place that speak as a subject (a state, a capital for its state: «واشنگتن»); not an Iranian city
or county, whose names are surnames too («ساری», «زاوه»)."""
_PLURAL_WORD = regex.compile(r"\u200cها(?:ی)?$")
"""A word written with the plural ending after a zero-width non-joiner («خیلی‌ها», «دیپلمات‌های»)."""
_DESCRIPTION_END = regex.compile(r"[،,\n]")
_BACK = "back-reference"
_HOW = {"pronoun": "pronoun", "description": "description", "none": "dropped", "document": "words-no-speaker",
        "no-agent": "words-no-agent", "abstract": "words-abstract", _BACK: _BACK}
"""The name of each anaphoric subject kind in the rule codes (``document``: a bare document word, «بیانیه»;
``no-agent``: words that name no agent, see :func:`~persianews.quotes.speaker_names.names_no_agent`; ``abstract``:
words an abstract noun heads, :func:`~persianews.quotes.speaker_names.names_abstract`;
``back-reference``: words ending with a word that refers back, :func:`~persianews.quotes.speaker_names.refers_back`)."""
_NO_AGENT = "speaker:words-no-agent"
_ABSTRACT = "speaker:words-abstract"
_THAT = regex.compile(r"(?<![\p{L}\u200c])که(?![\p{L}\u200c])")
_NO_SPEAKER_KINDS = {_NO_AGENT: "no-agent", _ABSTRACT: "abstract"}
"""The rules of words that name no agent, and the anaphoric kind :meth:`SpeakerResolver.previous` names them by."""
_GROUP = "speaker:words-group"
_UNNAMED = "speaker:description-unnamed"
_SHOWN = frozenset(fold_form(word) for word in "خانم آقا آقای بانو مرد زن دختر پسر جوان شخص".split())
"""Heads of a description of a person by sight (این خانم، این مرد): in a post, a person it shows and never names."""
_OWN_COUNTRY = "+own-country"
"""An organisation that speaks by its own words, which name a country its cluster's display does not."""
_CONTINUATION = "+continuation→speaker"
_APPOSED = "+description→apposed-name"
"""A description («این خبرنگار») whose antecedent is a person named before one of its kind («X» یکی از خبرنگاران)."""
_MAX_NAME_WORDS = 4
_GIVEN_BEFORE = "+given-name-before"
"""The rule suffix of a person named with the given names a subject's words give before its entity."""
_MAX_GIVEN_WORDS = 2


def _is_given_word(word: str, rare_allowed: bool) -> bool:
    """A word that may open a person's name before the entity the lexicons found: a given name, or, when
    ``rare_allowed`` (the entity is a surname alone), a word the dictionary's corpus hardly holds (foreign given
    names and name parts: «سعود», «پائولین», «میر») that is no function word; never a title head or honorific
    («سردار», «خانم», «شیخ»: the speaker is named without them), nor a word with a sign glued to it. A full name
    takes no rare word before it: that is a time or a noun («دوشنبه‌شب», «سخنان» محمود واعظی)."""
    key, form, lex = fold(word), fold_form(word), lexicon()
    if form in lex.heads or form in lex.honorifics or not _NAME_WORD.fullmatch(word):
        return False
    return is_given_name(key) or rare_allowed and frequency(key) < _RARE_GIVEN_WORD and not is_function_word(key)


_NAME_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
"""A word of letters alone (no bracket or sign of a crawl's heading glued to it)."""


_RARE_GIVEN_WORD = 1_000
"""How rare a word the dictionary reads must be to open a name (سعود: 27; a title word as خاخام: 37,032)."""
_LAST_PERSON_SENTENCES = 3
_CHAIN_PRONOUN = regex.compile(r"[\s«»]*" + alternatives(SINGULAR_PERSONS) + r"(?![\p{L}\u200c])")
"""A singular pronoun opening a sentence: the person of the sentences before goes on (rule ``→last-person``)."""
_GUILLEMET_NAME = regex.compile(r"[«\"]([^«»\"\n]{2,60})[»\"]")
