"""Denials as reports: «X را تکذیب کرد», «X را انکار کرد», «X را رد کرد» — the object is the claim the subject
denied (cues of the ``deny`` pattern, read by :func:`persianews.quotes.indirect.object_quotes`); and confirmations,
«X را تأیید کرد» (cues of the ``confirm`` pattern), whose object must name what was confirmed (:func:`confirms_a_claim`).

An object that is an anaphor alone («آن را رد کرد», «این خبر را تکذیب کرد») names no claim: the claim stands
elsewhere in the text; one word alone is a claim only when it names one («واقعیت را انکار کرد» denies no claim).
«رد کرد» rejects proposals, requests and bills as often as claims («درخواست X را رد کرد»,
«کلیات بودجه را رد کردند»), so with it the object must open with a word for a claim or an involvement
(«ادعای …», «گزارش‌ها درباره …», «دخالت …»), a verbal noun of an event («بسته‌شدن تنگه …») or «هرگونه …» (any).

In the dev gold, 6 of the 10 «… را تکذیب/رد/انکار کرد» are quotes (the 4 others: a pronoun, an anaphor, a bill, a
«نفی»); in news-dev-2, news-dev and telegram-dev the rule fires 81 times: of 30 read, 24 a denial right (the wrong
ones: a subject that took the object's first words in a headline, a fragment after a title not known as one).
"""

from __future__ import annotations

from persianews.entities.words import PREPOSITIONS
from persianews.quotes.context import View, word_texts
from persianews.quotes.cues import CueMatch, fold_form
from persianews.records import Span
from persianews.text.pronouns import DEMONSTRATIVES, SINGULAR_PERSONS, THOSE

_REJECT = fold_form("رد")
_SOMETHING = frozenset(fold_form(w) for w in "چیزی مطلبی".split())
"""An indefinite object («چیزی را تأیید می‌کند»): what was confirmed stands elsewhere, in a relative clause."""
_SAID = frozenset(fold_form(w) for w in "صحبت سخن سخنان حرف اظهارات گفته".split())
"""Heads of the words of another («صحبت‌های X», «سخنان X», «حرف‌های X»): confirmed, they are agreed with."""
_ANY = frozenset(fold_form(w) for w in "هرگونه هرنوع".split())
_ANY_PAIRS = frozenset({(fold_form("هر"), fold_form("گونه")), (fold_form("هر"), fold_form("نوع"))})
_QUANTIFIERS = frozenset(fold_form(w) for w in "همه تمام تمامی کلیه".split())
_ANAPHORS = frozenset(fold_form(w) for w in DEMONSTRATIVES + THOSE + SINGULAR_PERSONS)
_MAX_ANAPHOR_WORDS = 2
"""«این خبر», «آن ادعاها»: a demonstrative and a noun name a claim told elsewhere."""
_PREPOSITIONS = frozenset(fold_form(w) for w in PREPOSITIONS | frozenset("دربارهٔ مبنی پیرامون".split()))
"""The shared simple prepositions and the words of a topic («مبنی بر», «پیرامون»): an anaphor after one is no object."""
_CLAIMS = frozenset(fold_form(w) for w in """ادعا اتهام گزارش خبر اخبار شایعه شایعات اظهارات سخنان روایت احتمال
وجود دخالت مداخله نقش ارتباط مشارکت""".split())
"""Heads of an object of «رد کرد» that make it a claim or an involvement denied, not a proposal rejected."""
_PLURAL_OR_LINK = tuple(fold_form(e) for e in ("های", "ها", "ات", "ی"))
_EVENT_ENDINGS = tuple(fold_form(e) for e in ("شدن", "کردن", "دادن", "داشتن", "بودن"))
"""A verbal noun of an event («بسته‌شدن», «کشته شدن», «دست داشتن»): the object states that it happened."""


def denies_a_claim(view: View, cue: CueMatch, content: Span) -> bool:
    """Whether the object ``content`` of the denial at ``cue`` is a claim denied (see the module's docstring)."""
    found = [fold_form(w) for w in word_texts(view.text, content.start, content.end)]
    if not found or found[0] in _ANY or tuple(found[:2]) in _ANY_PAIRS:
        return bool(found)
    if _ends_in_anaphor(found):
        return False
    head = found[1] if found[0] in _QUANTIFIERS and len(found) > 1 else found[0]
    claim = _has_head(head, _CLAIMS) or any(word.endswith(_EVENT_ENDINGS) for word in found[:2])
    return claim or len(found) > 1 and not fold_form(view.text[cue.start:cue.end]).startswith(_REJECT)


def confirms_a_claim(view: View, content: Span) -> bool:
    """Whether the object ``content`` of «… را تأیید کرد» (a cue of the ``confirm`` pattern) names what was confirmed:
    not an anaphor that is the whole object (a pronoun, or a demonstrative and a
    noun, after a quantifier or none: «آن را تأیید کرد», «این موضوع را …», «همه این طرح‌ها را …»; not «مرگ او», «حمله
    به … این کشور»), not the indefinite «چیزی», and not the words of another («صحبت‌های X را تأیید می‌کند»: agreed
    with, not reported). A fact or an event confirmed («کشته شدن …», «خبر …», «حمله به …») still reports.

    On the 76 dev sets (tagger on), 4 false quotes fewer, no right quote lost; in news-dev-2 and telegram-dev it
    drops 12 quotes, each an anaphor, «چیزی» or another's words («این موضوع», «آن», «این توافق»)."""
    found = [fold_form(w) for w in word_texts(view.text, content.start, content.end)]
    if found and found[0] in _QUANTIFIERS:
        found = found[1:]
    if not found or found[0] in _SOMETHING or found[0] in _ANAPHORS and len(found) <= _MAX_ANAPHOR_WORDS:
        return False
    return not _has_head(found[0], _SAID)


def _ends_in_anaphor(found: list[str]) -> bool:
    """Whether the object's words ``found`` end in an anaphor that is the whole object: a pronoun or a demonstrative
    and a noun, with no preposition before it («این خبر», «سخنگوی … این اخبار»; not «گزارش درباره این موضوع»)."""
    tail = found[-_MAX_ANAPHOR_WORDS:]
    at = next((index for index, word in enumerate(tail) if word in _ANAPHORS), None)
    if at is None:
        return False
    before = len(found) - len(tail) + at - 1
    return before < 0 or found[before] not in _PREPOSITIONS


def _has_head(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``heads``, bare or with a plural or linking ending."""
    return word in heads or any(word.endswith(ending) and word[:-len(ending)] in heads for ending in _PLURAL_OR_LINK)

