"""Signatures and succession for the linker (:mod:`persianews.entities.linker`): which names and titles the
lines and the sentence subjects of a document pair.

* :func:`signature_pairs`: a name alone on its line and a title filling the next line (دونالد ترامپ ⏎
  رئیس‌جمهور …).
* :func:`headline_couples`: two people a headline joins (X با Y) hold, in order, the two titles «و» joins that
  open the body (X با Y ⏎ وزیر … و فرمانده …).
* :func:`sentence_subjects`: the first person or title of each sentence, with nothing but an opening (and a
  source phrase: به گفته | X، …) before it, or only lead-ins with no comma after them and no report's source
  (البته | X …, چندی پیش | X …: such subjects join only the next sentence's);
  :func:`new_speaker` and :func:`near_lines` tell which consecutive subjects succession may join.

Time: linear in the text and the entities (each character before a name is read for that name only; the
subjects by bisection over the sorted entities: O(n log n)).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from persianews.document import Document
from persianews.entities.openings import opening, unknown_name, without_honorifics, without_source
from persianews.entities.predicate_titles import after_preposition
from persianews.entities.titles import ANAPHOR_RULE
from persianews.records import Entity
from persianews.text.credits import CREDIT
from persianews.text.lead_ins import lead_ins_fill
from persianews.text.pronouns import HE_SHE
from persianews.text.reach import match_at

_NEW_SPEAKER = frozenset({"نیز", "هم"})
_COLON_AFTER = regex.compile(r"[ »]*:")
_NEXT_WORD = regex.compile(r"\s*(\S+)")
_SIGNATURE_GAP = regex.compile(r"[ »]*\n[ «]*")
"""From a name alone on its line to the start of the next line: a signature's title follows."""
#: What may stand before a name alone on its line (a signature).
_LINE_LEAD = frozenset(" «»\u200c")
_LINE_END = regex.compile(r"[ »«.]*(?:\n|$)")
_CREDIT_REACH = 48
"""Characters read back from a name for a credit label before it (a label and its qualifier, «عکس از: »)."""
_COUPLE_JOIN = regex.compile(r"[ \u00a0]+(?:با|و)[ \u00a0]+")
"""What joins the two people of a headline about a pair (X با Y, X و Y)."""
_TITLES_JOIN = regex.compile(r"[ \u00a0]+و[ \u00a0]+")
"""What joins the two titles that open the body under such a headline."""
_NAME_AFTER = regex.compile(r"[ \u00a0«»،,]*")
"""What may stand between a title and a name right after it (… و وزیر خارجه روسیه، لاوروف: the name's)."""
_ADDRESS_WORDS = frozenset({"آقای", "خانم", "جناب"})
"""Words of address before a title spoken to its holder (آقای رئیس‌جمهور، …)."""
_ADDRESS_AFTER = regex.compile(r"[ »]*(?:[،,؟?!]|\n|$)")
"""What closes a title spoken to: a «،», a «؟», a «!» or the line's end."""
_REPORT_SOURCE = regex.compile(r"گزارش|نقل[\s\u200c]+از|به[\s\u200c]+نوشته")
"""A report's source among lead-ins (به گزارش ایسنا، سه روز قبل | X …, به نقل از …): the sentence turns to what the report
tells, whose first name is the story's, no holder of the title before it."""
_MAX_SUCCESSION_LINES = 5
"""Line breaks (paragraphs) at most between two subjects that succession joins."""
_PRONOUNS = frozenset(HE_SHE)
"""The pronouns that may stand alone before a title their sentence says their referent is."""
_STATE_AFTER = regex.compile(
    r"[ \u00a0]*(?:است|می[\u200c ]?باشد|بود|محسوب[ \u00a0]+می[\u200c ]?شود|به[ \u00a0]+شمار[ \u00a0]+می[\u200c ]?رود)"
    r"(?![\w\u200c])")
"""A copula right after a title: «است», «می‌باشد», «بود», «محسوب می‌شود», «به شمار می‌رود»."""


def signature_pairs(text: str, entities: Sequence[Entity], people: Sequence[int],
                    titles: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(person, title) index pairs of each name alone on its line with a title filling the next line: a
    signature (دونالد ترامپ ⏎ رئیس‌جمهور ایالات متحده آمریکا), apposition across the line break. One look per
    person: the line break after it first, then back over its line's lead."""
    title_at = {entities[t].span.start: t for t in titles}
    for p in people:
        span = entities[p].span
        gap = match_at(_SIGNATURE_GAP, text, span.end)
        if gap is None or not _starts_line(text, span.start):
            continue
        title = title_at.get(gap.end())
        if title is not None and match_at(_LINE_END, text, entities[title].span.end) is not None:
            yield p, title


def headline_couples(doc: Document, people: Sequence[int], titles: Sequence[int]) -> list[tuple[int, int]]:
    """(person, title) index pairs of a headline about two people, the one only joined to the other by «با» or
    «و» (عراقچی با X; X و Y), no title in it, and a body whose first person or title, after nothing but an
    opening, is two titles «و» joins with no name right after the second (وزیر خارجه ایران و فرمانده ارتش
    پاکستان …): each person holds the title in the same place. Linear in the entities."""
    headline = doc.sections_in_text().get("headline") if doc.article.sections else None
    if headline is None:
        return []
    entities, text = doc.entities, doc.text
    inside = [i for i in [*people, *titles] if headline.start <= entities[i].span.start < headline.end]
    if len(inside) != 2 or any(entities[i].label != "PERSON" for i in inside):
        return []
    first, second = sorted(inside, key=lambda i: entities[i].span.start)
    joint = match_at(_COUPLE_JOIN, text, entities[first].span.end)
    if joint is None or joint.end() != entities[second].span.start:
        return []
    after = sorted((i for i in [*people, *titles] if entities[i].span.start >= headline.end),
                   key=lambda i: entities[i].span.start)[:3]
    if len(after) < 2 or any(entities[i].label != "TITLE" for i in after[:2]) \
            or not opening(text[headline.end:entities[after[0]].span.start].strip()):
        return []
    joined = match_at(_TITLES_JOIN, text, entities[after[0]].span.end)
    if joined is None or joined.end() != entities[after[1]].span.start:
        return []
    gap = match_at(_NAME_AFTER, text, entities[after[1]].span.end)
    if len(after) > 2 and entities[after[2]].label == "PERSON" and gap is not None \
            and gap.end() == entities[after[2]].span.start:
        return []  # … و وزیر خارجه روسیه لاوروف: the second title is the name's after it
    return [(first, after[0]), (second, after[1])]


class SentenceSubjects(NamedTuple):
    """What :func:`sentence_subjects` finds: the subjects in order and, by entity index, the kinds among them."""

    order: list[int]
    unnamed: list[int]
    about: set[int]
    described: set[int]
    led: set[int]


def sentence_subjects(doc: Document, people: Sequence[int], titles: Sequence[int]) -> SentenceSubjects:
    """The subjects of ``doc``'s sentences in order (entity indexes), the titles whose holder is a name the
    lexicons do not know («کین، مدیر موسسه …»: succession gives them no one), the people a headline is
    about (its subject and its only person, with no «X: …»): among the subjects, the titles a pronoun is
    (:func:`_pronoun_is`): among the subjects too, and the subjects after lead-ins with no closing mark and no
    report's source (البته | X …, همچنین | X …, چندی پیش | X …: :func:`~persianews.text.lead_ins.lead_ins_fill`; not
    «به گزارش …»), among the subjects too, which succession joins only to a subject of the sentence next to theirs.
    A title spoken to (آقای رئیس‌جمهور، …؟) is no subject. A post's headline's one title is its subject unless a
    preposition stands right before it; a name a credit label puts under a picture (:func:`_credited`) is none."""
    entities = doc.entities
    candidates = sorted([*people, *titles], key=lambda i: entities[i].span.start)
    headline = doc.sections_in_text().get("headline") if doc.article.sections else None
    post = headline is not None and doc.is_post  # read once: it scans the text for bullets
    starts = [entities[i].span.start for i in candidates]
    subjects: list[int] = []
    unnamed_holders: list[int] = []
    about: set[int] = set()
    described: set[int] = set()
    led: set[int] = set()
    for sentence in doc.sentences:
        span = sentence.span
        low = bisect.bisect_left(starts, span.start)
        high = bisect.bisect_left(starts, span.end, low)
        if low == high:
            continue  # no person or title starts in the sentence
        first = next((i for i in candidates[low:high] if entities[i].span.end <= span.end), None)
        if first is None:
            continue
        if entities[first].label == "TITLE" and _addressed(doc.text, span.start, entities[first]):
            continue  # آیا این درست است، آقای رئیس‌جمهور؟: the one spoken to, no subject
        in_headline = headline is not None and headline.contains(sentence.span)
        if in_headline and post and entities[first].label == "TITLE" and high - low == 1 \
                and not after_preposition(doc.text, entities[first].span.start):
            # a post's headline whose one person or title is a title is about its holder, whatever opens it
            # (بازدید وزیر بهداشت از … ⏎ X …), unless a preposition makes it another's partner (دیدار با وزیر …);
            # an article's body may open with another who speaks of it (نامه رئیس‌جمهور … ⏎ X گفت …)
            subjects.append(first)
            continue
        if entities[first].label == "PERSON" and _credited(doc.text, entities[first].span.start):
            continue  # a picture's credit (عکس: ⏎ X): no subject
        if in_headline and entities[first].label == "PERSON" \
                and match_at(_COLON_AFTER, doc.text, entities[first].span.end) is None:
            # a headline names the person it is about (آیت‌الله ملک‌حسینی … نداشت), unless «X: …»; with another
            # person in it (ترامپ با پوتین دیدار کرد) the body's title may be either's: no subject
            if sum(entities[i].label == "PERSON" for i in candidates[low:high]) > 1:
                continue
            about.add(first)
        before = doc.text[sentence.span.start:entities[first].span.start].strip()
        if entities[first].label == "TITLE" and unknown_name(before):
            unnamed_holders.append(first)
            continue  # «کین، مدیر موسسه …»: the title's holder is a name the lexicons do not know
        if entities[first].label == "TITLE" and _pronoun_is(doc.text, before, entities[first]):
            described.add(first)
            subjects.append(first)
        elif opening(before) or (bare := without_source(without_honorifics(before))) != before and opening(bare) \
                or entities[first].rule.startswith(ANAPHOR_RULE) and opening(_without_last_word(before)):
            subjects.append(first)
        elif not _REPORT_SOURCE.search(before) and lead_ins_fill(doc.text, span.start, entities[first].span.start):
            subjects.append(first)
            led.add(first)
    return SentenceSubjects(subjects, unnamed_holders, about, described, led)


def _addressed(text: str, floor: int, title: Entity) -> bool:
    """Whether ``title`` is spoken to: a word of address right before it (after ``floor``, its sentence's start)
    and a «،», a «؟», a «!» or the line's end after it (آقای رئیس‌جمهور، آیا …؟)."""
    words = text[floor:title.span.start].split()
    return bool(words) and words[-1] in _ADDRESS_WORDS and match_at(_ADDRESS_AFTER, text, title.span.end) is not None


def _credited(text: str, start: int) -> bool:
    """Whether a credit label of a picture or a video (عکس:, تصاویر دریافتی:) is all that stands on the line
    before ``start`` or on the line above it: the name at ``start`` took the picture. Reads at most
    ``_CREDIT_REACH`` characters back."""
    before = text[max(0, start - _CREDIT_REACH):start].rstrip()
    if not before.endswith(":"):
        return False
    line = before[before.rfind("\n") + 1:].strip(" \u200c")
    label = CREDIT.match(line)
    return label is not None and label.end() == len(line)


def _pronoun_is(text: str, before: str, title: Entity) -> bool:
    """Whether ``title`` is what a pronoun subject is: ``before`` (what precedes it in its sentence) is «او» or «وی»
    alone and a copula follows it (او | رئیس سنی مجلس | محسوب می‌شود; وی | مشاور وزیر | است)."""
    return before in _PRONOUNS and match_at(_STATE_AFTER, text, title.span.end) is not None


def new_speaker(text: str, entity: Entity) -> bool:
    """Whether «نیز» or «هم» is the word after ``entity`` (a new speaker)."""
    after = match_at(_NEXT_WORD, text, entity.span.end)
    return after is not None and after.group(1) in _NEW_SPEAKER


def near_lines(text: str, first: Entity, second: Entity) -> bool:
    """Whether ``first`` and ``second`` are at most ``_MAX_SUCCESSION_LINES`` line breaks apart: a subject
    farther on opens another part of the story (the letter a minister signs under a lead about the leader; a
    profile's later names)."""
    return text.count("\n", first.span.end, second.span.start) <= _MAX_SUCCESSION_LINES


def _starts_line(text: str, start: int) -> bool:
    """Whether only spaces, guillemets and ZWNJs stand between the previous line break (or the text's start) and
    ``start``; reads back over those characters only, so each is read for one name at most."""
    before = start - 1
    while before >= 0 and text[before] in _LINE_LEAD:
        before -= 1
    return before < 0 or text[before] == "\n"


def _without_last_word(text: str) -> str:
    """``text`` less its last word (the demonstrative before an anaphoric title)."""
    return text.rpartition(" ")[0] if " " in text else ""
