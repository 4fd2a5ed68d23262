"""Half-space restoration's optional compiled analysis: the module built from ``zwnj_native.c``, when it is there.

``pip install`` compiles ``zwnj_native.c`` into ``persianews.text.zwnj._zwnj_native``
where a C compiler and Python's headers are (setup.py); where they are not, the
analysis runs in pure Python (:mod:`~persianews.text.zwnj.words`,
:mod:`~persianews.text.zwnj.joints`), the reference, with the same decisions. A
binary built from another version of the source is refused
(:func:`persianews.native.compiled_module`).

The compiled analyser makes the decisions of a written word (its restored form,
its code) and of a pair of words (their joint) that the Python analysers make,
from the same lexicon, handed over once (:func:`compiled_analyser`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from persianews.native import compiled_module
from persianews.text.bounded_cache import MEMO_ENTRIES, MEMO_KEY_CHARACTERS
from persianews.text.zwnj import lexicon as words_lexicon
from persianews.text.zwnj.lexicon import Lexicon
from persianews.text.zwnj.words import Decision

#: The compiled module's dotted name.
MODULE = "persianews.text.zwnj._zwnj_native"

#: The constants of lexicon.py that the compiled analysis reads, by name.
_LEXICON_CONSTANTS = (
    "ATTESTED_WORD", "STRONG_WORD", "INDEFINITE_PENALTY", "PREFIX_BI_PENALTY", "PLURAL_PERFECT_SCORE",
    "PARTICIPLE_CLITIC_SCORE", "PREVERB_PENALTY", "ZWNJ_SUFFIX_PENALTY", "UNKNOWN_STEM_SCORE", "VERB_WORD_SCORE",
    "JOINED_SUFFIX_PENALTY", "HEAD_SCORE", "HEAD_COMPOUND_PENALTY", "HEAD_LEFT_MIN_SCORE", "FREE_COMPOUND_PENALTY",
    "FREE_COMPOUND_MIN_SCORE", "FREE_WORD", "ATTESTED_COMPOUND", "MIN_COMPOUND_PART", "LONGEST_WORD",
    "PRODUCTIVE_PART_COMPOUNDS", "PREFIX", "SUFFIX", "LEXICON_COMPOUND", "BOUND_HEAD", "FREE_COMPOUND", "PARTED",
    "SOFT", "JOINED", "EITHER", "ZWNJ", "HEH_YEH", "SILENT_HE", "VERB_PREFIXES", "VERB_PREFIX_STARTS",
    "PARTICIPLE_CLITICS", "COPULA_CLITICS",
)


def native() -> Any:
    """The compiled module, or None when it was not built or is stale (see :func:`persianews.native.compiled_module`)."""
    return compiled_module(MODULE)


def compiled_analyser(lexicon: Lexicon, codes: Mapping[str, int | str], prefix_starts: tuple[str, ...],
                      soft_words: tuple[frozenset[str], frozenset[str]], no_kinds: dict[int, str]) -> Any:
    """The compiled analyser of ``lexicon`` (None where the module is not there), whose caches are bounded
    as :class:`~persianews.text.bounded_cache.Memo`'s: ``codes`` names the role flags and code characters of
    joints.py, ``prefix_starts`` how the words with a prefix start,
    ``soft_words`` the left and right words of the soft joints, ``no_kinds`` the shared empty kinds."""
    module = native()
    if module is None:
        return None
    constants: dict[str, object] = {name: getattr(words_lexicon, name) for name in _LEXICON_CONSTANTS}
    constants.update(codes)
    constants.update(WRITTEN_KINDS="".join(sorted(words_lexicon.WRITTEN_KINDS)),
                     NON_JOINING="".join(sorted(words_lexicon.NON_JOINING)), PREFIX_STARTS=prefix_starts,
                     ZWNJ_SUFFIXES=lexicon.zwnj_suffixes, MEMO_ENTRIES=MEMO_ENTRIES,
                     MEMO_KEY_CHARACTERS=MEMO_KEY_CHARACTERS)
    tables = {
        "scores": lexicon.scores, "compound_forms": lexicon.compound_forms, "compound_firsts": lexicon.compound_firsts,
        "either": lexicon.either, "verb_tails": lexicon.verb_tails, "finite_verbs": lexicon.finite_verbs,
        "participles": lexicon.participles, "present_stems": lexicon.present_stems,
        "infinitives": lexicon.infinitives, "heads": lexicon.heads, "bound_heads": lexicon.bound_heads,
        "left_compounds": lexicon.compounds_of["L"], "right_compounds": lexicon.compounds_of["R"],
        "participle_heads": lexicon.participle_heads, "compound_stems": lexicon.compound_stems,
        "function_words": words_lexicon.FUNCTION_WORDS, "determiners": words_lexicon.DETERMINERS,
        "numbers": words_lexicon.NUMBERS, "not_nouns": words_lexicon.NOT_NOUNS,
        "not_stems": words_lexicon.NOT_STEMS, "prefix_words": words_lexicon.PREFIX_WORDS,
        "soft_lefts": soft_words[0], "soft_rights": soft_words[1], "plural_clitics": words_lexicon.PLURAL_CLITICS,
        "soft_words": words_lexicon.SOFT_WORDS, "suffixes": lexicon.suffixes, "suffix_lengths": lexicon.suffix_lengths,
    }
    return module.analyser(tables, constants, no_kinds, Decision)
