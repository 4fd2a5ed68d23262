"""The pronouns the rules read, in named groups: each rule takes the groups it means (as written, unfolded).

The groups are tuples in a fixed order, so a rule may join one into a regular
expression (:func:`alternatives`) as well as make a set of it.
"""

from __future__ import annotations

from collections.abc import Iterable

HE_SHE = ("وی", "او")
"""The third person singular: he or she (وی mostly written, او also spoken)."""
HONORIFIC = ("ایشان",)
"""The third person of respect: one person spoken of politely (or several)."""
THE_SAID = ("نامبرده",)
"""«The aforementioned»: a person named before."""
THOSE = ("آنها", "آن‌ها")
"""They or those: people or things (with or without the half-space)."""
THEY = ("آنان",) + THOSE
"""The third person plural: آنان for people only, and :data:`THOSE`."""
SINGULAR_PERSONS = HE_SHE + HONORIFIC
"""The pronouns of one person spoken of: وی, او, ایشان."""
PERSONS = SINGULAR_PERSONS + THEY
"""The personal pronouns of the third person: :data:`SINGULAR_PERSONS` and :data:`THEY`."""
HUMBLE_I = ("بنده", "اینجانب")
"""The first person singular of modesty («the servant», «the undersigned»): an official's «I»."""
I_AND_WE = ("من", "ما")
"""The plain pronouns of the first person: I, we."""
FIRST_PERSON = I_AND_WE + HUMBLE_I
"""The pronouns of the first person: :data:`I_AND_WE` and :data:`HUMBLE_I`."""
SPEAKER_AND_HEARER = I_AND_WE + ("تو", "شما")
"""The first and second persons: I, we, you, you (plural or polite)."""
IT = ("آن",)
"""It, or that: a thing told before."""
THESE = ("اینها", "این‌ها")
"""These: people or things (with or without the half-space)."""
DETERMINERS = IT + ("این", "همین", "همان")
"""That, this, this very, that very: the demonstratives that go before a noun («این حمله», «همان مدیران»)."""
DEMONSTRATIVES = DETERMINERS + ("چنین",) + THESE
"""That, this, this very, that very, such, these: what points at something told before."""


def alternatives(words: Iterable[str]) -> str:
    """``words`` as one group of a regular expression, in their order: ``(?:وی|او)``."""
    return f"(?:{'|'.join(words)})"
