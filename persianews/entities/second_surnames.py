"""A double surname's second word, on the document's own evidence (rule suffix ``+second-surname``).

A person's name that stops at its first surname word is taken on over the next word when the document writes
that pair after a given name and once more after a person («مصطفی رجبی مشهدی … رجبی مشهدی گفت»: the pair
recurs, so «مشهدی» is part of the name wherever a name ends with «رجبی» before it), or when quote marks enclose
a given name, the surname and that word («"عباس مسجدی آرانی" رئیس …»), or when a title follows that word right
after a given name and the surname («حشمت‌الله فلاحت پیشه عضو کمیسیون …»: the title's holder ends before the
title, so the word between is the name's; see :func:`_before_title`). The word must be shaped like a surname
and be no dictionary word (:func:`words.surname_class`: not «مطلق», «تاکید» of «… تاکید کرد», «نقشی»), unless it
is a place + ی, an adjective too (عراقی, تهرانی: :func:`words.is_place_adjective`), or a one-word town the
dictionary knows as a rare word (تفرش: the place goes, the pair's recurrence outweighs it); no plural, no word
with a preposition joined to it (به‌دنبال), and no verb that takes a noun may follow it (… کرد, … داد; a verb of
saying may); it starts no other entity but such a town.

Measured on news-dev-2 and news-dev: a recurring pair after a person, any word, fired 469 times, mostly
wrongly (the noun of «… تاکید کرد», «مقام اول»); the shape alone kept 74, half of them wrong (نقشی, سهمی:
an indefinite «ی»); with a given name before one writing of the pair most wrong ones go (see the commit).
Two more kinds of evidence take in any word but a function word or adverb (امروز, همواره), a verb, a given name,
a plural or a role: the document names a person whose surname is the two words written as one («حمید ماهی صفت …
حمید ماهی‌صفت»: the name written apart is that one; rule suffix ``+joined-surname``, :func:`_joined_surnames`),
or the name ends before that word twice with a speaker's context right after it, a colon, a cue or a title
(«آیت‌الله محمدی ری شهری: …», «… ری شهری افزود»; rule suffix ``+spoken-surname``, :func:`_spoken_surnames`).
On news-dev, news-dev-2 and telegram-dev (28,457 posts) the first fired 19 times (1, 18, 0), all right once a given
name alone was left out (وحید | جان beside وحیدجان, twice in posts); the second 5 times (0, 5, 0), all right
(… الفت نسب ادامه داد, … محمدی ری شهری افزود). One writing of the pair is enough right after a given name and the
surname with a verb of saying after it (… حسینی مجد افزود; :func:`_said_once`).

One pass over the people, then one over their candidates: linear in the entities.
"""

from __future__ import annotations

from collections import defaultdict

import attrs

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView
from persianews.entities.people_full import _RARE_WORD, COMMON_WORD_FREQUENCY
from persianews.entities.people_tokens import honorific_start
from persianews.entities.tagger_merge import TAGGER_RULE

_RULE_SUFFIX = "+second-surname"
"""Added to the rule of a person taken on over the second word of its surname."""
_JOINED_SUFFIX = "+joined-surname"
"""Added to the rule of a person taken on over a word that the document writes joined to its surname's last word."""
_SPOKEN_SUFFIX = "+spoken-surname"
"""Added to the rule of a person taken on over a word that ends the name before a speaker's context twice."""
SUBJECT_SUFFIX = "+subject-surname"
"""Added to the rule of a person taken on over the words between its surname and a participial opener."""
_MAX_SUBJECT_WORDS = 2
"""How many words may stand between a surname and the participial opener whose subject the name is."""
GROWN_SUFFIXES = (_JOINED_SUFFIX, _SPOKEN_SUFFIX)
"""The rule suffixes of the people grown over any word on the document's evidence (see the linker's double surnames)."""
_MIN_PAIRS = 2
"""How often the document must write a surname pair after a person (once with a given name) to make it one name."""
_QUOTE_MARKS = frozenset('«»"“”')
_DEMONSTRATIVES = ("این", "آن")
_JOINED_OPENINGS = tuple(f"{word}\u200c" for word in words.PREPOSITIONS)
_PLURAL_ENDINGS = ("\u200cها", "\u200cهای")
_NOT_SECOND_KINDS = frozenset({"head", "org_head", "weak_org_head", "cue", "speech_verb", "org", "place", "place_hint",
                               "place_prefix", "person_context", "portfolio", "plural", "stop", "given"})
"""Matcher kinds of a word that is no second surname word before a title (a role, an organisation, a place …)."""
_NOT_TITLED_KINDS = _NOT_SECOND_KINDS - {"given", "portfolio"}
"""… nor before a title (:func:`_before_title`): a given name that is a word too (میرزایی | نیکو) or a portfolio's
adjective (شقاقی | شهری) may be a surname's."""
_NOT_SPOKEN_KINDS = _NOT_SECOND_KINDS - {"portfolio"}
"""… nor before a speaker's context (:func:`_spoken_surnames`): a portfolio's adjective may be a surname (ری | شهری)."""
_NOT_SPOKEN_KINDS_BUT_GIVEN = _NOT_SPOKEN_KINDS - {"given"}
"""… and a word after a full name written once before a verb of saying may still be a given name (:func:`_said_once`)."""


@attrs.define
class _Pair:
    """How often a document writes a surname pair after a person, and whether once after a given name."""

    count: int = 0
    named: bool = False


def with_second_surnames(view: TokenView, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each person whose next word is the second word of a double surname the document writes
    (see the module) taken on over that word; a one-word place there is the surname's (کاظمی | تفرش) only on
    the pair's recurrence, and goes."""
    starts = {c.start for c in chosen}
    towns = {c.start for c in chosen if _one_word_place(c)}
    held = {c.start for c in chosen if not _one_word_place(c)}
    titles = {c.start for c in chosen if c.label == "TITLE" and c.complete}
    pairs: defaultdict[tuple[str, str], _Pair] = defaultdict(_Pair)
    followed: dict[int, tuple[str, str]] = {}
    for number, candidate in enumerate(chosen):
        if candidate.label != "PERSON":
            continue
        last, after = candidate.end - 1, candidate.end
        if candidate.end - candidate.start >= 2 and _second_word(view, last - 1, last, towns):
            _count(pairs[view.key(last - 1), view.key(last)], view, candidate.start, last - 1)
        if after not in held and _second_word(view, last, after, towns):
            followed[number] = (view.key(last), view.key(after))
            _count(pairs[followed[number]], view, candidate.start, last)
    guessed = {c.start for c in chosen if _tagged_word(c)}
    titled = {number for number, candidate in enumerate(chosen) if candidate.label == "PERSON"
              and (candidate.end not in starts or candidate.end in guessed) and _before_title(view, candidate, titles)}
    open_after = [number for number, candidate in enumerate(chosen) if _word_after(view, candidate, held)]
    suffixes = dict.fromkeys(_spoken_surnames(view, chosen, open_after, titles), _SPOKEN_SUFFIX)
    suffixes.update(dict.fromkeys(_joined_surnames(view, chosen, open_after), _JOINED_SUFFIX))
    subjects = _subject_surnames(view, chosen, open_after)
    if not followed and not titled and not suffixes and not subjects:
        return chosen
    taken = titled | {number for number, pair in followed.items() if pairs[pair].named and (
        pairs[pair].count >= _MIN_PAIRS or _enclosed(view, chosen[number].start, chosen[number].end + 1))}
    suffixes.update(dict.fromkeys(taken, _RULE_SUFFIX))
    suffixes.update(dict.fromkeys(subjects, SUBJECT_SUFFIX))
    absorbed = {start for number in suffixes
                for start in range(chosen[number].end, subjects.get(number, chosen[number].end + 1))}
    return _completed([_taken_on(candidate, suffixes[number], subjects.get(number)) if number in suffixes
                       else candidate
                       for number, candidate in enumerate(chosen)
                       if not ((_one_word_place(candidate) or _tagged_word(candidate))
                               and candidate.start in absorbed)], view)


def _completed(chosen: list[Candidate], view: TokenView) -> list[Candidate]:
    """``chosen`` with each person whose words and the words right after it spell a name grown here over any word
    (:data:`GROWN_SUFFIXES`) taken on over them, with that name's rule suffix: «آیت‌الله محمدی | ری شهری همچنین …»
    is «محمدی ری شهری», whom the document names so before cues; the places and organisations among those words go
    (ری). Linear in the candidates times the longest such name."""
    grown = {tuple(view.keys[c.start:c.end]): c.rule[c.rule.rindex("+"):] for c in chosen
             if c.label == "PERSON" and c.rule.endswith(GROWN_SUFFIXES)}
    if not grown:
        return chosen
    longest = max(map(len, grown))
    completed: dict[int, Candidate] = {}
    for number, candidate in enumerate(chosen):
        if candidate.label != "PERSON" or candidate.rule.endswith(GROWN_SUFFIXES):
            continue
        end = candidate.end
        while end < min(len(view), candidate.start + longest) and view.adjacent(end - 1, end):
            end += 1
            suffix = grown.get(tuple(view.keys[candidate.start:end]))
            if suffix is not None:
                completed[number] = _taken_on(candidate, suffix, end)
    if not completed:
        return chosen
    inside = {i for c in completed.values() for i in range(c.start, c.end)}
    return [completed.get(number, candidate) for number, candidate in enumerate(chosen)
            if number in completed or candidate.label not in ("LOC", "ORG") or candidate.start not in inside]


def _joined_surnames(view: TokenView, chosen: list[Candidate], open_after: list[int]) -> set[int]:
    """The numbers of the people of ``chosen`` whose last word and the next one, joined, are the last word of another
    person of the document (حمید ماهی | صفت beside حمید ماهی‌صفت; keys compare without ZWNJ or space): a surname
    written in two words once and as one word elsewhere (``open_after``: the people :func:`_word_after` lets grow,
    not وحید | جان beside وحیدجان)."""
    last_words = {view.key(c.end - 1) for c in chosen if c.label == "PERSON" and view.is_word(c.end - 1)}
    return {number for number in open_after
            if view.key(chosen[number].end - 1) + view.key(chosen[number].end) in last_words}


def _one_word_place(candidate: Candidate) -> bool:
    """Whether a candidate is a place of one token (تفرش), which a recurring surname pair may take in."""
    return candidate.label == "LOC" and candidate.end - candidate.start == 1


def _tagged_word(candidate: Candidate) -> bool:
    """Whether a candidate is a person of one token that the tagger alone found (نیکو of «قاسم میرزایی | نیکو»,
    a given name too), which a name taken on before its title takes in."""
    return candidate.label == "PERSON" and candidate.end - candidate.start == 1 and candidate.rule == TAGGER_RULE


def _count(pair: _Pair, view: TokenView, start: int, surname: int) -> None:
    """Count one writing of a pair whose first word is token ``surname`` of a person from token ``start``."""
    pair.count += 1
    pair.named = pair.named or start < surname and words.is_given_name(view.key(surname - 1))


def _second_word(view: TokenView, first: int, second: int, towns: set[int]) -> bool:
    """Whether token ``second`` may be the second word of a surname whose first word is token ``first`` (``towns``:
    the tokens that are one-word places)."""
    if not (view.adjacent(first, second) and view.is_word(first) and view.is_word(second)):
        return False
    key, word = view.key(second), view.word(second)
    return (_surname_shaped(key, second in towns) and not words.is_function_word(key)
            and not words.is_given_name(key) and not words.is_given_name(view.key(first)) and words.inflected(key) != "plural"
            and not word.startswith(_JOINED_OPENINGS) and not word.endswith(_PLURAL_ENDINGS)
            and not (view.adjacent(second, second + 1) and words.verb_after_noun(view.key(second + 1))))


def _surname_shaped(key: str, town: bool) -> bool:
    """Whether a word may be a second surname word: a surname-shaped word the dictionary does not know (آرانی), a
    place + ی even where it is an adjective (عراقی, تهرانی), or a ``town`` the dictionary knows as a rare word
    (تفرش; not any rare word: صدابردار is a trade)."""
    kind = words.surname_class(key)
    return kind in ("yeh", "unknown") and not words.in_dictionary(key) or words.is_place_adjective(key) \
        or town and kind == "word" and words.frequency(key) < _RARE_WORD


def _before_title(view: TokenView, person: Candidate, titles: set[int]) -> bool:
    """Whether the word right after ``person`` (a given name, then a one-word surname) is the second word of its
    surname because a title starts right after that word or after it and a comma (title starts in ``titles``): a
    word of any shape the dictionary knows if it is not common (فلاحت | پیشه), a given name that is no frequent one
    (میرزایی | نیکو، عضو …), an adjective of the lexicon (شقاقی | شهری: a portfolio's too), but no function word,
    verb, other adjective, plural, frequent given name, role, cue, organisation or place (:func:`words.surname_class`,
    the matcher's kinds), no noun with the ezafe that governs the title (محمود صادقی | ادعای سخنگوی …) and no word
    glued to a preposition (حسن روحانی | درقامت رئیس‌جمهوری). On the first 1,589 articles of news-dev-2 the given names,
    adjectives and comma added 5 firings (… شقاقی شهری استاد …, … سقای بی‌ریا، سخنگوی …), all right."""
    last, after = person.end - 1, person.end
    title = after + 2 if view.key(after + 1) == "،" else after + 1  # a key: «,» is keyed «،»
    if not (person.end - person.start >= 2 and words.is_given_name(view.key(last - 1)) and title in titles
            and view.adjacent(last, after) and view.adjacent(after, after + 1)
            and view.is_word(last) and view.is_word(after)):
        return False
    key, word = view.key(after), view.word(after)
    return (words.surname_class(key) is not None or words.is_adjective(key)) \
        and not words.is_frequent_given_name(key) and not words.is_detached_suffix(key) \
        and words.frequency(key) < COMMON_WORD_FREQUENCY and not words.ezafe_after_vowel(key) \
        and not words.glued_to_preposition(key) \
        and view.kinds_at[after].isdisjoint(_NOT_TITLED_KINDS) and words.inflected(key) != "plural" \
        and not word.startswith(_JOINED_OPENINGS) and not word.endswith(_PLURAL_ENDINGS)


def _enclosed(view: TokenView, start: int, end: int) -> bool:
    """Whether quote marks stand right around tokens ``[start, end)`` (either kind: a source's straight quotes
    may come out of normalisation paired the wrong way, «…»name")."""
    if start == 0 or end >= len(view):
        return False
    return view.key(start - 1) in _QUOTE_MARKS and view.key(end) in _QUOTE_MARKS \
        and view.adjacent(start - 1, start) and view.adjacent(end - 1, end)


def _spoken_surnames(view: TokenView, chosen: list[Candidate], open_after: list[int], titles: set[int]) -> set[int]:
    """The numbers of the people of ``chosen`` whose next word the document writes after the same last word at least
    twice with a speaker's context right after it (a colon, a cue, a verb of saying, a title): «آیت‌الله محمدی ری
    شهری: …», «… ری شهری افزود»: the name ends there each time, so the word is the surname's. One of those people
    has two words or more or an honorific before it; the word is no function word or adverb (امروز, همچنین) nor verb
    (``open_after``: the people :func:`_word_after` lets grow), no given name, plural or word with a joined
    preposition, nor a role, cue, organisation or place (:data:`_NOT_SPOKEN_KINDS`). One writing is enough after a
    given name and a surname with a verb of saying right after the word (:func:`_said_once`; a given name
    that is no frequent one may be the word there: حسینی | مجد)."""
    spoken: defaultdict[tuple[str, str], _Pair] = defaultdict(_Pair)
    followed: dict[int, tuple[str, str]] = {}
    once: set[int] = set()
    for number in open_after:
        candidate = chosen[number]
        last, after = candidate.end - 1, candidate.end
        if not view.adjacent(after, after + 1):
            continue
        key, word = view.key(after), view.word(after)
        if words.inflected(key) == "plural" or word.startswith(_JOINED_OPENINGS) \
                or word.endswith(_PLURAL_ENDINGS) or not view.kinds_at[after].isdisjoint(_NOT_SPOKEN_KINDS_BUT_GIVEN):
            continue
        if _said_once(view, candidate):
            once.add(number)
            continue
        following = after + 1
        if "given" not in view.kinds_at[after] and not words.is_given_name(key) and (
                view.key(following) == ":" or view.find(following, "cue") is not None or following in titles
                or words.is_speech_verb(view.key(following))):
            followed[number] = (view.key(last), key)
            pair = spoken[followed[number]]
            pair.count += 1
            pair.named = pair.named or candidate.end - candidate.start >= 2 \
                or honorific_start(view, candidate.start) is not None
    return once | {number for number, key in followed.items() if spoken[key].named and spoken[key].count >= _MIN_PAIRS}


def _said_once(view: TokenView, person: Candidate) -> bool:
    """Whether the word right after ``person`` (a given name, then a one-word surname; the word passed the other
    tests of :func:`_spoken_surnames`) goes on its surname although the document writes it once: a verb of saying
    follows it right away («سرهنگ علی حسینی مجد افزود: …», «… مصباحی مقدم گفت»; not a colon alone: «کارگردان: ژان
    رنوار سال ساخت: …» of a film's credits), and it is shaped like a
    surname's word (:func:`words.surname_class`: no adverb such as «امروز», «صراحتا», «همچنان», «دراینباره», no word glued to a
    preposition, after the surname or as it: «… درصفحه توییترخود نوشت», no noun of a compound verb
    before its light verb: «… تصریح کرد»)."""
    last, after = person.end - 1, person.end
    key, following = view.key(after), view.key(after + 1)
    return person.end - person.start >= 2 and _named(view, person) and not words.is_given_name(view.key(last)) \
        and not words.glued_to_preposition(view.key(last)) \
        and words.surname_class(key) is not None and not words.is_frequent_given_name(key) \
        and "ADV" not in words.tags(key) and not words.glued_to_preposition(key) \
        and not words.preposition_joined_to(key, _opens_with_demonstrative) \
        and view.adjacent(after, after + 1) and words.is_speech_verb(following)


def _named(view: TokenView, person: Candidate) -> bool:
    """Whether a given name stands right before ``person``'s last word (its surname)."""
    last = person.end - 1
    return words.is_given_name(view.key(last - 1)) or any(p.name == "given" and p.end == last for p in person.parts)


def _subject_surnames(view: TokenView, chosen: list[Candidate], open_after: list[int]) -> dict[int, int]:
    """The numbers of the people of ``chosen`` (a given name, then a surname) whose next one or two words end the
    surname because a participial opener follows them right away (a «با» and a cue noun: «… با اشاره به», «… با
    تأکید بر»), mapped to the end of the name grown over them: the opener's subject is the name, and it stands next
    to it («حمید کاظمی ده چشمه با اشاره به …»). Each word is no function word, adverb, verb, number alone, adjective
    of the lexicons (فلسطینی), profession (شاعر), plural, word with a joined preposition, frequent given name, role,
    cue, organisation, place or person's context (``open_after``: the people :func:`_word_after` lets grow)."""
    grown: dict[int, int] = {}
    for number in open_after:
        person = chosen[number]
        if person.end - person.start < 2 or not _named(view, person):
            continue
        for end in range(person.end + 1, person.end + _MAX_SUBJECT_WORDS + 1):
            if not _subject_word(view, end - 1):
                break
            if _participial_opener(view, end):
                grown[number] = end
                break
    return grown


def _subject_word(view: TokenView, index: int) -> bool:
    """Whether token ``index`` may be a word of a surname between the surname's first word and a participial opener
    (see :func:`_subject_surnames`)."""
    if not (view.is_word(index) and view.adjacent(index - 1, index)):
        return False
    key, word = view.key(index), view.word(index)
    found = words.tags(key)
    return not words.is_function_word(key) and not words.is_verb(key) and "ADV" not in found \
        and not words.is_adjective(key) and key not in lexicons.professions() \
        and words.inflected(key) != "plural" and not words.is_frequent_given_name(key) \
        and not words.glued_to_preposition(key) and not word.startswith(_JOINED_OPENINGS) \
        and not word.endswith(_PLURAL_ENDINGS) and view.kinds_at[index].isdisjoint(_NOT_SPOKEN_KINDS_BUT_GIVEN)


def _participial_opener(view: TokenView, index: int) -> bool:
    """Whether a participial opener starts at token ``index``: a person's context of two words whose second is a cue
    noun (با اشاره, با بیان, با تأکید, با اعلام), right after the word before it."""
    match = view.find(index, "person_context")
    return match is not None and match.end - match.start == 2 and view.adjacent(index - 1, index) \
        and "cue" in view.kinds_at[index + 1]


def _opens_with_demonstrative(rest: str) -> bool:
    """Whether the rest of a word after a joined preposition opens with «این» or «آن» (دراینباره: on this)."""
    return rest.startswith(_DEMONSTRATIVES)


def _word_after(view: TokenView, person: Candidate, held: set[int]) -> bool:
    """Whether a word right after a person may go on its surname: the person has a surname (no given name alone: وحید
    | جان, a form of address), the word follows its last word, is no function word or adverb and no verb, and no
    entity starts there (``held``: the starts of the candidates but one-word places)."""
    last, after = person.end - 1, person.end
    if person.label != "PERSON" or after in held or not view.adjacent(last, after) \
            or not (view.is_word(last) and view.is_word(after)) \
            or person.end - person.start == 1 and words.is_given_name(view.key(person.start)):
        return False
    return not words.is_function_word(view.key(after)) and not words.is_verb(view.key(after))


def _taken_on(candidate: Candidate, suffix: str, end: int | None = None) -> Candidate:
    """The person over one more token (up to ``end``), its surname part with it, its rule with ``suffix``
    (:func:`~persianews.entities.candidates.with_rule` changes the rule alone)."""
    end = candidate.end + 1 if end is None else end
    parts = tuple(Part(p.name, p.start, end) if p.end == candidate.end else p for p in candidate.parts)
    return attrs.evolve(candidate, end=end, parts=parts, rule=candidate.rule + suffix)
