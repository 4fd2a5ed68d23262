"""The subject of a reporting clause: what stands at the start of the clause before its cue."""

from __future__ import annotations

import regex

from persianews.quotes.candidates import NO_SUBJECT, Subject
from persianews.quotes.context import ADVERBIAL_OPENERS, PREPOSITIONS, STOP_WORDS, View, words
from persianews.records import Span

# Material before the subject: bullets, datelines, «به گزارش …،», discourse adverbials.
_LEAD_IN = regex.compile(
    r"""
    [\s\p{So}\p{Sk}\p{Pd}\u200c«»"'*•.]+
    | [^\s:،.\n]{1,25}(?:\ [^\s:،.\n]{1,25})?\s*[-–—]\s*[^\s:،.\n\-–—]{2,20}\s*[-–—]\s*
    | خبرگزاری\s+\S+(?:\s+\S+)?\s*:\s*
    | (?:به\s+گزارش|به\s+نقل\s+از|بنا\s*بر|براساس|بر\s+اساس|طبق|به\s+نوشته)[^،:\n]{0,200}?،\s*
    | (?:در\s+ادامه|در\s+پایان|در\s+خاتمه|در\s+این\s+(?:نشست|جلسه|مراسم|دیدار|همایش|راستا|زمینه|باره|خصوص)
       |همچنین|سپس|از\s+سوی\s+دیگر|از\s+طرف\s+دیگر|در\s+عین\s+حال|با\s+این\s+حال|اما|ولی)
      (?![\p{L}\u200c])\s*،?\s*
    """,
    regex.VERBOSE,
)
_PRONOUN = regex.compile(r"(?:وی|او|ایشان|نامبرده)(?![\p{L}\p{M}\u200c])")
_DEMONSTRATIVE = regex.compile(r"(?:این|همین)\s+(?=[\p{L}])")
_MAX_SUBJECT_WORDS = 10
_MAX_DESCRIPTION_WORDS = 4


def skip_lead_in(view: View, start: int, limit: int) -> int:
    """The position after any lead-in material at ``start``."""
    text = view.text
    while start < limit:
        match = _LEAD_IN.match(text, start, limit)
        if not match or match.end() == start:
            break
        start = match.end()
    return start


def clause_start(view: View, start: int, limit: int) -> int:
    """Where the subject may stand: after lead-ins and an opening adverbial clause closed by «،»."""
    start = skip_lead_in(view, start, limit)
    first = words(view.text, start, min(limit, start + 30))
    if first and view.text[first[0][0]:first[0][1]] in ADVERBIAL_OPENERS:
        comma = view.text.find("،", start, limit)
        if comma != -1:
            start = skip_lead_in(view, comma + 1, limit)
    return start


def find_subject(view: View, start: int, limit: int) -> Subject:
    """The subject of the clause running from ``start`` to the cue at ``limit``."""
    text = view.text
    position = clause_start(view, start, limit)
    if position >= limit:
        return _subject_in_lead_in(view, start, limit)
    pronoun = _PRONOUN.match(text, position, limit)
    if pronoun:
        return Subject("pronoun", Span(pronoun.start(), pronoun.end()), rule="subject:pronoun")
    entity = view.entity_at(position, limit)
    if entity is not None:
        return Subject("entity", entity.span, entity, partner(view, entity, limit), "subject:entity")
    if _DEMONSTRATIVE.match(text, position, limit):
        span = phrase(view, position, limit, _MAX_DESCRIPTION_WORDS + 1, skip_first=True)
        if span is not None:
            return Subject("description", span, rule="subject:description")
    span = phrase(view, position, limit, _MAX_SUBJECT_WORDS)
    if span is not None:
        inner = view.entities_in(span.start, span.end)
        people = [e for e in inner if e.label == "PERSON"]
        return Subject("words", span, (people or inner or [None])[0], rule="subject:words")
    entity = _entity_outside_adverbials(view, position, limit)
    if entity is not None:
        return Subject("entity", entity.span, entity, partner(view, entity, limit), "subject:entity-in-clause")
    return NO_SUBJECT


def phrase(view: View, start: int, limit: int, max_words: int = _MAX_SUBJECT_WORDS,
           skip_first: bool = False) -> Span | None:
    """The words from ``start`` up to the first stop word (or ``max_words``), as a span."""
    text = view.text
    found = words(text, start, limit)
    end = None
    capped = len(found) > max_words
    for index, (word_start, word_end) in enumerate(found[:max_words]):
        word = text[word_start:word_end]
        if (index or not skip_first) and word in STOP_WORDS and word != "و":
            if word == "را" and end is not None:
                # «X، OBJECT را»: the subject ends at the comma; with no comma the words are an object.
                comma = text.find("،", start, end)
                end = comma if comma != -1 else None
            capped = False
            break
        if any(ch.isdigit() for ch in word) or view.starts_cue(word_start):
            capped = False
            break
        end = word_end
    if end is None:
        return None
    if capped and "،" in text[start:end]:
        end = text.find("،", start, end)  # a phrase that runs on past a comma is a subject and more
    # A phrase never ends on «و».
    while end > start and text[start:end].endswith(" و"):
        end -= 2
    return Span(start, end)


def partner(view: View, entity, limit: int):
    """An entity in apposition right after ``entity`` (a name beside a title or the reverse)."""
    gap_end = entity.span.end
    text = view.text
    while gap_end < limit and text[gap_end] in " ،,\u200c«»":
        gap_end += 1
    following = view.entity_at(gap_end, limit)
    if following is None or gap_end - entity.span.end > 3:
        return None
    labels = {entity.label, following.label}
    return following if labels == {"PERSON", "TITLE"} else None


def _subject_in_lead_in(view: View, start: int, limit: int) -> Subject:
    """«به گزارش … به نقل از … جواد شمقدری، افزود»: the last person the lead-in names."""
    people = [e for e in view.entities_in(start, limit) if e.label in ("PERSON", "TITLE")]
    if not people or view.text[people[-1].span.end:limit].strip(" ،\u200c"):
        return NO_SUBJECT
    entity = people[-1]
    return Subject("entity", entity.span, entity, None, "subject:entity-in-lead-in")


def _entity_outside_adverbials(view: View, start: int, limit: int):
    """The first speaker entity in the clause that no preposition governs."""
    for entity in view.entities_in(start, limit):
        if view.previous_word(entity.span.start) not in PREPOSITIONS:
            return entity
    return None
