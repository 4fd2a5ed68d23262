"""Hearsay inside a statement: the speaker reporting what unnamed others say («عده‌ای می‌گویند …»)."""

from __future__ import annotations

import bisect

import regex

from persianews.quotes.context import View, first_words, last_words, word_texts
from persianews.quotes.cues import ALSO, CueMatch, fold_form, plural_before, plural_in_an
from persianews.quotes.subject_phrases import partitive_words
from persianews.records import Span


def is_hearsay(view: View, sentence: Span, cue: CueMatch) -> bool:
    """Whether ``cue`` reports what unnamed others say, opening ``sentence`` with a bare quantifier for its
    subject («عده‌ای می‌گویند …», «برخی دیگر معتقدند …»): inside a statement, the speaker reporting a view he
    answers, part of his words (rule ``content:over-hearsay``), not a new attribution.

    In news-dev-2 and news-dev (lines ≢ 3 mod 4), 3 such sentences open right after the end of a direct quote
    (read: each the same speaker going on) and 2 more stand inside one. Reads at most
    ``_MAX_HEARSAY_SUBJECT_CHARS`` characters before the cue (a bare quantifier and its adverbs are shorter)."""
    if cue.start - sentence.start > _MAX_HEARSAY_SUBJECT_CHARS:
        return False
    if fold_form(view.text[cue.start:cue.end]) not in _HEARSAY_VERBS:
        return False
    subject = [fold_form(word) for word in word_texts(view.text, sentence.start, cue.start)]
    while subject and subject[-1] in _HEARSAY_ADVERBS:
        subject.pop()
    return "".join(subject) in _HEARSAY_SUBJECTS


def hearsay_rule(view: View, content: Span) -> str:
    """``content:over-hearsay`` when a statement holds a sentence of hearsay (:func:`is_hearsay`); "" otherwise.
    The document's hearsay cues are found once (``view.hearsay``); each statement is one bisection."""
    if not view.hearsay:
        view.hearsay.append(tuple(cue.start for cue in view.cues if is_hearsay(view, view.sentence_at(cue.start), cue)))
    starts = view.hearsay[0]
    index = bisect.bisect_left(starts, content.start)
    return "content:over-hearsay" if index < len(starts) and starts[index] < content.end else ""


def names_a_group(text: str, subject: Span) -> bool:
    """Whether a subject phrase opens with a quantifier of people («یک عده», «عده‌ای», «برخی از نمایندگان»,
    «خیلی‌ها», «بسیاری») or a partitive («یکی از دوستان», «خیلی از مردم»; the partitive words those of
    :func:`~persianews.quotes.subject_phrases.partitive_words`): an unnamed group, or one of it, whose words
    a speaker reports inside his statement («… تصریح کرد: یک عده گفتند …»): a quote of the group's own (rule
    ``quote:nested``), kept beside the statement that runs over it (``content:over-hearsay``)."""
    found = first_words(text, subject.start, subject.end, 2)
    folded = [fold_form(text[start:end]) for start, end in found]
    if not folded:
        return False
    if folded[0] in _QUANTIFIERS or "".join(folded[:2]) == _ONE_GROUP:
        return True
    return partitive_words(text, found) == 2 or folded[0] == _MANY and folded[1:2] == [_OF]


def before_rebuttal(text: str, content: Span) -> Span:
    """A group's words that a speaker reports inside his statement, up to where he answers them: before «اما»,
    «ولی», «در حالی که» or «درحالی‌که» after three words of theirs at least («برخی می‌گویند رادیو جایگاهش را از
    دست داده، ولی اینطور نیست»: «ولی …» is the speaker's); the whole of ``content`` when none follows."""
    for found in _REBUTTAL.finditer(text, content.start, content.end):
        if len(first_words(text, content.start, found.start(), _MIN_GROUP_WORDS)) == _MIN_GROUP_WORDS:
            return Span(content.start, found.start())
    return content


def says_they(view: View, cue: CueMatch) -> bool:
    """Whether ``cue`` is a verb of saying in the third person plural («گفتند», «می‌گویند», «گفته‌اند», «عنوان
    می‌کردند», «بر این باورند») with no group named right before it: with its subject dropped and a bare clause
    after it («… سخن می‌گویند بی‌آنکه …», «به من گفتند …»), the narrator's «they say» of people he does not name
    (rule ``cue:indirect-stance`` then makes no quote: see :func:`persianews.quotes.indirect.that_quotes`). A
    plural or a quantifier before the verb («برخی دیگر می‌گویند», «آمریکایی‌ها می‌گویند», «… و ادعا کرده‌اند»)
    is the subject the finder missed, or a conjoined verb's: a quote still. The singulars in «ند» of a stem in «ن»
    (می‌کند، می‌داند، خواند) are no plurals."""
    if _PLURAL_ENDING.search(view.text[cue.start:cue.end]) is None:
        return False
    word = view.previous_word(cue.start)
    return not (fold_form(word) in _GROUP_WORDS or word.endswith(("ها", "های"))
                or word.endswith("ان") and plural_in_an(word))


def plural_subject(view: View, cue: CueMatch) -> Span | None:
    """The group right before a verb of saying in the third person plural, its subject: a quantifier («برخی
    می‌گفتند», «یک عده گفتند», «عده دیگری بر این باورند», «بسیاری هم معتقدند») or a plural
    (:func:`~persianews.quotes.cues.plural_before`: «ناظران پیش‌بینی کردند», «برخی از کارشناسان گفتند»), not after
    «و» (the last of a coordinated subject: «وزیر و معاونانش گفتند»), a preposition, nor inside a name; None
    otherwise. The verb's agreement shows that a singular speaker earlier in the sentence («X … ، با این حال معترضان
    معتقد بودند») is not the subject (rule ``subject:plural-before-verb``)."""
    text = view.text
    if _PLURAL_ENDING.search(text[cue.start:cue.end]) is None:
        return None
    found = last_words(text, max(0, cue.start - _MAX_HEARSAY_SUBJECT_CHARS), cue.start, 5)
    folded = [fold_form(text[start:end]) for start, end in found]
    index = len(found)
    while index and folded[index - 1] in ALSO:
        index -= 1
    first = index - 1 if index and folded[index - 1] in _OTHER else index  # «عده دیگری»
    quantified = bool(first) and folded[first - 1] in _QUANTIFIERS
    if quantified:
        span: Span | None = Span(found[first - 1][0], found[index - 1][1])
        first -= 1
        if first and folded[first - 1] + folded[first] == _ONE_GROUP:  # «یک عده گفتند»: the quantifier is two words
            first -= 1
            span = Span(found[first][0], found[index - 1][1])
    else:
        span = plural_before(text, cue.start)
        first = next((i for i, (start, _) in enumerate(found) if span is not None and start >= span.start), 0)
    not_before = _NOT_BEFORE if quantified else _NOT_BEFORE_PLURAL
    if first and folded[first - 1] == _ALL:  # «به همه هزینه‌ها …», «در برابر همه تقاضاها …»: before «همه»
        first, not_before = first - 1, _NOT_BEFORE_ALL
    if span is None or first and folded[first - 1] in not_before:
        return None
    inside = any(e.span.start < span.start < e.span.end for e in view.entities_in(max(0, span.start - 60), span.end))
    return None if inside else span  # «سپاه پاسداران اعلام کردند»: the group is the end of a name


_PLURAL_ENDING = regex.compile(r"(?:[تدیئنهرس]ند|[\u200c ]اند|هاند)$")
"""A plural ending after a past stem («گفتند», «کردند»), a present one («می‌گویند», «می‌کنند», «می‌دهند»,
«دارند», «می‌نویسند») or a participle («گفته‌اند»); «کند», «داند», «خواند» (singular) stay out."""
_QUANTIFIERS = frozenset(fold_form(f) for f in (
    "برخی", "بعضی", "عده", "عده‌ای", "یک‌عده", "بسیاری", "شماری", "گروهی", "تعدادی", "خیلی‌ها", "بعضی‌ها", "برخی‌ها"))
"""Quantifiers that stand for a group alone, the subject of a plural verb («برخی می‌گویند»); «یک‌عده» written as one
word (with a ZWNJ) too."""
_ONE_GROUP = fold_form("یک") + fold_form("عده")
"""«یک عده» (some people), read as one folded word."""
_MANY = fold_form("خیلی")
"""«خیلی» names many of a group before «از» («خیلی از مردم»), besides the partitives
(:func:`~persianews.quotes.subject_phrases.partitive_words`); alone it is an adverb («خیلی وقت‌ها می‌گویند …»)."""
_OF = fold_form("از")
_REBUTTAL = regex.compile(r"[\s،,]+(?:اما|ولی|در\s*حالی[\s\u200c]*که)(?![\p{L}\u200c])")
"""Where the speaker answers the group's words: «اما», «ولی», «در حالی که» after a space or a comma."""
_MIN_GROUP_WORDS = 3
"""Words the group's report keeps at least before it is cut at a rebuttal."""
_OTHER = frozenset(fold_form(f) for f in ("دیگر", "دیگری"))
_ALL = fold_form("همه")
_GROUP_WORDS = _QUANTIFIERS | _OTHER | {_ALL} | {fold_form(f) for f in ("آنها", "آن‌ها", "آنان", "کسانی", "مردم", "و")}
"""Words before a plural verb that name its subject (a quantifier, a pronoun) or join it to a verb before (و)."""
_NOT_BEFORE = frozenset(fold_form(f) for f in ("و", "هم", "به", "از", "با", "برای", "در", "توسط"))
"""Words before a group that make it no subject: «و» or «هم» of a coordinated subject («هم X و هم میانجی‌ها
گفته‌اند»), a preposition («به برخی گفتند»)."""
_NOT_BEFORE_PLURAL = _NOT_BEFORE | {fold_form(f) for f in ("این", "آن", "همین", "همان")}
"""Before a plural, also a demonstrative: its phrase is longer («در این تظاهرات گفتند», «برخی از این کشورها اعلام
کرده‌اند»); before a quantifier it is a lead-in («با وجود این عده دیگری بر این باورند»)."""
_NOT_BEFORE_ALL = _NOT_BEFORE | {fold_form("برابر"), fold_form("مقابل")}
"""Before «همه» and a group, also the nouns of a compound preposition («در برابر همه …»; «در مقابل برخی دیگر
می‌گویند» is «on the other hand»)."""
_HEARSAY_VERBS = frozenset(fold_form(f) for f in ("می‌گویند", "می‌گفتند", "معتقدند"))
_HEARSAY_SUBJECTS = frozenset(fold_form(f) for f in (
    "عده‌ای", "یک عده", "برخی", "بعضی", "گروهی", "کسانی", "شماری", "خیلی‌ها", "بعضی‌ها", "برخی‌ها"))
_HEARSAY_ADVERBS = ALSO | {fold_form("دیگر")}
_MAX_HEARSAY_SUBJECT_CHARS = 40
