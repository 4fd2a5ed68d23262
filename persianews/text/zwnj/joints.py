"""Whether two written words separated by a space are one word (می کند، کتاب ها، نمایش نامه)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from persianews.text.bounded_cache import Memo
from persianews.text.patterns import characters_of
from persianews.text.zwnj.lexicon import (
    ATTESTED_COMPOUND, BOUND_HEAD, DETERMINERS, EITHER, FREE_WORD, FUNCTION_WORDS, HEH_YEH, JOINED, LETTERS,
    LEXICON_COMPOUND, Lexicon, NUMBERS, PARTED, PLURAL_CLITICS, PREFIX, PREFIX_WORDS,
    PRODUCTIVE_PART_COMPOUNDS, SOFT, SOFT_WORDS, SUFFIX, WRITTEN_KINDS, ZWNJ,
)
from persianews.text.zwnj.words import NO_KINDS, PREFIX_STARTS, WordAnalyser, derivation_base
from persianews.text.zwnj.zwnj_native import compiled_analyser

# Roles of a written word in a join of two spaced words (Analyser._left_role, _right_role).
L_WORD, L_SOFT, L_PREFIX, L_DETERMINER, L_FIRST, L_LOOSE = 1, 2, 4, 8, 16, 32
R_WORD, R_AFFIX, R_SOFT, R_HEAD, R_FREE, R_VERB = 1, 2, 4, 8, 16, 32
SOFT_LEFTS = frozenset(("آن", "این"))
SOFT_RIGHTS = frozenset(("ها", "هایی"))
WORD_OR_GAP = re.compile(f"([{LETTERS}]+(?:{ZWNJ}+[{LETTERS}]+)*)")
"""A word of a text (letters, joined by half-spaces); ``WORD_OR_GAP.split`` gives gap, word, gap, ..., gap."""


class Analyser(WordAnalyser):
    """Analyses written words and pairs of spaced words against the lexicon; decisions are cached per
    written word and per pair (see :class:`WordAnalyser`)."""

    word_code: Callable[[str], str]
    """The code of a written word (see CODES): the right character then the left one of the roles of
    its restored form."""
    left_role: Callable[[str], int]
    """What a written word may be the first part of (the L_* flags): 0 for nothing."""
    right_role: Callable[[str], int]
    """What a written word may be the second part of (the R_* flags): 0 for nothing."""
    right_part: Callable[[str], tuple[bool, bool]]
    """Whether a joined word starts with a compound head, and whether it is a free word: common on
    its own and no productive compound head."""
    plain_joint: Callable[[tuple[str, str]], str | None]
    """``pair_joint`` of the decisions for two written words, by the words."""
    split_codes: Callable[[str], tuple[list[str], str]]
    """A text split into gaps and words (gap, word, gap, ..., word, gap: ``WORD_OR_GAP.split``), and the codes
    of its words (see CODES), three characters a word: its gap's (APART for the first word, then NEAR when a
    single space separates it from the word before, else APART) and its ``word_code``; "" without words."""
    pairs: Callable[[str], list[int]]
    """The words that may join the word before them, by the codes of a text (the matches of PAIRS)."""

    def __init__(self, lexicon: Lexicon, compiled: bool = True) -> None:
        super().__init__(lexicon)
        self.right_part = Memo(self._right_part).__getitem__
        #: The compiled analyser in use (None: the Python one; ``compiled`` False keeps to it).
        self.compiled = compiled_analyser(lexicon, _CODE_CONSTANTS, PREFIX_STARTS, (SOFT_LEFTS, SOFT_RIGHTS),
                                          NO_KINDS) if compiled else None
        core = self.compiled
        if core is None:
            self._joint: Callable[[tuple[str, str]], str | None] = Memo(self._pair_joint).__getitem__
            self.left_role = Memo(self._left_role).__getitem__
            self.right_role = Memo(self._right_role).__getitem__
            self.plain_joint = Memo(self._plain_joint).__getitem__
            self.split_codes = self._split_codes
            self.pairs = _pairs
        else:  # the compiled analyser caches its results itself
            self.decide = core.decide
            self._joint = core.pair_joint
            self.left_role = core.left_role
            self.right_role = core.right_role
            self.plain_joint = core.plain_joint
            self.split_codes = core.split_codes
            self.pairs = core.pairs
        self.word_code = Memo(self._word_code).__getitem__
        #: The letters of the longest word of the lexicon's scores (_may_join looks no further).
        self._longest_scored = max(map(len, lexicon.scores), default=0)

    def _split_codes(self, text: str) -> tuple[list[str], str]:
        pieces = WORD_OR_GAP.split(text)
        if len(pieces) == 1:
            return pieces, ""
        word_code = self.word_code
        return pieces, APART + "".join(word_code(piece) if index % 2 else NEAR if piece == " " else APART
                                       for index, piece in enumerate(pieces[:-1]) if index)

    def _word_code(self, piece: str) -> str:
        if self.compiled is not None:
            return self.compiled.word_code(piece)
        decision = self.decide(piece)
        form = decision.restored
        flags = ((AFTER_INDEFINITE if decision.after_indefinite is not None else 0)
                 | (PARTICIPLE_HEAD if form in self.lexicon.participle_heads else 0)
                 | (CHANGED if decision.changed else 0))
        return right_code(self.right_role(form), flags) + left_code(self.left_role(form))

    def pair_joint(self, left: str, right: str) -> str | None:
        """The kind of boundary at the space when the written words ``left`` and ``right``, separated
        by a space and of roles that may join (JOINABLE_ROLES), are one word; None when they are two."""
        return self._joint((left, right))

    def _plain_joint(self, pair: tuple[str, str]) -> str | None:
        return self._joint((self.decide(pair[0]).restored, self.decide(pair[1]).restored))

    def _left_role(self, left: str) -> int:
        if left.endswith(HEH_YEH):  # an ezafe ends the word (نامۀ دوست)
            return 0
        key = left.replace(ZWNJ, "")
        lexicon = self.lexicon
        if key in SOFT_LEFTS:
            return L_SOFT
        if key in FUNCTION_WORDS:
            return 0
        if key in PREFIX_WORDS:
            return L_PREFIX
        if key in DETERMINERS:
            return L_DETERMINER
        role = L_WORD
        if key in lexicon.compound_firsts:
            role |= L_FIRST
        if lexicon.compounds_of["L"].get(key, 0) >= PRODUCTIVE_PART_COMPOUNDS or key not in lexicon.scores:
            role |= L_LOOSE
        return role

    def _right_role(self, right: str) -> int:
        key = right.replace(ZWNJ, "").replace(HEH_YEH, "ه")
        if key in FUNCTION_WORDS:
            return 0
        role = R_WORD
        if key in self.lexicon.suffixes:
            role |= R_AFFIX
            if key in SOFT_RIGHTS:
                role |= R_SOFT
        starts_with_head, free = self.right_part(key)
        if starts_with_head:
            role |= R_HEAD
        if free:
            role |= R_FREE
        if self.verb_form(key):  # no compound head (see _may_compound)
            role |= R_VERB
        return role

    def _pair_joint(self, pair: tuple[str, str]) -> str | None:
        left, right = pair
        if left.endswith(HEH_YEH):  # an ezafe ends the word (نامۀ دوست)
            return None
        left_key, right_key = left.replace(ZWNJ, ""), right.replace(ZWNJ, "").replace(HEH_YEH, "ه")
        if SOFT_WORDS.get(left_key + right_key) == len(left_key):
            return SOFT
        if left_key in FUNCTION_WORDS or right_key in FUNCTION_WORDS:
            return None
        affix = right_key in self.lexicon.suffixes or left_key in PREFIX_WORDS
        if not affix and not (self._may_compound(left_key, right_key) and self._may_join(left_key, right_key)):
            return None
        kinds = self.decide(left + ZWNJ + right).kinds
        kind = kinds.get(len(left_key))
        if kind is not None:
            # the join does not read the right word anew (مورد کارهای is no «مورد‌کاره‌ای»)
            offset = len(left_key)
            inside = {position - offset for position in kinds if position > offset and kinds[position] in WRITTEN_KINDS}
            own = {position for position, k in self.decide(right).kinds.items() if k in WRITTEN_KINDS}
            if not inside <= own:
                return None
        if kind in (PREFIX, SUFFIX, SOFT) or (kind == JOINED and right_key in PLURAL_CLITICS):
            return kind
        if kind == BOUND_HEAD:  # the right word is the head, at most with a suffix; no number + unit
            joined = (left_key not in NUMBERS
                      and all(kinds[position] == SUFFIX for position in kinds if position > len(left_key))
                      and (not affix or self._may_compound(left_key, right_key)))
        elif kind == PARTED:  # only before a compound head (نمایش نامه), not before any word (پیش روی)
            head = (self.lexicon.compounds_of["R"].get(right_key, 0) >= PRODUCTIVE_PART_COMPOUNDS
                    or self.lexicon.scores.get(right_key, -1.0) < FREE_WORD)
            joined = head and left_key not in DETERMINERS and (not affix or self._may_compound(left_key, right_key))
        else:
            joined = kind in (LEXICON_COMPOUND, EITHER) and (not affix or self._may_compound(left_key, right_key))
        return kind if joined else None

    def _may_join(self, left_key: str, right_key: str) -> bool:
        """A quick test before the analysis of two spaced words as one: the compound needs a word of
        the lexicon that runs past the space (the compound itself, or a word that the text parts),
        or a bound compound head after it."""
        scores = self.lexicon.scores
        key = left_key + right_key
        for end in range(len(left_key) + 1, min(len(key), self._longest_scored) + 1):  # linear in right_key
            if key[:end] in scores:
                return True
        bound_heads = self.lexicon.bound_heads
        for length in self.lexicon.head_lengths.get(right_key[:2], ()):  # bound heads are heads
            if length > len(right_key):
                break
            if right_key[:length] in bound_heads:
                return True
        return False

    def _may_compound(self, left_key: str, right_key: str) -> bool:
        """Whether two spaced words may be the parts of one compound."""
        lexicon = self.lexicon
        if left_key in DETERMINERS:
            return False
        starts_with_head, free = self.right_part(right_key)
        if left_key not in lexicon.compound_firsts and not starts_with_head:
            return False
        # Two words that could each stand alone are usually written apart (اهل بیت، قابل اجرا),
        # unless the first is a productive compound part (پیش بینی).
        # A first part that is no word on its own is no word apart either (جابه جا، دهن دره).
        if (free and lexicon.compounds_of["L"].get(left_key, 0) < PRODUCTIVE_PART_COMPOUNDS
                and not (left_key not in lexicon.scores
                         and lexicon.compound_forms.get(left_key + right_key, "").startswith(left_key + ZWNJ))):
            return False
        # Even then, a compound of two free words needs a frequency of its own (not قابل اجرا).
        if (free and left_key in lexicon.scores and left_key not in PREFIX_WORDS
                and lexicon.scores.get(left_key + right_key, ATTESTED_COMPOUND) < ATTESTED_COMPOUND):
            return False
        return not self.verb_form(right_key)

    def _right_part(self, right_key: str) -> tuple[bool, bool]:
        lexicon = self.lexicon
        right_word = right_key[:-1] if right_key.endswith(("ای", "وی")) else right_key  # ezafe: هیئت امنای
        alone = lexicon.scores.get(right_word)
        if alone is None:  # a word derived from a free word is free too (بانک مرکزی), one from a verb
            base = derivation_base(right_word)  # stem is a compound head (برنامه ریزی)
            alone = -1.0 if base is None or base in lexicon.present_stems else lexicon.scores.get(base, -1.0)
        free = alone >= FREE_WORD and lexicon.compounds_of["R"].get(right_word, 0) < PRODUCTIVE_PART_COMPOUNDS
        heads = lexicon.heads
        for length in lexicon.head_lengths.get(right_key[:2], ()):
            if length > len(right_key):
                break
            if right_key[:length] in heads:
                return True, free
        return False, free


def _may_join_roles(left: int, right: int) -> bool:
    """Whether words of these roles (L_* and R_* flags) may join: a quick test that rules out most
    pairs before Analyser._pair_joint, which it never contradicts (tabulated in JOINABLE_ROLES)."""
    if not left or not right:
        return False
    if left & L_SOFT:
        return bool(right & R_SOFT)
    if left & L_PREFIX or right & R_AFFIX:
        return True
    if left & L_DETERMINER or right & R_VERB or not (left & L_FIRST or right & R_HEAD):
        return False
    return not (right & R_FREE) or bool(left & L_LOOSE)


ROLE_BITS = 6  # R_* flags fit in six bits
LEFT_ROLE_BITS = 6  # L_* flags fit in six
JOINABLE_ROLES = tuple(_may_join_roles(index >> ROLE_BITS, index & ((1 << ROLE_BITS) - 1))
                       for index in range(1 << (ROLE_BITS + LEFT_ROLE_BITS)))

# CODES: a text is scanned for the places where something may happen in the codes of its words, three
# characters a word: a gap character, NEAR when a single space separates the word from the word
# before, else APART; a right character for the word as the second part of a join (its R_* role and
# the flags below); a left character for it as the first part (its L_* role).
NEAR, APART = " ", "x"
AFTER_INDEFINITE, PARTICIPLE_HEAD, CHANGED = 1, 2, 4  # the word reads otherwise after یک/هیچ...; the
FLAG_BITS = 3  # word is a participle compound head (شده); the word is restored otherwise than written
RIGHT_CODES, LEFT_CODES = 0x100, 0x400  # the characters of the roles 0 (clear of the gap characters)


def right_code(role: int, flags: int) -> str:
    """The right character of a word of R_* ``role`` and ``flags``."""
    return chr(RIGHT_CODES + (role << FLAG_BITS | flags))


def left_code(role: int) -> str:
    """The left character of a word of L_* ``role``."""
    return chr(LEFT_CODES + role)


def right_codes(flags: int, roles: Iterable[int] = range(1 << ROLE_BITS), without: int = 0) -> str:
    """The right characters of ``roles`` that have all of ``flags`` and none of ``without``."""
    return "".join(right_code(role, combination) for role in roles for combination in range(1 << FLAG_BITS)
                   if combination & flags == flags and not combination & without)


def _pairs_pattern() -> re.Pattern[str]:
    """A pattern that matches in the codes of a text at the pairs of words that may join, ending at
    the right character of the second: NEAR and that character, after the left character of the
    first, of roles that may join, when the second word reads the same after an indefinite determiner.
    It starts with NEAR, for speed (a character class first is tried at every word)."""
    lefts_by_rights: dict[tuple[int, ...], list[int]] = {}
    for left in range(1, 1 << LEFT_ROLE_BITS):
        rights = tuple(right for right in range(1 << ROLE_BITS) if JOINABLE_ROLES[left << ROLE_BITS | right])
        if rights:
            lefts_by_rights.setdefault(rights, []).append(left)
    return re.compile(f"{NEAR}(?:" + "|".join(f"(?<=[{''.join(map(left_code, lefts))}]{NEAR})"
                                              f"[{right_codes(0, rights, without=AFTER_INDEFINITE)}]"
                                              for rights, lefts in lefts_by_rights.items()) + ")")


#: The role flags and code characters above, the roles that may join and the letters of words, by name, for
#: the compiled analyser.
_CODE_CONSTANTS = {name: value for name, value in globals().items()
                   if name.startswith(("L_", "R_")) or name in ("AFTER_INDEFINITE", "PARTICIPLE_HEAD", "CHANGED",
                                                                "FLAG_BITS", "RIGHT_CODES", "LEFT_CODES", "NEAR",
                                                                "APART", "ROLE_BITS", "LEFT_ROLE_BITS")}
_CODE_CONSTANTS.update(JOINABLE_ROLES=bytes(JOINABLE_ROLES), WORD_LETTERS=characters_of(LETTERS))
PAIRS = _pairs_pattern()


def _pairs(codes: str) -> list[int]:
    return [match.end() // 3 for match in PAIRS.finditer(codes)]


INDEFINITE_READINGS = re.compile(f"[{right_codes(AFTER_INDEFINITE)}]")
"""Matches in the codes of a text at the words that read otherwise after an indefinite determiner."""
