"""Direct quotes: a verb of saying and a colon (``… تصریح کرد: …``) or a «…» after the verb."""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.quotes.candidates import NO_SUBJECT, Candidate
from persianews.quotes.cues import CueMatch
from persianews.quotes.context import BLANKS, LINE_BLANKS, MAX_CLAUSE_CHARS, View, last_words, skip_over
from persianews.quotes.asides import aside_rule
from persianews.quotes.dialogue import turn_follows
from persianews.quotes.hearsay import hearsay_rule
from persianews.quotes.new_subjects import first_person_rule
from persianews.quotes.statements import (REST_OF_LINE, SENTENCE_ENDS, closing_over_lines, content_rule,
                                          delimiting_rule, guillemet_end, present_cue_rule,
                                          statement_after, trim)
from persianews.quotes.subjects import find_subject
from persianews.records import Span
from persianews.text.reach import match_at

_COLON = regex.compile(r"[ \u200c]*(?::|؛(?![ \u200c]*\n))")
"""A colon after the verb; a semicolon there is a typo for one (``عنوان کرد؛ در این ایام …``)."""
_APPOSITION = regex.compile(r"[ \u200c]*(?:[\p{L}\u200c]+ی|به[ \u200c]?طوری)[ \u200c]+که(?![\p{L}\u200c])")
"""After a «؛», a noun in «ی» and «که» («… خبر داد؛ خبری که …», «… نامه نوشت؛ اقدامی که …») or «به‌طوری که»: the
narrator's apposition on what the clause before did, no statement (90 such «؛» after a verb in news-dev, news-dev-2
and telegram-dev, all read apposition or consequence)."""
_BROKEN_COLON = regex.compile(rf"[ \t\u200c]*\n[{LINE_BLANKS}]*:")
"""In a post, the verb's colon opening the next line: the source broke the line before it (``… گفت`` / ``: …``)."""
_GUILLEMET = regex.compile(r"[ \u200c]*،?[ \u200c]*«")


def colon_quotes(view: View) -> Iterator[Candidate]:
    """``SUBJECT … CUE: STATEMENT``: the statement runs to the end of its sentence."""
    for match in view.cues_with("say"):
        if match.kind == "indirect":
            continue
        colon = match_at(_COLON, view.text, match.end)
        if colon is not None and ":" not in colon.group() and (
                _has_object(view, match.start) or match_at(_APPOSITION, view.text, colon.end()) is not None):
            colon = None  # «… را اعلام کرد؛ …»: the verb took its object, the «؛» ends the clause
        broken = colon is None and view.is_post
        if broken:
            colon = match_at(_BROKEN_COLON, view.text, match.end)
        content = statement_after(view, colon.end(), to_closing=True) if colon else None
        if content is None or ("ask" in match.patterns and turn_follows(view, content.end)):
            continue  # an interviewer's question in a transcript: the next line is the answerer's turn
        cue = match.span
        subject = find_subject(view, _subject_floor(view, cue.start, broken), _before_asked(view, match))
        runs_on = view.lines_are_sentences and "\n" in view.text[content.start:content.end]
        over_lines = delimiting_rule(view, content)
        rule = ("content:after-broken-speaker-line" if broken else
                over_lines or (first_person_rule(view, content) if runs_on else "") or aside_rule(view, content)
                or ("content:lines-as-sentences" if runs_on else "") or hearsay_rule(view, content)
                or present_cue_rule(view, content))
        yield Candidate("direct", content, (cue,), subject, "cue:direct-colon", 0.9, container=True,
                        content_rule=rule)


def _before_asked(view: View, match: CueMatch) -> int:
    """Where the subject of the cue at ``match`` must end: before the «از» phrase that names the one a verb of
    asking asks («مجری از وزیر پرسید:», «از او سؤال کرد:»: the subject stands before it), else at the cue."""
    if "ask" not in match.patterns:
        return match.start
    floor = view.sentence_at(match.start).start
    found = last_words(view.text, floor, match.start, _ASKED_WORDS)
    asked = [s for s, e in found if view.text[s:e] == "از"]
    if not asked or _CLAUSE_BREAK.search(view.text, asked[-1], match.start):
        return match.start
    return asked[-1]


_ASKED_WORDS = 6
"""How many words before a verb of asking its «از» phrase may hold («از نامزد دوم حزب دموکرات پرسید»)."""
_CLAUSE_BREAK = regex.compile(r"[،,؛:.!?؟]")


def _has_object(view: View, cue: int) -> bool:
    """Whether «را» stands among the ``_OBJECT_WORDS`` words before the verb at ``cue`` (``شرایط فروش را
    اعلام کرد``, ``تعداد آن‌ها را پنج فروند اعلام کرده‌اند``): a verb with its object reports no statement
    after a «؛» (17 such «؛» in telegram-dev and news-dev-2, 16 clause breaks)."""
    floor = view.sentence_at(cue).start
    return any(view.text[s:e] == "را" for s, e in last_words(view.text, floor, cue, _OBJECT_WORDS))


_OBJECT_WORDS = 3


def _subject_floor(view: View, cue: int, broken: bool) -> int:
    """Where the subject of the cue at ``cue`` may start: its sentence's start, or, when the source broke the
    speaker line before its colon and the verb opens a line of its own (``سنتکام`` / ``نوشت`` / ``: …``), the
    start of the line before."""
    text = view.text
    start = view.sentence_at(cue).start
    line_start = text.rfind("\n", 0, cue) + 1
    if not broken or text[line_start:cue].strip(" \t\u200c") or line_start == 0:
        return start
    return min(start, text.rfind("\n", 0, line_start - 1) + 1)


_SKIPPED_LINE = regex.compile(rf"[{LINE_BLANKS}]*(?:@?[A-Za-z][A-Za-z0-9_.]*)?[{LINE_BLANKS}]*\n")
"""A blank line, or the signature of a quoted post (``realDonaldTrump``) between its paragraphs."""
_MAX_SKIPPED_LINES = 3
_CONTINUED_CONFIDENCE = 0.6
_LAST_CHARACTER = regex.compile(f"[^{LINE_BLANKS}]", regex.REVERSE)
"""The last character of a line but blanks and direction marks, read back from its end (no copy of the text)."""


def continued_paragraphs(view: View, candidates: list[Candidate]) -> Iterator[Candidate]:
    """In a post, a paragraph wholly in «…» right after a quote that ends its line is the same speaker's next
    paragraph (rule ``cue:continued-paragraph``, its subject dropped: the previous speaker): after a direct quote
    whose «»» ends its line, also across a quoted post's signature line (``«…»`` / ``realDonaldTrump`` / ``«…»``),
    or after any quote whose line ends a sentence or a speaker line's statement («X گفت که …:» / «…»; «X: …» /
    «…»). Not after a direct statement ending in a colon, which opens another's words («همتای ما در نامه‌ای نوشته
    است:» / «…»), nor under a line the copy broke mid-sentence (``… با عنوان`` / ``«…»`` / ``یاد
    می‌کنند``). So is the paragraph after that one. Each paragraph is read once: linear in the text."""
    if not view.is_post:
        return
    text = view.text
    pending = [(c.content.end, c.kind == "direct") for c in candidates]
    seen: set[int] = set()
    while pending:
        opening = _next_paragraph(text, *pending.pop())
        if opening is None or opening in seen:
            continue
        seen.add(opening)
        closing = closing_over_lines(text, opening)
        if closing is None or not match_at(REST_OF_LINE, text, closing):
            continue
        content = trim(view, opening, closing)
        if content is None:
            continue
        yield Candidate("direct", content, (), NO_SUBJECT, "cue:continued-paragraph", _CONTINUED_CONFIDENCE,
                        container=True, content_rule=content_rule(view, content))
        pending.append((closing, True))


def _next_paragraph(text: str, end: int, direct: bool) -> int | None:
    """The «« opening the paragraph after a quote that ends at ``end`` with its line (``direct``: a direct
    quote), when that line ends with «»» or a sentence's end, a direct statement with no colon at its end (a speaker
    line's, «ترامپ: …» / «…»), or a report that is not direct with a colon; or None."""
    rest = match_at(REST_OF_LINE, text, end) if end else None
    if rest is None or not rest.group().endswith("\n"):
        return None
    line_end = rest.end() - 1
    found = _LAST_CHARACTER.search(text, 0, line_end)
    last = found.group() if found is not None else ""
    if not (last == "»" or last.endswith(SENTENCE_ENDS) or (last != ":") == direct):
        return None
    position = rest.end()
    for _ in range(_MAX_SKIPPED_LINES):
        skipped = match_at(_SKIPPED_LINE, text, position)
        if skipped is None:
            break
        position = skipped.end()
    position = skip_over(BLANKS, text, position)
    return position if text.startswith("«", position) else None


def guillemet_quotes(view: View) -> Iterator[Candidate]:
    """``SUBJECT CUE «STATEMENT»`` (``می‌گوید «…»``): the words inside the guillemets."""
    text = view.text
    for match in view.cues_with("say"):
        opening = match_at(_GUILLEMET, text, match.end)
        if opening is None:
            continue
        sentence = view.sentence_at(match.start)
        end = guillemet_end(view, opening.end() - 1)
        partial = end is not None and _clause_goes_on(view, opening.end(), end, sentence.end)
        content = (trim(view, opening.end() - 1, sentence.end) if partial
                   else trim(view, opening.end(), (end - 1) if end else sentence.end))
        if content is None:
            continue
        cue = match.span
        subject = find_subject(view, sentence.start, cue.start)
        if partial:
            yield Candidate("indirect", content, (cue,), subject, "cue:indirect-partial-quote", 0.75)
        else:
            yield Candidate("direct", content, (cue,), subject, "cue:direct-guillemets", 0.85, container=True)


def _clause_goes_on(view: View, opening: int, closing: int, end: int) -> bool:
    """Whether the clause of the verb goes on after the «»» before ``closing`` (``گفت «هفته‌های سختی» در پیش
    است``, ``گفت «مستضعف» من هستم …``): a word follows it in the sentence, not one that opens a new clause or
    conjunct («و», «که», «اما» …). The guillemets then mark words of the speaker inside a reported clause, which
    is the quote (rule ``cue:indirect-partial-quote``: 20 such clauses in telegram-dev and news-dev-2, lines
    ≢ 3 mod 4, 13 of them on with such a word, all 13 reported clauses, read all).

    Not after a whole sentence (a sentence mark before the «»») or when another verb of saying follows in the
    sentence (``گفت «ما آماده‌ایم» نیز افزود که …``); nor before a word that opens a new clause («سپس», «زیرا» …).
    On the 1061 documents of news-dev-2, news-dev and telegram-dev with a verb of saying before «« (or hearsay),
    this turns 5 partial quotes into direct ones (read all): 3 whole statements followed by «زیرا» or another
    verb of saying, 2 mentions in guillemets that were no partial quotes either. A limit on the words in
    guillemets was tried and left out: it also lost 3 true partial quotes of 6 to 10 words."""
    text = view.text
    following = _NEXT_WORD.match(text, closing, end)
    if following is None or following.group(1) in _NEW_CLAUSE_WORDS:
        return False
    return not text[opening:closing - 1].rstrip(" \u200c").endswith(SENTENCE_ENDS) and not view.cues_in(closing, end)


_NEXT_WORD = regex.compile(r"[ \u200c]*([\p{L}\u200c]+)")
_NEW_CLAUSE_WORDS = frozenset("و که اما ولی تا یا را سپس نیز همچنین زیرا چون بلکه".split())


_MAX_TRAILING_CHARS = 1500
_TRAILING = regex.compile(r"»[ \u200c]*[،,]?[ \u200c]*")
_CLAUSE_BREAK = regex.compile(r"[.!؟?\n]")
_SENTENCE_END = regex.compile(r"[ \u200c]*(?:[.!؟?]|$|\n)")
_SENTENCE_BREAK = regex.compile(r"[.!؟?«»:\n]")


def trailing_quotes(view: View) -> Iterator[Candidate]:
    """``«STATEMENT»، وی افزود.`` and ``«STATEMENT»، به گفته وی.``: the attribution after the words."""
    text = view.text
    attributions = [(c.start, c.end, c.span, False) for c in view.cues_with("say")]
    attributions += [(m.start(), m.end(), Span(*m.span("cue")), True) for m in view.according]
    for start, end, cue, according in attributions:
        after = match_at(_SENTENCE_END, text, end)
        if not according and not after:
            continue
        floor = max(0, start - _MAX_TRAILING_CHARS)
        line_start = max(text.rfind("\n", floor, start) + 1, floor)  # bounded: linear time
        closing = text.rfind("»", line_start, start)
        if closing == -1:
            continue
        gap_end = skip_over(_TRAILING, text, closing)
        opening = _opening_of(text, closing, line_start)
        if opening is None or gap_end != start and not (not according and _short_subject(text, gap_end, start)):
            continue
        if not _opens_sentence(text, opening, line_start):
            continue
        content = trim(view, opening + 1, closing)
        if content is None:
            continue
        if according:
            # find_subject reads no further than MAX_CLAUSE_CHARS: no need to look for the end beyond that.
            close = _CLAUSE_BREAK.search(text, end, end + MAX_CLAUSE_CHARS)
            subject = find_subject(view, end, close.start() if close else len(text))
        else:
            subject = find_subject(view, gap_end, start)

        yield Candidate("direct", content, (cue,), subject, "cue:direct-trailing", 0.75, container=True)


def _opens_sentence(text: str, position: int, floor: int) -> bool:
    """Whether only blanks and bullets stand between the previous sentence end (or line start) and ``position``."""
    index = position - 1
    while index >= floor and (text[index].isspace() or text[index] in "\u200c•*-🔹🔸▪️\ufe0f"):
        index -= 1
    return index < floor or text[index] in ".!?؟:"


def _short_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short subject with no sentence break (``وی``، ``وزیر نیرو``)."""
    between = text[start:end]
    return 0 < len(between.split()) <= 8 and not _SENTENCE_BREAK.search(between)


def _opening_of(text: str, closing: int, floor: int) -> int | None:
    """The «« that the «»» at ``closing`` closes (nesting counted), not before ``floor``."""
    depth = 0
    for index in range(closing, floor - 1, -1):
        if text[index] == "»":
            depth += 1
        elif text[index] == "«":
            depth -= 1
            if depth == 0:
                return index
    return None
