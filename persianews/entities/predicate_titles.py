"""Titles given as a predicate: «X … وزیر دارایی شد», «… همچنان رئیس‌جمهور آمریکا ماند», «X که … سفیر عربستان
در آمریکا بود», «X … به عنوان رئیس … منصوب شد».

A title right before «شد», «شده», «گردید», «ماند», «بود» or «بوده» (past and perfect only: «می‌شود», «خواهد شد»
speak of a title not yet held; a past «بود» gives a title the text ties to the person too), with no preposition
right before it (… از رئیس قوه قضائیه خواهد شد), is the predicate of its clause, as is a title right after «به
عنوان» (held besides any other, as after «بود»); its holder is the clause's subject: the nearest person before it in
its sentence that no preposition or open bracket precedes (سوناک که به جای جاوید وزیر دارایی شده است: سوناک; سپهر
(مورخ‌الدوله) رئیس … شد: سپهر). No holder when a causative «باعث», «موجب» or «سبب» comes before the title in its
sentence (باعث تعجب رئیس … شد: the title is an object) or when the nearest such person is a title's complement (وکیل
ترامپ … وزیر دادگستری شد: the subject is the role). A person after a preposition right before «به عنوان» is the one
it introduces and holds the title, no earlier subject, when that preposition is «با», «از», «به» or «برای» (X با Y به
عنوان وزیر خارجه دیدار کرد: Y); with a comma between (با Y، به عنوان …) no one holds it; after «به جای», «از سوی»,
«توسط», «با حضور» or with other words between, the clause's subject does (X از سوی Y به عنوان وزیر معرفی شد: X).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from persianews.entities.words import PREPOSITIONS
from persianews.records import Entity

PREDICATE_RULE = "title-predicate"
"""The rule of an official joined by its title given as a predicate."""
_COPULA_AFTER = regex.compile(r"[ \u00a0]*(?:شده|شد|گردید|ماند|بوده|بود)(?=$|[^\w\u200c]|\u200c(?:است|بود))")
_NOT_YET_AFTER = regex.compile(
    r"[ \u00a0]*(?:(?<![\w\u200c])[نب]?شو(?:د|ند)|ن?خواه(?:د|ند)[ \u00a0]+شد)(?=$|[^\w\u200c])")
"""A subjunctive «شود», «بشود», «نشود» or a future «خواهد شد», «نخواهد شد», «خواهند شد» after a title: a title not
yet held (اگر X رئیس‌جمهور شود). Not «می‌شود»: it ends many a clause whose object the title is (… شامل X، نماینده …
می‌شود)."""
_WAS_AFTER = regex.compile(r"[ \u00a0]*بود")
"""«بود», «بوده» after a title (the copula matched by ``_COPULA_AFTER``): a state, often a former one."""
_AS_BEFORE = regex.compile(r"(?<![\w\u200c])(?:به[ \u00a0\u200c]*|ب)عنوان[ \u00a0]*$")
"""«به عنوان» (or «بعنوان», one word) right before a title: the title is what the clause's subject (or object) is,
was or becomes."""
_BEFORE_NO_SUBJECT = PREPOSITIONS | {"جای", "تا", "سوی", "حضور"}
"""Words after which a name is no clause's subject: the prepositions, and the nouns of compound ones (به جای X,
به سوی X, با حضور X) and «تا»."""
_INTRODUCING = frozenset({"با", "از", "به", "برای"})
"""Prepositions whose person, right before «به عنوان», is the one the title describes (X از Y به عنوان وزیر … تقدیر
کرد: Y; X پیام تبریک برای Y به عنوان رهبر … فرستاد: Y). After the others the clause's subject holds it: the replaced
(به جای Y), the agent (از سوی Y, توسط Y), the attendee (با حضور Y)."""
_CAUSATIVE = regex.compile(r"(?<![\w\u200c])(?:باعث|موجب|سبب)(?![\w\u200c])")
_COLON = regex.compile(r"(?<!\d):(?!\d|//)", regex.REVERSE)
"""A colon that opens a quote or a list (searched from the end): none in a clock time (10:30) or a URL."""
_WORD_BEFORE = regex.compile(r"(\w+)[ \u00a0]*$")
_SENTENCE_REACH = 400
"""Characters of a title's sentence read back for a causative: a bound on the work per title."""
_MAX_SUBJECTS_TRIED = 8
"""People before a predicate title tried as its subject (the nearest first): a bound on the work per title."""
_MAX_ENCLOSING_TRIED = 4
"""Entities before a person looked at for a title holding it (outer entities come first)."""
_WINDOW = 64
"""Characters before a span read for the word before it: a bound on the work per mention."""


def is_predicate(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` is a copula's predicate (a past or perfect «شد», «ماند») or
    follows «به عنوان» (X به عنوان رئیس … منصوب شد, X را به عنوان نخست‌وزیر تعیین کرد)."""
    return _COPULA_AFTER.match(text, end) is not None and not after_preposition(text, start) \
        or _AS_BEFORE.search(text, max(0, start - _WINDOW), start) is not None


def not_yet_held(text: str, end: int) -> bool:
    """Whether the title ending at ``end`` comes before a subjunctive «شود» or a future «خواهد شد» (اگر X رئیس‌جمهور
    شود; X وزیر خواهد شد): a title not yet held, held by no name right before it."""
    return _NOT_YET_AFTER.match(text, end) is not None


def was_held(text: str, start: int, end: int) -> bool:
    """Whether the predicate title at ``text[start:end]`` is one held besides the present one: before «بود»,
    «بوده» (often a former title) or after «به عنوان» (a role the clause gives: appointed, serving, once held),
    not one taken («شد», «ماند»)."""
    return _WAS_AFTER.match(text, end) is not None or _AS_BEFORE.search(text, max(0, start - _WINDOW), start) is not None


def after_preposition(text: str, start: int) -> bool:
    """Whether a preposition is the word right before ``start`` (… به جای | ساجد جاوید)."""
    return _word_before(text, start) in _BEFORE_NO_SUBJECT


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (spaces between), or None."""
    found = _WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
    return found.group(1) if found is not None else None


def no_subject_at(text: str, start: int) -> bool:
    """Whether the person at ``start`` can be no clause's subject: a preposition right before it, or inside
    brackets (a «(» after the last «)» in the ``_WINDOW`` characters before it)."""
    before = text[max(0, start - _WINDOW):start]
    return before.rfind("(") > before.rfind(")") or after_preposition(text, start)


def causative_between(text: str, start: int, end: int) -> bool:
    """Whether «باعث», «موجب» or «سبب» is a word of ``text[start:end]`` («باعث X شد»: X is an object)."""
    return _CAUSATIVE.search(text, start, end) is not None


def sentence_floor(sentence_starts: Sequence[int], position: int) -> int:
    """The start of the sentence ``position`` is in: the last of the sorted ``sentence_starts`` at or before it
    (0 before the first)."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    return sentence_starts[index] if index >= 0 else 0


def predicate_pairs(text: str, sentence_starts: Sequence[int], entities: Sequence[Entity], people: Sequence[int],
                    titles: Sequence[int]) -> Iterator[tuple[int, int]]:
    """``(person, title)`` index pairs: each title given as a predicate and its clause's subject, in the title's
    sentence (the segmenter's: ``sentence_starts``, sorted) after any colon (X گفت: … رئیس … بود: the speaker is
    no subject of the quote's clause) but the colon of a clock time (10:30) or a URL.

    ``entities`` are sorted by start (outer first), ``people`` and ``titles`` index them in that order. At most
    ``_MAX_SUBJECTS_TRIED`` people are tried per title, the text read is bounded per title: n log n."""
    starts = [entities[i].span.start for i in people]
    for title in titles:
        span = entities[title].span
        if not is_predicate(text, span.start, span.end):
            continue
        floor = sentence_floor(sentence_starts, span.start)
        colon = _COLON.search(text, max(floor, span.start - _SENTENCE_REACH), span.start)
        floor = colon.end() if colon is not None else floor
        if causative_between(text, max(floor, span.start - _SENTENCE_REACH), span.start):
            continue
        as_title = _AS_BEFORE.search(text, max(0, span.start - _WINDOW), span.start)
        before = bisect.bisect_left(starts, span.start)
        for k in range(before - 1, max(-1, before - 1 - _MAX_SUBJECTS_TRIED), -1):
            if starts[k] < floor or _complement(entities, people[k]):
                break
            if as_title is not None and _word_before(text, starts[k]) in _INTRODUCING:
                between = text[entities[people[k]].span.end:as_title.start()].strip()
                if not between:
                    yield people[k], title  # X از Y به عنوان وزیر … تقدیر کرد: Y, introduced
                    break
                if between == "،":
                    break  # در دیدار با Y، به عنوان …: no one
            if not no_subject_at(text, starts[k]):
                yield people[k], title
                break


def _complement(entities: Sequence[Entity], person: int) -> bool:
    """Whether person ``person`` lies inside a title (وکیل ترامپ): a role's complement, no clause's subject.
    Outer entities come first: such a title is among the few entities right before it."""
    span = entities[person].span
    return any(entity.label == "TITLE" and entity.span.start <= span.start and span.end <= entity.span.end
               for entity in entities[max(0, person - _MAX_ENCLOSING_TRIED):person])
