"""Clauses around a verb of judging (``X را Y دانست``): the object marker «را» before the verb, the «و» that closes
an earlier clause before the object (the judged words start after it), and the end of a reported clause before a
conjoined judgement of the same speaker («… اعلام کرد A حمله کرده و این اقدام را «…» توصیف کرد»).
"""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.quotes.candidates import Subject
from persianews.quotes.context import (MAX_CLAUSE_CHARS, View, first_words, has_words, last_words, word_texts,
                                      words)
from persianews.quotes.cues import CueMatch, fold_form
from persianews.quotes.relative_clauses import is_finite_verb
from persianews.quotes.reported_clauses import MIN_BARE_CLAUSE_WORDS
from persianews.quotes.tense import past_stem, present_verb
from persianews.records import Span
from persianews.text.pronouns import DETERMINERS, IT, PERSONS
from persianews.text.reach import finditer_at_literals

MAX_PREDICATE_WORDS = 30
"""The most words between «را» and a verb of judging (the predicate)."""
RA = regex.compile(r"(?<![\p{L}\u200c])را(?![\p{L}\u200c])")
RA_BACKWARDS = regex.compile(RA.pattern, regex.REVERSE)
AND = "و"
"""A predicate's last word that makes the verb of judging a conjunct («… را شنیده و دانسته و …»: no predicate)."""
_CLAUSE_ENDS = frozenset("""
ارایه ارائه اشاره تشکر تقدیر بازدید دیدار شرکت حضور سخنرانی تأکید تاکید اعلام ابراز بیان مطرح
عنوان تشریح معرفی درخواست پیشنهاد اظهار انتقاد استقبال تبریک حمایت بررسی اعتراض قدردانی
کرد کردند شد شدند داد دادند داشت داشتند نمود نمودند گفت افزود دانست خواند برشمرد
""".split())
"""Words before «و» that end an earlier clause whose verb is elided (``گزارشی … ارایه و …``)."""
_PAIRS = {"گفت": "گو", "آمد": "شد", "داد": "ستد", "رفت": "آمد", "شست": "شو", "جست": "جو"}
"""Nouns of two verb stems joined by «و» (``گفت و گو``, ``منع آمد و شد``, ``داد و ستد``): no clause ends at the first."""
_PRESENT_COPULAS = frozenset("است هست هستند هستیم".split())
"""A copula that puts a stance in the present after its adjective («معتقد است»), not after a participle («گفته است»)."""


_JUDGING_NOUNS = ("توصیف", "عنوان", "ارزیابی", "تلقی", "قلمداد", "تعبیر", "ذکر", "اعلام", "متهم", "تشبیه")
"""The nouns of compound verbs of judging («توصیف کرد», «عنوان کرد», «اعلام کرد», «متهم کرد» …)."""
_ELIDED_JUDGING = regex.compile(
    rf"(?<![\p{{L}}\u200c])(?P<noun>{'|'.join(_JUDGING_NOUNS)})[ \u200c]+و[ \u200c]+(?=\p{{L}})")
"""The noun of a compound verb of judging and «و»: its light verb elided before a conjoined verb
(:func:`elided_judgements`; tried only where one of the nouns starts)."""
_DEEM = frozenset({"deem"})


def elided_judgements(view: View) -> Iterator[tuple[CueMatch, CueMatch]]:
    """«X را Y توصیف و تأکید کرد», «… را نبود برق عنوان و اظهار کردند: …»: the noun of a compound verb of judging
    whose light verb is elided before «و» and a verb of saying that opens the words right after it (the conjoined
    verb carries the shared light verb: its person and number). Each is yielded as a cue of judging, with that verb
    of saying (rule ``cue:indirect-deem-elided``). Not before a verb of another kind («… را ارزیابی و اجرا خواهند
    کرد», «… را معرفی و تحمیل نکنید»: acts, not judgements). Linear in the text."""
    for found in finditer_at_literals(_ELIDED_JUDGING, _JUDGING_NOUNS, view.text):
        following = view.cues_in(found.end(), found.end() + 1, "say")
        if following:
            yield CueMatch(Span(*found.span("noun")), _DEEM, "indirect"), following[0]


def object_marker(text: str, floor: int, verb: int) -> regex.Match[str] | None:
    """The last «را» before the verb of judging at ``verb`` within the predicate's reach (``MAX_PREDICATE_WORDS``
    and two more words, not before ``floor``), or None."""
    nearest = last_words(text, floor, verb, MAX_PREDICATE_WORDS + 2)
    return RA_BACKWARDS.search(text, nearest[0][0] if nearest else verb, verb)


def clause_and(text: str, start: int, limit: int) -> tuple[int, int, bool] | None:
    """The last «و» in ``[start, limit)`` that closes a clause before it — after a verb's noun whose verb is elided
    (``… ارایه و``) or a finite verb (``… حمله کرده و``, ``… رضایت ندارد و``) — as its start, the next word's
    start and whether the word before it is such a noun; None when none does."""
    found = words(text, start, limit)
    for index in range(len(found) - 2, 0, -1):
        word_start, word_end = found[index]
        before = text[slice(*found[index - 1])]
        if (text[word_start:word_end] == AND and (before in _CLAUSE_ENDS or is_finite_verb(before))
                and _PAIRS.get(before) != text[slice(*found[index + 1])]):
            return word_start, found[index + 1][0], before in _CLAUSE_ENDS
    return None


def _in_present(text: str, verb: Span) -> bool:
    """Whether the verb at ``verb`` is in the present (:func:`~persianews.quotes.tense.present_verb`)."""
    return present_verb(word_texts(text, verb.start, verb.end), _PRESENT_COPULAS)


def before_conjoined_deem(view: View, reporting: Span, start: int, end: int) -> int | None:
    """Where a clause ``[start, end)`` reported by the verb at ``reporting`` ends before a conjoined judgement of the
    same speaker, «… حمله کرده و این اقدام را «…» توصیف کرد» (rule ``content:before-conjoined-deem``): the «و»
    after a finite verb that opens the object of a verb of judging in the clause (its «را» within the predicate's
    reach of the verb), the object a phrase with no «که» nor finite verb, neither verb in the present
    (:func:`_in_present`: a present judgement is inside the reported words, «… متعهد است، هرچند واشینگتن X را Y
    می‌داند», and after a present report, «X می‌نویسد A گلایه کرد و B را C توصیف کرد», «عده‌ای می‌گویند همان‌طور
    که …», the clause is a story told whole); the judgement is a quote of its own
    (:func:`~persianews.quotes.indirect.deem_quotes`). None when there is none.

    Over telegram-dev and news-dev-2, 27 clauses cut, all read: 26 before the speaker's own judgement, 1 before a
    judgement whose subject is the clause's own («اعلام کرد، آمریکا … مرتکب جنایت بزرگی شده و عراق را کوچک
    شمرد»)."""
    text = view.text
    if _in_present(text, reporting):
        return None
    for match in view.cues_in(start, min(end, start + MAX_CLAUSE_CHARS), "deem"):  # a bounded read
        ra = object_marker(text, start, match.start)
        if ra is None or _in_present(text, match.span):
            continue
        conjunction = clause_and(text, start, ra.start())
        if (conjunction is not None and has_words(text, start, conjunction[0], MIN_BARE_CLAUSE_WORDS)
                and not any(text[s:e] == "که" or is_finite_verb(text[s:e])
                            for s, e in words(text, conjunction[1], ra.start()))):
            return conjunction[0]
    return None


def one_clause(view: View, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (the object's «را» and the predicate) holds no finite verb nor «و» after a past stem
    or before a pronoun or an entity (a clause of its own: «… را از بین برد و شهرداری … اعلام کرد», «… را بدون پاسخ
    بگذارد و او … اعلام کرد», a heading glued to its lead, «… را تعطیل می‌کندمقامات … اعلام کردند»)."""
    text, found = view.text, words(view.text, start, end)
    if any(is_finite_verb(text[word_start:word_end]) for word_start, word_end in found):
        return False
    subjects = {entity.span.start for entity in view.entities_in(start, end)}
    return not any(text[slice(*word)] == AND and (past_stem(fold_form(text[slice(*before)]))
                                                  or text[slice(*after)] in _PRONOUNS or after[0] in subjects)
                   for before, word, after in zip(found, found[1:], found[2:]))


_PRONOUNS = frozenset(PERSONS + IT)


_INNER_PREPOSITIONS = frozenset("در از به با برای".split())
"""Prepositions that go on a noun phrase inside an object (its complement: «شرایط جوی در هفته آینده را»), where
a subject phrase stops short of «را»: none opens an object."""
_DEMONSTRATIVES = frozenset(DETERMINERS)
"""Determiners that open an object («منابع ایرانی این حمله را …») or go on one inside it, after a comma that ends
the subject («مسئولان بورس، دلیل این تصمیم را …»)."""
_PLAIN_GAP = regex.compile(r"[ \u200c]*[»\"]?[\p{L}\p{M} \u200c]*")
"""Plain words between a subject phrase and «را», a closing quotation mark first at most (no bracket, comma, digit)."""
MAX_INNER_OBJECT_WORDS = 6
"""The most words between the end of a subject phrase and «را» that :func:`stops_inside_object` reads as the rest
of an object."""


def stops_inside_object(view: View, subject: Subject, start: int, ra: int, verb: int) -> bool:
    """Whether a subject phrase (words, not an entity or a pronoun) that ends at ``start`` stopped inside the object
    of «X OBJECT را Y دانست» whose «را» stands at ``ra`` and verb at ``verb`` (rule
    ``subject:before-object-inside``): the words left before «را» — at most ``MAX_INNER_OBJECT_WORDS``, no
    punctuation, finite verb nor «که» among them — go on the noun phrase the subject phrase ends in: a preposition
    opens them («مدیرکل هواشناسی استان تهران شرایط جوی | در هفته آینده را بارشی عنوان کرد»), a demonstrative
    after a comma inside the phrase («مسئولان بورس، دلیل | این تصمیم را …»), or a closing quotation mark stands
    first («… «ناچاری» | را»). The predicate is one phrase: no name in it and no «نیز» or «هم» at its end (a
    heading glued to its lead, «… را بستمقامات پاکستان … اعلام کردند», or the next clause's subject)."""
    text = view.text
    if subject.kind != "words" or subject.span is None or start >= ra or view.entities_in(ra, verb) \
            or view.places_in(ra, verb) or word_texts(text, ra, verb)[-1:] in (["نیز"], ["هم"]):
        return False
    gap = _PLAIN_GAP.fullmatch(text, start, ra)
    found = first_words(text, start, ra, MAX_INNER_OBJECT_WORDS + 1)
    if gap is None or len(found) > MAX_INNER_OBJECT_WORDS \
            or any(text[s:e] == "که" or is_finite_verb(text[s:e]) for s, e in found):
        return False
    if text[start:ra].lstrip(" \u200c").startswith(("»", '"')):
        return True
    first = text[slice(*found[0])] if found else ""
    return first in _INNER_PREPOSITIONS or first in _DEMONSTRATIVES and "،" in subject.span.slice(text)
