"""Rules 2 to 8 of :mod:`persianews.entities.people`: names in guillemets, well-known figures, and a
surname alone in context."""

from __future__ import annotations

import re

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.keys import AND
from persianews.entities.matcher import indexes_of
from persianews.entities.people_full import _RARE_WORD, FullNames
from persianews.entities.people_tokens import _NOT_SURNAME_KINDS

_MAX_QUOTED = 4
#: Surname endings that make a word the dictionary does not know a surname wherever it stands (ساعدی‌نیا).
_MARKED_ENDINGS = ("زاده", "پور", "نیا", "راد", "کیا")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
#: Keys of the words before a name in a list of officials (… و همچنین علی‌اکبریان مدیرعامل …).
_LIST_KEYS = frozenset({AND, "همچنین", "نیز"})
#: A dictionary word rarer than this may be a surname right before a title (مفتح مدیرعامل …).
_BESIDE_TITLE_WORD = 200_000
#: Kinship words after a name in guillemets («…» همسر …).
_KIN_WORDS = frozenset({"همسر", "برادر", "خواهر", "پدر", "مادر", "فرزند", "دختر", "پسر"})
#: A dictionary word rarer than this may be a word of a foreign name beside a title (کوپر, اندی).
_FOREIGN_WORD = 1_000


class SingleNames(FullNames):
    """Names the full-name rule leaves: quoted names, figures, and surnames found by their context."""

    def _quoted_names(self) -> list[Candidate]:
        """«X Y» right before a title (a «،» between or not): a name the lexicons need not know («فرانسوآ
        اولاند» رئیس‌جمهور فرانسه, «نبیل العزانی» دادستان کل …)."""
        view = self.view
        found = []
        for start in self.title_starts:
            close = start - 2 if view.key(start - 1) == "،" else start - 1
            if view.word(close) != "»" or not view.adjacent(close, start):
                continue
            opening = next((i for i in range(close - 1, max(-1, close - _MAX_QUOTED - 2), -1)
                            if view.word(i) == "«"), None)
            if opening is None or opening + 1 == close:
                continue
            inside = range(opening + 1, close)
            if all(view.is_word(i) and view.adjacent(i - 1, i) and not words.is_function_word(view.key(i))
                   and not words.is_verb(view.key(i)) and i not in self.blocked for i in inside):
                found.append(Candidate("PERSON", opening + 1, close, "person-quoted",
                                       parts=(Part("surname", close - 1, close),)))
        titled = {p.start - 1 for p in found}
        for close in indexes_of(view.pieces, "»"):
            if close < 1 or not self._quoted_context(close + 1):
                continue
            opening = next((i for i in range(close - 1, max(-1, close - _MAX_QUOTED - 2), -1)
                            if view.word(i) == "«"), None)
            if opening is None or opening in titled or close - opening < 3:
                continue
            inside = range(opening + 1, close)
            last = view.key(close - 1)
            if all(view.is_word(i) and view.adjacent(i - 1, i) and i not in self.blocked
                   and (words.surname_class(view.key(i)) is not None or words.is_given_name(view.key(i)))
                   and view.kinds_at[i].isdisjoint(_NOT_SURNAME_KINDS) for i in inside) \
                    and words.surname_class(last) is not None and not words.in_dictionary(last):
                found.append(Candidate("PERSON", opening + 1, close, "person-quoted",
                                       parts=(Part("surname", close - 1, close),)))
        return found

    def _quoted_context(self, index: int) -> bool:
        """What may follow a name in guillemets the lexicons need not know, a «،» between or not: a role
        word, a kinship word or an age («منیژه ابوالکرم» همسر …، «…»، 19 ساله)."""
        view = self.view
        if view.key(index) == "،":
            index += 1
        if index >= len(view) or not view.is_word(index) and view.kinds_of[index] != "number":
            return False
        kinds = view.kinds_at[index]
        return "head" in kinds or view.key(index) in _KIN_WORDS \
            or view.kinds_of[index] == "number" and view.key(index + 1) == "ساله"

    def _figures(self, taken: set[int]) -> list[Candidate]:
        """Well-known figures (``public_figures.tsv``) written bare: a full name, or a surname that is no
        common word or place (ترامپ, نتانیاهو); an ambiguous one (پوتین, کامرون, روحانی) needs a context:
        an honorific or a title beside it, a reporting verb or a colon after it. Not in a facility's name
        (خیابان مطهری) or inside a title or an organisation."""
        view = self.view
        found = []
        for index in view.having("figure"):
            if index in taken:
                continue
            match = view.find(index, "figure")
            if match is None:
                continue
            span = range(index, match.end)

            if any(i in taken or i in self.blocked for i in span) or self._named_facility(index):
                continue
            figures = match.of("figure")
            if all(f.kind == "surname" and f.ambiguous for f in figures) and not self._figure_context(index, match.end):
                continue
            surname = match.end - 1 if any(f.kind == "full" for f in figures) else index
            found.append(Candidate("PERSON", index, match.end, "person-figure",
                                   parts=(Part("given", index, surname), Part("surname", surname, match.end))))
            taken.update(span)
        return found

    def _figure_context(self, start: int, end: int) -> bool:
        """An honorific or a title right before ``[start, end)``, or a title, a reporting verb or a colon
        right after it."""
        view = self.view
        if start in self.honorific_ends or start in self.title_ends and view.adjacent(start - 1, start):
            return True
        if not view.adjacent(end - 1, end):
            return False
        after = end + 1 if view.key(end) == "،" else end
        return after in self.title_starts or view.key(end) == ":" or view.find(end, "cue") is not None \
            or words.is_speech_verb(view.key(end))

    def _known_surname(self, index: int, surnames: set[str], longest: int) -> Candidate | None:
        """A surname of a full name of the document, alone; one that is also a dictionary word (نیکزاد,
        عزیز) stands between a boundary and a person context (نیکزاد تصریح کرد). The longest of *surnames*
        spelled from *index* wins; *longest* (the longest surname's length) bounds the walk: linear in it."""
        view = self.view
        kind = self._surname_kind(index)
        key = view.key(index)
        if kind is None:  # a surname whose first word is a given name: عیسی | زاده
            if not self._stem_of_ending(index):
                return None
            kind = "compound"
        if words.plain(key).startswith("ال") and not (view.find(index + 1, "cue") or view.key(index + 1) == ":"
                                                        or words.is_speech_verb(view.key(index + 1))):
            return None  # an Arabic word with the article (… تهذیب الاصول) unless it speaks (العطیه افزود)
        figure = "figure" in view.kinds_at[index] \
            and any(f.kind == "surname" for m in view.matches[index] for f in m.of("figure"))
        if not self._name_position(index, index + 1, both=kind == "word" and not figure):
            return None
        found = None
        end = index
        key = ""
        while end < len(self.view) and len(key) < longest:
            key += self.view.keys[end]
            end += 1
            if key in surnames and self.view.adjacent(index, end - 1):
                found = end
        if found is None:
            return None
        return Candidate("PERSON", index, found, "person-known-surname", parts=(Part("surname", index, found),))

    def _after_honorific(self, index: int) -> Candidate | None:
        key = self.view.key(index)
        two_words = self._word_and_surname(index) if self._honorific_before(index) else None
        if two_words is not None:  # امیر | قلعه نویی
            start = index - 1 if self._given_honorific(index - 1) else index
            given = (Part("given", start, index),) if start < index else ()
            return Candidate("PERSON", start, two_words, "person-after-honorific",
                             parts=given + (Part("surname", index, two_words),))
        if self._honorific_before(index) and self._surname_kind(index) in ("unknown", "yeh") \
                and not words.is_given_name(key) and not words.plain(key).startswith("ال"):
            return self._single(index, "person-after-honorific")
        if self._honorific_before(index) and self._surname_kind(index) is not None and words.is_given_name(key) \
                and self._title_follows(index + 1):
            return self._single(index, "person-after-honorific")  # آقای صالح معاون سازمان مدیریت
        return None

    def _subject(self, index: int) -> Candidate | None:
        if index not in self.sentence_starts or not self._strong_surname(index):
            return None
        following = index + 1
        if not (self.view.find(following, "person_context") or self.view.find(following, "cue")):
            return None
        end = self.sentence_starts[index]
        if any(self.view.find(i, "cue") or self.view.key(i) == ":" for i in range(following, end)):
            return self._single(index, "person-subject")
        return None

    def _speaker_label(self, index: int) -> Candidate | None:
        """A word the dictionary does not know (or a rare one), alone at the start of a line before a colon:
        the speaker of a headline-style quote («تارتار: برای برد آمده بودیم»); or after the speaker's title that
        opens the line and a «،» («سخنگوی کاخ سفید، مکنری: …», the name alone between them)."""
        view = self.view
        kind = self._surname_kind(index)
        if kind not in ("unknown", "word") or kind == "word" and words.frequency(view.key(index)) >= _RARE_WORD \
                or words.is_given_name(view.key(index)) \
                or view.key(index + 1) != ":" or not view.adjacent(index, index + 1) \
                or not _ARABIC_LETTER.match(view.word(index)):
            return None
        titled = view.key(index - 1) == "،" and index - 1 in self.line_title_ends and view.adjacent(index - 1, index)
        if not (titled or self._opens_line(index)) or view.key(index) in self._outlets():
            return None
        return self._single(index, "person-speaker-label")

    def _outlets(self) -> set[str]:
        """Words the document writes after an outlet word (وب‌سایت بازفید, روزنامه کیهان): media, not people."""
        if self.outlets is None:
            outlet_words = lexicons.context("outlet_word")
            view = self.view
            self.outlets = {view.keys[j] for i in range(len(view) - 1) if view.keys[i] in outlet_words
                            for j in (i + 1, i + 2) if view.adjacent(i, j) and view.is_word(j)}
        return self.outlets

    def _marked_alone(self, index: int) -> Candidate | None:
        """A word the dictionary does not know with a surname ending (ساعدی‌نیا, کاظم‌زاده), anywhere."""
        key = self.view.key(index)
        word = words.plain(key)
        ending = next((e for e in _MARKED_ENDINGS if word.endswith(e)), None)
        if self._surname_kind(index) != "unknown" or ending is None or words.is_given_name(key) \
                or len(word) - len(ending) < 4 and not words.is_given_name(word[: -len(ending)]):
            return None  # (وثانیا: و + ثانیا)
        return self._single(index, "person-marked-surname")

    def _beside_title(self, index: int) -> Candidate | None:
        """A word the dictionary does not know, or a rare dictionary word (مفتح), right before a title, after
        a boundary or a list's «و»/«همچنین» (، مفتح مدیرعامل شرکت …، و همچنین علی‌اکبریان مدیرعامل …); a
        noun + ی the dictionary does not list, only after a boundary (، آسیابی دادستان …); a word the dictionary
        does not know at all, after a boundary, before a «،» and a title too (، چانگ‌هوا، سفیر چین …), or opening its
        line before a dash and a title (هنسون - وزیر دفاع آمریکا: …)."""
        key = self.view.key(index)
        kind = self._surname_kind(index)
        if kind not in ("unknown", "word", "compound", "yeh") or words.is_given_name(key) \
                or kind == "word" and words.frequency(key) >= _BESIDE_TITLE_WORD \
                or kind == "yeh" and not self._strong_surname(index):
            return None
        dash = kind == "unknown" and self.view.key(index + 1) == "-" and self._opens_line(index)
        if not (dash or self._name_position(index, index + 1, both=True)
                or kind == "unknown" and self.view.key(index - 1) in _LIST_KEYS
                or kind in ("compound", "unknown") and words.surname_suffix(key) not in (None, "ی")):
            return None
        separated = dash or kind == "unknown" and self.view.key(index + 1) == "،" and self._boundary_before(index)
        if (index + 2 if separated else index + 1) in self.title_starts and self.view.adjacent(index, index + 1):
            return self._single(index, "person-beside-title")
        return None

    def _foreign_beside_title(self, index: int) -> Candidate | None:
        """Two or three foreign-looking words (:meth:`_foreign_word`; the first ones may be given names) between a
        boundary or a function word and a title, a «،» between or not (، ایزومی ناکامیتسو، معاون دبیرکل …; … که |
        گلن هادل، سرمربی …), or after a title and its «،» where the clause goes on (فرمانده سنتکام، | برد کوپر | به
        …; سخنگوی ارتش، | افی دفرین | ،): a foreign name."""
        view = self.view
        if index in self.honorific_ends \
                or not (self._boundary_before(index) or words.is_function_word(view.key(index - 1))):
            return None
        after_title = view.key(index - 1) == "،" and index - 1 in self.complete_title_ends
        for length in (2, 3):
            end = index + length
            after = end + 1 if view.key(end) == "،" else end
            if not (after in self.title_starts or after_title and self._foreign_name_ends(end)):
                continue
            person = self._foreign_name(index, end, "person-foreign")
            if person is not None:
                return person
        return None

    def _foreign_name(self, start: int, end: int, rule: str) -> Candidate | None:
        """Tokens ``[start, end)`` as a foreign name of ``rule``: adjacent words, the last one foreign
        (:meth:`_foreign_word`), those before it foreign or given names; None where they are not."""
        if all(self.view.adjacent(i, i + 1) for i in range(start, end - 1)) \
                and all(self._foreign_word(i, given=True) for i in range(start, end - 1)) \
                and self._foreign_word(end - 1, given=False):
            return Candidate("PERSON", start, end, rule,
                             parts=(Part("given", start, end - 1), Part("surname", end - 1, end)))
        return None

    def _foreign_word(self, index: int, given: bool) -> bool:
        """A word of a foreign name: one the dictionary does not know at all, a rare one it lists (کوپر, اندی)
        or, as a ``given`` name, a given name (تام); not a noun + ی the dictionary does not list (امضای, تلفنی:
        «امضای رئیس‌جمهور» is a phrase), nor a noun's plural in «گان» (فرستادگان: «…، فرستادگان دونالد ترامپ،»
        is a description; :func:`words.is_heh_plural`), nor a word inside a title or an organisation's name."""
        kind = self._surname_kind(index)
        key = self.view.key(index)
        return index not in self.blocked and kind is not None and not words.is_heh_plural(key) \
            and (kind == "unknown" or given and words.is_given_name(key)
                 or words.in_dictionary(key) and words.frequency(key) < _FOREIGN_WORD)

    def _foreign_name_ends(self, end: int) -> bool:
        """Whether a name after a title ends before token ``end``: a person context (a «،», a cue, a role, a
        line end …), a function word or a verb (… برد کوپر | به مقامات گفت)."""
        key = self.view.key(end)
        return self._person_context_at(end) or words.is_function_word(key) or words.is_verb(key)
