"""Indirect quotes: a reported proposition without a colon.

Constructions: ``X را Y دانست`` (verbs of judging), ``خواستار … شد``,
``از … خبر داد``, ``بر … تأکید کرد``, ``X را خواستار شد``, ``گفت/اعلام کرد که …``,
``معتقد است …`` and ``با بیان اینکه …، گفت`` (``به گفته X، …``: :mod:`persianews.quotes.according`).
"""

from __future__ import annotations

import bisect
from typing import Iterator

import attrs
import regex

from persianews.quotes.candidates import NO_SUBJECT, Candidate, Subject
from persianews.quotes.clauses import COLON_AFTER, THAT, Clauses, clause_bounds
from persianews.quotes.contrasts import before_concession_answer
from persianews.quotes.context import (MAX_CLAUSE_CHARS, SEPARATORS, STOP_WORDS, View, first_words, has_words,
                                      last_words, skip_over, words)
from persianews.quotes.cues import CueMatch, finditer_from, fold_form, lexicon, reports_bare_clause
from persianews.quotes.denials import confirms_a_claim, denies_a_claim
from persianews.quotes.hearsay import plural_subject, says_they
from persianews.quotes.introductions import appoints, introduces, unreported_introduction
from persianews.quotes.naming import FROM, NAMING, naming_frame
from persianews.quotes.judged_clauses import (AND, MAX_PREDICATE_WORDS, RA_BACKWARDS, before_conjoined_deem, clause_and,
                                              elided_judgements, object_marker, one_clause,
                                              stops_inside_object)
from persianews.quotes.reported_clauses import (MIN_BARE_CLAUSE_WORDS, adverbial_opening, and_before,
                                                bare_clause_follows, bare_report, conjoined_report,
                                                reported_clause_start)
from persianews.quotes.statements import trim
from persianews.quotes.subject_phrases import end_before_object
from persianews.quotes.subjects import clause_start, find_subject
from persianews.records import Span
from persianews.text.reach import match_at

_SINGULAR_IN_ND = ("داند", "خواند")
"""Singular verbs of judging whose stem ends in «ن» (``می‌داند``, ``خواند``): their «ند» is no plural ending."""
_INSIDE = "subject:before-object-inside"
_MAX_CIRCUMFIX_CHARS = 400
_BREAK = regex.compile(r"[.!?؟:\n]")
_COMMA_BEFORE = regex.compile(r"،[ \u200c]*", regex.REVERSE)
"""A comma before a position, spaces and ZWNJs aside (matched backwards from that position as ``endpos``)."""
_RELATIVE = regex.compile(r"که(?![\p{L}\u200c])")
_LEADING_ADVERB = regex.compile(r"(?:امروز|دیروز|امشب|همچنین|نیز|سپس|در\s+ادامه|در\s+پایان)(?![\p{L}\u200c])[\s،]*")
# Words that never stand in the predicate of «X را Y دانست»: finite verbs, a new clause.
_CLAUSE_WORDS = frozenset("""
که کرد کرده کردند کرده‌اند شد شده شدند است هست هستند بود بودند باشد داد داده دادند داشت دارد
می‌کند می‌کنند می‌شود می‌شوند گفت افزود
""".split())
_NEGATED_PAIR = regex.compile(r"[ \u200c]+(?:و|یا)[ \u200c]+نا?([\p{L}\u200c]+)")
"""«و»/«یا» and a negated word after a verb of judging: the pair «دانسته و نادانسته» (:func:`_adverb_pair`)."""
_BAR = regex.compile(r"(?<![\p{L}\u200c])بر(?![\p{L}\u200c])")
# Words before and after «بر» that make it part of another phrase, not the «بر … تأکید کرد» frame.
_BOUND_BAR_BEFORE = frozenset("بنا علاوه مبنی افزون".split())
_BOUND_BAR_AFTER = frozenset("اساس پایه روی سر".split())
# Words before «از» that make it part of a phrase, not the «از … خبر داد» frame: «به نقل از X» names the source
# (17 «به نقل از X … خبر داد» in news-dev-2, news-dev and telegram-dev, X the source in all 17 read).
_BOUND_AZ = frozenset("پس بعد قبل پیش یکی بیش بیشتر کمتر برخی بسیاری هر غیر جدا ناشی بعضی دیگری بخشی بسیار نقل".split())


def _subject_and_start(view: View, clauses: Clauses, sentence: Span, limit: int) -> tuple[Subject, int]:
    """The subject of a clause whose content runs up to ``limit``, and where the content starts: after the subject
    and after a title in apposition to it after a comma («بیژن زنگنه، وزیر نفت، …»; not «X وزیر نفت را … متهم کرد»,
    where the title is the object)."""
    conjunct = clauses.conjunct_start(view, sentence, limit)
    if conjunct is not None:
        first_cue = clauses.ends[bisect.bisect_right(clauses.ends, sentence.start)]
        return find_subject(view, sentence.start, first_cue), conjunct
    subject = find_subject(view, sentence.start, limit)
    if subject.span is not None:  # past a title in apposition after a comma («X، مدیر …، …»)
        partner = subject.partner
        apposition = partner is not None and subject.span.end <= partner.span.start and partner.span.end < limit \
            and "،" in view.text[subject.span.end:partner.span.start]
        return subject, partner.span.end if apposition and partner is not None else subject.span.end
    return subject, clause_start(view, sentence.start, limit)


def _content_start(view: View, start: int, limit: int) -> tuple[int, str]:
    """Skip adverbials before the content: ``ضمن …،``, ``امروز``, and clauses ending in ``… ارایه و`` or in a
    finite verb and «و» (``… حمله کرده و این اقدام را …``, ``… رضایت ندارد و آن را …``: rule
    ``content:after-finite-clause``, the code returned with the start; "" otherwise) (read within
    ``MAX_CLAUSE_CHARS`` of ``start``)."""
    text = view.text
    limit = min(limit, start + MAX_CLAUSE_CHARS)
    start = skip_over(SEPARATORS, text, start, limit)
    while True:
        adverb = _LEADING_ADVERB.match(text, start, limit)
        if adverb:
            start = adverb.end()
            continue
        found = words(text, start, min(limit, start + 20))
        comma = text.find("،", start, limit)
        if found and text[found[0][0]:found[0][1]] in STOP_WORDS and comma != -1:
            start = skip_over(SEPARATORS, text, comma, limit)
            continue
        break
    after = clause_and(text, start, limit)
    if after is None:
        return start, ""
    return after[1], "" if after[2] else "content:after-finite-clause"


def _cues_in_sentences(view: View, pattern: str, *not_after: regex.Pattern) -> Iterator[tuple[CueMatch, Span]]:
    """The cues of ``pattern`` with no colon right after them (a speaker line's verb) nor a match of ``not_after``,
    each with its sentence."""
    text = view.text
    for match in view.cues_with(pattern):
        if not any(match_at(after, text, match.span.end) for after in (COLON_AFTER, *not_after)):
            yield match, view.sentence_at(match.span.start)


def deem_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``X را Y دانست``: the object and its predicate, before the verb; also before a verb of saying that the verb of
    judging shares its light verb with («X را Y توصیف و تأکید کرد»: :func:`elided_judgements`)."""
    judged = [(match, sentence, match, "cue:indirect-deem") for match, sentence in _cues_in_sentences(view, "deem")]
    judged += [(match, view.sentence_at(match.start), verb, "cue:indirect-deem-elided")
               for match, verb in elided_judgements(view)]
    judged.sort(key=lambda item: item[0].start)
    text = view.text
    for match, sentence, inflected, rule in judged:
        cue = match.span
        # A «را» further back than the predicate's longest length gives no candidate: look no further.
        ra = object_marker(text, sentence.start, cue.start)
        if ra is None:
            continue
        predicate = words(text, ra.end(), cue.start)
        if (not predicate or len(predicate) > MAX_PREDICATE_WORDS
                or any(text[s:e] in _CLAUSE_WORDS for s, e in predicate) or text[ra.end():cue.start].rstrip().endswith("،")
                or text[slice(*predicate[-1])] == AND or _adverb_pair(text, cue)
                or _announced_to(text, match, predicate) or appoints(text, match, predicate)
                or _impersonal(text, sentence.start, ra.start(), cue)):
            continue
        subject, start = _subject_and_start(view, clauses, sentence, ra.start())
        inside = start < ra.start() - 1 and stops_inside_object(view, subject, start, ra.start(), cue.start)
        if start >= ra.start() - 1 or inside:
            # The subject ran up to «را» (or stopped inside the object) and took the object in: end it before it.
            verb = text[inflected.start:inflected.end]
            shorter = end_before_object(view, subject, verb.endswith("ند") and not verb.endswith(_SINGULAR_IN_ND),
                                        sentence.start, one_clause(view, ra.start(), cue.start))
            if shorter is not None and shorter.span is not None:
                subject, start = attrs.evolve(shorter, rule=_INSIDE) if inside else shorter, shorter.span.end
        begin, content_rule = _content_start(view, start, ra.start())
        content = trim(view, begin, cue.start)
        if (content is None or content.start >= ra.start() or match_at(_RELATIVE, text, content.start)
                or _announces_own(text, match, Span(content.start, ra.start()), predicate)
                or unreported_introduction(view, match, subject, content)):
            continue
        yield Candidate("indirect", content, (cue,), subject, rule, 0.75, content_rule=content_rule)


def _adverb_pair(text: str, cue: Span) -> bool:
    """Whether the verb of judging is the first of an adverb pair with its negation, «دانسته و نادانسته», «دانسته یا
    ندانسته» (knowingly or not): no judgement."""
    pair = _NEGATED_PAIR.match(text, cue.end)
    return pair is not None and pair.group(1) == text[cue.start:cue.end]


def _impersonal(text: str, sentence_start: int, ra_start: int, cue: Span) -> bool:
    """Whether the verb of judging is a bare stem after an impersonal modal, «می‌توان X را Y دانست», «X را
    نباید Y تلقی کرد», «شاید بتوان X را Y دانست»: "X can (must) be deemed Y" is the writer's judgement with no
    speaker, not a report. The modal stands in the clause of «را» (after its last «که» or comma, read within
    ``MAX_CLAUSE_CHARS``) with no clause boundary between it and the verb; a finite verb of judging («می‌داند»,
    «دانستند») has a subject and is never so gated.

    In news-dev-2 and news-dev (lines ≢ 3 mod 4), 41 of 1176 deem quotes were so gated; all 41 read were
    impersonal judgements (the writer's, or inside another speaker's statement already quoted)."""
    if fold_form(text[cue.start:cue.end].split()[-1]) not in _BARE_STEMS:
        return False
    window = max(sentence_start, ra_start - MAX_CLAUSE_CHARS)
    clause = window
    for boundary in _CLAUSE_BOUNDARY.finditer(text, window, ra_start):
        clause = boundary.end()
    modals = list(_IMPERSONAL_MODAL.finditer(text, clause, cue.start))
    return bool(modals) and _CLAUSE_BOUNDARY.search(text, modals[-1].end(), cue.start) is None


_BARE_STEMS = frozenset(fold_form(stem) for stem in "دانست ندانست خواند شمرد برشمرد کرد نمود".split())
"""Last words of a verb of judging that are also its short infinitive (the form an impersonal modal takes)."""
_IMPERSONAL_MODAL = regex.compile(
    r"(?<![\p{L}\u200c])(?:ن?می[\u200c ]?توان|بتوان|نتوان|ن?باید|ن?می[\u200c ]?بایست)(?![\p{L}\u200c])")
_CLAUSE_BOUNDARY = regex.compile(r"(?<![\p{L}\u200c])که(?![\p{L}\u200c])|[،؛:]")


def _announced_to(text: str, cue: CueMatch, predicate: list[tuple[int, int]]) -> bool:
    """Whether the words between «را» and «اعلام کرد» are a short adverbial, not a predicate: «آمار را تا امروز
    اعلام کرد», «نتیجه را به باشگاه اعلام کرد», «موافقت خود را با این طرح اعلام کرد» announce the object (to
    someone, until a date, somewhere); they do not declare it to be something, and «معرفی کرد» likewise («X را به
    دادستانی معرفی کرد»: an act). Such an adverbial opens with a
    preposition or an adverb of ``_NOT_A_PREDICATE`` («به عنوان» excepted), has at most
    ``_MAX_ADVERBIAL_WORDS`` words and no digit (a value after it is a predicate: «… را تا دی ماه ۷۰۰ میلیارد
    تومان اعلام کرد»).

    In news-dev-2 and news-dev (lines ≢ 3 mod 4), 39 «اعلام»-deem quotes had a predicate so opening; all read:
    the 26 so gated are 20 announcements of data, a date or a result and 6 of a stance («موافقت خود را با …»),
    and the 6 true predicates after an adverbial («… را به دلیل … ممنوع اعلام کرد», a value) stay quotes."""
    if not (fold_form(text[cue.start:cue.end]).startswith(_ANNOUNCE) or introduces(text, cue)):
        return False
    first = text[slice(*predicate[0])]
    if first not in _NOT_A_PREDICATE or len(predicate) > _MAX_ADVERBIAL_WORDS:
        return False
    if _DIGIT.search(text, predicate[0][0], predicate[-1][1]):
        return False
    return not (first == "به" and len(predicate) > 1 and text[slice(*predicate[1])] == "عنوان")


def _announces_own(text: str, cue: CueMatch, obj: Span, predicate: list[tuple[int, int]]) -> bool:
    """Whether «اعلام کرد» announces the subject's own stance or act, an object in «خود»: a noun and the reflexive
    possessor before «را» («آمادگی خود را برای … اعلام کرد», «کناره‌گیری خود را از این سمت اعلام کرد», «حمایت
    خود را از … اعلام کرد»), whatever adverbials follow it; it declares no proposition. Not the reflexive object
    alone («خود را نامزد انتخابات اعلام کرد»: himself, a predicate), nor a value after it (a digit: «تعداد
    کشته‌های خود را ۱۲ نفر اعلام کرد»).

    On the 64 dev sets (tagger on), the 4 «اعلام»-deem quotes with such an object were all false, and no quote the
    gold has; see docs/codes.md (`cue:indirect-deem`) for the corpus firings read."""
    if not fold_form(text[cue.start:cue.end]).startswith(_ANNOUNCE):
        return False
    owner = last_words(text, obj.start, obj.end, 2)
    if len(owner) < 2 or text[slice(*owner[-1])] not in _REFLEXIVES:
        return False
    return not _DIGIT.search(text, predicate[0][0], predicate[-1][1])


_REFLEXIVES = frozenset("خود خودش خودشان خودمان خودم خودت خویش خویشتن".split())
_ANNOUNCE = fold_form("اعلام")
_NOT_A_PREDICATE = frozenset("به برای تا در با نسبت طی بارها نیز هم".split())
"""Prepositions and adverbs that open an adverbial of «X را … اعلام کرد», not its predicate («از» is not one:
«X را از برنامه‌ها اعلام کرد» counts X among them)."""
_MAX_ADVERBIAL_WORDS = 5
_DIGIT = regex.compile(r"\d")


def circumfix_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``خواستار … شد``: the content between the two halves of the cue."""
    text = view.text
    for match in view.cues_with("circumfix"):
        opener = match.span
        sentence = view.sentence_at(opener.start)
        limit = min(sentence.end, opener.end + _MAX_CIRCUMFIX_CHARS)
        found = lexicon().closer.search(text, opener.end, limit)
        if found is None or _BREAK.search(text, opener.end, found.start()) or view.cues_in(opener.end, found.start()):
            continue
        closer = Span(found.start(), found.end())
        that = match_at(THAT, text, closer.end)
        end, cut = closer.start, ""
        if that and text[opener.end:closer.start].strip() in ("آن", "این"):  # «خواستار آن شد که …»
            start = that.end()
            end, cut = clause_bounds(view, clauses, start)
        else:
            start = opener.end
        content = trim(view, start, end)
        if content is None:
            continue
        subject, _ = _subject_and_start(view, clauses, sentence, opener.start)
        yield Candidate("indirect", content, (opener, closer), subject, "cue:indirect-circumfix", 0.8, content_rule=cut)


def from_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``از … خبر داد``: what «از» introduces, up to the verb."""
    text = view.text
    for match, sentence in _cues_in_sentences(view, "from"):
        cue = match.span
        subject, start = _subject_and_start(view, clauses, sentence, cue.start)
        if cue.start - start > MAX_CLAUSE_CHARS:
            continue
        first = start
        if NAMING in match.patterns:  # «از X به عنوان Y یاد کرد»: the frame's own «از»
            frame = naming_frame(text, sentence.start, cue.start, cue.end)
            if frame is None or frame < start or _impersonal(text, sentence.start, frame, cue):
                continue
            first = frame
        for az in FROM.finditer(text, first, cue.start):
            if view.previous_word(az.start()) not in _BOUND_AZ:
                content = trim(view, az.end(), cue.start)
                if content is not None and not match_at(_RELATIVE, text, start):
                    yield Candidate("indirect", content, (cue,), subject, "cue:indirect-from", 0.75)
                break


def on_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``بر … تأکید کرد``: what «بر» introduces, up to the verb (not «بر اساس», «بنا بر»). A «که» clause
    after the verb is the content instead (:func:`that_quotes`)."""
    text = view.text
    for match, sentence in _cues_in_sentences(view, "on", THAT):
        cue = match.span
        subject, start = _subject_and_start(view, clauses, sentence, cue.start)
        if cue.start - start > MAX_CLAUSE_CHARS or match_at(_RELATIVE, text, start) or _stative(text, cue):
            continue
        for bar in _BAR.finditer(text, start, cue.start):
            following = words(text, bar.end(), min(cue.start, bar.end() + 40))
            if view.previous_word(bar.start()) in _BOUND_BAR_BEFORE \
                    or following and text[slice(*following[0])] in _BOUND_BAR_AFTER:
                continue
            content = trim(view, bar.end(), cue.start)
            if content is not None:
                yield Candidate("indirect", content, (cue,), subject, "cue:indirect-on", 0.75)
            break


def _stative(text: str, cue: Span) -> bool:
    """Whether the verb of «بر … VERB» is the light verb «داشتن» in the present (``بر … تأکید دارد``,
    ``تأکید دارند``, ``اصرار دارد``): a standing position (of a person, a text, a policy: «لایحه بر … تأکید
    دارد», «تهران بر … تأکید دارد»), not an act of saying. The past forms («تأکید داشتند» at a meeting,
    «تأکید داشته‌اند» in messages) tell of occasions it was said and still report, as a «که» clause after any
    form does (:func:`that_quotes`).

    On the 64 dev sets (tagger on), the 5 such quotes were all false (the gold has none); of 25 firings read in
    news-dev-2 and telegram-dev, 2 were a speaker's words in an interview («… در گفتگو با X بر … تاکید دارند»)."""
    return fold_form(text[cue.start:cue.end]).endswith(_STATIVE_ENDS)


_STATIVE_ENDS = (fold_form("دارد"), fold_form("دارند"))
"""Present forms of «داشتن» (folded), the light verb of stative compounds («می‌دارد» ends so too)."""


def object_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``… را خواستار شد``, ``… را تأیید کرد``: the object right before the verb is the content; of a denial
    (``… را تکذیب کرد``, rule ``cue:indirect-denial``) and a confirmation only a claim (:func:`denies_a_claim`,
    :func:`confirms_a_claim`)."""
    text = view.text
    for match in view.cues_with("object"):
        cue = match.span
        ra = RA_BACKWARDS.search(text, max(0, cue.start - 8), cue.start)
        if ra is None or text[ra.end():cue.start].strip(" \u200c") or match_at(COLON_AFTER, text, cue.end):
            continue
        sentence = view.sentence_at(cue.start)
        subject, start = _subject_and_start(view, clauses, sentence, ra.start())
        begin, content_rule = _content_start(view, start, ra.start())
        content = trim(view, begin, ra.start())
        if content is None or match_at(_RELATIVE, text, content.start):
            continue
        if "deny" in match.patterns:
            if denies_a_claim(view, match, content):
                yield Candidate("indirect", content, (cue,), subject, "cue:indirect-denial", 0.7,
                                content_rule=content_rule)
            continue
        if "confirm" not in match.patterns or confirms_a_claim(view, content):
            yield Candidate("indirect", content, (cue,), subject, "cue:indirect-object", 0.7, content_rule=content_rule)


def that_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``گفت که …`` and ``معتقد است (که) …``: the clause after the verb."""
    text = view.text
    for match in view.cues:
        if match.kind == "direct" or not match.patterns & {"say", "stance"}:
            continue
        reported = reported_clause_start(view, match)
        if reported is None or reported[1] == "colon":
            continue
        start, opener = reported
        end, content_rule = clause_bounds(view, clauses, start)
        conjoined = conjoined_report(view, match, start, end)
        if conjoined is not None:
            end, content_rule = conjoined, "content:before-conjoined-report"
        else:
            judged = before_conjoined_deem(view, match.span, start, end)
            if judged is not None:
                end, content_rule = judged, "content:before-conjoined-deem"
        answered = before_concession_answer(view, match.start, start, end)
        if answered is not None:
            end, content_rule = answered, "content:before-concession-answer"
        content = trim(view, start, end)
        if content is None or (opener not in ("that", "addressee") and not has_words(text, content.start, content.end, MIN_BARE_CLAUSE_WORDS)):
            continue
        if opener == "bare" and not content_rule and "\n" in text[match.end:content.start]:
            content_rule = "content:after-saying-line"
        if opener == "comma" and _report_follows(view, content):
            continue
        sentence = view.sentence_at(match.start)
        subject, _ = _subject_and_start(view, clauses, sentence, match.start)
        group = plural_subject(view, match)
        if group is not None and (subject.span is None or subject.span.end <= group.start):
            subject = Subject("words", group, rule="subject:plural-before-verb")
        rule = ("cue:indirect-that" if opener == "that" else
                "cue:indirect-addressee-that" if opener == "addressee" else
                "cue:indirect-adverbial-opening" if adverbial_opening(view, match, start) else
                "cue:indirect-comma" if opener == "comma" else
                "cue:indirect-bare-report" if bare_report(view, match) else
                "cue:indirect-order" if "request" in match.patterns else
                "cue:indirect-bare-promise" if "promise" in match.patterns else
                "cue:indirect-bare-perfect" if reports_bare_clause(text, match.start, match.end) else
                "cue:indirect-stance")
        if rule == "cue:indirect-stance" and subject.kind == "none" and says_they(view, match):
            continue  # «… گفته‌اند تهران ناامن است»: the narrator's «they say», no one's statement
        yield Candidate("indirect", content, (match.span,), subject, rule, 0.75, content_rule=content_rule)


def _report_follows(view: View, content: Span) -> bool:
    """Whether another report follows the comma inside a comma clause (``… اعلام کرد، وی افزود: …``): a verb of
    saying there that reports a clause of its own, not after «و» (``گفت، رسانه‌ها … آغاز کرده و ادعا می‌کنند …``).
    A verb that ends the clause as its own predicate (``گفت، یگان‌ها عملیات خود را ادامه دادند.``, ``گفت، نمی‌توان
    در این باره اظهارنظر کرد.``) reports nothing: the clause is still the first verb's."""
    return any(and_before(view.text, cue, content.start) is None and reported_clause_start(view, cue) is not None
               for cue in view.cues_in(content.start, content.end))


def request_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``از X خواست (تا) …``: what the speaker asked for, the clause after the verb. With no «از» before the verb
    (``به X دستور داد تا …``, ``در پیامی خواسته است تا …``) only a clause that «تا» or «که» opens is one (rule
    ``cue:indirect-order``; a «که» after a verb of saying is :func:`that_quotes`'s), and not a «تا» of time or
    extent (``تا زمانی که``: until).

    In news-dev-2, news-dev and telegram-dev, «دستور/مأموریت داد تا» 29 (all read: an order and its content) and
    «خواست/خواسته است تا/که» with no «از» 12 (10 read a request, 2 a wish: «او خواست تا در خانه بمیرد»)."""
    text = view.text
    for match, sentence in _cues_in_sentences(view, "request"):
        subject, start = _subject_and_start(view, clauses, sentence, match.start)
        if match.start - start > MAX_CLAUSE_CHARS:
            continue
        asked = next((az for az in FROM.finditer(text, max(sentence.start, start - 1), match.start)
                      if view.previous_word(az.start()) not in _BOUND_AZ), None)
        if asked is not None and _BREAK.search(text, asked.start(), match.start):
            continue
        that = match_at(_REQUEST_THAT if asked is not None else _ORDER_THAT, text, match.end)
        if that is None or asked is None and (that.group("that") == "که" and "say" in match.patterns
                                              or _until(text, that.end())):
            continue
        end, cut = clause_bounds(view, clauses, that.end())
        content = trim(view, that.end(), end)
        if content is None or not has_words(text, content.start, content.end, 3):
            continue
        rule = "cue:indirect-request" if asked is not None else "cue:indirect-order"
        yield Candidate("indirect", content, (match.span,), subject, rule, 0.7, content_rule=cut)


_REQUEST_THAT = regex.compile(r"[ \u200c]*،?[ \u200c]*(?:(?:تا|که)(?![\p{L}\u200c])[ \u200c]*)?(?=[\p{L}«])")
_ORDER_THAT = regex.compile(r"[ \u200c]*،?[ \u200c]*(?P<that>تا|که)(?![\p{L}\u200c])[ \u200c]*(?=[\p{L}«])")
"""The «تا» or «که» that must open the clause of a request with no «از» addressee."""
_UNTIL = frozenset("زمانی وقتی هنگامی موقعی پایان آخر حدی حد کنون اکنون امروز همین چه".split())
"""Words after «تا» that make it «until» or «as far as», not the opener of what is asked."""


def _until(text: str, start: int) -> bool:
    """Whether the word at ``start`` makes the «تا» before it «until» or «as far as» (:data:`_UNTIL`)."""
    following = first_words(text, start, min(len(text), start + 30), 1)
    return bool(following) and text[slice(*following[0])] in _UNTIL


def noun_clause_quotes(view: View, clauses: Clauses) -> Iterator[Candidate]:
    """``با بیان اینکه …، CUE``: the clause is the speaker's own reported statement."""
    text = view.text
    for match in finditer_from(lexicon().noun, lexicon().noun_starts, text):
        sentence = view.sentence_at(match.start())
        next_cue = _next_cue(view, clauses, match.end(), min(sentence.end, match.end() + MAX_CLAUSE_CHARS))
        end = sentence.end
        subject = find_subject(view, sentence.start, match.start())
        if next_cue is not None:
            comma = text.rfind("،", match.end(), next_cue)
            end = comma if comma != -1 else next_cue
            if subject is NO_SUBJECT and comma != -1:
                subject = find_subject(view, comma + 1, next_cue)
        content = trim(view, match.end(), end)
        if content is None:
            continue
        cue = Span(*match.span("cue"))
        yield Candidate("indirect", content, (cue,), subject, "cue:indirect-noun-clause", 0.65)


def _next_cue(view: View, clauses: Clauses, start: int, end: int) -> int | None:
    """The cue the saying clause leads to: a verb and a colon, else a verb after a comma."""
    direct = clauses.next_direct_cue(start, end)
    if direct is not None:
        return direct
    text = view.text
    for cue in view.cues_in(start, end, "say"):
        if _COMMA_BEFORE.match(text, 0, cue.start) or match_at(THAT, text, cue.end) \
                or bare_clause_follows(view, cue, cue.end):
            return cue.start
    # «با اشاره به اینکه …، بارها خواهان … شد»: the clause ends at the comma before the main verb.
    comma = text.find("،", start, end)
    if comma == -1:
        return None
    return next((cue.start for cue in view.cues_in(comma + 1, end)), None)
