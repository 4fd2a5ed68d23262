"""Subheadings a crawl glued to the paragraph after them: where the paragraph's first clause starts.

Some outlets' copies lose the break between a subheading and its paragraph, so that the heading's last word
runs into the paragraph's first: «… راه‌حل‌های ساده‌ای ندارندمرعشی در خصوص … ابراز داشت:», «آمادگی در تمام
بیمارستان‌هاوزیر بهداشت … افزود:», «… به توافق می‌رسندوی ادامه داد:». Read from the line's start, the heading's
words would be the subject of the paragraph's cue (a junk speaker that a later «وی» continues). The glued word is
found by its two parts: a word of the dictionary (or a verb form, or a word with an ending) and the opening of a
paragraph — a pronoun («وی»), a title head or an honorific («وزیر», «استاندار», «دکتر»), a word of a person the
document names («مرعشی», «حسین») or «اما» — where the whole is no word at all.

On the dev gold it rights 38 speakers (tagger) and 34 (rules), none lost. In news-dev-2's first 1,600 articles it moves
242 clause starts, a sample of 60 read: all but one or two glued headings («سناریوی» read «سناری|وی»); none in
news-dev (its names written in one piece, «صیادشیرازی», «زهرامحمد», are passed over).

Round 19 reads three more shapes: a heading's last word that no dictionary holds but the document writes alone
(«… در دوران کروناوی …»), a paragraph's first word that opens another line as the whole subject of «X گفت:» (a
surname no entity covers: «… از بانکقهرمانی درباره … گفت»), and the words after titles a «؛» joins on the line
(«… نفر؛ نفر در وضعیت … قرار دارنددکتر …»). On the dev gold they right 10 speakers in either pipeline, none lost; in
news-dev-2's first 3,000 articles they change 38 speakers (21 articles), all read: 36 right, 2 wrong either way; none
in 4,100 Telegram posts.

Round 29 reads more paragraph openings: «او» and «این» (an interview's headlines: «… متفاوت بوداو در این باره …»,
«… بیزار خواهد کرداین نماینده …»; not after a word of two letters, «ازاین»), an honorific glued to a given name
(«… در لاهیجانسیداسماعیل میرغضنفری …»), a frequent given name before a word no dictionary holds («… در قمعلی ابرازه
…», a surname no entity covers), and a heading's last word shorter than four letters before a title or a name
(«… به 205 نفرسرپرست …», «… تمدید شدعادل …»). In news-dev-2 they change 74 quotes' speakers (about 60 lines), all
read: 4 wrong (a holder's name the title found garbled, a name cut short at the glue); 1 in telegram-dev (wrong: a
foreign given name, «مار|تینا»).

Its second wave reads a lead-in glued to a heading's last word («… منشأ کرونادر همین حال …», «… به اتهام پول‌شوییدر
ادامه …», «… نامزدی الکاظمیاز سوی دیگر، …»): a word that ends in «در», «از» or «همچنین» after a heading's word of four
letters or more, where the lead-in read from there runs past the glued word. On the dev gold it rights 3 speakers in
either pipeline, none lost; in news-dev-2 it changes about 20 quotes' speakers (12 articles), all read: 1 wrong (a
coordinated subject before a speaker's title); none in telegram-dev.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from persianews.entities.keys import fold
from persianews.entities.words import (in_dictionary, inflected, is_frequent_given_name, is_given_name, is_stop,
                                      is_verb)
from persianews.quotes.antecedents import is_organisation_word
from persianews.quotes.context import View, skip_over
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.subject_phrases import opens_with_subject

_HEADING_WORDS = 24
"""How many words from a line's start a glued subheading may hold (a heading is short; bounds the work)."""
_MIN_HEADING_PART = 4
"""The fewest letters of a heading's last word («رسید|وی»), a stop word aside («است|اما»): «علا|وی» is «علاوی»."""
_PRONOUN = fold_form("وی")
_CONJUNCTION = fold_form("اما")
_OPENINGS = frozenset({_PRONOUN, fold_form("او"), fold_form("این"), _CONJUNCTION})
"""The words that open a paragraph by themselves: the pronouns «وی», «او», «این» («… بوداو در …», «… کرداین
نماینده …») and «اما»."""
_GLUED_LEAD_INS = ("در", "از", "همچنین")
"""The first words of lead-ins a heading's last word may run into («کرونادر همین حال», «الکاظمیاز سوی دیگر»)."""
_MIN_SHORT_PART = 2
"""The fewest letters of a short heading's last word before a name or a title («شد|علی», «قم|علی»)."""
_ZWNJ = "\u200c"
_WORD_OR_STOP = re.compile(r"[.!?؟:](?!\S)|[^\s.!?؟:،,؛;«»()\[\]\"/]+")
"""A word, or a mark that ends a sentence (a heading has none before the paragraph's words; «133.3» has none)."""
_SPACES = regex.compile(r"[ \t\u200c]*")
_BULLET = regex.compile(r"[\s\-–—•*]*")
_THEN_WORD = re.compile(r"[ \t]+[^\W\d_]")
"""A glued word goes on with the paragraph's words («…ندارندمرعشی در …»), not a comma («… بندرامام، …»)."""
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][^\s.!?؟:،,؛;«»()\[\]\"/]*)")
"""The word after a glued word (a surname after a glued given name: «…می‌کندحسین ایمانی»)."""
_MIN_WRITTEN_PART = 5
"""The fewest letters of a heading's last word that no dictionary holds but the document writes alone («کرونا»)."""
_WRITTEN_WORD = re.compile(r"[^\W\d_][^\s.!?؟:،,؛;«»()\[\]\"/]*")
"""A word of the text, as :data:`_WORD_OR_STOP` reads one."""
_JOINED_TITLES_CHARS = 300
"""How far back from a clause's start a line's titles joined by «؛» may begin (a title is short; bounds the work)."""
_JOINED_TITLES = re.compile(r"[^\n.]*؛[ \t\u200c]*")
"""Words with no full stop, then a «؛» that ends them."""
_OBJECT = re.compile(r"[ \t\u200c]+را(?![^\W\d_])")
"""«… علاوی را …»: a word before «را» is an object, no glued subject."""


def after_glued_heading(view: View, start: int, limit: int) -> int:
    """Where the paragraph starts in a line whose subheading is glued to it, when ``start`` opens a line that no
    pronoun or speaker entity opens (after its lead-ins): the start of the last glued word's second part before
    ``limit`` within the line's first words, a whole word at least before it and words after it (after «اما» and
    the spaces after it), no sentence stop before it and no person's name that opens before the word going on
    over the cut (a name glued to its title, «عباسعلی کدخداییسخنگوی …»); ``start`` otherwise. A name the tagger
    read from the glued word on («کشورجهانپور») is the paragraph's. Titles that a «؛» joins on the line before
    the heading («آخرین آمار …: … نفر؛ نفر در وضعیت … قرار دارنددکتر …», «… در رکود؛ پیش‌بینی … کرونازاوه …»)
    are passed over when the line's words read from its start hold no glued word (:func:`_after_joined_titles`)."""
    text = view.text
    found = _glued_paragraph(view, start, limit) if not start or text[start - 1] == "\n" else None
    if found is None:
        titles = _after_joined_titles(text, start, limit)
        found = _glued_paragraph(view, titles, limit) if titles is not None else None
    return start if found is None else found


def _glued_paragraph(view: View, start: int, limit: int) -> int | None:
    """See :func:`after_glued_heading`: the paragraph's start after a glued word read from ``start``, or None."""
    text = view.text
    begin = skip_lead_in(view, skip_over(_BULLET, text, start, limit), limit)
    if begin >= limit or opens_with_subject(view, begin, limit):
        return None
    found = None
    for count, match in enumerate(_WORD_OR_STOP.finditer(text, begin, limit)):
        word = match.group()
        if count >= _HEADING_WORDS or len(word) == 1 and word in ".!?؟:":
            break
        if not count or not _cuts(word):  # the line's first word is no heading's last; most words have no cut
            continue
        then = _NEXT_WORD.match(text, match.end(), limit)
        named_next = then is not None and fold_form(then.group(1)) in view.person_words
        unknown_next = then is not None and not named_next and not _is_word(then.group(1))
        cut = _glued_cut(view, word, named_next, unknown_next)
        if cut is None:
            lead_in = _glued_lead_in(view, word, match.end(), limit)
            found = lead_in if lead_in is not None else found
            continue
        if (match.start() + cut >= limit or not _THEN_WORD.match(text, match.end())
                or _OBJECT.match(text, match.end())):
            continue
        position = match.start() + cut
        if any(entity.label == "PERSON" and entity.span.start < match.start() and position < entity.span.end
               for entity in view.entities_in(begin, limit)):
            continue  # «عباسعلی کدخداییسخنگوی …», «محمد توفیق علاوی»: a name from before the word goes on in it
        found = skip_over(_SPACES, text, match.end(), limit) if fold_form(word[cut:]) == _CONJUNCTION else position
    return found


def _glued_lead_in(view: View, word: str, end: int, limit: int) -> int | None:
    """Where a lead-in glued to a heading's last word starts («… منشأ کرونادر همین حال سازمان …», «… به اتهام
    پول‌شوییدر ادامه قاضی …», «… نامزدی الکاظمیاز سوی دیگر، …»): ``word`` (ending at ``end``) ends in a lead-in's
    first word and the lead-in read from there runs past it, after a heading's word of four letters or more (a
    word by itself or one the document writes alone); else None."""
    for opener in _GLUED_LEAD_INS:
        heading = word[:-len(opener)]
        if word.endswith(opener) and len(heading.replace(_ZWNJ, "")) >= _MIN_HEADING_PART and heading[-1] != _ZWNJ \
                and (_is_word(heading) or fold_form(heading) in _written(view)) \
                and skip_lead_in(view, end - len(opener), limit) > end:
            return end - len(opener)
    return None


def _after_joined_titles(text: str, start: int, limit: int) -> int | None:
    """Where the words after the last «؛» that joins titles on ``start``'s line begin, when that «؛» stands after
    ``start`` and before ``limit``: the line's words before it are few and hold no full stop; else None."""
    line = text.rfind("\n", max(0, start - _JOINED_TITLES_CHARS - 1), start) + 1
    end = min(limit, line + _JOINED_TITLES_CHARS)
    if not line and start > _JOINED_TITLES_CHARS or text.find("؛", line, end) == -1:
        return None  # no «؛» to match (a C scan): most lines join no titles
    titles = _JOINED_TITLES.match(text, line, end)
    return titles.end() if titles is not None and titles.end() > start else None


def _glued_cut(view: View, word: str, named_next: bool = False, unknown_next: bool = False) -> int | None:
    """Where ``word`` is two words glued (a heading's last and a paragraph's first; the longest second part
    first), or None. Never at a ZWNJ: a word so joined is written as one («بنی‌شبان», «جیش‌المهدی»); a word of a
    person's name, or a given name when a word of a person's name follows ``word`` (``named_next``: «… بیشتر
    می‌کندحسین ایمانی …», the tagger's name cut short by the glue) or a frequent given name when a word no
    dictionary holds does (``unknown_next``: «… در قمعلی ابرازه …», a surname no entity covers), never after a
    given name or another such word: a name written in one piece («زهرامحمد», «صیادشیرازی»). The heading's part is
    a word by itself, or one the document writes alone («کرونا», which no dictionary holds: «… دوران کروناوی
    افزود»); a short one («شد», «قم», «نفر») only before a title or a name (:attr:`_Cut.short`), a given name then
    a frequent one («خو|لیو فیرو», «یوم|یوری شیمبون» are one word each), as after a word of two letters («… آژانس،
    ای|مانوئل ماکرون») and before a word no dictionary holds after a heading's word of fewer than
    :data:`_MIN_HEADING_PART` letters («… موسسه تا|ویرا سکیوریتیز»), unless that word is a verb, a heading's last
    («… تمدید شدعادل عبدالمهدی»)."""
    for part in _cuts(word):
        given = part.opening_is_given and (named_next or unknown_next) and (
            part.opening_is_frequent or part.heading_is_verb
            or (named_next and not part.short and part.cut >= len(_CONJUNCTION))
            or (unknown_next and not part.brief))
        named = _is_name_word(view, part.opening) or given
        if part.short and not (part.opens_name or named):
            continue
        if (part.opens_paragraph or part.opens_name
                or named and not part.heading_is_given and not _is_name_word(view, part.heading_key)) \
                and (part.heading_is_word or part.heading_key in _written(view)):  # the text's words read last
            return part.cut
    return None


def _is_name_word(view: View, key: str) -> bool:
    """Whether the folded ``key`` is a word of a person's name the document gives, or a word that opens a line as
    the whole subject of a «X گفت:» («قهرمانی گفت:», a surname no entity covers)."""
    return key in view.person_words or key in view.lone_names


def _written(view: View) -> set[str]:
    """The folded words of the document's text (gathered on first need, in one pass: each distinct word folded
    once, by C-level calls of the memo)."""
    if not view.written:
        view.written.update(map(fold_form, set(_WRITTEN_WORD.findall(view.text))))
    return view.written


class _Cut(NamedTuple):
    """A place where a word may be two glued words, whatever the document (see :func:`_cuts`)."""

    cut: int
    opening: str
    """The second part, folded."""
    opens_paragraph: bool
    """Whether the second part opens a paragraph by itself: a pronoun («وی», «او»), «این» or «اما»."""
    opens_name: bool
    """Whether it opens a name or a title: a title head or an honorific, or an honorific glued to a given name
    («سیداسماعیل»)."""
    heading_key: str
    """The first part, folded."""
    heading_is_word: bool
    """Whether the first part is a word by itself (else the document must write it alone: :func:`_glued_cut`)."""
    heading_is_given: bool
    heading_is_verb: bool
    opening_is_given: bool
    opening_is_frequent: bool
    """Whether the second part is a frequent given name («علی», «محمود»)."""
    brief: bool
    """Whether the first part is shorter than :data:`_MIN_HEADING_PART`, a stop word or not («تا», «شد»)."""
    short: bool
    """Whether the first part is shorter than :data:`_MIN_HEADING_PART` (a stop word aside): a word by itself that
    is no honorific, cut only before a name or a title («… اعلام شدعلی …», «… در قمعلی …», «… نفرسرپرست …»)."""


@functools.lru_cache(maxsize=1 << 16)
def _cuts(word: str) -> tuple[_Cut, ...]:
    """The places ``word`` may be two glued words, whatever the document (cached by word, bounded)."""
    if len(word) < _MIN_SHORT_PART + len(_PRONOUN) or _is_word(word) or is_given_name(fold(word)):
        return ()
    found = []
    honorifics = lexicon().honorifics
    for cut in range(_MIN_SHORT_PART, len(word) - len(_PRONOUN) + 1):
        heading, opening = word[:cut], fold_form(word[cut:])
        if _ZWNJ in (word[cut - 1], word[cut]):
            continue
        is_word = _is_word(heading)
        key = fold(heading)
        brief = len(heading.replace(_ZWNJ, "")) < _MIN_HEADING_PART
        short = brief and not is_stop(key)
        if short and (not is_word or fold_form(heading) in honorifics) \
                or not is_word and len(heading) < _MIN_WRITTEN_PART:
            continue
        opens = opening in _OPENINGS and cut >= len(_CONJUNCTION)  # «ازاین», «دراو»: a preposition's spelling
        name = len(opening) >= len(_CONJUNCTION) and (_opens_with_title(opening) or _honorific_given(opening))
        opening_key = fold(word[cut:])
        found.append(_Cut(cut, opening, opens, name, fold_form(heading), is_word, is_given_name(key),
                          is_verb(fold_form(heading)),
                          is_given_name(opening_key), is_frequent_given_name(opening_key), brief, short))
    return tuple(found)


def _honorific_given(key: str) -> bool:
    """Whether the folded ``key`` is an honorific glued to a given name («سیداسماعیل», «دکترعلی»)."""
    return any(key.startswith(honorific) and is_given_name(key[len(honorific):])
               for honorific in lexicon().honorifics if len(key) > len(honorific))


def _opens_with_title(key: str) -> bool:
    """Whether the folded ``key`` is a person's title head or an honorific, not an organisation's («عابر|بانک»,
    «نشست|شورای»)."""
    lex = lexicon()
    return key in lex.honorifics or key in lex.heads and not is_organisation_word(key)


def _is_word(part: str) -> bool:
    """Whether ``part`` is a word by itself: a dictionary word, a function word, or one with an ending."""
    key = fold(part)
    return in_dictionary(key) or is_stop(key) or inflected(key) is not None
