"""Who speaks in a speaker line ``SPEAKER: STATEMENT`` of :mod:`persianews.quotes.headline`: an entity, a phrase
opened by a speaker head, a mission with its seat, a surname with its title after a comma, a post's short name
(``تارتار: …``, not a label nor a list's item nor a clause) or an unnamed source (``یک منبع آگاه: …``).
"""

from __future__ import annotations

import regex

from persianews.entities.keys import fold
from persianews.entities.tagger_merge import TAGGER_RULE
from persianews.entities.words import is_given_name
from persianews.quotes.candidates import Subject
from persianews.quotes.context import INDEFINITE, SPEAKER_LABELS, STOP_WORDS, View, first_words, words
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.headline_runs import ends_its_line
from persianews.quotes.subject_phrases import OBJECTLESS, PRESENT_PREFIXES, name_after_title, partner, phrase
from persianews.quotes.titled_names import titled_name_end
from persianews.records import Entity, Span

_MAX_SHORT_NAME_WORDS = 3
_MAX_ADDRESSED_NAME_WORDS = 5
_MAX_ADDRESSEE_WORDS = 3
"""A speaker who tells an outlet («مقام ارشد کاخ سفید به آکسیوس: …») may be named by up to five words."""
TITLED = "subject:name-before-title"
"""A surname no entity covers, a comma and a title (:func:`titled_name_end`): it names the speaker also over a
broken line, where a short name alone does not."""
_WITH = "با"
_CLAUSE_WORDS = frozenset(fold_form(word) for word in (
    "که است بود بودند شد شده شدند کرد کردند کرده کردیم دارد دارند داریم باشد گفت گفتند شود میگه میگن میشه"
).split())
"""Words of a clause after a short name: 91 headline-style lines of the telegram-dev corpus held one (27 of 30
read were no speaker line: «خبرهایی که به دست من رسیده بود:», «نام برندگان به شرح زیر است:»). Not
``subject_phrases._CLAUSE_VERBS``: here «که», copulas and past forms make a short name a clause, there the
colloquial present forms a post's subject phrase holds."""
_LIST_NUMBERS = frozenset(fold_form(word) for word in (
    "اول دوم سوم چهارم پنجم ششم نخست یک دو سه چهار پنج شش هفت هشت"
).split())
"""A short name ending in an ordinal or a cardinal word is an item of a list (rule of ``cue:headline-short-name``):
«گزینه اول:», «مسیر دوم:», and the numbered points of a comment («🔺» / «یک: …» / «🔺» / «دو: …»)."""
_MISSIONS = frozenset(fold_form(word) for word in (
    "سفیر سفارت سفارتخانه کنسول کنسولگری سرکنسول سرکنسولگری نماینده نمایندۀ نمایندهٔ نمایندگی رایزن رایزنی"
).split())
"""Heads of a mission or a representative: «در» and a place or organisation after them name the mission's seat,
part of the speaker («سفارت ایران در مسکو:», «نماینده ایران در سازمان ملل:»; rule ``subject:mission-seat``)."""
_SEAT = regex.compile(r"[ \t\u200c]+در[ \t\u200c]+")
LATIN = regex.compile(r"\p{Latin}")
"""A Latin letter: a name in Latin letters names someone (``Business Insider``)."""


def line_speaker(view: View, start: int, colon: int, found: list[tuple[int, int]], first: str,
                 role: str = "", titled: int | None = None) -> tuple[Subject | None, str, float]:
    """The speaker phrase before the colon, how it was recognised, and a confidence. ``role``: the subject rule
    of a role word that alone is a credit label (``subject:role-word``, ``subject:interviewer``), else empty;
    ``titled``: :func:`titled_name_end` of ``[start, colon)`` when the caller has it, else ``None``.

    In a post, a short name may stand alone, with a title after a comma
    (``اردوان روزبه، خبرنگار …:``) or with an adverbial (``اژه‌ای پیش از سفر …:``), and up to five
    words when an addressee follows (``مقام ارشد کاخ سفید به آکسیوس:``);
    not a label (``واقعیت:``) nor an item of a list (``گزینه اول:``).
    """
    text = view.text
    lex = lexicon()
    entity = view.entity_at(start, colon)
    whole = _name_the_tagger_cut(view, entity, colon) if entity is not None else None
    if whole is not None:
        return Subject("words", whole, rule="subject:short-name-over-tagger"), "cue:headline-short-name", 0.5
    seated = _seated(view, start, colon) if entity is None or entity.label != "PERSON" else None
    if seated is not None:
        return Subject("words", seated, rule="subject:mission-seat"), "cue:headline-speaker-head", 0.75
    named = name_after_title(view, entity, colon) if entity is not None and view.is_post else None
    if named is not None:  # «وزیر دارایی نروژ، کوبرتیچ: …»: the holder named after the title speaks
        return Subject("words", named, rule="subject:name-after-title"), "cue:headline-entity", 0.85
    if entity is not None:
        subject = Subject("entity", entity.span, entity, partner(view, entity, colon), "subject:entity")
        return subject, "cue:headline-entity", 0.85
    span = phrase(view, start, colon, own_clause=True)
    if first in lex.heads and not role and span is not None:
        return Subject("words", span, rule="subject:speaker-head"), "cue:headline-speaker-head", 0.75
    if role and span is not None:
        # «خبرنگار صداوسیما: …»: a role word that alone is a credit label («خبرنگار: NAME»), with words after it,
        # or alone in an interviewer's turn
        return Subject("words", span, rule=role), "cue:headline-speaker-head", 0.7
    if titled is None:
        titled = titled_name_end(view, start, colon) if view.is_post else -1
    if titled != -1:  # «حضرتی، رئیس‌شورای …:», «شریعتمداری؛ سردبیر روزنامه …» / «:»
        return Subject("words", Span(start, titled), rule=TITLED), "cue:headline-short-name", 0.6
    comma = text.find("،", start, colon)
    span = phrase(view, start, comma, own_clause=True) if comma != -1 else span
    if span is None or span.start > start:
        return None, "", 0.0  # no words, or words past a clause of the writer's («تازه:», «می‌دانید … چیست:»)
    if not view.is_post:
        # An interview: «تهذیبی: …» at a line start, by a person the document names, is an answer.
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or fold_form(span.slice(text)) not in view.names or comma != -1:
            return None, "", 0.0
        return Subject("words", span, rule="subject:interviewee"), "cue:interview-answer", 0.6
    if _is_short_name(view, span, colon) and (not ends_its_line(text, colon) or _names_someone(view, span)):
        hosted = _with_host(view, span, colon)
        if hosted is not None:
            return Subject("words", hosted, rule="subject:short-name-with-host"), "cue:headline-short-name", 0.5
        return Subject("words", span, rule="subject:short-name"), "cue:headline-short-name", 0.5
    description = _indefinite_description(view, start, colon, found)
    if description is not None:
        return Subject("words", description, rule="subject:indefinite-description"), "cue:headline-description", 0.6
    return None, "", 0.0


def _seated(view: View, start: int, colon: int) -> Span | None:
    """The whole speaker phrase of a post's speaker line when it names a mission with its seat (rule
    ``subject:mission-seat``): it opens with a mission's head (:data:`_MISSIONS`), and its last «در» is followed by
    one place or an organisation that reaches the colon («سفارت ایران در مسکو:», «نمایندگی دائم ایران در سازمان
    ملل:» speak, not «سفارت ایران»; not «سفیر ایران در گفت‌وگو با …:»); the resolver keeps the phrase whole, one
    title. Over telegram-dev, 9 speaker lines, all right. ``None`` otherwise."""
    text = view.text
    first = first_words(text, start, colon, 1)
    head = fold_form(text[slice(*first[0])]) if first else ""
    if not view.is_post or head not in _MISSIONS:
        return None
    seat = None
    for seat in _SEAT.finditer(text, first[0][1], colon):
        pass
    if seat is None:
        return None
    last = colon
    while last > seat.end() and text[last - 1] in " \t\u200c":
        last -= 1
    entity = view.entity_at(seat.end(), colon)
    ends = {entity.span.end} if entity is not None and entity.label == "ORG" else set()
    ends |= {place.span.end for place in view.places_in(seat.end(), seat.end() + 1)}
    return Span(start, last) if last in ends else None


def _name_the_tagger_cut(view: View, entity: Entity, colon: int) -> Span | None:
    """The whole short name before a post's colon where the entity there is a tagger-only person of one given
    name and one or two more words follow it, neither a verb nor a function word («یحیی سریع:», the tagger's
    «یحیی»; «علیرضا دبیر:», whose surname is also a role word). Over telegram-dev and news-dev-2 such a tagger speaker stood before more words 22
    times; the 14 this takes (no verb, «از» or «در» after the name) were all cut names."""
    if not view.is_post or entity.label != "PERSON" or entity.rule != TAGGER_RULE:
        return None
    text = view.text
    name = words(text, entity.span.start, entity.span.end)
    after = words(text, entity.span.end, colon)
    if (len(name) != 1 or not is_given_name(fold(text[slice(*name[0])])) or not 1 <= len(after) <= 2
            or "،" in text[entity.span.end:colon]):
        return None
    if any(is_clause_word(text[s:e]) or text[s:e] in STOP_WORDS for s, e in after):
        return None
    return Span(entity.span.start, after[-1][1])


def _is_short_name(view: View, span: Span, colon: int) -> bool:
    """Whether ``span`` before the colon of a post's line is a short name: up to three words (five
    before an addressee), no label, no item of a list, no verb (21 telegram-dev short names held one: «عالی بود»,
    «می‌دانید جایگزین‌ها چیست», «من می‌گویم»; the 17 this refuses were no speaker's name), and nothing after it but an adverbial or a
    title (not a word before the colon that wants its object: «ساعتی پیش:», «شهرهایی مثل:»)."""
    text = view.text
    name = words(text, span.start, span.end)
    after = words(text, span.end, colon)
    if (len(name) > (_MAX_ADDRESSED_NAME_WORDS if _is_addressee(text, after) else _MAX_SHORT_NAME_WORDS)
            or any(fold_form(text[s:e]) in lexicon().labels for s, e in name)
            or fold_form(text[slice(*name[-1])]) in _LIST_NUMBERS):
        return False  # too long, a label, or an item of a list («گزینه اول:», «مسیر دوم:», «یک:»)
    if any(is_clause_word(text[s:e]) for s, e in after) or _holds_a_verb(text, name):
        return False  # «دو مورد که مدنظر من است:», «اروپا … به نمایش می‌گذارد:», «عالی بود:»: a clause, not a speaker
    rest = text[span.end:colon].strip()
    return fold_form(text[slice(*(after or name)[-1])]) not in OBJECTLESS and (  # a time, a list's lead
        not rest or rest.startswith("،") or bool(after) and text[slice(*after[0])] in STOP_WORDS)


def _with_host(view: View, span: Span, colon: int) -> Span | None:
    """The whole phrase before a post's colon when a short name is followed by «با» and one given name alone,
    reaching the colon: a show or column titled with its host («اتاق جنگ با یاشار: …», a channel's own voice),
    not cut at «با» (rule ``subject:short-name-with-host``). Not a partner named in full or by a title
    («مصاحبه با قرقاش:», «گفت‌وگو با وزیر …:»), nor a pronoun («… با شما:», a readers' column), nor a place also given as a name («… با
    ایران:»). Over telegram-dev, 161 speaker lines, all one channel's «اتاق جنگ با یاشار» (one misspelt)."""
    text = view.text
    after = words(text, span.end, colon)
    if (len(after) != 2 or text[slice(*after[0])] != _WITH
            or not is_given_name(fold(text[slice(*after[1])])) or view.places_in(*after[1])):
        return None  # «درگیری نظامی با ایران:»: a place that is also a given name
    return Span(span.start, after[1][1])


def _names_someone(view: View, span: Span) -> bool:
    """Whether a short name on a line of its own before its colon names someone: a speaker entity (a person, a
    title, an organisation) in it, a role word or speaker head (یک مقام آمریکایی), a given name, a name the
    document gives, or Latin letters (Business Insider). Alone on its line, a short name is as often the label
    of what follows (rule ``cue:headline-short-name``): of 30 such lines of telegram-dev read, 17 were labels
    («وضعیت کنونی:», «مزایای شرکت در این پویش:», «جملات مرتبط:», «بله:»)."""
    text = view.text
    if any(e.label in SPEAKER_LABELS for e in view.entities_in(span.start, span.end)) or LATIN.search(
            text, span.start, span.end) or fold_form(span.slice(text)) in view.names:
        return True
    lex = lexicon()
    found = [text[s:e] for s, e in words(text, span.start, span.end)]
    return any(is_given_name(fold(word)) or fold_form(word) in lex.title_openers or fold_form(word) in lex.heads
               or fold_form(word) in view.names for word in found)


def _holds_a_verb(text: str, name: list[tuple[int, int]]) -> bool:
    """Whether the words of a short name hold a verb («عالی بود», «من می‌گویم»); a lone word opening with «می‌»
    may be a surname written apart (می‌دری), so a present verb counts only beside another word."""
    return any(fold_form(text[s:e]) in _CLAUSE_WORDS or len(name) > 1 and text[s:e].startswith(PRESENT_PREFIXES)
               for s, e in name)


def is_clause_word(word: str) -> bool:
    """Whether ``word`` makes the words before a colon a clause: «که» or a verb (present «می‌…», a finite
    past or auxiliary, a colloquial «میگن»)."""
    return word.startswith(PRESENT_PREFIXES) or fold_form(word) in _CLAUSE_WORDS


def _is_addressee(text: str, after: list[tuple[int, int]]) -> bool:
    """Whether the words ``after`` a speaker phrase name whom it told («به آکسیوس», «به شبکه العربیه»)."""
    return 1 < len(after) <= _MAX_ADDRESSEE_WORDS + 1 and text[slice(*after[0])] == "به"


def _indefinite_description(view: View, start: int, colon: int, found: list[tuple[int, int]]) -> Span | None:
    """An unnamed source in a post's speaker line (rule ``cue:headline-description``): «یک» and a role
    word or speaker head (منبع، مقام، سخنگوی …) with its modifiers, alone or before an addressee:
    «یک منبع آگاه: …», «یک مقام ارشد آمریکایی به رویترز: …». Such a phrase is often longer than a short
    name, and «منبع» alone is a label («منبع: NAME»)."""
    text = view.text
    if (len(found) < 2 or text[slice(*found[0])] != INDEFINITE
            or fold_form(text[slice(*found[1])]) not in lexicon().title_openers):
        return None
    span = phrase(view, start, colon)
    if span is None or span.end <= found[1][1]:
        return None
    after = words(text, span.end, colon)
    return span if not after or _is_addressee(text, after) else None
