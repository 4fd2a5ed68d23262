"""Repairs of a clause's subject when the words that open it name no one: a pronoun behind a discourse word, a
person later in the clause behind words that name no one who can speak (see :mod:`persianews.quotes.subjects`)."""

from __future__ import annotations

import regex

from persianews.entities.keys import fold
from persianews.entities.words import COPULAS, PREPOSITIONS, is_given_name
from persianews.quotes.antecedents import can_speak
from persianews.quotes.candidates import Subject
from persianews.quotes.context import LETTER, View, first_words, has_words, last_words, words
from persianews.quotes.cues import fold_form
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.speaker_names import (is_adverbial_opener, is_no_speaker, names_abstract, names_no_agent,
                                             names_no_one)
from persianews.records import Entity, Span
from persianews.text.pronouns import SINGULAR_PERSONS, THE_SAID, THEY, alternatives

PRONOUN = regex.compile(alternatives(SINGULAR_PERSONS + THE_SAID + THEY) + r"(?![\p{L}\p{M}\u200c])")
"""A personal pronoun that may open a reporting clause."""
NOT_SUBJECT_BEFORE = PREPOSITIONS | {"و"}
"""Words before an entity that make it no subject: a preposition governs it, «و» joins it to another."""

_STRAY_MARKS = regex.compile(r"[\s\[\]()]+")


def pronoun_after_discourse(view: View, position: int, limit: int) -> Subject | None:
    """«]ایشان … فرمود», «باری، ایشان … فرمود», «خود او …»: a pronoun after a stray bracket, after a word closed
    by a comma that names no one who can speak (no entity, no given name, no head of a speaker:
    :func:`~persianews.quotes.antecedents.can_speak`; «معلمان، آنها …» is a topic its pronoun resumes), after
    the reflexive «خود» or after an adverb or conjunction (a word that names no speaker:
    :func:`~persianews.quotes.speaker_names.is_no_speaker`) is the subject (rule
    ``subject:pronoun-after-discourse``), not the words that open with it; not a pronoun that «را» makes an
    object. None when there is none."""
    text = view.text
    found = first_words(text, position, limit, 3)
    if not found:
        return None
    at = None
    if found[0][0] > position and _STRAY_MARKS.fullmatch(text, position, found[0][0]):
        at = 0
    elif len(found) > 1:
        first = text[slice(*found[0])]
        if (first == "خود" or "،" in text[found[0][1]:found[1][0]] and view.entity_at(position, limit) is None
                and not can_speak(first) and not is_given_name(fold(first)) or is_no_speaker(first)):
            at = 1
    if at is None:
        return None
    start, end = found[at]
    pronoun = PRONOUN.fullmatch(text, start, end)
    if pronoun is None or at + 1 < len(found) and text[slice(*found[at + 1])] == "را":
        return None
    return Subject("pronoun", Span(start, end), rule="subject:pronoun-after-discourse")


_RELATIVE = regex.compile(r"\s*که(?![\p{L}\u200c])")


def entity_after_no_one(view: View, span: Span, limit: int) -> Entity | None:
    """«موضوعی که دو روز پیش NAME … گفته», «روزی که NAME به من گفت», «در پایان دیدار با X، NAME … گفت»: words no
    entity covers that name no one who can speak (:func:`~persianews.quotes.speaker_names.names_no_one`) or hold a
    copula (:func:`after_copula`), and that open with no place the document names, then a person or title later in
    the clause that opens a clause of its own (:func:`_opens_clause`), that no preposition governs, no «و» joins and
    no «را» makes an object: that one is the subject (rule ``subject:entity-after-no-one``). None when there is
    none."""
    text = view.text
    found = [text[start:end] for start, end in words(text, span.start, span.end)]
    if (not names_no_one(found, relative=bool(_RELATIVE.match(text, span.end, limit))) and copula_at(found) is None
            and not _refused(view, span.slice(text), found)):
        return None
    if view.place_at(span.start) is not None:
        return None  # «ایران …»: a state speaks
    for entity in view.entities_in(span.end, limit):
        if (entity.label in ("PERSON", "TITLE") and view.previous_word(entity.span.start) not in NOT_SUBJECT_BEFORE
                and not _OBJECT.match(text, entity.span.end, limit) and not _closed_before(view, entity, limit)
                and _opens_clause(view, span.end, entity.span.start, limit)):
            return entity
    return None


def _refused(view: View, written: str, found: list[str]) -> bool:
    """Whether the resolver would refuse the words ``written`` as a speaker: they open with an adverb, a conjunction
    or a verb (:func:`~persianews.quotes.speaker_names.is_no_speaker`: «اگرچه …», «خیلی راحت»), with an adverbial
    opener, or name things, no agent (:func:`~persianews.quotes.speaker_names.names_no_agent`: «احتمالات …»; an
    abstract noun heads them, :func:`~persianews.quotes.speaker_names.names_abstract`: «تصمیم درباره …») —
    unless their first word is a name the document gives (a surname: the resolver names the person)."""
    if not found or fold_form(found[0]) in view.names:
        return False
    return (is_no_speaker(written) or is_adverbial_opener(found[0]) or names_no_agent(written)
            or names_abstract(written))


def _closed_before(view: View, entity: Entity, limit: int) -> bool:
    """Whether words after an entity (and the title or organisation right after it) and then a comma come before
    the cue at ``limit``: the entity's own clause closed there («روزی که NAME آمد، … گفت»); a comma right after
    the name or its title is an apposition («NAME، رئیس …، گفت», «NAME رئیس …، در ادامه … گفت»)."""
    text, end = view.text, entity.span.end
    title = view.entity_at(end + 1, limit)
    if title is not None and not text[end:title.span.start].strip():
        end = title.span.end
    comma = text.find("،", end, limit)
    return comma != -1 and has_words(text, end, comma, 1)


_CLAUSE_OPENING = regex.compile(r"(?:[،:؛]|(?<![\p{L}\u200c])که)\s*«?$")
_LEAD_IN_WORDS = 4


def _opens_clause(view: View, floor: int, start: int, limit: int) -> bool:
    """Whether an entity at ``start`` opens a clause: right after the words before it (from ``floor``), after a
    «،», a colon or «که», or after lead-ins of words that begin within the last few words at such a place
    (``با این حال``, ``دو روز پیش``, ``در ادامه``); not a noun's complement («درخشش NAME», «نظر NAME», «سخنرانی
    امروز NAME») nor a name after a dash («ترامپ – NAME»)."""
    text = view.text
    if _at_opening(text, floor, start):
        return True
    for word_start, _end in last_words(text, floor, start, _LEAD_IN_WORDS):
        after = skip_lead_in(view, word_start, limit)
        if (after > word_start and after <= start and not text[after:start].strip(" \u200c«")
                and _at_opening(text, floor, word_start, lead_in=True) and LETTER.search(text, word_start, after)):
            return True
    return False


def _at_opening(text: str, floor: int, start: int, lead_in: bool = False) -> bool:
    """Whether ``start`` is right after the words before it (from ``floor``), a «،», a colon or «که»; for a
    lead-in also after «و» or when it is a conjunction («… هستند اما NAME», «… و در همین راستا NAME»)."""
    return (not text[floor:start].strip(" \u200c«") or bool(_CLAUSE_OPENING.search(text, max(floor, start - 8), start))
            or lead_in and (text.startswith(_CONJUNCTIONS, start) or bool(_AND_BEFORE.search(text, max(floor, start - 4),
                                                                                              start))))


_CONJUNCTIONS = ("اما ", "ولی ", "البته ", "سپس ", "همچنین ", "با این حال", "در عین حال", "از سوی دیگر",
                 "از طرف دیگر")
"""Lead-ins that open a clause wherever they stand."""
_AND_BEFORE = regex.compile(r"(?<![\p{L}\u200c])و\s+$")


_OBJECT = regex.compile(r"\s*را(?![\p{L}\u200c])")


def copula_at(found: list[str]) -> int | None:
    """The index of the first copula among the words ``found`` after the first one, or None."""
    return next((index for index, word in enumerate(found) if index and word in COPULAS), None)


def after_copula(view: View, span: Span) -> Subject | None:
    """Words before a cue that hold a copula are a clause, no subject (no person opening a clause after them:
    :func:`entity_after_no_one`): the words after the copula are the subject («جالب است آقایان می‌گویند», «مدتی
    است وزارت کشاورزی …»; rule ``subject:after-copula``); with none after it the clause has no subject of its own
    («بهتر است … گفت»; rule ``subject:copula-clause``, the speaker continues the previous one). None when the
    words hold no copula."""
    found = words(view.text, span.start, span.end)
    copula = copula_at([view.text[start:end] for start, end in found])
    if copula is None:
        return None
    after = copula + 1 + (copula + 1 < len(found) and view.text[slice(*found[copula + 1])] == "و")
    if after < len(found):  # «… است و بعضی‌ها می‌گویند»: the «و» joins the clauses
        return Subject("words", Span(found[after][0], span.end), rule="subject:after-copula")
    return Subject("none", rule="subject:copula-clause")
