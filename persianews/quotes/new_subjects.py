"""Whether a sentence after a statement opens with a subject of its own: the narrator speaking again, which ends the
statement, or the speaker going on about others («آن‌ها …», «این مسئله …», a line in the first person)."""

from __future__ import annotations

import regex

from persianews.quotes.antecedents import names_a_person
from persianews.quotes.candidates import Subject
from persianews.quotes.context import GUILLEMETS, View, first_words, skip_over
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.subjects import opening_subject
from persianews.quotes.tense import FUTURE, in_present, participle, past_stem
from persianews.records import Span
from persianews.text.pronouns import FIRST_PERSON, HONORIFIC, THEY, alternatives

_NARRATORS_HE = "وی"
_FIRST_PERSON_WORD = regex.compile(
    r"(?<![\p{L}\u200c])(?:" + alternatives(FIRST_PERSON) + r"|هستم|هستیم|نیستم|نیستیم|ن?خواهی?م|"
    r"ن?می\u200c\p{L}+م|\p{L}+ه\u200c(?:ام|ایم)|"
    r"ن?(?:کرد|بود|داشت|شد|گفت|دید|رفت|داد|گرفت|خواست|زد|آمد|دانست|توانست|رسید|نوشت|آورد|خواند|یافت)ی?م)"
    r"(?![\p{L}\u200c])")
"""A word in the first person: a pronoun («من», «ما», «بنده»), a present verb («می‌دانیم», «نمی‌کنم», «هستیم»,
«خواهیم»), a perfect or a possessive after «ه» («گرفته‌ام», «بوده‌ایم», «خانه‌ام») or a common verb's past
(«کردم», «بودیم», «گفتم»)."""
_WORD_REST = regex.compile(r"[\p{L}\u200c]*")
_SPEAKERS_PRONOUNS = frozenset(fold_form(w) for w in THEY)
_THIS = fold_form("این")
_SPEAKERS_TOPICS = frozenset(fold_form(w) for w in "مسئله مساله موضوع امر اتفاق نکته حرف یک".split())


def new_subject(view: View, sentence: Span, line_break: bool) -> bool:
    """Whether ``sentence`` opens with a subject of its own (a pronoun, a speaker entity, «این مسئول»): the
    narrator speaks again. On a line of a text of one sentence a line (:attr:`View.lines_are_sentences`), the
    speaker's own «آن‌ها/آنها/آنان» (``_SPEAKERS_PRONOUNS``) and «این/همین» + مسئله، مساله، موضوع، امر، اتفاق،
    نکته، حرف or «یک …» (``_SPEAKERS_TOPICS``) go on with his words (rule ``content:lines-as-sentences``), as
    does «این» + a noun in a line ending in a present copula (:func:`_present_judgement`).

    In news-dev-2 (rules alone), 1375 lines after a statement stopped only at a subject; of 25 read where any
    subject but «وی», a person or a title went on, 16 were the speaker's words — but on news-dev (Fars items of
    one sentence a paragraph, where a line break is a real paragraph end) all 13 quotes that changed ran into
    the narrator's «این مراسم», «این پروژه», organisations. The two kinds of text have the same shape, so only the
    subjects that are the speaker's on both go on, and any subject in a line in the first person
    (:func:`in_first_person`), and «او»/«ایشان» in a line in the present (:func:`_judging_him`). Else «او» is not
    one: of 30 lines it opened after a statement in
    news-dev-2 (110 in all), 13 were the narrator telling what the speaker did (او همچنین … استقبال کرد, او بعدها
    … گریخت), 9 the speaker's words, 8 unclear; nor is «این کار» (the narrator's «این کار … انجام شد»)."""
    if line_break and view.lines_are_sentences:
        return _line_opening(view, sentence) == "new"
    return opening_subject(view, sentence.start, sentence.end, descriptions=True) is not None


def _line_opening(view: View, sentence: Span) -> str:
    """How ``sentence``, a line of a text of one sentence a line, opens: ``"none"`` without a subject,
    ``"speakers"`` with one the speaker uses of others, ``"first"`` with one but in the first person, ``"him"``
    with «او»/«ایشان» in the present (:func:`_judging_him`), ``"new"`` with a subject of its own. Memoized in
    ``view.line_openings``: the statement's end (:func:`new_subject`) and its rule (:func:`first_person_rule`)
    read each line once."""
    known = view.line_openings.get(sentence.start)
    if known is not None:
        return known
    subject = opening_subject(view, sentence.start, sentence.end, descriptions=True)
    if subject is None:
        opening = "none"
    elif subject.span is not None and (_speakers_subject(view, subject)
                                       or _present_judgement(view, subject, sentence)):
        opening = "speakers"
    elif subject.span is not None and _speaking_in_first_person(view, subject, sentence):
        opening = "first"
    elif subject.span is not None and _judging_him(view, subject, sentence):
        opening = "him"
    else:
        opening = "new"
    view.line_openings[sentence.start] = opening
    return opening


def _speakers_subject(view: View, subject: Subject) -> bool:
    """Whether ``subject`` is one the speaker uses of others («آن‌ها», «این مسئله»; see :func:`new_subject`)."""
    words = [fold_form(word) for word in view.text[subject.span.start:subject.span.end].split()] if subject.span else []
    if subject.kind == "pronoun":
        return bool(words) and words[0] in _SPEAKERS_PRONOUNS
    return subject.kind == "description" and len(words) > 1 and words[1] in _SPEAKERS_TOPICS


def _present_judgement(view: View, subject: Subject, sentence: Span) -> bool:
    """Whether ``sentence`` opens with «این» + a noun and ends with a present copula («این انقلاب متعلق به همه
    ماست.», «این دو با یکدیگر تعارض دارند.», «این اشتباه است.») or a verb in the present or the future
    (:func:`_ends_in_present`: «این کمک‌ها هرگز قطع نمی‌شوند.», «این بسته اعطا خواهد شد.»): the speaker
    judging what he spoke of, where the narrator tells of an event in the past («این مراسم … برگزار شد», «این
    کارشناس … تدریس می‌کرد»). The present or future counts only after a noun that names no person
    (:func:`~persianews.quotes.antecedents.names_a_person`: the narrator's «این بازیکن …», «این فیلم‌ساز …») and no
    report of the narrator's («این خبر تکمیل می‌شود»), and with no «که» opening a description of a thing («این
    پروژه که … متصل می‌شود»)."""
    words = view.text[subject.span.start:subject.span.end].split() if subject.span else []
    if not words or fold_form(words[0]) != _THIS:
        return False
    if _ends_in_copula(view.text, sentence):
        return True
    if len(words) < 2 or names_a_person(words[1]) or fold_form(words[1]) in _REPORTS:
        return False
    opening = first_words(view.text, sentence.start, sentence.end, _RELATIVE_REACH)[1:]
    described = any(fold_form(view.text[start:end]) == _RELATIVE for start, end in opening)
    return not described and _ends_in_present(view.text, sentence)


_LAST_WORDS = regex.compile(r"([\p{L}\u200c]+)[\s\u200c]+([\p{L}\u200c]+)[\s\u200c»\"')]*[.!…]?[\s\u200c»\"')]*$")
_MAX_TAIL = 60
_RELATIVE = fold_form("که")
_RELATIVE_REACH = 4
"""«این» + a noun + «که» within the first words opens the narrator's description («این پروژه که … متصل می‌شود»)."""
_REPORTS = frozenset(fold_form(w) for w in "خبر گزارش مطلب متن".split())
"""The narrator's own item («این خبر تکمیل می‌شود», «این گزارش …»): never the speaker's topic in the present."""


def _ends_in_present(text: str, sentence: Span) -> bool:
    """Whether ``sentence`` ends with a verb in the present («می‌گذارند», «نمی‌شود») or the future («خواهد شد»,
    «… خواهد»), not one in the past continuous («می‌کرد», «می‌رسیدند»: :func:`~persianews.quotes.tense.in_present`)."""
    found = _LAST_WORDS.search(text, max(sentence.start, sentence.end - _MAX_TAIL), sentence.end)
    if found is None:
        return False
    before, last = fold_form(found.group(1)), found.group(2)
    return fold_form(last) in FUTURE or before in FUTURE or in_present(last)


_COPULAS = frozenset("است هستند نیست نیستند دارد ندارد دارند ندارند".split())
_SHORT_COPULA = "ست"
_SHORT_AFTER = frozenset("اوی")


def _ends_in_copula(text: str, sentence: Span) -> bool:
    """Whether ``sentence`` ends with a present copula («… است.», «… ادامه دارد.», «… ماست.» written with «ست»):
    not the perfect of a past, a participle before it (:func:`~persianews.quotes.tense.participle`: «… رشد داشته
    است.»), where a noun or an adjective ending in «ه» takes it in the present («… وظیفه است.», «… ادامه دارد.»),
    nor a past stem ending in «ست» («… از مردم خواست.», «… به ما پیوست.»)."""
    found = _LAST_WORDS.search(text, max(sentence.start, sentence.end - _MAX_TAIL), sentence.end)
    if found is None:
        return False
    before, last = found.group(1), found.group(2)
    if last in _COPULAS:
        return not participle(before.rstrip("\u200c"))
    return (len(last) > len(_SHORT_COPULA) + 1 and last.endswith(_SHORT_COPULA) and last[-3] in _SHORT_AFTER
            and last[-4].isalpha() and not past_stem(last))


_HIM = frozenset(fold_form(w) for w in ("او", *HONORIFIC))
"""The pronouns of a third person the speaker may judge: «او» and the honorific «ایشان»."""
_NARRATORS_NEXT = frozenset((fold_form("همچنین"), _RELATIVE))
"""Second words after «او» that make the line the narrator's: «او همچنین …», «او که …»."""


def _judging_him(view: View, subject: Subject, sentence: Span) -> bool:
    """Whether ``sentence`` opens with «او» or «ایشان» and ends with a present copula or a verb in the present or
    the future (rule ``content:lines-judging-him``: «او پسر خوبی است.», «او … با چالش جدی روبه‌رو خواهد
    بود.»): the speaker judging or foreseeing the one he speaks of, where the narrator tells in the past what
    that person did («او همچنین … استقبال کرد», «او بعدها … گریخت»). Not «وی», the narrator's word for the
    speaker; not a line with a cue of its own («او تأکید می‌کند …», «او می‌گوید …»: the narrator reporting him),
    nor «او همچنین …» (the narrator's «also») or «او که …» (the narrator describing him: «او که … کار می‌کرده
    است، … تردد می‌کند»)."""
    if subject.kind != "pronoun" or subject.span is None or fold_form(subject.span.slice(view.text)) not in _HIM:
        return False
    second = first_words(view.text, subject.span.end, sentence.end, 1)
    if second and fold_form(view.text[slice(*second[0])]) in _NARRATORS_NEXT:
        return False
    return (not view.cues_in(sentence.start, sentence.end)
            and (_ends_in_copula(view.text, sentence) or _ends_in_present(view.text, sentence)))


def _speaking_in_first_person(view: View, subject: Subject, sentence: Span) -> bool:
    """Whether ``sentence``, opened by ``subject``, is the speaker's in the first person (:func:`in_first_person`):
    not when the subject is «وی», the narrator's word for the speaker («وی با بیان اینکه … ما …، تاکید کرد»)."""
    opening = view.text[subject.span.start:subject.span.end].split()[:1] if subject.span else []
    return opening != [_NARRATORS_HE] and in_first_person(view, sentence)


def in_first_person(view: View, sentence: Span) -> bool:
    """Whether ``sentence`` holds a word in the first person (:data:`_FIRST_PERSON_WORD`; rule
    ``content:lines-in-first-person``): the narrator does not speak in the first person, so a line of a text of one
    sentence a line that opens with a subject of its own («او …», «این انقلاب …», a person or an organisation)
    still goes on with the statement when it does («امیر … از مربیان بزرگ است که خود من با او …»). Only the words
    up to the sentence's first cue or «با بیان/اشاره به …» frame count (the narrator's «X تاکید می‌کند که … ما …»,
    «X با اشاره به اینکه … ما …، گفت» reports the speaker's «ما»), and
    none inside guillemets (a title: «من می‌ترسم»). Each sentence is read once."""
    text = view.text
    cues = view.cues_in(sentence.start, sentence.end)
    end = sentence.end if not cues else skip_over(_WORD_REST, text, cues[0].end, sentence.end)
    frame = lexicon().noun_starts.search(text, sentence.start, end)
    end = end if frame is None else frame.start()
    position, depth = sentence.start, 0
    for mark in GUILLEMETS.finditer(text, sentence.start, end):
        if not depth and _FIRST_PERSON_WORD.search(text, position, mark.start()) is not None:
            return True
        depth = max(0, depth + (1 if mark.group() == "«" else -1))
        position = mark.end()
    return not depth and _FIRST_PERSON_WORD.search(text, position, end) is not None


_OPENING_RULES = {"first": "content:lines-in-first-person", "him": "content:lines-judging-him"}


def first_person_rule(view: View, content: Span) -> str:
    """``content:lines-in-first-person`` when a statement runs on over a line that opens with a subject of its own
    and goes on with it only for its first person (:func:`in_first_person`), ``content:lines-judging-him`` when
    only for «او»/«ایشان» in the present (:func:`_judging_him`); "" otherwise (the first such line decides). Reads
    the statement's sentences once; a line the statement ran on over is not read again (:func:`_line_opening`,
    filled by :func:`new_subject` as the statement was read)."""
    text = view.text
    index = view.sentence_index(content.start)
    while index + 1 < len(view.sentences) and view.sentences[index + 1].start < content.end:
        before, sentence = view.sentences[index], view.sentences[index + 1]
        index += 1
        if text[before.end:sentence.start].strip(" \t\u200c") == "\n":
            rule = _OPENING_RULES.get(_line_opening(view, sentence), "")
            if rule:
                return rule
    return ""
