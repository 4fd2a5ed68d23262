"""Document-level consistency for the tagger's spans: a name the tagger labelled once is labelled wherever
it recurs in the same document (see :func:`propagate`)."""

from __future__ import annotations

from collections import defaultdict
from itertools import compress
from typing import TYPE_CHECKING, Iterable

from persianews.entities.candidates import Candidate
from persianews.entities.tagger_merge import TAGGER_RULE

if TYPE_CHECKING:
    from persianews.entities.matcher import TokenView

#: The labels whose spans :func:`propagate` repeats. On the tagger's dev split (models/build/ner/dev.py
#: ``--propagated``) organisations and places added 12 right entities and 4 wrong on the news, 1 right
#: on Telegram (combined F1 0.919 -> 0.923 on the news, 0.934 -> 0.935 on Telegram); the pipeline's dev
#: gold (entities, officials, attribution on six news and Telegram sets) did not move. People lost 0.4
#: points of PERSON F1 on the news (a one-word name the tagger left alone elsewhere was more often
#: rightly left), and their spans of two words or more changed nothing.
#: Not kept (round 9, branch ner9b, commit d8180bb): repeating a phrase only where the tagger labelled at
#: least a quarter of its occurrences in the document. By-outlet fold models (``cv.py``): unseen-outlet news
#: 0.879 -> 0.885 (tabnak 0.836 -> 0.866); Telegram cross-validation not measured. Pipeline dev gold (news2_dev,
#: devb, devc, fars, deve, tg_dev, devb, devc, devd) unchanged: output byte-identical except one news2_deve
#: article, where a company the tagger named at 1 of its 6 occurrences lost 4 right repeats. On 480 random
#: corpus records (120 news-dev-2, 60 Fars, 300 Telegram) with the shipped model it changed 4 news articles
#: and nothing else, and none of the 49 spans it dropped was a clear slip (a US state 15 times and a city
#: council 5 times, right; a national team 21 times and 6 titles built on it, right where a team is an ORG;
#: 2 more): with the shipped model the phrases the tagger names at under a quarter of their occurrences
#: are mostly long articles' recurring names, not slips.
PROPAGATED = frozenset({"ORG", "LOC"})


def propagate(view: TokenView, tagged: Iterable[Candidate], labels: frozenset[str] = PROPAGATED) -> list[Candidate]:
    """``tagged`` with a span added at every other occurrence of the words of a span of ``labels`` that the
    tagger gave one label throughout the document, where no span is (longest phrases first, left to right;
    the added spans are the tagger's, :data:`~persianews.entities.tagger_merge.TAGGER_RULE`).
    Linear in the tokens (a C-level scan for the phrases' first words) plus, where one starts, the number of
    phrases sharing it times their length.
    """
    tagged = list(tagged)
    keys = view.keys
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for candidate in tagged:
        if candidate.label in labels:
            found[tuple(keys[candidate.start:candidate.end])].add(candidate.label)
    known = {phrase: next(iter(named)) for phrase, named in found.items() if len(named) == 1}
    if not known:
        return tagged
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in sorted(known, key=len, reverse=True):
        by_first[phrase[0]].append(phrase)
    covered = bytearray(view.n)
    for candidate in tagged:
        covered[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    added = []
    for index in compress(range(view.n), map(by_first.__contains__, keys)):  # only where a phrase may start
        if covered[index]:
            continue
        for phrase in by_first[keys[index]]:
            end = index + len(phrase)
            if tuple(keys[index:end]) == phrase and not any(covered[index:end]):
                added.append(Candidate(known[phrase], index, end, TAGGER_RULE))
                covered[index:end] = b"\x01" * len(phrase)
                break
    return tagged + added
