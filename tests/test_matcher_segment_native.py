"""The compiled twins of the segmenter's run walk (segment_native.c) and of the lexicon matcher's token keys
and walk (matcher_native.c) give what their pure-Python twins give: on hostile texts (hypothesis), on a golden case,
and on the whole of news-dev when the shared corpora are there; the Python twins run where a binary is stale; bad
arguments raise a TypeError, and arguments that change under the walk (hostile callbacks) do not crash."""

from __future__ import annotations

import itertools
import sys
import types
from unittest.mock import ANY

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.document import Document
from persianews.entities import keys, lexicons
from persianews.entities.matcher import TokenView
from persianews.entities.trie import Entry, Trie
from persianews.native import compiled_module
from persianews.records import Article
from persianews.stages.segment import SegmentStage
from persianews.text import segment

MODULES = (segment.COMPILED, keys.COMPILED)
SEGMENT = compiled_module(segment.COMPILED)
MATCHER = compiled_module(keys.COMPILED)
needs_compiled = pytest.mark.skipif(SEGMENT is None or MATCHER is None,
                                    reason="the compiled modules were not built (no C compiler)")

SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()] + ["\u205f", "\u3000", "\u200b", "\ufeff"]
"""Every white space character (and \\x1c-\\x1f, which str.isspace counts but the tokens do not), and two
that are none."""
PIECES = [*"ab09 .,،؛:!?؟-«»()\"'@#/%\n\u200c\u200d", "سلام", "است", "🔹", "👍", "1.", "U.S.", "ه.ش", "...",
          " - ایرنا:", "http://x.ir/a", "a@b.ir", "#خبر", "\u064b", *SPACES]
WORDS = ["استاندار", "قزوین", "وزیر", "امور", "خارجه", "سید", "محمد", "علی", "جمال", "الدین", "سازمان", "برنامه",
         "و", "بودجه", "ء", "در", "شهرداری", "تهران", "گفت", "،", ":", "\n", "«", "»", "حسن", "زاده", "جمهوری",
         "اسلامی", "ایران", "رئیس", "مجلس", "شورای", "🔹", "۱۴۰۲", "http://x.ir", "ا" * 300]
"""Lexicon words and their parts, line breaks, an empty key (ء), an opaque token and a hostile long word."""


def view_state(view: TokenView) -> tuple:
    """Everything ``_match_all`` sets on a view."""
    return (view.prefix_kinds, view.kinds_at, view.matches._whole, view.matches.longer, list(view.matches),
            view.matches.starting(0, len(view)))


def both_views(text: str) -> tuple[tuple, tuple]:
    """The view of ``text`` as the compiled matcher fills it, then as the pure-Python one does."""
    doc = SegmentStage()(Document.from_article(Article(text)))
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    assert view.keys == keys.python_token_keys(view.pieces, view.kinds_of)
    compiled = view_state(view)
    view._match_all_in_python(view.compact_ends)
    for start in range(len(view) + 1):  # the tagger's read of the matches, over any range of tokens
        for end in (start, start + 1, start + 3, len(view), len(view) + 5):
            assert view.matches.starting(start, end) == view.matches._starting_in_python(start, end)
    return compiled, view_state(view)


@needs_compiled
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_compiled_token_lists_equal_the_python_ones(text):
    assert segment.marked_token_lists(text) == segment.python_marked_token_lists(text)


@needs_compiled
def test_the_compiled_word_shortcut_reads_every_arabic_character_as_the_pattern_does():
    """Runs of Arabic-script letters skip the look-up of their tokens: every character of U+0600-U+06FF
    (letters, marks, digits, signs), alone, inside and at both ends of a word, and after a ZWNJ."""
    for code in range(0x0600, 0x0700):
        c = chr(code)
        for text in (c, f"ب{c}", f"{c}ب", f"ب{c}ب", f"ب\u200c{c}", f"{c}\u200cب", f"ب\u200c\u200c{c}", f"#ب{c}"):
            assert segment.marked_token_lists(text) == segment.python_marked_token_lists(text), hex(code)


@needs_compiled
def test_the_compiled_token_lists_of_a_golden_case():
    text = " «سلام» دنیا.\u00a0۱.۵ 🔹خبر\u2028و\x1cب "
    assert SEGMENT.marked_token_lists(text, segment._RUN_TOKENS) == (
        [1, 2, 6, 8, 12, 14, 18, 19, 23, 24, 25],
        [2, 6, 7, 12, 13, 17, 19, 22, 24, 25, 26],
        ["punct", "word", "punct", "word", "punct", "number", "emoji", "word", "word", "punct", "word"],
        ["«", "سلام", "»", "دنیا", ".", "۱.۵", "🔹", "خبر", "و", "\x1c", "ب"],
        [0, 2, 4, 6, 9])  # \u00a0 and \u2028 are white space, \x1c is not
    assert SEGMENT.marked_token_lists("a \u200d", segment._RUN_TOKENS) is None  # a run of a joiner alone
    assert segment.marked_token_lists("a \u200d") == segment.python_marked_token_lists("a \u200d")


@needs_compiled
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_the_compiled_matches_equal_the_python_ones(text):
    compiled, python = both_views(text)
    assert compiled == python


@needs_compiled
def test_the_compiled_matches_of_a_golden_case():
    compiled, python = both_views("وزیر امور خارجه جمهوری اسلامی ایران\nسید جمال الدین ء در تهران")
    assert compiled == python
    prefix_kinds, kinds_at, _whole, longer, matches, _starting = compiled
    assert sorted(longer) == [0, 1, 3, 7, 9]  # the phrases longer than a token start there
    assert [(m.start, m.end) for m in matches[0]] == [(0, 3), (0, 1)]  # وزیر امور خارجه, وزیر
    assert [(m.start, m.end) for m in matches[7]] == [(7, 10), (7, 8)]  # جمال الدین ء: past the empty key
    assert kinds_at[3] == {"place", "state_name", "adjective"} and prefix_kinds[3] == kinds_at[3] | {"given"}


@needs_compiled
@given(st.lists(st.sampled_from([*WORDS, *"abوزیر"]), max_size=8).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_compiled_walk_over_a_key_equals_the_python_one(key):
    """Trie.inside's walk, on the lexicons' trie and on a small one (runs of keys as the matcher walks them)."""
    for trie in (lexicons.trie(), Trie([("ab", Entry("x")), ("abوزیر", Entry("y")), ("وزیر", Entry("z"))])):
        assert MATCHER.inside(trie.root, key) == trie._inside_in_python(key)



@given(st.lists(st.sampled_from([*WORDS, *"abوزیر"]), max_size=8).map("".join))
@settings(max_examples=200, deadline=None)
def test_the_ends_of_the_phrases_of_some_kinds_are_those_of_their_walk(key):
    """Trie.ends (compiled where built) and its Python twin over the table of a set of kinds."""
    trie = lexicons.trie()
    for kinds in (frozenset({"given", "name_prefix"}), frozenset({"head"})):
        walked = tuple(end for end, _entries in trie.walk(key, 0, kinds))
        assert trie.ends(key, kinds) == walked == trie._inside_in_python(key, trie.table_of(kinds))[0]
    small = Trie([("ab", Entry("x")), ("abc", Entry("y")), ("abcd", Entry("x"))])
    assert small.ends("abcde", frozenset({"x"})) == (2, 4) and small.ends("abcde", frozenset({"y"})) == (3,)

def test_equal_values_of_a_key_alone_are_one_object():
    """Trie.alone keeps each value once (word types share a few thousand: fewer objects for the collector)."""
    trie = Trie([("ab", Entry("x")), ("abcd", Entry("y")), ("cd", Entry("x"))])
    assert trie.alone("ab") == (frozenset({"c"}), (Entry("x"),), frozenset({"x"}), frozenset({"x"}))
    assert trie.alone("cd") == (frozenset(), (Entry("x"),), frozenset({"x"}), frozenset({"x"}))
    assert trie.alone("zz") is trie.alone("qq") == (frozenset(), (), frozenset(), frozenset())  # no phrase
    assert trie.alone("cdz") is not trie.alone("cd")  # a phrase ends inside the key: not the key's own
    assert trie.alone("cdz")[1:] == ((), frozenset({"x"}), frozenset())


@needs_compiled
def test_the_compiled_walk_over_a_key_of_a_golden_case():
    trie = Trie([("ab", Entry("x")), ("abcd", Entry("y"))])
    assert MATCHER.inside(trie.root, "abcd") == ((2, 4), True)  # both phrases end inside the key
    assert MATCHER.inside(trie.root, "abc") == ((2,), True)  # abc goes on to abcd
    assert MATCHER.inside(trie.root, "abx") == ((2,), False)  # no phrase goes on past ab|x
    assert MATCHER.inside(trie.root, "") == ((), True)
    assert trie.inside("abx") == ((2,), False) and trie._inside["abx"] == ((2,), False)  # cached
    with pytest.raises(TypeError):
        MATCHER.inside(trie.root, 3)
    with pytest.raises(TypeError):
        MATCHER.inside([], "ab")


@needs_compiled
def test_the_compiled_twins_refuse_bad_arguments():
    assert SEGMENT.marked_token_lists("سلام", {}) == ([0], [4], ["word"], ["سلام"], [])  # no look-up
    with pytest.raises(KeyError):
        SEGMENT.marked_token_lists("abc", {})  # a plain dict: a run missing from it is an error
    with pytest.raises(TypeError):
        SEGMENT.marked_token_lists("abc", {"abc": 3})
    with pytest.raises(TypeError):
        SEGMENT.marked_token_lists("abc d", {"abc": ("x",), "d": "word"})
    with pytest.raises(TypeError):
        SEGMENT.marked_token_lists("abc", [])
    assert MATCHER.token_keys(["ي", ",", "۱", "🔹"], ["word", "punct", "number", "emoji"], {"ي": "ی"},
                              {",": "،"}, keys.token_key) == ["ی", "،", "1", keys.OPAQUE]
    with pytest.raises(KeyError):
        MATCHER.token_keys(["ي"], ["word"], {}, {}, keys.token_key)  # a plain dict: a word missing from it
    with pytest.raises(ValueError):
        MATCHER.token_keys(["a"], [], {}, {}, keys.token_key)
    with pytest.raises(TypeError):
        MATCHER.token_keys(("a",), ["word"], {}, {}, keys.token_key)
    assert MATCHER.starting([(), ("e",), ()], {2: ("m",)}, [2], {}, 0, 9) == [(1, 2, ("e",)), "m"]
    assert MATCHER.starting([("e",), ()], {}, [], {0: 2}, 0, 2) == [(0, 2, ("e",))]
    with pytest.raises(ValueError):
        MATCHER.starting([], {}, [], {}, -1, 0)
    with pytest.raises(TypeError):
        MATCHER.starting([], {}, [], {}, 0)
    with pytest.raises(TypeError):
        MATCHER.match_all([], "", [], [])
    with pytest.raises(ValueError):
        MATCHER.match_all(["a"], "a", [], [1], [False], {}, {}, len, {}, tuple, frozenset())
    with pytest.raises(TypeError):
        MATCHER.match_all(["a"], "a", [0], [1], [False], {"a": 1}, {}, len, {}, tuple, frozenset())


@needs_compiled
def test_both_twins_give_the_same_on_news_dev(shared):
    """The whole of news-dev: token lists, then every view's matches, compiled and in Python."""
    import persianews

    nlp = persianews.load(entities={"tagger": False})
    before_entities = list(itertools.takewhile(lambda stage: stage.name != "entities", nlp.stages))
    trie = lexicons.trie()
    for article in persianews.read(shared / "corpora" / "news-dev" / "farsnews-dev.jsonl"):
        if not isinstance(article, persianews.Article):
            continue
        doc = Document.from_article(article)
        for stage in before_entities:
            doc = stage(doc)
        assert segment.marked_token_lists(doc.text) == segment.python_marked_token_lists(doc.text)
        view = TokenView(doc.text, doc.tokens, trie)
        assert view.keys == keys.python_token_keys(view.pieces, view.kinds_of)
        compiled = view_state(view)
        view._match_all_in_python(view.compact_ends)
        assert compiled == view_state(view)
    assert trie._inside
    assert all(MATCHER.inside(trie.root, key) == trie._inside_in_python(key) for key in trie._inside)


@pytest.mark.parametrize("module", MODULES)
@pytest.mark.filterwarnings("ignore:.*pip install -e:RuntimeWarning")
def test_the_python_twin_runs_where_the_binary_is_stale(monkeypatch, module):
    """(That a stale binary is refused with a warning is tests/test_native.py's.)"""
    package, _, name = module.rpartition(".")
    stale = types.ModuleType(module)
    stale.SOURCE_SHA256, stale.__file__ = "0" * 64, name + ".so"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module, stale)
    monkeypatch.setattr(sys.modules[package], name, stale, raising=False)
    compiled_module.cache_clear()
    try:
        assert compiled_module(module) is None
        text = "وزیر امور خارجه گفت: «سلام»."
        assert segment.marked_token_lists(text) == segment.python_marked_token_lists(text)
        doc = SegmentStage()(Document.from_article(Article(text)))
        assert TokenView(doc.text, doc.tokens, lexicons.trie()).find(0, "head") == (0, 3, ANY)
    finally:
        monkeypatch.undo()
        compiled_module.cache_clear()


class _Clearing:
    """A hostile value: reading its truth, or calling it, empties the given lists."""

    def __init__(self, *lists: list, value: object = True) -> None:
        self.lists, self.value = lists, value

    def _clear(self) -> None:
        for items in self.lists:
            items.clear()

    def __bool__(self) -> bool:
        self._clear()
        return bool(self.value)

    def __call__(self, piece: str, kind: str) -> str:
        self._clear()
        return keys.token_key(piece, kind)


class _ClearingMemo(dict):
    """A memo whose misses empty the given lists before computing the value."""

    def __init__(self, value: object, *lists: list) -> None:
        super().__init__()
        self.value, self.lists = value, lists

    def __missing__(self, key: str) -> object:
        for items in self.lists:
            items.clear()
        return self.value


@needs_compiled
def test_the_compiled_twins_read_their_lists_as_they_were_when_called():
    """Python code the walks call (a token_key callback, a memo's miss, a truth test) may empty the lists they
    were given: the compiled twins read the lists as they were at the call, without crashing."""
    pieces, kinds = ["۱", "۲", "ي"], ["number", "number", "word"]
    assert MATCHER.token_keys(pieces, kinds, {"ي": "ی"}, {}, _Clearing(pieces, kinds)) == ["1", "2", "ی"]
    assert pieces == kinds == []

    listed = [["a", "b"], [0, 1], [1, 2], [False, True]]
    alone = _ClearingMemo(((), ("e",), frozenset({"k"}), frozenset({"k"})), *listed)
    whole, prefix_kinds, kinds_at, longer = MATCHER.match_all(
        listed[0], "ab", listed[1], listed[2], listed[3], alone, {}, len, {}, tuple, frozenset())
    assert whole == [("e",), ("e",)] and prefix_kinds == kinds_at == [{"k"}, {"k"}] and longer == {}
    assert listed == [[], [], [], []]

    listed = [["a", "b"], [0, 1], [1, 2], [False, False]]
    listed[3][1] = _Clearing(*listed, value=False)
    whole, *_ = MATCHER.match_all(listed[0], "ab", listed[1], listed[2], listed[3], alone, {}, len, {}, tuple,
                                  frozenset())
    assert len(whole) == 2 and listed[0] == []

    hostile = _Clearing()
    whole, tokens = [hostile, ("f",), ("g",)], [2]
    hostile.lists = (whole, tokens)
    assert MATCHER.starting(whole, {2: ("m",)}, tokens, {}, 0, 3) == [(0, 1, hostile), (1, 2, ("f",)), "m"]
    assert whole == tokens == []
