"""Complement clauses: a «که» after a finite verb opens a clause with a subject of its own (round 14); so do the words
after a verb of saying and a comma («X ادامه داد، دو شرکت انتظار دارند که …», round 20)."""

from __future__ import annotations

import regex

from persianews.quotes.antecedents import can_speak
from persianews.quotes.context import COMMA_AFTER, View, words
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.subject_phrases import has_own_subject
from persianews.text.lead_ins import is_count_word

NOUN_CLAUSE = regex.compile(r"(?<![\p{L}\u200c])(?:این|آن)[\s\u200c]?که(?![\p{L}\u200c])")
"""«اینکه», «آن که»: a noun clause («با بیان اینکه …»), no complement of a finite verb."""
_VERB = (r"(?<![\p{L}\u200c])(?:ن?می[\s\u200c]\p{L}+|است|بود|بودند|نیست|هست|هستند|شد|شدند|شود|شوند|شده|گرفت"
         r"|گرفتند|کرد|کردند|کند|کنند|داد|دادند|دهد|رسید|آمد|یافت|دارد|دارند|ندارد|باشد|خواهد)(?![\p{L}\u200c])")
"""A finite verb: a present or imperfect form (``می‌``/``نمی‌``), a copula, a light verb in the past or present. A
pattern, searched backwards before «که», of the verbs that complete a main clause (no participle but «شده»), where
``relative_clauses._FINITE_VERBS`` lists those that close a relative clause before a cue."""
_FINITE_BEFORE_THAT = regex.compile(_VERB + r"\s+که(?![\p{L}\u200c])", regex.REVERSE)
"""The last «که» in a span after a finite verb («… منتشر شد که», «… در حالی است که», «… می‌کند که»): the main
clause before it is complete, so the «که» opens a complement clause."""
_FINITE = regex.compile(_VERB)
_PREDICATE_RELATIVE = regex.compile(r"(?<!حال)ی\s+(?:است|بود|بودند|نیست|هست|هستند)\s+که$")
"""«… عضوی بود که», «… جمهوری‌خواهانی بودند که»: an indefinite predicate noun and its relative clause, whose
subject is the main clause's (not «در حالی است که», a conjunction)."""
_PARTICIPLE = r"(?<![\p{L}\u200c])(?:کرده|داده|گرفته|نموده|بوده)(?![\p{L}\u200c])"
"""A light verb's past participle that closes a clause whose auxiliary is left out before «و» («… نظر X را جلب کرده
و وی … گفت»: «کرده است و»)."""
_COORDINATED = regex.compile(r"(?:" + _VERB + "|" + _PARTICIPLE + r")[ \u200c]*(?:،[ \u200c]*و|،|و)(?![\p{L}\u200c])")
"""A finite verb, or a light verb's participle, closing a clause, then «و» or «،» (``… برگزار شد و``, ``… اعلام شد،``,
``… جلب کرده و``): a clause of its own may follow."""
_OBJECT = regex.compile(r"[ \u200c]*را(?![\p{L}\u200c])")
COMPLEMENT = "subject:in-complement"
REPORTED = "subject:after-reported-comma"
COORDINATED = "subject:after-coordinated-clause"


def after_complement_that(view: View, start: int, limit: int) -> int:
    """After a «که» that follows a finite verb when the cue at ``limit`` closes the clause it opens: «این آمار پس
    از آن منتشر شد که مقام‌های استان … خبر دادند», «این ادعاها در حالی است که پیش‌تر ارتش اردن اعلام کرد» —
    the subject of the main clause (a description, an entity) did not say the words; the complement clause's
    subject did (rule ``subject:in-complement``). ``start`` when there is none, when a «،» or a guillemet
    follows the «که» (a parenthesis, a quotation), when a verb or «و» stands between it and the cue, after a
    relative clause on a predicate noun («… عضوی بود که …»), after a noun clause («با بیان اینکه … است که …»),
    or when the «که» clause has no subject of its own («… است که از مصاحبه امتناع … کرد»)."""
    text = view.text
    found = _FINITE_BEFORE_THAT.search(text, start, limit)
    if found is None or NOUN_CLAUSE.search(text, start, found.start()):
        return start
    rest = text[found.end():limit]
    # A verb before the cue closes the «که» clause: the cue is coordinated with the main verb («X پیشنهاد کرد که
    # … موثر خواهد بود و افزود»), and so is a cue right after «و».
    if ("،" in rest or "«" in rest or "»" in rest or _FINITE.search(rest) or rest.rstrip().endswith(" و")
            or _PREDICATE_RELATIVE.search(text, max(start, found.start() - 30), found.end())):
        return start
    after = skip_lead_in(view, found.end(), limit)
    return after if after < limit and has_own_subject(view, after, limit) else start


def after_coordinated_clause(view: View, start: int, limit: int) -> int:
    """After a finite verb and the «و» or «،» that closes its clause, when the words after it up to the cue at
    ``limit`` have a subject of their own (:func:`has_own_subject`, not an object before «را»): «… به انبار
    مهمات حمله کرد و بعد از آن ارتش دوم مدعی شد», «… در شورای شهر برپا شد و در این جلسه NAME … اعلام کرد»,
    «… توسط سخنگوی وزارتخانه اعلام شد، NAME … گفت» — the subject of the first clause did not say the words;
    the subject of the clause the cue closes did (rule ``subject:after-coordinated-clause``). The last such clause
    counts; ``start`` when there is none, after a noun clause («با بیان اینکه … شد و …»), or when a guillemet or
    a finite verb stands between that subject and the cue (but the verb of a cue coordinated with it: «NAME پاسخ
    منفی داد و افزود»). One pass over the span; a few clauses checked from the last."""
    found = _coordinated_clause_at(view, start, limit)
    return start if found is None else found


def follows_coordinated_clause(view: View, start: int, position: int, limit: int) -> bool:
    """Whether the subject at ``position`` opens the clause after a finite verb and its «و» or «،» (see
    :func:`after_coordinated_clause`)."""
    return _coordinated_clause_at(view, start, limit) == position


def _coordinated_clause_at(view: View, start: int, limit: int) -> int | None:
    """Where the subject of the last clause after a finite verb and «و» or «،» in ``[start, limit)`` stands (see
    :func:`after_coordinated_clause`), or None."""
    text = view.text
    if text.find("«", start, limit) != -1 or text.find("»", start, limit) != -1:  # no copy of the span
        return None
    boundaries = list(_COORDINATED.finditer(text, start, limit))
    for boundary in reversed(boundaries[-_MAX_CLAUSES:]):
        if NOUN_CLAUSE.search(text, start, boundary.start()):
            return None
        after = skip_lead_in(view, boundary.end(), limit)
        if after >= limit or not has_own_subject(view, after, limit):
            continue
        verb = _FINITE.search(text, after, limit)
        if verb is not None and text[verb.end():limit].strip() not in ("و", "، و"):
            return None
        entity = view.entity_at(after, limit)
        if entity is not None and _OBJECT.match(text, entity.span.end, limit):
            return None
        return after
    return None


_MAX_CLAUSES = 3
"""How many clauses, from the last, :func:`_coordinated_clause_at` reads."""


def follows_complement(view: View, start: int, position: int, limit: int) -> bool:
    """Whether the subject at ``position`` opens a complement «که» clause (see :func:`after_complement_that`)."""
    found = _FINITE_BEFORE_THAT.search(view.text, start, position)
    return found is not None and skip_lead_in(view, found.end(), limit) == position


def after_reported_comma(view: View, start: int, limit: int) -> int:
    """After a verb of saying and the «،» right after it, when the words after the comma up to the cue at ``limit``
    have a subject of their own: «X ادامه داد، دو شرکت انتظار دارند که …», «X گفت، کارشناسان معتقدند …» — the
    words after the comma are what X said, and the cue in them is their own subject's (rule
    ``subject:after-reported-comma``), not X's. ``start`` when there is none."""
    found = _reported_clause_at(view, start, limit)
    return start if found is None else found


def follows_reported_comma(view: View, start: int, position: int, limit: int) -> bool:
    """Whether the subject at ``position`` opens the words after a verb of saying and a comma (see
    :func:`after_reported_comma`)."""
    return _reported_clause_at(view, start, limit) == position


def _reported_clause_at(view: View, start: int, limit: int) -> int | None:
    """Where the subject of the words after the last verb of saying in ``[start, limit)`` and its comma stands, or
    None (no such verb, no comma right after it, or no subject of their own)."""
    cues = view.cues_in(start, limit, "say")
    comma = COMMA_AFTER.match(view.text, cues[-1].end, limit) if cues else None
    if comma is None:
        return None
    after = skip_lead_in(view, comma.end(), limit)
    return after if after < limit and (has_own_subject(view, after, limit) or _counted_agents(view, after, limit)) \
        else None


def _counted_agents(view: View, position: int, limit: int) -> bool:
    """Whether the words at ``position`` are a count and a word for an agent that can speak («دو شرکت», «سه کشور»)."""
    found = words(view.text, position, min(limit, position + _COUNTED_CHARS))[:2]
    if len(found) < 2:
        return False
    count, noun = (view.text[start:end] for start, end in found)
    return is_count_word(count) and can_speak(noun)


_COUNTED_CHARS = 40
