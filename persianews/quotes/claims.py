"""Claims named by a noun: ``ادعای X مبنی بر اینکه …`` — what X claimed, said, promised or warned of.

A noun of saying (ادعا، اظهارات، وعده، پیشنهاد …), its source right after it (an entity, perhaps after an
adjective: «اظهارات اخیر X») and «مبنی بر (اینکه)»: the clause after it is X's reported statement, up to the
first comma, or up to the «را» that makes the whole claim the object of the sentence's own verb
(«اتهامات آمریکا مبنی بر اینکه … بوده را رد کرد»). With neither, the sentence's own verb follows the phrase (a
noun's complement: «ادعای X مبنی بر … تکذیب شد») and no bound separates the two: a clause then ends at its first
verb if words follow it, a noun phrase runs on only when no verb ends the sentence (a headline: «ادعای X مبنی بر حمله به Y»). The last word before the
comma is no verb of saying («… مبنی بر … ابراز داشت،»: the sentence's).
A noun with no named source («شایعاتی مبنی بر …», «هیچ مدرکی مبنی بر …»), one whose entity a preposition governs
(«هشدار به X مبنی بر …»: the addressee, «در مجلس»: a place) and a question («در پاسخ به سوالی مبنی بر اینکه …»)
report no one's words; the one named after «اتهام» is the accused unless a state or organisation accuses.

A noun of speech (اظهارات، سخنان، صحبت‌ها، گفته‌ها، حرف‌ها، ادعا، انتقاد) also reports the clause «درباره/در مورد/
در خصوص اینکه …» opens («سخنان X درباره اینکه …، گفت»: not a question, «درباره اینکه چرا …»), and its source may
hold a title in apposition after a comma («اظهارات X، مشاور وزیر مبنی بر اینکه …»). These and «انتقادات/حرف‌های X
مبنی بر …» (round 23) fire 7 times more over news-dev-2, news-dev and telegram-dev, all 7 read right.
"""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.entities.words import PREPOSITIONS
from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import SPACES, View, has_words, last_words, skip_over, words
from persianews.quotes.cues import QUESTION_WORDS, fold_form
from persianews.quotes.statements import trim
from persianews.quotes.subject_phrases import PRESENT_PREFIXES
from persianews.records import Span
from persianews.text.reach import finditer_before_anchors

_ACCUSATIONS = ("اتهام", "اتهامات")
"""Nouns whose genitive is mostly the accused («اتهام X مبنی بر اخلال …»): a claim of a state or organisation only."""
_SPEECH = frozenset({"ادعا", "ادعاهای", "ادعای", "اظهارات", "سخنان", "گفته‌های", "صحبت‌های", "حرف‌های", "انتقاد",
                     "انتقادات", "انتقادهای"})
"""Nouns of speech: what «درباره اینکه …» opens after them is what was said, not a topic (as after «گزارش»)."""
_NOUNS = (*_SPEECH, *_ACCUSATIONS, "تأکید", "تاکید", "اعلام", "وعده", "وعده‌های", "پیشنهاد", "هشدار", "هشدارهای",
          "تهدید", "گزارش", "گزارش‌های", "توییت", "پست", "اعتراف", "تصریح")
_NOUN = (r"(?<![\p{L}\p{M}\u200c])(?:" + "|".join(sorted(_NOUNS, key=len, reverse=True))
         + r")(?![\p{L}\p{M}\u200c])")
_THAT = r"[ \u200c]*(?:اینکه|این[ \u200c]*که)(?![\p{L}\p{M}\u200c])"
_SOURCE_CHARS = 80
"""The most characters of a claim's source."""
_CLAIM = regex.compile(
    rf"(?P<cue>{_NOUN})(?P<source>(?:(?!{_NOUN})[^\n؛.!?؟:«»]){{1,{_SOURCE_CHARS}}}?)(?<![\p{{L}}\p{{M}}\u200c])"
    rf"(?:مبنی[ \u200c]*بر(?![\p{{L}}\p{{M}}\u200c])(?P<that>{_THAT})?"
    rf"|(?P<about>درباره|در[ \u200c]*(?:مورد|خصوص))(?P<that>{_THAT}))")
"""A noun of saying, its source (no other such noun inside: the nearest noun before «مبنی بر» heads the claim)
and «مبنی بر», with «اینکه» when a clause follows (group ``that``); or «درباره اینکه» (group ``about``)."""
_NOUN_AT = regex.compile(_NOUN)
_CONNECTOR = regex.compile(r"مبنی|درباره|در[ \u200c]*(?:مورد|خصوص)")
"""Where «مبنی بر», «درباره» or «در مورد/خصوص» may start: a claim's noun comes at most :data:`_REACH` characters
before (:func:`~persianews.text.reach.finditer_before_anchors`: the pattern is tried only there)."""
_REACH = max(map(len, _NOUNS)) + _SOURCE_CHARS
_QUESTION_WORDS = QUESTION_WORDS | frozenset(map(fold_form, "چقدر چند کدام".split()))
"""Words that open a question: «درباره اینکه چرا …» names a topic, not what was said."""
_SOURCE_WORDS = 6
"""At most this many words between the noun and «مبنی بر»: the source and an adjunct of it."""
_SOURCE_START_WORDS = 1
"""The source entity starts after at most this many words (an adjective: «اظهارات اخیر X»)."""
_CLAIM_END = regex.compile(r"[،؛:]|(?<![\p{L}\u200c])را(?![\p{L}\u200c])")
_VERB_ENDINGS = ("است", "بوده", "کرده", "شده", "دارد", "ندارد", "باشد", "نیست", "هست", "هستند", "‌اند", "ایم")
"""A «را» right after one of these ends the claim: the clause's verb, then the object marker of the whole."""
MIN_CLAIM_WORDS = 3
_MAIN_VERBS = frozenset("گفت افزود نوشت داشت نکرده".split())
"""Last words before the comma that are the sentence's own verb, not the claim's («… مبنی بر … ابراز داشت،»)."""
_PHRASE_VERBS = _MAIN_VERBS | frozenset("کرد کرده شد شده گشته است بود".split())
"""The same after a noun phrase (no «اینکه»), which holds no verb of its own."""
_DENIALS = frozenset({"رد", "تکذیب"})
"""Nouns of a light verb that denies a claim: «… را رد کرده» is the sentence's predicate, not the claim's."""
_VERBS = frozenset("هست نیست دارد ندارد داده نداده باشد".split())
"""More verbs that end a sentence: a noun phrase running to the sentence end must end in none."""


def claim_quotes(view: View) -> Iterator[Candidate]:
    """``NOUN X مبنی بر (اینکه) …``: the claim of a named source X (``cue:indirect-claim``)."""
    text = view.text
    for match in finditer_before_anchors(_CLAIM, _NOUN_AT, _CONNECTOR, _REACH, text):
        source = Span(*match.span("source"))
        found = words(text, source.start, source.end)
        if not found or len(found) > _SOURCE_WORDS or not _about_what_was_said(text, match):
            continue
        subject = _source(view, source, found[min(_SOURCE_START_WORDS, len(found) - 1)][0],
                          accusation=match.group("cue") in _ACCUSATIONS)
        if subject is None or not _apposition_only(view, source, subject):
            continue
        sentence = view.sentence_at(match.start())
        clause = match.group("that") is not None
        end = _claim_end(text, match.end(), sentence.end, clause)
        if end is None and clause:
            end = _first_verb_before_more(text, match.end(), sentence.end)
        content = trim(view, match.end(), sentence.end if end is None and not clause else end or match.end())
        if (content is None or not has_words(text, content.start, content.end, MIN_CLAIM_WORDS)
                or _ends_with_main_verb(text, content, clause, verbless=end is None)):
            continue
        yield Candidate("indirect", content, (Span(*match.span("cue")),), subject, "cue:indirect-claim", 0.6)


def _about_what_was_said(text: str, match: regex.Match[str]) -> bool:
    """Whether the claim's connector reports what was said: «مبنی بر» after any noun of saying, «درباره اینکه»
    after a noun of speech only (:data:`_SPEECH`) and before no question word."""
    if match.group("about") is None:
        return True
    following = words(text, match.end(), min(len(text), match.end() + 20))
    return match.group("cue") in _SPEECH and not (
        following and fold_form(text[slice(*following[0])]) in _QUESTION_WORDS)


def _apposition_only(view: View, source: Span, subject: Subject) -> bool:
    """Whether a comma in the source sets off only the subject's apposition: a title or name right after it
    («اظهارات X، مشاور وزیر مبنی بر …»), not another phrase of the sentence."""
    comma = view.text.find("،", source.start, source.end)
    if comma == -1:
        return True
    if subject.span is None or subject.span.end > comma or view.text.find("،", comma + 1, source.end) != -1:
        return False
    after = skip_over(SPACES, view.text, comma + 1, source.end)
    return view.entity_at(after, source.end) is not None


def _source(view: View, source: Span, latest: int, accusation: bool) -> Subject | None:
    """The named source of a claim: a speaker entity, else a country or other place speaking for its state
    («ادعاهای آمریکا»), starting no later than ``latest`` and governed by no preposition («هشدار به X»); after
    an accusation, an organisation or a place only. None when the noun names no one."""
    entity = next((e for e in view.entities_in(source.start, source.end) if e.span.start <= latest), None)
    if entity is not None:
        if view.previous_word(entity.span.start) in PREPOSITIONS or accusation and entity.label != "ORG":
            return None
        return Subject("entity", entity.span, entity, rule="subject:entity")
    place = next((e for e in view.places_in(source.start, latest + 1) if e.span.end <= source.end), None)
    if place is None or view.previous_word(place.span.start) in PREPOSITIONS:
        return None
    return Subject("words", place.span, rule="subject:words")


def _claim_end(text: str, start: int, end: int, clause: bool) -> int | None:
    """Where the claim ends: the first comma or colon, or a «را» after a clause's verb (any «را» after a noun
    phrase: «ادعای X مبنی بر عبور کشتی را رد کرد»); None when neither comes before the sentence end (``end``): a
    clause then ends at its first verb if more words follow (:func:`_first_verb_before_more`), a noun phrase only
    if no verb ends it (:func:`_ends_with_main_verb`)."""
    for found in _CLAIM_END.finditer(text, start, end):
        if found.group() != "را" or not clause:
            return found.start()
        before = text[start:found.start()].rstrip(" \u200c")
        if before.endswith(_VERB_ENDINGS):
            return found.start()
    return None


def _ends_with_main_verb(text: str, content: Span, clause: bool, verbless: bool) -> bool:
    """Whether the claim's last word is the sentence's own verb, which the comma after it closes; with no comma
    (``verbless``: a noun phrase up to the sentence end, a headline's «ادعای X مبنی بر حمله به Y»), whether it
    is any verb."""
    found = last_words(text, content.start, content.end, 1)
    if not found:
        return False
    word = text[slice(*found[0])]
    if verbless:
        return word in _PHRASE_VERBS or word in _VERBS or word.startswith(PRESENT_PREFIXES) or word.endswith("ند")
    return word in (_MAIN_VERBS if clause else _PHRASE_VERBS)


def _first_verb_before_more(text: str, start: int, end: int) -> int | None:
    """The end of a clause's first verb (:data:`_VERB_ENDINGS`) when words follow it before the sentence end:
    the sentence's own predicate («… مبنی بر اینکه بودجه کسری دارد حکایت دارد»); None when that verb is the
    last word (it is the sentence's: «… مبنی بر اینکه X آمده نادرست است») or a denial («… را رد کرده»: the
    sentence's, whose «را» followed no verb)."""
    found = words(text, start, end)
    verb = next((index for index, (a, b) in enumerate(found) if text[a:b].endswith(_VERB_ENDINGS)), None)
    if verb is None or verb + 1 == len(found) or verb and text[slice(*found[verb - 1])] in _DENIALS:
        return None
    return found[verb][1]
