"""Reports by source phrase: ``به گفته X، …``, ``به نوشته X …``, ``طبق اعلام X، …`` — the source named in a
prepositional phrase, the report the rest of the sentence."""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.entities.words import COPULAS, is_verb
from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import (COMMA_AFTER, SEPARATORS, SPACES, STOP_WORDS, View, first_words, has_words,
                                      skip_over, words)
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import is_head, plural_head
from persianews.quotes.statements import FIRST_PERSON_FORMS, trim
from persianews.quotes.subjects import find_subject, known_name_prefix
from persianews.records import Span
from persianews.text.pronouns import PERSONS, alternatives
from persianews.text.reach import match_at



def according_quotes(view: View) -> Iterator[Candidate]:
    """``به گفته X، …``: the rest of the sentence (direct when it stands in «…»); with no comma after
    the source (a pronoun or the entities right after the cue), the rest after the source. «به نوشته X»
    is a quote when X is a person, or an outlet past a news item's source line (:func:`_writer`). The report
    holds the cues inside it, as a direct quote does, in news and posts alike: «به نوشته آکسیوس، X … گفته است
    که …» is the outlet's report and, kept by ``quote:nested`` when X's subject is its own, X's statement."""
    text = view.text
    for match in view.according:
        sentence = view.sentence_at(match.start())
        source_end = _according_source_end(view, match.end(), sentence.end)
        comma = _separator(view, match.end(), min(sentence.end, match.end() + 120))
        if source_end is not None and not match_at(COMMA_AFTER, text, source_end) \
                and (comma == -1 or has_words(text, source_end, comma, _MAX_SOURCE_ADJUNCT_WORDS + 1)):
            # «به گفته وی برهمین اساس …»: no comma after the source, nor after a short adjunct of it
            # (به نوشته X در توییتر، …)
            comma = source_end
        elif comma == -1:
            continue
        if comma >= sentence.end:
            continue  # «… به گفته او» ends the text or the sentence: no report follows
        content = trim(view, comma + 1 if text[comma] in _SEPARATOR_MARKS else comma, sentence.end)
        if content is None:
            continue
        if _first_person_source(text, match.end(), comma):
            continue  # «به عقیده من، …»: the speaker's own view in his words, no one reported
        subject = find_subject(view, match.end(), comma)
        cue = Span(*match.span("cue"))
        form = fold_form(cue.slice(text))
        if form in _WRITING_CUES and not _writer(view, subject, match.start(), content):
            continue  # «به نوشته روزنامه X، …» in a news item's first paragraph: the item's source
        if form in _NAMED_SOURCE_CUES and subject.kind != "pronoun" and subject.entity is None:
            continue  # «طبق اعلام قبلی، …», «نیاز به تأکید بیشتر دارد، …»: no one speaks
        if form in _OPENING_SOURCE_CUES and not _opens_source(text, subject, cue):
            continue  # «با اعلام اینکه وزارت …، …», «با اعلام خروج آمریکا، …»: a clause or a topic, no source
        kind = "direct" if text[content.start] == "«" else "indirect"
        yield Candidate(kind, content, (cue,), subject, "cue:according-to", 0.7, container=True)


def _first_person_source(text: str, start: int, end: int) -> bool:
    """Whether the source phrase in ``[start, end)`` opens with a pronoun of the first person («به عقیده من …»,
    «به باور ما …», :data:`~persianews.text.pronouns.FIRST_PERSON`): one who speaks gives his own view so, inside
    his words (an interview's answer, a column), and reports no one."""
    first = first_words(text, start, end, 1)
    return bool(first) and fold_form(text[slice(*first[0])]) in FIRST_PERSON_FORMS


def _separator(view: View, start: int, end: int) -> int:
    """Where the first «،» after the source phrase's cue stands, or a «؛» before it that closes a short source with
    no verb («به گفته کارگران؛ …», «به نوشته یورونیوز؛ …»: 13 in news-dev-2, news-dev and telegram-dev; not «به زعم
    بسیاری … بود؛ …» nor «به گفته وی … است؛ …», a clause); -1 when neither stands in ``[start, end)``."""
    text = view.text
    comma = text.find("،", start, end)
    semicolon = text.find("؛", start, comma if comma != -1 else end)
    if semicolon == -1:
        return comma
    found = words(text, start, semicolon)
    if len(found) > _MAX_SEMICOLON_SOURCE_WORDS or any(is_verb(form) or form in COPULAS
                                                       for form in (fold_form(text[a:b]) for a, b in found)):
        return comma
    return semicolon


_SEPARATOR_MARKS = ("،", "؛")
_MAX_SEMICOLON_SOURCE_WORDS = 7
"""The most words of a source a «؛» closes («به گفته رئیس منطقه ۲۷ دانشگاه آزاد اسلامی؛ …»)."""


def _writer(view: View, subject: Subject, position: int, content: Span) -> bool:
    """Whether the source of «به نوشته X» is one who writes what is quoted: a person or a pronoun; an
    organisation or a description («این روزنامه») in a post, or in a news item past its first paragraph
    (there «به نوشته X» is the item's source line, not a report it quotes) when no cue of its own stands in
    what it reports («به نوشته X، وزیر … گفت، …»: the outlet is the minister's source)."""
    if subject.kind == "pronoun" or subject.entity is not None and subject.entity.label == "PERSON":
        return True
    if not (subject.kind == "description" or subject.entity is not None and subject.entity.label == "ORG"):
        return False
    return view.is_post or position >= _first_paragraph_end(view) and not view.cues_in(content.start, content.end)


def _opens_source(text: str, subject: Subject, cue: Span) -> bool:
    """Whether the named ``subject`` (:data:`_NAMED_SOURCE_CUES`) stands right after ``cue``: its pronoun or entity
    the first word («با اعلام موضع وزارت خارجه، …» is a topic), and the cue not one of a time («همزمان با اعلام X،
    …»: what follows is no report of X's)."""
    first = skip_over(SPACES, text, cue.end)
    named = subject.entity.span if subject.entity is not None else subject.span
    if named is None or named.start != first and not _typed_name(text, subject, first):
        return False
    return not fold_form(text[max(0, cue.start - _MAX_TIME_WORD_CHARS):cue.start]).endswith(_TIME_WORDS)


def _typed_name(text: str, subject: Subject, first: int) -> bool:
    """Whether the subject's words open at ``first`` with a head or a club's type word before its entity
    («باشگاه فولاد» the rules alone tag «فولاد»): a name, not a topic before it («موضع وزارت خارجه»)."""
    if subject.span is None or subject.span.start != first or subject.entity is None:
        return False
    word = first_words(text, first, subject.entity.span.start, 1)
    if not word:
        return False
    head = fold_form(text[slice(*word[0])])
    return is_head(head) or head in _TYPE_WORDS


def _first_paragraph_end(view: View) -> int:
    """Where a news item's first paragraph of its lead or body ends (its source line stands there)."""
    starts = [span.start for name, span in view.sections.items() if name in ("lead", "body")]
    end = view.text.find("\n", min(starts, default=0))
    return len(view.text) if end == -1 else end


_WRITING_CUES = frozenset({fold_form("به نوشته")})
_NAMED_SOURCE_CUES = frozenset(fold_form(c) for c in (
    "به تأکید", "طبق اعلام", "بر اساس اعلام", "بنا بر اعلام", "با اعلام"))
"""Phrases that attribute only with a named source: «بر اساس اعلام وزارت بهداشت، …» (a person, an organisation
or a pronoun after them)."""
_OPENING_SOURCE_CUES = frozenset({fold_form("با اعلام")})
"""Named-source phrases whose source must open right after them: «با اعلام» also opens a topic («با اعلام آمادگی
ارتش، …») or a participial clause («با اعلام اینکه …»), an entity later in it no source."""
_TYPE_WORDS = frozenset({fold_form("باشگاه")})
"""Folded type words before a name the rules alone tag without them («باشگاه فولاد»)."""
_TIME_WORDS = tuple(fold_form(word) for word in ("همزمان", "مصادف"))
"""Folded words that make the named-source phrase after them one of a time: «همزمان», also written «هم‌زمان» or
«هم زمان» (the fold drops the joiner and the space), «مصادف»."""
_MAX_TIME_WORD_CHARS = 12
_MAX_SOURCE_ADJUNCT_WORDS = 4
_SOURCE_PRONOUN = regex.compile(r"[ \u200c]*" + alternatives(PERSONS) + r"(?![\p{L}\p{M}\u200c])")


def _according_source_end(view: View, start: int, end: int) -> int | None:
    """Where the source of «به گفته …» ends when it is a pronoun or entities side by side (a title and a
    name) right after the cue, or words (:func:`_worded_source_end`); None otherwise, or when the next word
    joins the source («به باور X و Y؛ …», «به گفته X که …، …»: the clause is not yet begun)."""
    pronoun = _SOURCE_PRONOUN.match(view.text, start, end)
    if pronoun:
        return pronoun.end()
    source_end = None
    entity = view.entity_at(skip_over(SEPARATORS, view.text, start, end), end)
    while entity is not None and entity.span.end < end:
        source_end = entity.span.end
        following = skip_over(SPACES, view.text, source_end, end)
        entity = view.entity_at(following, end) if following > source_end else None
    if source_end is None:
        source_end = _worded_source_end(view, start, end)
    next_word = None if source_end is None else first_words(view.text, source_end, end, 1)
    return source_end if next_word and view.text[slice(*next_word[0])] not in _SOURCE_JOINS else None


def _worded_source_end(view: View, start: int, end: int) -> int | None:
    """Where a source no entity covers ends: a name the document gives («به گفته جاجرمی …»), or a speaker head
    and one adjective in «ی» before the word that opens the clause (a preposition, a time word, a
    demonstrative: «به گفته مسئولان عراقی این …»), or a head and an entity, the source's end («طبق گفته
    مقامات وزارت بهداشت …»); not a head alone («به گفته دولت در …», «مسئولان این استان»: where it ends is
    unknown). The clause must open with a letter, right after the source."""
    text = view.text
    found = first_words(text, start, end, 4)
    if len(found) < 2:
        return None
    named = known_name_prefix(view, found, text)
    source_end = found[named - 1][1] if named else _head_source_end(view, found, end)
    if source_end is None or not _SOURCE_WORDS.fullmatch(text, start, source_end):
        return None  # «به گفته «X»معاون …», «به گفته X ؛ …»: a source or a clause set off by marks
    following = first_words(text, source_end, end, 1)
    return source_end if following and following[0][0] == skip_over(SPACES, text, source_end, end) else None


def _head_source_end(view: View, found: list[tuple[int, int]], end: int) -> int | None:
    """The end of a source of a speaker head and one modifier (:func:`_worded_source_end`)."""
    text = view.text
    head = fold_form(text[slice(*found[0])])
    if not (is_head(head) or plural_head(head, lexicon().heads)):
        return None
    entity = view.entity_at(found[1][0], end)
    if entity is not None:
        return entity.span.end if entity.span.end < end else None
    second = text[slice(*found[1])]
    if len(found) > 2 and second.endswith("ی") and second not in STOP_WORDS \
            and text[slice(*found[2])] in _CLAUSE_OPENERS:
        return found[1][1]
    return None


_CLAUSE_OPENERS = STOP_WORDS - {"و", "یا", "را", "که", "نیز", "هم"}
"""Words that open the reported clause after a source of words: not those that join or end a noun phrase."""
_SOURCE_JOINS = frozenset({"و", "یا", "که", "را"})
_SOURCE_WORDS = regex.compile(r"[\p{L}\p{M} \u200c]*")
