"""People: given names with surnames, and surname-only mentions in context.

Rules, in order:

1. **full name**: a chain of given names (and name prefixes such as سید), each
   part possibly joined to the next inside one token (سیدجمالالدین,
   محمدمهدی), then a surname. The surname is the next word unless it is a
   function word, a verb form, a role/organisation/cue/honorific word, a place
   or a plural; a dictionary word must look like a surname (ی, زاده, پور …
   endings) unless the given names are several or follow an honorific. When
   every given name is also an ordinary word (امید, صفر, بهار) the surname must
   be a word the dictionary does not know. A second word joins the surname
   when it is a detached ending (حسن زاده) or another unknown surname-shaped
   word (هاشمی رفسنجانی). Honorifics other than name prefixes stay outside.
2. **known surname**: a surname of a full name of the document (or of the post
   it replies to), standing alone elsewhere.
3. **after an honorific**: دکتر/سردار/آقای … + a surname-shaped word.
4. **subject**: a sentence-initial surname-shaped word unknown to the
   dictionary, followed by a context word or a reporting cue (غفوری ضمن …).
5. **beside a title**: an unknown surname-shaped word right before or after a
   title (… غفوری فرماندار البرز).
"""

from __future__ import annotations

from typing import Iterable

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView

_NAME_PARTS = frozenset({"given", "name_prefix"})
_MAX_PARTS = 4
_NOT_SURNAME_KINDS = ("head", "org_head", "cue", "plural", "honorific", "place_prefix", "place_hint",
                      "person_context", "portfolio", "org")


class PeopleFinder:
    """People of one document; ``blocked`` tokens (inside titles and organisation names) hold no name."""

    def __init__(self, view: TokenView, blocked: set[int], sentence_starts: set[int],
                 titles: list[Candidate], known_surnames: Iterable[str] = ()):
        self.view = view
        self.blocked = blocked
        self.sentence_starts = sentence_starts
        self.titles = titles
        self.known_surnames = set(known_surnames)

    def people(self) -> list[Candidate]:
        found = self._full_names()
        taken = {i for p in found for i in range(p.start, p.end)}
        surnames = self.known_surnames | {"".join(self.view.keys[p.part("surname").start:p.part("surname").end])
                                          for p in found}
        for index in range(len(self.view)):
            if index in taken or index in self.blocked or not self.view.is_word(index):
                continue
            candidate = (self._known_surname(index, surnames) or self._after_honorific(index)
                         or self._subject(index) or self._beside_title(index))
            if candidate is not None and not any(i in taken for i in range(candidate.start, candidate.end)):
                found.append(candidate)
                taken.update(range(candidate.start, candidate.end))
        return sorted(found, key=lambda c: c.start)

    # -- rule 1 ---------------------------------------------------------------
    def _full_names(self) -> list[Candidate]:
        found = []
        index = 0
        while index < len(self.view):
            person = self._full_name(index) if index not in self.blocked else None
            if person is None:
                index += 1
                continue
            found.append(person)
            index = person.end
        return found

    def _full_name(self, index: int) -> Candidate | None:
        honorific = self._honorific_before(index)
        for end, count, all_common in self._chains(index):
            if any(i in self.blocked for i in range(index, end)):
                continue
            lenient = count > 1 or honorific
            surname_end = self._surname(end, strict=all_common and not honorific, lenient=lenient)
            if surname_end is not None:
                return Candidate("PERSON", index, surname_end, "person-full-name",
                                 parts=(Part("given", index, end), Part("surname", end, surname_end)))
        return None

    def _chains(self, index: int) -> list[tuple[int, int, bool]]:
        """Given-name chains from token ``index``: ``(end token, parts, every given name a common word)``."""
        view = self.view
        chains: dict[int, tuple[int, bool]] = {}

        def walk(position: int, count: int, all_common: bool, has_given: bool) -> None:
            if count == _MAX_PARTS:
                return
            for end, entries in view.parts(position, _NAME_PARTS):
                given = [e.data for e in entries if e.kind == "given"]
                common = all_common and all(g.common_word for g in given)
                now_given = has_given or bool(given)
                last = view.token_ending.get(end)
                if last is not None and now_given and view.is_word(last):
                    best = chains.get(last + 1)
                    if best is None or count + 1 > best[0]:
                        chains[last + 1] = (count + 1, common)
                walk(end, count + 1, common, now_given)

        walk(view.starts[index], 0, True, False)
        return [(end, count, common) for end, (count, common) in sorted(chains.items(), reverse=True)]

    def _honorific_before(self, index: int) -> bool:
        for start in range(max(0, index - 4), index):
            for match in self.view.matches[start]:
                if match.end == index and "honorific" in match.kinds() and self.view.adjacent(start, index):
                    return True
        return False

    def _surname(self, index: int, strict: bool, lenient: bool) -> int | None:
        """The end of a surname starting at token ``index``, or None."""
        if not self._surname_word(index, strict, lenient):
            return None
        end = index + 1
        following = self.view.key(end)
        if self.view.adjacent(index, end) and self.view.is_word(end) and end not in self.blocked:
            if words.is_detached_suffix(following):
                return end + 1
            if self._strong_surname(end) and words.surname_suffix(following) and not words.is_compound(following):
                return end + 1
        return end

    def _surname_word(self, index: int, strict: bool, lenient: bool) -> bool:
        view = self.view
        if index >= len(view) or index in self.blocked or not view.is_word(index) \
                or not view.adjacent(index - 1, index):
            return False
        key = view.key(index)
        if words.is_stop(key) or words.is_verb(key) or words.is_detached_suffix(key):
            return False
        if any(view.find(index, kind) for kind in _NOT_SURNAME_KINDS):
            return False
        place = view.find(index, "place")
        if place is not None and not all(row.ambiguous for row in place.of("place")):
            return False
        found = words.tags(key)
        if not found:
            return not (strict and words.is_compound(key))
        if strict or "PL" in found or words.is_function_word(key):
            return False
        return lenient or words.surname_suffix(key) is not None

    def _strong_surname(self, index: int) -> bool:
        """A surname-shaped word the dictionary does not know, not two words run together."""
        key = self.view.key(index)
        return (self._surname_word(index, strict=True, lenient=False) and words.surname_suffix(key) is not None
                and not words.is_given_name(key))

    # -- rules 2 to 5 -----------------------------------------------------------
    def _single(self, index: int, rule: str) -> Candidate:
        end = index + 1
        if self.view.adjacent(index, end) and words.is_detached_suffix(self.view.key(end)):
            end += 1
        return Candidate("PERSON", index, end, rule, parts=(Part("surname", index, end),))

    def _known_surname(self, index: int, surnames: set[str]) -> Candidate | None:
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
        if self._honorific_before(index) and self._surname_word(index, strict=False, lenient=False) \
                and not words.is_given_name(self.view.key(index)):
            return self._single(index, "person-after-honorific")
        return None

    def _subject(self, index: int) -> Candidate | None:
        if index not in self.sentence_starts or not self._strong_surname(index):
            return None
        following = index + 1
        if self.view.find(following, "person_context") or self.view.find(following, "cue"):
            return self._single(index, "person-subject")
        return None

    def _beside_title(self, index: int) -> Candidate | None:
        if not self._strong_surname(index):
            return None
        for title in self.titles:
            if title.complete and (title.start == index + 1 or title.end == index) \
                    and self.view.adjacent(min(index, title.start), max(index, title.start)):
                return self._single(index, "person-beside-title")
        return None
