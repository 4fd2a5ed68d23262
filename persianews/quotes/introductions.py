"""Introductions as judgements: «X را Y معرفی کرد» (presented X as Y) reports the subject's claim about X, as
«X را Y دانست» does (a ``deem`` cue, read by :func:`persianews.quotes.indirect.deem_quotes`); naming, «از X به
عنوان Y یاد کرد», is read in its frame (:mod:`persianews.quotes.naming`).

Two uses of the verb declare nothing. An office given to X, a role word opening the predicate, alone or after «به
عنوان» («X را سرمربی جدید معرفی کرد», «X را به‌عنوان فرمانده … معرفی کرد»), or «به جای» (in someone's place): an
appointment. A hearer or a body X is sent to, a predicate that opens with a preposition (read as «اعلام کرد» reads
it: «X را به دادستانی معرفی کرد», «نامزدها را به مردم معرفی کرد»): an act, not a statement.

And the verb introduces things as often (a product, a list, a guest): it reports only when its subject is named, an
entity or a personal pronoun. A subject no entity covers is mostly the narrator's thing, or a clause the subject
finder ran back into («فردی که خود را X معرفی کرده، …», «محصولی را … معرفی کرد»). Nor when the words before
«را» open with «و» or «را» (the subject was cut short: «موساد و ارتش … X را Y معرفی می‌کنند») or hold a verb of saying
or judging of their own (the introduction is a clause of that report: «می‌گوید … X را Y معرفی کرد»).
"""

from __future__ import annotations

from persianews.quotes.candidates import Subject
from persianews.quotes.context import View, first_words
from persianews.quotes.cues import CueMatch, fold_form, lexicon
from persianews.records import Span

_INTRODUCE = fold_form("معرفی")
_AS = frozenset(fold_form(w) for w in "به‌عنوان بعنوان به‌جای".split())
"""«به عنوان» and «به جای», folded: written apart, joined or glued, each one key."""
_ALSO = frozenset({fold_form("نیز"), fold_form("هم")})
"""«X را نیز به عنوان …»: an adverb of addition before the predicate."""
_IN_PLACE = fold_form("به‌جای")


def introduces(text: str, cue: CueMatch) -> bool:
    """Whether the verb of judging at ``cue`` is «معرفی کرد/نمود» in any tense."""
    return fold_form(text[cue.span.start:cue.span.end]).startswith(_INTRODUCE)


def appoints(text: str, cue: CueMatch, predicate: list[tuple[int, int]]) -> bool:
    """Whether the predicate of «X را … معرفی کرد», the spans of its words between «را» and ``cue``, gives X an
    office or a place: a role word of ``title_heads.tsv`` opening it, alone or after «به عنوان», or «به جای» (see
    the module's docstring)."""
    if not introduces(text, cue):
        return False
    found = [fold_form(text[start:end]) for start, end in predicate]
    found = found[1:] if found and found[0] in _ALSO else found
    if len(found) >= 2 and found[0] + found[1] in _AS:
        found = [found[0] + found[1], *found[2:]]
    if found and found[0] in _AS:
        if found[0] == _IN_PLACE:
            return True
        found = found[1:]
    return bool(found) and found[0] in lexicon().role_openers


_NAMED = frozenset({"entity", "pronoun"})
_CUT_SHORT = frozenset({fold_form("و"), fold_form("را")})


def unreported_introduction(view: View, cue: CueMatch, subject: Subject, content: Span) -> bool:
    """Whether «X را Y معرفی کرد» at ``cue``, read with ``subject`` and the words ``content`` before the verb, is no
    report: a subject neither an entity nor a personal pronoun, words that open with «و» or «را», or a cue among
    them (see the module's docstring)."""
    if not introduces(view.text, cue):
        return False
    if subject.kind not in _NAMED:
        return True
    first = first_words(view.text, content.start, content.end, 1)
    return (bool(first) and fold_form(view.text[slice(*first[0])]) in _CUT_SHORT) \
        or bool(view.cues_in(content.start, content.end))
