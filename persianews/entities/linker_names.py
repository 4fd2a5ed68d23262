"""Names of one person in a document: a name that ends a fuller one (a double surname alone, a name without
its first word) is that person's, named in full."""

from __future__ import annotations

from collections.abc import Iterable

from persianews.entities.dynasty_names import PATRONYMIC
from persianews.entities.keys import fold

_MAX_SHORT_NAME_WORDS = 6
"""The most words of a name that ends a fuller one (a person's name has a few): longer ends are not looked up,
so that the work per name is linear in its words."""


def fuller_names(names: Iterable[str]) -> dict[str, str]:
    """The key of each name of two words or more that ends a longer name of the document, mapped to the
    longest such name as first written (حسینی شاهرودی → سید حسن حسینی شاهرودی, بن سلمان → محمد بن سلمان): one
    person, whom the output names in full.

    A name ended by two longer names that do not end one another (علی حسینی شاهرودی, حسن حسینی شاهرودی)
    is ambiguous and maps to neither; nor does a father's name in a patronymic chain (محمد بن راشد in
    حمدان بن محمد بن راشد). A name of more than ``_MAX_SHORT_NAME_WORDS`` words is no key. Keys are
    :func:`fold` without spaces. Time: the names sorted by length, then linear in their words (each name's
    ends of at most ``_MAX_SHORT_NAME_WORDS`` words, each compared once with its longest owner).
    """
    written: dict[tuple[str, ...], str] = {}
    for name in names:
        written.setdefault(tuple(fold(word) for word in name.split()), name)
    owners: dict[tuple[str, ...], tuple[str, ...]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for words in sorted(written, key=len, reverse=True):
        # what follows the first «بن» (PATRONYMIC) is the father, another person: no end from there on
        father = next((cut for cut, word in enumerate(words, 1) if word in PATRONYMIC), len(words))
        for cut in range(max(1, len(words) - _MAX_SHORT_NAME_WORDS), min(len(words) - 1, father)):
            owner = owners.setdefault(words[cut:], words)
            if owner[len(owner) - len(words):] != words:
                ambiguous.add(words[cut:])
    return {"".join(words): written[owners[words]] for words in written
            if words in owners and words not in ambiguous}
