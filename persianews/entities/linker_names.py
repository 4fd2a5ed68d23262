"""Names of one person in a document: a name that ends a fuller one (a double surname alone, a name without
its first word) is that person's, named in full."""

from __future__ import annotations

from collections.abc import Iterable

from persianews.entities.keys import fold

#: Words that join a son's name to his father's (حمدان بن محمد بن راشد): what follows is another person.
_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})


def fuller_names(names: Iterable[str]) -> dict[str, str]:
    """The key of each name of two words or more that ends a longer name of the document, mapped to the
    longest such name as first written (حسینی شاهرودی → سید حسن حسینی شاهرودی, بن سلمان → محمد بن سلمان): one
    person, whom the output names in full.

    A name ended by two longer names that do not end one another (علی حسینی شاهرودی, حسن حسینی شاهرودی)
    is ambiguous and maps to neither; nor does a father's name in a patronymic chain (محمد بن راشد in
    حمدان بن محمد بن راشد). Keys are :func:`fold` without spaces. Time: the names sorted by length, then
    linear in their words.
    """
    written: dict[tuple[str, ...], str] = {}
    for name in names:
        written.setdefault(tuple(fold(word) for word in name.split()), name)
    owners: dict[tuple[str, ...], tuple[str, ...]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for words in sorted(written, key=len, reverse=True):
        for cut in range(1, len(words) - 1):
            if words[cut - 1] in _PATRONYMIC:
                break  # what follows «بن» is the father
            owner = owners.setdefault(words[cut:], words)
            if owner[len(owner) - len(words):] != words:
                ambiguous.add(words[cut:])
    return {"".join(words): written[owners[words]] for words in written
            if words in owners and words not in ambiguous}
