"""The tense of a verb as written, read from its form: the rules that end a statement ask whether the narrator
or the speaker is talking, and the narrator tells of the past while the speaker speaks in the present.

A «می/نمی» form is in the present when what follows «می» is a present stem («می‌گوید», «نمی‌دانیم») and in the
past (a past continuous: «می‌گفتم», «می‌رفتیم», «می‌کرد») when it is a past stem (:func:`past_stem`). A word
ending in «ه» before «است» is a past participle («گفته است», «رشد داشته است»: a present perfect, the narrator's
past) when it is a past stem + «ه», and a noun or an adjective with a present copula otherwise («این کار وظیفه
است», «او زنده است»).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from persianews.entities.keys import fold
from persianews.entities.words import in_dictionary

FUTURE = frozenset({"خواهد", "خواهند", "نخواهد", "نخواهند", "خواهم", "خواهیم", "نخواهم", "نخواهیم"})
"""Auxiliaries of the future («خواهد گفت», «خواهیم کرد»), as written and folded alike."""
MI = ("می", "نمی")
"""The prefix of the present and the past continuous, and its negative, as a word opens with them or as a word of
their own written with no ZWNJ («می شود»)."""
_CONTINUOUS = regex.compile(r"ن?می[\u200c ]?(\p{L}+)(?![\p{L}\u200c])")
_PAST_ENDS = ("د", "ت")
_PERSON_ENDINGS = ("یم", "ید", "ند", "م", "ی")
"""The personal endings of a past stem («گفتیم», «گفتید», «گفتند», «گفتم», «گفتی»; the third singular has none)."""
_NOT_PAST = frozenset({"کند"})
"""«کند»: the present stem of «کردن» with «ـد», not the past of the rare «کندن» (to dig)."""
_PARTICIPLE_END = "ه"


def past_stem(stem: str) -> bool:
    """Whether ``stem`` is the past stem of a verb: it ends in «د» or «ت» and with «ن» is an infinitive of the
    dictionary («گفت» → «گفتن», «رسید» → «رسیدن»; not «کند», the present of «کردن»)."""
    return stem.endswith(_PAST_ENDS) and stem not in _NOT_PAST and in_dictionary(fold(stem + "ن"))


def _past_with_ending(rest: str) -> bool:
    """Whether ``rest`` is a past stem, bare or with a personal ending («کرد», «گفتم», «رسیدند»)."""
    if past_stem(rest):
        return True
    return any(rest.endswith(ending) and len(rest) > len(ending) + 1 and past_stem(rest[:-len(ending)])
               for ending in _PERSON_ENDINGS)


def continuous(word: str) -> bool:
    """Whether ``word`` (read from its start) is a verb with «می/نمی», in the present or the past continuous."""
    return _CONTINUOUS.match(word) is not None


def in_present(word: str) -> bool:
    """Whether ``word`` (read from its start) is a verb with «می/نمی» in the present («می‌گویم», «نمی‌دانند»), not
    in the past continuous («می‌گفتم», «می‌رفتیم», «نمی‌کرد»)."""
    found = _CONTINUOUS.match(word)
    return found is not None and not _past_with_ending(found.group(1))


def participle(word: str) -> bool:
    """Whether ``word`` is a past participle: a past stem + «ه» («گفته», «داشته», «شده»), not a noun or an
    adjective that ends in «ه» («وظیفه», «زنده», «عقیده»)."""
    return word.endswith(_PARTICIPLE_END) and past_stem(word[:-1])


def present_verb(words: Sequence[str], copulas: Collection[str]) -> bool:
    """Whether the verb written as ``words`` is in the present (or the past continuous): a word that opens with «می/نمی» (:data:`MI`: «اعلام
    می‌کنند»; read as a prefix, so that a stem the crawl split with a stray joiner counts, «می‌د‌اند»), or a present
    copula of ``copulas`` after a word that is no participle (:func:`participle`: «معتقد است»; not «گفته است», a
    present perfect)."""
    return any(word.startswith(MI) for word in words) \
        or (len(words) > 1 and words[-1] in copulas and not participle(words[-2]))
