"""Lines of a Telegram post that the copy broke mid-sentence.

A copy of a post breaks lines at links, bold runs and the writer's own line
lengths («منابع محلی از» / «حملهٔ موشکی به …» / «خبر دادند.»). The segmenter
ends a sentence at every line break of a post; here a break is known for a
break inside a sentence, so that a statement or a reported clause runs on
over it.
"""

from __future__ import annotations

import regex

from persianews.quotes.cues import fold_form, lexicon
from persianews.records import Span
from persianews.text.line_ends import ends_in_compound_preposition
from persianews.text.segment import LINE_CONTINUATIONS

_OPENS_MID_SENTENCE = frozenset({"را", "رو", "که"})
"""Words that open no sentence: the object mark (colloquial «رو» too: «دیروز جمهوری اسلامی» / «رو با اسرائیل
مقایسه کرد»; 37 telegram-dev lines open with it after a line of words, all but two its object mark) and «که»."""
_OPENS_THE_REST_OF_A_LINE = frozenset({"و", "به"})
"""Words a line cut mid-sentence opens with after a line that ends in a Persian word with no stop («تمام معاملات
تجاری» / «و مالی … متوقف شده است.», «ارتشی از اجنه» / «به یاری … خواهد آمد»): the conjunction and the
preposition that join what the copy broke. Over the Telegram dev sets they add 5 right quotes; the other words of
``LINE_CONTINUATIONS`` as openers changed none."""
_REPORT_OPENING = regex.compile(r"به[ \u200c]+(?:گزارش|نقل[ \u200c]+از|گفته|نوشته)(?![\p{L}\u200c])")
"""«به گزارش X»، «به نقل از …», «به گفته …», «به نوشته …» open a sentence of their own."""
_NEEDS_OBJECT = frozenset({"طریق", "جمله", "مانند", "مثل", "شامل"})
"""Words that need what follows (``از طریق``, ``از جمله``, ``مانند``): 21 telegram-dev lines end in one before a
line of words, each cut mid-sentence («… از طریق» / «پاکستان و قطر» / «همچنان …»)."""
_WORD_AT_END = regex.compile(r"[\p{L}\u200c]+$")
LINE_BLANKS = " \t\u200c\u200e\u200f"
"""The blanks within a line: space, tab, ZWNJ and the direction marks (to strip, or in a character class)."""
LETTER_WORD = regex.compile(r"[\p{L}\u200c]+")
"""A word of letters and ZWNJs alone (no digit, mark or punctuation)."""
_ONE_LINE_BREAK = regex.compile(rf"[{LINE_BLANKS}]*\n[{LINE_BLANKS}]*")
_OPENS_WITH_LETTER = regex.compile(r"[\p{L}\p{N}«]")
_STOP_AT_END = regex.compile(r"[.!?؟:؛…»\p{So}][\s\u200c]*$")
_TAIL = 20
"""How far back from a line's end its last word or a stop is looked for (a joined sentence is not read again)."""
_LATIN_LINE = regex.compile(rf"[{LINE_BLANKS}]*\p{{Latin}}[\p{{Latin}}\p{{N}} .'&/-]{{0,60}}[{LINE_BLANKS}]*\n")
"""A line of Latin letters alone, with its line break (a name, a model or an address: ``Arrow``, ``USS Abraham
Lincoln``, ``raja.ir``), that a copy set off as an inline element of the sentence around it."""
_HANDLE_LIKE = regex.compile(r"\p{Ll}\p{Lu}|_")
"""A lower-case letter before a capital, or «_», inside a Latin line: an account's handle (``realDonaldTrump``,
``AlArabiya_Fa``), which a channel writes under the post it quotes, before its own comment — no inline name."""
_PERSIAN_WORD_AT_END = regex.compile(rf"\p{{Arabic}}[{LINE_BLANKS}]*$")
"""A line that ends in a Persian letter: no stop, so its sentence may go on over the next line."""
_OPENS_THE_REST = regex.compile(rf"[{LINE_BLANKS}]*[\p{{Arabic}}،(]")
_SAYING = frozenset({"say", "stance"})
_MAX_CUE_WORDS = 3
_CUE_TAIL = 80
"""How far back from a line's end a verb of saying that ends it, and the words before it, are read."""
_BEFORE_THE_SAID = frozenset({"را", "رو", "از"})
"""Words before a verb of saying on its line that make it no lead-in: what was said is its object («… را اعلام
کرد», «… رو گفت») or its topic («از ضرورت … میگه», «از «تغییر رژیم» گفت»), before the verb."""
_SPEAKER_COLON = regex.compile(r":(?<!\p{N}:)|:(?!\p{N})")
"""A colon that is no clock time's (``ساعت ۹:۴۰``): a line with one is a speaker line of its own."""
_CLAUSE_MARKS = (":", "،", ",", "؛")
"""Marks that close a clause before a verb of saying on its line («X از آکسیوس: یک مقام … به من می‌گوید»)."""
_NO_REPORT_OPENERS = frozenset({"و", "تا", "اما", "ولی", "یا"})
"""Words a line opens with that go on from the line before without being what its verb reports («… می‌نوشتند» /
«تا خطر …»)."""


def broken_line(text: str, end: int, start: int) -> bool:
    """Whether the line ending at ``end`` was cut mid-sentence and the line from ``start`` is its rest: the
    line ends in a word that needs more (``در``, ``و``, ``برای``, ``که``, ``از طریق``, ``در اختیار`` …), the rest
    opens with a comma, «را» («رو») or «که», which open no sentence, or one of the two is a line of Latin letters alone
    inside a Persian sentence (:func:`_inline_latin`), or the line ends in a Persian word with no stop and the rest
    opens with «و» or «به» (not «به گزارش/نقل از/گفته/نوشته», which open a sentence). The rest must open with a word
    (not a bullet or an emoji)."""
    last = _WORD_AT_END.search(text, max(0, end - _TAIL), end)
    if last is not None and (last.group() in LINE_CONTINUATIONS or last.group() in _NEEDS_OBJECT
                             or ends_in_compound_preposition(text, end)) \
            and _OPENS_WITH_LETTER.match(text, start):
        return True
    if text.startswith(("،", ","), start):
        return True
    if _inline_latin(text, start) or _inline_latin(text, text.rfind("\n", 0, end) + 1):
        return True
    first = LETTER_WORD.match(text, start)
    if first is None:
        return False
    if first.group() in _OPENS_THE_REST_OF_A_LINE and _REPORT_OPENING.match(text, start) is None \
            and _PERSIAN_WORD_AT_END.search(text, max(0, end - _TAIL), end) is not None:
        return True
    return first.group() in _OPENS_MID_SENTENCE


def _inline_latin(text: str, line_start: int) -> bool:
    """Whether the line from ``line_start`` is a line of Latin letters alone between a line ending in a Persian
    word (no stop) and a line opening with a Persian letter, «،» or «(»: a name the copy set off from the sentence
    it stands in («… سامانه دفاع موشکی» / «Arrow» / «(پیکان)، که …»), both breaks inside that sentence; not an
    account's handle (``realDonaldTrump``). Over telegram-dev, 77 posts hold such lines; the quotes of 10 change,
    all read right (statements and reported clauses run on over the name; two speakers found, «اعضای کمیته FOMC»)."""
    latin = _LATIN_LINE.match(text, line_start)
    return (latin is not None and line_start > 0 and text[line_start - 1] == "\n"
            and _HANDLE_LIKE.search(text, line_start, latin.end()) is None
            and _PERSIAN_WORD_AT_END.search(text, max(0, line_start - 1 - _TAIL), line_start - 1) is not None
            and _OPENS_THE_REST.match(text, latin.end()) is not None)


def ends_in_saying(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` ends, with no stop, in a verb of saying of the cue lexicon (``… اعلام
    کرد``, ``… می‌گوید``, ``… گفته بود``, ``… میگه``) after words of its own (a verb alone on its line has its
    subject on a line the copy set off before it), with no object mark or «از» before it in its clause (``… را
    اعلام کرد``, ``از … گفت``: what was said, or its topic, stands before the verb; the clause opens after the last
    «و», «:» or «،» of the line: «… رو با X مقایسه کرد و گفت»): a copy broke the line between
    the verb and what it reports, which opens the next line («سنتکام اعلام کرد» / «امروز ساعت ۹ …»)."""
    line_start = text.rfind("\n", max(0, end - _CUE_TAIL), end) + 1 or max(0, end - _CUE_TAIL)
    tail = text[line_start:end]
    words = LETTER_WORD.findall(tail)
    if not words or _WORD_AT_END.search(tail) is None:
        return False
    cues = lexicon()
    for count in range(1, min(_MAX_CUE_WORDS, len(words) - 1) + 1):
        entry = cues.forms.get(fold_form(" ".join(words[-count:])))
        if entry is not None and entry[0] & _SAYING:
            clause = LETTER_WORD.findall(tail, max(tail.rfind(mark) for mark in _CLAUSE_MARKS) + 1)
            before = clause[:-count]
            return not _BEFORE_THE_SAID.intersection(before[_last_and(before) + 1:])
    return False


def _last_and(words: list[str]) -> int:
    """The index of the last «و» among ``words`` (-1 when none): the verb after it has a clause of its own."""
    return max((index for index, word in enumerate(words) if word == "و"), default=-1)


def join_broken_lines(text: str, sentences: tuple[Span, ...]) -> tuple[Span, ...]:
    """``sentences`` with each one that ends at a broken line (:func:`broken_line`; a single line break
    between the two) joined to the next. A sentence so joined stays open over the next line breaks while
    its lines end in no stop and the next opens with a word («منابع محلی از» / «حملهٔ موشکی به … کویت» /
    «خبر دادند.»). A line with a colon (not a clock time's) is a speaker line of its own, never the rest of one.
    Linear in the length of the text: each line is read once."""
    joined: list[Span] = []
    open_ = False
    for sentence in sentences:
        if joined and _goes_on(text, joined[-1], sentence, open_):
            joined[-1] = Span(joined[-1].start, sentence.end)
            open_ = True
            continue
        joined.append(sentence)
        open_ = False
    return tuple(joined)


def _goes_on(text: str, previous: Span, sentence: Span, open_: bool) -> bool:
    """Whether ``sentence``, on the line after ``previous``, is its rest: the line was broken mid-sentence, or
    ``previous`` is a sentence already so joined (``open_``) that ends in no stop before a line of words."""
    if _ONE_LINE_BREAK.fullmatch(text, previous.end, sentence.start) is None \
            or _SPEAKER_COLON.search(text, sentence.start, sentence.end):
        return False
    if broken_line(text, previous.end, sentence.start):
        return True
    if ends_in_saying(text, previous.end) and _OPENS_WITH_LETTER.match(text, sentence.start) is not None:
        first = LETTER_WORD.match(text, sentence.start)
        return first is None or first.group() not in _NO_REPORT_OPENERS
    return (open_ and _OPENS_WITH_LETTER.match(text, sentence.start) is not None
            and _STOP_AT_END.search(text, max(previous.start, previous.end - _TAIL), previous.end) is None)
