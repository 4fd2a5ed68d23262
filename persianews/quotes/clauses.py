"""Where reported clauses end: the conjuncts after a reporting verb and «و», the next «و CUE:», and the next
report of the sentence."""

from __future__ import annotations

import bisect

import attrs
import regex

from persianews.quotes.context import View, has_words
from persianews.quotes.subjects import find_subject
from persianews.records import Span
from persianews.text.reach import match_at

_AND_AFTER = regex.compile(r"[\s،]*و[\s\u200c]+")
THAT = regex.compile(r"[ \u200c]*،?[ \u200c]*که(?![\p{L}\u200c])")
"""«که» after a verb (a comma may stand before it)."""
COLON_AFTER = regex.compile(r"[ \u200c]*:")
"""A colon after a verb."""


@attrs.frozen
class Clauses:
    """Positions where reporting clauses end: the text after ``CUE و`` starts a new conjunct."""

    ends: tuple[int, ...]
    say_colon_starts: tuple[int, ...]
    that_starts: tuple[int, ...]
    """The starts of the verbs of saying or belief followed by «که» (``… اعلام کرد که``)."""

    @classmethod
    def of(cls, view: View) -> Clauses:
        """The clause boundaries that the cues of ``view`` give."""
        text = view.text
        ends = tuple(cue.end for cue in view.cues if "circumfix" not in cue.patterns)
        starts = tuple(cue.start for cue in view.cues_with("say") if match_at(COLON_AFTER, text, cue.end))
        that_starts = tuple(cue.start for cue in view.cues
                            if cue.patterns & {"say", "stance"} and match_at(THAT, text, cue.end))
        return cls(ends, starts, that_starts)

    def conjunct_start(self, view: View, sentence: Span, position: int) -> int | None:
        """The start of the conjunct ``… CUE و [here] … position``, or None when none precedes."""
        index = bisect.bisect_left(self.ends, position) - 1
        if index < 0 or self.ends[index] <= sentence.start:
            return None
        after = _AND_AFTER.match(view.text, self.ends[index], position)
        return after.end() if after else None

    def next_direct_cue(self, start: int, end: int) -> int | None:
        """The first start of a «say»-cue followed by a colon in ``[start, end)``, or None."""
        index = bisect.bisect_left(self.say_colon_starts, start)
        if index < len(self.say_colon_starts) and self.say_colon_starts[index] < end:
            return self.say_colon_starts[index]
        return None


def clause_bounds(view: View, clauses: Clauses, start: int) -> tuple[int, str]:
    """The end of a reported clause — its sentence end, or before a following ``و CUE:``, or before the next
    report of the sentence (:func:`_before_next_report`) — and the evidence code of that last cut ("" when
    none)."""
    end = view.sentence_at(start).end
    cue = clauses.next_direct_cue(start, end)
    end = end if cue is None else cue
    index = bisect.bisect_left(clauses.that_starts, start)
    if index < len(clauses.that_starts) and clauses.that_starts[index] < end:
        cut = _before_next_report(view, start, end, clauses.that_starts[index])
        if cut != end:
            return cut, "content:before-next-report"
    return end, ""


def _before_next_report(view: View, start: int, end: int, report: int) -> int:
    """Where a clause from ``start`` ends when a verb of saying and «که» at ``report`` opens another report in
    it (rule ``content:before-next-report``): before that verb's subject («… پیگیری می‌کند وزیر خارجه مدعی شد
    که …»), or before the verb when it has none of its own («… را رد می‌کند و اعلام کرده که …»: the same
    speaker's next statement). The other report is the clause itself, and the clause runs to ``end``, when its
    subject opens the clause and no «و» joins the two verbs («گزارش داد که وزارت دفاع اعلام کرد که …»), when fewer than ``_MIN_CLAUSE_WORDS``
    words stand before the cut («با وجودی که X اعلام کرد که …») or when it stands inside words in «» («ولی
    «کردها گفتند که …»»).

    In news-dev-2 and news-dev (lines ≢ 3 mod 4), 26 clauses are cut, all read: 22 right (a new speaker's or the
    same speaker's next report), 4 worse (a concessive «با وجودی که X اعلام کرد که …», a wrong subject, a report
    inside a statement); a first draft without the guards cut 22, 8 of them worse."""
    text = view.text
    if view.previous_word(report) == "و":
        cut = report  # a conjoined verb: the same subject's next report
    else:
        subject = find_subject(view, start, report)
        if subject.span is not None and not text[start:subject.span.start].strip(_BLANKS_AND_MARKS):
            return end
        cut = subject.span.start if subject.span is not None and subject.span.start > start else report
    if not has_words(text, start, cut, _MIN_CLAUSE_WORDS) or text.count("«", start, cut) > text.count("»", start, cut):
        return end
    return cut


_BLANKS_AND_MARKS = " \t\n\u200c«»،"
_MIN_CLAUSE_WORDS = 5
