"""What a document says: ``در این بیانیه آمده است: …`` (rule ``cue:document-colon``).

A statement, message, letter or report is quoted by where it stands, not by who speaks: «در این
بیانیه آمده است: …», «در بخشی از پیام رئیس‌جمهور آمده است: …», «در ادامه آمده است: …». The
speaker is the issuer the phrase names (an entity inside it), else the one who issued the document
before (the subject is dropped and resolves to the previous speaker). One regex pass over the text:
linear.

Only in Telegram posts for now: in news articles (158 firings in news-dev-2, nearly all real document
quotes) the previous speaker is too often not the document's issuer («در ادامه این مطلب آمده است: …»
after another source's quote), where posts quote the statement their issuer just put out.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from persianews.quotes.candidates import NO_SUBJECT, Candidate, Subject
from persianews.quotes.context import View
from persianews.quotes.statements import content_rule, statement_after
from persianews.quotes.subjects import partner
from persianews.records import Entity, Span

_DOCUMENTS = (
    "بیانیه بیانیه‌ای اطلاعیه اطلاعیه‌ای پیام پیامی نامه نامه‌ای گزارش گزارشی متن حکم دستور کیفرخواست "
    "بخشنامه توییت پست یادداشت سند قطعنامه تفاهم‌نامه اعلامیه ادامه"
).split()
_DOCUMENT_WORDS = "|".join(sorted((regex.escape(word).replace("\u200c", "\u200c?") for word in _DOCUMENTS),
                                  key=len, reverse=True))
_DOCUMENT_COLON = regex.compile(
    rf"(?<![\p{{L}}\u200c])در[ \u200c]+(?P<phrase>[^\n:.!؟?«»]{{0,80}}?(?<![\p{{L}}\u200c])"
    rf"(?:{_DOCUMENT_WORDS})(?:ٔ|ۀ|ی|‌ی)?(?![\p{{L}}\u200c])[^\n:.!؟?«»]{{0,80}}?)"
    r"[ \u200c]+(?P<cue>آمده(?:[ \u200c]+(?:است|بود))?)[ \u200c]*:"
)
"""«در» + a phrase holding a document word + «آمده (است|بود)» + a colon, within one line."""
_CONFIDENCE = 0.8


def document_quotes(view: View) -> Iterator[Candidate]:
    """``در … DOCUMENT … آمده است: STATEMENT``: the statement the document holds."""
    if not view.is_post:
        return
    text = view.text
    for match in _DOCUMENT_COLON.finditer(text):
        content = statement_after(view, match.end())
        if content is None:
            continue
        phrase = Span(*match.span("phrase"))
        issuers = view.entities_in(phrase.start, phrase.end)
        subject = NO_SUBJECT
        if issuers:
            issuer = issuers[-1]  # «در پیام X به Y» names X first, but «در بیانیه وزارت دفاع X» ends with it
            issuer = issuers[0] if len(issuers) > 1 and _addressed(text, issuers[0].span.end, issuers[1]) else issuer
            subject = Subject("entity", issuer.span, issuer, partner(view, issuer, match.start("cue")),
                              "subject:entity")
        yield Candidate("direct", content, (Span(*match.span("cue")),), subject, "cue:document-colon", _CONFIDENCE,
                        container=True, content_rule=content_rule(view, content))


def _addressed(text: str, end: int, second: Entity) -> bool:
    """Whether the second entity is whom the document was addressed to («پیام X به Y»)."""
    return text[end:second.span.start].strip(" \u200c") == "به"
