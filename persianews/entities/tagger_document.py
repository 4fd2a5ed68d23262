"""Document-level consistency for the tagger's spans: a name the tagger labelled once is labelled wherever
it recurs in the same document (see :func:`propagate`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import compress
from typing import TYPE_CHECKING, Iterable, Iterator

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
PROPAGATED = frozenset({"ORG", "LOC"})

#: The least share of a phrase's occurrences in the document the tagger must itself have labelled for
#: :func:`propagate` to repeat it: a word it labelled once among many occurrences (a fold model's «ریال»
#: as ORG 20 times, then 136 more by repetition) is more often a slip than a name. Measured on the
#: by-outlet fold models (models/build/ner/cv.py ``--by-outlet --no-train``): unseen-outlet news
#: 0.879 -> 0.885 (tabnak 0.836 -> 0.866, ORG P 0.668 -> 0.810); a third 0.884.
MIN_LABELLED_SHARE = 0.25


def propagate(view: TokenView, tagged: Iterable[Candidate], labels: frozenset[str] = PROPAGATED) -> list[Candidate]:
    """``tagged`` with a span added at every other occurrence of the words of a span of ``labels`` that the
    tagger gave one label throughout the document and labelled at no less than :data:`MIN_LABELLED_SHARE` of
    the words' occurrences, where no span is (longest phrases first, left to right; the added spans are the
    tagger's, :data:`~persianews.entities.tagger_merge.TAGGER_RULE`).
    Linear in the tokens (two C-level scans for the phrases' first words) plus, where one starts, the number of
    phrases sharing it times their length.
    """
    tagged = list(tagged)
    keys = view.keys
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    labelled: Counter[tuple[str, ...]] = Counter()
    for candidate in tagged:
        if candidate.label in labels:
            phrase = tuple(keys[candidate.start:candidate.end])
            found[phrase].add(candidate.label)
            labelled[phrase] += 1
    known = {phrase: next(iter(named)) for phrase, named in found.items() if len(named) == 1}
    occurrences = Counter(phrase for index, phrase in _matches(keys, _by_first(known)))
    known = {phrase: label for phrase, label in known.items()
             if labelled[phrase] >= MIN_LABELLED_SHARE * occurrences[phrase]}
    if not known:
        return tagged
    covered = bytearray(view.n)
    for candidate in tagged:
        covered[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    added = []
    for index, phrase in _matches(keys, _by_first(known)):
        end = index + len(phrase)
        if not any(covered[index:end]):
            added.append(Candidate(known[phrase], index, end, TAGGER_RULE))
            covered[index:end] = b"\x01" * len(phrase)
    return tagged + added


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """``phrases`` by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in sorted(phrases, key=len, reverse=True):
        by_first[phrase[0]].append(phrase)
    return by_first


def _matches(keys: list[str], by_first: dict[str, list[tuple[str, ...]]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Every (start, phrase) where one of the phrases of ``by_first`` occurs in ``keys``, overlapping ones too."""
    for index in compress(range(len(keys)), map(by_first.__contains__, keys)):  # only where a phrase may start
        for phrase in by_first[keys[index]]:
            if tuple(keys[index:index + len(phrase)]) == phrase:
                yield index, phrase
