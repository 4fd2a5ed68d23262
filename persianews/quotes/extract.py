"""Quote extraction for one document: candidates from every construction, filtered, attributed."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable

import attrs
import regex

from persianews.document import Document
from persianews.quotes.according import according_quotes
from persianews.quotes.candidates import Candidate
from persianews.quotes.claims import claim_quotes
from persianews.quotes.clauses import Clauses
from persianews.quotes.context import View
from persianews.quotes.direct import colon_quotes, continued_paragraphs, guillemet_quotes, trailing_quotes
from persianews.quotes.documents import document_quotes
from persianews.quotes.first_person import first_person, voiced
from persianews.quotes.headline import headline_quotes
from persianews.quotes.hearsay import before_rebuttal, names_a_group
from persianews.quotes.indirect import (
    circumfix_quotes, deem_quotes, from_quotes, noun_clause_quotes, object_quotes,
    on_quotes, request_quotes, that_quotes,
)
from persianews.quotes.relative_clauses import in_relative_clause
from persianews.quotes.reports import report_quotes
from persianews.quotes.restatements import restating_headlines, restating_subheadlines
from persianews.quotes.sign_offs import sign_off_quotes
from persianews.quotes.candidates import Resolution
from persianews.quotes.speakers import SpeakerResolver
from persianews.quotes.subjects import collect_names
from persianews.records import Mention, Quote, Span, trusted_span
from persianews.text.pronouns import HONORIFIC, SPEAKER_AND_HEARER, THESE, THOSE, alternatives

_ACCORDING = "cue:according-to"
_NAMED_LABELS = frozenset(("PERSON", "ORG"))
"""A quote inside a quote needs a named speaker: a bare title («رئیس‌جمهور») would take the outer
speaker's name."""
_SAID_THAT_LABELS = frozenset(("PERSON", "TITLE"))
"""The subjects whose «که» report inside a news quote is theirs (:func:`_named_said_that`): an organisation there
is as often a word before the cue's real subject («… ستاد ملی کرونا، یکی از دوستان عنوان کرد که …»)."""
_GROUP_SAID_RULES = frozenset(("cue:indirect-that", "cue:indirect-stance", "cue:indirect-comma"))
"""The cues whose report by an unnamed group inside a news quote is a quote of its own (:func:`_group_said`)."""
_PERSONAL = regex.compile(alternatives(SPEAKER_AND_HEARER + HONORIFIC + THOSE + THESE) + r"(?![\p{L}\u200c])")
"""A personal pronoun opening a subject: inside a quote, the outer speaker or the people addressed."""
_MIN_COMPLETE_TITLE_WORDS = 3


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """The quotes of ``doc`` in text order, each with its resolved speaker."""
    view = View.of(doc)
    collect_names(view)
    clauses = Clauses.of(view)
    candidates = [
        *colon_quotes(view), *guillemet_quotes(view), *trailing_quotes(view), *headline_quotes(view),
        *document_quotes(view, clauses),
        *deem_quotes(view, clauses), *circumfix_quotes(view, clauses), *from_quotes(view, clauses),
        *that_quotes(view, clauses), *noun_clause_quotes(view, clauses), *according_quotes(view), *report_quotes(view),
        *request_quotes(view, clauses), *on_quotes(view, clauses), *object_quotes(view, clauses),
    ]
    candidates = [c for c in candidates if not in_relative_clause(view.text, c)]
    candidates += continued_paragraphs(view, candidates)
    candidates += sign_off_quotes(view, candidates)
    outer, nested = _split_nested(candidates)
    in_statement = {_key(c) for c in _split_nested(candidates, _is_statement)[1]}
    in_no_source = {_key(c) for c in _split_nested(candidates, _is_container_but_source)[1]}
    # A statement («وی افزود: …») whose cue an according-to phrase before it holds is no report within it.
    unnested = [attrs.evolve(c, nested=False) for c in nested if c.kind == "direct" and _key(c) not in in_no_source]
    reported = _reports_within(outer + unnested)
    within = {_key(c) for c, _ in reported}
    candidates = sorted(_drop_overlaps([c for c in outer + unnested if _key(c) not in within]),
                        key=lambda c: (c.anchor, c.content.start))
    voiced_outer = [first_person(view, c) for c in candidates]  # the voice's: no one's antecedent, resolved last
    voiced_nested = [first_person(view, c) for c in nested]
    mine = [c for c, own in zip(candidates, voiced_outer) if own]
    mine += [c for c, own in zip(nested, voiced_nested) if own and c.kind != "direct" and _key(c) in in_statement]
    candidates = [c for c, own in zip(candidates, voiced_outer) if not own]
    resolutions = SpeakerResolver(view, _parent_quotes(doc)).resolve_all(candidates)
    kept = [one for c, own in zip(nested, voiced_nested) if (c.kind != "direct" or _key(c) in in_no_source)
            and not own and (one := _kept_nested(view, c, _key(c) in in_statement)) is not None]
    kept += [c for c, words in reported if _subject_within(c, words, view.text)]
    kept += _new_claims(candidates, claim_quotes(view))
    if kept:
        # Resolved on their own: a speaker quoted inside a statement neither is its speaker's
        # antecedent nor the holder of its speaker's title.
        inner = sorted(_drop_overlaps(kept), key=lambda c: (c.anchor, c.content.start))
        resolved = sorted(zip(candidates + inner, resolutions + SpeakerResolver(view).resolve_all(inner)),
                          key=lambda pair: (pair[0].anchor, pair[0].content.start))
        candidates, resolutions = [c for c, _ in resolved], [r for _, r in resolved]
    candidates, resolutions = voiced(view, candidates, resolutions, _drop_overlaps(mine))
    # A restating headline still names the speaker (``ترامپ: …``), so it is dropped only now.
    restating = restating_headlines(view, candidates, resolutions) | restating_subheadlines(view, candidates,
                                                                                                resolutions)
    return tuple(_quote(view, c, r) for i, (c, r) in enumerate(zip(candidates, resolutions)) if i not in restating)


def _parent_quotes(doc: Document):
    if doc.article.replied_to is None:
        return None

    def load():
        from persianews.threads import parent_document

        parent = parent_document(doc.article)
        return parent.quotes if parent is not None else ()

    return load


def _reported_inside(candidate: Candidate, text: str) -> bool:
    """Whether a cue inside a quote reports what a named speaker said there (rule ``quote:nested``).

    «مسئول اسرائیلی: ترامپ به نتانیاهو گفت که …»: the statement quotes another, named one. In a
    Telegram post (where quoted posts and tweets are common) such an inner quote is kept beside the
    outer one when its subject is a named person or organisation, a title beside a name («رئیس‌جمهور
    پوتین … به من گفت که …»), a title that names its office whole
    (:func:`_is_complete_title`; «مهر: معاون امنیتی استاندار خوزستان گفت که …»: 11 in telegram-dev, 10
    reports), or words no entity covers («یک منبع موثق به من گفت: …», «مقامات فرانسوی اعلام کردند که …»); a
    pronoun («من به او گفتم»), a bare title or a dropped subject («گفتم که …») stay the outer speaker's words.
    """
    subject, entity = candidate.subject, candidate.subject.entity
    if entity is not None:
        return (entity.label in _NAMED_LABELS or entity.label == "TITLE" and (
            _is_complete_title(entity.span, text)
            or subject.partner is not None and subject.partner.label == "PERSON"))
    return (subject.kind == "words" and subject.span is not None
            and not _PERSONAL.match(text, subject.span.start, subject.span.end))


def _named_inside_report(candidate: Candidate, text: str) -> bool:
    """Whether a cue inside a report of what a source says («به گفته X، …», a post's «به گزارش X، …») has a
    subject of its own: an entity, a description or words no entity covers, not a personal pronoun nor a
    dropped one («به گفته X، وزیر بهداشت توضیح داد که …»: the minister's report within X's; rule
    ``quote:nested``)."""
    subject = candidate.subject
    return (subject.kind in ("entity", "words", "description") and subject.span is not None
            and not _PERSONAL.match(text, subject.span.start, subject.span.end))


def _is_complete_title(span: Span, text: str) -> bool:
    """Whether a title names its office whole («معاون امنیتی استاندار خوزستان», «وزیر آموزش اسرائیل»): three
    words or more, a role word with its portfolio or place; a bare or short one («رئیس‌جمهور», «وزیر کشور»)
    would take the outer speaker's name."""
    return len(text[span.start:span.end].split()) >= _MIN_COMPLETE_TITLE_WORDS


def _named_said_that(candidate: Candidate, text: str) -> bool:
    """Whether a cue inside a news quote reports a named speaker's words with «که» (rule ``quote:nested``):
    a person or a title as the cue's subject inside the quote («سخنگو ادامه داد: گوردون ساندلند مستقیما گفت که …»,
    «وی گفت: رئیس جمهور به وزیر تاکید کرده که …»; no colon between the subject and the cue: «قالیباف … افزود:
    رهبری … فرمودند که» is not قالیباف's). In news, other cues inside a statement (a pronoun, a dropped subject,
    an organisation, words no entity covers, a bare clause) are mostly the speaker's own words."""
    entity, span = candidate.subject.entity, candidate.subject.span
    return (candidate.rule == "cue:indirect-that" and candidate.subject.kind == "entity"
            and entity is not None and entity.label in _SAID_THAT_LABELS and span is not None
            and ":" not in text[span.start:candidate.anchor])


def _kept_nested(view: View, candidate: Candidate, in_statement: bool) -> Candidate | None:
    """A nested candidate kept beside its outer quote, or None: inside a statement as :func:`_in_statement` says,
    elsewhere when a named speaker says it (:func:`_named_inside_report`)."""
    if in_statement:
        return _in_statement(view, candidate)
    return candidate if _named_inside_report(candidate, view.text) else None


def _in_statement(view: View, candidate: Candidate) -> Candidate | None:
    """A cue's candidate inside a statement, kept as a quote of its own (rule ``quote:nested``), or None: in a
    Telegram post when it reports a named speaker (:func:`_reported_inside`); in news when a person or a title
    says it with «که» (:func:`_named_said_that`) or an unnamed group says it (:func:`_group_said`), the group's
    words then up to the speaker's answer (:func:`~persianews.quotes.hearsay.before_rebuttal`)."""
    text = view.text
    if view.is_post:
        return candidate if _reported_inside(candidate, text) else None
    if _named_said_that(candidate, text):
        return candidate
    if _group_said(candidate, text):
        return attrs.evolve(candidate, content=before_rebuttal(text, candidate.content))
    return None


def _group_said(candidate: Candidate, text: str) -> bool:
    """Whether a cue inside a news quote reports what an unnamed group said there, its subject inside the quote
    opened by a quantifier or «یکی از» («… تصریح کرد: متاسفانه یک عده گفتند …», «… گفت: بعضی‌ها معتقدند که …»;
    :func:`~persianews.quotes.hearsay.names_a_group`), with «که», a bare clause or a comma after the verb and no
    colon between the subject and the cue (rule ``quote:nested``): the group's words, kept beside the statement."""
    span = candidate.subject.span
    return (candidate.rule in _GROUP_SAID_RULES and span is not None
            and ":" not in text[span.start:candidate.anchor] and names_a_group(text, span))


def _split_nested(candidates: list[Candidate], is_container: Callable[[Candidate], bool] = lambda c: c.container
                  ) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates outside any container (by default a direct quote, a post's «به گزارش X، …» or an
    «به گفته X، …»), and those whose cue stands inside one.

    A cue inside the words of a direct quote is part of that quote, not a new one, unless it
    reports what someone else said (:func:`_reported_inside`, :func:`_named_said_that`); inside a report
    of what a source says, a cue with a subject of its own is that subject's report within the source's
    («به گفته X، وزیر Y توضیح داد که …»: X's quote and Y's, :func:`_named_inside_report`).

    The containers are swept by start (:class:`_Furthest`): O(n log n)."""
    furthest = _Furthest({c.content for c in candidates if is_container(c)})
    outer, nested = [], []
    for candidate in candidates:
        anchor = candidate.anchor
        covering = furthest.reaching(anchor, candidate.content)
        if covering is not None and covering.end > anchor:
            nested.append(attrs.evolve(candidate, nested=True))
        else:
            outer.append(candidate)
    return outer, nested


class _Furthest:
    """Spans swept by start, keeping per prefix the two furthest-reaching distinct spans (one may be the
    candidate's own content): which span reaches furthest from at or before a point, in O(log n)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [span.start for span in ordered]
        self.prefixes: list[tuple[Span, Span | None]] = []  # per prefix: the furthest span, the furthest other
        first: Span | None = None
        second: Span | None = None
        for span in ordered:
            if first is None or span.end > first.end:
                first, second = span, first
            elif second is None or span.end > second.end:
                second = span
            self.prefixes.append((first, second))

    def reaching(self, point: int, own: Span) -> Span | None:
        """The span other than ``own`` that starts at or before ``point`` and reaches furthest."""
        count = bisect.bisect_right(self.starts, point)
        if not count:
            return None
        best, other = self.prefixes[count - 1]
        return other if best == own else best


def _reports_within(candidates: list[Candidate]) -> list[tuple[Candidate, Span]]:
    """The indirect candidates whose cue and words lie wholly within the words of another indirect one (begun
    before them: two contents from the same start are rival readings of one clause, left to the overlap), marked
    nested, each with those words: a report within a reported clause («X گزارش داد که Y اعلام کرد که …», «… گفت که Z خواستار …
    شد»). The outer cue governs the clause: the inner report does not compete with it for the same words (it
    would win whenever its rule is the more confident, «خواستار … شد» over «گفت …»); it is kept beside it when it
    has a subject of its own there (:func:`_subject_within`).

    The indirect contents are swept by start (:class:`_Furthest`): O(n log n)."""
    furthest = _Furthest({c.content for c in candidates if c.kind == "indirect"})
    within = []
    for candidate in candidates:
        if candidate.kind == "indirect":
            parts = [candidate.content, *candidate.cue]
            start = min(p.start for p in parts)
            covering = furthest.reaching(start - 1, candidate.content)  # a clause begun before the report
            if covering is not None and covering.end >= max(p.end for p in parts):
                within.append((attrs.evolve(candidate, nested=True), covering))
    return within


def _subject_within(candidate: Candidate, words: Span, text: str) -> bool:
    """Whether a report within a reported clause has a subject of its own inside the clause
    (:func:`_named_inside_report`): «… گزارش داد که وزیر خارجه خواستار آتش‌بس شد» is the outlet's report and the
    minister's (rule ``quote:nested``). A subject found outside the clause is the outer speaker's: the inner cue
    is then part of the outer report's words («سخنگو گفت که او خواستار آتش‌بس شد»)."""
    subject = candidate.subject.span
    return (subject is not None and words.start <= subject.start and subject.end <= words.end
            and _named_inside_report(candidate, text))


def _is_statement(candidate: Candidate) -> bool:
    """Whether a candidate is a direct quote that holds the cues inside its words."""
    return candidate.container and candidate.kind == "direct"


def _is_container_but_source(candidate: Candidate) -> bool:
    """Whether a candidate is a container other than an indirect «به گفته X، …»."""
    return candidate.container and not (candidate.rule == _ACCORDING and candidate.kind == "indirect")


def _key(candidate: Candidate) -> tuple[int, Span, str]:
    """A candidate's identity, nested or not."""
    return candidate.anchor, candidate.content, candidate.rule


def _new_claims(kept: list[Candidate], claims: Iterable[Candidate]) -> list[Candidate]:
    """The claims named by a noun (``ادعای X مبنی بر اینکه …``) that no kept quote has found inside their
    words. A claim often stands inside the sentence's own quote (``اتهامات X مبنی بر … را رد کرد``): both
    are kept, the claim resolved on its own, as a quote inside a statement is (its named source is no
    one's antecedent). ``kept`` is sorted by start and so by end (:func:`_drop_overlaps`): one bisection
    a claim."""
    starts = [c.content.start for c in kept]
    new = []
    for claim in claims:
        index = bisect.bisect_left(starts, claim.content.start)
        if index == len(kept) or kept[index].content.end > claim.content.end:
            new.append(claim)
    return new


def _drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Of two candidates for the same words, keep the more confident one.

    No kept content contains another (the smaller would overlap it wholly), so the kept spans sorted by
    start are sorted by end too, and those that overlap a new one are a run found by bisection. The
    candidates are taken one confidence level at a time, in text order, and each level's kept spans are
    merged into the sorted run after it: O(n log n) for a fixed number of levels."""
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.content.start))
    kept: list[Candidate] = []
    earlier = _SortedSpans([])
    for _, level in itertools.groupby(ranked, key=lambda c: c.confidence):
        current = _SortedSpans([])
        for candidate in level:
            content = candidate.content
            if not earlier.overlaps_half(content) and not current.overlaps_half(content):
                kept.append(candidate)
                current.append(content)
        earlier = _SortedSpans(sorted(earlier.spans + current.spans, key=lambda s: s.start))
    return kept


class _SortedSpans:
    """Spans of which none contains another, sorted by start (and so by end)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def append(self, span: Span) -> None:
        self.spans.append(span)
        self.starts.append(span.start)
        self.ends.append(span.end)

    def overlaps_half(self, span: Span) -> bool:
        """Whether a span here shares more than half of the shorter of the two with ``span``."""
        low = bisect.bisect_right(self.ends, span.start)
        high = bisect.bisect_left(self.starts, span.end)
        return any(_overlap(span, self.spans[index]) > 0.5 for index in range(low, high))


def _overlap(a: Span, b: Span) -> float:
    common = min(a.end, b.end) - max(a.start, b.start)
    return common / min(len(a), len(b)) if common > 0 else 0.0


def _quote(view: View, candidate: Candidate, resolution: Resolution) -> Quote:
    doc = view.doc
    cue = None
    if candidate.cue:
        whole = trusted_span(candidate.cue[0].start, candidate.cue[-1].end)  # cue spans in text order
        cue = Mention(" ".join(span.slice(doc.text) for span in candidate.cue), whole, doc.source_span(whole))
    subject = candidate.subject.span
    span = _extent(view, candidate)
    return Quote(
        kind=candidate.kind,
        content=doc.mention(candidate.content),
        cue=cue,
        speaker=resolution.speaker,
        speaker_mention=doc.mention(subject) if subject is not None else None,
        span=span,
        source_span=doc.source_span(span),
        speaker_cluster=resolution.cluster,
        confidence=round(candidate.confidence * resolution.confidence, 3),
        evidence=tuple(e for e in (candidate.rule, "quote:nested" if candidate.nested else "", candidate.content_rule,
                                   candidate.subject.rule, resolution.rule)
                       if e),
    )


def _extent(view: View, candidate: Candidate) -> Span:
    """The quote's extent: its subject (when in the same sentence), cue and content."""
    parts = [candidate.content, *candidate.cue]
    subject = candidate.subject.span
    if subject is not None and view.sentence_index(subject.start) == view.sentence_index(candidate.anchor):
        parts.append(subject)
    return trusted_span(min(p.start for p in parts), max(p.end for p in parts))
