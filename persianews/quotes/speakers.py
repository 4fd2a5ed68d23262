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

import bisect
from typing import Callable, Iterable, Sequence

import attrs
import regex

from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.subjects import find_subject, is_partitive
from persianews.records import Cluster, Entity, Quote
from persianews.text.reach import REACH

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
    title: str | None = None
    """The title the text gives the speaker here or elsewhere (for ``titled-name``)."""


class SpeakerResolver:
    """Resolves the subjects of a document's quotes, in text order."""

    def __init__(self, view: View, parent_quotes: Callable[[], Sequence[Quote]] | None = None) -> None:
        self.view = view
        self.clusters: dict[int, Cluster] = {c.id: c for c in view.doc.clusters}
        self._load_parent = parent_quotes
        self._parent: list[tuple[str, int | None]] | None = None
        self.people = [e for e in view.doc.entities if e.label == "PERSON"]
        self.succession = {o.cluster for o in getattr(view.doc, "officials", ()) or () if o.rule == "succession"}
        self.last_speaker: Resolution | None = None
        """The latest referent with a speaker (what an anaphor continues)."""
        self._document_names: dict[str, str] | None = None
        self._spoken_names: dict[str, str] = {}
        self._speakers_people: list[Entity] = [e for e in view.entities if e.label == "PERSON"]
        self._speakers_people_starts = [e.span.start for e in self._speakers_people]

    def _remember(self, resolution: Resolution) -> None:
        """Record a referent in text order: the last speaker, and the names of people who spoke."""
        if resolution.speaker:
            self.last_speaker = resolution
        if resolution.role in ("name", "titled-name") and resolution.speaker:
            _index_name(self._spoken_names, resolution.speaker)

    def resolve_all(self, candidates: list[Candidate]) -> list[Resolution]:
        """Resolutions for ``candidates`` (sorted by anchor), then titles linked to names."""
        events = _sentence_subjects(self.view, candidates)
        resolutions = []
        next_event = 0
        for candidate in candidates:
            while next_event < len(events) and events[next_event][0] < candidate.anchor:
                _position, subject = events[next_event]
                next_event += 1
                self._remember(self.explicit(subject))
            resolution = self.resolve(candidate.subject, candidate.anchor)
            self._remember(resolution)
            resolutions.append(resolution)
        return link_titles_to_names(self.view, candidates, resolutions)

    def resolve(self, subject: Subject, anchor: int | None = None) -> Resolution:
        """The speaker of a subject: the previous referent for anaphors, else the named one."""
        if subject.kind in ANAPHORIC:
            resolution = self.previous(subject.kind)
            if resolution.speaker is None and anchor is not None and subject.kind != "none":
                return self._last_person(anchor, subject.kind) or resolution
            return resolution
        return self.explicit(subject)

    def _last_person(self, anchor: int, kind: str) -> Resolution | None:
        """«مینو عابدی … موفق شد. این ورزشکار … مدعی شد»: an anaphor with no earlier speaker is the
        last person the text named before it (within the last few sentences)."""
        floor = self.view.sentences[max(0, self.view.sentence_index(anchor) - 3)].start
        before = bisect.bisect_left(self._speakers_people_starts, anchor)
        if not before or self._speakers_people_starts[before - 1] < floor:
            return None
        entity = self._speakers_people[before - 1]
        resolution = self.explicit(Subject("entity", entity.span, entity))
        return attrs.evolve(resolution, rule=f"speaker:{kind}→last-person", confidence=resolution.confidence * 0.6)

    def explicit(self, subject: Subject) -> Resolution:
        """A named subject: an entity, or words no entity covers."""
        if subject.kind == "words" and subject.span is not None and is_partitive(self.view.text, subject.span):
            # «یکی از مقامات ارشد دولت», «برخی از نمایندگان مجلس»: a member or part of a group, not the
            # organisation named inside it.
            return Resolution(_clean(subject.span.slice(self.view.text)), None, "speaker:words-partitive", 0.6, "other")
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
                return Resolution(cluster.display, cluster.id, "speaker:entity-cluster", 1.0,
                                  "name" if bare else "titled-name", title)
        entity = subject.entity
        if (entity is not None and subject.kind == "words" and subject.span is not None
                and entity.span.start > subject.span.start):
            # «حشمت‌الله فلاحت‌پیشه عضو کمیسیون …»: words no entity covers, then a title.
            name = _clean(self.view.text[subject.span.start:entity.span.start])
            if entity.label == "TITLE" and name and not _generic(name) and len(name.split()) <= _MAX_NAME_WORDS:
                fuller = self._fuller_name(name)
                return Resolution(fuller or name, None, "speaker:words-before-title", 0.7, "titled-name", entity.text)
        raw = subject.span.slice(self.view.text) if subject.span else ""
        if subject.span and "»" in raw and self.view.text[max(0, subject.span.start - 2):subject.span.start].strip().endswith("«"):
            raw = "«" + raw  # the lead-in skipped the opening guillemet
        quoted = _GUILLEMET_NAME.match(raw)
        if quoted:
            # «ریاض الاشقر»، پژوهشگر …: the name stands in guillemets, its title after it.
            name = quoted.group(1).strip()
            rest = _clean(raw[quoted.end():])
            resolution = self.name(name, "speaker:words-guillemets")
            return attrs.evolve(resolution, role="titled-name", title=rest) if rest else resolution
        if (entity is not None and entity.label == "ORG" and subject.kind == "words" and subject.span is not None
                and entity.span.start > subject.span.start and _is_head(fold_form(raw.split()[0]))):
            # «مدیر جهاد کشاورزی آمل»: a head word, then the organisation it heads: a title.
            return Resolution(_clean(raw), None, "speaker:words-title-of-org", 0.7, "title")
        if entity is not None:
            cluster = self.clusters.get(entity.cluster) if entity.cluster is not None else None
            if entity.label == "ORG":
                return Resolution(cluster.display if cluster else entity.text, cluster.id if cluster else None,
                                  "speaker:entity-organisation", 0.9, "org")
            if entity.label == "PERSON":
                return self.name(entity.text, "speaker:entity-name")
            if cluster is not None:
                return Resolution(cluster.display, cluster.id, "speaker:entity-cluster", 0.9, "title")
            return Resolution(entity.text, None, "speaker:entity-text", 0.85, "title")
        text = _clean(raw)
        keys = [fold_form(word) for word in text.split()]
        lex = lexicon()
        if "،" in text:
            # «جان کامیتیس، رئیس باشگاه …»: a short name, a comma, its title.
            before, after = (part.strip() for part in text.split("،", 1))
            first = fold_form(before.split()[0]) if before.split() else ""
            if (0 < len(before.split()) <= _MAX_NAME_WORDS and after and not _generic(before)
                    and (first not in lex.heads or first in lex.honorifics)
                    and fold_form(after.split()[0]) in lex.heads):
                resolution = self.name(before, "speaker:words-name-comma-title")
                return attrs.evolve(resolution, role="titled-name", title=after)
        if keys and _is_head(keys[0]) and keys[0] not in lex.honorifics:
            return Resolution(text, None, "speaker:words-title", 0.6, "title")
        if keys and _plural_head(keys[0], lex.heads):
            # «مسئولان استان اعلام کردند»: a group, neither a name nor one title.
            return Resolution(text, None, "speaker:words-group", 0.6, "other")
        title_at = next((i for i, key in enumerate(keys) if i >= 2 and key in lex.heads), None)
        if title_at is not None:
            # «رضا محمدرضایی سرپرست فرماندهی انتظامی جیرفت»: the name, then its title.
            name = " ".join(text.split()[:title_at]).rstrip("،")
            fuller = self._fuller_name(name)
            return Resolution(fuller or name, None, "speaker:words-name-title", 0.6, "titled-name",
                              " ".join(text.split()[title_at:]))
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
        previous = self.last_speaker
        if previous is not None:
            return attrs.evolve(previous, rule=f"speaker:{how}→previous", confidence=previous.confidence * 0.9)
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
        if self._document_names is None:
            self._document_names = {}
            for written in [c.name for c in self.clusters.values() if c.name] + [e.text for e in self.people] \
                    + self.view.full_names:
                _index_name(self._document_names, written or "")
        best = None
        for name in (self._document_names.get(key), self._spoken_names.get(key)):
            if name and len(name) > len(text) and (best is None or len(name) > len(best)):
                best = name
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
_GUILLEMET_NAME = regex.compile(r"[«\"]([^«»\"\n]{2,60})[»\"]")
_GUILLEMETS = regex.compile("[«»]")


def _clean(text: str) -> str:
    """Words without guillemets, and without the honorifics that open them (دکتر، آیت‌الله; not سید)."""
    words = _GUILLEMETS.sub("", text).strip(" ،\u200c").split(" ")
    honorifics = lexicon().honorifics
    while len(words) > 2 and fold_form(words[0]) in honorifics and fold_form(words[0]) not in _NAME_PARTS:
        words = words[1:]
    return " ".join(words)


_NAME_PARTS = frozenset(fold_form(w) for w in ("سید", "سیده", "میر", "شیخ"))


def _is_head(key: str) -> bool:
    """A speaker head (``مدیر``, ``سخنگوی``), also glued to the next word (``مدیرجهاد``)."""
    if key in lexicon().heads:
        return True
    return any(key.startswith(head) and len(key) - len(head) >= 3 for head in _GLUED_HEADS)


_GLUED_HEADS = tuple(fold_form(w) for w in "مدیرکل مدیرعامل مدیر رئیس رییس معاون دبیر سرپرست مسئول فرمانده".split())


def _plural_head(key: str, heads) -> bool:
    """«مسئولان», «مقامات», «نمایندگان»: the plural of a speaker head or a word for officials."""
    if key in _GROUP_WORDS:
        return True
    for suffix in ("ان", "ها", "های", "یان", "گان"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[:-len(suffix)]
            if stem in heads or stem + "ه" in heads:
                return True
    return False


_GROUP_WORDS = frozenset(fold_form(w) for w in "مقامات مسئولین مسئولان کارشناسان محققان پژوهشگران منابع".split())

_GENERIC_OPENERS = frozenset("یک یکی چند برخی بعضی منابع منبع گروهی عده‌ای شماری".split())


def _generic(text: str) -> bool:
    """An indefinite description (``یک مقام ایرانی``), which is neither a name nor a title."""
    return text.split(" ", 1)[0] in _GENERIC_OPENERS


def _index_name(index: dict[str, str], name: str) -> None:
    """Index ``name`` under the keys it ends with (see :func:`_ends_with_word`), keeping the first longest
    name for each key."""
    folded = [fold_form(word) for word in name.split()]
    for count in range(1, len(folded)):
        tail = "".join(folded[-count:])
        known = index.get(tail)
        if known is None or len(name) > len(known):
            index[tail] = name


def _ends_with_word(name: str, key: str) -> bool:
    """Whether ``name`` ends with the words of ``key`` (a surname, perhaps of two words or with a ZWNJ)
    and has more words before them: «فلاحت‌پیشه», «عرب مقصودی» and «مؤذن زاده» end fuller names."""
    folded = [fold_form(word) for word in name.split()]
    for count in range(1, len(folded)):
        tail = "".join(folded[-count:])
        if tail == key:
            return True
        if len(tail) >= len(key):
            break
    return False


_PERSON_LABELS = frozenset({"PERSON", "TITLE"})


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
        if not any(e.label in _PERSON_LABELS for e in view.entities_in(sentence.start, sentence.end)):
            continue  # the subject entity and its partner lie in the sentence: no person there, no event
        subject = find_subject(view, sentence.start, sentence.end)
        if subject.kind == "entity" and subject.rule == "subject:entity" and _is_person(subject.entity, subject.partner):
            events.append((sentence.start, subject))
    return events


def _is_person(*entities: Entity | None) -> bool:
    return any(e is not None and e.label in _PERSON_LABELS for e in entities)


# Words that do not tell one role from another: the organisation's kind, the country, a hedge.
_ROLE_FILLERS = frozenset(fold_form(w) for w in """
و کل اداره اداره‌کل سازمان شرکت استان استانی شهرستان کشور کشورمان ملی ایران جمهوری اسلامی امور
مردم محترم وقت فعلی سابق اسبق پیشین جدید در
""".split())


_TITLE_MARKS = regex.compile(r"[()«»\"]")


def _title_words(text: str) -> list[str]:
    return [fold_form(w) for w in _TITLE_MARKS.sub(" ", text).replace("،", " ").split()]


def same_role(a: str, b: str) -> bool:
    """Whether two title phrases name one role: the same head word (the first) and the
    distinguishing words of one (portfolio, organisation, place) among those of the other, or
    most of them shared. ``داور بین‌المللی بسکتبال`` = ``داور بسکتبال کشورمان``;
    ``رئیس سازمان آموزش و پرورش`` ≠ ``رئیس سازمان جهاد کشاورزی``; a bare head matches its full title."""
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb or wa[0] != wb[0]:
        return False
    ca = {w for w in wa[1:] if w not in _ROLE_FILLERS}
    cb = {w for w in wb[1:] if w not in _ROLE_FILLERS}
    if ca <= cb or cb <= ca:
        return True
    return len(ca & cb) / min(len(ca), len(cb)) >= 0.6


_same_title = same_role
_OPENING_CUES = frozenset(fold_form(c) for c in ("گفت", "اظهار کرد", "اظهار داشت", "عنوان کرد"))
"""Verbs that open a speaker's words; «افزود», «ادامه داد», «تصریح کرد» go on with them."""
_ALSO = regex.compile(r"(?<![\p{L}\u200c])(?:نیز|هم)(?![\p{L}\u200c])")


def _also_between(text: str, subject_end: int, anchor: int) -> bool:
    """Whether «نیز» or «هم» stands between a subject and its cue (read within ``REACH`` of the subject)."""
    return _ALSO.search(text, subject_end, min(max(anchor, subject_end), subject_end + REACH)) is not None


def _known_holders(view: View, explicit) -> list[tuple[str, str]]:
    """(title, holder) pairs the document states: clusters, officials and speakers named with a title."""
    officials = getattr(view.doc, "officials", ()) or ()
    weak = {o.cluster for o in officials if o.rule == "succession"}
    holders = [(c.title, c.name) for c in view.doc.clusters if c.name and c.title and c.id not in weak]
    for official in officials:
        if official.rule != "succession":
            holders.append((official.title.text, official.name))
    holders += [(r.title, r.speaker) for _, r in explicit if r.role == "titled-name" and r.title]
    holders += [(mention, r.speaker) for mention, r in explicit if r.role == "titled-name"]
    return holders


def _by_head(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Distinct ``(title, other)`` pairs grouped by the title's head word (what :func:`same_role`
    compares first), in their first order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for pair in dict.fromkeys(pairs):
        words = _title_words(pair[0])
        groups.setdefault(words[0] if words else "", []).append(pair)
    return groups


def _with_head(groups: dict[str, list[tuple[str, str]]], *titles: str) -> list[tuple[str, str]]:
    """The pairs whose title has the head word of one of ``titles``: the only ones :func:`same_role` may match."""
    heads = dict.fromkeys(words[0] for words in map(_title_words, titles) if words)
    return [pair for head in heads for pair in groups.get(head, ())]


def link_titles_to_names(view: View, candidates: list[Candidate],
                         resolutions: list[Resolution]) -> list[Resolution]:
    """Give a nameless title the name of its holder.

    A title whose role matches a title the document gives a named person
    (``مدیرکل سیاسی، … استانداری`` beside ``مدیرکل سیاسی استانداری قزوین`` =
    صفر فضلی; ``داور بین‌المللی بسکتبال`` in the lead, ``امیرحسین صفرزاده داور
    بسکتبال`` in the body) takes that holder. Otherwise a nameless title next
    to a bare name in the chain of explicit speakers (``فرماندار البرز … تصریح
    کرد``, then ``غفوری … تصریح کرد``, no other speaker between) is that name,
    unless the text gives that person another role: a new role is a new speaker.
    """
    subjects = [(i, span) for i, r in enumerate(resolutions)
                if candidates[i].subject.kind not in ANAPHORIC and (span := candidates[i].subject.span) and r.speaker]
    indexes = [i for i, _ in subjects]
    explicit = [(span.slice(view.text), resolutions[i]) for i, span in subjects]
    also = [_also_between(view.text, span.end, candidates[i].anchor) for i, span in subjects]
    opening = [bool(candidates[i].cue) and fold_form(candidates[i].cue[0].slice(view.text)) in _OPENING_CUES
               for i in indexes]
    holders = _known_holders(view, explicit)
    holders_by_head = _by_head(holders)
    links: dict[str, str] = {}
    for mention, resolution in explicit:
        speaker = resolution.speaker or ""  # every explicit resolution has a speaker
        indefinite = resolution.role == "other" and speaker.startswith("یک ")
        if (resolution.role == "title" or indefinite) and speaker not in links:
            # «یک پژوهشگر فلسطینی» in the lead is the body's «ریاض الاشقر، پژوهشگر … فلسطینی».
            role = speaker[3:] if indefinite else speaker
            names = {name for title, name in _with_head(holders_by_head, mention, role)
                     if same_role(title, mention) or same_role(title, role)}
            if len(names) == 1:
                links[speaker] = names.pop()
    titled = {fold_form(name): title for title, name in holders}
    for index, ((_, a), (_, b)) in enumerate(zip(explicit, explicit[1:])):
        pair = {a.role: a, b.role: b}
        if set(pair) != {"title", "name"}:
            continue
        title, name = pair["title"].speaker or "", pair["name"].speaker or ""
        # «رئیس سازمان … نیز گفت» after X's quotes: «نیز» marks another speaker, with another role.
        new_speaker = (also[index + 1] or opening[index + 1]) and b.role == "title"
        other_role = titled.get(fold_form(name))
        if new_speaker and other_role is not None and not same_role(other_role, title):
            continue
        if title not in links:
            links[title] = name
    mentions_by_head = _by_head((m, r.speaker or "") for m, r in explicit)
    tried: set[tuple[str, int]] = set()  # (mention, number of links): the same question, the same answer
    for mention, resolution in explicit:
        speaker = resolution.speaker or ""
        if resolution.role == "title" and speaker not in links and (mention, len(links)) not in tried:
            tried.add((mention, len(links)))
            same = {links[other] for m, other in _with_head(mentions_by_head, mention)
                    if other in links and same_role(m, mention)}
            if len(same) == 1:
                links[speaker] = same.pop()

    if not links:
        return resolutions
    return [attrs.evolve(r, speaker=links[r.speaker], role="titled-name",
                         rule=r.rule + "+title→holder", confidence=r.confidence * 0.85)
            if r.role in ("title", "other") and r.speaker in links else r
            for r in resolutions]
