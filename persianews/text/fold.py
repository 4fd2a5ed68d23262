"""Character folds: one character replaced by a fixed string (or removed), fast on Persian text.

``str.translate`` with a table looks every character of a non-ASCII text up in
a dict: several times a word's cost in a look-up, although most words hold no
character to fold. A :class:`CharacterFold` first asks one C regex whether the
text holds any such character at all and returns it as it is when not; a
short text that does is translated, a long one gets one ``str.replace`` per
folded character actually present (a few C scans instead of a dict look-up
per character). All three are linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_LONG_TEXT = 48
"""Characters from which one ``str.replace`` per present character beats ``str.translate``."""


class CharacterFold:
    """``text.translate(str.maketrans(mapping))``, computed faster (see the module docstring).

    ``mapping`` maps single characters to their replacements (``None`` or ``""`` removes the
    character). No replacement may hold a folded character, so folding is one pass: applying the
    replacements one after another gives what the table gives.
    """

    def __init__(self, mapping: Mapping[str, str | None]) -> None:
        replacements = {char: folded or "" for char, folded in mapping.items()}
        if any(len(char) != 1 for char in replacements):
            raise ValueError("a character fold maps single characters")
        if any(char in folded for folded in replacements.values() for char in replacements):
            raise ValueError("a replacement holds a folded character: the fold would not be one pass")
        self._table = str.maketrans(dict(replacements))
        self._pairs = tuple(replacements.items())
        self._any_folded = re.compile("[" + "".join(map(re.escape, replacements)) + "]").search

    def __call__(self, text: str) -> str:
        """``text`` folded; the very string when it holds nothing to fold."""
        if self._any_folded(text) is None:
            return text
        if len(text) < _LONG_TEXT:
            return text.translate(self._table)
        for char, folded in self._pairs:
            if char in text:
                text = text.replace(char, folded)
        return text
