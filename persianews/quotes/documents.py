"""What a document says: «در این بیانیه آمده است: …», «متن نامه … به شرح زیر است: …».

A statement, message, letter or report is quoted by where it stands, not by who speaks:

* ``cue:document-colon``: «در این بیانیه آمده است: …», «در بخشی از پیام رئیس‌جمهور آمده است: …», «در
  ادامه آمده است: …» (a direct quote);
* ``cue:document-that``: the same phrase with «که» instead of the colon («در بیانیه پنتاگون آمده است که
  …»): an indirect quote;
* ``cue:document-set-out``: «متن (کامل) این نامه/بیانیه/پیام … به شرح زیر (به این شرح، بدین شرح) است: …» (a
  direct quote).

The speaker is the issuer the phrase names (the entity a document word governs: «بیانیه X»). A phrase
that names none («در این بیانیه», «متن این اطلاعیه») points back to the document introduced before: the
subject of the nearest earlier sentence (within ``_MAX_SENTENCES_BACK``) that introduces one («مرکز
اطلاع‌رسانی پلیس در این خصوص اطلاعیه‌ای منتشر کرد», «وزارت خارجه با صدور یک بیانیه …») or the entity
after the document word there, rule ``subject:document-issuer``; else the subject is dropped and resolves
to the previous speaker. One regex pass per construction, only over the lines that hold the construction's
fixed word («مده» of آمده or امده, «شرح»), and a look back of at most ``_MAX_CHARS_BACK`` characters per quote: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from persianews.entities.words import PREPOSITIONS
from persianews.quotes.candidates import NO_SUBJECT, Candidate, Subject
from persianews.quotes.clauses import Clauses, clause_bounds
from persianews.quotes.context import View, skip_over, words
from persianews.quotes.statements import content_rule, statement_after, trim
from persianews.quotes.subject_phrases import partner
from persianews.quotes.subjects import find_subject
from persianews.records import Span

_ISSUED = ["بیانیه", "اطلاعیه", "پیام", "نامه", "گزارش", "حکم", "دستور", "کیفرخواست", "بخشنامه", "ابلاغیه", "توییت",
           "یادداشت", "قطعنامه", "تفاهم‌نامه", "اعلامیه"]
"""Documents an issuer puts out: introduced with «یک» or the indefinite suffix («X در بیانیه‌ای …», «X با صدور
یک بیانیه …»), they are what a later «این بیانیه» points back to."""
_DOCUMENTS = [*_ISSUED, "متن", "پست", "سند"]


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((regex.escape(word).replace("\u200c", "\u200c?") for word in words), key=len, reverse=True))


_DOCUMENT_WORDS = _alternatives(_DOCUMENTS)
_ISSUED_WORDS = _alternatives(_ISSUED)
_EZAFE = r"(?:ٔ|ۀ|ی|‌ی|\u200c?ای)?(?![\p{L}\u200c])"
_PHRASE = (rf"(?P<phrase>(?:ادامه{_EZAFE}|[^\n:.!؟?«»]{{0,80}}?(?<![\p{{L}}\u200c])(?:{_DOCUMENT_WORDS}){_EZAFE})"
           r"[^\n:.!؟?«»]{0,80}?)")
"""A phrase holding a document word («ادامه» only right after «در»: «در ادامه (این بیانیه)»)."""
_IN_DOCUMENT = regex.compile(
    rf"(?<![\p{{L}}\u200c])در[ \u200c]+{_PHRASE}[ \u200c]+(?P<cue>[آا]مده(?:[ \u200c]+(?:است|بود))?)"
    r"(?:[ \u200c]*(?P<colon>:)|[ \u200c]+(?P<that>که)(?![\p{L}\u200c]))"
)
"""«در» + a phrase holding a document word + «آمده (است|بود)» + a colon or «که», within one line; «آمده» also
written without its hamza («در این اطلاعیه امده است: …»)."""
_SET_OUT = regex.compile(
    rf"(?<![\p{{L}}\u200c])(?<!به[ \u200c]+)(?P<phrase>(?:{_DOCUMENT_WORDS}){_EZAFE}[^\n:.!؟?«»]{{0,120}}?)"
    r"[ \u200c]+(?P<cue>(?:به[ \u200c]+شرح[ \u200c]+(?:زیر|ذیل)|(?:به[ \u200c]+این|بدین)[ \u200c]+شرح)"
    r"[ \u200c]+(?:است|می[ \u200c]*باشد))[ \u200c]*:"
)
"""A phrase opening with a document word (not «به گزارش …») + «به شرح زیر/ذیل است» or «به این/بدین شرح است» + a
colon («متن سخنان/فرمان/بیانیه X به این شرح است:»: 21 in news-dev-2, news-dev and telegram-dev, each a text set out)."""
_INTRODUCED = regex.compile(
    rf"(?<![\p{{L}}\u200c])(?:یک[ \u200c]+(?:{_ISSUED_WORDS})|(?:{_ISSUED_WORDS})(?:(?<=ه)\u200c?ای|(?<!ه)ی))"
    r"(?![\p{L}\u200c])"
)
"""A document introduced: «یک بیانیه», «بیانیه‌ای», «نامه‌ای», «پیامی», «حکمی» (not «گزارش داد», «متن سخنرانی»)."""
_DOCUMENT_WORD = regex.compile(rf"(?<![\p{{L}}\u200c])(?:{_DOCUMENT_WORDS}){_EZAFE}")
_MAX_GOVERNED_GAP = 2
_MAX_SENTENCES_BACK = 4
_MAX_CHARS_BACK = 2000
"""How far back an earlier issuer is looked for: a few sentences, and never a whole run-on text."""
_REST_OF_WORD = regex.compile(r"(?<=\S)\S*")
"""The rest of a word ``_MAX_CHARS_BACK`` cuts: a run-on sentence is read from the next word on."""
_CONFIDENCE = 0.8


def document_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """The statements documents hold (``cue:document-colon``, ``cue:document-that``, ``cue:document-set-out``)."""
    text = view.text
    for match in _on_lines_with(_IN_DOCUMENT, text, _COMING):
        if match.group("colon"):
            content = statement_after(view, match.end(), to_closing=True)
            rule, kind, cut = "cue:document-colon", "direct", ""
        else:
            end, cut = clause_bounds(view, clauses, match.end())
            content = trim(view, match.end(), end)
            rule, kind = "cue:document-that", "indirect"
        if content is not None:
            yield _candidate(view, match, content, kind, rule, cut)
    for match in _on_lines_with(_SET_OUT, text, _SETTING_OUT):
        if _sets_out_an_exchange(text, match.start("phrase"), match.end("phrase")):
            continue
        content = statement_after(view, match.end(), to_closing=True)
        if content is not None:
            yield _candidate(view, match, content, "direct", "cue:document-set-out")


def _sets_out_an_exchange(text: str, start: int, end: int) -> bool:
    """Whether the phrase ``[start, end)`` sets out an exchange, not an issuer's text: «متن (کامل) (این) گفت‌وگو،
    مصاحبه، سؤال …» holds a questioner's words and the answers («متن کامل این گفت‌وگو بدین شرح است:»)."""
    named = [w for w in words(text, start, min(end, start + 60)) if text[slice(*w)] not in _SET_OUT_OPENERS]
    return bool(named) and text[slice(*named[0])].replace("\u200c", "") in _EXCHANGES


_COMING = regex.compile("[آا]مده")
"""What every match of ``_IN_DOCUMENT`` holds («آمده», also written «امده»): the lines it is tried on."""
_SETTING_OUT = regex.compile("شرح")
"""What every match of ``_SET_OUT`` holds: the lines it is tried on."""
_SET_OUT_OPENERS = frozenset("متن کامل این".split())
_EXCHANGES = frozenset("گفتوگو گفتگو مصاحبه سوال سؤال پرسش".split())
"""Nouns of an exchange of questions and answers (written without ZWNJ)."""


def _on_lines_with(pattern: regex.Pattern[str], text: str, word: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match holds a match of ``word`` and stays on one line:
    only the lines that hold one are read (each once)."""
    found = word.search(text)
    while found is not None:
        position = found.start()
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        yield from pattern.finditer(text, text.rfind("\n", 0, position) + 1, end)
        found = word.search(text, end)


def _candidate(view: View, match: regex.Match[str], content: Span, kind: str, rule: str, cut: str = "") -> Candidate:
    """A document's statement; ``cut`` names the rule that ended the content before its sentence end, if any."""
    phrase, cue = Span(*match.span("phrase")), Span(*match.span("cue"))
    return Candidate(kind, content, (cue,), _issuer(view, phrase, cue.start), rule, _CONFIDENCE,
                     container=kind == "direct", content_rule=cut or content_rule(view, content))


def _issuer(view: View, phrase: Span, cue: int) -> Subject:
    """Who issued the document: the entity a document word of the phrase governs (``_MAX_GOVERNED_GAP``
    words at most between them, none a preposition or «و», no «،»: «بیانیه وزارت خارجه», «نامه قدردانی X
    از Y», «پیام تسلیت دکتر X» and «نامه X خطاب به Y»: X; not «این بیانیه … به نقل از X»), else the issuer
    of the document introduced before."""
    text = view.text
    for word in _DOCUMENT_WORD.finditer(text, phrase.start, phrase.end):
        following = view.entities_in(word.end(), phrase.end)
        if following and _governs(text, word.end(), following[0].span.start):
            issuer = following[0]
            return Subject("entity", issuer.span, issuer, partner(view, issuer, cue), "subject:entity")
    return _earlier_issuer(view, phrase.start)


def _governs(text: str, end: int, start: int) -> bool:
    """Whether the document word ending at ``end`` governs what starts at ``start`` (an ezafe chain)."""
    between = [text[a:b] for a, b in words(text, end, start)]
    return (len(between) <= _MAX_GOVERNED_GAP and "،" not in text[end:start]
            and not any(word in PREPOSITIONS or word == "و" for word in between))


def _earlier_issuer(view: View, position: int) -> Subject:
    """The issuer of the document the nearest earlier sentence introduces: the subject (an entity or a
    phrase no entity covers) before the document («X با صدور بیانیه‌ای …»). A dropped subject when that
    sentence has none, or no sentence within reach introduces a document. A sentence is read from at most
    ``_MAX_CHARS_BACK`` characters before ``position`` (a run-on sentence is not read again from its start
    for each quote)."""
    text = view.text
    floor = max(0, position - _MAX_CHARS_BACK)
    index = view.sentence_index(position)
    for number in range(index, max(-1, index - _MAX_SENTENCES_BACK - 1), -1):
        sentence = view.sentences[number]
        if sentence.end <= floor:
            break
        start = sentence.start if sentence.start >= floor else skip_over(_REST_OF_WORD, text, floor, position)
        mentions = list(_INTRODUCED.finditer(text, start, min(sentence.end, position)))
        if not mentions:
            continue
        subject = find_subject(view, start, mentions[-1].start())
        if subject.kind in ("entity", "words"):
            return attrs.evolve(subject, rule="subject:document-issuer")
        return NO_SUBJECT
    return NO_SUBJECT
