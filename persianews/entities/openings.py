"""What stands before a sentence's first person or title: whether that one is the sentence's subject.

Read by the linker's succession rule (:mod:`persianews.entities.linker`): an opening with no reporting cue
(در این جلسه، …) leaves the first person or title the subject; «X Y، مدیر …» is a name no lexicon knows in
apposition with the title; honorifics before a name are no opening. Each test is linear in its text.
"""

from __future__ import annotations

from itertools import accumulate

import regex

from persianews.entities import lexicons
from persianews.entities.keys import fold, token_keys
from persianews.entities.words import is_stop, is_verb
from persianews.text.segment import token_lists, token_offsets

_OPENING_CLOSERS = ("،", "؛", "-", ":", ",")
_MAX_UNKNOWN_NAME_WORDS = 3
#: A source phrase closing what precedes a name (به گفته | علی کریمی، …): the sentence reports what the name
#: says, the name its subject.
_SOURCE = regex.compile(r"(?:^|\s)به[\s\u200c]*گفته(?:\u200cی|ٔ|ی)?$")
#: Words that open an adverbial phrase (در دیدار با …, پس از …, به دعوت …): keys.
_PHRASE_OPENERS = frozenset(fold(word) for word in (
    "در", "به", "با", "از", "پس", "پیش", "بعد", "قبل", "طی", "ضمن", "برای", "بنابر", "طبق", "بر", "هنگام", "حین"))
_THAT = fold("که")
#: What opens a new clause within a sentence: a colon or a «؛».
_CLAUSE_BREAK = regex.compile(r"[:؛]")
#: The lexicon kind of the reporting cues (وی افزود).
_CUE_KIND = frozenset({"cue"})


def has_cue(text: str) -> bool:
    """Whether ``text`` holds a reporting cue (وی افزود: …): what follows its colon is a quote. The walk from each
    token reads the trie of the cues alone (:meth:`~persianews.entities.trie.Trie.table_of`), which stops where no
    cue goes on."""
    _starts, _ends, kinds, pieces = token_lists(text)
    keys = token_keys(pieces, kinds)
    joined = "".join(keys)
    trie = lexicons.trie()
    return any(True for start in accumulate(map(len, keys[:-1]), initial=0)
               for _found in trie.walk(joined, start, _CUE_KIND))


def opening(before: str) -> bool:
    """Whether ``before`` (what precedes a sentence's first person or title) leaves it the subject: nothing
    but bullets, or an opening clause closed by «،», «؛», «-» or «:» with no reporting cue."""
    return not any(map(str.isalpha, before)) or before.endswith(_OPENING_CLOSERS) and not has_cue(before)


def opening_phrase(before: str) -> bool:
    """Whether ``before`` (what precedes a title in its sentence) is an adverbial phrase the title closes: its
    first word, or the first after its last «:» or «؛», opens one (در دیدار با | وزیر خارجه، X گفت; … دفتر
    رئیس‌جمهور: با حکم | رئیس‌جمهور، X …) and no verb or «که» follows in it, or a source phrase
    ends it (… که به گفته | مدیرکل …، X); a «،» after the title then ends the phrase, and the name after it is
    the subject of the clause, no apposition."""
    if _SOURCE.search(before):
        return True
    clause = _CLAUSE_BREAK.split(before)[-1]  # … دفتر رئیس‌جمهور: | با حکم رئیس‌جمهور، X …
    _starts, _ends, kinds, pieces = token_lists(clause)
    found = [fold(piece) for piece, kind in zip(pieces, kinds) if kind == "word"]
    return bool(found) and found[0] in _PHRASE_OPENERS and not any(key == _THAT or is_verb(key) for key in found)


def without_source(before: str) -> str:
    """``before`` less the source phrase that ends it (به گفته | X، …), or ``before``."""
    source = _SOURCE.search(before)
    return before[:source.start()] if source else before


def unknown_name(before: str) -> bool:
    """Whether ``before`` (what precedes a sentence's first title) is one to three content words and a «،»
    (ناتالی کین، | مدیر …): a name no lexicon knows, in apposition with the title."""
    if not before.endswith(("،", ",")):
        return False
    _starts, _ends, kinds, pieces = token_lists(before[:-1])
    found = [key for key, kind in zip(token_keys(pieces, kinds), kinds) if kind == "word"]
    return 0 < len(found) <= _MAX_UNKNOWN_NAME_WORDS and not any(is_stop(key) or is_verb(key) for key in found)


def without_honorifics(text: str) -> str:
    """``text`` less the honorifics that end it (… از گرگان، حجت‌الاسلام | سیدروح‌الله سلیمانی‌فر)."""
    chunk = text.rsplit(None, 1)[-1] if text.strip() else ""
    starts, ends, _kinds = token_offsets(chunk)  # the text's last token (no token crosses white space)
    if not starts or fold(chunk[starts[-1]:ends[-1]]) not in lexicons.honorific_last_words():
        return text
    starts, ends, _kinds = token_offsets(text)
    honorifics = lexicons.honorific_keys()
    count = len(starts)
    while count:
        for size in range(min(4, count), 0, -1):
            if "".join(fold(text[starts[i]:ends[i]]) for i in range(count - size, count)) in honorifics:
                count -= size
                break
        else:
            break
    return text[:starts[count]].strip() if count < len(starts) else text
