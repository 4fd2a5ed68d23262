"""The narrator's asides that open a sentence («به گزارش …», «گفتنی است …», «بر اساس …»), which end a statement
before it, and the phrases of theirs that are the speaker's own (rule ``content:over-speakers-aside``)."""

from __future__ import annotations

import regex

from persianews.quotes.context import View
from persianews.quotes.new_subjects import in_first_person
from persianews.records import Span
from persianews.text.pronouns import alternatives
from persianews.text.reach import match_at

_ASIDE = regex.compile(
    r"(?:(?P<reported>به\s+گزارش)|گفتنی\s+است|لازم\s+به\s+(?:ذکر|یادآوری)|شایان\s+ذکر|قابل\s+ذکر|یادآور\s*\u200c?\s*می|"
    r"خاطرنشان\s*\u200c?\s*می|"
    r"(?P<according>براساس|بر\s+اساس|بر[\s\u200c]*پایه[\s\u200c]|بنا\s*بر(?![\s\u200c]*این(?![\s\u200c]*(?:گزارش|اطلاعیه|خبر|بیانیه)))|طبق)|"
    r"در\s+پایان|در\s+ادامه|در\s+این\s+(?:نشست|جلسه|مراسم|دیدار))")
"""A narrator's aside opening a sentence: it ends the statement before it. «بنابر» (according to) is one, the
«بنابراین» (therefore, also spaced: «بنابر این», «بنا بر این») the speaker's own — unless a noun of report follows
(«بنابر این گزارش»): 12 direct quotes of the dev gold go on over such a sentence. «بر پایه»/«برپایه» is
«بر اساس»'s synonym (rare: 6 lines open with it in news-dev and news-dev-2; the one after a statement the narrator's
«برپایه این گزارش»). Its group ``according`` holds the phrases of grounds, ``reported`` «به گزارش»."""
_REPORTS = ("گزارش", "اعلام", "اطلاعیه", "بیانیه", "خبر", "اظهارات", "گفته", "نوشته", "توضیح", "آمار", "نظر",
            "محاسبات", "تعاریف")
"""What the narrator's «بر اساس/طبق …» names (and its plurals and derivations: «گزارش‌ها», «اعلامیه», «خبرگزاری»,
«توضیحات», «نظرات»): a report or a statement, a figure, a view, a calculation or a definition."""
_POINTERS = ("این", "همین", "آن")
"""«بر اساس این …»: the narrator's pointer back at the report or the statement just told."""


def narrators_aside(view: View, sentence: Span) -> bool:
    """Whether ``sentence`` opens with a narrator's aside (:data:`_ASIDE`), which ends the statement before it; not
    one that is the speaker's (:func:`_speakers_aside`)."""
    aside = match_at(_ASIDE, view.text, sentence.start)
    return aside is not None and not _speakers_aside(view, sentence, aside)


def _speakers_aside(view: View, sentence: Span, aside: regex.Match[str]) -> bool:
    """Whether ``sentence``, opening with the phrase ``aside`` of :data:`_ASIDE`, is the speaker's
    (rule ``content:over-speakers-aside``). Not when the phrase goes on with a report, a figure, a view or a pointer
    back (:data:`_REPORTS`, :data:`_POINTERS`: «بر اساس گزارش رویترز», «طبق اعلام شانا», «طبق آخرین آمار», «بر اساس
    این بیانیه», «در ادامه این پیام»: the narrator's source). Else, when the phrase is «بر اساس»، «براساس»، «طبق»،
    «بر پایه» or «بنا بر»: grounds of the speaker's («براساس پیش‌بینی هواشناسی، …», «طبق قانون، …»); when it is
    another than «به گزارش», in a sentence in the first person
    (:func:`~persianews.quotes.new_subjects.in_first_person`: «در ادامه … را تسلیت می‌گویم»; the narrator does not
    speak in the first person)."""
    if match_at(_SOURCE_NAMED, view.text, aside.end()) is not None:
        return False
    if aside.group("according") is not None:
        return True
    return aside.group("reported") is None and in_first_person(view, sentence)


_SOURCE_NAMED = regex.compile(
    r"[\s\u200c،]*(?:(?:آخرین|یک)[\s\u200c]+)?(?:" + alternatives(_REPORTS) + "|" + alternatives(_POINTERS)
    + r"(?![\p{L}\u200c]))")
"""After an aside's phrase: a report, a figure, a view or a pointer back (the first word, after «آخرین» or «یک»)."""


def aside_rule(view: View, content: Span) -> str:
    """``content:over-speakers-aside`` when a statement runs on over a later sentence that opens with a phrase of
    :data:`_ASIDE` that is the speaker's (:func:`_speakers_aside`); "" otherwise."""
    index = view.sentence_index(content.start) + 1
    while index < len(view.sentences) and view.sentences[index].start < content.end:
        sentence = view.sentences[index]
        aside = match_at(_ASIDE, view.text, sentence.start)
        if aside is not None and _speakers_aside(view, sentence, aside):
            return "content:over-speakers-aside"
        index += 1
    return ""
