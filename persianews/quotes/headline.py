"""Headline-style quotes: ``SPEAKER: STATEMENT`` with no verb (``فرمانداری سیریک: …``).

Only when what stands before the colon is a speaker: an entity, a phrase
opened by a speaker head (``سخنگوی …``, ``خبرگزاری …``) or, in a Telegram
post, a short name (``تارتار: …``). Labels (``عکس:``, ``مکان:``, ``خبر فوری:``), times,
phrases in a script other than Persian or Latin, the scheme of a link (``https://…``), a smiley's colon («…:)»)
and the agency's own dateline at the start of the lead are not quotes; a label that is a role word with words
after it (``خبرنگار صداوسیما:``, not ``خبرنگار:`` but in an interviewer's turn) is a speaker, and so is a
mission with its seat (``سفارت ایران در مسکو:``). A word for a post before its owner
(``پست ترامپ، ترجمه ماشین: …``) leaves the owner as the speaker. In a post,
the colon may stand at the start of the next line (``ترامپ`` / ``:`` / …), and a label
set off by a bar may open the line (``فوری | ترامپ: …``). Excerpts of a speech under a label are read in ``excerpts``,
how far a statement runs over its line and the lines after in ``headline_runs``, who the speaker phrase names in
``headline_speakers``.
"""

from __future__ import annotations

from typing import Iterator

import regex

from persianews.entities.keys import fold
from persianews.entities.words import is_verb
from persianews.quotes.candidates import Candidate
from persianews.quotes.context import (
    LINE_BLANKS, PERSIAN_LETTER, STOP_WORDS, View, first_words, has_words, skip_over, words)
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.dialogue import answer_after, answers_a_question, asks, interviewer_turn, states
from persianews.quotes.excerpts import bulleted_excerpts, excerpt_label, long_label_colon, own_statements
from persianews.quotes.headline_runs import (
    MIN_STATEMENT_WORDS, OPENING, OWN_COLON, breaks_off, ends_its_line, first_person_bullets, lines_after, rest_of_line)
from persianews.quotes.headline_speakers import LATIN, TITLED, is_clause_word, line_speaker
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.statements import content_rule, quoted_post, statement_after
from persianews.quotes.titled_names import titled_name_end
from persianews.quotes.speaker_openings import cover_outlet, separator_after_speaker
from persianews.records import Span

_MAX_SPEAKER_CHARS = 120
_MAX_SPEAKER_WORDS = 14
_MAX_BROKEN_LINE_WORDS = 6
"""A speaker line broken before its colon is short («پاول دوروف، مالک تلگرام»); a longer line is a sentence."""
_MAX_OWNER_INDEX = 3
"""A medium word and at most two words more before its owner entity («پیام عبری سردار قاآنی: …»)."""
_NUMBER = fold_form("شماره")
_LINE_BREAK = regex.compile(rf"[{LINE_BLANKS}]*\n[\s\u200c\u200e\u200f]*")
"""Space with one line break or more: what may stand between a speaker phrase and its colon in a post."""
_FOREIGN_LETTER = regex.compile(r"[^\P{L}\p{Arabic}\p{Latin}]")
"""A letter neither Persian (Arabic script) nor Latin: a line in Hebrew, Cyrillic … is no speaker phrase."""
_LABEL_PREFIX = regex.compile(r"(?P<label>[^\s|:]+(?:[ \u200c][^\s|:]+)?)[ \u200c]*\|[ \u200c]*")
"""One or two words and a bar before a speaker line: a label (``فوری |``, ``خبر فوری |``) when they are labels."""
_SPACED_DASH = regex.compile(r"\s[-–—]\s")
"""The dash of a byline (``خبرگزاری فارس – NAME``)."""
_MIN_SHORT_WORDS = 2
_NAMED_SPEAKER_RULES = frozenset({"cue:headline-entity", "cue:headline-speaker-head"})
"""Speaker lines whose speaker an entity or a speaker head names: a statement of two words ending its line is theirs."""
_BRACKETED = regex.compile(r"\([^()\n]*\)")
"""An aside in brackets: no verb there makes a statement of the line (``_states_a_clause``)."""
_DIGIT = regex.compile(r"\p{N}")
_YES_NO = frozenset(fold_form(word) for word in "بله آره آری خیر نه".split())
"""Words that answer a question: two words opened by one are an answer, a quote only after its question
(:mod:`persianews.quotes.dialogue`)."""


def headline_quotes(view: View) -> Iterator[Candidate]:
    """``SPEAKER: STATEMENT`` at the start of a sentence."""
    text = view.text
    lex = lexicon()
    lead = view.sections.get("lead")
    agency = fold_form(str(view.doc.article.metadata.get("agency") or ""))
    for sentence in view.sentences:
        if not view.is_post and text.find(":", sentence.start, sentence.end) == -1:
            continue  # no colon, and none on the next line outside a post: no speaker line
        start = _after_label_prefix(view, skip_over(OPENING, text, sentence.start, sentence.end), sentence.end)

        colon = text.find(":", start, min(sentence.end, start + _MAX_SPEAKER_CHARS))
        if colon == -1 and view.is_post:
            colon = long_label_colon(view, start, sentence.end)
        separated = False
        if colon == -1 and view.is_post:
            colon = separator_after_speaker(view, start, sentence.end)
            separated = colon != -1
        broken = colon == -1 and view.is_post and sentence.end - start <= _MAX_SPEAKER_CHARS
        if broken:
            colon = _colon_on_next_line(text, sentence.end)
        if colon <= start or _is_time(text, colon) or text.startswith(("//", "(", ")"), colon + 1):
            continue  # no colon, a time (12:30), a link's scheme (https://…) or a smiley («…:)»)
        titled = titled_name_end(view, start, colon) if broken else None
        most = _MAX_BROKEN_LINE_WORDS if titled == -1 else _MAX_SPEAKER_WORDS
        line_ends = view.is_post and ends_its_line(text, colon)  # a post's label over lines: read once per colon
        excerpt = excerpt_label(view, start, colon) if line_ends else None
        found = excerpt or first_words(text, start, colon, most + 1)  # one word past the most tells a line too long
        if (not found or len(found) > most
                or view.cues_in(start, colon, "say")
                or _FOREIGN_LETTER.search(text, start, colon)):
            continue
        first = fold_form(text[found[0][0]:found[0][1]])
        cover = cover_outlet(view, found) if view.is_post and not excerpt else 0
        if cover:  # «جلد جدید مجله X: …»: the outlet whose cover or front page it is speaks
            found = found[cover:]
            start, first, titled = found[0][0], fold_form(text[found[0][0]:found[0][1]]), None
        medium = first in lex.media or excerpt is not None
        speaker_end, unnamed = colon, False
        if medium:  # «پست ترامپ، ترجمه ماشین:» — the owner of the post, a named entity, speaks
            found = found[_owner_index(view, found):]
            unnamed = bool(found) and view.entity_at(found[0][0], colon) is None
            if not found or unnamed and not _unnamed_owner(view, found[0]):
                continue
            start, first, titled = found[0][0], fold_form(text[found[0][0]:found[0][1]]), None
            comma = text.find("،", start, colon)
            speaker_end = comma if unnamed and comma != -1 else colon  # «پست خبرنگار X، ترجمه ماشین:»
        role = view.is_post and len(found) > 1 and first in lex.labels and first in lex.title_openers
        turn = interviewer_turn(view, first, len(found), colon)
        if first in lex.labels and not (role or turn) or _SPACED_DASH.search(text, start, colon) and first == fold_form("خبرگزاری"):
            continue  # a label, or a byline («خبرگزاری فارس – NAME:»)
        speaker = fold_form(text[start:colon])
        if agency and speaker in (agency, fold_form("خبرگزاری") + agency):
            continue  # the agency's own dateline or its questions in an interview
        if first == fold_form("خبرگزاری") and lead is not None and skip_lead_in(view, lead.start, colon) >= start:
            continue
        owned = medium and view.is_post and not unnamed
        bullets = not medium and not broken and line_ends
        excerpts = (bulleted_excerpts(view, colon + 1) if owned
                    else own_statements(view, bulleted_excerpts(view, colon + 1)) if bullets else [])
        post = quoted_post(view, colon + 1) if owned and not excerpts else None
        answer = (answer_after(view, colon + 1) if post is None and not broken and not turn
                  and answers_a_question(view, text.rfind("\n", 0, start) + 1) else None)
        given = post or (excerpts[0] if excerpts else None)
        content = given or answer or statement_after(view, colon + 1)
        if content is not None and line_ends and _speaker_line_at(view, content):
            continue  # a source's label over a speaker line of its own («منابع حکومتی:» / «معاون استاندار: …»)
        runs_on = content is not None and given is None and answer is None and view.is_post
        whole_line = rest_of_line(view, content) if runs_on and content is not None else None
        content = whole_line or content
        broken_off = runs_on and content is not None and breaks_off(view, content)
        over_lines = (lines_after(view, content) if runs_on and content is not None and not unnamed
                      and (line_ends or broken_off) else None)
        content = over_lines or content
        if content is None or not has_words(text, content.start, content.end, 1 if answer else _MIN_SHORT_WORDS):
            continue  # an answer may be one word («ترامپ: خیر.»); a headline's statement is longer
        if role and asks(text, content) or turn and not states(text, content):
            continue  # an interviewer's question («مجری فاکس: آیا …؟», «خبرنگار: آیا …؟»): no statement
        if unnamed and view.cues_in(content.start, content.end, "say"):
            continue  # «پست خبرنگار X:» / «ترامپ به من گفت که …»: the reporter relays another's words
        subject, rule, confidence = line_speaker(view, start, speaker_end, found, first,
                                             "subject:interviewer" if turn else "subject:role-word" if role else "",
                                             titled)
        if answer is None and not _states_enough(view, content, rule):
            continue
        if separated and not _states_a_clause(view, content):
            continue  # after «؛» or a dash, no clause of the speaker's own (see _states_a_clause)
        if (broken or broken_off) and rule == "cue:headline-short-name" and (subject is None or subject.rule != TITLED):
            continue  # a bare word before a broken line is as often the end of a sentence («نوشته» / «:»), and
            # a short name over a statement broken off as often a channel's label over a reader's message
        if subject is not None:
            rule = ("cue:headline-excerpt" if excerpt else "cue:headline-medium" if medium
                    else "cue:headline-cover" if cover else "cue:headline-separator" if separated
                    else rule)
            for block in excerpts:  # one quote a bullet
                yield Candidate("direct", block, (), subject, rule, confidence, container=True,
                                content_rule="content:bulleted-excerpts" if owned else "content:bulleted-statements")
            if excerpts:
                continue
            rules = ("content:quoted-post" if post else "content:after-broken-speaker-line" if broken
                     else "content:answer-to-question" if answer else "content:lines-after-speaker-line" if over_lines
                     else "content:rest-of-speaker-line" if whole_line
                     else content_rule(view, content))
            yield Candidate("direct", content, (), subject, rule, confidence, container=True, content_rule=rules)
            if view.is_post:
                for paragraph in first_person_bullets(view, content):
                    yield Candidate("direct", paragraph, (), subject, rule, confidence, container=True,
                                    content_rule="content:bulleted-first-person")


def _states_enough(view: View, content: Span, rule: str) -> bool:
    """Whether a speaker line's statement is long enough: ``MIN_STATEMENT_WORDS`` words, or in a post two that end
    its words (only emoji lines or a handle after them) after an entity or a speaker head (``سنتکام: شروع کردیم`` /
    «🚨», ``ترامپ: خواهید دید.``; over a body, two words are too short for a quote), with no digit and
    no entity at their start: a name, a count or a score after a colon is a list's value (``NAME: ۲۳۵ رای``, ``ورزش
    ایران: NAME``), and none opening with a yes or a no (``ترامپ: خیر، اصلا.``: an answer, whose question the
    post does not give); after a short name two words are as often a label's value (``اتاق جنگ با یاشار: ستاره
    شناس``).
    Over half of telegram-dev, 10 such statements taken: 8 theirs, 2 a book's title in an advertisement; the digit and
    the entity leave out 15 values of lists (votes, names, a credit's outlet)."""
    text = view.text
    if has_words(text, content.start, content.end, MIN_STATEMENT_WORDS):
        return True
    if not view.is_post or rule not in _NAMED_SPEAKER_RULES or PERSIAN_LETTER.search(text, content.end) \
            or _DIGIT.search(text, content.start, content.end):
        return False
    opening = first_words(text, content.start, content.end, 1)
    return (fold_form(text[slice(*opening[0])]) not in _YES_NO
            and view.entity_at(skip_over(OPENING, text, content.start, content.end), content.end) is None)


def _states_a_clause(view: View, content: Span) -> bool:
    """Whether the statement after a «؛» or a dash is the speaker's clause: its first line holds a verb outside
    brackets (a dictionary verb form or a clause word, :func:`~persianews.quotes.headline_speakers.is_clause_word`; a kicker «وزیر خارجه؛ سفر به …» or a
    list's line «شرکت X — NAME (حضورش قطعی نیست)» holds none), and no verb of saying stands in it («آکسیوس — «…»،
    یک مقام آمریکایی گفت»: the outlet relays another's words)."""
    text = view.text
    line_end = text.find("\n", content.start, content.end)
    line = _BRACKETED.sub(" ", text[content.start:content.end if line_end == -1 else line_end])
    return (any(is_verb(fold(line[s:e])) or is_clause_word(line[s:e]) for s, e in words(line, 0, len(line)))
            and not view.cues_in(content.start, content.end, "say"))


def _owner_index(view: View, found: list[tuple[int, int]]) -> int:
    """The index of the owner's first word after a medium word, past a number («اطلاعیهٔ شمارهٔ ۸ سپاه: …») or
    up to two words that qualify the medium or title the owner before a person («پیام عبری سردار قاآنی به …:
    …», «پست جدید ترامپ: …»; rule ``cue:headline-medium``); no function word among them, and no organisation
    after them («اعتراف تلخ کارشناس اینترنشنال:» is the expert's, not the channel's)."""
    text = view.text
    if len(found) > 3 and fold_form(text[slice(*found[1])]) == _NUMBER and text[slice(*found[2])].isdigit():
        return 3
    for index in range(1, min(len(found), _MAX_OWNER_INDEX + 1)):
        entity = view.entity_at(found[index][0], found[-1][1])
        if entity is not None:  # past a role word an organisation is the speaker's («کارشناس اینترنشنال»)
            return index if index == 1 or entity.label == "PERSON" else 1
        if text[slice(*found[index])] in STOP_WORDS:
            break
    return 1


def _unnamed_owner(view: View, first: tuple[int, int]) -> bool:
    """Whether the words after a medium word that no entity covers still name its owner in a post: a speaker head
    («ادعای منابع اسرائیلی: …», «پست خبرنگار X، ترجمه ماشین: …») or a name in Latin letters («گزارش WSJ: …»; rule
    ``cue:headline-medium``). The owner's phrase stops at a comma, and the statement is the sentence after the colon
    (its line, or the next when the colon ends its line), never the post it introduces run over lines: a reporter's
    post goes on with what others told him. A statement that holds a verb of saying relays another's words
    («پست خبرنگار X:» / «رئیس‌جمهور به من گفت که …») and yields no quote of the owner. Over telegram-dev (386 posts
    with a line opened by a medium word), this adds 24 quotes (11 in posts the corpus holds more than once), 23
    right: one speaker phrase holds an aside («… سپاه(همون چرکه)»)."""
    word = view.text[slice(*first)]
    return view.is_post and (fold_form(word) in lexicon().heads or LATIN.match(word) is not None)


def _after_label_prefix(view: View, start: int, end: int) -> int:
    """Where a speaker line starts after a label set off by a bar (``فوری | ترامپ: …``, rule
    ``cue:headline-…`` as usual): the label is skipped; other words before a bar are left."""
    prefix = _LABEL_PREFIX.match(view.text, start, end)
    if prefix is None or any(fold_form(word) not in lexicon().labels for word in prefix.group("label").split()):
        return start
    return prefix.end()


def _speaker_line_at(view: View, content: Span) -> bool:
    """Whether the statement under a post's speaker line alone on its line opens with a speaker line of its own: a
    named speaker (a person, a title or an organisation the entities cover up to its colon) or a speaker head
    before a colon that no verb of saying precedes («منابع حکومتی:» / «معاون استاندار خوزستان: …»). The line above
    is the label of where the channel took the statement from, and the statement is the inner speaker's
    (``cue:headline-entity`` there), not the label's. Not a label (``خبر فوری:``) nor a clause with a verb
    (``ترامپ سه گزینه دارد:``). Over telegram-dev, of 89 posts with a line ending in a colon over a line with a colon
    of its own, this drops the outer quote in 11 (10 with the rules alone); 10 were the label of an outlet or of a
    post that quoted the inner speaker («منابع حکومتی:», «ترامپ توییت X را منتشر کرد:»), one a joke the poster put
    in another's mouth."""
    text = view.text
    line_end = text.find("\n", content.start)
    line_end = content.end if line_end == -1 else min(line_end, content.end)
    colon = OWN_COLON.search(text, content.start, min(line_end, content.start + _MAX_SPEAKER_CHARS))
    if colon is None or view.cues_in(content.start, colon.start(), "say"):
        return False
    found = words(text, content.start, colon.start())
    if not found or len(found) > _MAX_SPEAKER_WORDS or any(is_clause_word(text[s:e]) for s, e in found):
        return False  # none, too long, or a clause of the statement's own («ترامپ سه گزینه دارد: …»)
    first = fold_form(text[slice(*found[0])])
    lex = lexicon()
    if first in lex.labels and not (len(found) > 1 and first in lex.title_openers):
        return False  # a label («خبر فوری: …»; not a role word with words after it, «خبرنگار صداوسیما: …»)
    return view.entity_at(found[0][0], colon.start()) is not None or first in lex.heads


def _colon_on_next_line(text: str, end: int) -> int:
    """The colon that opens the next line of a post when nothing else stands before it: a speaker
    line the source broke before its colon («ترامپ» / «:» / statement, or «نتانیاهو» / «: …»; rule
    ``content:after-broken-speaker-line``). ``-1`` when there is none. The speaker there must be an
    entity or open with a speaker head: a short name no entity covers is too often the last word of
    a sentence («رویترز در ادامه» / «نوشته» / «:»)."""
    position = skip_over(_LINE_BREAK, text, end)
    return position if position > end and text.startswith(":", position) else -1


def _is_time(text: str, colon: int) -> bool:
    return colon > 0 and text[colon - 1].isdigit() and colon + 1 < len(text) and text[colon + 1].isdigit()
