"""The words of a clause's subject: the pronoun, entity or description that opens it, and where a subject phrase
ends (a stop word, an adverb, a count, the object of a deeming verb)."""

from __future__ import annotations

import regex

from persianews.entities.keys import fold
from persianews.entities.words import PREPOSITIONS, in_dictionary, is_given_name
from persianews.quotes.antecedents import is_media_word
from persianews.quotes.candidates import Subject
from persianews.quotes.context import ADVERBIAL_OPENERS, COMMA_AFTER, STOP_WORDS, View, first_words, words
from persianews.quotes.cues import QUESTION_WORDS, fold_form, lexicon
from persianews.quotes.lead_ins import skip_lead_in
from persianews.quotes.lines import LETTER_WORD
from persianews.quotes.speaker_names import is_generic, names_group, plural_head
from persianews.quotes.subject_repairs import PRONOUN
from persianews.quotes.tense import MI
from persianews.records import Entity, Span, trusted_span
from persianews.text.lead_ins import COUNTED_TIME, DURATION_UNITS, is_count_word
from persianews.text.pronouns import DETERMINERS, IT, PERSONS

_DEMONSTRATIVE = regex.compile(r"(?:این|همین)\s+(?=[\p{L}])")
PARTITIVES = frozenset("یکی برخی بسیاری شماری تعدادی بعضی گروهی جمعی اکثر بیشتر هیچ‌یک هیچکدام هیچ‌کدام".split())
"""Words for a part of a group: before «از» they open a partitive subject («یکی از مقامات ارشد»)."""
_OTHER = "دیگر"
_PEOPLE_COUNTERS = frozenset({"تن", "نفر"})
"""Counters of people: a count, one of them and «از» open a partitive («دو تن از نمایندگان»: two of the group)."""
_GROUP_DEMONSTRATIVES = frozenset(DETERMINERS)
"""Words that may point at the group after a partitive's «از» («یکی از این منابع»; in posts and news alike: 10
speakers change in news-dev-2 and news-dev, all to the right one)."""
VAGUE_TIMES = frozenset({"اوایل", "اوائل", "اواسط", "اواخر"})
"""Words opening a vague time («اوایل این ماه،»): an adverbial up to its comma, like ``ADVERBIAL_OPENERS``."""
_MAX_SUBJECT_WORDS = 10
_NUMBERED_NAMES = frozenset({"کانال", "شبکه"})
"""Words named by a number after them: the number is no count that ends a subject phrase."""
_MAX_DESCRIPTION_WORDS = 4
_AGES = frozenset({"ساله", "سال‌ه"})
"""The word after a number that makes it an age («سناتور ۶۰ ساله ایالت …»): no count that ends a subject."""


def pronoun_or_entity(view: View, position: int, limit: int) -> Subject | None:
    """A pronoun or a speaker entity at ``position`` (and what stands in apposition to it)."""
    pronoun = PRONOUN.match(view.text, position, limit)
    if pronoun:
        return Subject("pronoun", trusted_span(*pronoun.span()), rule="subject:pronoun")
    entity = view.entity_at(position, limit)
    if entity is not None:
        return Subject("entity", entity.span, entity, partner(view, entity, limit), "subject:entity")
    return None


def opens_with_subject(view: View, position: int, limit: int) -> bool:
    """Whether :func:`pronoun_or_entity` finds a subject at ``position`` (without reading what stands beside it)."""
    return PRONOUN.match(view.text, position, limit) is not None or view.entity_at(position, limit) is not None


def has_own_subject(view: View, position: int, limit: int) -> bool:
    """Whether a clause opening at ``position`` has a subject of its own before the cue at ``limit``: a pronoun or a
    speaker entity, or words that open with a speaker head, a group of people («مسئولان», «منتقدان»), a partitive
    word («برخی») or an indefinite description («یک منبع …»); not an object, an adverb or a verb («شانسی برای
    …», «اتفاقا …», «انجام ندادند»)."""
    if pronoun_or_entity(view, position, limit) is not None:
        return True
    span = phrase(view, position, limit)
    if span is None or view.starts_cue(position):
        return False
    found = words(view.text, span.start, span.end)
    if any(view.text[start:end] == "و" for start, end in found):
        return False  # «… نخواهد داشت و کارشناسان …»: words joined by «و» run over a clause or name two subjects
    first = view.text[slice(*found[0])]
    key, heads = fold_form(first), lexicon().heads
    return (first in PARTITIVES or key in heads and key not in lexicon().honorifics or plural_head(key, heads)
            or is_generic(span.slice(view.text)))


def demonstrative_description(view: View, position: int, limit: int) -> Subject | None:
    """A definite description at ``position`` («این مسئول»): a demonstrative and a few words."""
    if _DEMONSTRATIVE.match(view.text, position, limit):
        span = phrase(view, position, limit, _MAX_DESCRIPTION_WORDS + 1, skip_first=True)
        if span is not None:
            return Subject("description", span, rule="subject:description")
    return None


def partitive_words(text: str, found: list[tuple[int, int]]) -> int:
    """How many of the words ``found`` open a partitive, its «از» the last of them (0 when none): a word for part
    of a group («یکی از», «برخی از»), with «دیگر» («یکی دیگر از»: one more of them), or a count of people («دو تن
    از», «۳ نفر از»)."""
    opening = [text[start:end] for start, end in found[:3]]
    if len(opening) > 1 and opening[0] in PARTITIVES and opening[1] == "از":
        return 2
    if len(opening) < 3 or opening[2] != "از":
        return 0
    first, second = opening[0], opening[1]
    counted = first.isdigit() or is_count_word(first)
    return 3 if first in PARTITIVES and second == _OTHER or counted and second in _PEOPLE_COUNTERS else 0


def is_partitive(text: str, span: Span) -> bool:
    """Whether the words of ``span`` are a partitive (:func:`partitive_words`), then the group."""
    found = words(text, span.start, span.end)
    return 0 < partitive_words(text, found) < len(found)


_MANNER_ADVERBS = frozenset("این‌گونه اینگونه این‌چنین اینچنین".split())
_FUNCTION_WORDS = STOP_WORDS | PREPOSITIONS
"""What follows a manner adverb that closes a subject («این‌گونه به …»), unlike a content word."""
_SUBJECT_ADVERBS = (frozenset("حتی اخیرا اخیراً قبلا قبلاً همواره ابتدا بارها بار‌ها مرتبا مرتباً دراین‌باره در‌این‌باره دراینباره"
                              " اکنون هم‌اکنون هماکنون عموما معمولا غالبا متاسفانه متأسفانه خوشبختانه"
                              " همچنان پیش‌تر پیشتر"
                              .split()) | _MANNER_ADVERBS | VAGUE_TIMES
                     | {f"{unit}{joint}هاست" for unit in DURATION_UNITS for joint in ("\u200c", "")})
"""Adverbs that end a subject's words («زنوزی حتی … گفته»: rule ``subject:words``, the speaker «زنوزی»): 15 speakers
in news-dev-2 and news-dev (lines ≢ 3 mod 4) ended in one of them («مقامات جمهوری اسلامی ایران حتی», «دادگاه‌های
فدرال آمریکا قبلا», «ایران همواره»); every one the words before it. Round 16 adds «بارها», «مرتبا» (repeatedly: «مقامات ایران
بارها اعلام کرده‌اند», «دولت مرتبا تاکید دارد») and «دراین‌باره» (on this). The manner adverb «این‌گونه» (thus: «یک نظامی این‌گونه اعتراف
می‌کند») ends one too, when it is the last word before the cue: before a noun it is a determiner
(such: «مقامات این‌گونه کشورها گفتند»). A vague time («امارات متحده عربی اوایل روز جمعه اعلام کرد») ends one too:
4 speakers of news-dev-2, news-dev and telegram-dev ran on over one («… اواخر ژانویه», «آمریکا و ترکیه اواخر
سپتامبر»), all the words before it. Round 24 adds the sentence adverbs of now («اکنون»), of habit («عموما», «معمولا», «غالبا») and
of stance («متاسفانه», «خوشبختانه»), between a post's subject and its verb («مقام‌های ایتالیایی اکنون معتقدند», «کارشناسان
عموما … می‌دانند», «توسعه‌دهنده اپ متاسفانه از … خبر داده»): 3 speakers of the tg dev sets ran on over one. Round 30
adds «همچنان» (still), «پیش‌تر» (earlier) and a duration frame («مدت‌هاست», «سال‌هاست», «ماه‌هاست», with a ZWNJ or
without: «مدتهاست»): «مقامات تهران همچنان …», «برخی از این انجمن‌ها پیش‌تر …» (dev speakers that ran on over one)."""


def phrase(view: View, start: int, limit: int, max_words: int = _MAX_SUBJECT_WORDS,
           skip_first: bool = False, own_clause: bool = False) -> Span | None:
    """The words from ``start`` up to the first stop word, digit (not a channel's number), cue or count of time
    (or ``max_words``), as a span; with ``own_clause``, a subject's words past a clause of the writer's own
    (:func:`_past_own_clause`).

    A partitive's «از» is no stop («یکی از مقامات ارشد دولت گفت», «یکی دیگر از …», «دو تن از …»:
    :func:`partitive_words`)."""
    text = view.text
    found = first_words(text, start, limit, max_words + 1)
    end = None
    capped = len(found) > max_words
    complement = None
    opening = partitive_words(text, found)
    pointed = None
    for index, (word_start, word_end) in enumerate(found[:max_words]):
        word = text[word_start:word_end]
        if index < opening:
            end = word_end  # «یکی از مقامات ارشد …», «دو تن از …»: the group's member speaks, not «یکی»
            continue
        if opening and index == opening and word in _GROUP_DEMONSTRATIVES:
            continue  # «یکی از این منابع»: the demonstrative points at the group, no stop
        if index == 1 and not opening and word in _GROUP_DEMONSTRATIVES and _heads_complement(view, found):
            # «منتقدان این انتصاب», «مدیران این باشگاه»: the group's complement; words up to «را» are an object
            pointed = end
            continue
        if opening and index > opening and word in _GROUP_DEMONSTRATIVES and _opens_noun(view, found, index + 1):
            # «یکی از مهمانداران سابق این شرکت»: the group's complement; words up to «را» are an object
            pointed = end if pointed is None else pointed
            continue
        if index >= 2 and _affiliates_outlet(text, found, index):
            # «خبرگزاری «میزان» (رسانه) وابسته به قوه قضاییه … خبر داد»: the outlet speaks, not its affiliation
            opened = found[index - 1][0] if index >= 3 and is_media_word(text[slice(*found[index - 1])]) else word_start
            end = start + len(text[start:opened].rstrip())  # «روزنامه X (ارگان …) وابسته به …»: the bracket kept
            capped = False
            break
        if complement is None and _opens_complement(view, found[:max_words], index, limit):
            complement = index  # «یک منبع نزدیک به دولت»: the adjective's complement describes the speaker
            continue
        if complement is not None and index == complement + 1 and word in _GROUP_DEMONSTRATIVES:
            continue  # «آشنا با این موضوع»
        if complement is not None and _COMPLEMENT_CLOSERS.search(text, found[index - 1][1], word_start):
            capped = False
            break  # «مستقر در پایگاه X، تحت …», «نزدیک به نیروهای X (قسد)»: a comma or a bracket closes it
        if (index or not skip_first) and (word in STOP_WORDS and word != "و" or index and word in _SUBJECT_ADVERBS and (
                word not in _MANNER_ADVERBS or index == len(found) - 1
                or text[slice(*found[index + 1])] in _FUNCTION_WORDS)):
            place = _described_place(view, found[0], word, word_end, limit) if index else None
            if place is not None:
                end = place
                capped = False
                break
            if word == "را" and end is not None:
                # «X، OBJECT را»: the subject ends at the comma; with no comma the words are an object (after a
                # partitive's group, those from a demonstrative on: «یکی از نمایندگان این طرح را …»).
                comma = text.find("،", start, end)
                end = comma if comma != -1 else pointed
            capped = False
            break
        # Without a digit, a count of time opens with a count word: the word itself (``\s`` ends both).
        # A channel's number is part of its name («کانال ۱۲ تلویزیون اسرائیل», «شبکه ۳»), an age part of a
        # description («سناتور ۶۰ ساله ایالت …»).
        numbered = index > 0 and (text[found[index - 1][0]:found[index - 1][1]] in _NUMBERED_NAMES
                                  or index + 1 < len(found) and text[slice(*found[index + 1])] in _AGES)
        if (not word.isalpha() and any(ch.isdigit() for ch in word) and not numbered or view.starts_cue(word_start)
                or is_count_word(word) and COUNTED_TIME.match(text, word_start)):
            capped = False
            break
        end = word_end
    if end is None:
        return None
    if pointed is not None and _RA_AFTER.match(text, end):
        end = pointed  # the clause ended before an object's «را» («یکی از مدیران این خبر را …»)
    if capped and "،" in text[start:end]:
        end = text.find("،", start, end)  # a phrase that runs on past a comma is a subject and more
    subject_start = _past_own_clause(text, start, end) if own_clause else start
    if subject_start is None:
        return None
    start = subject_start
    # A phrase never ends on «و», nor is it «و» alone (a dropped subject: «… و میگه …»; 19 speakers «و» in
    # telegram-dev).
    while end > start and text[start:end].endswith(" و"):
        end -= 2
    return None if text[start:end] == "و" else trusted_span(start, end)


_RA_AFTER = regex.compile(r"\s*را(?![\p{L}\u200c])")
PRESENT_PREFIXES = tuple(prefix + "\u200c" for prefix in MI)
"""The present prefix and its negative, spelt with a ZWNJ: a word so opened is a finite verb («می‌گوید»)."""
_CLAUSE_VERBS = frozenset(fold_form(word) for word in (
    "می نمی داره دارن دارم کنم دیدم اینه میخواد نمیخواد میخوان میخوام"
).split())
"""Verbs of the colloquial speech of posts that the present prefix spelt with a ZWNJ does not mark: «داره میگه» (is
saying), «فکر کنم», «الان دیدم», «… اینه که», «میخواد»; and the prefix written apart («می شود»). The dictionary
(:func:`~persianews.entities.words.is_verb`) has none of them; a short name's clause words are
``headline_speakers._CLAUSE_WORDS``."""
_SPEECH_ADVERBS = frozenset(fold_form(word) for word in "تازه الان حالا هنوز دیگه خب".split())
"""Adverbs that open the words left after a verb, or a post's sentence, before its subject: no subject of their
own («تازه میگه …», «فکر کنم هنوز …»)."""


def _past_own_clause(text: str, start: int, end: int) -> int | None:
    """Where a subject phrase starts past a clause of its own (rule ``subject:words``): the words up to a verb in
    it («الان دیدم یه نفر», «شنیده می‌شود مدیران نساجی», «فکر می‌کنم او») are the writer's, the subject the
    words after the last verb; an opening adverb («تازه», «الان») is none. ``None`` when no words are left
    («خودش داره», «یکی از پیام‌ها اینه»), or when a comma or a question word follows the verb («می‌دانید،
    چیزی», «نمی‌دانم بیرون چه»: the writer's clause goes on). Over a third of telegram-dev, 22 speakers held a verb
    (18 wrong, the 4 others «میزان», «میانجی‌ها», … with no ZWNJ after «می»); of the 17 speakers this changes
    there, 8 became right («یه نفر», «مدیران نساجی», a label «تازه:» no longer over a quote of «ترامپ») or none
    for a verb («داره», «تازه»), 8 stayed wrong (a pronoun «او», a dropped subject resolved to the sentence
    before) and 1 quote with none got a wrong one (a dropped subject resolved to the post's speaker)."""
    found = words(text, start, end)
    verbs = [index for index, (s, e) in enumerate(found)
             if text[s:e].startswith(PRESENT_PREFIXES) or fold_form(text[s:e]) in _CLAUSE_VERBS]
    rest = (found[verbs[-1] + 1 + (fold_form(text[slice(*found[verbs[-1]])]) in MI):] if verbs
            else found)
    if verbs and rest and ("،" in text[found[verbs[-1]][1]:rest[0][0]]
                           or any(fold_form(text[s:e]) in QUESTION_WORDS for s, e in rest)):
        return None
    while rest and fold_form(text[slice(*rest[0])]) in _SPEECH_ADVERBS:
        rest = rest[1:]
    if len(rest) == len(found):
        return start
    return rest[0][0] if rest else None


_SO_MUCH = "همه"
"""The word that makes «این همه» an adverb (so much), no demonstrative and noun."""


def _heads_complement(view: View, found: list[tuple[int, int]]) -> bool:
    """Whether the first word of ``found`` names a group of people («منتقدان», «مدیران») and a noun follows the
    demonstrative after it: the demonstrative opens the group's complement («منتقدان این انتصاب»). Not after one
    role («مجری این مناظره دوباره …», «مدیر این شرکت»): a role's demonstrative still ends its words; nor before
    «همه» («آقایان این همه می‌گفتند …»: «این همه», so much, is an adverb)."""
    return (names_group(view.text[slice(*found[0])]) and _opens_noun(view, found, 2)
            and view.text[slice(*found[2])] != _SO_MUCH)


def _opens_noun(view: View, found: list[tuple[int, int]], index: int) -> bool:
    """Whether word ``index`` of ``found`` may open a noun after a demonstrative: a word, no stop word, number or
    cue («این هواپیمایی», not «این هفته», «این را», «این ۵ نفر»)."""
    if index >= len(found):
        return False
    word = view.text[slice(*found[index])]
    return word not in STOP_WORDS and word.isalpha() and not view.starts_cue(found[index][0])


COMPLEMENTS = {"نزدیک": "به", "وابسته": "به", "آگاه": "از", "مطلع": "از", "آشنا": "با", "مستقر": "در", "حاضر": "در",
               "ساکن": "در", "مقیم": "در"}
"""Adjectives of a description that take a complement, with its preposition («یک منبع نزدیک به دولت», «منابع آگاه
از مذاکرات»): the pairs that stand, two times or more, after an indefinite or partitive description and before a
cue in news-dev-2, news-dev (lines ≢ 3 mod 4) and telegram-dev (rule ``subject:words-complement``), and the
adjectives of residence, whose «در» names where the speaker lives («یکی از کارگران ساکن در …»). Not «آگاه به»,
«مطلع به», «مطلع در» nor «آگاه در»: there the preposition opens the addressee or an adverbial («منابع آگاه به
رسانه X گفتند», «یک مقام آگاه در این زمینه»)."""


_COMPLEMENT_CLOSERS = regex.compile(r"[،,(\[]")
_AFFILIATION = ("وابسته", COMPLEMENTS["وابسته"])
"""The adjective of an outlet's affiliation and its preposition («خبرگزاری X وابسته به …»)."""


def _affiliates_outlet(text: str, found: list[tuple[int, int]], index: int) -> bool:
    """Whether word ``index`` of ``found`` opens an outlet's affiliation («وابسته به …») after words that open with a
    kind of outlet and its name («خبرگزاری «میزان» وابسته به قوه قضاییه», «روزنامه X رسانه وابسته به …»): the
    description that follows is no part of the speaker (rule ``subject:words``), which the outlet's entity is when
    the tagger finds it. An indefinite description keeps the complement (:func:`_opens_complement`)."""
    return (index + 1 < len(found) and (text[slice(*found[index])], text[slice(*found[index + 1])]) == _AFFILIATION
            and is_media_word(text[slice(*found[0])]))


def _opens_complement(view: View, found: list[tuple[int, int]], index: int, limit: int) -> bool:
    """Whether word ``index`` of ``found`` is the preposition of an adjective's complement (:data:`COMPLEMENTS`) in
    a description whose clause ends at ``limit``: the words open with an indefinite or partitive word or a group
    of people, the adjective is not their first word, and a word that may open a noun phrase follows (no stop word
    but a demonstrative, no number, no cue). Not an «از» before a cue «خبر داد» at ``limit``: that «از» opens the
    news («منابع آگاه از آغاز رزمایش خبر دادند»)."""
    text = view.text
    if index < 2 or index + 1 >= len(found) \
            or COMPLEMENTS.get(text[slice(*found[index - 1])]) != text[slice(*found[index])]:
        return False
    if text[slice(*found[index])] == "از" and view.cues_in(limit, limit + 1, "from"):
        return False
    first = text[slice(*found[0])]
    if not (first in PARTITIVES or is_generic(first) or plural_head(fold_form(first), lexicon().heads)):
        return False
    following = text[slice(*found[index + 1])]
    return (following not in STOP_WORDS or following in _GROUP_DEMONSTRATIVES) \
        and not any(ch.isdigit() for ch in following) and not view.starts_cue(found[index + 1][0])


def complement_start(view: View, span: Span, limit: int) -> int | None:
    """Where the complement of an adjective that ``span``'s description (its clause ending at ``limit``) holds
    starts (its preposition), or None."""
    found = words(view.text, span.start, span.end)
    return next((found[i][0] for i in range(len(found)) if _opens_complement(view, found, i, limit)), None)


def _described_place(view: View, first: tuple[int, int], word: str, word_end: int, limit: int) -> int | None:
    """The end of the organisation or place after «در» that places an indefinite description («یک منبع در دفتر
    ریاست جمهوری عراق», «یک نماینده مازندران در مجلس», «منابع محلی در اهواز»): the description runs on over it;
    None for any other stop word or description («یک مقام آگاه در این زمینه»), and after words that are no
    indefinite description."""
    if word != "در" or not is_generic(view.text[first[0]:first[1]]):
        return None
    entity = view.entity_at(word_end + 1, limit)
    if entity is not None and entity.label == "ORG":
        return entity.span.end
    place = next(iter(view.places_in(word_end + 1, word_end + 2)), None)
    return place.span.end if place is not None and place.span.end <= limit else None


def partner(view: View, entity, limit: int):
    """An entity in apposition right after ``entity`` (a name beside a title or the reverse)."""
    gap_end = entity.span.end
    text = view.text
    while gap_end < limit and text[gap_end] in " ،,\u200c«»":
        gap_end += 1
    following = view.entity_at(gap_end, limit)
    if following is None or gap_end - entity.span.end > 3:
        return None
    labels = {entity.label, following.label}
    return following if labels == {"PERSON", "TITLE"} else None


def name_after_title(view: View, entity: Entity, colon: int) -> Span | None:
    """The name that follows a title and a comma up to a post's colon, where no person entity covers it whole
    («وزیر دارایی نروژ، کوبرتیچ: …», «سخنگوی کاخ سفید، مارلوت: …»): the holder speaks, not the title (rule
    ``subject:name-after-title``). One to three words, none a function word, verb, label, role word or speaker
    head, no place at its end (a first name that is also a place stays: «اسرائیل کالدوز»; not «شهردار نمونه،
    پایتخت سوئد:»), no title or organisation among them, no coordination («…، کشاورزان و عشایر:»), and the last
    one no dictionary word but a given name (a surname: not «…، مرکز استان:»). None otherwise."""
    text = view.text
    gap = COMMA_AFTER.match(text, entity.span.end, colon)
    if entity.label != "TITLE" or gap is None:
        return None
    name = words(text, gap.end(), colon)
    if (not 1 <= len(name) <= _MAX_TITLED_NAME_WORDS or text[name[-1][1]:colon].strip()
            or view.places_in(name[-1][0], colon)):
        return None  # no name, more than a name, or one that ends in a place («… پایتخت سوئد:»)
    lex = lexicon()
    for start, end in name:
        word = fold_form(text[start:end])
        if (text[start:end] in STOP_WORDS or text[start:end].startswith(PRESENT_PREFIXES) or word in _CLAUSE_VERBS
                or word in lex.labels or word in lex.title_openers or word in lex.heads
                or not LETTER_WORD.fullmatch(text[start:end])):
            return None
    last = fold(text[slice(*name[-1])])
    if in_dictionary(last) and not is_given_name(last):
        return None  # a common noun at the end («…، مرکز استان:»), not a surname
    span = Span(gap.end(), name[-1][1])
    inside = view.entities_in(span.start, colon)
    if any(found.label != "PERSON" for found in inside) or any(found.span == span for found in inside):
        return None  # a title or an organisation, or a person entity the title's partner already is
    return span


OBJECTLESS = frozenset(fold_form(word) for word in "پیش قبل بعد چون مثل مانند".split())
"""Words that want an object after them (ago, later, such as): one right before a post's colon leaves a time or
the lead of a list («ساعتی پیش:», «شهرهایی مثل:»), no speaker with an adverbial («X پیش از سفر:»)."""
_MAX_TITLED_NAME_WORDS = 3
_OBJECT_PRONOUNS = frozenset(PERSONS + IT)
_SOURCE_ADJECTIVES = frozenset(fold_form(word) for word in "آگاه مطلع ناشناس".split())
"""Adjectives of an unnamed source that end in no «ی»: part of a plural subject before its object («برخی منابع آگاه
صدای انفجارها را … می‌دانند»)."""
_COMMA_BEFORE = regex.compile(r"،\s*", regex.REVERSE)
_NOT_AFTER_NAME = frozenset(fold_form(word) for word in "و یا".split())


_SENTENCE_OPENERS = ADVERBIAL_OPENERS | VAGUE_TIMES
"""Words that open an adverbial up to its comma (as :func:`~persianews.quotes.subjects.clause_start` reads them)."""


def _closes_opening_adverbial(view: View, start: int, comma: int) -> bool:
    """Whether the comma at ``comma`` closes the adverbial that opens the sentence at ``start``: a lead-in that
    runs over it («از همین رو،», «با این وجود،», «به گزارش …،»), or the sentence's first comma after a phrase that a
    preposition or an adverbial opener opens with no entity in it («پس از این دیدار،», «اوایل این ماه،»)."""
    opened = skip_lead_in(view, start, comma + 1)
    if opened > comma:
        return True
    first = first_words(view.text, opened, comma, 1)
    return (bool(first) and view.text.find("،", start, comma) == -1 and not view.entities_in(opened, comma)
            and view.text[first[0][0]:first[0][1]] in _SENTENCE_OPENERS)


def end_before_object(view: View, subject: Subject, plural: bool, sentence_start: int,
                      one_clause: bool) -> Subject | None:
    """The subject of «X OBJECT را Y دانست» when ``subject`` (found up to «را») took the object in: it ends at a
    comma, or after an entity that opens it; with a ``plural`` verb, after the plural of a speaker head that opens
    it (after a partitive: «برخی از کارشناسان») and the words in «ی» after it, then a source's adjective
    («کارشناسان اقتصادی موارد مختلفی را … می‌دانند», «منابع آگاه صدای … را»; not a plural in «‌های», which its
    complement follows), or before a pronoun that is the whole object after such a plural or an entity («مسئولان
    فیفا وی را»; not «جرم او را»). None when no end leaves words on both sides, when the end leaves a partitive
    alone, or when ``subject`` follows a comma (an apposition: the subject stands before it) that does not close
    the adverbial opening the sentence at ``sentence_start`` («از همین رو، کارشناسان، وی را … می‌دانند»: rule ``subject:before-object-after-adverbial``).
    Rule ``subject:before-object``; failing every end, :func:`_name_inside` when the object and its predicate are
    ``one_clause`` (:func:`~persianews.quotes.judged_clauses.one_clause`)."""
    if subject.span is None:
        return None
    opening_comma = _COMMA_BEFORE.match(view.text, endpos=subject.span.start)
    if opening_comma is not None and not _closes_opening_adverbial(view, sentence_start, opening_comma.start()):
        return None
    text, span, heads = view.text, subject.span, lexicon().heads
    found = words(text, span.start, span.end)
    if len(found) < 2:
        return None
    keys = [fold_form(text[start:end]) for start, end in found]
    opening = next((i for i, key in enumerate(keys[:3]) if key not in PARTITIVES and key != "از"), 0)
    head = opening if plural_head(keys[opening], heads) and not keys[opening].endswith("های") else None
    comma = text.find("،", found[0][1], found[-1][0])
    entities = view.entities_in(span.start, span.end)
    end = None
    if comma != -1:
        end = comma
    elif entities and entities[0].span.start == span.start and entities[0].span.end < found[-1][0]:
        end = entities[0].span.end
    elif plural and keys[-1] in _OBJECT_PRONOUNS:
        before = found[-2][1]
        end = before if head == len(found) - 2 or any(e.span.end == before for e in entities) else None
    elif plural and head is not None:
        last = head
        while last + 1 < len(found) - 1 and keys[last + 1].endswith("ی"):
            last += 1
        if last + 1 < len(found) - 1 and keys[last + 1] in _SOURCE_ADJECTIVES:
            last += 1  # the adjective closes the phrase: «منابع آگاه صدای …»
        end = found[last][1] if last < len(found) - 1 else None
    rule = "subject:before-object" if opening_comma is None else "subject:before-object-after-adverbial"
    if end is None and one_clause:
        end, rule = _name_inside(view, found, keys), "subject:before-object-after-name"
    if end is None or text[span.start:end].strip() in PARTITIVES:
        return None
    ends = Span(span.start, end)
    inner = list(view.entities_in(ends.start, ends.end))
    return Subject("entity" if inner and inner[0].span == ends else "words", ends, inner[0] if inner else None,
                   rule=rule)


def _name_inside(view: View, found: list[tuple[int, int]], keys: list[str]) -> int | None:
    """Where a subject that took its object in ends after a name inside it (rule
    ``subject:before-object-after-name``): the first entity or place that ends a word before the phrase's last one,
    the word after it no function word nor «و», the name inside no longer one («گزارش بانک مرکزی نرخ تورم را …», «دولت ایتالیا این دستور را …»:
    a proper name takes no ezafe, so the word after it opens the object). None otherwise («برخی ایران و عراق را»)."""
    last = found[-1][0]
    names = sorted(view.entities_in(found[0][0], last) + view.places_in(found[0][0], last),
                   key=lambda entity: entity.span.end)
    ends = {end: index for index, (_, end) in enumerate(found)}
    for name in names:
        index = ends.get(name.span.end)
        inside = any(other.span.start < name.span.end < other.span.end for other in names)
        if index is not None and index < len(found) - 1 and not inside:
            following = keys[index + 1]
            return None if following in _NOT_AFTER_NAME or view.text[slice(*found[index + 1])] in STOP_WORDS \
                else name.span.end
    return None
