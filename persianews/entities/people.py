"""People: given names with surnames, and surname-only mentions in context.

Rules, in order:

1. **full name**: a chain of given names (and name prefixes such as سید), each
   part possibly joined to the next inside one token (سیدجمالالدین,
   محمدمهدی), then a surname. The surname is the next word unless it is a
   function word, a verb form, a frequent adjective or given name, a
   role/organisation/cue/honorific word, a place, a plural, or a dictionary
   word before a verb (… منتشر می‌کند). A dictionary word must look like a
   surname (ی, زاده, پور … endings), follow an honorific, stand before a title
   (محمدباقر قالیباف رئیس مجلس) or be rare after a frequent given name (عباس
   نیک‌فرجام). The less a given name proves, the
   more the context must: after names that are also ordinary words (امید,
   صفر, بهار) the person stands between boundaries (، صفر فضلی در …), and
   such a name leads a chain only after a boundary (با همت | داریوش شایگان).
   A second word joins the surname when it is a detached ending (حسن زاده) or
   another surname-shaped word unknown to the dictionary or made from a place
   (هاشمی رفسنجانی); a given name before a detached ending is the surname's
   stem (حسن | علی زاده); two given names between boundaries with no surname
   after them are a given name and a surname (، اردوان روزبه،). Honorifics
   other than name prefixes stay outside the name.
   A name in guillemets right before a title is a name too, known or not
   («فرانسوآ اولاند» رئیس‌جمهور فرانسه).
2. **known surname**: a surname of a full name of the document (or of the post
   it replies to), standing alone elsewhere after a boundary (sentence start,
   punctuation, honorific) or before a context word, a cue or a role word.
3. **after an honorific**: دکتر/سردار/آقای … + a surname-shaped word.
4. **subject**: a sentence-initial surname-shaped word unknown to the
   dictionary, followed by a context word or a reporting cue, in a sentence
   with a reporting cue or a colon (غفوری ضمن تقدیر … تصریح کرد).
5. **beside a title**: a surname-shaped word the dictionary cannot explain (no
   noun + ی: امضای, تلفنی), after a boundary and right before a title
   (، غفوری فرماندار البرز).

A dictionary word followed by a verb is never a surname (… منتشر می‌کند), and
a name after a facility word is part of the facility's name (اردوگاه شهید
بهشتی, خیابان مطهری): no PERSON there.
"""

from __future__ import annotations

from typing import Iterable

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
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
        self.kinds: dict[int, str | None] = {}
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
        found = self._full_names()
        found += [q for q in self._quoted_names() if not any(q.overlaps(p) for p in found)]
        taken = {i for p in found for i in range(p.start, p.end)}
        surnames = self.known_surnames | {self._surname_key(p) for p in found} - {""}
        # Each rule below needs one of these where it starts: a known surname's first letters, an
        # honorific before, a sentence start, a title after.
        prefixes = {surname[:end] for surname in surnames for end in range(len(surname) + 1)}
        keys, honorific_ends, sentence_starts = self.view.keys, self.honorific_ends, self.sentence_starts
        title_starts = self.title_starts
        for index in range(len(self.view)):
            if index in taken or not (keys[index] in prefixes or index in honorific_ends
                                      or index in sentence_starts or index + 1 in title_starts):
                continue
            if self._surname_kind(index) is None or self._named_facility(index):
                continue
            candidate = (self._known_surname(index, surnames) or self._after_honorific(index)
                         or self._subject(index) or self._beside_title(index))
            if candidate is not None and not any(i in taken for i in range(candidate.start, candidate.end)):
                found.append(candidate)
                taken.update(range(candidate.start, candidate.end))
        return sorted(found, key=lambda c: c.start)

    def _surname_key(self, person: Candidate) -> str:
        """The key of a person's surname, or "" when it is too short and plain to find alone (تیم)."""
        part = person.part("surname")
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
            surname_end = self._surname(end, strength, lenient=honorific, start=index)
            if surname_end is None:
                continue
            kind = self._surname_kind(end)
            if strength == _COMMON_WORD and not self._name_position(index, surname_end, both=kind != "unknown"):
                continue
            if strength == _PLAIN and kind == "yeh" and not honorific \
                    and not self._name_position(index, surname_end, both=False):
                continue
            return Candidate("PERSON", index, surname_end, "person-full-name",
                             parts=(Part("given", index, end), Part("surname", end, surname_end)))
        return None

    def _common_word_name(self, index: int) -> bool:
        """Whether token ``index`` is a given name that is also an ordinary word (همت, اندیشه)."""
        given = [g for m in self.view.matches[index] if m.end == index + 1 for g in m.of("given")]
        return bool(given) and all(g.common_word for g in given)

    def _chains(self, index: int) -> list[tuple[int, int, int]]:
        """Given-name chains from token ``index``: ``(end token, parts, strength)``, longest first.

        Strength: 2 when a part is a frequent name that is no ordinary word (علی, محمد), 1 for another
        name, 0 when every name is also an ordinary word (امید, صفر). Parts join inside a token only
        when both are name prefixes or frequent names (محمد|مهدی, سید|جمال‌الدین).
        """
        view = self.view
        chains: dict[int, tuple[int, int]] = {}

        def walk(position: int, count: int, strength: int, has_given: bool, inside: bool) -> None:
            if count == _MAX_PARTS:
                return
            for end, entries in view.parts(position, _NAME_PARTS):
                given = [e.data for e in entries if e.kind == "given"]
                frequent = any(e.kind == "name_prefix" for e in entries) or any(g.frequent for g in given)
                if inside and not frequent:
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
                walk(end, count + 1, now, now_given, last is None)

        walk(view.starts[index], 0, _COMMON_WORD, False, False)
        return [(end, count, strength) for end, (count, strength) in sorted(chains.items(), reverse=True)]

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
        in_dictionary = words.in_dictionary(self.view.key(index))
        frequency = words.frequency(self.view.key(index))
        rare = strength == _FREQUENT and (frequency < _RARE_WORD or frequency < _COMMON_WORD_FREQUENCY
                                          and self._name_position(index - 1 if start is None else start, index + 1,
                                                                   both=False))
        titled = strength > _COMMON_WORD and self._title_follows(index + 1)
        if kind is None or kind == "word" and not (lenient or rare or titled) or kind == "compound" and strength < _PLAIN:
            return None
        following = index + 1
        if in_dictionary and self._verb_follows(index):
            return None  # the nominal part of a compound verb: … منتشر می‌کند
        if kind == "yeh" and in_dictionary and strength < _FREQUENT and not lenient:
            return None
        return self._surname_end(index)

    def _verb_follows(self, index: int) -> bool:
        """A verb follows token ``index`` that may take it as its nominal part (… منتشر می‌کند), not a
        verb of saying (رضا تبریزی گفت) or a surname ending that is also a verb form (مؤذن زاده)."""
        following = index + 1
        key = self.view.key(following)
        return self.view.adjacent(index, following) and words.verb_after_noun(key) and not words.is_speech_verb(key) \
            and not words.is_detached_suffix(key)

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

    def _classify(self, index: int) -> str | None:
        """What token ``index`` is as a surname: :func:`~persianews.entities.words.surname_class` of its
        word, or None where no surname stands (inside a title, an organisation name or an honorific, after
        a line break, on a role/organisation/cue word or an unambiguous place)."""
        view = self.view
        if not 0 <= index < len(view.keys) or view.kinds_of[index] != "word" \
                or index in self.blocked or index in self.honorific_inside \
                or not view.kinds_at[index].isdisjoint(_NOT_SURNAME_KINDS):
            return None
        kind = words.surname_class(view.key(index))
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
        """«X Y» right before a title: a name the lexicons need not know («فرانسوآ اولاند» رئیس‌جمهور فرانسه)."""
        view = self.view
        found = []
        for start in self.title_starts:
            close = start - 1
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
        return found

    # -- rules 2 to 5 -----------------------------------------------------------
    def _single(self, index: int, rule: str) -> Candidate:
        end = self._surname_end(index)
        return Candidate("PERSON", index, end, rule, parts=(Part("surname", index, end),))

    def _strong_surname(self, index: int) -> bool:
        """A surname-shaped word the dictionary does not list (غفوری) or a given name with a surname
        ending (کاظم‌زاده), not a given name itself."""
        key = self.view.key(index)
        suffix = words.surname_suffix(key)
        if self._surname_kind(index) not in ("unknown", "yeh") or suffix is None or words.is_given_name(key):
            return False
        return not words.in_dictionary(key) or words.is_given_name(words.plain(key)[: -len(suffix)])

    def _known_surname(self, index: int, surnames: set[str]) -> Candidate | None:
        """A surname of a full name of the document, alone; one that is also a dictionary word (نیکزاد,
        عزیز) stands between a boundary and a person context (نیکزاد تصریح کرد)."""
        kind = self._surname_kind(index)
        if kind is None or words.plain(self.view.key(index)).startswith("ال") \
                or not self._name_position(index, index + 1, both=kind == "word"):
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
        if self._honorific_before(index) and self._surname_kind(index) in ("unknown", "yeh") \
                and not words.is_given_name(key) and not words.plain(key).startswith("ال"):
            return self._single(index, "person-after-honorific")
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

    def _beside_title(self, index: int) -> Candidate | None:
        if not self._strong_surname(index) or self._surname_kind(index) != "unknown" \
                or not self._name_position(index, index + 1, both=True):
            return None
        if index + 1 in self.title_starts and self.view.adjacent(index, index + 1):
            return self._single(index, "person-beside-title")
        return None
