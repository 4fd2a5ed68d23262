"""Rulers whose role word is also a given name: «امیر», «سلطان», «ملکه» + the country they rule.

These words are left out of ``title_heads.tsv`` (they are given names and name parts more often: امیر قلعه‌نویی,
بندر بن سلطان, ملکه فوزیه, and a head word would cut them from the names), so the title grammar never sees them.
Right before a country (امیر قطر, سلطان عمان, ملکه انگلیس) or «این کشور», the country named before (امیر این
کشور; not where «را» follows: an object), such a word is the ruler's title (``title-ruler``); before anything
else (a surname, a bare word) it is no title, and a bare one is never a title beside a name; nor is it one after a
word that makes it part of a name (پایگاه شاهزاده سلطان عربستان, بندر بن سلطان).

Linear: a C-level search for these words, then one look at the token after each.
"""

from __future__ import annotations

from persianews.entities.candidates import Candidate, Part
from persianews.entities.dynasty_names import HOUSE, PATRONYMIC
from persianews.entities.keys import fold
from persianews.entities.lexicons import COUNTRY
from persianews.entities.matcher import TokenView
from persianews.entities.places import PlaceIndex
from persianews.entities.title_bodies import this_country

RULER_RULE = "title-ruler"
"""The rule of a ruler's title (امیر قطر)."""
_RULERS = {fold(word): word for word in ("امیر", "سلطان", "ملکه")}
"""The role words that are given names too, by key, with their canonical spelling."""
_NAME_BEFORE = PATRONYMIC | {fold("شاهزاده"), HOUSE}
"""Words after which a ruler's word is a name part (شاهزاده سلطان, بن سلطان)."""


def ruler_titles(view: TokenView, places: PlaceIndex, titles: list[Candidate]) -> list[Candidate]:
    """``titles`` (left to right, none overlapping) with the rulers' titles of the text among them."""
    rulers = view.tokens_of_types(_RULERS.keys())
    if not rulers:  # most texts
        return titles
    taken = {index for title in titles for index in range(title.start, title.end)}
    found = []
    for index in rulers:
        if index in taken or not view.adjacent(index, index + 1) or view.key(index - 1) in _NAME_BEFORE:
            continue
        end = _country_end(view, places, index + 1)
        if end > index + 1 and not any(i in taken for i in range(index + 1, end)):
            found.append(Candidate("TITLE", index, end, RULER_RULE, canonical=_RULERS[view.keys[index]],
                                   parts=(Part("role", index, index + 1), Part("location", index + 1, end))))
    return sorted(titles + found, key=lambda title: title.start) if found else titles


def _country_end(view: TokenView, places: PlaceIndex, index: int) -> int:
    """The end of the country named at token ``index`` (a gazetteer country, or «این کشور» with no «را» after
    it), else ``index``."""
    if this_country(view, index):
        return index + 2
    place = places.by_start.get(index)
    if place is None or not any(row.kind == COUNTRY for row in place.rows):
        return index
    return place.end
