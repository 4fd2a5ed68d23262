"""Headline and sub-headline quotes that restate the body under them: a title over the statement it sums up, a
post's speaker line over the same speaker's words, a digest's sub-headline over its item (restatements, not quotes)."""

from __future__ import annotations

import regex

from persianews.quotes.candidates import Candidate, Resolution
from persianews.quotes.context import BLANK_LINES, LETTER, STOP_WORDS, View, skip_over, word_texts
from persianews.quotes.cues import fold_form
from persianews.records import Span

_RESTATEMENT_OVERLAP = 0.5
_SAID_ANEW = 1 / 5
"""A headline quote at most a fifth of whose content words the body uses says something of its own."""
_MIN_CONTENT_LETTERS = 3
_CUT_OFF = "…"
"""The mark a post's web preview ends in where it cut the post off."""
_FULL_STOP = "."
"""What closes a sentence: a post's first line so closed (and no speaker line) opens the body, it is no title."""
_MAX_HEADLINE_CHARS = 1000
_CARRIED_OVER = ("→previous", "→antecedent", "→thread", "→last-person")
"""Resolutions that carry a speaker over from elsewhere: a body quote so resolved names no one. Every other
resolution names the body's speaker, a resolution within the text included: a title resolved to its holder
(«رئیس مجلس» → قالیباف), a surname to the full name, a title to the speaker around it."""
_SPEAKER_LINE = "cue:headline"
"""The rules of a speaker line «X: …» (``cue:headline-entity``, ``cue:headline-short-name`` …)."""

_NEXT_LETTERLESS_LINE = regex.compile(r"\n[^\p{L}\n]*(?=\n)")
"""The next line with no letter (a bullet «🔹» alone on its line): the end of a digest's item."""
_LINE_WITH_LETTER = regex.compile(r"^[^\n]*\p{L}[^\n]*$", regex.MULTILINE)
_ADDING_CUES = tuple(fold_form(f) for f in ("افزود", "اضافه", "ادامه"))
"""Verbs of adding («سنتکام در پیام خود افزوده که …»): the next line goes on from the first line's statement, which it
does not sum up (60 telegram-dev posts have a speaker line over a line with such a verb; this keeps 1 more first-line
quote, the one that the new gated cue «افزوده» would have dropped)."""


def restating_headlines(view: View, candidates: list[Candidate], resolutions: list[Resolution]) -> set[int]:
    """The headline quotes whose words the body quotes again, or, under a post's headline, whose
    speaker the body names and quotes too (``ترامپ: …`` over Trump's post in translation) unless the body is cut off
    and the headline says what it does not (:func:`_says_anew`): restatements, not quotes. A news article's title
    restates its body whatever its words: 290 title quotes in news-dev-2 and news-dev, 247 with most of their words
    in the body and the rest summaries of it (12 of 12 read), none in the news development gold.

    A post without a headline section has its first line as headline. A "headline" longer than
    ``_MAX_HEADLINE_CHARS`` is no headline (each of its quotes would be compared with every other).
    """
    headline = view.sections.get("headline") or (_title_line(view.text) if view.is_post else None)
    if headline is None or len(headline) > _MAX_HEADLINE_CHARS:
        return set()
    if not any(headline.contains(c.content) for c in candidates):
        return set()  # no headline quote: nothing to compare
    if not view.is_post:
        return {i for i, c in enumerate(candidates) if headline.contains(c.content)}
    text = view.text

    def vocabulary(span: Span) -> set[str]:
        return set(word_texts(text, span.start, span.end))

    in_body = [i for i, c in enumerate(candidates) if not headline.contains(c.content)]
    body = [vocabulary(candidates[i].content) for i in in_body]
    named_in_body = [resolutions[i] for i in in_body if not resolutions[i].rule.endswith(_CARRIED_OVER)]
    under_headline = view.is_post and "headline" in view.sections
    body_speakers = {r.speaker for r in named_in_body} - {None} if under_headline else set()
    reporter = set() if under_headline else _reporter_on_the_next_line(view, headline, candidates, resolutions, in_body)
    cut_off = body_speakers and text.rstrip().endswith(_CUT_OFF)
    said_below = _content_words(text, headline.end, len(text)) if cut_off else set()
    restating = set()
    for index, candidate in enumerate(candidates):
        if headline.contains(candidate.content):
            own = vocabulary(candidate.content)
            if (own and any(len(own & other) / len(own) >= _RESTATEMENT_OVERLAP for other in body)
                    or _named_in(resolutions[index].speaker, body_speakers)
                    and not (cut_off and _says_anew(_content_words(text, candidate.content.start,
                                                                   candidate.content.end), said_below))
                    or candidate.rule.startswith(_SPEAKER_LINE)
                    and (resolutions[index].speaker, _first_word(view, candidate)) in reporter):
                restating.add(index)
    return restating


def _named_in(speaker: str | None, body_speakers: set[str | None]) -> bool:
    """Whether the body under a post's headline names the headline quote's speaker: the same name, or a longer one
    that holds each of its words («اسلوونی» in «رئیس‌جمهور اسلوونی», «منبع آگاه» in «منبع آگاه نزدیک به …»). In 1,500
    telegram-dev posts whose headline holds a colon, 30 headline quotes more, each over the body's statement by the
    speaker named in full (farsna mostly: «سپاه: …» / «🔹» / «روابط‌عمومی سپاه: …»)."""
    if speaker is None:
        return False
    words = set(speaker.split())
    return speaker in body_speakers or any(other is not None and words < set(other.split()) for other in body_speakers)


def _content_words(text: str, start: int, end: int) -> set[str]:
    """The folded words of ``text[start:end]`` of three letters or more that are no function word."""
    return {fold_form(word) for word in word_texts(text, start, end)
            if len(word) >= _MIN_CONTENT_LETTERS and word not in STOP_WORDS}


def _says_anew(own: set[str], said_below: set[str]) -> bool:
    """Whether a headline quote says what the body under it, cut off («…», a preview truncated at 256 characters),
    does not (``own``, its content words; ``said_below``, the body's): at most a fifth of its words are in the body.
    A post's headline over the body's statement by the same speaker restates it («اسلوونی: جنگ … اشتباه بود» /
    «رئیس‌جمهور اسلوونی: … جنگ … یک اشتباه بود»), but over a body cut off before it says what the headline does, a
    headline whose words the body does not use is a statement of its own («سپاه: مرکز … درهم کوبیده شد» / «اطلاعیۀ
    شمارۀ ۱۲ سپاه: ارتش … در…»). A whole body may say it in other words («ترامپ: حمله را لغو کردم» over his post
    «… حملات را به تعویق انداختم»)."""
    return bool(own) and len(own & said_below) <= len(own) * _SAID_ANEW


def restating_subheadlines(view: View, candidates: list[Candidate], resolutions: list[Resolution]) -> set[int]:
    """In a digest post, the speaker lines under a line with no letter (a bullet «🔻» on its own line) whose
    speaker the next lines, up to the next such line, name and quote again (rule of ``cue:headline-…``):
    «🔻» / «ترامپ: …» / «دونالد ترامپ … گفت …» — a sub-headline that restates its item's body, not a second
    quote. A speaker line over lines that quote no one, or someone else, stays (an item of a digest of voices:
    «🔹» / «رابرت پیپ، استاد دانشگاه: …»), and so do the post's first line, its headline, and a statement in «…».
    Over telegram-dev, 8 speaker lines matched: 7 sub-headlines over their item's report (VahidOnline digests,
    «صدا و سیما: …» under a time), one the speaker's own words in «…», now kept."""
    if not view.is_post:
        return set()
    text = view.text
    restating = set()
    for index, candidate in enumerate(candidates):
        speaker = resolutions[index].speaker
        if (not candidate.rule.startswith(_SPEAKER_LINE) or speaker is None
                or text.startswith("«", candidate.content.start)):
            continue  # a statement in «…» is the speaker's own words, no summary
        line_start = text.rfind("\n", 0, candidate.content.start) + 1
        line_end = text.find("\n", candidate.content.end)
        if line_end == -1 or not LETTER.search(text, 0, line_start):
            continue  # the post's first line is its headline (:func:`restating_headlines`)
        previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        if LETTER.search(previous):
            continue  # no bullet line above: no item of a digest
        block_end = _NEXT_LETTERLESS_LINE.search(text, line_end)
        end = block_end.start() if block_end else len(text)
        if any(line_end < other.anchor < end and resolutions[i].speaker == speaker
               and not resolutions[i].rule.endswith(_CARRIED_OVER) for i, other in enumerate(candidates)):
            restating.add(index)
    return restating


def _reporter_on_the_next_line(view: View, first_line: Span, candidates: list[Candidate],
                               resolutions: list[Resolution], in_body: list[int]) -> set[tuple[str, str]]:
    """In a post whose first line is a speaker line and no headline («آکسیوس: …»), the speaker of the first body
    quote, with the first word of its subject, when it opens the next line with a verb of saying and names its
    speaker there («آکسیوس گزارش داده …», «روبیو گفت: …»): a speaker line of the same speaker and first word
    summed up that report (not when the verb adds to it: «سنتکام افزوده که …»). Over telegram-dev, 6 first lines so restated (رویترز، آکسیوس، روبیو، فاکس‌نیوز …), all
    summaries of the report below them."""
    if not in_body:
        return set()
    index = min(in_body, key=lambda i: candidates[i].anchor)
    candidate, resolution = candidates[index], resolutions[index]
    next_line = skip_over(BLANK_LINES, view.text, first_line.end)
    if (not candidate.cue or resolution.speaker is None or resolution.rule.endswith(_CARRIED_OVER)
            or view.sentence_at(candidate.anchor).start != next_line
            or fold_form(candidate.cue[0].slice(view.text)).startswith(_ADDING_CUES)):
        return set()
    return {(resolution.speaker, _first_word(view, candidate))}


def _first_word(view: View, candidate: Candidate) -> str:
    """The first word of a candidate's subject, folded ("" when it has none)."""
    span = candidate.subject.span
    found = word_texts(view.text, span.start, span.end) if span is not None else []
    return fold_form(found[0]) if found else ""


def _first_line(text: str) -> Span | None:
    """The first line of ``text`` that has a letter."""
    match = _LINE_WITH_LETTER.search(text)
    return Span(match.start(), match.end()) if match else None


def _title_line(text: str) -> Span | None:
    """The first line of a post with no headline section (:func:`_first_line`) when it may be a title: a speaker
    line («سنتکام: … .») or a line not closed by a full stop. A sentence closed by one, with no colon, opens the body
    («NAME، TITLE، می‌گوید که … .» over «او … نوشت که …»): its quote restates nothing, even when the body's words are
    near it."""
    line = _first_line(text)
    if line is None:
        return None
    words = text[line.start:line.end].rstrip()
    return None if words.endswith(_FULL_STOP) and ":" not in words else line
