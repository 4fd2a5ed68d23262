"""The helpers behind linear time, each checked against the pairwise code it replaces."""

from __future__ import annotations

import functools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.entities.candidates import Candidate
from persianews.entities.intervals import IntervalIndex
from persianews.entities.linker_titles import nested_indexes
from persianews.quotes.candidates import NO_SUBJECT
from persianews.quotes.candidates import Candidate as QuoteCandidate
from persianews.quotes.context import first_words, guillemet_pairs, has_words, last_words, words
from persianews.quotes.extract import _drop_overlaps, _overlap, _split_nested
from persianews.records import Entity, Span
from persianews.text.bounded_cache import ByteBoundedLRU, approximate_size, byte_bounded_cache
from persianews.text.reach import finditer_at_literals, finditer_before_anchors, literal_starts, match_at

ranges = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda p: (p[0], p[0] + p[1])), max_size=30)


def _candidates(pairs) -> list[Candidate]:
    return [Candidate("ORG", start, end, "test") for start, end in pairs]


@given(ranges, st.integers(0, 45), st.integers(0, 10))
def test_interval_index_matches_pairwise_checks(pairs, start, length):
    items = _candidates(pairs)
    index = IntervalIndex(items)
    end = start + length
    query = Candidate("LOC", start, end, "query")
    assert sorted(map(id, index.overlapping(start, end))) == sorted(id(i) for i in items if i.overlaps(query))
    assert sorted(map(id, index.containing(start, end))) == sorted(
        id(i) for i in items if i.start <= start and end <= i.end)
    assert index.any_overlapping(start, end) == any(i.overlaps(query) for i in items)
    assert index.any_containing(start, end) == any(i.start <= start and end <= i.end for i in items)


def test_interval_index_empty():
    assert list(IntervalIndex([]).overlapping(0, 10)) == []
    assert not IntervalIndex([]).any_overlapping(0, 10) and not IntervalIndex([]).any_containing(0, 10)


@given(ranges)
def test_nested_titles_match_pairwise_containment(pairs):
    entities = tuple(Entity("x", "TITLE", Span(s, e), Span(s, e)) for s, e in pairs)
    indexes = list(range(len(entities)))
    expected = {i for i in indexes if any(j != i and entities[j].span.contains(entities[i].span) for j in indexes)}
    assert nested_indexes(indexes, entities) == expected


def _quote(start: int, end: int, anchor: int, confidence: float, container: bool) -> QuoteCandidate:
    cue = (Span(anchor, anchor + 1),)
    return QuoteCandidate("direct", Span(start, end), cue, NO_SUBJECT, "test", confidence, container)


quotes = st.lists(st.builds(lambda s, n, a, c, k: _quote(s, s + n, a, c, k), st.integers(0, 60), st.integers(1, 30),
                            st.integers(0, 90), st.sampled_from([0.9, 0.85, 0.75, 0.7]), st.booleans()), max_size=25)


@given(quotes)
def test_split_nested_matches_pairwise(candidates):
    containers = [c.content for c in candidates if c.container]

    def inside(c):
        return any(s.start <= c.anchor < s.end for s in containers if s != c.content)

    outer, nested = _split_nested(candidates)
    assert outer == [c for c in candidates if not inside(c)]
    assert [attrs.evolve(c, nested=False) for c in nested] == [c for c in candidates if inside(c)]
    assert all(c.nested for c in nested)


@given(quotes)
def test_drop_overlaps_matches_pairwise(candidates):
    kept: list[QuoteCandidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.confidence, c.content.start)):
        if not any(_overlap(candidate.content, other.content) > 0.5 for other in kept):
            kept.append(candidate)
    assert _drop_overlaps(candidates) == kept


def _closing_by_scan(text: str, opening: int) -> int | None:
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "«":
            depth += 1
        elif text[index] == "»":
            depth -= 1
            if depth == 0:
                return index + 1
        elif text[index] == "\n":
            return None
    return None


@given(st.text(alphabet="«»\nab ", max_size=40))
def test_guillemet_pairs_match_a_scan_from_each_opening(text):
    pairs = guillemet_pairs(text)
    for opening, char in enumerate(text):
        if char == "«":
            assert pairs.get(opening) == _closing_by_scan(text, opening)


@given(st.text(alphabet="اب ،.«»\n", max_size=40), st.integers(0, 6))
def test_bounded_word_lists(text, count):
    every = words(text, 0, len(text))
    assert first_words(text, 0, len(text), count) == every[:count]
    assert last_words(text, 0, len(text), count) == (every[-count:] if count else [])
    assert has_words(text, 0, len(text), count) == (len(every) >= count)


def test_match_at_reads_a_bounded_stretch():
    import regex

    colon = regex.compile(r"[ ]*:")
    assert match_at(colon, "ab  : c", 2) is not None
    assert match_at(colon, "ab" + " " * 50 + ":", 2, reach=10) is None


def test_lru_keeps_recent_entries_within_budget():
    cache = ByteBoundedLRU(max_bytes=2_000)
    for number in range(100):
        cache.put(f"key-{number}", "v" * 20)
    assert cache.nbytes <= 2_000
    assert 0 < cache.entries() < 100
    assert cache.recall("key-99") == "v" * 20
    assert cache.recall("key-0") is None  # the oldest went first


def test_lru_use_refreshes_an_entry():
    entry = ByteBoundedLRU().size_of("k") + ByteBoundedLRU().size_of(1) + 100
    cache = ByteBoundedLRU(max_bytes=6 * entry)  # the recent generation holds three entries
    for key in "abcd":
        cache[key] = 1
    assert cache.recall("a") == 1  # used again: kept
    for key in "efgh":
        cache[key] = 1
    assert cache.recall("a") == 1 and cache.recall("b") is None and cache.recall("h") == 1
    assert cache.nbytes <= 6 * entry


def test_lru_replaces_and_refuses_oversized_entries():
    cache = ByteBoundedLRU(max_bytes=2_000)
    cache.put("k", "short")
    cache.put("k", "other")
    assert cache.entries() == 1 and cache.get("k") == "other"
    cache.put("big", "x" * 10_000)
    assert cache.recall("big") is None and cache.nbytes <= 2_000
    cache.clear()
    assert cache.entries() == 0 and cache.nbytes == 0


def test_approximate_size_counts_nested_items_and_records():
    assert approximate_size(("x" * 1000,)) > 1000
    assert approximate_size(Span(0, 1)) > approximate_size(0)


def test_byte_bounded_cache_memoizes_by_arguments():
    calls = []

    @byte_bounded_cache(10_000)
    def double(value: str, times: int = 2) -> str:
        calls.append(value)
        return value * times

    assert double("ab") == "abab" and double("ab") == "abab"
    assert double("ab", 3) == "ababab"
    assert calls == ["ab", "ab"]
    assert double.cache.entries() == 2


def test_a_long_word_does_not_fill_the_memory():
    from persianews.entities import words as entity_words

    entity_words.surname_class.cache.clear()
    for letter in "بپتثجچ":
        entity_words.surname_class(letter * 100_000)
    assert entity_words.surname_class.cache.entries() == 0  # analysed, never stored


@pytest.mark.parametrize("word, compound", [("گفتمانسازی", True), ("ب" * 5_000, False)])
def test_compound_check_bounded_by_the_longest_dictionary_word(word, compound):
    from persianews.entities import words as entity_words

    assert entity_words.is_compound.__wrapped__(word) is compound


def test_a_cached_function_of_one_argument_is_looked_up_without_a_python_call():
    import pickle

    from persianews.entities import keys
    from persianews.text.bounded_cache import CachedFunction

    calls = []

    @byte_bounded_cache(10_000)
    def shout(word: str) -> str:
        """The word in capitals."""
        calls.append(word)
        return word.upper()

    assert isinstance(shout, CachedFunction) and shout.__doc__ == "The word in capitals."
    assert shout("ab") == "AB" and shout("ab") == "AB" and calls == ["ab"]
    assert shout.cache.entries() == 1 and shout.__wrapped__("cd") == "CD"
    for index in range(2_000):  # the byte budget holds: old entries go
        shout(f"word {index}")
    assert shout.cache.nbytes <= 10_000
    assert pickle.loads(pickle.dumps(keys.fold)) is keys.fold


@given(st.sampled_from(["PERSON", "ORG", "LOC", "TITLE"]), st.integers(0, 9), st.integers(1, 5), st.text(max_size=8),
       st.booleans(), st.none() | st.text(max_size=4))
def test_with_rule_is_evolve_of_the_rule(label, start, length, rule, complete, canonical):
    from persianews.entities.candidates import Part, with_rule

    candidate = Candidate(label, start, start + length, "rule:x", canonical=canonical,
                          parts=(Part("name", start, start + 1),), complete=complete)
    assert with_rule(candidate, rule) == attrs.evolve(candidate, rule=rule)


def test_a_word_type_new_to_a_sentence_is_built_once(monkeypatch):
    import persianews
    from persianews.entities import lexicons
    from persianews.entities.matcher import TokenView
    from persianews.entities.tagger_features import FeatureExtractor

    doc = persianews.load(stages=("normalize", "segment"))("کاظمی گفت کاظمی رفت و کاظمی آمد و رفت")
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    extractor = FeatureExtractor()
    built: list[str] = []
    new_type = extractor._new_type
    monkeypatch.setattr(extractor, "_new_type", lambda key, text: built.append(key) or new_type(key, text))
    features = extractor.sentence(view, 0, view.n)
    assert sorted(built) == sorted({key for key, _ in zip(view.keys, view.pieces)}) and built.count("کاظمی") == 1
    assert extractor.sentence(view, 0, view.n) == features == FeatureExtractor().sentence(view, 0, view.n)


_LITERAL_TEXTS = st.text(alphabet="یکدوسه چندازقولنقلبگفته،.\n\u200c", max_size=60)


@given(_LITERAL_TEXTS)
def test_literal_starts_are_every_start_of_each_literal(text):
    literals = ("یک", "دو", "یکی", "نقل از")
    expected = sorted({i for literal in literals for i in range(len(text)) if text.startswith(literal, i)})
    assert literal_starts(text, literals) == expected


@given(_LITERAL_TEXTS, st.booleans())
def test_finditer_at_literals_is_finditer(text, overlapped):
    import regex

    from persianews.quotes.narration import _COUNTED_PERSON, _COUNTED_STARTS, _SOURCE_PERSON, _SOURCE_STARTS

    extra = regex.compile(r"(?<![\p{L}\u200c])(?:یک|دو)(?:\s*دو)?")  # matches that hold another literal's start
    for pattern, literals in ((_COUNTED_PERSON, _COUNTED_STARTS), (_SOURCE_PERSON, _SOURCE_STARTS),
                              (extra, ("یک", "دو"))):
        expected = [m.span() for m in pattern.finditer(text, overlapped=overlapped)]
        assert [m.span() for m in finditer_at_literals(pattern, literals, text, overlapped)] == expected


_CLAIM_TEXTS = st.lists(st.sampled_from(["ادعای ", "گزارش", "اظهارات ", "وزیر ", "مبنی بر ", "درباره ", "در مورد ",
                                          "اینکه ", " ", "\u200c", "،", ".", "x"]), max_size=30).map("".join)


@given(_CLAIM_TEXTS)
def test_finditer_before_anchors_is_finditer(text):
    import regex

    from persianews.quotes.claims import _CLAIM, _CONNECTOR, _NOUN_AT, _REACH

    assert [m.span() for m in finditer_before_anchors(_CLAIM, _NOUN_AT, _CONNECTOR, _REACH, text)] == \
        [m.span() for m in _CLAIM.finditer(text)]
    head, anchor = regex.compile(r"(?<![a-z])[ab]"), regex.compile("c")  # an anchor inside a head, heads on it
    pattern = regex.compile(r"(?<![a-z])(?:ac|b[a-z ]{0,3}c[a-z]?)")
    spans = [m.span() for m in finditer_before_anchors(pattern, head, anchor, 5, text.replace("x", "abc "))]
    assert spans == [m.span() for m in pattern.finditer(text.replace("x", "abc "))]


@given(st.text(alphabet="اب ،.«»\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_the_first_and_last_word_of_a_stretch_are_its_words_ends(text, start, end):
    every = words(text, start, end)
    assert first_words(text, start, end, 1) == every[:1]
    assert last_words(text, start, end, 1) == every[-1:]


@functools.cache
def _segmenter():
    import persianews

    return persianews.load(stages=("normalize", "segment"))


@given(st.text(alphabet="زادهپورنیکا ء\n،", max_size=60),
       st.lists(st.sampled_from(["زاده", "پور", "نیا", "راد", "کیا", "ا"]), max_size=3))
def test_the_types_ending_with_endings_are_those_each_type_tested_finds(text, endings):
    from persianews.entities import lexicons
    from persianews.entities.matcher import TokenView

    doc = _segmenter()(text)
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    assert view.types_ending_with(endings) == {key for key in view.types if key.endswith(tuple(endings))}


@given(st.text(alphabet=" \t\u200c\u200e\u200f\n.!؟?»\"'x", max_size=12))
def test_the_line_blanks_are_one_set_for_the_patterns_and_the_strips(text):
    """``LINE_BLANKS`` is what ``BLANKS`` skips and what the speaker-line and sign-off strips start from (never a
    line break: the strips read within a line)."""
    from persianews.quotes import dialogue, headline_runs, sign_offs
    from persianews.quotes.context import BLANKS, LINE_BLANKS

    assert (BLANKS.fullmatch(text) is not None) == (not text.strip(LINE_BLANKS))
    assert "\n" not in LINE_BLANKS and set(LINE_BLANKS) <= set(sign_offs._CLOSING) <= set(dialogue._CLOSERS)
    assert set(headline_runs._CLOSING) <= set(headline_runs._CLOSING_AND_ENDS)
    assert (headline_runs.BLANK_REST.match(text) is not None) == (not text.split("\n", 1)[0].strip(LINE_BLANKS))


_JUDGED_TEXTS = st.lists(st.sampled_from(["توصیف", "اعلام", "متهم", "ذکر", "پیش", "\u200c", " ", "و", "تأکید", "کرد",
                                          "،", "x"]), max_size=30).map("".join)


@given(_JUDGED_TEXTS)
def test_the_elided_judgements_are_tried_where_a_judging_noun_starts(text):
    from persianews.quotes.judged_clauses import _ELIDED_JUDGING, _JUDGING_NOUNS

    assert [m.span() for m in finditer_at_literals(_ELIDED_JUDGING, _JUDGING_NOUNS, text)] == \
        [m.span() for m in _ELIDED_JUDGING.finditer(text)]


@given(st.lists(st.sampled_from(["وی", "افزود", "گفت", "در", "این", "جلسه", "اظهار", "داشت", "،", ":", " ", "\u200c",
                                 "\n"]), max_size=12).map("".join))
def test_a_cue_is_found_in_the_cues_trie_as_in_the_whole_trie(text):
    from itertools import accumulate

    from persianews.entities import lexicons
    from persianews.entities.keys import token_keys
    from persianews.entities.openings import has_cue
    from persianews.text.segment import token_lists

    _starts, _ends, kinds, pieces = token_lists(text)
    keys = token_keys(pieces, kinds)
    joined, trie = "".join(keys), lexicons.trie()
    whole = any(e.kind == "cue" for start in accumulate(map(len, keys[:-1]), initial=0)
                for _end, entries in trie.walk(joined, start) for e in entries)
    assert has_cue(text) == whole
