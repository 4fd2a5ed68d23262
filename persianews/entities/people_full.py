"""Rule 1 of :mod:`persianews.entities.people`: a chain of given names, then a surname."""

from __future__ import annotations

import functools
from itertools import compress

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.people_tokens import _MAX_PARTS, _NAME_PARTS, PeopleTokens
from persianews.entities.trie import NO_KINDS, Entry
from persianews.text.bounded_cache import Memo

_COMMON_WORD, _PLAIN, _FREQUENT = 0, 1, 2
#: A dictionary word rarer than this may be the surname after a frequent given name (عباس نیک‌فرجام).
_RARE_WORD = 100_000
#: … or rarer than this with a boundary before the name or a person context after it (، مهدی بازرگان،).
COMMON_WORD_FREQUENCY = 600_000


class FullNames(PeopleTokens):
    """Full names: given names (and name prefixes) with a surname."""

    def _full_names(self) -> list[Candidate]:
        found = []
        view = self.view
        prefix_kinds, kinds_at = view.prefix_kinds, view.kinds_at
        # the tokens where a name part starts (one C-level pass: the test is memoised per set of kinds)
        starts = [index for index in compress(range(len(view)), map(_HAS_NAME_PART.__getitem__, prefix_kinds))
                  if ("honorific" not in kinds_at[index] or "name_prefix" in kinds_at[index]
                      or self._compound_given(index))
                  and index not in self.blocked and self._may_lead_chain(index)]
        following = 0  # the first token after the last name found
        for index in starts:
            person = self._full_name(index) if index >= following else None
            if person is not None:
                found.append(person)
                following = person.end
        return found

    def _may_lead_chain(self, index: int) -> bool:
        """Whether a chain of given names may start at token ``index`` (see :func:`_chain_run_on`)."""
        view = self.view
        run_on = _CHAIN_RUN_ON[view.keys[index]]
        if run_on is None:
            return True
        after = view.starts[index] + len(view.keys[index])
        char = view.compact[after:after + 1]
        return char != "" and char in run_on

    def _compound_given(self, index: int) -> bool:
        """Whether the honorific at token ``index`` is a given name's first part: a given name too, it and the
        given name of the next word on the line, written apart, make up a given name the lexicon writes joined
        (امیر حسین → امیرحسین; not امیر سرتیپ, امیر | قلعه نویی)."""
        view = self.view
        following = index + 1
        return "given" in view.kinds_at[index] and view.is_word(following) and view.adjacent(index, following) \
            and "given" in view.kinds_at[following] and _JOINED_GIVEN[view.keys[index] + view.keys[following]]

    def _full_name(self, index: int) -> Candidate | None:
        if self._named_facility(index):
            return None
        honorific = self._honorific_before(index)
        if self._common_word_name(index) and not self._name_position(index, index + 1, both=False) \
                and not self._compound_given(index):
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
        if "given" not in self.view.kinds_at[index]:
            return False  # no given name starts here (no match is built)
        # the one match that may end right after the token is the phrase spelled as its key (tested per key)
        return self.view.matches.key_phrase_end(index) == index + 1 and _COMMON_WORD_GIVEN[self.view.keys[index]]

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
        (محمد|همایون); after a name that is no ordinary word, a frequent name closing a token the
        dictionary does not know (حیدر|علی). The walk is depth-first, parts in order.
        """
        view = self.view
        chains: dict[int, tuple[int, int]] = {}
        compact, width = view.compact, _name_window()
        position = view.starts[index]
        # (phrases from a position, the position, parts so far, strength, a given name seen, inside a token,
        # last part frequent)
        stack = [(iter(_NAME_PHRASES[compact[position:position + width]]), position, 0, _COMMON_WORD, False, False,
                  False)]
        while stack:
            phrases, position, count, strength, has_given, inside, after_frequent = stack[-1]
            found = next(phrases, None)
            if found is None:
                stack.pop()
                continue
            end, frequent, part, given, no_word = found
            end += position
            if inside and not frequent and not (after_frequent and given and (
                    no_word or self._joined_name_token(end))):
                continue
            if inside and not after_frequent and not (frequent and self._joined_name_token(end)):
                continue  # حیدر|علی: after a plain name, only a frequent one closing an unknown token
            now = max(strength, part)
            now_given = has_given or given
            last = view.token_ending_at(end)
            if last is not None and now_given and view.is_word(last):
                best = chains.get(last + 1)
                if best is None or count + 1 > best[0]:
                    chains[last + 1] = (count + 1, now)
            if last is None and not frequent and not no_word:
                continue
            if count + 1 < _MAX_PARTS:
                stack.append((iter(_NAME_PHRASES[compact[end:end + width]]), end, count + 1, now, now_given,
                              last is None, frequent))
        return [(end, count, strength) for end, (count, strength) in sorted(chains.items(), reverse=True)]

    def _joined_name_token(self, end: int) -> bool:
        """A frequent name and a name that is also an ordinary word, the two making up one token the
        dictionary does not know (محمد|همایون): the token is a name, not a name and a word."""
        last = self.view.token_ending_at(end)
        return last is not None and not words.in_dictionary(self.view.key(last))

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
        rare = strength == _FREQUENT and (frequency < _RARE_WORD or frequency < COMMON_WORD_FREQUENCY
                                          and self._name_position(index - 1 if start is None else start, index + 1,
                                                                   both=False))
        titled = strength > _COMMON_WORD and self._title_follows(index + 1)
        if kind is None or kind == "word" and not (lenient and frequency < COMMON_WORD_FREQUENCY or rare or titled) \
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



def _chain_run_on(key: str) -> str | None:
    """Where a chain of :meth:`FullNames._walk_chains` may start at a token keyed ``key``: None when its
    walk, run over the key alone under the same rules for parts joined inside a token, reaches the key's
    end; else the characters that, right after the key, let a part run on past it (none: the walk from
    such a token finds no chain, as from most tokens that start with a name: اسلامی, اشاره), as one string
    (an atom: the memo's values give the garbage collector nothing to visit, where a set per word type did).
    Quadratic in the key's length, once per key."""
    trie = lexicons.trie()
    joined_here = not words.in_dictionary(key)  # _joined_name_token at the key's end
    following: set[str] = set()
    # (position in the key, parts so far, a given name seen, last part ended inside the key, it was frequent)
    stack = [(0, 0, False, False, False)]
    while stack:
        position, count, has_given, inside, after_frequent = stack.pop()
        if key[position:] in _name_part_prefixes(frequent_only=inside and not after_frequent):
            following |= trie.followers.get(key[position:], NO_KINDS)
        for end, frequent, _strength, given, no_word in _NAME_PHRASES[key[position:]]:
            end += position
            joined = end < len(key) or joined_here
            if inside and not frequent and not (after_frequent and given and (no_word or joined)):
                continue
            if inside and not after_frequent and not (frequent and joined):
                continue
            if end == len(key):
                if has_given or given or count + 1 < _MAX_PARTS:
                    return None
                continue
            if not frequent and not no_word:
                continue
            if count + 1 < _MAX_PARTS:
                stack.append((end, count + 1, has_given or given, True, frequent))
    return "".join(sorted(following))


_CHAIN_RUN_ON = Memo(_chain_run_on)


@functools.cache
def _name_window() -> int:
    """The characters of ``compact`` that decide the name parts starting at a position: one more than the
    longest key of a name part (the walk stops at the first prefix of none)."""
    return max(map(len, lexicons.trie().table_of(_NAME_PARTS)), default=0) + 1


def _name_phrases(window: str) -> tuple[tuple[int, bool, int, bool, bool], ...]:
    """The name parts (given names, name prefixes) starting at a position of ``compact`` whose next
    :func:`_name_window` characters are ``window`` (or at a position of a key, ``window`` its rest), shortest
    first, as :meth:`~persianews.entities.matcher.TokenView.parts` walks them: their end in the window and what
    their entries give a chain (:func:`_name_part`, kept by phrase). They are those of the window's longest
    name part (:func:`_name_phrases_to`), shared by every window that starts with it: a new window (a position
    of new text) costs one walk."""
    ends = lexicons.trie().ends(window, _NAME_PARTS)
    return _NAME_PHRASES_TO[window[:ends[-1]]] if ends else ()


def _name_phrases_to(longest: str) -> tuple[tuple[int, bool, int, bool, bool], ...]:
    """:func:`_name_phrases` of a window whose longest name part is ``longest`` (the name parts ``longest``
    starts with, itself the last)."""
    return tuple((end, *_NAME_PART[longest[:end]]) for end in lexicons.trie().ends(longest, _NAME_PARTS))


_NAME_PHRASES_TO = Memo(_name_phrases_to)


def _name_part(entries: tuple[Entry, ...]) -> tuple[bool, int, bool, bool]:
    """What a name part's lexicon entries give a chain of given names: whether the part is frequent (a name
    prefix or a frequent given name), its strength (see :meth:`FullNames._walk_chains`; that of an ordinary
    word without a given name), whether it holds a given name, and whether it holds one and none of its
    given names is also an ordinary word."""
    given = [e.data for e in entries if e.kind == "given"]
    frequent = any(e.kind == "name_prefix" for e in entries) or any(g.frequent for g in given)
    strength = min((_FREQUENT if g.frequent else _PLAIN) if not g.common_word else _COMMON_WORD
                   for g in given) if given else _COMMON_WORD
    return frequent, strength, bool(given), bool(given) and not any(g.common_word for g in given)


_NAME_PHRASES = Memo(_name_phrases)


def _name_part_of(phrase: str) -> tuple[bool, int, bool, bool]:
    """:func:`_name_part` of the name part spelled ``phrase`` (a key of the name parts' table)."""
    return _name_part(lexicons.trie().table_of(_NAME_PARTS)[phrase])


_NAME_PART = Memo(_name_part_of)


def _common_words_of_given(key: str) -> list[bool]:
    """Whether each given name of the phrase spelled as ``key`` is also an ordinary word (none: no given name)."""
    return [given.common_word for given in lexicons.given_names_of(key)]


def common_word_given(key: str) -> bool:
    """Whether the phrase spelled as ``key`` is a given name, and each of its given names also an ordinary
    word (همت, اندیشه)."""
    common = _common_words_of_given(key)
    return bool(common) and all(common)


_COMMON_WORD_GIVEN = Memo(common_word_given)


def _joined_given(key: str) -> bool:
    """Whether the phrase spelled as ``key`` is a given name that is no ordinary word (امیرحسین)."""
    common = _common_words_of_given(key)
    return bool(common) and not any(common)


_JOINED_GIVEN = Memo(_joined_given)


def _has_name_part(kinds: frozenset[str]) -> bool:
    """Whether a set of phrase kinds holds a name part (a given name, a name prefix)."""
    return not _NAME_PARTS.isdisjoint(kinds)


_HAS_NAME_PART = Memo(_has_name_part)


@functools.cache
def _name_part_prefixes(frequent_only: bool) -> frozenset[str]:
    """The proper prefixes of the keys of name prefixes and given names (only the frequent ones), read off the
    name parts' table (:data:`_NAME_PARTS`: their entries alone; the prefixes of none are passed over)."""
    def wanted(entry: Entry) -> bool:
        return entry.kind == "name_prefix" or entry.kind == "given" and (entry.data.frequent or not frequent_only)

    return frozenset(phrase[:end] for phrase, entries in lexicons.trie().table_of(_NAME_PARTS).items()
                     if entries and any(wanted(e) for e in entries) for end in range(1, len(phrase)))
