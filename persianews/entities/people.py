"""People: given names with surnames, well-known figures, and surname-only mentions in context.

Rules, in order:

1. **full name**: a chain of given names (and name prefixes such as سید), each
   part possibly joined to the next inside one token (سیدجمالالدین,
   محمدمهدی), then a surname. The surname is the next word unless it is a
   function word, a verb form, a frequent adjective or given name, a
   role/organisation/cue/honorific word, a place, a plural, or a dictionary
   word before a verb that may take it as its nominal part (… منتشر می‌کند;
   not a verb of saying: رضا تبریزی گفت, nor a surname ending that is also a
   verb form: مؤذن زاده). A dictionary word must look like a surname (ی,
   زاده, پور … endings), follow an honorific, stand before a title (محمدباقر
   قالیباف رئیس مجلس) or be rare after a frequent given name (عباس
   نیک‌فرجام; less rare ones between a boundary and a person context: مهدی
   بازرگان، …). A frequent adjective is a surname only there too (سید حسین
   اسلامی در گفت‌وگو …). The less a given name proves, the
   more the context must: after names that are also ordinary words (امید,
   صفر, بهار) the person stands between boundaries (، صفر فضلی در …) unless
   the surname carries a marked ending (، امیر دلیرنیا به …), and such a name
   leads a chain only after a boundary (با همت | داریوش شایگان).
   A second word joins the surname when it is a detached ending (حسن زاده,
   حاجی آبادی) or another surname-shaped word unknown to the dictionary or
   made from a place (هاشمی رفسنجانی, عرب مقصودی); a given name before a
   detached ending is the surname's stem (حسن | علی زاده); two given names
   between boundaries with no surname after them are a given name and a
   surname (، اردوان روزبه،). Honorifics other than name prefixes stay outside
   the name. A name in guillemets right before a title (a «،» between or not)
   is a name too, known or not («فرانسوآ اولاند» رئیس‌جمهور فرانسه), and a
   name inside guillemets that hold only name words grows to the whole quote
   («دیالا مصطفی مطر»).
2. **figures**: a well-known public figure of ``public_figures.tsv``: a full
   name, or the surname news uses alone (ترامپ, نتانیاهو, اژه‌ای); one that is
   also a word or a place (پوتین, کامرون, روحانی) needs an honorific or a title
   beside it, or a reporting verb or a colon after it.
3. **known surname**: a surname of a full name of the document (or of the post
   it replies to), standing alone elsewhere, at a line start too, after a
   boundary (sentence start, punctuation, honorific) or before a context word, a
   cue or a role word; a dictionary word (نیکزاد) needs both.
4. **after an honorific**: دکتر/سردار/آقای … + a surname-shaped word (or two
   words, the second unknown to the dictionary: امیر | قلعه نویی; or a given
   name with a title after it: آقای صالح معاون …).
5. **subject**: a sentence-initial surname-shaped word unknown to the
   dictionary, followed by a context word or a reporting cue, in a sentence
   with a reporting cue or a colon (غفوری ضمن تقدیر … تصریح کرد).
6. **beside a title**: a word the dictionary cannot explain, or a rare one (no
   noun + ی: امضای, تلفنی), after a boundary (or a list's «و», «همچنین») and
   right before a title (، غفوری فرماندار البرز; و همچنین علی‌اکبریان
   مدیرعامل …); with a marked ending, after any word (با تقوی‌نژاد مدیر …).
7. **speaker label**: a word unknown to the dictionary (or rare), alone at the
   start of a line before a colon (تارتار: …), unless the document writes it
   after an outlet word (وب‌سایت بازفید).
8. **marked surname**: a word unknown to the dictionary with a marked surname
   ending (زاده, پور, نیا, راد, کیا), anywhere (اموال ساعدی‌نیا).
9. **lists**: a given name and a surname-shaped word next to a person found
   before, «،» or «و» between (رضا نظری‌کیا، شایان حصاری، پارسا فلاح و …).

Rules 5 to 8 take the given names right before the surname too (عرفان |
خردمندکیا). A name after a facility word is part of the facility's name
(اردوگاه شهید بهشتی, خیابان مطهری): no PERSON there.
"""

from __future__ import annotations

import re
from typing import Iterable

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.matcher import Match, TokenView

_NAME_PARTS = frozenset({"given", "name_prefix"})
_MAX_PARTS = 4
_COMMON_WORD, _PLAIN, _FREQUENT = 0, 1, 2
_MAX_QUOTED = 4
_MIN_KNOWN_SURNAME = 4
#: A dictionary word rarer than this may be the surname after a frequent given name (عباس نیک‌فرجام).
_RARE_WORD = 100_000
#: … or rarer than this with a boundary before the name or a person context after it (، مهدی بازرگان،).
_COMMON_WORD_FREQUENCY = 600_000
_PLURAL_ENDINGS = ("\u200cها", "\u200cهای", "\u200cهایی", "\u200cهایش")
_AFTER_NAME = frozenset({"،", "(", ":", ".", "»"})
_LIST_SEPARATORS = frozenset({"،", "\ue000و\ue001"})
#: Surname endings that make a word the dictionary does not know a surname wherever it stands (ساعدی‌نیا).
_MARKED_ENDINGS = ("زاده", "پور", "نیا", "راد", "کیا")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
#: Words before a name in a list of officials (… و همچنین علی‌اکبریان مدیرعامل …).
_LIST_WORDS = frozenset({"و", "همچنین", "نیز"})
#: A dictionary word rarer than this may be a surname right before a title (مفتح مدیرعامل …).
_BESIDE_TITLE_WORD = 200_000
#: Kinship words after a name in guillemets («…» همسر …).
_KIN_WORDS = frozenset({"همسر", "برادر", "خواهر", "پدر", "مادر", "فرزند", "دختر", "پسر"})
_NOT_SURNAME_KINDS = ("head", "org_head", "cue", "plural", "honorific", "place_prefix", "place_hint",
                      "person_context", "portfolio", "org")


class PeopleFinder:
    """People of one document; ``blocked`` tokens (inside titles and organisation names) hold no name."""

    def __init__(self, view: TokenView, blocked: set[int], sentence_starts: dict[int, int],
                 titles: list[Candidate], known_surnames: Iterable[str] = ()):
        self.view = view
        self.blocked = blocked
        self.sentence_starts = sentence_starts
        self.known_surnames = set(known_surnames)
        self.title_starts = {t.start for t in titles if t.complete}
        self.title_ends = {t.end for t in titles}
        self.kinds: dict[int, str | None] = {}
        self.outlets: set[str] | None = None
        self.chains: dict[int, list[tuple[int, int, int]]] = {}
        self.honorific_inside: set[int] = set()
        #: The first token of an honorific ending right before a token (see :meth:`_honorific_start`).
        self.honorific_ends: dict[int, int] = {}
        for start in range(len(view)):
            if "honorific" not in view.kinds_at[start]:
                continue
            for match in view.matches[start]:
                if self._honorific(match):
                    self.honorific_inside.update(range(start + 1, match.end))
                    if match.end - 4 <= start and match.end not in self.honorific_ends \
                            and view.adjacent(start, match.end):
                        self.honorific_ends[match.end] = start
        facility = lexicons.context("facility")
        self.facilities = {i for i, key in enumerate(view.keys) if key in facility}

    def people(self) -> list[Candidate]:
        """The PERSON candidates of the document, every rule applied in order."""
        found = self._full_names()
        full_names = IntervalIndex(found)
        found += [q for q in self._quoted_names() if next(full_names.overlapping(q.start, q.end), None) is None]
        taken = {i for p in found for i in range(p.start, p.end)}
        found += self._figures(taken)
        surnames = self.known_surnames | {self._surname_key(p) for p in found} - {""}
        # Each rule below needs one of these where it starts: a known surname's first letters, an
        # honorific before, a sentence start, a title after.
        prefixes = {surname[:end] for surname in surnames for end in range(len(surname) + 1)}
        keys, honorific_ends, sentence_starts = self.view.keys, self.honorific_ends, self.sentence_starts
        title_starts = self.title_starts
        for index in range(len(self.view)):
            if index in taken or not (keys[index] in prefixes or index in honorific_ends
                                      or index in sentence_starts or index + 1 in title_starts
                                      or keys[index].endswith(_MARKED_ENDINGS) or keys[index + 1:index + 2] == [":"]):
                continue
            if self._surname_kind(index) is None and not self._stem_of_ending(index) or self._named_facility(index):
                continue
            candidate = (self._known_surname(index, surnames) or self._after_honorific(index)
                         or self._subject(index) or self._beside_title(index) or self._speaker_label(index)
                         or self._marked_alone(index))
            if candidate is not None and not any(i in taken for i in range(candidate.start, candidate.end)):
                found.append(candidate)
                taken.update(range(candidate.start, candidate.end))
        self._listed(found, taken)
        found = [self._whole_quote(p) for p in found]
        return sorted(found, key=lambda c: c.start)

    def _whole_quote(self, person: Candidate) -> Candidate:
        """A person inside guillemets that hold only name words grows to the whole quote («دیالا مصطفی
        مطر»: the lexicons know the last two words only)."""
        view = self.view

        def name_like(i: int) -> bool:
            key = view.key(i)
            return view.is_word(i) and i not in self.blocked and not words.is_function_word(key) \
                and not words.is_verb(key) and view.kinds_at[i].isdisjoint(_NOT_SURNAME_KINDS) \
                and (self._surname_kind(i) in ("unknown", "yeh", "compound") or words.is_given_name(key))

        start, end = person.start, person.end
        while start > 0 and person.start - start < _MAX_QUOTED and name_like(start - 1) \
                and view.adjacent(start - 1, start):
            start -= 1
        while end < len(view) and end - person.end < _MAX_QUOTED and name_like(end) and view.adjacent(end - 1, end):
            end += 1
        if (start, end) == (person.start, person.end) or view.word(start - 1) != "«" or view.word(end) != "»" \
                or not view.adjacent(start - 1, start) or not view.adjacent(end - 1, end):
            return person
        return Candidate("PERSON", start, end, person.rule, parts=(Part("given", start, person.start),)
                         + tuple(p for p in person.parts if p.name == "surname"))

    def _listed(self, found: list[Candidate], taken: set[int]) -> None:
        """Names in a list with a name found before (added to ``found``): a given name and a surname-shaped
        word next to a person, «،» or «و» between (رضا نظری‌کیا، شایان حصاری، پارسا فلاح، معین خرسندی و
        پویا حقی); a name found without its first given name grows to it (و امیر | حسام علمدار)."""
        view = self.view
        changed = True
        while changed:
            changed = False
            ends = {p.end for p in found}
            starts = {p.start for p in found}
            # a listed name starts after a person and a separator, or ends right before them
            near = {p.end + 1 for p in found if view.key(p.end) in _LIST_SEPARATORS}
            for p in found:
                if view.key(p.start - 1) in _LIST_SEPARATORS:
                    near.update(range(max(0, p.start - 3 - 2 * _MAX_PARTS), p.start - 1))
            for index in sorted(near):
                if index >= len(view) or index in taken or index in self.blocked \
                        or _NAME_PARTS.isdisjoint(view.prefix_kinds[index]):
                    continue
                person = self._listed_name(index)
                if person is None:
                    continue
                inner = [p for p in found if person.start < p.start and p.end == person.end]
                if any(i in taken for i in range(person.start, inner[0].start if inner else person.end)):
                    continue
                before = view.key(index - 1) in _LIST_SEPARATORS and index - 1 in ends \
                    and view.adjacent(index - 2, index)
                after = view.key(person.end) in _LIST_SEPARATORS and person.end + 1 in starts \
                    and view.adjacent(person.end - 1, person.end + 1)
                if before or after and not inner:  # grow a name only inside a list: و امیر | حسام علمدار
                    for p in inner:
                        found.remove(p)
                    found.append(person)
                    taken.update(range(person.start, person.end))
                    changed = True
                    break

    def _listed_name(self, index: int) -> Candidate | None:
        """A chain of given names from token ``index`` and a surname-shaped word after it."""
        for end, _count, _strength in self._chains(index):
            if any(i in self.blocked for i in range(index, end)) or self._surname_kind(end) is None \
                    or words.in_dictionary(self.view.key(end)) and self._verb_follows(end):
                continue
            return Candidate("PERSON", index, self._surname_end(end), "person-listed",
                             parts=(Part("given", index, end), Part("surname", end, self._surname_end(end))))
        return None

    def _surname_key(self, person: Candidate) -> str:
        """The key of a person's surname, or "" when it is too short and plain to find alone (تیم)."""
        part = person.part("surname")
        if part is None:
            return ""
        key = "".join(self.view.keys[part.start:part.end])
        return key if len(key) >= _MIN_KNOWN_SURNAME or words.surname_suffix(key) else ""

    # -- rule 1 ---------------------------------------------------------------
    def _full_names(self) -> list[Candidate]:
        found = []
        index = 0
        while index < len(self.view):
            kinds = self.view.kinds_at[index]
            starts_name = not _NAME_PARTS.isdisjoint(self.view.prefix_kinds[index]) \
                and ("honorific" not in kinds or "name_prefix" in kinds)
            person = self._full_name(index) if starts_name and index not in self.blocked else None
            if person is None:
                index += 1
                continue
            found.append(person)
            index = person.end
        return found

    def _full_name(self, index: int) -> Candidate | None:
        if self._named_facility(index):
            return None
        honorific = self._honorific_before(index)
        if self._common_word_name(index) and not self._name_position(index, index + 1, both=False):
            return None  # با همت | داریوش شایگان: the name starts at the next word
        chains = self._chains(index)
        ends = {end for end, _count, _strength in chains}
        for end, count, strength in chains:
            if end - 1 in ends and words.is_detached_suffix(self.view.key(end)) and self.view.adjacent(end - 1, end):
                return Candidate("PERSON", index, end + 1, "person-full-name",
                                 parts=(Part("given", index, end - 1), Part("surname", end - 1, end + 1)))
            if end - 1 in ends and end - 1 > index and not words.is_frequent_given_name(self.view.key(end - 1)) \
                    and self._surname(end, strength, lenient=True, start=index) is None \
                    and self._name_position(index, end, both=True):
                return Candidate("PERSON", index, end, "person-full-name",
                                 parts=(Part("given", index, end - 1), Part("surname", end - 1, end)))
            if any(i in self.blocked for i in range(index, end)):
                continue
            strength = min(_FREQUENT, strength + honorific)
            surname_end = self._surname(end, strength, lenient=honorific, start=index) \
                or self._stem_and_ending(end) or self._word_and_surname(end)
            if surname_end is None:
                continue
            kind = self._surname_kind(end)
            if strength == _COMMON_WORD and not self._name_position(
                    index, surname_end, both=kind != "unknown" and not self._marked_surname(end)):
                continue
            if strength == _PLAIN and kind == "yeh" and not honorific and words.in_dictionary(self.view.key(end)) \
                    and not self._name_position(index, surname_end, both=False):
                continue
            return Candidate("PERSON", index, surname_end, "person-full-name",
                             parts=(Part("given", index, end), Part("surname", end, surname_end)))
        return None

    def _stem_and_ending(self, index: int) -> int | None:
        """A word and a detached surname ending after a given name (محمد حاجی آبادی, عادل فردوسی پور): the
        ending makes the word a surname's stem, whatever the word is."""
        view = self.view
        following = index + 1
        if not view.is_word(index) or index in self.blocked \
                or not view.adjacent(index - 1, index) or not view.adjacent(index, following) \
                or not words.is_detached_suffix(view.key(following)) or words.is_function_word(view.key(index)) \
                or words.is_verb(view.key(index)) or not view.kinds_at[index].isdisjoint(("head", "org_head", "cue")):
            return None
        return following + 1

    def _word_and_surname(self, index: int) -> int | None:
        """A dictionary word and a surname the dictionary does not know, after a given name or an honorific
        (محسن عرب مقصودی, امیر قلعه نویی): a two-word surname."""
        view = self.view
        following = index + 1
        if self._surname_kind(index) != "word" or not view.adjacent(index, following) \
                or following in self.blocked or not self._strong_surname(following) \
                or words.in_dictionary(view.key(following)):
            return None
        return following + 1

    def _common_word_name(self, index: int) -> bool:
        """Whether token ``index`` is a given name that is also an ordinary word (همت, اندیشه)."""
        given = [g for m in self.view.matches[index] if m.end == index + 1 for g in m.of("given")]
        return bool(given) and all(g.common_word for g in given)

    def _chains(self, index: int) -> list[tuple[int, int, int]]:
        found = self.chains.get(index)
        if found is None:
            found = self.chains[index] = self._walk_chains(index)
        return found

    def _walk_chains(self, index: int) -> list[tuple[int, int, int]]:
        """Given-name chains from token ``index``: ``(end token, parts, strength)``, longest first.

        Strength: 2 when a part is a frequent name that is no ordinary word (علی, محمد), 1 for another
        name, 0 when every name is also an ordinary word (امید, صفر). Parts join inside a token only
        when both are name prefixes or frequent names (محمد|مهدی, سید|جمال‌الدین), or after a frequent
        name, a name that is no ordinary word, or any name closing a token the dictionary does not know
        (محمد|همایون). The walk is depth-first, parts in order.
        """
        view = self.view
        chains: dict[int, tuple[int, int]] = {}
        # (phrases from here, parts so far, strength, a given name seen, inside a token, last part frequent)
        stack = [(view.parts(view.starts[index], _NAME_PARTS), 0, _COMMON_WORD, False, False, False)]
        while stack:
            phrases, count, strength, has_given, inside, after_frequent = stack[-1]
            found = next(phrases, None)
            if found is None:
                stack.pop()
                continue
            end, entries = found
            given = [e.data for e in entries if e.kind == "given"]
            frequent = any(e.kind == "name_prefix" for e in entries) or any(g.frequent for g in given)
            if inside and not frequent and not (after_frequent and given and (
                    not any(g.common_word for g in given) or self._joined_name_token(end))):
                continue
            part = min((_FREQUENT if g.frequent else _PLAIN) if not g.common_word else _COMMON_WORD
                       for g in given) if given else _COMMON_WORD
            now = max(strength, part)
            now_given = has_given or bool(given)
            last = view.token_ending.get(end)
            if last is not None and now_given and view.is_word(last):
                best = chains.get(last + 1)
                if best is None or count + 1 > best[0]:
                    chains[last + 1] = (count + 1, now)
            if last is None and not frequent:
                continue
            if count + 1 < _MAX_PARTS:
                stack.append((view.parts(end, _NAME_PARTS), count + 1, now, now_given, last is None, frequent))
        return [(end, count, strength) for end, (count, strength) in sorted(chains.items(), reverse=True)]

    def _joined_name_token(self, end: int) -> bool:
        """A frequent name and a name that is also an ordinary word, the two making up one token the
        dictionary does not know (محمد|همایون): the token is a name, not a name and a word."""
        last = self.view.token_ending.get(end)
        return last is not None and not words.in_dictionary(self.view.key(last))

    def _honorific_before(self, index: int) -> bool:
        return self._honorific_start(index) is not None

    def _honorific_start(self, index: int) -> int | None:
        """The first token of an honorific ending right before token ``index`` (at most four tokens long)."""
        return self.honorific_ends.get(index)

    def _named_facility(self, index: int) -> bool:
        """A name after a facility word, honorific between or not, the facility's kind up to two words
        long (اردوگاه شهید بهشتی, خیابان مطهری, دانشگاه علوم پزشکی شهید بهشتی)."""
        start = self.honorific_ends.get(index)
        first = index if start is None else start
        if self.facilities.isdisjoint(range(max(0, first - 3), first)):
            return False
        for before in range(first - 1, max(-1, first - 4), -1):
            key = self.view.key(before)
            if not self.view.is_word(before) or not self.view.adjacent(before, first) or words.is_stop(key):
                return False
            if key in lexicons.context("facility"):
                return True
        return False

    @staticmethod
    def _honorific(match: Match) -> bool:
        """An honorific match, not a one-word honorific read across two words (سر کار ≠ سرکار)."""
        return any(match.end - match.start <= len(h.canonical.split()) for h in match.of("honorific"))

    def _surname(self, index: int, strength: int, lenient: bool, start: int | None = None) -> int | None:
        """The end of a surname starting at token ``index`` after a chain of given names from ``start``,
        or None (see rule 1)."""
        kind = self._surname_kind(index)
        if kind is None and start is not None and strength > _COMMON_WORD:
            kind = self._classify(index, full_name=True)
        if kind is None and strength == _FREQUENT and start is not None and words.is_adjective(self.view.key(index)) \
                and self._adjective_surname(start, index):
            return index + 1  # سید حسین اسلامی | در گفت‌وگو: an adjective as a surname between boundaries
        in_dictionary = words.in_dictionary(self.view.key(index))
        frequency = words.frequency(self.view.key(index))
        rare = strength == _FREQUENT and (frequency < _RARE_WORD or frequency < _COMMON_WORD_FREQUENCY
                                          and self._name_position(index - 1 if start is None else start, index + 1,
                                                                   both=False))
        titled = strength > _COMMON_WORD and self._title_follows(index + 1)
        if kind is None or kind == "word" and not (lenient and frequency < _COMMON_WORD_FREQUENCY or rare or titled) \
                or kind == "compound" and strength < _PLAIN:
            return None
        if in_dictionary and self._verb_follows(index):
            return None  # the nominal part of a compound verb: … منتشر می‌کند
        if kind == "yeh" and in_dictionary and strength < _FREQUENT and not lenient:
            return None
        return self._surname_end(index)

    def _adjective_surname(self, start: int, index: int) -> bool:
        """An adjective at token ``index`` after the given names from ``start``, where a surname may stand:
        on a word token, a boundary before the name and a person context after it."""
        view = self.view
        return view.is_word(index) and view.adjacent(index - 1, index) and index not in self.blocked \
            and self._name_position(start, index + 1, both=True)

    def _verb_follows(self, index: int) -> bool:
        """A verb follows token ``index`` that may take it as its nominal part (… منتشر می‌کند), not a
        verb of saying (رضا تبریزی گفت) or a surname ending that is also a verb form (مؤذن زاده)."""
        following = index + 1
        key = self.view.key(following)
        return self.view.adjacent(index, following) and words.verb_after_noun(key) and not words.is_detached_suffix(key)

    def _title_follows(self, index: int) -> bool:
        """A title starts at token ``index`` (or after a «،» there): محمدباقر قالیباف رئیس مجلس."""
        if self.view.key(index) == "،":
            index += 1
        return index in self.title_starts

    def _surname_end(self, index: int) -> int:
        """A surname at token ``index`` with a detached ending or a second surname word (هاشمی رفسنجانی)."""
        end = index + 1
        if self.view.adjacent(index, end) and end not in self.blocked:
            if words.is_detached_suffix(self.view.key(end)):
                return end + 1
            second = self._surname_kind(end)
            if self._strong_surname(end) and (second == "unknown" or words.is_place_adjective(self.view.key(end))) \
                    and not (self.view.adjacent(end, end + 1) and words.is_verb(self.view.key(end + 1))):
                return end + 1
        return end

    def _surname_kind(self, index: int) -> str | None:
        if index not in self.kinds:
            self.kinds[index] = self._classify(index)
        return self.kinds[index]

    def _classify(self, index: int, full_name: bool = False) -> str | None:
        """What token ``index`` is as a surname: :func:`~persianews.entities.words.surname_class` of its
        word, or None where no surname stands (inside a title, an organisation name or an honorific, after
        a line break, on a role/organisation/cue word or an unambiguous place). A place + ه‌ای (ساوه‌ای) is a
        surname only after a given name (``full_name``): alone it is a demonym."""
        view = self.view
        if not 0 <= index < len(view.keys) or view.kinds_of[index] != "word" \
                or index in self.blocked or index in self.honorific_inside \
                or not view.kinds_at[index].isdisjoint(_NOT_SURNAME_KINDS):
            return None
        kind = words.surname_class(view.key(index)) or words.heh_yeh_surname(view.word(index), full_name)
        if kind is None or view.word(index).endswith(_PLURAL_ENDINGS):
            return None
        place = view.find(index, "place")
        if place is not None and not all(row.ambiguous for row in place.of("place")):
            return None
        return kind

    def _name_position(self, start: int, end: int, both: bool) -> bool:
        """A boundary before ``[start, end)`` and/or a person context after it (a cue, a role, «،»)."""
        view = self.view
        before = start == 0 or start in self.sentence_starts or view.tokens[start - 1].kind in ("punct", "emoji") \
            or not view.adjacent(start - 1, start) or self._honorific_before(start)
        after = end >= len(view) or not view.adjacent(end - 1, end) or view.key(end) in _AFTER_NAME \
            or any(view.find(end, kind) for kind in ("person_context", "cue", "head"))
        return before and after if both else before or after

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
        for close in range(1, len(view)):
            if view.word(close) != "»" or not self._quoted_context(close + 1):
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
        if index >= len(view) or not view.is_word(index) and view.tokens[index].kind != "number":
            return False
        kinds = view.kinds_at[index]
        return "head" in kinds or view.key(index) in _KIN_WORDS \
            or view.tokens[index].kind == "number" and view.key(index + 1) == "ساله"

    def _figures(self, taken: set[int]) -> list[Candidate]:
        """Well-known figures (``public_figures.tsv``) written bare: a full name, or a surname that is no
        common word or place (ترامپ, نتانیاهو); an ambiguous one (پوتین, کامرون, روحانی) needs a context:
        an honorific or a title beside it, a reporting verb or a colon after it. Not in a facility's name
        (خیابان مطهری) or inside a title or an organisation."""
        view = self.view
        found = []
        for index, kinds in enumerate(view.kinds_at):
            if "figure" not in kinds or index in taken:
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

    # -- rules 2 to 5 -----------------------------------------------------------
    def _single(self, index: int, rule: str) -> Candidate:
        """A surname at token ``index``, with the given names right before it (عرفان | خردمندکیا: a given name
        that is also a word, which rule 1 left alone)."""
        end = self._surname_end(index)
        start = index
        while start > 0 and "given" in self.view.kinds_at[start - 1] and "honorific" not in self.view.kinds_at[start - 1] \
                and self.view.adjacent(start - 1, start) and start - 1 not in self.blocked and index - start < _MAX_PARTS:
            start -= 1
        parts = ((Part("given", start, index),) if start < index else ()) + (Part("surname", index, end),)
        return Candidate("PERSON", start, end, rule, parts=parts)

    def _strong_surname(self, index: int) -> bool:
        """A surname-shaped word the dictionary does not list (غفوری) or a given name with a surname
        ending (کاظم‌زاده), not a given name itself."""
        key = self.view.key(index)
        suffix = words.surname_suffix(key)
        if self._surname_kind(index) not in ("unknown", "yeh") or suffix is None or words.is_given_name(key):
            return False
        return not words.in_dictionary(key) or words.is_given_name(words.plain(key)[: -len(suffix)])

    def _marked_surname(self, index: int) -> bool:
        """A strong surname with an ending longer than «ی» (دلیرنیا, کاظم‌زاده, علیپور)."""
        return self._strong_surname(index) and words.surname_suffix(self.view.key(index)) != "ی"

    def _stem_of_ending(self, index: int) -> bool:
        """A given name right before a detached surname ending (عیسی | زاده): a surname's stem."""
        view = self.view
        return view.is_word(index) and index not in self.blocked and words.is_given_name(view.key(index)) \
            and view.adjacent(index, index + 1) and words.is_detached_suffix(view.key(index + 1))

    def _known_surname(self, index: int, surnames: set[str]) -> Candidate | None:
        """A surname of a full name of the document, alone; one that is also a dictionary word (نیکزاد,
        عزیز) stands between a boundary and a person context (نیکزاد تصریح کرد)."""
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
        figure = any(f.kind == "surname" for m in view.matches[index] for f in m.of("figure"))
        if not self._name_position(index, index + 1, both=kind == "word" and not figure):
            return None
        for surname in surnames:
            end = index
            key = ""
            while end < len(self.view) and len(key) < len(surname):
                key += self.view.keys[end]
                end += 1
            if key == surname and self.view.adjacent(index, end - 1):
                return Candidate("PERSON", index, end, "person-known-surname",
                                 parts=(Part("surname", index, end),))
        return None

    def _after_honorific(self, index: int) -> Candidate | None:
        key = self.view.key(index)
        two_words = self._word_and_surname(index) if self._honorific_before(index) else None
        if two_words is not None:  # امیر | قلعه نویی
            return Candidate("PERSON", index, two_words, "person-after-honorific",
                             parts=(Part("surname", index, two_words),))
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
        the speaker of a headline-style quote («تارتار: برای برد آمده بودیم»)."""
        view = self.view
        kind = self._surname_kind(index)
        if kind not in ("unknown", "word") or kind == "word" and words.frequency(view.key(index)) >= _RARE_WORD \
                or words.is_given_name(view.key(index)) \
                or view.key(index + 1) != ":" or not view.adjacent(index, index + 1) \
                or not _ARABIC_LETTER.match(view.word(index)):
            return None
        line_start = index
        while line_start > 0 and view.adjacent(line_start - 1, line_start) \
                and view.kinds_of[line_start - 1] in ("emoji", "punct"):
            line_start -= 1
        if line_start and view.adjacent(line_start - 1, line_start) or view.key(index) in self._outlets():
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
        a boundary or a list's «و»/«همچنین» (، مفتح مدیرعامل شرکت …، و همچنین علی‌اکبریان مدیرعامل …)."""
        key = self.view.key(index)
        kind = self._surname_kind(index)
        if kind not in ("unknown", "word", "compound") or words.is_given_name(key) \
                or kind == "word" and words.frequency(key) >= _BESIDE_TITLE_WORD:
            return None
        if not (self._name_position(index, index + 1, both=True)
                or kind == "unknown" and words.plain(self.view.key(index - 1)) in _LIST_WORDS
                or kind in ("compound", "unknown") and words.surname_suffix(key) not in (None, "ی")):
            return None
        if index + 1 in self.title_starts and self.view.adjacent(index, index + 1):
            return self._single(index, "person-beside-title")
        return None
