"""«به گزارش X، …» in a Telegram post: what a channel relays from a named source is that source's statement.

In a news item the phrase opens the item and names its own agency (metadata, see
:mod:`persianews.readers.news_text`); a channel, though, relays other outlets' reports, and «به گزارش بلومبرگ،
بریتانیا و فرانسه …» attributes the rest of the sentence to بلومبرگ (docs/output.md, «Who a Telegram post
quotes»). Rule ``cue:post-report``, in a post only: «به / بنا به / بنا بر / بر اساس / طبق گزارش(‌های) X،» with X a
person or organisation right after the cue (a comma after it or not), or «طبق این گزارش،» (the report named
before; with none named, the document of whoever spoke last: ``subject:this-document``). A notice or statement reads
the same, «بنا بر / بر اساس / طبق اطلاعیه|بیانیه X،», «… این اطلاعیه|بیانیه،» (not after «به»: «به بیانیه X واکنش
نشان داد»): in telegram-dev 218 posts hold such a phrase; 134 quotes added, of 30 read all reports, 23 with the
right speaker, 3 unresolved. The content is the rest of the sentence; a named speaker's statement inside it is a quote of its own
(the content is a container). Not: a source no entity covers («براساس گزارش مستقیم از چند کشتی»), a reporter
(«به گزارش خبرنگار فارس»: a title). telegram-dev: 393 such phrases in 647 posts; the rule fires 295 times (251
named sources, 44 «این گزارش»); a random 17 + 15 read: 14 + 14 right, the misses the channel's own outlet
(«به گزارش فارس» in a Fars channel).
"""

from __future__ import annotations

import bisect
from typing import Iterator

import regex

from persianews.quotes.candidates import Candidate, Subject
from persianews.quotes.context import SPACES, View, skip_over
from persianews.quotes.statements import trim
from persianews.records import Entity, Span

_REPORT = regex.compile(
    r"(?<![\p{L}\u200c])(?P<cue>(?:(?:به|بنا[ \u200c]?به|بنا[ \u200c]?بر|بر[ \u200c]?اساس|طبق)[ \u200c]+(?P<this>این[ \u200c]+)?"
    r"گزارش(?:[ \u200c]?های)?|(?:بنا[ \u200c]?بر|بر[ \u200c]?اساس|طبق)[ \u200c]+(?P<this>این[ \u200c]+)?(?:اطلاعیه|بیانیه))"
    r")(?![\p{L}\u200c])")
_SOURCE_END = regex.compile(r"[ \u200c]*(?:\([^()\n]{1,60}\))?[ \u200c]*،")
"""After the source: an optional bracketed gloss («سنتکام (فرماندهی مرکزی ایالات متحده)») and the comma."""
_SOURCE_LABELS = frozenset(("PERSON", "ORG"))
_REPORT_VERB = regex.compile(r"(?<![\p{L}\u200c])گزارش[ \u200c]?(?:داد|داده|کرد|کرده|می[ \u200c]?دهد)(?![\p{L}\u200c])")
_MAX_SOURCE_GAP = 80
RULE = "cue:post-report"


def report_quotes(view: View) -> Iterator[Candidate]:
    """The sentences a post attributes to a report it names (rule ``cue:post-report``); none outside posts."""
    if not view.is_post:
        return
    last: Entity | None = None
    reporters = _Reporters(view)
    for match in _REPORT.finditer(view.text):
        sentence = view.sentence_at(match.start())
        found = _source(view, match, sentence.end, last, reporters)
        if found is None:
            continue
        subject, start = found
        last = subject.entity
        content = trim(view, start, sentence.end)
        if content is not None:
            yield Candidate("indirect", content, (Span(*match.span("cue")),), subject, RULE, 0.7, container=True)


def _source(view: View, match: regex.Match[str], end: int, last: Entity | None,
            reporters: _Reporters) -> tuple[Subject, int] | None:
    """Who reports and where the content starts. «طبق این گزارش،»: the source of the last report phrase, else
    the reporter of the last «X گزارش داد» before. Else the person or organisation right after the cue, then
    a comma or straight the statement («به گزارش رویترز این قطعنامه …»)."""
    text = view.text
    if match.group("this"):
        source = last or reporters.before(match.start())
        comma = _SOURCE_END.match(text, match.end(), end)
        if comma is None:
            return None
        this = Span(match.start("this"), match.end())
        if source is None:  # no reporter named: the document's issuer is whoever spoke last, as «این منبع» is
            if bisect.bisect_left(view.cue_starts, match.start()) == 0:
                return None  # no cue before it: no one spoke
            return Subject("description", this, rule="subject:this-document"), comma.end()
        return Subject("entity", this, source, rule="subject:this-report"), comma.end()
    source = view.entity_at(skip_over(SPACES, text, match.end(), end), end)
    if source is None or source.label not in _SOURCE_LABELS:
        return None
    comma = _SOURCE_END.match(text, source.span.end, end)
    return Subject("entity", source.span, source, rule="subject:entity"), comma.end() if comma else source.span.end


class _Reporters:
    """For «طبق این گزارش»: the people and organisations that report earlier in the post («X گزارش داد …»),
    read once in text order as the report phrases ask for them (each report verb checked once: linear)."""

    def __init__(self, view: View) -> None:
        self._view = view
        self._verbs = _REPORT_VERB.finditer(view.text)
        self._next: regex.Match[str] | None = next(self._verbs, None)
        self._last: Entity | None = None

    def before(self, position: int) -> Entity | None:
        """The entity right before the last report verb that ends by ``position`` and has one; ``position``
        never decreases from one call to the next."""
        while self._next is not None and self._next.end() <= position:
            self._last = _reporter(self._view, self._next) or self._last
            self._next = next(self._verbs, None)
        return self._last


def _reporter(view: View, verb: regex.Match[str]) -> Entity | None:
    """The person or organisation right before the report verb ``verb`` (nothing but spaces between)."""
    found = [e for e in view.entities_in(max(0, verb.start() - _MAX_SOURCE_GAP), verb.start())
             if e.label in _SOURCE_LABELS and not view.text[e.span.end:verb.start()].strip(" \u200c")]
    return found[-1] if found else None
