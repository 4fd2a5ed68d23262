"""Regex look-ups at a position that read a bounded stretch of the text.

Before it tries a pattern at a position, the ``regex`` module looks for the
pattern's required literal (the «:» of ``[ ]*:``) from there up to ``endpos``;
with no ``endpos`` that is the rest of the text. A look-up made per cue or per
token is then quadratic in the text's length when the literal is rare. These
helpers pass an ``endpos`` ``reach`` characters on: O(reach) per call.
"""

from __future__ import annotations

from typing import Any

REACH = 2000
"""Characters a look-up at a position may read (a match longer than that is not found)."""


def match_at(pattern: Any, text: str, position: int, reach: int = REACH) -> Any:
    """``pattern.match(text, position)``, reading at most ``reach`` characters."""
    return pattern.match(text, position, position + reach)


def search_from(pattern: Any, text: str, position: int, reach: int = REACH) -> Any:
    """``pattern.search(text, position)``, reading at most ``reach`` characters."""
    return pattern.search(text, position, position + reach)
