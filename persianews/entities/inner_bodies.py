"""A body whose unit an organisation names is an organisation of its own (rule ``org-inner``).

An organisation that ends with a lexicon organisation opening with a head word of its own (سازمان, سپاه,
مجلس, وزارت …), after at least two words that name a unit of it (شورای امنیت | سازمان ملل, نیروی قدس |
سپاه پاسداران, مرکز پژوهش‌های | مجلس شورای اسلامی), holds that body nested, as the gold nests it. Not a head
word's own name (سازمان | بهزیستی, وزارت | آموزش و پرورش: one word before), nor a head word alone (شورای
عالی | آموزش و پرورش, whose office takes its place after it), nor a name that is also an ordinary word alone
(نیروی دریایی | سپاه). Only the longest body that ends the organisation (وزارت آموزش و پرورش in دفتر … وزارت
آموزش و پرورش, not آموزش و پرورش too).

One lexicon look-up per token of each organisation: linear in the organisations' tokens.
"""

from __future__ import annotations

from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView

RULE = "org-inner"
#: The words of a unit's name before the body it belongs to (شورای امنیت): fewer make the body's own head.
_UNIT_WORDS = 2


def with_inner_bodies(view: TokenView, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the bodies that end their organisations added, nested (see the module)."""
    spans = {(c.start, c.end) for c in candidates}
    inner = []
    for candidate in candidates:
        if candidate.label != "ORG":
            continue
        words = 0
        for index in range(candidate.start, candidate.end):
            if words >= _UNIT_WORDS and (body := _body(view, index, candidate.end)) is not None:
                if (body.start, body.end) not in spans:  # the longest body only (وزارت آموزش و پرورش)
                    spans.add((body.start, body.end))
                    inner.append(body)
                break
            words += view.is_word(index)
    return candidates + inner


def _body(view: TokenView, index: int, end: int) -> Candidate | None:
    """The lexicon organisation from token ``index`` to ``end`` that opens with a head word, holds more than
    that word (not آموزش و پرورش alone, a head that names a local office with its place) and is not an
    ordinary word only."""
    match = view.find(index, "org")
    head = view.find(index, "org_head")
    if match is None or match.end != end or head is None or head.end == end:
        return None
    rows = match.of("org")
    if all(row.ambiguous for row in rows) and end - index == 1:
        return None
    return Candidate("ORG", index, end, RULE, canonical=rows[0].canonical, parts=(Part("name", index, end),))
