"""Half-space restoration over a text: the words it writes, the pairs that join, the edits."""

from __future__ import annotations

import re

from persianews.text.zwnj.joints import JOINABLE_ROLES, ROLE_BITS, Analyser
from persianews.text.zwnj.lexicon import EVIDENCE_KINDS, HEH_YEH, KEPT_KINDS, LEXICON_COMPOUND, ZWNJ, Lexicon

Edit = tuple[int, int, str]

_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_WORD = re.compile(f"[{_LETTERS}]+(?:{ZWNJ}+[{_LETTERS}]+)*")
_MAYBE_PROTECTED = re.compile(r"[@#/]|www\.")
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


def half_space_edits(text: str) -> list[Edit]:
    """Edits (start, end, replacement) on `text` that restore half-spaces; sorted by start, non-overlapping.

    A text that shows how it writes half-spaces, with ZWNJ or with a space before a suffix or
    after a prefix (می کند، کتاب ها), more often than it writes such an affix joined (میکند،
    کتابها), writes its compounds as it means them: a compound written joined there (همزمان)
    stays joined. A text that has lost its half-spaces has its joined compounds parted too."""
    if not text:
        return []
    analyser = _analyser()
    decisions = analyser.decisions
    protected = [m.span() for m in _PROTECTED.finditer(text)] if _MAYBE_PROTECTED.search(text) else []
    protected_index = 0
    spelled = text.count(ZWNJ)  # half-spaces the text writes as ZWNJ or as a space
    left_roles, right_roles = analyser.left_roles, analyser.right_roles
    participle_heads = analyser.lexicon.participle_heads
    participles = False
    # Words that become one: start, end, restored form, kinds of its boundaries, whether changed.
    groups: list[tuple[int, int, str, dict[int, str], bool]] = []
    last_end = -2
    for match in _WORD.finditer(text):
        start, end = match.span()
        if protected:
            while protected_index < len(protected) and protected[protected_index][1] <= start:
                protected_index += 1
            if protected_index < len(protected) and protected[protected_index][0] < end:
                continue
        word = match.group()
        decision = decisions.get(word) or analyser.decide(word)
        form, kinds, after_indefinite, changed = decision
        if last_end + 1 == start and text[last_end] == " ":
            previous = groups[-1][2]
            if after_indefinite is not None and previous in INDEFINITE_DETERMINERS:
                form, changed = after_indefinite, after_indefinite != word
            left_role = left_roles.get(previous)
            if left_role is None:
                left_role = analyser.left_role(previous)
            # Join to the words before while they form one word; a join may allow the one before.
            while left_role:
                right_role = right_roles.get(form)
                if right_role is None:
                    right_role = analyser.right_role(form)
                if not JOINABLE_ROLES[left_role << ROLE_BITS | right_role]:
                    break
                kind = analyser.pair_joint(previous, form)
                if kind is None:
                    break
                if kind in EVIDENCE_KINDS:
                    spelled += 1
                start = groups.pop()[0]
                joined = analyser.decide(previous + ZWNJ + form)
                form, kinds, changed = joined.restored, joined.kinds, True
                if not (groups and groups[-1][1] + 1 == start and text[start - 1] == " "):
                    break
                previous = groups[-1][2]
                left_role = left_roles.get(previous)
                if left_role is None:
                    left_role = analyser.left_role(previous)
            if form in participle_heads:
                participles = True
        groups.append((start, end, form, kinds, changed))
        last_end = end
    if participles and len(groups) > 2:
        groups = _adjectival_participles(analyser, text, groups)
    edits: list[Edit] = []
    compounds: list[int] = []  # the edits that part a compound written joined
    lost = 0  # affixes the text writes joined where a half-space belongs (میکند)
    for start, _, form, kinds, changed in groups:
        if changed:
            lost += _group_edits(text, start, form, kinds, edits, compounds)
    if compounds and spelled > lost:
        parted = set(compounds)
        edits = [edit for index, edit in enumerate(edits) if index not in parted]
    return edits


def _adjectival_participles(analyser: Analyser, text: str, groups: list) -> list:
    """Groups with a word and a participle compound head that follows it joined (وحشت‌زده،
    انجام‌شدۀ) when a noun or an ezafe follows: before a verb or at the end they are a verb
    (انجام شده است)."""
    lexicon = analyser.lexicon
    heads = lexicon.participle_heads
    merged = [groups[0]]
    for index in range(1, len(groups)):
        start, end, form, kinds, _ = groups[index]
        previous = merged[-1]
        if form in heads and previous[1] + 1 == start and text[start - 1] == " " and (
                form.endswith(HEH_YEH) or (index + 1 < len(groups) and groups[index + 1][0] == end + 1
                                           and text[end] == " " and (groups[index + 1][2] == "را"
                                                                     or analyser.noun_like(groups[index + 1][2])))):
            left = previous[2]
            if analyser.noun_like(left.replace(ZWNJ, "")) and not left.endswith(HEH_YEH):
                joint = len(left.replace(ZWNJ, ""))
                joined_kinds = {**previous[3], joint: LEXICON_COMPOUND}
                joined_kinds.update((joint + position, kind) for position, kind in kinds.items())
                merged[-1] = (previous[0], end, left + ZWNJ + form, joined_kinds, True)
                continue
        merged.append(groups[index])
    return merged


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
