"""What a token may be in a person's name: a surname's kind, the boundaries and contexts around it.

The shared ground of the person rules of :mod:`persianews.entities.people`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import Match, TokenView
from persianews.text.bounded_cache import Memo

_NAME_PARTS = frozenset({"given", "name_prefix"})
#: «حاج»/«حاجی» written apart: inside a person's span before a given name alone, outside it before a full name
#: (models/build/ner/annotations/README.md; see :func:`past_hajj`).
HAJJ = frozenset({"حاج", "حاجی"})
_MAX_PARTS = 4
_PLURAL_ENDINGS = ("\u200cها", "\u200cهای", "\u200cهایی", "\u200cهایش")
#: Matches after a name that make it a person's: a context word, a cue, a role.
_PERSON_CONTEXT = frozenset({"person_context", "cue", "head"})
_SUPERLATIVE = "ترین"
"""The ending of a superlative adjective, no surname's stem before a detached ending (بهترین | دوست)."""
_AFTER_NAME = frozenset({"،", "(", ":", ".", "»"})
_NOT_SURNAME_KINDS = ("head", "org_head", "cue", "plural", "honorific", "place_prefix", "place_hint",
                      "person_context", "portfolio", "org")


class PeopleTokens:
    """One document's tokens seen as parts of names; ``blocked`` tokens (inside titles and organisation
    names) hold no name."""

    def __init__(self, view: TokenView, blocked: set[int], sentence_starts: dict[int, int],
                 titles: list[Candidate], known_surnames: Iterable[str] = ()):
        self.view = view
        self.blocked = blocked
        self.sentence_starts = sentence_starts
        self.known_surnames = set(known_surnames)
        self.title_starts = {t.start for t in titles if t.complete}
        self.title_ends = {t.end for t in titles}
        self.complete_title_ends = {t.end for t in titles if t.complete}
        #: The ends of the complete titles that open their line (see :meth:`_opens_line`).
        self.line_title_ends = {t.end for t in titles if t.complete and self._opens_line(t.start)}
        self.kinds: dict[int, str | None] = {}
        self.outlets: set[str] | None = None
        self.chains: dict[int, list[tuple[int, int, int]]] = {}
        self.honorific_inside: set[int] = set()
        #: The first token of an honorific ending right before a token (see :meth:`_honorific_start`).
        self.honorific_ends: dict[int, int] = {}
        for start in view.having("honorific"):
            for match in view.matches[start]:
                if self._honorific(match):
                    self.honorific_inside.update(range(start + 1, match.end))
                    if match.end - 4 <= start and match.end not in self.honorific_ends \
                            and view.adjacent(start, match.end):
                        self.honorific_ends[match.end] = start
        facility = lexicons.context("facility")
        self.facilities = set(view.tokens_of_types(facility))

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
        word = view.pieces[index]  # the index is a token's (tested above)
        kind = words.surname_class(view.keys[index]) or words.heh_yeh_surname(word, full_name)
        if kind is None or word.endswith(_PLURAL_ENDINGS):
            return None
        place = view.find(index, "place")
        if place is not None and not all(row.ambiguous for row in place.of("place")):
            return None
        return kind

    def _name_position(self, start: int, end: int, both: bool) -> bool:
        """A boundary before ``[start, end)`` and/or a person context after it (a cue, a role, «،»)."""
        if both:
            return self._boundary_before(start) and self._person_context_at(end)
        return self._boundary_before(start) or self._person_context_at(end)

    def _opens_line(self, index: int) -> bool:
        """Whether token ``index`` opens its line: only emoji and punctuation stand before it there."""
        view = self.view
        while index > 0 and view.adjacent(index - 1, index) and view.kinds_of[index - 1] in ("emoji", "punct"):
            index -= 1
        return index == 0 or not view.adjacent(index - 1, index)

    def _boundary_before(self, start: int) -> bool:
        """What may stand before a name at token ``start``: the text's, a sentence's or a line's start,
        punctuation, an honorific."""
        view = self.view
        return start == 0 or start in self.sentence_starts or view.kinds_of[start - 1] in ("punct", "emoji") \
            or not view.adjacent(start - 1, start) or self._honorific_before(start)

    def _person_context_at(self, end: int) -> bool:
        """What may follow a name at token ``end``: the text's or a line's end, a cue, a role word, «،», a
        preposition written joined (درخصوص)."""
        view = self.view
        return end >= len(view) or not view.adjacent(end - 1, end) or view.key(end) in _AFTER_NAME \
            or view.has(end, _PERSON_CONTEXT) \
            or words.is_joined_preposition(view.key(end))

    def _honorific_before(self, index: int) -> bool:
        return self._honorific_start(index) is not None

    def _honorific_start(self, index: int) -> int | None:
        """The first token of an honorific ending right before token ``index`` (at most four tokens long)."""
        return self.honorific_ends.get(index)

    @staticmethod
    def _honorific(match: Match) -> bool:
        """An honorific match, not a one-word honorific read across two words (سر کار ≠ سرکار)."""
        return any(match.end - match.start <= len(h.canonical.split()) for h in match.of("honorific"))

    def _named_facility(self, index: int) -> bool:
        """A name after a facility word, honorific between or not (see :func:`named_facility`)."""
        start = self.honorific_ends.get(index)
        first = index if start is None else start
        return not self.facilities.isdisjoint(range(max(0, first - 3), first)) and named_facility(self.view, first)

    def _given_honorific(self, index: int) -> bool:
        """Whether token ``index`` is a one-word honorific that is also a frequent given name (امیر), alone
        right before the next word: before a surname it is the person's given name (امیر جدیدی), inside the
        span; a rank of two words (امیر سرتیپ …) is no such honorific."""
        return index >= 0 and index not in self.blocked and self.honorific_ends.get(index + 1) == index \
            and _FREQUENT_GIVEN[self.view.keys[index]]

    def _title_follows(self, index: int) -> bool:
        """A title starts at token ``index`` (or after a «،» there): محمدباقر قالیباف رئیس مجلس."""
        if self.view.key(index) == "،":
            index += 1
        return index in self.title_starts

    def _surname_end(self, index: int) -> int:
        """A surname at token ``index`` with a detached ending or a second surname word (هاشمی رفسنجانی); a
        second word with «ی» that the dictionary does not know joins before a person context (مسجدی آرانی
        رئیس …), and so does a word with a detached ending (جعفری | ایمن آبادی نماینده …)."""
        end = index + 1
        if self.view.adjacent(index, end) and end not in self.blocked:
            if words.is_detached_suffix(self.view.key(end)):
                return end + 1
            stem_end = self._stem_and_ending(end)
            if stem_end is not None and self._person_context_at(stem_end) \
                    and not self.view.key(end).endswith(_SUPERLATIVE):
                return stem_end  # not a superlative: … سانچز | بهترین دوست
            second = self._surname_kind(end)
            if self._strong_surname(end) and (second == "unknown" or words.is_place_adjective(self.view.key(end))
                                              or second == "yeh" and self._person_context_at(end + 1)) \
                    and not (self.view.adjacent(end, end + 1) and words.is_verb(self.view.key(end + 1))):
                return end + 1
        return end

    def _stem_and_ending(self, index: int) -> int | None:
        """A word and a detached surname ending after a given name (محمد حاجی آبادی, عادل فردوسی پور) or a
        surname (:meth:`_surname_end`): the ending makes the word a surname's stem, whatever the word is."""
        view = self.view
        following = index + 1
        if not view.is_word(index) or index in self.blocked \
                or not view.adjacent(index - 1, index) or not view.adjacent(index, following) \
                or not words.is_detached_suffix(view.key(following)) or words.is_function_word(view.key(index)) \
                or words.is_verb(view.key(index)) or not view.kinds_at[index].isdisjoint(("head", "org_head", "cue")):
            return None
        return following + 1

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

    def _single(self, index: int, rule: str) -> Candidate:
        """A surname at token ``index``, with the given names right before it (عرفان | خردمندکیا: a given name
        that is also a word, which rule 1 left alone)."""
        end = self._surname_end(index)
        start = index
        if self._given_honorific(index - 1) and not words.is_given_name(self.view.key(index)):
            return Candidate("PERSON", index - 1, end, rule,
                             parts=(Part("given", index - 1, index), Part("surname", index, end)))
        while start > 0 and "given" in self.view.kinds_at[start - 1] and "honorific" not in self.view.kinds_at[start - 1] \
                and self.view.adjacent(start - 1, start) and start - 1 not in self.blocked and index - start < _MAX_PARTS:
            start -= 1
        parts = ((Part("given", start, index),) if start < index else ()) + (Part("surname", index, end),)
        return Candidate("PERSON", start, end, rule, parts=parts)

    def _verb_follows(self, index: int) -> bool:
        """A verb follows token ``index`` that may take it as its nominal part (… منتشر می‌کند), not a
        verb of saying (رضا تبریزی گفت) or a surname ending that is also a verb form (مؤذن زاده)."""
        following = index + 1
        key = self.view.key(following)
        return self.view.adjacent(index, following) and words.verb_after_noun(key) and not words.is_detached_suffix(key)


def named_facility(view: TokenView, first: int) -> bool:
    """Whether a name starting at token ``first`` (or at the honorific before the name) follows a facility word,
    the facility's kind up to two words long (اردوگاه شهید بهشتی, خیابان مطهری, دانشگاه علوم پزشکی شهید
    بهشتی, حرم مطهر امام رضا): the name is the facility's, no person's."""
    return facility_before(view, first) is not None


def facility_before(view: TokenView, first: int) -> int | None:
    """The facility word of :func:`named_facility`, or None."""
    for before in range(first - 1, max(-1, first - 4), -1):
        key = view.key(before)
        if not view.is_word(before) or not view.adjacent(before, first) or words.is_stop(key):
            return None
        if key in lexicons.context("facility"):
            return before
    return None


def honorific_start(view: TokenView, index: int) -> int | None:
    """The first token of an honorific of at most four tokens that ends right before token ``index``
    (امام in امام رضا), or None."""
    for start in range(max(0, index - 4), index):
        if view.adjacent(start, index) and any(
                match.end == index and PeopleTokens._honorific(match) for match in view.matches[start]):
            return start
    return None


def hajj_before(view: TokenView, start: int) -> int:
    """Where a person starting at token ``start`` starts with the «حاج»/«حاجی» written apart before it that
    :func:`past_hajj` left out: ``start - 1`` when one stands there, else ``start``."""
    if start > 0 and view.key(start - 1) in HAJJ and view.adjacent(start - 1, start):
        return start - 1
    return start


def past_hajj(view: TokenView, candidate: Candidate) -> Candidate:
    """``candidate`` started past the «حاج»/«حاجی» written apart that opens it when a given name and more name
    words follow (:data:`HAJJ`: «حاج قاسم سلیمانی» → «قاسم سلیمانی»): before a full name the word is an
    honorific, outside the name as the annotations and the dev gold write it; before a given name alone it
    stays (حاج قاسم), and so it does joined to the name (حاج‌قاسم …) or before no given name (حاجی زاده …)."""
    start = candidate.start
    if (candidate.label != "PERSON" or candidate.end - start < 3 or view.key(start) not in HAJJ
            or not view.adjacent(start, start + 1) or not words.is_given_name(view.key(start + 1))):
        return candidate
    parts = tuple(attrs.evolve(p, start=max(p.start, start + 1)) for p in candidate.parts if p.end > start + 1)
    return attrs.evolve(candidate, start=start + 1, parts=parts)


def _frequent_given(key: str) -> bool:
    """Whether the phrase spelled as ``key`` has a frequent given name among its lexicon entries."""
    return any(given.frequent for given in lexicons.given_names_of(key))


_FREQUENT_GIVEN = Memo(_frequent_given)
