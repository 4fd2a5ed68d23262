"""People the narration names outside quotes: the antecedents a later «وی» or «این مقام» may refer to."""

from __future__ import annotations

import bisect

import regex

from persianews.quotes.antecedents import anaphor_of, described_head
from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import GUILLEMETS, View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.subjects import opening_subject
from persianews.records import Entity, trusted_span
from persianews.text.pronouns import FIRST_PERSON, PERSONS, alternatives
from persianews.text.reach import finditer_at_literals


_COUNTED_PERSON = regex.compile(r"(?<![\p{L}\u200c])(?:یک(?:ی از)?|دو|سه|چند)\s+(\p{L}+)")
"""«یک مقام …», «یکی از منابع …», «دو مقام …»: an unnamed person (or source) described in passing."""
_COUNTED_STARTS = ("یک", "دو", "سه", "چند")
"""What every match of ``_COUNTED_PERSON`` starts with: it is tried only there (:func:`finditer_at_literals`)."""
_SOURCE_PERSON = regex.compile(r"(?:نقل از|از قول|به گفته)\s+(\p{L}+)")
"""A source with no count, described after «به نقل از», «از قول» or «به گفته» («به نقل از منابع دیپلماتیک»).
Two scans with a literal start each: one pattern with a look-behind for the second tried it at every word."""
_SOURCE_STARTS = ("نقل از", "از قول", "به گفته")
"""What every match of ``_SOURCE_PERSON`` starts with."""
_PERSON_LABELS = frozenset({"PERSON", "TITLE"})


_FIRST_PERSON = regex.compile(r"(?<![\p{L}\u200c])" + alternatives(FIRST_PERSON) + r"(?![\p{L}\u200c])")
"""A first-person pronoun: a sentence that holds one is someone's words (news narrate in the third person)."""
_APPOSED_REACH = 60
_SET_OFF = regex.compile(r"[»\"،]")
_QUOTE_REACH = 1500
"""How far back the guillemet of a quote over lines may open (a stray «, never closed, reaches no further)."""
_GAP = 8
_ADDED = regex.compile(r"[\s،]*(?:نیز|هم)(?![\p{L}\u200c])")
"""«نیز» or «هم» after a subject: one more participant («حمید نادری نیز در جلسه حاضر شد»), not the speaker's topic."""
_CLOSING = regex.compile(r"[\s\u200c]*(?:»[\s\u200c]*)*")
"""What may open a sentence before its words: white space, and the closing guillemets of the quote before."""
_OPENING_WORD = regex.compile(r"[\s\u200c]*(\p{L}+)[\s\u200c]+")
"""A sentence's first word."""
_ASKED = regex.compile(r"(?<![\p{L}\u200c])(با|از)[\s\u200c]+(?:(\p{L}[\p{L}\u200c]*)[\s\u200c]+)?$")
"""«با» or «از» just before a person, an honorific between or not («با دکتر X», «با حجت‌الاسلام X»)."""
_INTERVIEWED = {
    "با": regex.compile(r"(?<![\p{L}\u200c])(?:به[\s\u200c]+)?(?:گفت[\s\u200c]?و[\s\u200c]?گو|گفتگو|مصاحبه|صحبت)"
                       r"(?:ی)?[\s\u200c]+(?:می[\s\u200c]?)?(?:نشست|پرداخت|کرد|کرده)"),
    "از": regex.compile(r"(?<![\p{L}\u200c])(?:پرسید|سؤال کرد|سوال کرد)")}
"""The verb of an interview after its partner: «با X به گفت‌وگو نشسته است», «از X … پرسیدیم»."""
_INTERVIEW_REACH = 200
_ASKED_REACH = 40
_THIRD_PERSON = regex.compile(r"(?<![\p{L}\u200c])" + alternatives(PERSONS) + r"(?![\p{L}\u200c])")


def passing_descriptions(view: View, candidates: list[Candidate]) -> list[tuple[int, str, Entity | None]]:
    """Where the text describes a person in passing («به نقل از یک مقام آمریکایی», «یکی از خبرنگاران …»), with
    the description's head (a plural's stem) and the person it stands in apposition to («محمد عتیق» یکی از
    خبرنگاران …), if any; not inside a quote's words («… حقش «به‌عنوان یک ورزشکار» پایمال شود»). One pass
    over the text and the quotes sorted by start; none at or after the last candidate's anchor
    (:func:`_last_anchor`)."""
    contents = sorted((c.content for c in candidates), key=lambda span: span.start)
    found, index, reach = [], 0, -1
    last = _last_anchor(candidates)
    for start, word, counted in _described_words(view.text):
        if start >= last:
            break
        while index < len(contents) and contents[index].start <= start:
            reach = max(reach, contents[index].end)
            index += 1
        head = described_head(word)
        if not counted and anaphor_of("description", word).kind != "any":
            continue  # «به نقل از وزیر …»: with no count, a source word only
        if head is not None and start >= reach:
            found.append((start, head, _apposed_person(view, start)))
    return found


def _described_words(text: str) -> list[tuple[int, str, bool]]:
    """Where a description in passing starts, its word, and whether a count opens it, by start: a counted one
    (from its count) wins over a source word at the same place («به نقل از یک مقام»: «یک مقام», not «یک»); the
    source phrases are scanned overlapped («به نقل از قول منابع»: «قول» and «منابع»)."""
    counted = [(match.start(), match.group(1), True)
               for match in finditer_at_literals(_COUNTED_PERSON, _COUNTED_STARTS, text)]
    starts = {start for start, _, _ in counted}
    sources = {match.start(1): (match.start(1), match.group(1), False)
               for match in finditer_at_literals(_SOURCE_PERSON, _SOURCE_STARTS, text, overlapped=True)
               if match.start(1) not in starts}
    return sorted(counted + list(sources.values()))


def _apposed_person(view: View, start: int) -> Entity | None:
    """The person named just before ``start`` and set off from it: a closing guillemet or quotation mark or a
    comma between, and only spaces besides («X» یکی از …, X، یک مقام …; not «خانه X یک مقام …»: X's house)."""
    for entity in view.entities_in(max(0, start - _APPOSED_REACH), start):
        between = view.text[entity.span.end:start]
        if entity.label == "PERSON" and not between.strip(" \u200c«»\"،") and _SET_OFF.search(between):
            return entity
    return None


def sentence_subjects(view: View, candidates: list[Candidate]) -> list[tuple[int, Subject, bool, int | None]]:
    """People that open a sentence with no quote: they become the referent of a following «وی». Each with
    whether it may be the speaker's own words run on (:func:`_runs_on`), which a continuation cue («وی
    افزود») passes over, and where the guillemets close that hold the sentence when they opened on an earlier line
    (:func:`_quoted_until`; else None): someone's words that no candidate holds («… روایت کرده که «… ⏎ آقای X علاقه
    داشتند … یا خیر!» البته او معتقد است …»), whose person is a referent only within them. The sentences from
    the last candidate's anchor on are not read (:func:`_last_anchor`)."""
    last = _last_anchor(candidates)
    quoted = sorted((c.content for c in candidates), key=lambda span: span.start)
    anchored = {view.sentence_index(c.anchor) for c in candidates}
    open_ends = {c.content.end for c in candidates if c.kind == "direct" and not _closed(view.text, c.content.end)}
    events = []
    index = 0
    marks = [match.start() for match in GUILLEMETS.finditer(view.text)]
    for number, sentence in enumerate(view.sentences):
        if sentence.start >= last:
            break
        if number in anchored:
            continue
        closing = _CLOSING.match(view.text, sentence.start, sentence.end)  # «»«X» …»: the last quote's »
        opening = closing.end() if closing else sentence.start
        while index < len(quoted) and quoted[index].end <= opening:
            index += 1
        if index < len(quoted) and quoted[index].overlaps(trusted_span(opening, sentence.end)):
            continue
        if not any(e.label in _PERSON_LABELS for e in view.entities_in(sentence.start, sentence.end)):
            continue  # the subject entity and its partner lie in the sentence: no person there, no event
        if _FIRST_PERSON.search(view.text, sentence.start, sentence.end):
            continue  # «آقای خاتمی از من خواست …»: a speaker's words the quote did not reach, not the narrator's
        subject = opening_subject(view, opening, sentence.end) or _after_honorific(view, opening, sentence.end)
        if subject is not None and subject.kind == "entity" and _is_person(subject.entity, subject.partner):
            events.append((sentence.start, subject, _runs_on(view, sentence.start, subject, open_ends),
                           _quoted_until(view.text, marks, opening)))
    return events


def interviewed_people(view: View, candidates: list[Candidate]) -> list[tuple[int, Subject, bool, int | None]]:
    """People the narration interviews («رویداد24 با X به گفت‌وگو نشسته است», «از X … پرسیدیم که …»): the
    referent of a «وی» after them, as :func:`sentence_subjects`'s events are. The partner is the one person named
    from its sentence's start to the verb (its title aside), and no pronoun of the third person stands before it
    (not «وی با X گفت‌وگو کرد»: he spoke with X); none inside a quote's words or from the last candidate's anchor
    on."""
    last = _last_anchor(candidates)
    contents = sorted((c.content for c in candidates), key=lambda span: span.start)
    events: list[tuple[int, Subject, bool, int | None]] = []
    index, reach = 0, -1
    for entity in view.entities:
        start = entity.span.start
        if start >= last:
            break
        while index < len(contents) and contents[index].start <= start:
            reach = max(reach, contents[index].end)
            index += 1
        if entity.label != "PERSON" or start < reach:
            continue
        sentence = view.sentence_at(start)
        asked = _ASKED.search(view.text, max(sentence.start, start - _ASKED_REACH), start)
        if asked is None or (asked.group(2) and fold_form(asked.group(2)) not in lexicon().honorifics):
            continue
        verb = _INTERVIEWED[asked.group(1)].search(view.text, entity.span.end,
                                                   min(sentence.end, entity.span.end + _INTERVIEW_REACH))
        if verb is None or _THIRD_PERSON.search(view.text, sentence.start, asked.start()) \
                or _is_person(*view.entities_in(sentence.start, asked.start())) \
                or any(e.label == "PERSON" for e in view.entities_in(entity.span.end, verb.start())):
            continue  # «وی با X …», «علی با X …»; «با X و Y … به گفت‌وگو نشستیم»: two partners, neither the «او»
        events.append((start, Subject("entity", entity.span, entity), False, None))
    return events


def _last_anchor(candidates: list[Candidate]) -> int:
    """The last candidate's anchor (-1 when there is none): the resolver reads the narration's referents only up to
    each candidate's anchor, so one that starts there or later is no one's antecedent."""
    return max((candidate.anchor for candidate in candidates), default=-1)


def _quoted_until(text: str, marks: list[int], position: int) -> int | None:
    """Where the guillemets close that hold ``position`` when they open before it on an earlier line, not far back
    (``marks``: where each guillemet stands, in order); else None."""
    index = bisect.bisect_left(marks, position)
    if not index or index == len(marks) or text[marks[index - 1]] != "«" or text[marks[index]] != "»":
        return None
    if position - marks[index - 1] > _QUOTE_REACH or text.find("\n", marks[index - 1], position) == -1:
        return None
    return marks[index]


def _closed(text: str, end: int) -> bool:
    """Whether the words of a quote ending at ``end`` close with a guillemet or a quotation mark (white space
    before ``end`` passed over, no copy of the text)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] in "»\"”"


def _runs_on(view: View, start: int, subject: Subject, open_ends: set[int]) -> bool:
    """Whether a narrated sentence at ``start`` may be a speaker's words run on: it follows, with only white
    space between, a direct quote whose words no guillemet closed («نجفی تصریح کرد: ترکیه … .⏎اردوغان …
    درگیر شده است.⏎وی ادامه داد: …»), and its subject is no added participant («حمید نادری نیز …»)."""
    before = view.text[max(0, start - _GAP):start]
    if not any(start - len(before) + len(before.rstrip()) == end for end in open_ends):
        return False
    last = max((e.span.end for e in (subject.entity, subject.partner) if e is not None), default=start)
    return not _ADDED.match(view.text, last)


def _after_honorific(view: View, start: int, end: int) -> Subject | None:
    """«خانم «X» کارمند … است»: the person named after an honorific that opens the sentence, when no entity
    covers the honorific (:func:`opening_subject` after it)."""
    found = _OPENING_WORD.match(view.text, start, end)
    if found is None or fold_form(found.group(1)) not in lexicon().honorifics:
        return None
    return opening_subject(view, found.end(), end)


def _is_person(*entities: Entity | None) -> bool:
    return any(e is not None and e.label in _PERSON_LABELS for e in entities)
