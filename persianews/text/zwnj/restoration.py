"""Half-space restoration over a text: the words it writes, the pairs that join, the edits."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import accumulate

from persianews.text.zwnj.joints import (
    APART, CHANGED, INDEFINITE_READINGS, JOINABLE_ROLES, NEAR, PARTICIPLE_HEAD, ROLE_BITS, Analyser,
    left_code, right_code, right_codes,
)
from persianews.text.zwnj.lexicon import (
    EVIDENCE_KINDS, HEH_YEH, KEPT_KINDS, LEXICON_COMPOUND, ZWNJ, Lexicon,
)

Edit = tuple[int, int, str]

_FLAGGED = {flag: re.compile(f"[{right_codes(flag)}]") for flag in (PARTICIPLE_HEAD, CHANGED)}
_LEFT_ALONE = right_code(0, 0) + left_code(0)  # the codes of a word inside a URL: it neither changes nor joins
_DOMAIN_PATH = re.compile(r"\.[a-z]{2,}/", re.IGNORECASE)
_ANY_CASE_WWW = re.compile(r"[wW][wW][wW]\.")
_PROTECTED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mails
    rf"|[@#][\w{ZWNJ}]+"  # handles and hashtags
    r"|\S+\.[a-z]{2,}/\S*",  # bare domains with a path
    re.IGNORECASE,
)

# Words after which an ambiguous «…ههای» reads «…هه‌ای» (هیچ برهه‌ای), not «…ه‌های».
INDEFINITE_DETERMINERS = frozenset("یک هیچ چنین چنان چه".split())


_ANALYSER: Analyser | None = None


def _analyser() -> Analyser:
    global _ANALYSER
    if _ANALYSER is None:
        _ANALYSER = Analyser(Lexicon())
    return _ANALYSER


def known_word(word: str) -> bool:
    """Whether ``word`` (written without half-spaces) is a word of the lexicon."""
    return word in _analyser().lexicon.scores


def analysable(word: str) -> bool:
    """Whether ``word`` (written without half-spaces) has an analysis: a word of the lexicon, a verb form,
    or a stem with affixes or a compound of known parts."""
    return _analyser().best(word) is not None


def half_space_edits(text: str) -> list[Edit]:
    """Edits (start, end, replacement) on `text` that restore half-spaces; sorted by start, non-overlapping.

    A text that shows how it writes half-spaces, with ZWNJ or with a space before a suffix or
    after a prefix (می کند، کتاب ها), more often than it writes such an affix joined (میکند،
    کتابها), writes its compounds as it means them: a compound written joined there (همزمان)
    stays joined. A text that has lost its half-spaces has its joined compounds parted too.

    Linear in the length of the text: the words are looked at through their codes (see
    ``joints.CODES``), and only the few whose restoration may depend on their neighbours one by one."""
    if not text:
        return []
    restoration = _Restoration(_analyser(), text)
    if not restoration.words:
        return []
    restoration.join_words()
    if restoration.group_count() > 2:
        restoration.join_adjectival_participles()
    return restoration.edits()


def _may_protect(text: str) -> bool:
    """Whether words of ``text`` may lie in URLs, e-mails, handles or hashtags: a quick test that
    every text where _PROTECTED matches passes, if it has @, #, / or www. (substring tests first)."""
    if "@" in text or "#" in text:
        return True
    slash = "/" in text
    return ((slash and ("://" in text or _DOMAIN_PATH.search(text) is not None))
            or ((slash or "www." in text) and _ANY_CASE_WWW.search(text) is not None))


Group = tuple[int, int, str, dict[int, str], bool]
"""Words that become one: the first and last word (their indexes), the restored form, the kinds of its
boundaries, whether it differs from the text."""


class _Restoration:
    """The half-space restoration of one text: its words, their codes, and its groups.

    Each word of the text is a group of its own with the decision for the word, until it joins the
    words before it (می کند) or an indefinite determiner before it changes its reading: ``groups``
    holds only the groups that differ from the decisions for their words, by their last word."""

    def __init__(self, analyser: Analyser, text: str) -> None:
        self.analyser = analyser
        self.text = text
        self.pieces, codes = analyser.split_codes(text)  # gap, word, gap, word..., gap
        self.words = self.pieces[1::2]
        self.groups: dict[int, Group] = {}
        self.protected: set[int] = set()  # the words left alone (in URLs, e-mails, handles)
        self.spelled = text.count(ZWNJ)  # half-spaces the text writes as ZWNJ or as a space
        self.codes = self._protected_codes(codes) if self.words else ""

    def _protected_codes(self, codes: str) -> str:
        """The codes of the words (see ``joints.CODES``), those of the words in URLs, e-mails, handles and
        hashtags left alone."""
        if not _may_protect(self.text):
            return codes
        characters = list(codes)  # characters[3 * k]: the gap before word k; [3 * k + 1:3 * k + 3]: its code
        self._protect(characters)
        return "".join(characters)

    def _protect(self, codes: list[str]) -> None:
        """Take the words inside URLs, e-mails, handles and hashtags out of the restoration: they
        neither change nor join."""
        offsets = self.offsets
        words = len(self.words)
        for match in _PROTECTED.finditer(self.text):
            start, end = match.span()
            # the piece (a gap or a word) that holds start: that word, or the word after that gap
            word = bisect.bisect_right(offsets, start) // 2
            while word < words and offsets[2 * word] < end:
                self.protected.add(word)
                codes[3 * word:3 * word + 3] = APART, *_LEFT_ALONE
                if word + 1 < words:
                    codes[3 * word + 3] = APART
                word += 1

    @functools.cached_property
    def offsets(self) -> list[int]:
        """The end of each piece of the text: word ``k`` starts at ``offsets[2 * k]``."""
        return list(accumulate(map(len, self.pieces)))

    def _word_starts(self, words: list[int]) -> list[int]:
        """The offsets in the text of ``words`` (increasing word indexes): the lengths of the pieces
        before each summed stretch by stretch (linear in the text, and no offset of every piece unless
        :attr:`offsets` was needed already)."""
        if "offsets" in self.__dict__:
            return [self.offsets[2 * word] for word in words]
        starts = []
        position = piece = 0
        for word in words:
            position += sum(map(len, self.pieces[piece:2 * word + 1]))  # to the gap before the word
            piece = 2 * word + 1
            starts.append(position)
        return starts

    def near(self, word: int) -> bool:
        """Whether a single space separates ``word`` from the word before."""
        return self.codes[3 * word] == NEAR

    def group_ending_at(self, word: int) -> Group:
        """The group whose last word is ``word``."""
        group = self.groups.get(word)
        if group is None:
            form, kinds, _, changed = self.analyser.decide(self.words[word])
            group = (word, word, form, kinds, changed)
        return group

    def join_words(self) -> None:
        """Join each word to the words before it while they form one word (a join may allow the word
        before); read a word after an indefinite determiner as such. Only the words that the codes
        show may join, and the word after a group that differs from its decision, are looked at."""
        words, groups, codes = self.words, self.groups, self.codes
        plain_joint = self.analyser.plain_joint
        pairs = self.analyser.pairs(codes)
        indefinite = {match.start() // 3 for match in INDEFINITE_READINGS.finditer(codes)}
        last = -1  # the last word looked at
        for word in sorted(indefinite.union(pairs)) if indefinite else pairs:
            if word <= last:
                continue
            if word - 1 not in groups and word not in indefinite:  # two words as decided (see plain_joints)
                if plain_joint((words[word - 1], words[word])) is None:
                    continue
            while self._join_at(word) and word + 1 < len(words):
                word += 1  # the next word sees this group, not the decision for its last word
            last = word

    def _join_at(self, word: int) -> bool:
        """Make the group that ends at ``word``; whether it differs from the decision for the word."""
        if not self.near(word):
            return False
        analyser = self.analyser
        written = self.words[word]
        form, kinds, after_indefinite, changed = analyser.decide(written)
        previous_group = self.group_ending_at(word - 1)
        previous = previous_group[2]
        substituted = False
        if after_indefinite is not None and previous in INDEFINITE_DETERMINERS:
            form, changed, substituted = after_indefinite, after_indefinite != written, True
        first = word
        left_role = analyser.left_role(previous)
        while left_role:
            if not JOINABLE_ROLES[left_role << ROLE_BITS | analyser.right_role(form)]:
                break
            kind = analyser.pair_joint(previous, form)
            if kind is None:
                break
            if kind in EVIDENCE_KINDS:
                self.spelled += 1
            first = previous_group[0]
            self.groups.pop(previous_group[1], None)
            joined = analyser.decide(previous + ZWNJ + form)
            form, kinds, changed = joined.restored, joined.kinds, True
            if not self.near(first):
                break
            previous_group = self.group_ending_at(first - 1)
            previous = previous_group[2]
            left_role = analyser.left_role(previous)
        if first == word and not substituted:
            return False
        self.groups[word] = (first, word, form, kinds, changed)
        return True

    def group_count(self) -> int:
        """The number of groups."""
        joined = sum(last - first for first, last, _, _, _ in self.groups.values())
        return len(self.words) - len(self.protected) - joined

    def _flagged(self, flag: int) -> list[Group]:
        """The words that are groups of their own and whose codes have ``flag`` (see ``joints.CODES``),
        as groups, in order."""
        ends = sorted(self.groups)
        found = []
        for match in _FLAGGED[flag].finditer(self.codes):
            word = match.start() // 3
            position = bisect.bisect_left(ends, word)
            if position == len(ends) or self.groups[ends[position]][0] > word:  # a group of its own
                found.append(self.group_ending_at(word))
        return found

    def join_adjectival_participles(self) -> None:
        """Join a word and a participle compound head that follows it (وحشت‌زده، انجام‌شدۀ) when a noun
        or an ezafe follows: before a verb or at the end they are a verb (انجام شده است)."""
        analyser = self.analyser
        heads = analyser.lexicon.participle_heads
        starting = {group[0]: group for group in self.groups.values()}
        candidates = self._flagged(PARTICIPLE_HEAD) + [group for group in self.groups.values() if group[2] in heads]
        candidates.sort()
        for first, last, form, kinds, _ in candidates:
            if not self.near(first):
                continue
            if not form.endswith(HEH_YEH):
                following = last + 1
                if following == len(self.words) or not self.near(following):
                    continue
                next_group = starting.get(following) or self.group_ending_at(following)
                if not (next_group[2] == "را" or analyser.noun_like(next_group[2])):
                    continue
            previous = self.group_ending_at(first - 1)
            left = previous[2]
            if analyser.noun_like(left.replace(ZWNJ, "")) and not left.endswith(HEH_YEH):
                joint = len(left.replace(ZWNJ, ""))
                joined_kinds = {**previous[3], joint: LEXICON_COMPOUND}
                joined_kinds.update((joint + position, kind) for position, kind in kinds.items())
                self.groups.pop(previous[1], None)
                self.groups[last] = (previous[0], last, left + ZWNJ + form, joined_kinds, True)

    def edits(self) -> list[Edit]:
        """The edits that write the groups that differ from the text."""
        changed = self._flagged(CHANGED) + [group for group in self.groups.values() if group[4]]
        if not changed:
            return []
        changed.sort()
        rewritten = [group for group in changed if group[4]]
        starts = self._word_starts([group[0] for group in rewritten])
        edits: list[Edit] = []
        compounds: list[int] = []  # the edits that part a compound written joined
        lost = 0  # affixes the text writes joined where a half-space belongs (میکند)
        for (_, _, form, kinds, _), start in zip(rewritten, starts):
            lost += _group_edits(self.text, start, form, kinds, edits, compounds)
        if compounds and self.spelled > lost:
            parted = set(compounds)
            edits = [edit for index, edit in enumerate(edits) if index not in parted]
        return edits


def _group_edits(text: str, start: int, form: str, kinds: dict[int, str], edits: list[Edit],
                 compounds: list[int]) -> int:
    """Add the edits that turn the text from ``start`` into ``form``, its restored form whose
    boundaries are of ``kinds``; list those that part a compound written joined in ``compounds``.
    Returns how many half-spaces go after a prefix or before a suffix that the text writes joined."""
    offset = start
    position = 0  # letters of form so far
    lost = 0
    for char in form:
        written = text[offset]
        if char == written:
            offset += 1
            if char != ZWNJ:
                position += 1
        elif written == " ":  # a space inside the group: the words join
            edits.append((offset, offset + 1, ZWNJ))
            offset += 1
        else:  # a half-space the text lacks
            kind = kinds.get(position)
            if kind in KEPT_KINDS:
                compounds.append(len(edits))
            elif kind in EVIDENCE_KINDS:
                lost += 1
            edits.append((offset, offset, ZWNJ))
    return lost


def restore(text: str) -> str:
    """``text`` with its half-spaces restored."""
    pieces = []
    last = 0
    for start, end, replacement in half_space_edits(text):
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
