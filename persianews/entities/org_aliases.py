"""An organisation's short name in parentheses right after its full name: an acronym or a Latin name
(شرکت مدیریت توسعه انرژی پارس (تدکو), انجمن ملی شکارچیان (NHA), خبرگزاری رسمی عمان (عونا)).

The alias is an organisation of its own, as the dev gold writes it; and it confirms a weak head's name that
nothing else confirms (a head that is also a common noun: شرکت, انجمن …), as a place or a lexicon part does.
An alias is a run of Latin words whose first starts with a capital letter (:func:`latin_run`), or one word
of Persian script that no dictionary lists (an acronym read as a word: تدکو, عونا) or that names a known
organisation; not a blessing (امام رضا (ع)), a date, a place, a given name, a company's type word (هلدینگ),
nor words of a phrase ((وزیر پیشین نیرو), (یکشنبه، ۳ مهر)); not after an organisation a role word
governs (the person who holds the role may stand in the parentheses).
"""

from __future__ import annotations

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.latin_orgs import latin_run
from persianews.entities.matcher import TokenView
from persianews.entities.places import PlaceIndex

ALIAS_RULE = "org-alias"
_OPEN, _CLOSE = "(", ")"
#: The shortest alias of Persian script, in letters (the blessings ع, ره, قده are shorter or listed words).
_MIN_LETTERS = 3
_NO_ALIAS = frozenset({"given", "head", "cue", "honorific"})
#: A company's type word that market lists write in parentheses after its name (بانک سینا (هلدینگ)): keys.
_TYPE_WORDS = frozenset({"هلدینگ"})
_ROLE = frozenset({"head"})


def alias_end(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """The end (past «)») of an alias in parentheses opening at token ``index`` right after a name, or None."""
    if view.key(index) != _OPEN or not view.adjacent(index - 1, index):
        return None
    start = index + 1
    end = latin_run(view, start)
    if end == start and _persian_alias(view, start, places):
        end = start + 1
    return end + 1 if end > start and view.key(end) == _CLOSE and view.adjacent(end - 1, end) else None


def _persian_alias(view: TokenView, index: int, places: PlaceIndex) -> bool:
    key = view.key(index)
    return view.is_word(index) and len(words.plain(key)) >= _MIN_LETTERS and places.at(index) is None \
        and not view.has(index, _NO_ALIAS) and key not in _TYPE_WORDS \
        and (view.find(index, "org") is not None or not words.in_dictionary(key) and not words.is_function_word(key))


def aliases(view: TokenView, found: list[Candidate], places: PlaceIndex) -> list[Candidate]:
    """The aliases in parentheses right after the organisations ``found`` that no found organisation holds; not
    after an organisation that a role word before it governs (مدیرعامل سازمان بازنشستگی | (…): the
    person who holds the role)."""
    taken = IntervalIndex(found)
    spans = {(c.end + 1, end - 1) for c in found
             if not view.has(c.start - 1, _ROLE) and (end := alias_end(view, c.end, places)) is not None}
    return [Candidate("ORG", start, end, ALIAS_RULE, parts=(Part("name", start, end),))
            for start, end in sorted(spans) if not taken.any_overlapping(start, end)]
