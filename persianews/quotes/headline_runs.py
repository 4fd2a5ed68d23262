"""How far the statement of a post's speaker line runs: over the rest of its line, over the lines after a speaker
line alone on its line, and on past a line the source broke (rules ``content:rest-of-speaker-line`` and
``content:lines-after-speaker-line`` of :mod:`persianews.quotes.headline`); and the paragraphs under bullets that go on
with it in the first person (``content:bulleted-first-person``)."""

from __future__ import annotations

import bisect

import regex

from persianews.quotes.context import BLANK_LINES, BLANKS, LINE_BLANKS, PERSIAN_LETTER, View, has_words, skip_over
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.excerpts import BULLET_LINE
from persianews.quotes.new_subjects import in_first_person
from persianews.quotes.statements import SENTENCE_ENDS, trim
from persianews.records import Span
from persianews.text.pronouns import HE_SHE, alternatives

MIN_STATEMENT_WORDS = 3
"""The fewest words of a speaker line's statement; one that breaks off shorter runs on over the next line."""
OPENING = regex.compile(r"[\s\u200c\p{So}\p{Sk}\u25a0-\u25ff\ufe0f\-–—*•]*")
"""What may open a speaker line before its speaker: space, symbols and bullets, among them the geometric shapes
(«◾», «◼», of category Sm, not So)."""
BLANK_REST = regex.compile(f"[{LINE_BLANKS}]*(?:\\n|$)")
"""Nothing but blanks up to the end of the line."""
OWN_COLON = regex.compile(r"(?<!\d):(?!\d|//)")
"""A colon of a sentence's own: not one of a time («۱۰:۳۰») or a URL («https://»)."""
_HASHTAG = regex.compile(r"[\s\u200c]*#")
_PROMO = regex.compile(r"عضو(?:[\s\u200c]+\S+){0,3}[\s\u200c]+(?:شوید|بشوید)|دنبال[\s\u200c]+کنید|کانال[\s\u200c]+ما(?!\p{L})")
"""A channel's call to join or follow («عضو کانال ما شوید»): like a hashtag line, the post's sign-off, not its
speaker's words."""
_DESCRIBED = regex.compile(r"(?:این|همین)[ \u200c]+([\p{L}\u200c]+)")
"""A definite description opening a sentence («این مقام …»), with its head word."""
_AND_AFTER = regex.compile(r"[ \u200c]*و(?![\p{L}\u200c])")
"""«و» right after a verb: no report follows it («او پاسخ داد و …», he responded), another clause does."""
_HE_SHE = regex.compile(alternatives(HE_SHE) + r"(?![\p{L}\p{M}])")
"""«وی» or «او» opening a sentence (also before a joiner: «وی‌در ادامه …»)."""
_MAX_LINES_AFTER_CHARS = 2000
_CLOSING = LINE_BLANKS + "»\"'"
"""Blanks and closing quotes after a statement's last word."""
_CLOSING_AND_ENDS = _CLOSING + ".!؟?؛،;,"
"""Blanks, closing quotes, the marks that end a sentence and those that end a clause that goes on («؛», «،»): all a
statement that reaches its line's end leaves."""


def rest_of_line(view: View, content: Span) -> Span | None:
    """The statement of a post's speaker line run on to the end of its line, over sentences that open with a
    subject of their own (rule ``content:rest-of-speaker-line``): «سنتکام: … . نیروهای آمریکایی …» is all the
    speaker's, up to a sentence with a colon (another speaker line; not a time's «۱۰:۳۰» or a URL's). ``None`` when the statement already
    reaches its line's end. Of 30 such statements of telegram-dev read (85 in a fifth of its posts), 29 went on
    with the speaker's words (one with the channel's comment)."""
    text = view.text
    line_end = text.find("\n", content.end)
    line_end = len(text) if line_end == -1 else line_end
    end = content.end
    index = view.sentence_index(end)
    while index < len(view.sentences) and view.sentences[index].start < line_end:
        sentence = view.sentences[index]
        if sentence.end > end:
            stop = min(sentence.end, line_end)
            if (OWN_COLON.search(text, max(sentence.start, end), stop)
                    or sentence.start >= content.end and _narrator_resumes(view, sentence.start, stop)):
                break
            end = min(sentence.end, line_end)
        index += 1
    longer = trim(view, content.start, end) if end > content.end else None
    return longer if longer is not None and longer.end > content.end else None


def _narrator_resumes(view: View, start: int, end: int) -> bool:
    """Whether the sentence in ``[start, end)`` after a speaker line's first sentence is the narrator's report of
    the speaker: it opens with «وی» or «او» or a definite description («این مقام …») and holds a verb of saying
    not in the first person and not followed by «و» («… می‌کنیم. او هشدار داد که …», «… . این مقام افزود …»); the
    report is a quote of its own, no more of the statement. Over the telegram-dev posts with a speaker line, 9
    statements cut: 7 at the narrator's report, 2 in the speaker's own account of another's words («… او گفت که
    …», one speech posted twice)."""
    text = view.text
    position = skip_over(BLANKS, text, start, end)
    described = _DESCRIBED.match(text, position, end)
    if _HE_SHE.match(text, position, end) is None and not (described and _names_a_role(described.group(1))):
        return False
    return any("first" not in cue.patterns and _AND_AFTER.match(text, cue.end, end) is None
               for cue in view.cues_in(position, end))


def _names_a_role(word: str) -> bool:
    """Whether ``word`` after «این» names whom the narrator reports (a role word or a speaker head: «این مقام»,
    «این نماینده»), not a thing the statement spoke of («این سلول‌ها … گزارش می‌دهند»)."""
    return fold_form(word) in lexicon().title_openers


def lines_after(view: View, content: Span) -> Span | None:
    """The statement of a post's speaker line that stands alone on its line («ترامپ درباره ایران:» / …) run on
    over the lines after its first (rule ``content:lines-after-speaker-line``): each line with a Persian letter,
    no colon but a verb's (a colon alone opens another speaker line, «خبرنگار:»), no bullet or emoji before it, no
    ``@handle`` or ``#hashtag`` opening it and no call to join the channel is the speaker's too, within
    ``_MAX_LINES_AFTER_CHARS`` characters (a line that would pass them is left out). ``None`` when the next line
    is none of these. Of 30 such statements of telegram-dev read (172 in a fifth of its posts), the next line
    went on with the speaker's words in 23; of the other 7 this stops at 6
    (colon lines, a handle in Latin letters), and a shared article's title runs on into its lead in one. A first
    line that ends in «؛» or «،» reaches its end as one ending in «.» does: its clause goes on below («وزارت نیرو:» /
    «مصرف برق امروز بالا نرفت؛» / «شبکه پایدار ماند.»); over telegram-dev, 20 statements run on so, 19 with the
    speaker's words (one a post's paraphrase)."""
    text = view.text
    end = content.end
    while end - content.end < _MAX_LINES_AFTER_CHARS:
        line_end = text.find("\n", end)
        if line_end == -1 or text[end:line_end].strip(_CLOSING_AND_ENDS):
            break  # the statement does not reach its line's end
        start = line_end + 1
        following = text.find("\n", start)
        following = len(text) if following == -1 else following
        line = text[start:following]
        own_colon = OWN_COLON.search(text, start, following)
        colon = own_colon.start() if own_colon else -1
        if (not PERSIAN_LETTER.search(line) or colon != -1 and not view.cues_in(start, colon, "say")
                or skip_over(OPENING, text, start, following) > start or line.startswith("@")
                or _HASHTAG.match(line) or _PROMO.search(line) or following - content.end > _MAX_LINES_AFTER_CHARS):
            break
        end = following
    longer = trim(view, content.start, end) if end > content.end else None
    return longer if longer is not None and longer.end > content.end else None


def breaks_off(view: View, content: Span) -> bool:
    """Whether a speaker line's statement breaks off at its line's end after fewer than ``MIN_STATEMENT_WORDS``
    words, its sentence going on over the next line («سنتکام: در» / «ساعت ۵:۳۰ صبح …», «رویترز: آمریکا برای» /
    …; rule ``content:lines-after-speaker-line``): the source broke the line, and the statement runs on as after a
    speaker line alone on its line. A statement ending a sentence («جیمز باند.», «شناختمشون!») is whole. Of 13 such
    statements of telegram-dev, the 10 after an entity or a speaker head went on with the speaker's words; the 3
    after a short name were a channel's label over a reader's message («اتاق جنگ با یاشار: سلام یاشار» / …), and
    a short name is not taken there."""
    text = view.text
    return (BLANK_REST.match(text, content.end) is not None and content.end < len(text.rstrip())
            and not text[content.start:content.end].rstrip(_CLOSING).endswith(SENTENCE_ENDS)
            and not has_words(text, content.start, content.end, MIN_STATEMENT_WORDS))


def ends_its_line(text: str, colon: int) -> bool:
    """Whether nothing but blanks follows the colon on its line («وضعیت کنونی:» / …)."""
    return BLANK_REST.match(text, colon + 1) is not None


def first_person_bullets(view: View, content: Span) -> list[Span]:
    """The paragraphs of a post that go on with a speaker line's statement under bullets (rule
    ``content:bulleted-first-person``): after the statement's line, a line of symbols alone, a bullet («🔹», «▪️»:
    :data:`~persianews.quotes.excerpts.BULLET_LINE`, as between excerpts) and a
    paragraph of one line in Persian letters whose every sentence speaks in the first person
    (:func:`~persianews.quotes.new_subjects.in_first_person`: «ما …», «… کرده‌ایم», «… می‌کنم»), with no colon but a
    time's, no cue, and no «@», «#» or «« opening it; then the same after that paragraph. The narrator reports in the
    third person, so such a paragraph is the speaker's, a quote of its own as each bullet's statement is («معاون
    وزیر: … .» / «🔹» / «با بانک‌ها مذاکره کرده‌ایم.»). None after the post's first line, its title, which the body
    under it says again (:func:`~persianews.quotes.restatements.restating_headlines`). Over the telegram-dev posts
    with a bullet line and a colon, 70 paragraphs taken; of 25 read, all the speaker's words (one under a
    title's other name for the speaker, «مقام اروپایی» for the commissioner the line above names)."""
    text = view.text
    found: list[Span] = []
    if not PERSIAN_LETTER.search(text, 0, text.rfind("\n", 0, content.start) + 1):
        return found  # the post's first line: its title
    end = content.end
    while BLANK_REST.match(text, end) is not None:
        bullet = skip_over(BLANK_LINES, text, end)
        bullet_end = text.find("\n", bullet)
        if bullet_end == -1 or not BULLET_LINE.fullmatch(text, bullet, bullet_end):
            break
        start = skip_over(BLANK_LINES, text, bullet_end)
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        paragraph = trim(view, start, stop) if start < stop else None
        if (paragraph is None or not PERSIAN_LETTER.search(text, start, stop) or OWN_COLON.search(text, start, stop)
                or view.cues_in(start, stop) or text.startswith(("@", "#", "«"), start)
                or not all(in_first_person(view, sentence) for sentence in _sentences(view, start, stop))):
            break
        found.append(paragraph)
        end = paragraph.end
    return found


def _sentences(view: View, start: int, stop: int) -> list[Span]:
    """The sentences of ``view`` that start in ``[start, stop)`` (from the one holding ``start``)."""
    return list(view.sentences[view.sentence_index(start):bisect.bisect_left(view.sentence_starts, stop)])


