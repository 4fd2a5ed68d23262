"""First-person reports: «… به او گفتم که …», «من می‌گویم …» in an interviewee's or a memoir's own account.

A verb of saying in the first person (pattern ``first`` of the cue lexicon: گفتم، می‌گویم، عرض کردم …) reports
what the voice of the account said, whatever stands before the verb («با وکیل صحبت کردم و به او گفتم …»): inside
a statement, the statement's speaker (rule ``speaker:first-person→statement``); elsewhere in a news article (an
interview's answers, a memoir told in the first person), the person the article quotes most
(``speaker:first-person→main-speaker``). A verb in the present («ما می‌گوییم …», «عرض می‌کنم، …») or the
present perfect («بارها گفته‌ام …») says the speaker's own words as he speaks them, not an earlier act of saying:
no report, inside a statement or outside one (:func:`says_itself`); so does a verb in a clause of manner or a free
relative that recalls them («همان‌طور که گفتم، …», «آنچه را که گفتم تکرار می‌کنم»). In a post none is a quote: outside a
statement the first person is the channel's own voice, and inside one the annotated posts keep the speaker's
words whole.
"""

from __future__ import annotations

import bisect
from collections import Counter

import attrs
import regex

from persianews.quotes.candidates import Candidate, Resolution
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import is_someone
from persianews.quotes.tense import in_present

IN_STATEMENT = "speaker:first-person→statement"
MAIN_SPEAKER = "speaker:first-person→main-speaker"


def first_person(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's cue is a verb of saying in the first person."""
    return bool(candidate.cue) and "first" in lexicon().patterns_of(fold_form(candidate.cue[0].slice(view.text)))


_PERFECT = regex.compile(r"\p{L}ه[\u200c ]?(?:ام|ایم)$")
"""A present perfect in the first person ending the cue («گفته‌ام», «گفته‌ایم»), not a pluperfect («گفته بودم»)."""


_AS_I_SAID = regex.compile(
    r"(?:^|[^\p{L}\u200c])(?:(?:(?:همان|آن)[\u200c ]?(?:طوری|طور|گونه)|همچنان|چنان)[\u200c ]?که|آنچه(?: را)?)"
    r"(?![\p{L}\u200c])[^.!?؟،؛:\n«»]{0,60}$")
"""A clause of manner (a manner word of ``cues._AS`` and «که» right after it) or a free relative right before the
cue («همان‌طور که قبلاً گفتم»، «چنان‌که گفتیم»، «آنچه را که در سفر گفتم»): «as I said», «what I said» — the speaker
recalls his words to say them again now, no report. «چنان» with no «که» («چنان عصبانی بودم که … گفتم») is none."""
_LOOK_BACK = 80


def says_itself(text: str, candidate: Candidate) -> bool:
    """Whether the candidate's first-person cue says the speaker's words as he speaks them (see the module): its
    verb in the present («می‌گوییم», «عرض می‌کنم») or the present perfect («گفته‌ام»), or in a clause of manner or a
    free relative that recalls them («همان‌طور که گفتم، …», «آنچه را که گفتم تکرار می‌کنم»)."""
    words = candidate.cue[0].slice(text)
    start = candidate.cue[0].start
    return (bool(_PERFECT.search(words)) or any(in_present(word) for word in words.split())
            or bool(_AS_I_SAID.search(text, max(0, start - _LOOK_BACK), start)))


def voiced(view: View, candidates: list[Candidate], resolutions: list[Resolution], mine: list[Candidate]
           ) -> tuple[list[Candidate], list[Resolution]]:
    """The candidates and their resolutions with the first-person reports ``mine`` given the voice of their
    account (see the module) and merged in text order; those with no voice are dropped. The statements are swept
    by start: O(n log n)."""
    if view.is_post:
        return candidates, resolutions
    mine = [candidate for candidate in mine if not says_itself(view.text, candidate)]
    if not mine:
        return candidates, resolutions
    statements = sorted(((c.content.start, c.content.end, r) for c, r in zip(candidates, resolutions)
                         if c.kind == "direct" and c.container and r.speaker is not None), key=lambda item: item[0])
    starts = [start for start, _end, _resolution in statements]
    furthest: list[tuple[int, Resolution]] = []  # per prefix of the statements: the furthest-reaching one
    for _start, end, resolution in statements:
        furthest.append(max(furthest[-1], (end, resolution), key=lambda item: item[0]) if furthest
                        else (end, resolution))
    main = _main_speaker(resolutions)
    pairs = list(zip(candidates, resolutions))
    for candidate in mine:
        count = bisect.bisect_right(starts, candidate.anchor)
        if count and furthest[count - 1][0] > candidate.anchor:
            pairs.append((candidate, attrs.evolve(furthest[count - 1][1], rule=IN_STATEMENT)))
        elif main is not None:
            pairs.append((candidate, attrs.evolve(main, rule=MAIN_SPEAKER)))
    pairs.sort(key=lambda pair: (pair[0].anchor, pair[0].content.start))
    return [c for c, _ in pairs], [r for _, r in pairs]


_PEOPLE = frozenset({"name", "titled-name"})
_MIN_MAIN_QUOTES = 2
_WORDS = "speaker:words"
"""Speakers taken from words no entity covers: a subject phrase read as a name is no account's voice."""


def _main_speaker(resolutions: list[Resolution]) -> Resolution | None:
    """The resolution of the person (an entity's, not words taken for a name, nor an indefinite «شخصی» the chain
    carried on from them) the document quotes most, at least ``_MIN_MAIN_QUOTES`` times (of several quoted equally
    often, the one quoted first); None when there is none."""
    people = [r for r in resolutions if r.speaker is not None and r.role in _PEOPLE and not r.rule.startswith(_WORDS)
              and not is_someone(r.speaker.split()[0])]
    most = Counter(r.speaker for r in people).most_common(1)
    if not most or most[0][1] < _MIN_MAIN_QUOTES:
        return None
    speaker = most[0][0]
    return next(r for r in people if r.speaker == speaker)
