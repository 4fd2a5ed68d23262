"""The subject of a reporting clause: what stands at the start of the clause before its cue."""

from __future__ import annotations

import attrs
import regex

from persianews.entities.keys import fold
from persianews.entities.lexicons import professions
from persianews.entities.words import PREPOSITIONS
from persianews.quotes.answers import answered_question
from persianews.quotes.antecedents import is_document_word
from persianews.quotes.candidates import NO_SUBJECT, Subject
from persianews.quotes.complements import (COMPLEMENT, COORDINATED, NOUN_CLAUSE, REPORTED, after_complement_that,
                                          after_coordinated_clause, after_reported_comma, follows_complement,
                                          follows_coordinated_clause, follows_reported_comma)
from persianews.quotes.context import (
    ADVERBIAL_OPENERS, GUILLEMETS, INDEFINITE, MAX_CLAUSE_CHARS, QUESTION_MARKS, STOP_WORDS, View, first_words, last_words,
    words,
)
from persianews.quotes.contrasts import (
    CONCESSIVE, CONTRAST_REACH, after_conjunction_clause, after_contrast, follows_concessive,
    follows_contrast, opens_with_head,
)
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.glued_headings import after_glued_heading
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.speaker_names import honorific_stack, is_no_speaker
from persianews.quotes.subject_phrases import (
    VAGUE_TIMES, complement_start, demonstrative_description, partner, partitive_words, phrase,
    pronoun_or_entity,
)
from persianews.quotes.subject_repairs import (
    NOT_SUBJECT_BEFORE, PRONOUN, after_copula, entity_after_no_one, pronoun_after_discourse,
)
from persianews.records import Span
from persianews.text.bounded_cache import Memo
from persianews.text.reach import match_at

_CLAUSE_BREAK = regex.compile(r"[؛;]|(?<!\d):(?!\d)|(?<=\p{L}{3})[.!?؟…](?=\s)")
"""A break between clauses of one sentence: «؛», a colon (not in a time), a stop after a word (not an initial)."""
_CLAUSE_MARKS = regex.compile(r"[«»؛;:.!?؟…]", regex.REVERSE)
"""Guillemets and the characters a ``_CLAUSE_BREAK`` starts with, found from the end."""
_MAX_NAME_WORDS = 3


def collect_names(view: View) -> None:
    """Fill ``view.names``: people's names (entities, clusters, short subjects of «X گفت:») and their surnames."""
    lex = lexicon()
    text = view.text
    names = [e.text for e in view.entities if e.label == "PERSON"]
    names += [c.name for c in view.doc.clusters if c.name]
    for cue in view.cues_with("say"):
        if text[cue.end:cue.end + 3].strip(" \u200c")[:1] != ":":
            continue
        sentence = view.sentence_at(cue.start)
        position = clause_start(view, sentence.start, cue.start)
        span = phrase(view, position, cue.start, 4)
        if span is None or "،" in span.slice(text):
            continue
        found = words(text, span.start, span.end)
        found = found[honorific_stack([text[start:end] for start, end in found]):]
        if len(found) == 1 and (not position or text[position - 1] == "\n"):
            _collect_lone_name(view, text[found[0][0]:found[0][1]])
        if not 2 <= len(found) <= 3:
            continue
        keys = [fold_form(text[s:e]) for s, e in found]
        if (any(text[s:e] in STOP_WORDS or any(ch.isdigit() for ch in text[s:e]) for s, e in found)
                or keys[0] in lex.heads and keys[0] not in lex.honorifics
                or match_at(PRONOUN, text, found[0][0])):
            continue
        names.append(text[found[0][0]:found[-1][1]])
    for name in dict.fromkeys(names):  # each name once: a person is mentioned again and again
        full, keys = _NAME_KEYS[name]
        if full:
            view.full_names.append(name)
        view.names.update(keys)


def _collect_lone_name(view: View, word: str) -> None:
    """Put in ``view.lone_names`` a word that opens a line as the whole subject of «X گفت:» («قهرمانی گفت:»),
    unless it is a pronoun, a stop word, a role word, a document word or a word that names no one («اینکه»)."""
    key = fold_form(word)
    lex = lexicon()
    if (len(key) >= _MIN_LONE_NAME and word not in STOP_WORDS and not any(ch.isdigit() for ch in word)
            and not (key in lex.heads or key in lex.honorifics) and not match_at(PRONOUN, word, 0)
            and not is_document_word(word) and not is_no_speaker(word)):
        view.lone_names.add(key)


_MIN_LONE_NAME = 3


def _name_keys(name: str) -> tuple[bool, tuple[str, ...]]:
    """Whether ``name`` has two words or more, and the folded keys of its endings of three letters or more
    (the whole name, the surname …) that :func:`collect_names` puts in ``view.names``."""
    folded = [fold_form(word) for word in name.split()]
    keys = ("".join(folded[-count:]) for count in range(1, len(folded) + 1))
    return len(folded) > 1, tuple(key for key in keys if len(key) >= 3)


_NAME_KEYS = Memo(_name_keys)
""":func:`_name_keys` by name: the same people are named in document after document."""


def known_name_prefix(view: View, found: list[tuple[int, int]], text: str) -> int:
    """How many leading words of a phrase are a name the document gives (0 when none), not where a person's
    entity goes on over the next word («سرهنگ سید علی‌اصغر حسینی مجد افزود»: «… حسینی», read before «افزود:»,
    is no name the person's entity ends with)."""
    if not view.names or len(found) < 2:
        return 0
    skip = min(honorific_stack([text[start:end] for start, end in found]), len(found) - 1)
    for count in (3, 2, 1):
        if skip + count < len(found):
            key = "".join(fold_form(text[s:e]) for s, e in found[skip:skip + count])
            if key in view.names and not _person_across(view, found, skip + count):
                return skip + count
    return 0


def _person_across(view: View, found: list[tuple[int, int]], index: int) -> bool:
    """Whether a person's entity inside the phrase of words ``found`` holds both word ``index - 1`` and word
    ``index``."""
    end, following = found[index - 1][1], found[index][0]
    return any(e.label == "PERSON" and e.span.start < end and e.span.end > following
               for e in view.entities_in(found[0][0], found[-1][1]))


def _is_name_before_title(text: str, start: int, comma: int, end: int) -> bool:
    """«کلی میر، خبرنگار نیوزنیشن گزارش داد»: a short name no entity covers, a comma, then a title
    (rule ``subject:name-before-title``); the name is the speaker, the title only describes them. The title
    may be a profession (``professions.txt``: «…، اقتصاددان مؤسسه …») and may open with an indefinite «یک»
    («…، یک تحلیلگر بازار …»). A name in guillemets («ریاض الاشقر»، پژوهشگر …) is left whole: the resolver
    reads name and title there."""
    name, title = words(text, start, comma), words(text, comma + 1, end)
    if len(title) >= 3 and text[slice(*title[0])] == INDEFINITE:
        title = title[1:]
    written = text[slice(*title[0])] if title else ""
    head = fold_form(written)
    # «…، آقای ساواژ گفت»: an honorific after the comma opens a name, not a title.
    return (1 <= len(name) <= _MAX_NAME_WORDS and len(title) >= 2 and not opens_with_head(text, start, end)
            and not any(text[s:e] in STOP_WORDS for s, e in name) and not GUILLEMETS.search(text, start, comma)
            and (head in lexicon().title_openers or fold(written) in professions())
            and head not in lexicon().honorifics)


def clause_start(view: View, start: int, limit: int) -> int:
    """Where the subject may stand: after lead-ins and an opening adverbial clause closed by «،» (one that a
    preposition or an adverbial opener opens, or a conjunction or an adverb:
    :func:`~persianews.quotes.contrasts.after_conjunction_clause`) (read within ``MAX_CLAUSE_CHARS`` of ``start``).
    For a clause that ends inside its sentence (at a cue), after the last clause break before it (see
    :func:`_after_clause_breaks`), after a «، اما» before a speaker (see
    :func:`~persianews.quotes.contrasts.after_contrast`) and, when no pronoun or entity opens it, in the «که» clause
    the cue closes (see :func:`_relative_clause_subject`).

    Kept in ``view.clause_starts``: the names, the candidates and the speakers ask for the same clauses."""
    found = view.clause_starts.get((start, limit))
    if found is None:
        found = view.clause_starts[start, limit] = _clause_start(view, start, limit)
    return found


def _clause_start(view: View, start: int, limit: int, coordinated: bool = True) -> int:
    """See :func:`clause_start`; without the clause after a finite verb and «و» or «،» when not ``coordinated``."""
    limit = min(limit, start + MAX_CLAUSE_CHARS)
    text = view.text
    clause = start
    inside = limit < view.sentence_at(start).end
    start = _after_glued_heading(view, _across_quoted_question(view, start, limit), limit)
    if inside:
        start = _after_clause_breaks(text, start, limit)
        start = after_contrast(view, start, limit)
    start = skip_lead_in(view, start, limit)
    first = first_words(text, start, min(limit, start + 30), 1)
    opener = text[first[0][0]:first[0][1]] if first else ""
    if opener in ADVERBIAL_OPENERS or opener in VAGUE_TIMES:
        comma = text.find("،", start, limit)
        if comma != -1:
            start = skip_lead_in(view, comma + 1, limit)
    elif opener and is_no_speaker(opener) or CONCESSIVE.match(text, start, limit):
        start = after_conjunction_clause(view, start, limit)
    if inside:
        start = after_reported_comma(view, after_complement_that(view, start, limit), limit)
        if coordinated:
            before, start = start, after_coordinated_clause(view, start, limit)
            if start != before:
                view.coordinated_starts.add((clause, limit))
        partitive = _partitive_relative_subject(view, start, limit)
        if partitive is not None:
            return partitive
    if inside and not PRONOUN.match(text, start, limit) and view.entity_at(start, limit) is None:
        start = _relative_clause_subject(view, start, limit)
    return start


def _across_quoted_question(view: View, start: int, limit: int) -> int:
    """Where the clause opens when the sentence at ``start`` follows a question in guillemets that a word of
    the sentence before introduced («… در همایشی با عنوان «آیا … است؟» برگزار شد در پاسخ … گفت»): a quoted
    title's «؟» ends no clause of the speaker's, so the clause opens at that sentence's start (rule
    ``subject:across-quoted-question`` when it gives the subject). ``start`` when the guillemets follow a colon,
    a comma or a cue of saying (the question is someone's words), when a line break stands between, or when the
    cue's own sentence does not open at ``start``."""
    text = view.text
    floor = max(0, start - _QUESTION_REACH)
    close = floor + len(text[floor:start].rstrip(" \u200c"))
    if close < 2 or text[close - 1] != "»" or text[close - 2] not in QUESTION_MARKS \
            or view.sentence_at(start).start != start:
        return start
    previous = view.sentence_at(close - 1)
    opening = text.rfind("«", previous.start, close - 1)
    if opening == -1 or "»" in text[opening + 1:close - 1] or limit - previous.start > MAX_CLAUSE_CHARS:
        return start
    before = last_words(text, previous.start, opening, 1)
    if not before or text[before[-1][1]:opening].strip(" \u200c") or view.cues_in(previous.start, opening, "say"):
        return start
    return previous.start


_QUESTION_REACH = 12
"""How far back from a sentence's start the «؟» that closed the sentence before is looked for (blanks between)."""


def _after_clause_breaks(text: str, start: int, limit: int) -> int:
    """After the last «؛», colon or sentence stop in ``[start, limit)`` that no «…» closing before
    ``limit`` holds: «… ندارد؛ با این حال دموکرات‌ها می‌گویند …», «… وجود دارد: کسب‌وکارها گفته‌اند …»,
    a stop inside a quotation the segmenter kept whole. A break that ends a noun clause opened before
    it («وی با اشاره به اینکه …؛ خطاب به مردم گفت») and a break after a preposition («اعم از؛ …») end
    no clause of the speaker's. One pass over the span (its guillemets and break marks, found backwards
    by one regex)."""
    closing = 0  # «» closed after the break, counted backwards from ``limit``
    for mark in _CLAUSE_MARKS.finditer(text, start, limit):
        char = mark.group()
        if char == "»":
            closing += 1
        elif char == "«":
            closing = max(0, closing - 1)
        elif closing == 0 and _CLAUSE_BREAK.match(text, mark.start(), limit):
            position = mark.start()
            before = last_words(text, max(start, position - 30), position, 1)
            if before and text[slice(*before[-1])] in PREPOSITIONS or NOUN_CLAUSE.search(text, start, position):
                return start
            return position + 1
    return start


def _relative_clause_subject(view: View, start: int, limit: int) -> int:
    """Where the subject of a cue that closes a «که» clause stands: «… برگزار شد که او … گفته بود»,
    «خبری که علی لاریجانی گفته بود» — the last «که» before the cue, followed by a pronoun or a speaker
    entity, with no «،» after it (a comma closes a relative clause on the subject: «وزیر، که …، گفت»)
    and not the «که» of a noun clause («با بیان آن که …»). ``start`` when there is none."""
    text = view.text
    that = text.rfind(" که ", start, limit)
    if that == -1 or "،" in text[that:limit] or text[max(start, that - 3):that] in ("این", " آن"):
        return start
    after = that + len(" که ")
    if PRONOUN.match(text, after, limit) or view.entity_at(after, limit) is not None:
        return after
    return start


_COPULA = regex.compile(
    r"(?<![\p{L}\u200c])(?:است|بود|بودند|هست|هستند|نیست|نبود"
    r"|(?:به\s+شمار|به\s+حساب|محسوب|شناخته)\s+(?:می\u200c?|نمی\u200c?)?(?:رود|رفت|آید|آمد|شود|شد|شده))"
    r"(?![\p{L}\u200c])")
"""A copula or a light linking verb («به شمار می‌رود», «محسوب می‌شود»): the «که» clause describes a noun."""


def _partitive_relative_subject(view: View, start: int, limit: int) -> int | None:
    """Where a partitive subject stands when the cue at ``limit`` closes a «که» clause that opens with one
    («وی … مطرح کرد که یکی از مقام‌های آمریکایی گفته بود …», «… که چند روز پیش شماری از رسانه‌ها … خبر
    داده بودند»): a part of a group speaks, not the subject of the main clause (rule ``subject:words`` of
    the partitive). None when the last «که» before the cue has no partitive after it (lead-ins aside), when a
    «،» follows it, when a copula or a linking verb stands before the cue («… که یکی از اعضای مجمع است گفت»,
    «وزارت نفت که یکی از … به شمار می‌رود اعلام کرد»), or when the «که» follows a speaker entity (a
    description of it: «حسن کریمی که یکی از اعضا را برکنار کرده گفت»).

    13 «که + partitive + cue» in news-dev-2 and news-dev by a rough pattern; 8 of them fire here (a
    partitive right after «که»), all of them the group member's words. The linking verbs and the entity
    before «که» change 1 quote of telegram-dev's 28,458 posts («… که یکی از بزرگ‌ترین شرکت‌های … به حساب
    می‌آید اعلام کرد»: the company speaks) and none in news-dev-2."""
    text = view.text
    that = text.rfind(" که ", start, limit)
    if that == -1 or "،" in text[that:limit] or _COPULA.search(text, that, limit):
        return None
    if any(entity.span.end == that for entity in view.entities_in(max(start, that - 100), that)):
        return None
    after = skip_lead_in(view, that + len(" که "), limit)
    return after if partitive_words(text, first_words(text, after, limit, 3)) else None


def find_subject(view: View, start: int, limit: int) -> Subject:
    """The subject of the clause running from ``start`` to the cue at ``limit``; a clause is read
    within ``MAX_CLAUSE_CHARS`` of its start, so the work per call is bounded. A plain subject after a subheading
    glued to its paragraph (:mod:`persianews.quotes.glued_headings`) has rule ``subject:after-glued-heading``; one
    that stands before «در پاسخ به این سوال که …؟» when the cue follows the question
    (:mod:`persianews.quotes.answers`), rule ``subject:before-answered-question``."""
    answered = answered_question(view, start)
    if answered is not None:
        subject = _find_subject(view, *answered)
        if subject.kind != "none":
            return attrs.evolve(subject, rule=_ANSWERED) if subject.rule in _PLAIN_RULES else subject
    subject = _find_subject(view, start, limit)
    if subject.rule in _PLAIN_RULES and subject.span is not None and subject.span.start < start:
        return attrs.evolve(subject, rule="subject:across-quoted-question")
    if subject.rule in _PLAIN_RULES and subject.span is not None \
            and subject.span.start >= _after_glued_heading(view, start, min(limit, start + MAX_CLAUSE_CHARS)) > start:
        return attrs.evolve(subject, rule="subject:after-glued-heading")
    return subject


def _after_glued_heading(view: View, start: int, limit: int) -> int:
    """:func:`~persianews.quotes.glued_headings.after_glued_heading`, but for the titles after a «بیشتر بخوانید»
    (rule ``subject:after-read-more``); kept in ``view.glued_starts``."""
    found = view.glued_starts.get((start, limit))
    if found is None:
        found = after_glued_heading(view, start, limit)
        found = view.glued_starts[start, limit] = start if found > start and _in_read_more(view, limit) else found
    return found


_ANSWERED = "subject:before-answered-question"
_AFTER_CONCESSIVE = "subject:after-conjunction"
_PLAIN_RULES = frozenset({"subject:pronoun", "subject:entity", "subject:description", "subject:words"})


def _find_subject(view: View, start: int, limit: int) -> Subject:
    """See :func:`find_subject`."""
    text = view.text
    limit = min(limit, start + MAX_CLAUSE_CHARS)
    position = clause_start(view, start, limit)
    if position >= limit:
        return _subject_in_lead_in(view, start, limit)
    opening = pronoun_or_entity(view, position, limit) or demonstrative_description(view, position, limit)
    if opening is not None:
        if follows_contrast(view, max(start, position - CONTRAST_REACH), position, limit):
            return attrs.evolve(opening, rule="subject:after-contrast")
        rule = _clause_rule(view, start, position, limit, opening.rule)
        return opening if rule == opening.rule else attrs.evolve(opening, rule=rule)  # mostly the same: no copy
    pronoun = pronoun_after_discourse(view, position, limit)
    if pronoun is not None:
        return pronoun
    span = phrase(view, position, limit, own_clause=True)
    if span is not None and _in_read_more(view, span.start):
        return attrs.evolve(NO_SUBJECT, rule="subject:after-read-more")
    if span is not None:
        comma = text.find("،", span.start, span.end)
        # «… تکذیب کرد، اما معاون وقت او X … گفته بود»: a speaker head opens the clause of the contrast.
        contrasted = follows_contrast(view, max(start, position - CONTRAST_REACH), position, limit)
        rule = ("subject:head-after-contrast" if contrasted and opens_with_head(text, position, limit)
                else "subject:group-after-contrast" if contrasted
                else _clause_rule(view, start, position, limit, "subject:words"))
        if comma != -1 and opens_with_head(text, span.start, comma):
            # «مدیر عامل شرکت … سیمان، بسترسازی … را ضروری دانست»: a title no entity covers, then
            # a comma before the content; a name before the comma is in apposition (X، رئیس …).
            span = Span(span.start, comma)
        elif comma != -1 and _is_name_before_title(text, span.start, comma, span.end):
            span, rule = Span(span.start, comma), "subject:name-before-title"
        found = words(text, span.start, span.end)
        complement = complement_start(view, span, limit)
        named = known_name_prefix(view, found, text) if complement is None else 0
        if named and not text[found[named - 1][1]:found[named][0]].strip(" \u200c"):
            # «عرب مقصودی تعداد روستاها را … برشمرد»: a known name, then the object.
            span = Span(span.start, found[named - 1][1])
        inner = view.entities_in(span.start, span.end)
        if complement is not None:  # «یک منبع نزدیک به دولت»: the complement's entities do not speak
            inner = [entity for entity in inner if entity.span.end <= complement]
            rule = "subject:words-complement" if rule == "subject:words" else rule
        moved = None if inner else entity_after_no_one(view, span, limit)
        if moved is not None:
            return Subject("entity", moved.span, moved, partner(view, moved, limit), "subject:entity-after-no-one")
        clause = None if inner else after_copula(view, span)
        if clause is not None:
            return clause
        people = [e for e in inner if e.label == "PERSON"]
        return Subject("words", span, people[0] if people else inner[0] if inner else None, rule=rule)

    entity = _person_after_source(view, position, limit)
    if entity is not None:
        return Subject("entity", entity.span, entity, partner(view, entity, limit), "subject:entity-after-source")
    entity = _entity_outside_adverbials(view, position, limit)
    if entity is not None:
        return Subject("entity", entity.span, entity, partner(view, entity, limit), "subject:entity-in-clause")
    return NO_SUBJECT


def _clause_rule(view: View, start: int, position: int, limit: int, rule: str) -> str:
    """The rule of a subject at ``position`` that opens a complement clause (``subject:in-complement``), follows a
    concessive conjunction whose clause the cue closes (``subject:after-conjunction``), opens a clause after a finite
    verb and «و» or «،» that no other reading of the clause start finds (``subject:after-coordinated-clause``) or
    stands after a verb of saying and a comma (``subject:after-reported-comma``), else ``rule``."""
    if follows_complement(view, start, position, limit):
        return COMPLEMENT
    if follows_concessive(view, start, position, limit):
        return _AFTER_CONCESSIVE
    if _moved_by_coordinated(view, start, limit) and follows_coordinated_clause(view, start, position, limit) \
            and _clause_start(view, start, limit, coordinated=False) != position:
        return COORDINATED
    return REPORTED if follows_reported_comma(view, start, position, limit) else rule


def _moved_by_coordinated(view: View, start: int, limit: int) -> bool:
    """Whether the clause after a finite verb and «و» or «،» moved the clause start of ``[start, limit)``: if not,
    the start read without it is the same, and no subject is that clause's alone."""
    clause_start(view, start, limit)
    return (start, min(limit, start + MAX_CLAUSE_CHARS)) in view.coordinated_starts


def opening_subject(view: View, start: int, limit: int, descriptions: bool = False) -> Subject | None:
    """The subject :func:`find_subject` gives when a pronoun or a speaker entity opens the clause (rules
    ``subject:pronoun``, ``subject:entity``; with ``descriptions`` also ``subject:description``: «این مسئول»),
    else None: without reading the words of a subject phrase, for those who need no other subject."""
    limit = min(limit, start + MAX_CLAUSE_CHARS)
    position = clause_start(view, start, limit)
    if position >= limit:
        return None
    opening = pronoun_or_entity(view, position, limit)
    return opening or (demonstrative_description(view, position, limit) if descriptions else None)


def _subject_in_lead_in(view: View, start: int, limit: int) -> Subject:
    """«به گزارش … به نقل از … جواد شمقدری، افزود»: the last person the lead-in names."""
    people = [e for e in view.entities_in(start, limit) if e.label in ("PERSON", "TITLE")]
    if not people or view.text[people[-1].span.end:limit].strip(" ،\u200c"):
        return NO_SUBJECT
    entity = people[-1]
    return Subject("entity", entity.span, entity, None, "subject:entity-in-lead-in")


_SOURCE_LEAD = regex.compile(r"به\s+(?:گزارش|نقل\s+از|نوشته)(?![\p{L}\u200c])")


def _person_after_source(view: View, start: int, limit: int):
    """«به نقل از روابط عمومی اداره … علی متقیان اظهار کرد», «به نوشته روزنامه X «نام» نماینده … گفت»: a
    lead-in naming its source with no «،» to close it; the first person or title after it that no
    preposition governs and no «و» joins to another is the subject, not the source (rule
    ``subject:entity-after-source``). None when there is none."""
    if not _SOURCE_LEAD.match(view.text, start, limit) or "،" in view.text[start:limit]:
        return None
    for entity in view.entities_in(start, limit):
        if entity.label in ("PERSON", "TITLE") and view.previous_word(entity.span.start) not in NOT_SUBJECT_BEFORE:
            return entity
    return None


_READ_MORE = regex.compile(r"بیشتر[ \u200c]*بخوانید")
_READ_MORE_REACH = 1000


def _in_read_more(view: View, position: int) -> bool:
    """Whether ``position`` follows a «بیشتر بخوانید» in its sentence (within ``_READ_MORE_REACH`` characters):
    linked articles' titles glued to the text after them («بیشتر بخوانید؛ TITLE: …کنندوی افزود: …»), where the
    words before a cue are no subject (rule ``subject:after-read-more``: the speaker continues the previous one).
    54 such lines in news-dev-2 (lines ≢ 3 mod 4); 15 quotes change speaker, all of them a speaker made of
    the titles' words before («اصلاح‌طلبان باید حضور», «قاتلان ویروس کرونا»): 6 now right, 9 wrong either way."""
    floor = max(view.sentence_at(position).start, position - _READ_MORE_REACH)
    return _READ_MORE.search(view.text, floor, position) is not None


def _entity_outside_adverbials(view: View, start: int, limit: int):
    """The first speaker entity in the clause that no preposition governs."""
    for entity in view.entities_in(start, limit):
        if view.previous_word(entity.span.start) not in PREPOSITIONS:
            return entity
    return None
