"""The lexicon matcher, compiled and in Python, beside C Aho-Corasick scanners, on the same lexicons and text.

    python bench/bench_matcher.py [--limit N] [--repeat N]

Segments the news-dev items once, then times, on the same documents, with the
garbage collector off while a step runs:

* each compiled twin beside its Python twin (the reference), where it was built:
  the segmenter's token lists (``segment.marked_token_lists``,
  ``segment_native.c``), the token keys, the matching (``TokenView._match_all``)
  and the tagger's read of the matches over runs of 25 tokens
  (``TokenMatches.starting``; the three in ``matcher_native.c``);
* ``TokenView``: what the entities stage builds per document (token keys, the
  compact key string, every lexicon phrase starting at each token, aligned to
  the tokens, with the kinds the rules read);
* for each C scanner that is installed (``pyahocorasick``, ``ahocorasick-rs``:
  neither is a dependency; ``pip install pyahocorasick ahocorasick-rs`` to
  compare), an automaton over the same phrase keys run over the same compact
  key strings: its raw overlapping hits, and the hits that start at a token
  (what the matcher needs, before grouping them by token and aligning them).

Prints CPU seconds: compiled, Python and their ratio per twin; then the number
of hits and each time's ratio to the Python ``_match_all``.
On news-dev (round 7: 1,470 documents, 1.2 M hits of which 0.53 M start at a
token; two runs) the C scans' hits took 0.62-0.63x (pyahocorasick) and
0.60-0.72x (ahocorasick-rs) of the Python ``_match_all``, and keeping those at a
token start 0.77-0.87x and 0.79-0.96x, before any of the per-token work
``_match_all`` does (grouping by token, aligning, kinds): most hits start inside a
word (short lexicon words inside longer ones), so filtering them in Python costs
what the C scan saves over the trie walk, which is cached per key and per run of
keys. The trie stays, and its token-level walk runs compiled (round 8).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import time
from collections.abc import Callable
from typing import Any

import persianews
from persianews.document import Document
from persianews.entities import keys, lexicons
from persianews.entities.matcher import TokenView
from persianews.native import compiled_module
from persianews.text import segment

from _shared import CORPORA

FARSNEWS = CORPORA / "news-dev" / "farsnews-dev.jsonl"
"""The news the matchers scan."""


def best_of(repeats: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The least CPU seconds of ``repeats`` runs of ``work``, and its result; the garbage collector is off
    while ``work`` runs (its collections would time every object the views hold, not the work)."""
    best, result = float("inf"), None
    for _ in range(repeats):
        result = None
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            result = work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best, result


def segmented(limit: int | None) -> list[Document]:
    """The news-dev documents, normalized and segmented."""
    nlp = persianews.load(entities={"tagger": False})
    before_entities = list(itertools.takewhile(lambda stage: stage.name != "entities", nlp.stages))
    docs = []
    for article in itertools.islice(persianews.read(FARSNEWS), limit):
        if isinstance(article, persianews.Article):
            doc = Document.from_article(article)
            for stage in before_entities:
                doc = stage(doc)
            docs.append(doc)
    return docs


def scanners(phrases: list[str]) -> dict[str, Callable[[str], list[tuple[int, int]]]]:
    """Per installed C scanner: a function from a text to its ``(start, end)`` overlapping hits."""
    found: dict[str, Callable[[str], list[tuple[int, int]]]] = {}
    try:
        import ahocorasick
    except ImportError:
        print("pyahocorasick is not installed: not compared")
    else:
        automaton = ahocorasick.Automaton()
        for phrase in phrases:
            automaton.add_word(phrase, len(phrase))
        automaton.make_automaton()
        found["pyahocorasick"] = lambda text: [(last + 1 - size, last + 1) for last, size in automaton.iter(text)]
    try:
        import ahocorasick_rs
    except ImportError:
        print("ahocorasick-rs is not installed: not compared")
    else:
        matcher = ahocorasick_rs.AhoCorasick(phrases)
        found["ahocorasick-rs"] = lambda text: [(start, end) for _index, start, end
                                                in matcher.find_matches_as_indexes(text, overlapping=True)]
    return found


def at_token_starts(scan: Callable[[str], list[tuple[int, int]]], view: TokenView) -> int:
    """The number of ``scan``'s hits in ``view``'s compact keys that start at a token."""
    starts = set(view.starts)
    return len([hit for hit in scan(view.compact) if hit[0] in starts])


def main() -> None:
    """Time the trie and the C scanners that are installed on the same keys and text; print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the least time counts")
    args = parser.parse_args()
    docs = segmented(args.limit)
    trie = lexicons.trie()
    views = [TokenView(doc.text, doc.tokens, trie) for doc in docs]  # also fills the per-key caches
    texts = [doc.text for doc in docs]
    ranges = [(view.matches, start, start + 25) for view in views for start in range(0, len(view), 25)]
    twins: list[tuple[str, str, Callable[[], Any], Callable[[], Any]]] = [
        ("segment token lists", segment.COMPILED, lambda: list(map(segment.marked_token_lists, texts)),
         lambda: list(map(segment.python_marked_token_lists, texts))),
        ("token keys", keys.COMPILED, lambda: [keys.token_keys(view.pieces, view.kinds_of) for view in views],
         lambda: [keys.python_token_keys(view.pieces, view.kinds_of) for view in views]),
        ("TokenView._match_all", keys.COMPILED, lambda: [view._match_all(view.compact_ends) for view in views],
         lambda: [view._match_all_in_python(view.compact_ends) for view in views]),
        ("TokenMatches.starting, 25 tokens", keys.COMPILED,
         lambda: [matches.starting(start, end) for matches, start, end in ranges],
         lambda: [matches._starting_in_python(start, end) for matches, start, end in ranges]),
    ]
    print(f"{'compiled twins':<42}{'compiled':>9}{'Python':>9}{'ratio':>8}")
    baseline = 0.0
    for name, module, compiled, python in twins:
        python_spent, _ = best_of(args.repeat, python)
        if compiled_module(module) is None:
            print(f"{name:<42}{'-':>9}{python_spent:>9.3f}{'-':>8}")
        else:
            spent, _ = best_of(args.repeat, compiled)
            print(f"{name:<42}{spent:>9.3f}{python_spent:>9.3f}{spent / python_spent:>7.2f}x")
        baseline = python_spent if name == "TokenView._match_all" else baseline
    rows: list[tuple[str, float, int | None]] = []
    spent, _ = best_of(args.repeat, lambda: [TokenView(doc.text, doc.tokens, trie) for doc in docs])
    rows.append(("TokenView (keys, compact, matches)", spent, None))
    for name, scan in scanners([key for key, entries in trie.root.items() if entries]).items():
        spent, hits = best_of(args.repeat, lambda scan=scan: sum(len(scan(view.compact)) for view in views))
        rows.append((f"{name}: all hits", spent, hits))
        spent, hits = best_of(args.repeat, lambda scan=scan: sum(at_token_starts(scan, view) for view in views))
        rows.append((f"{name}: hits at a token start", spent, hits))
    characters = sum(len(view.compact) for view in views)
    print(f"{len(docs)} documents, {characters:,} characters of compact keys")
    print(f"{'':<42}{'CPU s':>8}{'hits':>11}{'vs Python _match_all':>22}")
    for name, spent, hits in rows:
        print(f"{name:<42}{spent:>8.3f}{'' if hits is None else f'{hits:,}':>11}{spent / baseline:>21.2f}x")


if __name__ == "__main__":
    main()
