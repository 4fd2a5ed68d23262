"""The relative-clause gate: a cue inside a relative clause on a noun reports no statement of its own.

«با خبری که سایت باشگاه اعلام کرده، …», «از مردمی که به فراخوان او لبیک گفتند، …», «آنچه او می‌گوید …»,
«در چنین ایامی که مردم … را فریضه‌ای می‌دانند؛ …»: the verb of saying or belief closes a clause that modifies a
noun (the thing said is the noun itself, or the clause is a description), and the words after its comma are the
main clause, the writer's. One gate for every cue rule, applied to the candidates before speakers are resolved.
"""

from __future__ import annotations

import regex

from persianews.entities.words import PREPOSITIONS
from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import word_texts
from persianews.quotes.cues import fold_form
from persianews.quotes.speaker_names import names_no_one
from persianews.quotes.subject_phrases import PRESENT_PREFIXES
from persianews.quotes.tense import MI

_CLAUSE_CHARS = 200
"""How far before its cue a clause is read for the relative «که» that opens it: a bound on the work per
candidate."""
_BOUNDARY = ".!?؟:\n؛،"
"""Marks that close a clause: a relative clause before one of them is closed before the cue."""
_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
_FREE_RELATIVES = frozenset(fold_form(w) for w in "آنچه هرآنچه هرچه آنچه‌که".split())
"""Free relatives (what, whatever): the thing said is the relative itself («آنچه X اعلام کرد …»)."""
_CONJUNCTION_HEADS = frozenset(fold_form(w) for w in """
حالی درحالی طوری بطوری به‌طوری گونه‌ای بگونه‌ای به‌گونه‌ای وقتی زمانی هنگامی موقعی جایی تاجایی حدی نحوی صورتی
درصورتی شرطی شرایطی مادامی روزی سالی هفته‌ای ماهی آنجایی همانجایی لحظه‌ای
""".split())
"""Nouns in «ی» whose «که» opens an adverbial clause, not a relative one on a thing: «در حالی که», «به طوری
که», «وقتی که», «زمانی که», «تا جایی که» (the cue in them reports: «زمانی که وزیر گفت: …»)."""
_SOURCE_PREPOSITIONS = frozenset(fold_form(w) for w in "طبق براساس اساس بنابر مطابق استناد".split())
"""Before the noun, a source's preposition: «طبق آماری که X اعلام کرده، …» reports X's figures (according to)."""
_LIGHT_VERBS = """
است بود بودند شد شدند کرد کردند داشت داشتند داد دادند نمود نمودند گرفت گرفتند آمد آمدند رسید رسیدند هست هستند نیست
نیستند باشد باشند شود شوند کند کنند دارد دارند شده کرده داده بوده نموده گرفته داشته آمده رسیده
""".split()
_FINITE_VERBS = frozenset(fold_form(w) for verb in _LIGHT_VERBS for w in (verb, "ن" + verb))
"""Finite verbs (a light verb or copula, its participle — the journalists' perfect without «است» — or its negative;
with :data:`~persianews.quotes.subject_phrases.PRESENT_PREFIXES`, a present or imperfect in «می‌»): the relative
clause closes with one before the cue (the cue is then the main clause's verb: «مقام‌هایی که نامشان را فاش نکردند
گفتند، …»). A list of its own: the dictionary (:func:`~persianews.entities.words.is_verb`) has no verb reading of
است, هست, داد, رسید, and the participles count here (the journalists' perfect), unlike complements' verb before «که»."""
_MAX_WORDS_BEFORE_SUBJECT = 4
"""More words than this between «که» and the cue's subject: the relative clause closed before the subject."""
_OWN_CONTENT = regex.compile(r"[ \u200c]*(?::|که(?![\p{L}\u200c])|«)")
"""After the cue: a colon, «که» or guillemets open content of the cue's own."""
_AFTER_CUE_CLOSED = regex.compile(r"[ \u200c]*(?:[،.!?؟؛\n]|$)")
"""After the cue: a comma or the sentence's end, the relative clause closes there."""


def in_relative_clause(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate``'s cue closes a relative clause on a noun, its content inside it (rule of no code:
    such a candidate is dropped).

    The clause before the cue, back to the nearest «،», colon or sentence end (at most ``_CLAUSE_CHARS``),
    must hold a free relative («آنچه», «هرچه») or a noun in «ی» and «که» (``خبری که``, ``مردمی که``,
    ``چیزی که``; not a conjunction's noun: «در حالی که», «زمانی که»; not after a source's preposition, up to two
    words before it: «طبق آخرین آماری که …») with no finite verb between it and the cue (a relative clause closed
    by its own verb: «… با توصیه‌هایی که داشتند خواهان … شدند»), and the cue must have no colon, «که» or
    guillemets after it. The content starts after the opener (a relative clause inside the content — «از توقیف
    خودروهایی که … خبر داد» — is the content's own), the subject within ``_MAX_WORDS_BEFORE_SUBJECT`` words of it,
    and the noun is not the speaker's (:func:`_on_the_speaker`: «روحانی که … را مهم دانست، …»). A free
    relative is the thing said itself; after a noun the cue must give the clause no content of its own: content
    that lies before the cue, or a comma or the sentence end right after it («حملاتی که مقامات هشدار داده‌اند
    ممکن است …» reports)."""
    if not candidate.cue or _OWN_CONTENT.match(text, candidate.cue[-1].end) is not None:
        return False
    cue = candidate.cue[0]
    floor = max(0, cue.start - _CLAUSE_CHARS)
    boundary = max(text.rfind(mark, floor, cue.start) for mark in _BOUNDARY)
    clause = max(floor, boundary + 1)
    opener = _relative_opener(text, clause, cue.start)
    if opener is None:
        return False
    head, position = opener
    subject = candidate.subject
    far = (subject.span is not None
           and len(_WORD.findall(text, position, subject.span.start)) > _MAX_WORDS_BEFORE_SUBJECT)
    if candidate.content.start < position or far or _has_finite_verb(text, position, cue.start):
        return False
    if head == position:
        return True  # a free relative
    if _on_the_speaker(text, subject, clause, head):
        return False
    return candidate.content.end <= cue.start or _AFTER_CUE_CLOSED.match(text, candidate.cue[-1].end) is not None


def _on_the_speaker(text: str, subject: Subject, clause: int, head: int) -> bool:
    """Whether the relative clause's noun at ``head`` belongs to the cue's subject phrase, which names someone: the
    subject starts in the clause (from ``clause``) at or before the noun, no preposition stands between them
    («وزیر با اشاره به مواردی که …» is no clause on the minister), and the subject is an entity or words
    :func:`names_no_one` does not reject («یکی از مهمانداران این هواپیمایی که …»; not «مواردی که …»)."""
    span = subject.span
    if span is None or not clause <= span.start <= head:
        return False
    if not PREPOSITIONS.isdisjoint(word_texts(text, span.end, head)):
        return False
    return subject.kind == "entity" or not names_no_one(word_texts(text, span.start, span.end), relative=True)


def _relative_opener(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the last relative opener's head in ``[start, end)`` and the opener's end (the same position
    for a free relative, which has no head), or None when the last «که» there opens none: a «که» after a verb,
    «این», a conjunction's noun or a source's noun opens a complement, an adverbial or a source, and closes a
    relative clause before it."""
    before: tuple[str, ...] = ()
    previous: regex.Match[str] | None = None
    found: tuple[int, int] | None = None
    for word in _WORD.finditer(text, start, end):
        folded = fold_form(word.group())
        if folded in _FREE_RELATIVES:
            found = (word.end(), word.end())
        elif folded == "که":
            found = ((previous.start(), word.end()) if previous is not None and _relative_head(before[-1])
                     and _SOURCE_PREPOSITIONS.isdisjoint(before[-3:-1]) else None)
        before = (*before[-2:], folded)
        previous = word
    return found


def _has_finite_verb(text: str, start: int, end: int) -> bool:
    """Whether a finite verb (:func:`is_finite_verb`) stands in ``[start, end)``."""
    return any(is_finite_verb(word.group()) for word in _WORD.finditer(text, start, end))


def is_finite_verb(word: str) -> bool:
    """Whether ``word`` is a finite verb: a light verb or copula (or its participle, the journalists' perfect), or a
    word in «می‌»/«نمی‌» (with its ZWNJ or space: «میزان», «میلیون» are none)."""
    return fold_form(word) in _FINITE_VERBS or word.startswith(PRESENT_PREFIXES) or word in MI


def _relative_head(word: str) -> bool:
    """Whether a folded word before «که» is a noun with the relative «ی» (``خبری``, ``مردمی``, ``چیزی``)."""
    return (len(word) > 2 and word.endswith("ی") and word not in _CONJUNCTION_HEADS
            and not word.startswith(MI))  # «می‌دانی که …»: a verb in the second person
