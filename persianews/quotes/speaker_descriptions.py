"""Speakers a subject names by a description: the words that describe a person or an outlet before its name
(«سناتور کهنه‌کار تد کروز», «رسانه اسرائیلی یدیعوت آحارونوت»), and the nouns that name someone by a tie to
the person named after them («وکیل مدافع محمدعلی نجفی», «سخنگوی ترامپ»), who is not that person.

Each rule reads the few words of one subject: linear in the subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from persianews.quotes.antecedents import is_organisation_word, title_kind
from persianews.quotes.candidates import Subject
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import RELATIONS, clean, is_generic

if TYPE_CHECKING:
    from persianews.quotes.candidates import Resolution


_AND = fold_form("و")
_TIES = RELATIONS | frozenset(fold_form(w) for w in "سخنگوی سخنگو معاون نماینده همراه".split())
"""Words that name someone by their tie to the person named after them (``سخنگوی ترامپ``), not that person."""
_OUTLET_WORDS = frozenset(fold_form(w) for w in (
    "رسانه روزنامه نشریه مجله وبگاه وب‌سایت وبسایت سایت شبکه اینفوگرافیک").split())
"""Words for an outlet or a medium before its name (``رسانه اسرائیلی یدیعوت آحارونوت``, ``اینفوگرافیک سنتکام``);
not «خبرگزاری», part of an agency's name, nor «رادیو», «تلویزیون», whose owner follows (``رادیو ارتش …``)."""
_COMRADES = frozenset(fold_form(w) for w in ("برادر", "خواهر"))
"""Kin words that also address a comrade by surname («برادر کاوه»): kin only before a full name."""
_RELATION_MODIFIERS = frozenset(fold_form(w) for w in "مدافع سابق پیشین ارشد شخصی ویژه".split())
"""Words that may follow a relation noun before the name (``وکیل مدافع X``, ``مشاور ارشد X``)."""


def relation_to_person(text: str, subject: Subject) -> str | None:
    """The folded relation noun of a subject that is that noun and its modifiers, then the name of a person
    (``وکیل مدافع محمدعلی نجفی`` → ``وکیل``): the person is who the speaker is tied to; else None."""
    entity, span = subject.entity, subject.span
    if entity is None or span is None or entity.label != "PERSON" or entity.span.start <= span.start:
        return None
    before = [fold_form(word) for word in clean(text[span.start:entity.span.start]).split()]
    if not before or before[0] not in RELATIONS or any(word not in _RELATION_MODIFIERS for word in before[1:]):
        return None
    if before[0] in _COMRADES and len(entity.text.split()) < 2:
        return None  # «برادر کاوه»: a comrade's form of address for Kaveh himself, not his brother
    return before[0]


_MAX_ORGANISATION_WORDS = 2
"""Words at most before the person in «دفتر NAME», «رسانه رسمی NAME»: the organisation's word and a modifier."""


def organisation_of_person(text: str, subject: Subject) -> int | None:
    """Where the words of a subject that names a person's organisation end («دولت دونالد ترامپ», «دفتر NAME
    نخست وزیر …», «رسانه رسمی NAME»: a word for an organisation or an outlet and at most one other word, then a
    person whose name follows them): the end of the name, the organisation speaks, not the person (rule
    ``speaker:words-organisation-of-name``); None otherwise."""
    entity, span = subject.entity, subject.span
    if entity is None or span is None or entity.label != "PERSON" or entity.span.start <= span.start:
        return None
    before = clean(text[span.start:entity.span.start])
    keys = [fold_form(word) for word in before.split()]
    if (not keys or len(keys) > _MAX_ORGANISATION_WORDS or "،" in before or _AND in keys
            or not is_organisation_word(keys[0]) or any(is_organisation_word(key) for key in keys[1:])):
        return None
    return entity.span.end


def organisation_member(text: str, subject: Subject) -> int | None:
    """Where the words of a subject that names someone of a person's organisation end («یک مقام ارشد دولت
    ترامپ», «یک مشاور دفتر NAME»: an indefinite description, then a word for an organisation and at most one other
    word, then the person whose name ends the phrase): the end of the name; the description speaks, never the
    person who qualifies the organisation (rule ``speaker:words-member-of-organisation``). None otherwise: no
    indefinite opener (a title before an organisation word and a name is in apposition to the name: «مدیرعامل
    باشگاه NAME»), a comma or «و» among the words."""
    entity, span = subject.entity, subject.span
    if entity is None or span is None or entity.label != "PERSON" or entity.span.start <= span.start \
            or text[entity.span.end:span.end].strip(" \t\u200c"):
        return None
    before = clean(text[span.start:entity.span.start])
    keys = [fold_form(word) for word in before.split()]
    if "،" in before or _AND in keys or not is_generic(before):
        return None
    organisation = any(is_organisation_word(key) for key in keys[max(1, len(keys) - _MAX_ORGANISATION_WORDS):])
    return entity.span.end if organisation else None  # keys[0], the indefinite opener, is no organisation word


def described_name(view: View, subject: Subject, explicit: Callable[[Subject], Resolution]) -> Resolution | None:
    """«سناتور کهنه‌کار تد کروز», «رسانه اسرائیلی یدیعوت آحارونوت»: words that describe, then the person
    or the outlet they describe, whose name ends the phrase: the speaker is the one named (rule
    ``speaker:words-described-name``). A person of two words or more after a title (not after a word that
    ties someone to the person: «سخنگوی ترامپ», «وکیل …», nor an organisation of theirs: «دفتر نتانیاهو»);
    an organisation after a word for an outlet or a medium («شبکه», «اینفوگرافیک») — not after a head that
    makes a title of it («سخنگوی وزارت خارجه», «اظهارات سخنگوی …»). ``explicit`` resolves the entity named
    (:meth:`~persianews.quotes.speakers.SpeakerResolver.explicit`). Over telegram-dev: 216 subjects (205
    outlets, 11 people), about 27 of 30 read right."""
    span = subject.span
    if subject.kind == "entity" and subject.entity is not None and subject.entity.label == "ORG":
        span = subject.entity.span  # «روزنامه آمریکایی نیویورک تایمز», one organisation to the rules
    elif subject.kind != "words" or span is None:
        return None
    text = view.text
    entity = next((e for e in view.entities_in(span.start, span.end)
                   if e.label in ("PERSON", "ORG") and e.span.start > span.start
                   and not text[e.span.end:span.end].strip(" \t،,\u200c")), None)
    if entity is None:
        return None
    description = clean(text[span.start:entity.span.start])
    keys = [fold_form(word) for word in description.split()]
    lex = lexicon()
    if not keys or "،" in description or _AND in keys:
        return None  # a name in apposition, or two speakers («روزنامه X و خبرگزاری Y»)
    if entity.label == "PERSON":
        if (title_kind(keys) is None or len(entity.text.split()) < 2
                or any(key in _TIES or is_organisation_word(key) for key in keys)):
            return None  # no title; a one-word name (often a tagger's slip); «دفتر نتانیاهو», «دولت ترامپ»
        resolution = explicit(Subject("entity", entity.span, entity))
        return attrs.evolve(resolution, rule="speaker:words-described-name", role="titled-name",
                            title=resolution.title or description)
    if (keys[0] not in _OUTLET_WORDS and keys[0] not in lex.media
            or any(title_kind(keys[index:]) is not None for index in range(1, len(keys)))):
        return None  # no outlet; «اظهارات سخنگوی وزارت خارجه قطر»: the spokesperson speaks
    return attrs.evolve(explicit(Subject("entity", entity.span, entity)), rule="speaker:words-described-name")
