"""An Arab ruler's name goes on over its dynasty: «X بن Y» + «آل» + one word (rule suffix ``+dynasty``).

A person whose name holds a patronymic («بن», «ابن», «بنت») and stops right before «آل» takes «آل» and the word
after it (تمیم بن حمد | آل ثانی, محمد بن سلمان | آل سعود): the house the name ends with. Not when that word is
no word, a function word, or starts another entity (آل | عمران …).

One pass over the candidates, one look at the two tokens after each person: linear.
"""

from __future__ import annotations

import attrs

from persianews.entities import words
from persianews.entities.candidates import Candidate
from persianews.entities.keys import fold
from persianews.entities.matcher import TokenView

_RULE_SUFFIX = "+dynasty"
"""Added to the rule of a person taken on over its dynasty («آل ثانی»)."""
#: Words that join a son's or a daughter's name to the father's (حمدان بن محمد بن راشد): keys.
PATRONYMIC = frozenset(fold(word) for word in ("بن", "ابن", "بنت"))
#: The word a dynasty's name follows (آل ثانی): a key.
HOUSE = fold("آل")


def with_dynasties(view: TokenView, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each patronymic name that stops before «آل X» taken on over it."""
    starts = {c.start for c in candidates}
    grown = []
    for candidate in candidates:
        end = candidate.end
        if candidate.label == "PERSON" and view.key(end) == HOUSE \
                and view.adjacent(end - 1, end) and view.adjacent(end, end + 1) and view.is_word(end + 1) \
                and not words.is_stop(view.key(end + 1)) and not {end, end + 1} & starts \
                and any(view.key(i) in PATRONYMIC for i in range(candidate.start, end)):
            candidate = attrs.evolve(candidate, end=end + 2, rule=candidate.rule + _RULE_SUFFIX)
        grown.append(candidate)
    return grown
