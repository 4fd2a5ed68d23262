"""Regular expressions of cue forms: any joint at spaces and ZWNJs, hamza letters or their plain spelling, and the
ezafe's hamza on a final «ه» (:func:`form_pattern`), for the cue lexicon's patterns (:mod:`persianews.quotes.cues`)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from persianews.text.key_scan import trie_of


def form_pattern(form: str) -> str:
    """A regex source for a form: any joint at spaces and ZWNJs, hamza letters or their plain spelling, and
    a final «ه» with the ezafe's hamza (``به گفتهٔ``, ``به گفتۀ``: 95 «به گفتهٔ/ۀ X» in telegram-dev, 23 in
    news-dev-2, each a source)."""
    return "".join(_form_atoms(form))


def _form_atoms(form: str) -> list[str]:
    """The regex source of :func:`form_pattern`, one piece for each character of ``form``."""
    atoms = [r"[ \u200c]?" if c in (" ", "\u200c") else _LETTER_CLASSES.get(c, regex.escape(c)) for c in form]
    if form.endswith("ه"):
        atoms[-1] = _EZAFE_H
    return atoms


_LETTER_CLASSES = {"أ": "[أا]", "ؤ": "[ؤو]", "ئ": "[ئی]", "آ": "[آا]"}


_EZAFE_H = "(?:ۀ|ه\u0654?)"
"""A final «ه», alone or with the ezafe's hamza written on it."""


def alternation(forms: Iterable[str]) -> str:
    """A regex source that matches any of ``forms`` (:func:`form_pattern`), the longest first."""
    return "|".join(form_pattern(f) for f in sorted(set(forms), key=len, reverse=True))


def trie_alternation(forms: Iterable[str]) -> str:
    """A regex source that matches what :func:`alternation` of ``forms`` matches, as a trie of their pieces
    (:func:`_form_atoms`): ``re`` reads a shared opening once, where it tries each form of a flat alternation in
    turn at every position that may start one (for a pattern that only finds where a match starts)."""
    trie = trie_of(map(_form_atoms, forms))

    def alternatives(node: dict[str, dict]) -> str:
        return "|".join(atom + after(node[atom]) for atom in sorted(node) if atom)

    def after(node: dict[str, dict]) -> str:
        if len(node) == 1 and "" in node:
            return ""
        return f"(?:{alternatives(node)})" + ("?" if "" in node else "")

    return alternatives(trie)
